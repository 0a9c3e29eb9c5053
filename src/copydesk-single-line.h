/* copydesk-single-line.h: fields of one line, whatever is pasted into them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *copydesk_single_line_flatten (const char *text,
                                    gssize      length);
void  copydesk_single_line_attach  (GtkWidget  *field);

G_END_DECLS
