/* copydesk-article-authors.c: rules about an article's authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain rules that used to live in the editor window: the form has one
 * bio field, which is the first author's, and a bio written before there
 * is any author makes one, named from the byline.
 */
#include "config.h"

#include "copydesk-article.h"

/* "By Ines Marlow" and "Ines Marlow " are both Ines Marlow. */
static char *
name_from_byline (const char *byline)
{
  if (g_ascii_strncasecmp (byline, "by ", 3) == 0)
    byline += 3;
  return g_strstrip (g_strdup (byline));
}

/**
 * copydesk_article_ensure_first_author:
 *
 * The first author, made (named from the byline, which may be empty) and
 * added when the article has none.
 *
 * Returns: (transfer full): the first author
 */
CopydeskAuthor *
copydesk_article_ensure_first_author (CopydeskArticle *self)
{
  GListModel *authors;
  g_autofree char *name = NULL;
  CopydeskAuthor *author;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);

  authors = copydesk_article_get_authors (self);
  if (g_list_model_get_n_items (authors) > 0)
    return g_list_model_get_item (authors, 0);
  name = name_from_byline (copydesk_article_get_byline (self));
  author = copydesk_author_new (name);
  copydesk_article_add_author (self, author);
  return author;
}
