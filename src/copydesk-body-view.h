/* copydesk-body-view.h: shows a CopydeskBodyBuffer in a GtkSourceView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-body-buffer.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_BODY_VIEW (copydesk_body_view_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskBodyView, copydesk_body_view, COPYDESK, BODY_VIEW, GtkSourceView)

GtkWidget *copydesk_body_view_new                   (void);
void       copydesk_body_view_place_cursor_at_block (CopydeskBodyView *self,
                                                     guint             index);

G_END_DECLS
