/* copydesk-markup-private.h: the body markup parser, piece by piece
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A place where parsing can start afresh, and the first block parsed there. */
typedef struct
{
  gsize offset;
  guint first_block;
} CopydeskMarkupCut;

void _copydesk_markup_parse_region (const char *text,
                                    gsize       from,
                                    gsize       to,
                                    GPtrArray  *blocks,
                                    GArray     *cuts);

G_END_DECLS
