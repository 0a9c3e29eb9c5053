/* copydesk-width-bin.c: a bin that tells its child how wide it is, in CSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's CSS has no media queries and no clamp(), so a style cannot
 * follow the width of a column by itself. This bin gives its child the
 * class "narrow" below one width and "wide" from another (neither in
 * between), as AdwClamp does with its own classes, so that the preview's
 * type can be set per class in its style sheet. The classes change during
 * allocation; GTK restyles the child on the next frame.
 */
#include "config.h"

#include "copydesk-width-bin.h"

struct _CopydeskWidthBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        narrow_below;
  int        wide_from;
  int        natural_width;   /* 0: the child's */
};

G_DEFINE_FINAL_TYPE (CopydeskWidthBin, copydesk_width_bin, GTK_TYPE_WIDGET)

/**
 * copydesk_width_bin_classify:
 *
 * Returns: (nullable): the class for a child @width pixels wide: "narrow",
 *   "wide", or %NULL for the widths in between
 */
const char *
copydesk_width_bin_classify (CopydeskWidthBin *self,
                             int               width)
{
  g_return_val_if_fail (COPYDESK_IS_WIDTH_BIN (self), NULL);

  if (width < self->narrow_below)
    return "narrow";
  if (width >= self->wide_from)
    return "wide";
  return NULL;
}

static void
copydesk_width_bin_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  CopydeskWidthBin *self = COPYDESK_WIDTH_BIN (widget);
  const char *class;

  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;
  class = copydesk_width_bin_classify (self, width);
  if (g_strcmp0 (class, "narrow") != 0)
    gtk_widget_remove_css_class (self->child, "narrow");
  if (g_strcmp0 (class, "wide") != 0)
    gtk_widget_remove_css_class (self->child, "wide");
  if (class != NULL)
    gtk_widget_add_css_class (self->child, class);
  gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
copydesk_width_bin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  CopydeskWidthBin *self = COPYDESK_WIDTH_BIN (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->natural_width > 0)
    *natural = MAX (*minimum, self->natural_width);
}

static void
copydesk_width_bin_compute_expand (GtkWidget *widget,
                                   gboolean  *hexpand,
                                   gboolean  *vexpand)
{
  GtkWidget *child = COPYDESK_WIDTH_BIN (widget)->child;

  *hexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
}

static void
copydesk_width_bin_dispose (GObject *object)
{
  CopydeskWidthBin *self = COPYDESK_WIDTH_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (copydesk_width_bin_parent_class)->dispose (object);
}

static void
copydesk_width_bin_class_init (CopydeskWidthBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_width_bin_dispose;
  widget_class->measure = copydesk_width_bin_measure;
  widget_class->size_allocate = copydesk_width_bin_size_allocate;
  widget_class->compute_expand = copydesk_width_bin_compute_expand;
  gtk_widget_class_set_css_name (widget_class, "widthbin");
}

static void
copydesk_width_bin_init (CopydeskWidthBin *self)
{
}

/**
 * copydesk_width_bin_new:
 * @narrow_below: widths under this are "narrow"
 * @wide_from: widths from this on are "wide"
 */
GtkWidget *
copydesk_width_bin_new (int narrow_below,
                        int wide_from)
{
  CopydeskWidthBin *self;

  g_return_val_if_fail (narrow_below <= wide_from, NULL);

  self = g_object_new (COPYDESK_TYPE_WIDTH_BIN, NULL);
  self->narrow_below = narrow_below;
  self->wide_from = wide_from;
  return GTK_WIDGET (self);
}

void
copydesk_width_bin_set_child (CopydeskWidthBin *self,
                              GtkWidget        *child)
{
  g_return_if_fail (COPYDESK_IS_WIDTH_BIN (self));
  g_return_if_fail (child == NULL || gtk_widget_get_parent (child) == NULL);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  self->child = child;
  if (child != NULL)
    gtk_widget_set_parent (child, GTK_WIDGET (self));
}

GtkWidget *
copydesk_width_bin_get_child (CopydeskWidthBin *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIDTH_BIN (self), NULL);
  return self->child;
}

/**
 * copydesk_width_bin_set_natural_width:
 * @natural_width: the width the bin asks for when there is room, never
 *   less than its child's minimum; 0 for the child's own
 *
 * A container that shares out room by natural widths (AdwFlap) gives the
 * bin up to this much and the rest to its neighbour.
 */
void
copydesk_width_bin_set_natural_width (CopydeskWidthBin *self,
                                      int               natural_width)
{
  g_return_if_fail (COPYDESK_IS_WIDTH_BIN (self));
  g_return_if_fail (natural_width >= 0);

  if (self->natural_width == natural_width)
    return;
  self->natural_width = natural_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

int
copydesk_width_bin_get_natural_width (CopydeskWidthBin *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIDTH_BIN (self), 0);
  return self->natural_width;
}
