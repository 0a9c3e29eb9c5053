/* ui-test-util.c: the editor window on the sample, for UI tests and the
 * screenshot tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>
#include <adwaita.h>

#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "copydesk-test-util.h"
#include "ui-test-util.h"

/* A folder of its own for an application's drafts, so that no test sees
 * another's (nor a run's those of the run before). */
static GFile *
make_draft_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-drafts-XXXXXX", &error);

  if (path == NULL)
    g_error ("could not make a folder for drafts: %s", error->message);
  return g_file_new_for_path (path);
}

void
ui_test_remove_tree (GFile *folder)
{
  copydesk_test_remove_tree (folder);
}

/* An application id of the tests' own, new for each application: a test
 * never takes Copydesk's name, and two applications of one process never
 * export their objects at the same path. */
char *
ui_test_app_id (void)
{
  static guint serial;

  return g_strdup_printf ("%s.Test.P%d_%u", APP_ID, (int) getpid (), ++serial);
}

/* An application under a test id of its own, registered and held, so
 * windows can come and go without it quitting, with its drafts in @store.
 * Needs gtk_init() first. */
CopydeskApplication *
ui_test_app_new_on (CopydeskDraftStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = ui_test_app_id ();
  g_autoptr(CopydeskSession) session = copydesk_session_new (store);
  CopydeskApplication *app = copydesk_application_new ();

  copydesk_application_set_session (app, session);
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("could not start the application: %s", error->message);
  g_application_hold (G_APPLICATION (app));
  return app;
}

/* The same, with its drafts in a fresh folder. */
CopydeskApplication *
ui_test_app_new (void)
{
  g_autoptr(GFile) folder = make_draft_folder ();
  g_autoptr(CopydeskDraftStore) store = copydesk_draft_store_new (folder);

  return ui_test_app_new_on (store);
}

void
ui_test_app_free (CopydeskApplication *app)
{
  CopydeskSession *session = copydesk_application_get_session (app);
  GFile *folder = copydesk_draft_store_get_folder (copydesk_session_get_draft_store (session));

  ui_test_remove_tree (folder);
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}

/* The widget (not a label) whose accessible name is @label, as a screen
 * reader finds it; %NULL when there is none. */
GtkWidget *
ui_test_find_labelled (GtkWidget  *root,
                       const char *label)
{
  g_autofree char *mismatch = NULL;

  /* A label names itself with its text; fields are what we look for. */
  if (!GTK_IS_LABEL (root)
      && gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (root),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      if (mismatch == NULL)
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
first_label (GtkWidget *root)
{
  if (GTK_IS_LABEL (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of @window's banner named @name ("Error", "Notes", "Recovery"),
 * as it shows; %NULL when the banner is hidden. */
const char *
ui_test_banner_text (CopydeskWindow *window,
                     const char     *name)
{
  GtkWidget *banner = ui_test_find_labelled (GTK_WIDGET (window), name);
  GtkWidget *label;

  g_assert_true (GTK_IS_INFO_BAR (banner));
  if (!gtk_info_bar_get_revealed (GTK_INFO_BAR (banner)))
    return NULL;
  /* The message label is the first label in it (buttons come after). */
  label = first_label (banner);
  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The article @window shows: its document's. */
CopydeskArticle *
ui_test_article (CopydeskWindow *window)
{
  return copydesk_document_get_article (copydesk_window_get_document (window));
}

/* The body view, as a screen reader finds it: by its accessible name, in
 * the language the program runs in (the screenshot tool runs in German and
 * French too). */
GtkSourceView *
ui_test_body_view (CopydeskWindow *window)
{
  GtkWidget *view = ui_test_find_labelled (GTK_WIDGET (window), g_dgettext (GETTEXT_PACKAGE, "Body"));

  g_assert_true (GTK_SOURCE_IS_VIEW (view));
  return GTK_SOURCE_VIEW (view);
}

/* The message dialog @window shows (the close dialog), %NULL when none. */
GtkWidget *
ui_test_dialog_of (CopydeskWindow *window)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (top) && gtk_window_get_transient_for (top) == GTK_WINDOW (window)
          && gtk_widget_get_visible (GTK_WIDGET (top)))
        return GTK_WIDGET (top);
    }
  return NULL;
}

gboolean
ui_test_not_busy (gpointer window)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (window));
}

static gboolean
preview_current (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

/* A window, not shown yet, on a new document of the application's session. */
CopydeskWindow *
ui_test_window_new (CopydeskApplication *app)
{
  g_autoptr(CopydeskDocument) document =
    copydesk_session_add_document (copydesk_application_get_session (app));

  return copydesk_window_new (GTK_APPLICATION (app), document);
}

/* A window of @width × @height on the bundled sample, once it is loaded and
 * the preview (shown or not, as the settings say) has caught up. */
CopydeskWindow *
ui_test_open_sample (CopydeskApplication *app,
                     int                  width,
                     int                  height)
{
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  CopydeskWindow *window = ui_test_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  copydesk_window_open (window, sample, TRUE);
  preview_test_wait (ui_test_not_busy, window);
  preview_test_wait (preview_current, _copydesk_window_get_preview (window));
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  return window;
}

void
ui_test_folder_set_up (UiTestFolder  *f,
                       gconstpointer  data)
{
  f->app = ui_test_app_new ();
  f->dir = g_dir_make_tmp ("copydesk-ui-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

void
ui_test_folder_tear_down (UiTestFolder  *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->dir);
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (f->app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  ui_test_remove_tree (dir);
  g_free (f->dir);
  ui_test_app_free (f->app);
}

void
ui_test_respond (AdwMessageDialog *dialog,
                 const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}
