/* copydesk-body-view.h: the article body as markup in a GtkSourceView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_BODY_VIEW (copydesk_body_view_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskBodyView, copydesk_body_view, COPYDESK, BODY_VIEW, GtkSourceView)

GtkWidget       *copydesk_body_view_new                (void);
CopydeskArticle *copydesk_body_view_get_article        (CopydeskBodyView *self);
void             copydesk_body_view_set_article        (CopydeskBodyView *self,
                                                        CopydeskArticle  *article);
void             copydesk_body_view_flush              (CopydeskBodyView *self);
const char      *copydesk_body_view_get_error          (CopydeskBodyView *self);
guint            copydesk_body_view_get_block_at_cursor (CopydeskBodyView *self);
void             copydesk_body_view_place_cursor_at_block (CopydeskBodyView *self,
                                                        guint             index);
void             copydesk_body_view_insert_placement   (CopydeskBodyView *self,
                                                        const char       *photo_id);
char            *copydesk_body_view_dup_text           (CopydeskBodyView *self);

G_END_DECLS
