/* test-wiredesk.c: one quit dialog, the export pre-flight, and the small
 * window items of issue 15
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-photo-card.h"
#include "copydesk-photo-panel.h"
#include "copydesk-photos-private.h"
#include "copydesk-preview-pane-private.h"
#include "photo-fixtures.h"
#include "copydesk-quit-dialog.h"
#include "copydesk-time.h"
#include "copydesk-window-internal.h"
#include "copydesk-window-private.h"
#include "copydesk-wire-export-dialog.h"
#include "copydesk-test-util.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static const char PAGE[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Ferry timetable changes from Monday</title></head><body><article>"
  "<h1>Ferry timetable changes from Monday</h1>"
  "<p>The island ferry will leave twenty minutes earlier on weekdays, the operator said.</p>"
  "<figure><img src=\"https://news.example/ferry-1.jpg\" alt=\"The ferry at the pier\">"
  "<figcaption>The morning ferry at the north pier.</figcaption></figure>"
  "<p>Passengers asked for the change last winter.</p>"
  "<figure><img src=\"https://news.example/ferry-2.jpg\" alt=\"\">"
  "<figcaption>The timetable board.</figcaption></figure>"
  "</article></body></html>";

typedef UiTestFolder Fixture;


/* With COPYDESK_SHOTS=folder, the dialogs and the Wire tab are saved as
 * PNG there, to be looked at. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("COPYDESK_SHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  preview_test_wait_frames (widget, 6);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  if (!preview_test_save_png (widget, path, &error))
    g_test_message ("no screenshot: %s", error->message);
}


static gboolean
export_toast_shown (gpointer data)
{
  const char *toast = _copydesk_window_get_last_toast (data);

  return toast != NULL && g_str_has_prefix (toast, "Exported");
}

/* A window on a story saved as @name in the fixture's folder, then edited. */
static CopydeskWindow *
edited_window (Fixture    *f,
               const char *name,
               const char *headline)
{
  CopydeskWindow *window = ui_test_window_new (f->app);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *edited = g_strconcat (headline, " (edited)", NULL);
  CopydeskDocument *document = copydesk_window_get_document (window);

  gtk_window_present (GTK_WINDOW (window));
  copydesk_article_set_headline (ui_test_article (window), headline);
  copydesk_window_save (window, file);
  preview_test_wait (ui_test_not_busy, window);
  g_assert_false (copydesk_document_get_modified (document));
  copydesk_article_set_headline (ui_test_article (window), edited);
  g_assert_true (copydesk_document_get_modified (document));
  return window;
}

static guint
count_message_dialogs (CopydeskQuitDialog **quit)
{
  GList *toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  *quit = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        n++;
        if (COPYDESK_IS_QUIT_DIALOG (l->data))
          *quit = l->data;
      }
  g_list_free (toplevels);
  return n;
}

static gboolean
no_dialog (gpointer data)
{
  CopydeskQuitDialog *unused;

  return count_message_dialogs (&unused) == 0;
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (data) == NULL;
}

static char *
file_text (Fixture    *f,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static guint
index_of (CopydeskQuitDialog *dialog,
          const char         *title)
{
  for (guint i = 0; i < copydesk_quit_dialog_get_n_stories (dialog); i++)
    if (g_str_equal (copydesk_quit_dialog_get_title (dialog, i), title))
      return i;
  g_assert_not_reached ();
}

static CopydeskQuitDialog *
quit (Fixture *f)
{
  CopydeskQuitDialog *dialog = NULL;

  preview_test_wait (no_dialog, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "quit", NULL);
  preview_test_wait_frames (
    GTK_WIDGET (gtk_application_get_windows (GTK_APPLICATION (f->app))->data), 2);
  /* one dialog, whatever the number of windows */
  g_assert_cmpuint (count_message_dialogs (&dialog), ==, 1);
  g_assert_nonnull (dialog);
  return dialog;
}

/* Two unsaved windows: one dialog lists both; Cancel keeps everything;
 * saving one and discarding the other quits with exactly that on disk. */
static void
test_quit_one_dialog (Fixture       *f,
                      gconstpointer  data)
{
  CopydeskWindow *one = edited_window (f, "one.xml", "Bridge reopens");
  CopydeskWindow *two = edited_window (f, "two.xml", "Market moves");
  CopydeskQuitDialog *dialog = quit (f);
  g_autofree char *one_text = NULL;
  g_autofree char *two_text = NULL;

  g_assert_cmpuint (copydesk_quit_dialog_get_n_stories (dialog), ==, 2);
  shot (GTK_WIDGET (dialog), "quit-dialog");
  index_of (dialog, "Bridge reopens (edited)");
  ui_test_respond (ADW_MESSAGE_DIALOG (dialog), "cancel");
  preview_test_wait (no_dialog, NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (f->app))), ==, 2);
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (one)));
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (two)));

  dialog = quit (f);
  copydesk_quit_dialog_set_save (dialog, index_of (dialog, "Market moves (edited)"), FALSE);
  ui_test_respond (ADW_MESSAGE_DIALOG (dialog), "save");
  preview_test_wait (no_windows, f->app);

  one_text = file_text (f, "one.xml");
  two_text = file_text (f, "two.xml");
  g_assert_nonnull (strstr (one_text, "Bridge reopens (edited)"));
  g_assert_null (strstr (two_text, "(edited)"));
  g_assert_nonnull (strstr (two_text, "Market moves"));
}

static gboolean
error_shown (gpointer data)
{
  return ui_test_banner_text (data, "Error") != NULL;
}

/* A save that fails keeps every window open: nothing is lost unasked. */
static void
test_quit_failed_save (Fixture       *f,
                       gconstpointer  data)
{
  CopydeskWindow *one = edited_window (f, "one.xml", "Bridge reopens");
  CopydeskWindow *two = edited_window (f, "two.xml", "Market moves");
  g_autofree char *path = g_build_filename (f->dir, "one.xml", NULL);
  CopydeskQuitDialog *dialog;

  /* the file's place becomes a folder: the save cannot replace it */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  dialog = quit (f);
  ui_test_respond (ADW_MESSAGE_DIALOG (dialog), "save");
  preview_test_wait (error_shown, one);
  preview_test_wait (ui_test_not_busy, two);
  preview_test_wait_frames (GTK_WIDGET (one), 3);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (f->app))), ==, 2);
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (one)));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (two)));
}

/* Discard All quits without writing anything. */
static void
test_quit_discard_all (Fixture       *f,
                       gconstpointer  data)
{
  edited_window (f, "one.xml", "Bridge reopens");
  edited_window (f, "two.xml", "Market moves");
  {
    CopydeskQuitDialog *dialog = quit (f);
    g_autofree char *one_text = NULL;

    ui_test_respond (ADW_MESSAGE_DIALOG (dialog), "discard");
    preview_test_wait (no_windows, f->app);
    one_text = file_text (f, "one.xml");
    g_assert_null (strstr (one_text, "(edited)"));
  }
}

/* ------------------------------------------------------------ export */

static CopydeskWindow *
imported_window (Fixture *f)
{
  CopydeskWindow *window = ui_test_window_new (f->app);
  g_autofree char *path = g_build_filename (f->dir, "ferry.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, PAGE, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  copydesk_window_import (window, file);
  preview_test_wait (ui_test_not_busy, window);
  g_assert_cmpuint (g_list_model_get_n_items (
                      copydesk_article_get_photos (ui_test_article (window))), ==, 2);
  return window;
}

static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static const char *
extra_text (AdwMessageDialog *dialog)
{
  GtkWidget *label = adw_message_dialog_get_extra_child (dialog);

  g_assert_true (GTK_IS_LABEL (label));
  /* a list reads from the left, not centred */
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (label)), ==, 0.0);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Export lists what receivers will miss and asks before it writes; Cancel
 * writes nothing. */
static void
test_export_asks_first (Fixture       *f,
                        gconstpointer  data)
{
  CopydeskWindow *window = imported_window (f);
  g_autoptr(CopydeskArticle) snapshot =
    copydesk_document_snapshot (copydesk_window_get_document (window));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) none = NULL;
  CopydeskQuitDialog *unused;
  AdwMessageDialog *ask = NULL;
  GList *toplevels;
  const char *text;

  copydesk_wire_export_dialog_async (GTK_WINDOW (window), snapshot, NULL, NULL, NULL, keep_result,
                                     &result);
  g_assert_cmpuint (count_message_dialogs (&unused), ==, 1);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      ask = l->data;
  g_list_free (toplevels);
  text = extra_text (ask);
  shot (GTK_WIDGET (ask), "export-preflight");
  g_test_message ("asks: %s", text);
  g_assert_nonnull (strstr (text, "• 2 of 2 photos have no file"));
  g_assert_nonnull (strstr (text, "• 2 photos have no credit"));
  g_assert_nonnull (strstr (text, "• 1 photo has no alt text"));
  g_assert_null (result);

  ui_test_respond (ask, "cancel");
  preview_test_wait (has_result, &result);
  none = copydesk_wire_export_dialog_finish (result, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static gboolean
wire_checked (gpointer data)
{
  CopydeskPreviewPane *pane = COPYDESK_PREVIEW_PANE (data);

  return !_copydesk_preview_pane_is_pending (pane)
         && !copydesk_wire_view_is_checking (_copydesk_preview_pane_get_wire_view (pane))
         && copydesk_wire_view_get_receivers (_copydesk_preview_pane_get_wire_view (pane))[0];
}

/* The Wire tab in the window on an imported story with photos without files. */
static void
test_wire_tab_in_window (Fixture       *f,
                         gconstpointer  data)
{
  CopydeskWindow *window = imported_window (f);
  CopydeskPreviewPane *pane = COPYDESK_PREVIEW_PANE (_copydesk_window_get_preview (window));
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (pane);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  preview_test_wait_frames (GTK_WIDGET (window), 3);
  if (!gtk_widget_get_mapped (GTK_WIDGET (pane)))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  copydesk_preview_pane_set_page (pane, "wire");
  preview_test_wait (wire_checked, pane);
  g_test_message ("status: %s", copydesk_wire_view_get_status (wire));
  g_test_message ("receivers: %s", copydesk_wire_view_get_receivers (wire));
  g_assert_null (strstr (copydesk_wire_view_get_status (wire), "nvalid"));
  g_assert_nonnull (strstr (copydesk_wire_view_get_receivers (wire), "2 of 2 photos have no file"));
  shot (GTK_WIDGET (window), "wire-tab-1280");
}

/* The toast says what was and was not written. */
static void
test_export_toast (Fixture       *f,
                   gconstpointer  data)
{
  CopydeskWindow *window = imported_window (f);
  g_autofree char *path = g_build_filename (f->dir, "ferry-wire.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *toast;

  _copydesk_window_export_wire_to (window, file);
  preview_test_wait (export_toast_shown, window);
  toast = _copydesk_window_get_last_toast (window);
  g_test_message ("toast: %s", toast);
  g_assert_nonnull (strstr (toast, "Exported the story and 0 of 2 photos; 2 photos have no file"));
  g_assert_nonnull (strstr (toast, "ferry-wire.xml"));
  g_assert_null (strstr (toast, "with the photos beside it"));
  g_assert_true (g_file_query_exists (file, NULL));
}

/* ------------------------------------------------------------ small items */

/* A cut file name ends at a whole word. */
static void
test_file_name_whole_words (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autofree char *name = NULL;

  copydesk_article_set_headline (article, "Harbour authority approves the new flood barrier "
                                          "after three winters of storms along the coast");
  name = copydesk_article_suggest_file_name (article);
  g_assert_cmpstr (name, ==,
                   "harbour-authority-approves-the-new-flood-barrier-after-three.xml");
  /* one word longer than the limit is still cut */
  g_free (name);
  copydesk_article_set_headline (article, "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                                          "aaaaaaaaaaaaaaaaaa");
  name = copydesk_article_suggest_file_name (article);
  g_assert_cmpuint (strlen (name), ==, 60 + strlen (".xml"));
}

static gboolean
is_nameless (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  /* a button named by its own visible text */
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && gtk_widget_get_visible (c))
      return FALSE;
  return TRUE;
}

static void
collect_nameless (GtkWidget *root,
                  GPtrArray *out)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_visible (root) && is_nameless (root))
    g_ptr_array_add (out, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_nameless (c, out);
}

/* Every header button without visible text has a name of its own; Open is
 * "Open", not "_Open Open"; the reader view has a name. */
static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  CopydeskWindow *window = ui_test_window_new (f->app);
  g_autoptr(GPtrArray) nameless = g_ptr_array_new ();
  GtkWidget *header = gtk_widget_get_ancestor (GTK_WIDGET (window->spinner),
                                               ADW_TYPE_HEADER_BAR);

  gtk_window_present (GTK_WINDOW (window));
  preview_test_wait_frames (GTK_WIDGET (window), 2);
  collect_nameless (header, nameless);
  for (guint i = 0; i < nameless->len; i++)
    g_test_message ("no name: %s, tooltip %s", G_OBJECT_TYPE_NAME (nameless->pdata[i]),
                    gtk_widget_get_tooltip_text (nameless->pdata[i]));
  g_assert_cmpuint (nameless->len, ==, 0);
  g_assert_nonnull (ui_test_find_labelled (header, "Open"));
  g_assert_nonnull (ui_test_find_labelled (header, "New Article"));
  g_assert_nonnull (ui_test_find_labelled (header, "Main Menu"));
  g_assert_nonnull (ui_test_find_labelled (header, "Show the Find Bar"));
  g_assert_nonnull (ui_test_find_labelled (GTK_WIDGET (window), "The story as readers see it"));
}

/* The recovery banner gives the day as words, as the details panel does. */
static void
test_recovery_date (Fixture       *f,
                    gconstpointer  data)
{
  CopydeskWindow *first = edited_window (f, "one.xml", "Bridge reopens");
  CopydeskDocument *document = copydesk_window_get_document (first);
  CopydeskSession *session = copydesk_application_get_session (f->app);
  CopydeskDraftStore *store = copydesk_session_get_draft_store (session);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *when = NULL;
  CopydeskWindow *second;
  const char *title;

  copydesk_document_set_autosave_delay (document, 1);
  copydesk_article_set_headline (ui_test_article (first), "Bridge reopens today");
  draft = copydesk_draft_store_dup_draft_file (
    store, copydesk_article_get_guid (ui_test_article (first)));
  while (!g_file_query_exists (draft, NULL))
    g_main_context_iteration (NULL, TRUE);
  drafts = copydesk_draft_store_list (store);
  g_assert_cmpuint (drafts->len, >=, 1);
  when = copydesk_format_time (((CopydeskDraftInfo *) drafts->pdata[0])->saved,
                               COPYDESK_TIME_STYLE_DATE_TIME);
  second = ui_test_window_new (f->app);
  gtk_window_present (GTK_WINDOW (second));
  copydesk_window_recover (second, drafts->pdata[0]);
  while (ui_test_banner_text (second, "Recovery") == NULL)
    g_main_context_iteration (NULL, TRUE);
  title = ui_test_banner_text (second, "Recovery");
  g_test_message ("banner: %s", title);
  g_assert_nonnull (strstr (title, when));
  g_assert_null (strchr (title, '/'));
}

static gboolean
chooser_has_folder (gpointer data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (data);

  return folder != NULL;
}

/* Open starts in the article's folder, not in Recent. */
static void
test_open_in_folder (Fixture       *f,
                     gconstpointer  data)
{
  CopydeskWindow *window = edited_window (f, "one.xml", "Bridge reopens");
  g_autoptr(GFile) expected = g_file_new_for_path (f->dir);
  g_autoptr(GFile) folder = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
  g_assert_nonnull (window->chooser);
  preview_test_wait (chooser_has_folder, window->chooser);
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (window->chooser));
  g_assert_nonnull (folder);
  g_assert_true (g_file_equal (folder, expected));
  gtk_native_dialog_hide (window->chooser);
}

static GtkWidget *
find_scrolled (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = GTK_IS_SCROLLED_WINDOW (c) ? c : find_scrolled (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (c), name) == 0)
        return c;
    }
  return NULL;
}

/* A newly added photo is scrolled into view; the wheel over a caption with
 * nothing to scroll moves the panel. */
static void
test_photo_panel_scrolling (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = copydesk_photo_panel_new ();
  CopydeskPhotoPanel *photos = COPYDESK_PHOTO_PANEL (panel);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autofree char *dir = photo_fixture_make_dir ();
  GtkWidget *outer = NULL, *caption, *card;
  GtkEventController *wheel;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  gboolean stopped = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 420, 500);
  gtk_window_set_child (GTK_WINDOW (window), panel);
  copydesk_photo_panel_set_article (photos, article);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("pier-%u.jpg", i);
      g_autofree char *path = photo_fixture_write_jpeg (dir, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      copydesk_photo_panel_add_files (photos, &file, 1);
      preview_test_wait_frames (window, 8);
    }
  card = _copydesk_photo_panel_get_card (photos, 4);
  outer = gtk_widget_get_ancestor (card, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (outer));
  g_assert_true (gtk_widget_compute_bounds (card, outer, &bounds));
  g_test_message ("last card at %.0f..%.0f of %d", bounds.origin.y,
                  bounds.origin.y + bounds.size.height, gtk_widget_get_height (outer));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_cmpfloat (bounds.origin.y + MIN (bounds.size.height, gtk_widget_get_height (outer)),
                     <=, gtk_widget_get_height (outer) + 1);
  g_assert_cmpfloat (bounds.origin.y, >=, -1);

  /* a photo with a file can be replaced */
  {
    GtkWidget *locate = _copydesk_photo_card_get_locate (COPYDESK_PHOTO_CARD (card));

    g_assert_true (gtk_widget_get_visible (locate));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (locate), ==, "Replace the Photo File");
  }

  /* the wheel over the first card's caption */
  gtk_adjustment_set_value (adjustment, 0);
  caption = find_scrolled (_copydesk_photo_panel_get_card (photos, 0));
  g_assert_nonnull (caption);
  wheel = find_controller (caption, "copydesk-caption-scroll");
  g_assert_nonnull (wheel);
  g_signal_emit_by_name (wheel, "scroll", 0.0, 1.0, &stopped);
  g_assert_true (stopped);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  photo_fixture_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

#define ADD(name, func) \
  g_test_add ("/wiredesk/" name, Fixture, NULL, ui_test_folder_set_up, func, ui_test_folder_tear_down)
  ADD ("quit/one-dialog", test_quit_one_dialog);
  ADD ("quit/failed-save", test_quit_failed_save);
  ADD ("quit/discard-all", test_quit_discard_all);
  ADD ("export/asks-first", test_export_asks_first);
  ADD ("export/toast", test_export_toast);
  ADD ("export/wire-tab-in-window", test_wire_tab_in_window);
  ADD ("small/accessible-names", test_accessible_names);
  ADD ("small/recovery-date", test_recovery_date);
  ADD ("small/open-in-folder", test_open_in_folder);
  g_test_add_func ("/wiredesk/small/file-name-whole-words", test_file_name_whole_words);
  g_test_add_func ("/wiredesk/small/photo-panel-scrolling", test_photo_panel_scrolling);
#undef ADD
  return g_test_run ();
}
