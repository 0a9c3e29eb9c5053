/* copydesk-byline.h: the byline line, made from the article's authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The author list is the truth; the byline ("By A, B and C") is derived from
 * it in the house style of the article's language, unless the user typed a
 * byline of their own (see copydesk_article_set_byline()).
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

char           *copydesk_byline_format            (const char         *language,
                                                   const char * const *names);
char           *copydesk_byline_derive            (CopydeskArticle    *article);
char          **copydesk_byline_split             (const char         *line);
guint           copydesk_byline_fill_authors      (CopydeskArticle    *article,
                                                   const char         *line);
CopydeskAuthor *copydesk_article_set_author_bio   (CopydeskArticle    *article,
                                                   guint               index,
                                                   const char         *bio);
gboolean        copydesk_byline_is_organisation   (const char         *credit);

G_END_DECLS
