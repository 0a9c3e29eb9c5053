/* copydesk-counter.c: "n/limit", turning to a warning past the limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-counter.h"

struct _CopydeskCounter
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  guint      count;
  guint      limit;
};

G_DEFINE_FINAL_TYPE (CopydeskCounter, copydesk_counter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNT,
  PROP_LIMIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (CopydeskCounter *self)
{
  g_autofree char *text = g_strdup_printf ("%u/%u", self->count, self->limit);
  g_autofree char *tip = NULL;
  gboolean over = self->count > self->limit;

  gtk_label_set_text (GTK_LABEL (self->label), text);
  if (over)
    tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u character over the limit of %u",
                                        "%u characters over the limit of %u",
                                        self->count - self->limit),
                           self->count - self->limit, self->limit);
  else
    tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u character of %u",
                                        "%u characters of %u", self->count),
                           self->count, self->limit);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tip, -1);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
}

static void
copydesk_counter_dispose (GObject *object)
{
  CopydeskCounter *self = COPYDESK_COUNTER (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (copydesk_counter_parent_class)->dispose (object);
}

static void
copydesk_counter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CopydeskCounter *self = COPYDESK_COUNTER (object);

  switch (prop_id)
    {
    case PROP_COUNT: g_value_set_uint (value, self->count); break;
    case PROP_LIMIT: g_value_set_uint (value, self->limit); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_counter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CopydeskCounter *self = COPYDESK_COUNTER (object);

  switch (prop_id)
    {
    case PROP_COUNT: copydesk_counter_set_count (self, g_value_get_uint (value)); break;
    case PROP_LIMIT: copydesk_counter_set_limit (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_counter_class_init (CopydeskCounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = copydesk_counter_dispose;
  object_class->get_property = copydesk_counter_get_property;
  object_class->set_property = copydesk_counter_set_property;

  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LIMIT] = g_param_spec_uint ("limit", NULL, NULL, 1, G_MAXUINT, 100, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "counter");
}

static void
copydesk_counter_init (CopydeskCounter *self)
{
  self->limit = 100;
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 1.0f);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "counter");
  update (self);
}

GtkWidget *
copydesk_counter_new (void)
{
  return g_object_new (COPYDESK_TYPE_COUNTER, NULL);
}

guint
copydesk_counter_get_count (CopydeskCounter *self)
{
  g_return_val_if_fail (COPYDESK_IS_COUNTER (self), 0);

  return self->count;
}

void
copydesk_counter_set_count (CopydeskCounter *self,
                            guint            count)
{
  g_return_if_fail (COPYDESK_IS_COUNTER (self));

  if (self->count == count)
    return;
  self->count = count;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

guint
copydesk_counter_get_limit (CopydeskCounter *self)
{
  g_return_val_if_fail (COPYDESK_IS_COUNTER (self), 0);

  return self->limit;
}

void
copydesk_counter_set_limit (CopydeskCounter *self,
                            guint            limit)
{
  g_return_if_fail (COPYDESK_IS_COUNTER (self));

  limit = MAX (limit, 1);
  if (self->limit == limit)
    return;
  self->limit = limit;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIMIT]);
}

gboolean
copydesk_counter_get_over (CopydeskCounter *self)
{
  g_return_val_if_fail (COPYDESK_IS_COUNTER (self), FALSE);

  return self->count > self->limit;
}

const char *
copydesk_counter_get_text (CopydeskCounter *self)
{
  g_return_val_if_fail (COPYDESK_IS_COUNTER (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}
