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

G_END_DECLS
