/* copydesk-versions-actions.h: the window's desk actions (Send Update, Send
 * Correction, Kill) and its embargo banner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-desk-banner.h"
#include "copydesk-window.h"

G_BEGIN_DECLS

/* From the window's class_init, constructed and update_actions(). */
void                _copydesk_window_class_add_desk_actions (GtkWidgetClass *widget_class);
void                _copydesk_window_init_desk              (CopydeskWindow *self);
void                _copydesk_window_update_desk_actions    (CopydeskWindow *self);

/* For tests: the dialog asking for the note to receivers, while it is
 * shown (an AdwMessageDialog, responses "cancel" and "send"). */
GtkWidget          *_copydesk_window_get_send_dialog        (CopydeskWindow *self);
CopydeskDeskBanner *_copydesk_window_get_embargo_banner     (CopydeskWindow *self);

G_END_DECLS
