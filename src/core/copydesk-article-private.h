/* copydesk-article-private.h: what the snapshot needs of the article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

/* From now on every setter of @self refuses (g_return_if_fail). */
void _copydesk_article_freeze (CopydeskArticle *self);

G_END_DECLS
