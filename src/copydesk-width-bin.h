/* copydesk-width-bin.h: a bin that tells its child how wide it is, in CSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_WIDTH_BIN (copydesk_width_bin_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskWidthBin, copydesk_width_bin, COPYDESK, WIDTH_BIN, GtkWidget)

GtkWidget  *copydesk_width_bin_new       (int               narrow_below,
                                          int               wide_from);
void        copydesk_width_bin_set_child (CopydeskWidthBin *self,
                                          GtkWidget        *child);
GtkWidget  *copydesk_width_bin_get_child (CopydeskWidthBin *self);
const char *copydesk_width_bin_classify  (CopydeskWidthBin *self,
                                          int               width);
void        copydesk_width_bin_set_natural_width (CopydeskWidthBin *self,
                                                  int               natural_width);
int         copydesk_width_bin_get_natural_width (CopydeskWidthBin *self);

G_END_DECLS
