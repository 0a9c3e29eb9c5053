/* copydesk-application.c: the Copydesk application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "copydesk-about.h"
#include "copydesk-application.h"
#include "copydesk-quit-dialog.h"
#include "copydesk-resources.h"
#include "copydesk-window.h"

struct _CopydeskApplication
{
  AdwApplication      parent_instance;

  CopydeskSession    *session;
};

G_DEFINE_FINAL_TYPE (CopydeskApplication, copydesk_application, ADW_TYPE_APPLICATION)

/* Copydesk's data files (sample, body language, styles): $COPYDESK_DATA_DIR
 * when set, which an uninstalled build and the tests point at the source
 * tree's data/ folder; otherwise where they are installed. */
static char *
data_path (const char *name)
{
  const char *dir = g_getenv ("COPYDESK_DATA_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_build_filename (dir, name, NULL);
  return g_build_filename (PKGDATADIR, name, NULL);
}

/**
 * copydesk_application_dup_sample:
 *
 * Returns: (transfer full): the bundled sample article, which may not exist
 */
GFile *
copydesk_application_dup_sample (void)
{
  g_autofree char *dir = data_path ("sample");

  return g_file_new_build_filename (dir, "sample-article.xml", NULL);
}

/* The session: drafts, recovery and the open documents */

/**
 * copydesk_application_get_session:
 *
 * Returns: (transfer none): the session, with its drafts where
 *   copydesk_draft_store_get_default() keeps them unless one was set
 */
CopydeskSession *
copydesk_application_get_session (CopydeskApplication *self)
{
  g_return_val_if_fail (COPYDESK_IS_APPLICATION (self), NULL);

  if (self->session == NULL)
    self->session = copydesk_session_new (NULL);
  return self->session;
}

/* Before any window or recovery; tests give each application a folder. */
void
copydesk_application_set_session (CopydeskApplication *self,
                                  CopydeskSession     *session)
{
  g_return_if_fail (COPYDESK_IS_APPLICATION (self));
  g_return_if_fail (COPYDESK_IS_SESSION (session));

  g_set_object (&self->session, session);
}

/**
 * copydesk_application_new_window:
 *
 * Returns: (transfer none): a new window, shown, given a new document of
 *   the session's
 */
CopydeskWindow *
copydesk_application_new_window (CopydeskApplication *self)
{
  g_autoptr(CopydeskDocument) document = NULL;
  CopydeskWindow *window;

  g_return_val_if_fail (COPYDESK_IS_APPLICATION (self), NULL);

  document = copydesk_session_add_document (copydesk_application_get_session (self));
  window = copydesk_window_new (GTK_APPLICATION (self), document);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * copydesk_application_recover:
 *
 * Begins the session, once: when the last one did not end cleanly, each
 * draft it left opens in a window of its own.
 *
 * Returns: how many windows were opened for drafts
 */
guint
copydesk_application_recover (CopydeskApplication *self)
{
  g_autoptr(GPtrArray) drafts = NULL;

  g_return_val_if_fail (COPYDESK_IS_APPLICATION (self), 0);

  drafts = copydesk_session_begin (copydesk_application_get_session (self));
  for (guint i = 0; i < drafts->len; i++)
    copydesk_window_recover (copydesk_application_new_window (self),
                             g_ptr_array_index (drafts, i));
  return drafts->len;
}

static void
copydesk_application_shutdown (GApplication *app)
{
  CopydeskApplication *self = COPYDESK_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  /* Every window has been closed, each asking about its changes: a clean
   * end, with nothing to offer on the next start. */
  if (self->session != NULL && !copydesk_session_end (self->session, &error))
    g_message ("Drafts: %s", error->message);
  G_APPLICATION_CLASS (copydesk_application_parent_class)->shutdown (app);
}

/* A window gone: the session no longer keeps its document open. */
static void
copydesk_application_window_removed (GtkApplication *app,
                                     GtkWindow      *window)
{
  CopydeskApplication *self = COPYDESK_APPLICATION (app);

  if (self->session != NULL && COPYDESK_IS_WINDOW (window))
    copydesk_session_remove_document (self->session,
                                      copydesk_window_get_document (COPYDESK_WINDOW (window)));
  GTK_APPLICATION_CLASS (copydesk_application_parent_class)->window_removed (app, window);
}

static void
copydesk_application_dispose (GObject *object)
{
  g_clear_object (&COPYDESK_APPLICATION (object)->session);
  G_OBJECT_CLASS (copydesk_application_parent_class)->dispose (object);
}

/* Started with no file: the sample article, so there is a story to look at. */
static void
copydesk_application_activate (GApplication *app)
{
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  CopydeskWindow *window;

  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }
  if (copydesk_application_recover (COPYDESK_APPLICATION (app)) > 0)
    return;
  window = copydesk_application_new_window (COPYDESK_APPLICATION (app));
  if (g_file_query_exists (sample, NULL))
    copydesk_window_open (window, sample, TRUE);
}

static void
copydesk_application_open (GApplication  *app,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();

  copydesk_application_recover (COPYDESK_APPLICATION (app));
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      CopydeskWindow *window = copydesk_application_new_window (COPYDESK_APPLICATION (app));

      /* Plain text is imported; everything else is read as NewsML-G2. */
      if (name != NULL && g_str_has_suffix (name, ".txt"))
        copydesk_window_import (window, files[i]);
      else
        /* The bundled sample opens, but never gets overwritten. */
        copydesk_window_open (window, files[i], g_file_equal (files[i], sample));
    }
}

static void
action_new (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  copydesk_application_new_window (user_data);
}

/* One dialog for every unsaved story, however many windows there are. */
static void
action_quit (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  copydesk_quit_dialog_quit (GTK_APPLICATION (user_data));
}

static void
action_about (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  copydesk_about_present (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static gboolean
uint_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));
  return TRUE;
}

static GVariant *
uint_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) g_value_get_double (value));
}

static void
on_schema_applied (GtkEditable *row)
{
  GSettings *settings = g_object_get_data (G_OBJECT (row), "settings");
  g_autofree char *path = g_strstrip (g_strdup (gtk_editable_get_text (row)));

  g_settings_set_string (settings, "newsml-schema-path", path);
}

static void
action_preferences (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/org/copydesk/Copydesk/copydesk-preferences.ui");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "preferences"));
  GtkEditable *schema_row;
  g_autofree char *schema = NULL;
  const char *keys[][2] = {
    { "headline-limit", "headline_spin" },
    { "standfirst-limit", "standfirst_spin" },
    { "caption-limit", "caption_spin" },
    { "autosave-delay", "autosave_spin" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_bind_with_mapping (settings, keys[i][0],
                                  gtk_builder_get_object (builder, keys[i][1]), "value",
                                  G_SETTINGS_BIND_DEFAULT, uint_from_setting, uint_to_setting,
                                  NULL, NULL);
  schema_row = GTK_EDITABLE (gtk_builder_get_object (builder, "schema_row"));
  schema = g_settings_get_string (settings, "newsml-schema-path");
  gtk_editable_set_text (schema_row, schema);
  /* Applied with the row's button or Enter, not at every keystroke: each
   * change makes the preview load the schema again. */
  g_object_set_data_full (G_OBJECT (schema_row), "settings", g_object_ref (settings),
                          g_object_unref);
  g_signal_connect (schema_row, "apply", G_CALLBACK (on_schema_applied), NULL);
  gtk_window_set_transient_for (window,
                                gtk_application_get_active_window (GTK_APPLICATION (user_data)));
  gtk_window_present (window);
}

static const GActionEntry app_entries[] = {
  { "new", action_new },
  { "quit", action_quit },
  { "about", action_about },
  { "preferences", action_preferences },
};

static void
set_accels (GtkApplication *app)
{
  const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Primary>n", NULL } },
    { "app.quit", { "<Primary>q", NULL } },
    { "app.preferences", { "<Primary>comma", NULL } },
    { "win.open", { "<Primary>o", NULL } },
    { "win.save", { "<Primary>s", NULL } },
    { "win.save-as", { "<Primary><Shift>s", NULL } },
    { "win.import", { "<Primary>i", NULL } },
    { "win.export-wire", { "<Primary>e", NULL } },
    { "editor.find", { "<Primary>f", NULL } },
    { "editor.replace", { "<Primary>h", NULL } },
    { "win.close", { "<Primary>w", NULL } },
    { "win.show-preview", { "<Primary><Shift>p", NULL } },
    { "win.show-details", { "F9", NULL } },
    { "win.show-help-overlay", { "<Primary>question", "<Primary>F1", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
copydesk_application_startup (GApplication *app)
{
  g_autofree char *languages = data_path ("language-specs");
  g_autofree char *styles = data_path ("styles");

  G_APPLICATION_CLASS (copydesk_application_parent_class)->startup (app);

  gtk_source_init ();
  gtk_source_language_manager_prepend_search_path (gtk_source_language_manager_get_default (),
                                                   languages);
  gtk_source_style_scheme_manager_prepend_search_path (
    gtk_source_style_scheme_manager_get_default (), styles);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries),
                                   app);
  set_accels (GTK_APPLICATION (app));
  gtk_window_set_default_icon_name (APP_ID);
}

static void
copydesk_application_class_init (CopydeskApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  /* Registered by hand: a constructor in a static library may never link. */
  copydesk_register_resource ();
  G_OBJECT_CLASS (klass)->dispose = copydesk_application_dispose;
  app_class->startup = copydesk_application_startup;
  app_class->shutdown = copydesk_application_shutdown;
  app_class->activate = copydesk_application_activate;
  app_class->open = copydesk_application_open;
  gtk_app_class->window_removed = copydesk_application_window_removed;
}

static void
copydesk_application_init (CopydeskApplication *self)
{
}

CopydeskApplication *
copydesk_application_new (void)
{
  return g_object_new (COPYDESK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/copydesk/Copydesk",
                       NULL);
}
