/* copydesk-import.h: plain text in, structured article out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

CopydeskArticle *copydesk_import_plain_text (const char  *data,
                                             gsize        length,
                                             GPtrArray  **dropped,
                                             GError     **error);

CopydeskArticle *copydesk_import_html       (const char  *data,
                                             gsize        length,
                                             GPtrArray  **dropped,
                                             GError     **error);

char            *copydesk_import_html_fragment (const char  *data,
                                                gsize        length,
                                                GError     **error);

gboolean         copydesk_import_looks_like_html (const char *file_name,
                                                  const char *data,
                                                  gsize       length);

CopydeskArticle *copydesk_import_file_contents (const char  *file_name,
                                                const char  *data,
                                                gsize        length,
                                                GPtrArray  **dropped,
                                                GError     **error);

G_END_DECLS
