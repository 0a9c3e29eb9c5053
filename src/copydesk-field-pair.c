/* copydesk-field-pair.c: two labelled fields on one row, or stacked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The byline and the dateline share a row of the form when it is wide
 * enough for both to show what is typed in them; in a narrow form they
 * stack, each under the other with its label in the form's label column,
 * instead of cutting both short. The pair takes four children, in order:
 * the first label, the first field, the second label, the second field.
 * The labels are meant to share a GtkSizeGroup with the form's other
 * labels, so that they line up with the label column in either shape.
 * Each field is given at least the width of the text it holds (a byline of
 * three names is longer than one of two): what is typed is never cut while
 * stacking would show it, and the dateline leaves the byline what it does
 * not need.
 */
#include "config.h"

#include <string.h>

#include "copydesk-field-pair.h"

#define SPACING         12   /* between label and field, and between the two */
#define ROW_SPACING     8    /* between the stacked rows, as in the form grid */
#define START_FIELD_MIN 260  /* a two-name byline */
#define END_FIELD_MIN   170  /* a place and a date */
#define TEXT_PADDING    26   /* an entry's frame and padding around its text */

struct _CopydeskFieldPair
{
  GtkWidget parent_instance;

  gboolean  stacked;
};

G_DEFINE_FINAL_TYPE (CopydeskFieldPair, copydesk_field_pair, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The four children; FALSE (and all NULL) until the pair has them all. */
static gboolean
get_children (CopydeskFieldPair *self,
              GtkWidget         *child[4])
{
  GtkWidget *widget = gtk_widget_get_first_child (GTK_WIDGET (self));

  for (guint i = 0; i < 4; i++)
    {
      child[i] = widget;
      if (widget != NULL)
        widget = gtk_widget_get_next_sibling (widget);
    }
  if (child[3] != NULL)
    return TRUE;
  memset (child, 0, 4 * sizeof (GtkWidget *));
  return FALSE;
}

static void
on_text_changed (GtkWidget *self)
{
  gtk_widget_queue_resize (self);
}

/* The width the text in @widget needs to show whole; 0 for no text. */
static int
text_width (GtkWidget *self,
            GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width = 0;

  if (!GTK_IS_EDITABLE (widget))
    return 0;
  if (g_object_get_data (G_OBJECT (widget), "copydesk-field-pair") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "copydesk-field-pair", self);
      g_signal_connect_object (widget, "notify::text", G_CALLBACK (on_text_changed), self,
                               G_CONNECT_SWAPPED);
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (widget)) == '\0')
    return 0;
  layout = gtk_widget_create_pango_layout (widget, gtk_editable_get_text (GTK_EDITABLE (widget)));
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + TEXT_PADDING;
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  if (gtk_widget_get_visible (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int minimum = 0;

  if (gtk_widget_get_visible (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum;
}

static int
start_need (GtkWidget *child[4])
{
  return MAX (MAX (min_width (child[1]), START_FIELD_MIN),
              text_width (gtk_widget_get_parent (child[1]), child[1]));
}

static int
end_need (GtkWidget *child[4])
{
  return MAX (MAX (min_width (child[3]), END_FIELD_MIN),
              text_width (gtk_widget_get_parent (child[3]), child[3]));
}

static int
side_by_side_width (GtkWidget *child[4])
{
  return min_width (child[0]) + SPACING + start_need (child)
         + SPACING + min_width (child[2]) + SPACING + end_need (child);
}

/* The label column is as wide as the wider label, so the stacked fields
 * start at the same place. */
static int
label_column (GtkWidget *child[4])
{
  return MAX (min_width (child[0]), min_width (child[2]));
}

/* Heights and widths of the pair's two shapes at @width. */
static void
layout (GtkWidget *child[4],
        int        width,
        gboolean   stacked,
        int        widths[4],
        int       *row_height)
{
  if (stacked)
    {
      widths[0] = widths[2] = label_column (child);
      widths[1] = widths[3] = MAX (width - widths[0] - SPACING, 0);
      row_height[0] = MAX (height_for (child[0], widths[0]), height_for (child[1], widths[1]));
      row_height[1] = MAX (height_for (child[2], widths[2]), height_for (child[3], widths[3]));
      return;
    }
  widths[0] = min_width (child[0]);
  widths[2] = min_width (child[2]);
  {
    int fields = MAX (width - widths[0] - widths[2] - 3 * SPACING, 0);
    int start = start_need (child), end = end_need (child);
    int extra = MAX (fields - start - end, 0);

    /* each gets what its text needs; what is left over goes to both alike */
    widths[1] = MIN (fields, start + extra / 2);
    widths[3] = fields - widths[1];
  }
  row_height[0] = 0;
  for (guint i = 0; i < 4; i++)
    row_height[0] = MAX (row_height[0], height_for (child[i], widths[i]));
  row_height[1] = 0;
}

static void
copydesk_field_pair_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  CopydeskFieldPair *self = COPYDESK_FIELD_PAIR (widget);
  GtkWidget *child[4];

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (!get_children (self, child))
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* No more than the minimum, even as natural width: in a grid, a
       * child spanning the label column would widen that column. The pair
       * lays out for whatever width the fields above and below it get. */
      *minimum = label_column (child) + SPACING + MAX (min_width (child[1]), min_width (child[3]));
      *natural = *minimum;
    }
  else
    {
      int width = for_size >= 0 ? for_size : side_by_side_width (child);
      gboolean stacked = width < side_by_side_width (child);
      int widths[4], rows[2];

      layout (child, width, stacked, widths, rows);
      *minimum = *natural = rows[0] + (stacked ? ROW_SPACING + rows[1] : 0);
    }
}

static void
place (GtkWidget *widget,
       int        x,
       int        y,
       int        width,
       int        height,
       gboolean   rtl,
       int        total)
{
  GtkAllocation allocation = { rtl ? total - x - width : x, y, width, height };

  if (gtk_widget_get_visible (widget))
    gtk_widget_size_allocate (widget, &allocation, -1);
}

static void
copydesk_field_pair_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  CopydeskFieldPair *self = COPYDESK_FIELD_PAIR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *child[4];
  int widths[4], rows[2];
  gboolean stacked;

  if (!get_children (self, child))
    return;
  stacked = width < side_by_side_width (child);
  layout (child, width, stacked, widths, rows);
  if (stacked)
    {
      int second = rows[0] + ROW_SPACING;

      place (child[0], 0, 0, widths[0], rows[0], rtl, width);
      place (child[1], widths[0] + SPACING, 0, widths[1], rows[0], rtl, width);
      place (child[2], 0, second, widths[2], rows[1], rtl, width);
      place (child[3], widths[2] + SPACING, second, widths[3], rows[1], rtl, width);
    }
  else
    {
      int x = 0;

      for (guint i = 0; i < 4; i++)
        {
          place (child[i], x, 0, widths[i], rows[0], rtl, width);
          x += widths[i] + SPACING;
        }
    }
  if (stacked != self->stacked)
    {
      self->stacked = stacked;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACKED]);
    }
}

static GtkSizeRequestMode
copydesk_field_pair_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
copydesk_field_pair_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (copydesk_field_pair_parent_class)->dispose (object);
}

static void
copydesk_field_pair_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CopydeskFieldPair *self = COPYDESK_FIELD_PAIR (object);

  switch (prop_id)
    {
    case PROP_STACKED: g_value_set_boolean (value, self->stacked); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_field_pair_class_init (CopydeskFieldPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_field_pair_dispose;
  object_class->get_property = copydesk_field_pair_get_property;
  widget_class->measure = copydesk_field_pair_measure;
  widget_class->size_allocate = copydesk_field_pair_size_allocate;
  widget_class->get_request_mode = copydesk_field_pair_get_request_mode;

  /* whether the last allocation stacked the fields */
  properties[PROP_STACKED] = g_param_spec_boolean ("stacked", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "fieldpair");
}

static void
copydesk_field_pair_init (CopydeskFieldPair *self)
{
}

GtkWidget *
copydesk_field_pair_new (void)
{
  return g_object_new (COPYDESK_TYPE_FIELD_PAIR, NULL);
}

gboolean
copydesk_field_pair_get_stacked (CopydeskFieldPair *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIELD_PAIR (self), FALSE);
  return self->stacked;
}

/**
 * copydesk_field_pair_get_threshold:
 *
 * Returns: the narrowest width at which the two fields share a row, or 0
 *   while the pair does not have its four children
 */
int
copydesk_field_pair_get_threshold (CopydeskFieldPair *self)
{
  GtkWidget *child[4];

  g_return_val_if_fail (COPYDESK_IS_FIELD_PAIR (self), 0);
  if (!get_children (self, child))
    return 0;
  return side_by_side_width (child);
}
