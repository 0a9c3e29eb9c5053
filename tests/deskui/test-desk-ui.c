/* test-desk-ui.c: the wire desk from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The subject picker typed into and picked from, chips removed by keyboard,
 * retired topics never offered and flagged on an opened file; the embargo
 * banner; a story saved, corrected and killed from the window, with the
 * files written and the versions list checked. Widgets are found by their
 * accessible names; each widget test ends in g_assert_finalize_object.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "copydesk-desk-banner.h"
#include "copydesk-desk-panel.h"
#include "copydesk-reader-view.h"
#include "copydesk-test-util.h"
#include "copydesk-versions-actions.h"
#include "copydesk-versions-list.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

#define LABOUR_MARKET "medtop:20000523"

static GtkWidget *
show_in_window (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  preview_test_wait_frames (window, 2);
  return window;
}

/* The visible label whose text holds @text, as a reader sees it. */
static GtkLabel *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_visible (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListBoxRow *
match_with_qcode (CopydeskDeskPanel *panel,
                  const char        *qcode)
{
  GtkListBox *matches = _copydesk_desk_panel_get_matches (panel);

  for (int i = 0; gtk_list_box_get_row_at_index (matches, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (matches, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "qcode"), qcode) == 0)
        return row;
    }
  return NULL;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static const CopydeskConcept *
a_retired_topic (void)
{
  g_autoptr(GPtrArray) all = copydesk_vocab_list (copydesk_vocab_get_default (),
                                                  COPYDESK_SCHEME_MEDIA_TOPIC, TRUE);

  for (guint i = 0; i < all->len; i++)
    if (copydesk_concept_is_retired (g_ptr_array_index (all, i)))
      return g_ptr_array_index (all, i);
  return NULL;
}

static void
test_picker (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  GtkWidget *panel = g_object_ref_sink (copydesk_desk_panel_new ());
  GtkWidget *window, *entry, *chip, *row;
  const CopydeskConcept *retired = a_retired_topic ();
  const char * const *subjects;

  copydesk_article_set_language (article, "en");
  copydesk_desk_panel_set_document (COPYDESK_DESK_PANEL (panel), document);
  window = show_in_window (panel);
  entry = ui_test_find_labelled (panel, "Add a subject");
  g_assert_nonnull (entry);

  /* Typing offers matches with their path; picking one makes a chip. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "labour");
  row = GTK_WIDGET (match_with_qcode (COPYDESK_DESK_PANEL (panel), LABOUR_MARKET));
  g_assert_nonnull (row);
  g_assert_nonnull (ui_test_find_labelled (GTK_WIDGET (_copydesk_desk_panel_get_matches (COPYDESK_DESK_PANEL (panel))),
                                           "labour › labour market"));
  gtk_widget_activate (row);
  subjects = copydesk_desk_get_subjects (desk);
  g_assert_cmpuint (g_strv_length ((char **) subjects), ==, 1);
  g_assert_cmpstr (subjects[0], ==, LABOUR_MARKET);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  chip = ui_test_find_labelled (panel, "labour market");
  g_assert_nonnull (chip);
  g_assert_true (GTK_IS_BUTTON (chip));

  /* A chosen topic is not offered again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "labour");
  g_assert_null (match_with_qcode (COPYDESK_DESK_PANEL (panel), LABOUR_MARKET));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");

  /* Delete on the focused chip removes it. */
  gtk_widget_grab_focus (chip);
  g_assert_true (press_key (chip, GDK_KEY_Delete));
  g_assert_null (copydesk_desk_get_subjects (desk)[0]);
  g_assert_null (ui_test_find_labelled (panel, "labour market"));

  /* Retired topics are never offered, by label or by code. */
  g_assert_nonnull (retired);
  gtk_editable_set_text (GTK_EDITABLE (entry), copydesk_concept_get_label (retired, "en"));
  g_assert_null (match_with_qcode (COPYDESK_DESK_PANEL (panel), copydesk_concept_get_qcode (retired)));

  /* A file that carries one says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_null (find_label_containing (panel, "retired topic"));
  copydesk_desk_add_subject (desk, copydesk_concept_get_qcode (retired), NULL);
  g_assert_nonnull (find_label_containing (panel, "retired topic"));
  g_assert_nonnull (find_label_containing (panel, copydesk_concept_get_label (retired, "en")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (panel);
}

/* Genre, located (the dateline offered), priority and status reach the desk. */
static void
test_fields (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  GtkWidget *panel = g_object_ref_sink (copydesk_desk_panel_new ());
  GtkWidget *window, *suggestion, *genre, *status, *embargo;
  g_autoptr(GDateTime) expected = NULL;

  copydesk_article_set_dateline (article, "Halden, 3 December");
  copydesk_desk_panel_set_document (COPYDESK_DESK_PANEL (panel), document);
  window = show_in_window (panel);

  suggestion = GTK_WIDGET (find_label_containing (panel, "Use the dateline: Halden"));
  g_assert_nonnull (suggestion);
  g_signal_emit_by_name (gtk_widget_get_ancestor (suggestion, GTK_TYPE_BUTTON), "clicked");
  g_assert_cmpstr (copydesk_desk_get_located (desk), ==, "Halden");
  g_assert_null (find_label_containing (panel, "Use the dateline"));

  genre = ui_test_find_labelled (panel, "Genre");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (genre), 1);
  g_assert_true (g_str_has_prefix (copydesk_desk_get_genre (desk), "genre:"));
  copydesk_desk_set_genre (desk, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (genre)), ==, 0);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_labelled (panel, "Priority")), 3);
  g_assert_cmpuint (copydesk_desk_get_priority (desk), ==, 3);

  status = ui_test_find_labelled (panel, "Status");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), COPYDESK_PUB_STATUS_WITHHELD);
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_WITHHELD);

  /* An embargo without a zone is refused and says why; with one it is set. */
  embargo = ui_test_find_labelled (panel, "Embargo");
  gtk_editable_set_text (GTK_EDITABLE (embargo), "2031-05-01T06:00");
  g_signal_emit_by_name (embargo, "activate");
  g_assert_null (copydesk_desk_get_embargo (desk));
  g_assert_true (gtk_widget_has_css_class (embargo, "error"));
  gtk_editable_set_text (GTK_EDITABLE (embargo), "2031-05-01T06:00:00+02:00");
  g_signal_emit_by_name (embargo, "activate");
  expected = g_date_time_new_from_iso8601 ("2031-05-01T04:00:00Z", NULL);
  g_assert_nonnull (copydesk_desk_get_embargo (desk));
  g_assert_true (g_date_time_equal (copydesk_desk_get_embargo (desk), expected));
  g_assert_false (gtk_widget_has_css_class (embargo, "error"));
  g_assert_nonnull (find_label_containing (panel, "Held until"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (panel);
}

static gboolean
banner_hidden (gpointer data)
{
  return copydesk_desk_banner_get_text (data) == NULL;
}

static void
test_banner (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  GtkWidget *banner = g_object_ref_sink (copydesk_desk_banner_new ());
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) soon = g_date_time_add_seconds (now, 1.5);
  GtkWidget *window;

  copydesk_desk_banner_set_article (COPYDESK_DESK_BANNER (banner), article);
  window = show_in_window (banner);
  g_assert_null (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)));
  copydesk_desk_set_embargo (desk, tomorrow);
  g_assert_nonnull (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)));
  g_assert_true (g_str_has_prefix (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)),
                                   "Embargoed until"));
  copydesk_desk_set_embargo (desk, yesterday);
  g_assert_null (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)));
  copydesk_desk_set_embargo (desk, NULL);
  g_assert_null (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)));

  /* It goes by itself when the embargo time comes. */
  copydesk_desk_set_embargo (desk, soon);
  g_assert_nonnull (copydesk_desk_banner_get_text (COPYDESK_DESK_BANNER (banner)));
  preview_test_wait (banner_hidden, banner);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (banner);
}

/* The preview prints the embargo over the headline while it holds. */
static void
test_preview_embargo (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  GtkWidget *reader = g_object_ref_sink (copydesk_reader_view_new ());
  GtkWidget *window;

  copydesk_article_set_headline (article, "Council vote on the harbour levy");
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, NULL);
  window = show_in_window (reader);
  g_assert_nonnull (find_label_containing (reader, "Council vote"));
  g_assert_null (find_label_containing (reader, "Embargoed until"));
  copydesk_desk_set_embargo (copydesk_article_get_desk (article), tomorrow);
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, NULL);
  preview_test_wait_frames (window, 2);
  g_assert_nonnull (find_label_containing (reader, "Embargoed until"));
  copydesk_desk_set_embargo (copydesk_article_get_desk (article), yesterday);
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, NULL);
  preview_test_wait_frames (window, 2);
  g_assert_null (find_label_containing (reader, "Embargoed until"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (reader);
}

/* The window's banner follows the window's article. */
static void
test_window_banner (void)
{
  CopydeskWindow *window = ui_test_window_new (app);
  CopydeskDesk *desk = copydesk_article_get_desk (ui_test_article (window));
  CopydeskDeskBanner *banner = _copydesk_window_get_embargo_banner (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 5);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (banner)) == GTK_ROOT (window));
  g_assert_null (copydesk_desk_banner_get_text (banner));
  copydesk_desk_set_embargo (desk, later);
  g_assert_nonnull (copydesk_desk_banner_get_text (banner));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (banner)));
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Sending */

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

static gboolean
list_loaded (gpointer data)
{
  return !copydesk_versions_list_get_loading (data);
}

static CopydeskArticle *
read_back (GFile      *file,
           const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
  CopydeskArticle *article;

  g_assert_no_error (error);
  copydesk_test_validate_newsml (bytes, what);
  article = copydesk_newsml_read (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  return article;
}

static void
send_from_window (CopydeskWindow *window,
                  const char     *action,
                  const char     *note)
{
  GtkWidget *dialog, *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  dialog = _copydesk_window_get_send_dialog (window);
  g_assert_nonnull (dialog);
  entry = ui_test_find_labelled (dialog, "Note to receivers");
  g_assert_nonnull (entry);
  /* A correction and a kill need a note. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "send"));
  gtk_editable_set_text (GTK_EDITABLE (entry), note);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "send"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "send");
  preview_test_wait (not_busy, window);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static void
check_versions_ui (CopydeskWindow *window,
                   guint           expected)
{
  GtkWidget *rows = ui_test_find_labelled (GTK_WIDGET (window), "Earlier versions");
  GtkWidget *list;

  g_assert_nonnull (rows);
  list = gtk_widget_get_ancestor (rows, COPYDESK_TYPE_VERSIONS_LIST);
  preview_test_wait (list_loaded, list);
  g_assert_cmpuint (count_rows (rows), ==, expected);
}

static void
test_correction_sequence (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir_path = g_dir_make_tmp ("copydesk-deskui-XXXXXX", &error);
  g_autoptr(GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr(GFile) file = g_file_get_child (dir, "flood.xml");
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(CopydeskArticle) sent = NULL;
  CopydeskWindow *window = ui_test_window_new (app);
  CopydeskDocument *document = copydesk_window_get_document (window);
  CopydeskArticle *article = ui_test_article (window);
  g_autoptr(CopydeskVersion) first = NULL;
  GtkWidget *open, *compare, *shown;
  CopydeskVersionsList *list;
  g_autofree char *open_name = NULL, *compare_name = NULL, *shown_name = NULL, *diff_name = NULL;
  guint v1;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  copydesk_article_set_headline (article, "River rises 14 cm at Halden");
  copydesk_article_set_language (article, "en");
  copydesk_desk_add_subject (copydesk_article_get_desk (article), LABOUR_MARKET, NULL);
  /* Not on a story never saved. */
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_labelled (GTK_WIDGET (window), "Send Correction")));

  copydesk_window_save (window, file);
  preview_test_wait (not_busy, window);
  /* The document numbers every save (a new story's first is version 2):
   * what matters here is that each send is the next one. */
  sent = read_back (file, "first version");
  v1 = copydesk_article_get_version (sent);
  g_assert_cmpuint (v1, >=, 1);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (sent)), ==, COPYDESK_SIGNAL_NONE);
  g_clear_object (&sent);
  check_versions_ui (window, 0);
  g_assert_true (gtk_widget_is_sensitive (ui_test_find_labelled (GTK_WIDGET (window), "Send Correction")));

  /* Correction: version 2, sig:correction and its note; version 1 kept. */
  copydesk_article_set_headline (article, "River rises 40 cm at Halden");
  send_from_window (window, "win.send-correction", "Corrects the rise: 40 cm, not 14 cm.");
  sent = read_back (file, "correction, version 2");
  g_assert_cmpuint (copydesk_article_get_version (sent), ==, v1 + 1);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (sent)), ==,
                   COPYDESK_SIGNAL_CORRECTION);
  g_assert_cmpstr (copydesk_article_get_editorial_note (sent), ==,
                   "Corrects the rise: 40 cm, not 14 cm.");
  g_assert_cmpstr (copydesk_desk_get_subjects (copydesk_article_get_desk (sent))[0], ==, LABOUR_MARKET);
  g_clear_object (&sent);
  g_assert_false (copydesk_document_get_modified (document));
  check_versions_ui (window, 1);

  /* An edit after the send is no second correction. */
  copydesk_article_set_standfirst (article, "Roads closed along the river.");
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (article)), ==,
                   COPYDESK_SIGNAL_NONE);

  /* Kill: version 3, stat:canceled; versions 1 and 2 kept; no more sends. */
  send_from_window (window, "win.kill-story", "Withdrawn: the gauge was faulty.");
  sent = read_back (file, "kill, version 3");
  g_assert_cmpuint (copydesk_article_get_version (sent), ==, v1 + 2);
  g_assert_cmpint (copydesk_desk_get_pub_status (copydesk_article_get_desk (sent)), ==,
                   COPYDESK_PUB_STATUS_CANCELED);
  g_assert_cmpstr (copydesk_article_get_editorial_note (sent), ==, "Withdrawn: the gauge was faulty.");
  g_clear_object (&sent);
  versions = copydesk_versions_list (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  first = g_list_model_get_item (versions, 0);
  g_assert_cmpuint (copydesk_version_get_number (first), ==, v1);
  {
    g_autoptr(CopydeskVersion) second = g_list_model_get_item (versions, 1);

    g_assert_cmpuint (copydesk_version_get_number (second), ==, v1 + 1);

    g_assert_cmpint (copydesk_version_get_signal (second), ==, COPYDESK_SIGNAL_CORRECTION);
    g_assert_cmpstr (copydesk_version_get_ed_note (second), ==, "Corrects the rise: 40 cm, not 14 cm.");
  }
  check_versions_ui (window, 2);
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_labelled (GTK_WIDGET (window), "Send Update")));
  g_assert_false (gtk_widget_is_sensitive (ui_test_find_labelled (GTK_WIDGET (window), "Kill Story")));

  /* The earlier version opens read-only and compares word by word. */
  open_name = g_strdup_printf ("Open version %u", v1);
  compare_name = g_strdup_printf ("Compare version %u with this one", v1);
  shown_name = g_strdup_printf ("Version %u (read-only)", v1);
  diff_name = g_strdup_printf ("Changes since version %u", v1);
  open = ui_test_find_labelled (GTK_WIDGET (window), open_name);
  compare = ui_test_find_labelled (GTK_WIDGET (window), compare_name);
  g_assert_nonnull (open);
  g_assert_nonnull (compare);
  list = COPYDESK_VERSIONS_LIST (gtk_widget_get_ancestor (open, COPYDESK_TYPE_VERSIONS_LIST));
  g_signal_emit_by_name (open, "clicked");
  shown = _copydesk_versions_list_get_dialog (list);
  g_assert_nonnull (shown);
  g_assert_nonnull (ui_test_find_labelled (adw_window_get_content (ADW_WINDOW (shown)), shown_name));
  gtk_window_destroy (GTK_WINDOW (shown));
  g_signal_emit_by_name (compare, "clicked");
  shown = _copydesk_versions_list_get_dialog (list);
  g_assert_nonnull (shown);
  {
    GtkWidget *view = ui_test_find_labelled (adw_window_get_content (ADW_WINDOW (shown)), diff_name);
    GtkTextBuffer *buffer;
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    g_assert_nonnull (view);
    g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_nonnull (strstr (text, "14"));
    g_assert_nonnull (strstr (text, "40"));
    /* "14" is struck out, "40" put in. */
    g_assert_true (gtk_text_iter_forward_search (&start, "14", 0, &start, &end, NULL));
    g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "removed")));
  }
  gtk_window_destroy (GTK_WINDOW (shown));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  ui_test_remove_tree (dir);
}

static void
test_versions_list_widget (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  GtkWidget *list = g_object_ref_sink (copydesk_versions_list_new ());
  GtkWidget *window;

  copydesk_versions_list_set_document (COPYDESK_VERSIONS_LIST (list), document);
  window = show_in_window (list);
  g_assert_nonnull (find_label_containing (list, "Save the story"));
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_versions_list_get_versions (COPYDESK_VERSIONS_LIST (list))), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (list);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();
  app = ui_test_app_new ();
  g_test_add_func ("/deskui/picker", test_picker);
  g_test_add_func ("/deskui/fields", test_fields);
  g_test_add_func ("/deskui/banner", test_banner);
  g_test_add_func ("/deskui/window-banner", test_window_banner);
  g_test_add_func ("/deskui/preview-embargo", test_preview_embargo);
  g_test_add_func ("/deskui/versions-list", test_versions_list_widget);
  g_test_add_func ("/deskui/correction-sequence", test_correction_sequence);
  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
