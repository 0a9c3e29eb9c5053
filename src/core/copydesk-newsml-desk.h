/* copydesk-newsml-desk.h: the desk's metadata in NewsML-G2, for the writer and reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer builds its nodes first and then calls these, which put each
 * element where the 2.35 schema wants it among what is already there. The
 * reader offers each child first to _copydesk_newsml_desk_read(): what it
 * takes is in the model and must not be kept or warned about again.
 */
#pragma once

#include <libxml/tree.h>

#include "copydesk-desk.h"

G_BEGIN_DECLS

/* The whole newsMessage once built: the header, every item's itemMeta, and
 * the contentMeta of the text item (the newsItem with the article's guid). */
void     _copydesk_newsml_desk_write              (CopydeskArticle *article,
                                                   xmlNodePtr       message);
/* embargoed, pubStatus (replacing one the writer put there), signal */
void     _copydesk_newsml_desk_write_item_meta    (CopydeskArticle *article,
                                                   xmlNodePtr       item_meta,
                                                   xmlNsPtr         ns);
/* located, genre, subject (names in the article's language) */
void     _copydesk_newsml_desk_write_content_meta (CopydeskArticle *article,
                                                   xmlNodePtr       content_meta,
                                                   xmlNsPtr         ns);
/* priority, in the newsMessage header */
void     _copydesk_newsml_desk_write_header       (CopydeskArticle *article,
                                                   xmlNodePtr       header,
                                                   xmlNsPtr         ns);

/* @node: a child of itemMeta, contentMeta or the header. @main: whether it
 * belongs to the item the article is made from; on other items the desk's
 * elements are taken (they repeat the main item's) but do not change the
 * article. %TRUE when the node was taken. */
gboolean _copydesk_newsml_desk_read               (CopydeskArticle *article,
                                                   xmlNodePtr       node,
                                                   gboolean         main);

G_END_DECLS
