/* test-own-files.c: a file Copydesk wrote is read back whole, whatever its size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's limits (photos, warnings) guard against foreign files; an
 * article Copydesk itself wrote with more photos than a foreign file may
 * carry must come back with every one of them (issue 13).
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"

#define N_PHOTOS 1200

static void
test_many_photos (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskArticle) back = NULL;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *photos;

  copydesk_article_set_headline (article, "A gallery of the harbour works");
  for (guint i = 1; i <= N_PHOTOS; i++)
    {
      g_autofree char *id = g_strdup_printf ("photo-%u", i);
      g_autofree char *caption = g_strdup_printf ("Gate %u of the barrier at low tide.", i);
      g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);

      copydesk_photo_set_caption (photo, caption);
      copydesk_photo_set_credit (photo, "Ines Falk/Harbour Press");
      copydesk_article_add_photo (article, photo);
      g_string_append_printf (markup, "Gate %u.\n\n[photo: %s]\n\n", i, id);
    }
  body = copydesk_body_parse_markup (markup->str, -1, NULL);
  copydesk_article_set_body (article, body);

  bytes = copydesk_newsml_write (article, NULL, &error);
  g_assert_no_error (error);
  back = copydesk_newsml_read (bytes, NULL, &warnings, &error);
  g_assert_no_error (error);
  photos = copydesk_article_get_photos (back);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, N_PHOTOS);
  for (guint i = 0; i < warnings->len; i++)
    g_assert_null (strstr (g_ptr_array_index (warnings, i), "photos"));
  for (guint i = 0; i < N_PHOTOS; i += 199)
    {
      g_autoptr(CopydeskPhoto) a = g_list_model_get_item (copydesk_article_get_photos (article), i);
      CopydeskPhoto *b = copydesk_article_find_photo (back, copydesk_photo_get_id (a));

      g_assert_nonnull (b);
      g_assert_cmpstr (copydesk_photo_get_caption (b), ==, copydesk_photo_get_caption (a));
    }
  g_assert_true (copydesk_body_equal (copydesk_article_get_body (back), body));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/own-files/many-photos", test_many_photos);
  return g_test_run ();
}
