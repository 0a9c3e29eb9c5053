/* copydesk-names.h: file names made from an article's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

/* A file-name-safe stem of @text: lower-case ASCII letters and digits with
 * single "-" between words ("Zoë's Boat (2)" -> "zoe-s-boat-2"), at most
 * @max_len bytes; %NULL when nothing usable is left. */
char *copydesk_safe_name                  (const char      *text,
                                           gsize            max_len);

/* The one rule for Save and Export: "harbour-flood-barrier.xml", from the
 * slugline, else the headline, else "article.xml". */
char *copydesk_article_suggest_file_name  (CopydeskArticle *article);

/* A file name for what is kept under @guid (a URN, with colons and maybe
 * slashes): letters, digits, '-' and '.' as they are, '_' for the rest,
 * then @suffix. */
char *copydesk_guid_to_file_name          (const char      *guid,
                                           const char      *suffix);

G_END_DECLS
