/* copydesk-newsml.h: NewsML-G2 2.35 output and input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

#define COPYDESK_NEWSML_NS       "http://iptc.org/std/nar/2006-10-01/"
#define COPYDESK_XHTML_NS        "http://www.w3.org/1999/xhtml"
#define COPYDESK_IPTC_CATALOG    "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
/* Copydesk's own vocabulary, for what IPTC has no code for. */
#define COPYDESK_SCHEME_ALIAS    "cdx"
#define COPYDESK_SCHEME_URI      "urn:copydesk:cv:"

GBytes          *copydesk_newsml_write (CopydeskArticle  *article,
                                        GFile            *base_dir,
                                        GError          **error);

/* copydesk-newsml-async.c: the same, on a snapshot, in a worker thread. */
void             copydesk_newsml_write_async        (CopydeskArticle      *article,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean         copydesk_newsml_write_finish       (CopydeskArticle      *article,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void             copydesk_newsml_write_bytes_async  (CopydeskArticle      *article,
                                                     GFile                *base_dir,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GBytes          *copydesk_newsml_write_bytes_finish (CopydeskArticle      *article,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* Reads a NewsML-G2 document (our own newsMessage, or agency copy) from
 * memory, with no network and no external entities. @base_dir resolves
 * relative remoteContent hrefs to photo files. @warnings, when given, receives
 * on success (element-type utf8) what the file held that the model cannot
 * carry, one line each. Synchronous and CPU-bound (a few milliseconds for an
 * article): run it in a GTask thread for files from the network. */
CopydeskArticle *copydesk_newsml_read  (GBytes           *bytes,
                                        GFile            *base_dir,
                                        GPtrArray       **warnings,
                                        GError          **error);

/* A newsMessage may carry several stories: list them, and read one. */
GPtrArray       *copydesk_newsml_list_stories (GBytes      *bytes,
                                               GError     **error);
CopydeskArticle *copydesk_newsml_read_story   (GBytes      *bytes,
                                               GFile       *base_dir,
                                               guint        index,
                                               GPtrArray  **warnings,
                                               GError     **error);
/* TRUE when the read left part of the file out (see the first warning):
 * saving over that file must ask first. */
gboolean         copydesk_newsml_read_is_partial (CopydeskArticle *article);

G_END_DECLS
