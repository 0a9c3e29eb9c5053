/* copydesk-about.h: the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *copydesk_about_window_new (GtkWindow *parent);
void       copydesk_about_present    (GtkWindow *parent);

G_END_DECLS
