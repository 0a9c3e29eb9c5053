/* copydesk-find-bar.c: find and replace in the body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-find-bar.h"

struct _CopydeskFindBar
{
  GtkWidget                parent_instance;

  GtkWidget               *grid;
  GtkSearchEntry          *search_entry;
  GtkEntry                *replace_entry;
  GtkLabel                *status_label;
  GtkToggleButton         *case_button;
  GtkToggleButton         *word_button;
  GtkToggleButton         *replace_toggle;

  GtkSourceView           *view;
  GtkSourceSearchSettings *settings;
  GtkSourceSearchContext  *context;
  guint                    status_source;
};

G_DEFINE_FINAL_TYPE (CopydeskFindBar, copydesk_find_bar, GTK_TYPE_WIDGET)

enum {
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
get_buffer (CopydeskFindBar *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
}

static void update_status (CopydeskFindBar *self);

static gboolean
update_status_later (gpointer user_data)
{
  CopydeskFindBar *self = user_data;

  self->status_source = 0;
  update_status (self);
  return G_SOURCE_REMOVE;
}

/* "3 of 12", "12 matches", "No matches". */
static void
update_status (CopydeskFindBar *self)
{
  g_autofree char *text = NULL;
  int count, position = -1;
  GtkTextIter start, end;

  if (self->context == NULL)
    return;
  count = gtk_source_search_context_get_occurrences_count (self->context);
  if (gtk_source_search_settings_get_search_text (self->settings) == NULL)
    text = g_strdup ("");
  else if (count < 0)
    text = g_strdup ("…");
  else if (count == 0)
    text = g_strdup (_("No matches"));
  else
    {
      if (gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end))
        position = gtk_source_search_context_get_occurrence_position (self->context,
                                                                      &start, &end);
      /* -1: the buffer is still being scanned; ask again shortly. */
      if (position < 0 && self->status_source == 0)
        self->status_source = g_timeout_add (50, update_status_later, self);
      if (position > 0)
        /* Translators: the current match and the number of matches */
        text = g_strdup_printf (_("%d of %d"), position, count);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", count),
                                count);
    }
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_entry), count != 0);
}

static void
select_match (CopydeskFindBar *self,
              gboolean         forward)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end, match_start, match_end;
  gboolean wrapped = FALSE, found;

  if (self->context == NULL
      || gtk_source_search_settings_get_search_text (self->settings) == NULL)
    return;
  buffer = get_buffer (self);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  if (forward)
    found = gtk_source_search_context_forward (self->context, &end, &match_start, &match_end,
                                               &wrapped);
  else
    found = gtk_source_search_context_backward (self->context, &start, &match_start,
                                                &match_end, &wrapped);
  if (!found)
    {
      update_status (self);
      return;
    }
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view), gtk_text_buffer_get_insert (buffer),
                                0.1, FALSE, 0.0, 0.0);
  update_status (self);
}

void
copydesk_find_bar_next (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  select_match (self, TRUE);
}

void
copydesk_find_bar_previous (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  select_match (self, FALSE);
}

static void
on_search_changed (CopydeskFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *current = gtk_source_search_settings_get_search_text (self->settings);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  /* The entry reports a change a moment after it is set: nothing new. */
  if (g_strcmp0 (current, text[0] != '\0' ? text : NULL) == 0)
    return;
  gtk_source_search_settings_set_search_text (self->settings, text[0] != '\0' ? text : NULL);
  if (self->view == NULL)
    return;
  /* Search again from where the current selection begins. */
  buffer = get_buffer (self);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_buffer_place_cursor (buffer, &start);
  select_match (self, TRUE);
}

static void
on_stop_search (CopydeskFindBar *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

/* Replaces the selected match and moves to the next one. */
gboolean
copydesk_find_bar_replace (CopydeskFindBar *self)
{
  GtkTextIter start, end;
  const char *replacement;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), FALSE);

  if (self->context == NULL)
    return FALSE;
  replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  if (!gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end)
      || gtk_source_search_context_get_occurrence_position (self->context, &start, &end) <= 0)
    {
      select_match (self, TRUE);
      return FALSE;
    }
  if (!gtk_source_search_context_replace (self->context, &start, &end, replacement, -1, &error))
    {
      g_debug ("Could not replace: %s", error->message);
      return FALSE;
    }
  select_match (self, TRUE);
  return TRUE;
}

guint
copydesk_find_bar_replace_all (CopydeskFindBar *self)
{
  const char *replacement;
  g_autoptr(GError) error = NULL;
  guint n;

  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), 0);

  if (self->context == NULL
      || gtk_source_search_settings_get_search_text (self->settings) == NULL)
    return 0;
  replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  n = gtk_source_search_context_replace_all (self->context, replacement, -1, &error);
  if (error != NULL)
    g_debug ("Could not replace: %s", error->message);
  update_status (self);
  return n;
}

static void
on_replace_clicked (CopydeskFindBar *self)
{
  copydesk_find_bar_replace (self);
}

static void
on_replace_all_clicked (CopydeskFindBar *self)
{
  copydesk_find_bar_replace_all (self);
}

static void
copydesk_find_bar_dispose (GObject *object)
{
  CopydeskFindBar *self = COPYDESK_FIND_BAR (object);

  g_clear_handle_id (&self->status_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_FIND_BAR);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (copydesk_find_bar_parent_class)->dispose (object);
}

static void
copydesk_find_bar_class_init (CopydeskFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_find_bar_dispose;

  /**
   * CopydeskFindBar::close:
   *
   * The user asked to put the find bar away (Escape or the close button).
   */
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, grid);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, case_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, word_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, replace_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_replace_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_replace_all_clicked);
  gtk_widget_class_bind_template_callback (widget_class, copydesk_find_bar_next);
  gtk_widget_class_bind_template_callback (widget_class, copydesk_find_bar_previous);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0, "close", NULL);
}

static void
copydesk_find_bar_init (CopydeskFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = gtk_source_search_settings_new ();
  gtk_source_search_settings_set_wrap_around (self->settings, TRUE);
  g_object_bind_property (self->case_button, "active", self->settings, "case-sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->word_button, "active", self->settings, "at-word-boundaries",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
}

void
copydesk_find_bar_set_view (CopydeskFindBar *self,
                            GtkSourceView   *view)
{
  GtkSourceBuffer *buffer;

  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));
  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  g_set_weak_pointer (&self->view, view);
  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_clear_object (&self->context);
  self->context = gtk_source_search_context_new (buffer, self->settings);
  g_signal_connect_object (self->context, "notify::occurrences-count",
                           G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
}

void
copydesk_find_bar_set_replace_mode (CopydeskFindBar *self,
                                    gboolean         replace_mode)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_toggle_button_set_active (self->replace_toggle, replace_mode);
}

gboolean
copydesk_find_bar_get_replace_mode (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), FALSE);

  return gtk_toggle_button_get_active (self->replace_toggle);
}

void
copydesk_find_bar_set_search_text (CopydeskFindBar *self,
                                   const char      *text)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

void
copydesk_find_bar_set_replace_text (CopydeskFindBar *self,
                                    const char      *text)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->replace_entry), text);
}

void
copydesk_find_bar_focus_entry (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* -1 while the count is still being computed. */
int
copydesk_find_bar_get_occurrences (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), -1);

  return self->context != NULL
         ? gtk_source_search_context_get_occurrences_count (self->context) : -1;
}

const char *
copydesk_find_bar_get_status (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), NULL);

  update_status (self);
  return gtk_label_get_text (self->status_label);
}

GtkSourceSearchSettings *
copydesk_find_bar_get_settings (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), NULL);

  return self->settings;
}
