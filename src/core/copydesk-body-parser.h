/* copydesk-body-parser.h: body markup parsed again only where it changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-body.h"

G_BEGIN_DECLS

/* Remembers the last text it parsed; not a GObject, one owner at a time
 * (calls are serialized by a lock, so a worker thread may use it too). */
typedef struct _CopydeskBodyParser CopydeskBodyParser;

CopydeskBodyParser *copydesk_body_parser_new           (void);
void                copydesk_body_parser_free          (CopydeskBodyParser  *self);
CopydeskBody       *copydesk_body_parser_parse         (CopydeskBodyParser  *self,
                                                        const char          *markup,
                                                        gssize               length,
                                                        GError             **error);
void                copydesk_body_parser_prime         (CopydeskBodyParser  *self,
                                                        const char          *markup,
                                                        CopydeskBody        *body);
void                copydesk_body_parser_reset         (CopydeskBodyParser  *self);
gsize               copydesk_body_parser_estimate      (CopydeskBodyParser  *self,
                                                        const char          *markup,
                                                        gssize               length);
gsize               copydesk_body_parser_get_last_span (CopydeskBodyParser  *self);
gboolean            copydesk_body_parser_block_at      (CopydeskBodyParser  *self,
                                                        gsize                char_offset,
                                                        gsize                n_chars,
                                                        guint               *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskBodyParser, copydesk_body_parser_free)

G_END_DECLS
