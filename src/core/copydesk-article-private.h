/* copydesk-article-private.h: what the snapshot and the comparison need of the article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

struct _CopydeskArticle
{
  GObject        parent_instance;

  char          *guid;
  guint          version;
  char          *headline;
  char          *standfirst;
  char          *byline;
  char          *dateline;
  char          *slugline;
  char          *language;
  char          *editorial_note;
  char          *contributor_note;
  char          *provider;
  char          *creditline;
  char          *kept_metadata;
  char         **keywords;
  char         **contributors;
  guint          urgency;
  gboolean       byline_override;
  GDateTime     *created;
  GDateTime     *modified;
  CopydeskBody  *body;
  GListStore    *authors;
  GListStore    *photos;
  GHashTable    *photo_index;  /* id -> the first photo with it (borrowed); NULL: to build */
  /* A snapshot (copydesk_article_snapshot()): every setter refuses. */
  gboolean       frozen;
};


/* From now on every setter of @self refuses (g_return_if_fail). */
void _copydesk_article_freeze (CopydeskArticle *self);

/* Whether the string fields of @a and @b are all equal. */
gboolean _copydesk_article_strings_equal (CopydeskArticle *a,
                                          CopydeskArticle *b);

G_END_DECLS
