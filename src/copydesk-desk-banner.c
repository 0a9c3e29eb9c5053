/* copydesk-desk-banner.c: "Embargoed until …" while the story is held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown while the article's embargo lies ahead; it looks again whenever the
 * article changes and when the embargo time comes (a timeout set to it), so
 * it goes by itself the moment receivers may publish.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-desk-banner.h"
#include "copydesk-time.h"

/* A timeout at most this far ahead: a clock changed meanwhile (suspend,
 * a new zone) is caught at the next look. */
#define MAX_WAIT_SECONDS (6 * 60 * 60)

struct _CopydeskDeskBanner
{
  GtkWidget        parent_instance;

  GtkWidget       *info_bar;
  GtkLabel        *label;
  CopydeskArticle *article;
  GSignalGroup    *article_signals;
  guint            timeout_id;
};

G_DEFINE_FINAL_TYPE (CopydeskDeskBanner, copydesk_desk_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update (CopydeskDeskBanner *self);

static gboolean
on_embargo_time (gpointer user_data)
{
  CopydeskDeskBanner *self = user_data;

  self->timeout_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
update (CopydeskDeskBanner *self)
{
  CopydeskDesk *desk = self->article != NULL ? copydesk_article_get_desk (self->article) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gboolean held = desk != NULL && copydesk_desk_is_embargoed_at (desk, now);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (held)
    {
      GDateTime *embargo = copydesk_desk_get_embargo (desk);
      g_autofree char *when = copydesk_format_time (embargo, COPYDESK_TIME_STYLE_DATE_TIME);
      /* Translators: %s is a date and time with its zone */
      g_autofree char *text = g_strdup_printf (_("Embargoed until %s: receivers hold this story until then."),
                                               when);
      GTimeSpan ahead = g_date_time_difference (embargo, now);
      guint seconds = (guint) MIN (ahead / G_TIME_SPAN_SECOND + 1, MAX_WAIT_SECONDS);

      gtk_label_set_text (self->label, text);
      self->timeout_id = g_timeout_add_seconds (seconds, on_embargo_time, self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), held);
}

static void
copydesk_desk_banner_dispose (GObject *object)
{
  CopydeskDeskBanner *self = COPYDESK_DESK_BANNER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->article_signals);
  g_clear_pointer (&self->info_bar, gtk_widget_unparent);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (copydesk_desk_banner_parent_class)->dispose (object);
}

static void
copydesk_desk_banner_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CopydeskDeskBanner *self = COPYDESK_DESK_BANNER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_banner_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CopydeskDeskBanner *self = COPYDESK_DESK_BANNER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: copydesk_desk_banner_set_article (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_banner_class_init (CopydeskDeskBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_desk_banner_dispose;
  object_class->get_property = copydesk_desk_banner_get_property;
  object_class->set_property = copydesk_desk_banner_set_property;
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
copydesk_desk_banner_init (CopydeskDeskBanner *self)
{
  self->info_bar = gtk_info_bar_new ();
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->info_bar), GTK_MESSAGE_WARNING);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (self->info_bar), GTK_WIDGET (self->label));
  gtk_widget_set_parent (self->info_bar, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Embargo"), -1);
  self->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (self->article_signals, "changed", G_CALLBACK (update), self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
G_GNUC_END_IGNORE_DEPRECATIONS

GtkWidget *
copydesk_desk_banner_new (void)
{
  return g_object_new (COPYDESK_TYPE_DESK_BANNER, NULL);
}

CopydeskArticle *
copydesk_desk_banner_get_article (CopydeskDeskBanner *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK_BANNER (self), NULL);

  return self->article;
}

void
copydesk_desk_banner_set_article (CopydeskDeskBanner *self,
                                  CopydeskArticle    *article)
{
  g_return_if_fail (COPYDESK_IS_DESK_BANNER (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  g_signal_group_set_target (self->article_signals, article);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

const char *
copydesk_desk_banner_get_text (CopydeskDeskBanner *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK_BANNER (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (self->label) : NULL;
}
