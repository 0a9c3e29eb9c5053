/* copydesk-window.c: the editor window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is given one document, for its whole life, and shows it in a
 * CopydeskEditor (the form, the find bar, the details). The window keeps
 * the chrome: the header bar and title, the actions and their enabled
 * state, the banners and toasts (copydesk-window-banners.c), the file
 * dialogs (copydesk-window-files.c) and the panels beside the editor
 * (copydesk-window-panes.c). File work lives in CopydeskDocument; the
 * window only asks for files, starts the work and shows what came of it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-checks-view.h"
#include "copydesk-versions-actions.h"
#include "copydesk-window-internal.h"

G_DEFINE_FINAL_TYPE (CopydeskWindow, copydesk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Window actions made from boolean settings. */
static const char * const settings_actions[] = {
  "show-preview", "show-photos", "show-details", "show-checks",
};

/* Title and state */

static void
update_title (CopydeskWindow *self)
{
  g_autofree char *title = copydesk_document_dup_title (self->document);
  g_autofree char *shown = NULL;
  g_autofree char *full = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file = copydesk_document_get_file (self->document);
  gboolean modified = copydesk_document_get_modified (self->document);

  shown = modified ? g_strdup_printf ("• %s", title) : g_strdup (title);
  /* Translators: the window title: the headline, then the application */
  full = g_strdup_printf (_("%s — Copydesk"), shown);
  if (copydesk_document_get_is_sample (self->document))
    subtitle = g_strdup (_("Sample article — save it under a new name to keep it"));
  else if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *home = path != NULL ? g_strdup (g_get_home_dir ()) : NULL;

      if (path != NULL && g_str_has_prefix (path, home))
        subtitle = g_strdup_printf ("~%s", path + strlen (home));
      else
        subtitle = g_file_get_parse_name (file);
    }
  else
    subtitle = g_strdup (_("Not saved"));
  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), full);
}

/* The one place the window's actions get their enabled state, from the
 * document's: anything that reads or replaces the article waits while it
 * is busy (a load, import or save in flight). Find, replace and close are
 * always there. */
static void
update_actions (CopydeskWindow *self)
{
  gboolean busy = copydesk_document_get_busy (self->document);
  const char *names[] = {
    "win.open", "win.open-recent", "win.import", "win.save", "win.save-as",
    "win.export-wire", "win.structure-paste",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), names[i], !busy);
  _copydesk_window_update_desk_actions (self);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

/* The editor follows the document's article by itself; the window keeps
 * it for the panels (notify::article) and the banners. */
static void
set_article (CopydeskWindow  *self,
             CopydeskArticle *article)
{
  if (!g_set_object (&self->article, article))
    return;
  gtk_info_bar_set_revealed (self->paste_banner, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

static void
on_document_article (CopydeskWindow *self)
{
  set_article (self, copydesk_document_get_article (self->document));
  update_title (self);
}

static void
action_close (GtkWidget  *user_data,
              const char *name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
remember_size (CopydeskWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 300));
    }
}

static gboolean
copydesk_window_close_request (GtkWindow *window)
{
  CopydeskWindow *self = COPYDESK_WINDOW (window);

  /* An edit marks the document at once: nothing to flush to know. */
  if (copydesk_document_get_modified (self->document) && !self->close_confirmed)
    {
      _copydesk_window_ask_to_save (self);
      return TRUE;
    }
  remember_size (self);
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (copydesk_window_parent_class)->close_request (window);
}

/* GObject */

static void
copydesk_window_dispose (GObject *object)
{
  CopydeskWindow *self = COPYDESK_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->document != NULL)
    {
      /* The session may keep the document (and its buffer) past the window. */
      g_signal_handlers_disconnect_by_data (copydesk_document_get_buffer (self->document), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }
  _copydesk_window_dispose_panes (self);
  /* A settings action can outlive the window, and the window's action group
   * does not disconnect from its actions when it goes: a later change of the
   * setting (from another window) would then notify a freed group. */
  for (guint i = 0; i < G_N_ELEMENTS (settings_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), settings_actions[i]);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_WINDOW);
  g_clear_object (&self->article);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (copydesk_window_parent_class)->dispose (object);
}

/* The document is given at construction (the session's, or a plain one);
 * everything that follows it starts here. */
static void
copydesk_window_constructed (GObject *object)
{
  CopydeskWindow *self = COPYDESK_WINDOW (object);
  G_OBJECT_CLASS (copydesk_window_parent_class)->constructed (object);
  if (self->document == NULL)
    self->document = copydesk_document_new ();
  /* The editor page shows the document; the window keeps the chrome. */
  copydesk_editor_set_document (self->editor, self->document);
  g_signal_connect_object (self->document, "notify::article", G_CALLBACK (on_document_article),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::modified", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::is-sample", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  _copydesk_window_init_banners (self);
  g_settings_bind (self->settings, "autosave-delay", self->document, "autosave-delay",
                   G_SETTINGS_BIND_GET);

  set_article (self, copydesk_document_get_article (self->document));
  _copydesk_window_init_panes (self);
  _copydesk_window_init_desk (self);
  update_title (self);
  update_actions (self);
  _copydesk_window_update_recent (self);
}

static void
copydesk_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CopydeskWindow *self = COPYDESK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CopydeskWindow *self = COPYDESK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: self->document = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_window_class_init (CopydeskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = copydesk_window_constructed;
  object_class->dispose = copydesk_window_dispose;
  object_class->get_property = copydesk_window_get_property;
  object_class->set_property = copydesk_window_set_property;
  window_class->close_request = copydesk_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, COPYDESK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * CopydeskWindow:article:
   *
   * The article being edited; notified when open or import replaces it.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (COPYDESK_TYPE_EDITOR);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, action_close);
  _copydesk_window_class_add_file_actions (widget_class);
  _copydesk_window_class_add_pane_actions (widget_class);
  _copydesk_window_class_add_desk_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-window.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, CopydeskWindow, name)
  CHILD (window_title);
  CHILD (header_bar);
  CHILD (spinner);
  CHILD (error_banner);
  CHILD (error_label);
  CHILD (notes_banner);
  CHILD (recovery_banner);
  CHILD (recovery_label);
  CHILD (notes_label);
  CHILD (paste_banner);
  CHILD (toast_overlay);
  CHILD (side_flap);
  CHILD (preview_flap);
  CHILD (side_stack);
  CHILD (details_slot);
  CHILD (checks_slot);
  CHILD (photos_slot);
  CHILD (preview_slot);
  CHILD (editor);
  CHILD (recent_menu);
#undef CHILD
  _copydesk_window_class_bind_banners (widget_class);
}

static void
add_settings_action (CopydeskWindow *self,
                     const char     *key)
{
  g_autoptr(GAction) action = g_settings_create_action (self->settings, key);

  g_action_map_add_action (G_ACTION_MAP (self), action);
}

static void
copydesk_window_init (CopydeskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_info_bar_add_button (self->notes_banner, _("_Show"), GTK_RESPONSE_ACCEPT);
  gtk_info_bar_add_button (self->paste_banner, _("_Structure"), GTK_RESPONSE_ACCEPT);

  self->settings = g_settings_new (APP_ID);
  self->body_view = copydesk_editor_get_body_view (self->editor);
  /* The page's own actions, for the menu and the accelerators. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "editor",
                                  copydesk_editor_get_actions (self->editor));
  /* The Checks view on the sidebar's "checks" page, its count in the
   * header bar (issue 16). */
  copydesk_window_set_checks_view (self, GTK_WIDGET (copydesk_checks_view_get_for_editor (self->editor)));
  adw_header_bar_pack_end (self->header_bar, copydesk_checks_view_new_button (
                             copydesk_checks_view_get_for_editor (self->editor)));
  self->cancellable = g_cancellable_new ();

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (settings_actions); i++)
    add_settings_action (self, settings_actions[i]);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_copydesk_window_update_recent), self, G_CONNECT_SWAPPED);
  copydesk_editor_focus_start (self->editor);
}

/**
 * copydesk_window_new:
 * @document: (nullable): the document the window edits, for the whole of
 *   its life (copydesk_session_add_document()); %NULL for one of its own,
 *   with no drafts
 */
CopydeskWindow *
copydesk_window_new (GtkApplication   *application,
                     CopydeskDocument *document)
{
  g_return_val_if_fail (document == NULL || COPYDESK_IS_DOCUMENT (document), NULL);

  return g_object_new (COPYDESK_TYPE_WINDOW, "application", application, "document", document,
                       NULL);
}

CopydeskDocument *
copydesk_window_get_document (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->document;
}

/* Private API */



GFile *
_copydesk_window_dup_folder (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return copydesk_document_dup_folder (self->document);
}

guint
_copydesk_window_get_block_at_cursor (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), 0);

  return copydesk_body_buffer_get_block_at_cursor (copydesk_document_get_buffer (self->document));
}

void
_copydesk_window_place_cursor_at_block (CopydeskWindow *self,
                                        guint           index)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));

  copydesk_body_view_place_cursor_at_block (self->body_view, index);
}

void
_copydesk_window_insert_placement (CopydeskWindow *self,
                                   const char     *photo_id)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));

  copydesk_body_buffer_insert_placement (copydesk_document_get_buffer (self->document), photo_id);
}


GtkBox *
_copydesk_window_get_preview_slot (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->preview_slot;
}

GtkBox *
_copydesk_window_get_photos_slot (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->photos_slot;
}




const char *
_copydesk_window_get_last_toast (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->last_toast;
}

