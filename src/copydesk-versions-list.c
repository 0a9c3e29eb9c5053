/* copydesk-versions-list.c: the versions kept of a story, in the details panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The versions folder beside the story (copydesk-version.h), read in a
 * thread whenever the document is opened or saved: one row per earlier
 * version (its number, signal, time and note to receivers) with Open
 * (read-only) and Compare (word by word with the story as it is now), and
 * the buttons that send the next version (the window's win.send-* actions).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-versions-dialogs.h"
#include "copydesk-versions-list.h"

struct _CopydeskVersionsList
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkLabel         *current_label;
  GtkListBox       *rows;
  GtkLabel         *empty_label;

  CopydeskDocument *document;
  GSignalGroup     *document_signals;
  GListStore       *versions;
  GCancellable     *cancellable;
  GtkWidget        *dialog;      /* weak */
  gboolean          loading;
};

G_DEFINE_FINAL_TYPE (CopydeskVersionsList, copydesk_versions_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_dialog (CopydeskVersionsList *self,
            GtkWidget            *dialog)
{
  g_set_weak_pointer (&self->dialog, dialog);
}

static void
on_open (GtkButton            *button,
         CopydeskVersionsList *self)
{
  CopydeskVersion *version = g_object_get_data (G_OBJECT (button), "version");

  set_dialog (self, copydesk_versions_show_version (GTK_WIDGET (self), version));
}

static void
on_compare (GtkButton            *button,
            CopydeskVersionsList *self)
{
  CopydeskVersion *version = g_object_get_data (G_OBJECT (button), "version");
  g_autoptr(CopydeskArticle) current = NULL;

  if (self->document == NULL)
    return;
  current = copydesk_document_snapshot (self->document);
  set_dialog (self, copydesk_versions_show_diff (GTK_WIDGET (self), version, current));
}

static GtkWidget *
row_button (CopydeskVersionsList *self,
            CopydeskVersion      *version,
            const char           *label,
            const char           *accessible,
            GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "version", g_object_ref (version), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CopydeskVersionsList *self = user_data;
  CopydeskVersion *version = item;
  guint number = copydesk_version_get_number (version);
  g_autofree char *title = copydesk_versions_dup_title (version);
  g_autofree char *open_name = g_strdup_printf (_("Open version %u"), number);
  g_autofree char *compare_name = g_strdup_printf (_("Compare version %u with this one"), number);
  const char *note = copydesk_version_get_ed_note (version);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (row), label);
  if (note != NULL && *note != '\0')
    {
      GtkWidget *note_label = gtk_label_new (note);

      gtk_label_set_xalign (GTK_LABEL (note_label), 0);
      gtk_label_set_wrap (GTK_LABEL (note_label), TRUE);
      gtk_widget_add_css_class (note_label, "caption");
      gtk_widget_add_css_class (note_label, "dim-label");
      gtk_box_append (GTK_BOX (row), note_label);
    }
  gtk_box_append (GTK_BOX (buttons), row_button (self, version, _("_Open"), open_name,
                                                 G_CALLBACK (on_open)));
  gtk_box_append (GTK_BOX (buttons), row_button (self, version, _("_Compare"), compare_name,
                                                 G_CALLBACK (on_compare)));
  gtk_box_append (GTK_BOX (row), buttons);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static void
update_current (CopydeskVersionsList *self)
{
  CopydeskArticle *article = self->document != NULL
                             ? copydesk_document_get_article (self->document) : NULL;
  gboolean saved = self->document != NULL && copydesk_document_get_file (self->document) != NULL
                   && !copydesk_document_get_is_sample (self->document);
  g_autofree char *text = NULL;

  if (article != NULL && saved)
    {
      CopydeskDesk *desk = copydesk_article_get_desk (article);
      guint version = copydesk_article_get_version (article);

      if (copydesk_desk_get_pub_status (desk) == COPYDESK_PUB_STATUS_CANCELED)
        text = g_strdup_printf (_("This is version %u: the story is killed."), version);
      else if (copydesk_desk_get_signal (desk) == COPYDESK_SIGNAL_CORRECTION)
        text = g_strdup_printf (_("This is version %u, a correction."), version);
      else if (copydesk_desk_get_signal (desk) == COPYDESK_SIGNAL_UPDATE)
        text = g_strdup_printf (_("This is version %u, an update."), version);
      else
        text = g_strdup_printf (_("This is version %u."), version);
    }
  else
    text = g_strdup (_("Save the story to send updates and corrections."));
  gtk_label_set_text (self->current_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          saved && g_list_model_get_n_items (G_LIST_MODEL (self->versions)) == 0);
}

static void
set_loading (CopydeskVersionsList *self,
             gboolean              loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
list_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GListModel *versions = copydesk_versions_list (task_data, &error);

  if (versions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, versions, g_object_unref);
}

static void
on_listed (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) versions = g_task_propagate_pointer (G_TASK (result), &error);
  CopydeskVersionsList *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = COPYDESK_VERSIONS_LIST (object);
  g_list_store_remove_all (self->versions);
  /* Newest first, as a desk reads a story's history. */
  for (guint i = versions != NULL ? g_list_model_get_n_items (versions) : 0; i > 0; i--)
    {
      g_autoptr(GObject) version = g_list_model_get_item (versions, i - 1);

      g_list_store_append (self->versions, version);
    }
  if (error != NULL)
    gtk_label_set_text (self->empty_label, error->message);
  else
    gtk_label_set_text (self->empty_label,
                        _("No earlier versions yet: Send Update, Send Correction and Kill keep each one here."));
  update_current (self);
  set_loading (self, FALSE);
}

void
copydesk_versions_list_reload (CopydeskVersionsList *self)
{
  GFile *file;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COPYDESK_IS_VERSIONS_LIST (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  file = self->document != NULL && !copydesk_document_get_is_sample (self->document)
         ? copydesk_document_get_file (self->document) : NULL;
  if (file == NULL)
    {
      g_list_store_remove_all (self->versions);
      update_current (self);
      set_loading (self, FALSE);
      return;
    }
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, on_listed, NULL);
  g_task_set_source_tag (task, copydesk_versions_list_reload);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, list_in_thread);
}

/* Opened, saved (a send is a save) or given another file. */
static void
on_document_state (CopydeskVersionsList *self)
{
  if (self->document == NULL || copydesk_document_get_busy (self->document))
    return;
  if (copydesk_document_get_modified (self->document))
    {
      update_current (self);
      return;
    }
  copydesk_versions_list_reload (self);
}

static void
copydesk_versions_list_dispose (GObject *object)
{
  CopydeskVersionsList *self = COPYDESK_VERSIONS_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document_signals);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->versions);
  g_clear_weak_pointer (&self->dialog);
  G_OBJECT_CLASS (copydesk_versions_list_parent_class)->dispose (object);
}

static void
copydesk_versions_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CopydeskVersionsList *self = COPYDESK_VERSIONS_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_LOADING: g_value_set_boolean (value, self->loading); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_versions_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CopydeskVersionsList *self = COPYDESK_VERSIONS_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: copydesk_versions_list_set_document (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_versions_list_class_init (CopydeskVersionsListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_versions_list_dispose;
  object_class->get_property = copydesk_versions_list_get_property;
  object_class->set_property = copydesk_versions_list_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, COPYDESK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
send_button (const char *label,
             const char *name,
             const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  GtkWidget *text = gtk_button_get_child (GTK_BUTTON (button));

  /* three in a row: a longer label (German, French) is cut short, its
   * whole text in the tooltip, rather than widening the sidebar */
  if (GTK_IS_LABEL (text))
    gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (button, name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
build (CopydeskVersionsList *self)
{
  GtkWidget *heading = gtk_label_new (_("Versions"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *kill;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "field-label");
  gtk_box_append (GTK_BOX (self->box), heading);
  self->current_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->current_label, 0);
  gtk_label_set_wrap (self->current_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->current_label), "caption");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->current_label));
  gtk_box_append (GTK_BOX (buttons), send_button (_("_Update…"), _("Send Update"), "win.send-update"));
  gtk_box_append (GTK_BOX (buttons), send_button (_("Co_rrection…"), _("Send Correction"), "win.send-correction"));
  kill = send_button (_("_Kill…"), _("Kill Story"), "win.kill-story");
  gtk_widget_add_css_class (kill, "destructive-action");
  gtk_box_append (GTK_BOX (buttons), kill);
  gtk_box_append (GTK_BOX (self->box), buttons);
  self->rows = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->rows, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Earlier versions"), -1);
  gtk_list_box_bind_model (self->rows, G_LIST_MODEL (self->versions), create_row, self, NULL);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->rows));
  self->empty_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->empty_label, 0);
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->empty_label));
  g_object_bind_property_full (self->versions, "n-items", self->rows, "visible",
                               G_BINDING_SYNC_CREATE, NULL, NULL, NULL, NULL);
}

static void
copydesk_versions_list_init (CopydeskVersionsList *self)
{
  self->versions = g_list_store_new (COPYDESK_TYPE_VERSION);
  build (self);
  self->document_signals = g_signal_group_new (COPYDESK_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (on_document_state), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (on_document_state), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::busy",
                                  G_CALLBACK (on_document_state), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::article",
                                  G_CALLBACK (update_current), self);
  update_current (self);
}

GtkWidget *
copydesk_versions_list_new (void)
{
  return g_object_new (COPYDESK_TYPE_VERSIONS_LIST, NULL);
}

CopydeskDocument *
copydesk_versions_list_get_document (CopydeskVersionsList *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSIONS_LIST (self), NULL);

  return self->document;
}

void
copydesk_versions_list_set_document (CopydeskVersionsList *self,
                                     CopydeskDocument     *document)
{
  g_return_if_fail (COPYDESK_IS_VERSIONS_LIST (self));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  copydesk_versions_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
copydesk_versions_list_get_loading (CopydeskVersionsList *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSIONS_LIST (self), FALSE);

  return self->loading;
}

GListModel *
copydesk_versions_list_get_versions (CopydeskVersionsList *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSIONS_LIST (self), NULL);

  return G_LIST_MODEL (self->versions);
}

GtkWidget *
_copydesk_versions_list_get_dialog (CopydeskVersionsList *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSIONS_LIST (self), NULL);

  return self->dialog;
}
