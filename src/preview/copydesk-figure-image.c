/* copydesk-figure-image.c: a photo as wide as the column, as tall as it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPicture that may shrink asks for no minimum height, and list views
 * give rows their minimum: the photo would vanish. This widget asks, for a
 * given width, for exactly the height that keeps the photo's aspect ratio,
 * and never for more width than the photo has.
 */
#include "config.h"

#include "copydesk-figure-image.h"

struct _CopydeskFigureImage
{
  GtkWidget     parent_instance;
  GdkPaintable *paintable;
};

G_DEFINE_FINAL_TYPE (CopydeskFigureImage, copydesk_figure_image, GTK_TYPE_WIDGET)

static double
aspect_ratio (CopydeskFigureImage *self)
{
  double ratio = self->paintable ? gdk_paintable_get_intrinsic_aspect_ratio (self->paintable) : 0;

  return ratio > 0 ? ratio : 0;
}

static void
copydesk_figure_image_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  CopydeskFigureImage *self = COPYDESK_FIGURE_IMAGE (widget);
  double ratio = aspect_ratio (self);
  int width = self->paintable ? gdk_paintable_get_intrinsic_width (self->paintable) : 0;

  *minimum = *natural = 0;
  if (ratio <= 0)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = width; /* the minimum stays 0: the column decides */
  else
    *minimum = *natural = (int) ((for_size >= 0 ? for_size : width) / ratio + 0.5);
}

static GtkSizeRequestMode
copydesk_figure_image_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
copydesk_figure_image_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  CopydeskFigureImage *self = COPYDESK_FIGURE_IMAGE (widget);
  double ratio = aspect_ratio (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double w, h;

  if (ratio <= 0 || width <= 0 || height <= 0)
    return;
  /* fit inside the allocation, centred */
  w = MIN (width, height * ratio);
  h = w / ratio;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - w) / 2, (height - h) / 2));
  gdk_paintable_snapshot (self->paintable, snapshot, w, h);
  gtk_snapshot_restore (snapshot);
}

static void
copydesk_figure_image_dispose (GObject *object)
{
  CopydeskFigureImage *self = COPYDESK_FIGURE_IMAGE (object);

  g_clear_object (&self->paintable);
  G_OBJECT_CLASS (copydesk_figure_image_parent_class)->dispose (object);
}

static void
copydesk_figure_image_class_init (CopydeskFigureImageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = copydesk_figure_image_dispose;
  widget_class->measure = copydesk_figure_image_measure;
  widget_class->get_request_mode = copydesk_figure_image_get_request_mode;
  widget_class->snapshot = copydesk_figure_image_snapshot;
  gtk_widget_class_set_css_name (widget_class, "picture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
copydesk_figure_image_init (CopydeskFigureImage *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
copydesk_figure_image_new (void)
{
  return g_object_new (COPYDESK_TYPE_FIGURE_IMAGE, NULL);
}

/**
 * copydesk_figure_image_get_paintable:
 * @self: the image
 *
 * Returns: (transfer none) (nullable): what it shows
 */
GdkPaintable *
copydesk_figure_image_get_paintable (CopydeskFigureImage *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIGURE_IMAGE (self), NULL);

  return self->paintable;
}

void
copydesk_figure_image_set_paintable (CopydeskFigureImage *self,
                                     GdkPaintable        *paintable)
{
  g_return_if_fail (COPYDESK_IS_FIGURE_IMAGE (self));
  g_return_if_fail (paintable == NULL || GDK_IS_PAINTABLE (paintable));

  if (!g_set_object (&self->paintable, paintable))
    return;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
