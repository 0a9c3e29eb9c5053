/* copydesk-article-equal.c: two articles compared field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-article-private.h"
#include "copydesk-core-private.h"
#include "copydesk-desk.h"

static gboolean
lists_equal (GListModel *a,
             GListModel *b,
             gboolean  (*equal) (gpointer, gpointer))
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      if (!equal (x, y))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  return g_date_time_equal (a, b) &&
         g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

/* Field by field, authors, photos and guids included. */
gboolean
copydesk_article_equal (CopydeskArticle *a,
                        CopydeskArticle *b)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (a) && COPYDESK_IS_ARTICLE (b), FALSE);

  return _copydesk_article_strings_equal (a, b) &&
         a->version == b->version &&
         a->urgency == b->urgency &&
         g_strv_equal ((const char * const *) a->keywords, (const char * const *) b->keywords) &&
         g_strv_equal ((const char * const *) a->contributors,
                       (const char * const *) b->contributors) &&
         same_time (a->created, b->created) &&
         same_time (a->modified, b->modified) &&
         copydesk_body_equal (a->body, b->body) &&
         lists_equal (G_LIST_MODEL (a->authors), G_LIST_MODEL (b->authors),
                      (gboolean (*) (gpointer, gpointer)) copydesk_author_equal) &&
         lists_equal (G_LIST_MODEL (a->photos), G_LIST_MODEL (b->photos),
                      (gboolean (*) (gpointer, gpointer)) copydesk_photo_equal) &&
         _copydesk_article_desk_equal (a, b);
}
