/* copydesk-body-buffer.h: the article body as markup, in a text buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_BODY_BUFFER (copydesk_body_buffer_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskBodyBuffer, copydesk_body_buffer, COPYDESK, BODY_BUFFER,
                      GtkSourceBuffer)

CopydeskBodyBuffer *copydesk_body_buffer_new                 (void);
CopydeskArticle    *copydesk_body_buffer_get_article         (CopydeskBodyBuffer *self);
void                copydesk_body_buffer_set_article         (CopydeskBodyBuffer *self,
                                                              CopydeskArticle    *article);
void                copydesk_body_buffer_flush               (CopydeskBodyBuffer *self);
gboolean            copydesk_body_buffer_get_pending         (CopydeskBodyBuffer *self);
gboolean            copydesk_body_buffer_get_priming         (CopydeskBodyBuffer *self);
const char         *copydesk_body_buffer_get_error           (CopydeskBodyBuffer *self);
char               *copydesk_body_buffer_dup_text            (CopydeskBodyBuffer *self);
guint               copydesk_body_buffer_get_block_at_cursor (CopydeskBodyBuffer *self);
void                copydesk_body_buffer_place_cursor_at_block (CopydeskBodyBuffer *self,
                                                              guint               index);
void                copydesk_body_buffer_insert_placement    (CopydeskBodyBuffer *self,
                                                              const char         *photo_id);

G_END_DECLS
