/* copydesk-figure-image.h: a photo as wide as the column, as tall as it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_FIGURE_IMAGE (copydesk_figure_image_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskFigureImage, copydesk_figure_image, COPYDESK, FIGURE_IMAGE, GtkWidget)

GtkWidget    *copydesk_figure_image_new           (void);
GdkPaintable *copydesk_figure_image_get_paintable (CopydeskFigureImage *self);
void          copydesk_figure_image_set_paintable (CopydeskFigureImage *self,
                                                   GdkPaintable        *paintable);

G_END_DECLS
