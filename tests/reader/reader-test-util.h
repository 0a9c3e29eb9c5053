/* reader-test-util.h: what the reader's two test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-core.h"

G_BEGIN_DECLS

#define NEWS_ITEM_OPEN \
  "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:test:1\" version=\"3\" " \
  "standard=\"NewsML-G2\" standardversion=\"2.35\" xml:lang=\"sv\">" \
  "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"TT\"/>" \
  "<versionCreated>2025-06-01T10:00:00+02:00</versionCreated></itemMeta>" \
  "<contentMeta><headline>Rubrik</headline></contentMeta><contentSet>"
#define NEWS_ITEM_CLOSE "</contentSet></newsItem>"

GFile *temp_folder (void);
void remove_tree (GFile *dir);
void assert_same_bytes (GBytes     *expected,
                        GBytes     *actual,
                        const char *what);
char *examples_path (const char *name);
char *plain_text_of_body (CopydeskArticle *article);

G_END_DECLS
