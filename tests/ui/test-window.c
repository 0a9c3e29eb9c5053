/* test-window.c: the editor window, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields are found by their accessible names, as a screen reader finds them.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-body-buffer.h"
#include "copydesk-body-view.h"
#include "copydesk-counter.h"
#include "copydesk-find-bar.h"
#include "copydesk-test-util.h"
#include "copydesk-window-private.h"
#include "editorux-test.h"
#include "sample-article.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

static GtkWidget *
field (CopydeskWindow *window,
       const char     *label)
{
  return editorux_field (GTK_WIDGET (window), label);
}

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
assert_shows (GtkWidget  *widget,
              const char *expected)
{
  g_autofree char *shown = editorux_text_of (widget);

  g_assert_cmpstr (shown, ==, expected);
}

static void
test_accessible_names (void)
{
  const char *names[] = {
    "Headline", "Standfirst", "Byline", "Dateline", "Body", "Contributor note", "Editorial note", "Slugline", "Keywords", "Language", "Urgency",
  };
  CopydeskWindow *window = editorux_new_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *widget = field (window, names[i]);

      if (!GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT_VIEW (widget))
        g_error ("“%s” names a %s, not a field", names[i],
                 widget != NULL ? G_OBJECT_TYPE_NAME (widget) : "nothing");
    }
  g_assert_true (COPYDESK_IS_BODY_VIEW (field (window, "Body")));
  editorux_destroy (window);
}

static void
test_headline_typing (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *headline = field (window, "Headline");
  CopydeskCounter *counter = NULL;
  const char *title;

  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  editorux_type_into (headline, "Harbour wall ");
  editorux_type_into (headline, "to be raised");
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Harbour wall to be raised");

  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_nonnull (strstr (title, "Harbour wall to be raised"));
  g_assert_true (g_str_has_prefix (title, "• "));
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (window)));

  /* The counter beside the headline: n/limit, a warning past the limit. */
  for (GtkWidget *w = gtk_widget_get_next_sibling (headline); w != NULL && counter == NULL;
       w = gtk_widget_get_next_sibling (w))
    if (COPYDESK_IS_COUNTER (w))
      counter = COPYDESK_COUNTER (w);
  g_assert_nonnull (counter);
  g_assert_cmpstr (copydesk_counter_get_text (counter), ==, "25/64");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (counter), "warning"));
  editorux_type_into (headline, " after three floods in five years, and the council says so");
  g_assert_true (copydesk_counter_get_over (counter));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (counter), "warning"));

  /* The limit is the user's: Preferences writes the setting. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("org.copydesk.Copydesk");

    g_settings_set_uint (settings, "headline-limit", 200);
    g_assert_false (copydesk_counter_get_over (counter));
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (counter), "warning"));
    g_settings_reset (settings, "headline-limit");
    g_assert_true (copydesk_counter_get_over (counter));
  }

  /* A headline is one line: a line break typed or pasted becomes a space. */
  copydesk_article_set_headline (article, "");
  editorux_type_into (headline, "Two\nlines");
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Two lines");

  /* Model to form: a change to the article shows in the field. */
  copydesk_article_set_headline (article, "Changed elsewhere");
  assert_shows (headline, "Changed elsewhere");
  g_assert_cmpstr (copydesk_counter_get_text (counter), ==, "17/64");
  editorux_destroy (window);
}

static gboolean
body_has_blocks (gpointer data)
{
  CopydeskArticle *article = data;

  return copydesk_body_get_n_blocks (copydesk_article_get_body (article)) > 0;
}

static void
test_body_undo_redo (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *body = field (window, "Body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;
  CopydeskBlock *block;

  gtk_widget_grab_focus (body);
  editorux_type_into (body, "## The gate\n\nWork stopped in *July*.");
  /* The body reaches the model by itself, shortly after typing stops. */
  editorux_wait_until (body_has_blocks, article, "the body to be parsed");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 2);
  block = copydesk_body_get_block (copydesk_article_get_body (article), 0);
  g_assert_cmpint (copydesk_block_get_kind (block), ==, COPYDESK_BLOCK_SUBHEADING);

  editorux_type_into (body, " More.");
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  after_undo = editorux_text_of (body);
  g_assert_cmpstr (after_undo, ==, "## The gate\n\nWork stopped in *July*.");
  gtk_text_buffer_undo (buffer);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  copydesk_document_flush (copydesk_window_get_document (window));
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 0);

  g_assert_true (gtk_text_buffer_get_can_redo (buffer));
  gtk_text_buffer_redo (buffer);
  gtk_text_buffer_redo (buffer);
  after_redo = editorux_text_of (body);
  g_assert_cmpstr (after_redo, ==, "## The gate\n\nWork stopped in *July*. More.");
  copydesk_document_flush (copydesk_window_get_document (window));
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 2);
  editorux_destroy (window);
}

static void
fill_form (CopydeskWindow *window)
{
  editorux_type_into (field (window, "Headline"), "Ferry timetable cut for winter");
  editorux_type_into (field (window, "Standfirst"), "Two sailings a day will go from November.");
  editorux_type_into (field (window, "Byline"), "By Kit Polglase");
  /* With no author yet, adding one takes the byline's names first. */
  g_signal_emit_by_name (field (window, "Add author"), "clicked");
  editorux_type_into (field (window, "Author bio"), "Kit Polglase covers transport.");
  editorux_type_into (field (window, "Dateline"), "PORTHAVEN, 24 November");
  editorux_type_into (field (window, "Body"),
                  "The operator said *fuel costs* forced the change.\n\n"
                  "## What changes\n\n- The 7am sailing goes\n- The 6pm sailing goes\n\n"
                  "> We had no choice.\n>\n> None at all.");
  editorux_type_into (field (window, "Contributor note"), "Additional reporting by the desk.");
  editorux_type_into (field (window, "Slugline"), "ferry-cuts");
  editorux_type_into (field (window, "Keywords"), "ferry, transport , winter");
  editorux_type_into (field (window, "Editorial note"), "Check the 6pm time with the operator.");
}

/* The article's body must always be what a full parse of the text gives. */
static void
assert_body_is_full_parse (CopydeskArticle *article,
                           GtkWidget       *body_view)
{
  g_autofree char *text = editorux_text_of (body_view);
  g_autoptr(CopydeskBody) full = copydesk_body_parse_markup (text, -1, NULL);

  g_assert_nonnull (full);
  g_assert_true (copydesk_body_equal (copydesk_article_get_body (article), full));
}

static guint
count_same_blocks (CopydeskBody *before,
                   CopydeskBody *after)
{
  guint same = 0;

  for (guint i = 0; i < MIN (copydesk_body_get_n_blocks (before),
                             copydesk_body_get_n_blocks (after)); i++)
    if (copydesk_body_get_block (before, i) == copydesk_body_get_block (after, i))
      same++;
  return same;
}

static gboolean
body_differs_from (gpointer data)
{
  gpointer *pair = data;

  return copydesk_article_get_body (pair[0]) != pair[1];
}

static gboolean
parser_primed (gpointer data)
{
  return !copydesk_body_buffer_get_priming (data);
}

/* Typing in a long body: the body the editor makes shares every block the
 * edit did not touch, and undo, redo and a merge of two paragraphs all give
 * what a full parse gives. */
static void
test_body_incremental (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *body = field (window, "Body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  GString *markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) loaded = NULL;
  g_autoptr(CopydeskBody) typed = NULL;
  gpointer pair[2];
  GtkTextIter iter, end;
  guint n;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (markup, i % 40 == 0 ? "## Part %u\n\n" : "Paragraph %u.\n\n", i);
  loaded = copydesk_body_parse_markup (markup->str, -1, NULL);
  g_string_free (markup, TRUE);
  copydesk_article_set_body (article, loaded);
  n = copydesk_body_get_n_blocks (loaded);
  editorux_wait_until (parser_primed, buffer, "the parser to learn the loaded body");

  gtk_widget_grab_focus (body);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 2 * 200);
  gtk_text_buffer_place_cursor (buffer, &iter);
  editorux_type_into (body, "New words in ");
  pair[0] = article;
  pair[1] = loaded;
  editorux_wait_until (body_differs_from, pair, "the edit to be parsed");
  assert_body_is_full_parse (article, body);
  typed = copydesk_body_ref (copydesk_article_get_body (article));
  g_assert_cmpuint (count_same_blocks (loaded, typed), ==, n - 1);

  gtk_text_buffer_undo (buffer);
  copydesk_document_flush (copydesk_window_get_document (window));
  assert_body_is_full_parse (article, body);
  g_assert_true (copydesk_body_equal (copydesk_article_get_body (article), loaded));
  gtk_text_buffer_redo (buffer);
  copydesk_document_flush (copydesk_window_get_document (window));
  assert_body_is_full_parse (article, body);
  g_assert_true (copydesk_body_equal (copydesk_article_get_body (article), typed));
  g_assert_cmpuint (count_same_blocks (typed, copydesk_article_get_body (article)), >=, n - 1);

  /* Delete the blank line between two paragraphs: they become one. */
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 2 * 300 + 1);
  end = iter;
  gtk_text_iter_forward_line (&end);
  gtk_text_buffer_delete_interactive (buffer, &iter, &end, TRUE);
  copydesk_document_flush (copydesk_window_get_document (window));
  assert_body_is_full_parse (article, body);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, n - 1);
  gtk_text_buffer_undo (buffer);
  copydesk_document_flush (copydesk_window_get_document (window));
  assert_body_is_full_parse (article, body);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, n);
  editorux_destroy (window);
}

static void
test_form_to_model (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  const char * const *keywords;
  g_autoptr(CopydeskAuthor) author = NULL;

  fill_form (window);
  copydesk_document_flush (copydesk_window_get_document (window));
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==,
                   "Two sailings a day will go from November.");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Kit Polglase");
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, "PORTHAVEN, 24 November");
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==,
                   "Additional reporting by the desk.");
  g_assert_cmpstr (copydesk_article_get_slugline (article), ==, "ferry-cuts");
  g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==,
                   "Check the 6pm time with the operator.");
  keywords = copydesk_article_get_keywords (article);
  g_assert_cmpuint (g_strv_length ((char **) keywords), ==, 3);
  g_assert_cmpstr (keywords[1], ==, "transport");
  /* The author added under a typed byline is named from it. */
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 1);
  author = g_list_model_get_item (copydesk_article_get_authors (article), 0);
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "Kit Polglase");
  g_assert_cmpstr (copydesk_author_get_bio (author), ==, "Kit Polglase covers transport.");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 4);
  editorux_destroy (window);
}

static gboolean
all_idle (gpointer data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (COPYDESK_IS_WINDOW (l->data)
        && copydesk_document_get_busy (copydesk_window_get_document (l->data)))
      return FALSE;
  return TRUE;
}

static void
save_and_wait (CopydeskWindow *window,
               GFile          *file)
{
  copydesk_window_save (window, file);
  editorux_wait_until (not_busy, window, "the save to finish");
}

static void
test_save_reopen (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ferry.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) saved = NULL;
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskWindow *reopened;
  CopydeskArticle *article = ui_test_article (window);
  CopydeskDocument *document = copydesk_window_get_document (window);

  fill_form (window);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 1);
  save_and_wait (window, file);
  g_assert_null (ui_test_banner_text (window, "Error"));
  g_assert_false (copydesk_document_get_modified (document));
  g_assert_true (g_file_equal (copydesk_document_get_file (document), file));
  /* One version per save. */
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 2);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Saved articles are offered again under Open Recent. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }

  saved = copydesk_test_load (path);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "Ferry timetable cut for winter"));
  copydesk_test_validate_newsml (saved, "the saved article");

  /* Saving again (Ctrl+S) goes to the same file with the next version. */
  editorux_type_into (field (window, "Headline"), "!");
  save_and_wait (window, NULL);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 3);

  reopened = editorux_new_window (app);
  copydesk_window_open (reopened, file, FALSE);
  editorux_wait_until (not_busy, reopened, "the file to open");
  g_assert_null (ui_test_banner_text (reopened, "Error"));
  g_assert_true (copydesk_article_equal (article, ui_test_article (reopened)));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (reopened)));
  assert_shows (field (reopened, "Headline"), "Ferry timetable cut for winter!");
  editorux_destroy (reopened);

  /* Open Recent: a blank window makes way; one with work keeps it. */
  {
    g_autofree char *uri = g_file_get_uri (file);
    CopydeskWindow *blank = editorux_new_window (app);
    CopydeskWindow *beside = NULL;
    g_autoptr(GList) before = NULL;
    guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

    gtk_widget_activate_action (GTK_WIDGET (blank), "win.open-recent", "s", uri);
    editorux_wait_until (all_idle, NULL, "the recent file to open");
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                      n_windows);
    g_assert_true (g_file_equal (copydesk_document_get_file (copydesk_window_get_document (blank)),
                                 file));
    editorux_type_into (field (blank, "Headline"), " again");
    before = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
    gtk_widget_activate_action (GTK_WIDGET (blank), "win.open-recent", "s", uri);
    editorux_wait_until (all_idle, NULL, "the recent file to open");
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                      n_windows + 1);
    g_assert_cmpstr (copydesk_article_get_headline (ui_test_article (blank)), ==,
                     "Ferry timetable cut for winter! again");
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
      if (g_list_find (before, l->data) == NULL)
        beside = l->data;
    g_assert_nonnull (beside);
    g_assert_true (g_file_equal (copydesk_document_get_file (copydesk_window_get_document (beside)),
                                 file));
    editorux_destroy (beside);
    editorux_destroy (blank);
  }
  editorux_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* What a file holds that the article cannot keep is listed, not lost silently. */
static void
test_open_with_warnings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "urgent.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) xml = NULL;
  CopydeskWindow *window;

  copydesk_article_set_headline (article, "Urgent");
  copydesk_article_set_urgency (article, 4);
  bytes = copydesk_newsml_write (article, NULL, &error);
  g_assert_no_error (error);
  xml = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (g_string_replace (xml, "<urgency>4</urgency>", "<urgency>12</urgency>", 0),
                    ==, 1);
  g_assert_true (g_file_set_contents (path, xml->str, xml->len, NULL));

  window = editorux_new_window (app);
  copydesk_window_open (window, file, FALSE);
  editorux_wait_until (not_busy, window, "the file to open");
  g_assert_null (ui_test_banner_text (window, "Error"));
  g_assert_cmpstr (copydesk_article_get_headline (ui_test_article (window)), ==,
                   "Urgent");
  g_assert_true (g_str_has_prefix (ui_test_banner_text (window, "Notes"),
                                   "Opened; 1 thing in the file could not be kept: “"));
  g_assert_nonnull (strstr (ui_test_banner_text (window, "Notes"), "12"));
  editorux_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "story.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  CopydeskDocument *document = copydesk_window_get_document (window);

  editorux_type_into (field (window, "Headline"), "Nowhere to go");
  save_and_wait (window, file);
  g_assert_nonnull (ui_test_banner_text (window, "Error"));
  g_assert_nonnull (strstr (ui_test_banner_text (window, "Error"), "story.xml"));
  g_assert_true (copydesk_document_get_modified (document));
  g_assert_null (copydesk_document_get_file (document));
  /* The failed save did not use up a version. */
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 1);
  g_assert_false (g_file_query_exists (file, NULL));
  editorux_destroy (window);
  g_rmdir (dir);
}

static gboolean
shows_error (gpointer data)
{
  return ui_test_banner_text (data, "Error") != NULL;
}

static void
test_open_sample (void)
{
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  g_autoptr(GFile) sample_dir = g_file_get_parent (sample);
  g_autofree char *dir_path = g_file_get_path (sample_dir);
  g_autoptr(CopydeskArticle) expected = copydesk_test_build_sample_article (dir_path);
  CopydeskWindow *window;
  CopydeskArticle *article;
  g_autofree char *body_text = NULL;

  window = editorux_new_window (app);
  copydesk_window_open (window, sample, TRUE);
  editorux_wait_until (not_busy, window, "the sample to open");
  g_assert_null (ui_test_banner_text (window, "Error"));
  article = ui_test_article (window);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==,
                   copydesk_article_get_headline (expected));
  g_assert_true (copydesk_body_equal (copydesk_article_get_body (article),
                                      copydesk_article_get_body (expected)));
  assert_shows (field (window, "Headline"), copydesk_article_get_headline (expected));
  body_text = editorux_text_of (field (window, "Body"));
  g_assert_nonnull (strstr (body_text, "[photo: harbour-dawn]"));
  g_assert_true (copydesk_document_get_is_sample (copydesk_window_get_document (window)));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                            copydesk_article_get_headline (expected)));

  /* Saving the sample without a new name is refused; it is never overwritten. */
  editorux_type_into (field (window, "Headline"), " (draft)");
  copydesk_window_save (window, NULL);
  editorux_wait_until (shows_error, window, "the refusal to overwrite the sample");
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (window)));
  editorux_destroy (window);
}

static void
test_import (void)
{
  g_autofree char *path = copydesk_test_build_path ("ui", "fixtures", "harbour-story.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article;
  CopydeskDocument *document = copydesk_window_get_document (window);
  g_autofree char *body_text = NULL;

  copydesk_window_import (window, file);
  editorux_wait_until (not_busy, window, "the import to finish");
  g_assert_null (ui_test_banner_text (window, "Error"));
  article = ui_test_article (window);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==,
                   "Lifeboat crew rescue three from drifting yacht off Porthaven");
  assert_shows (field (window, "Headline"),
                "Lifeboat crew rescue three from drifting yacht off Porthaven");
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), >=, 3);
  body_text = editorux_text_of (field (window, "Body"));
  g_assert_nonnull (strstr (body_text, "The yacht was towed back to the harbour"));
  /* An import is new work: unsaved, with no file yet. */
  g_assert_true (copydesk_document_get_modified (document));
  g_assert_null (copydesk_document_get_file (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• Lifeboat"));
  editorux_destroy (window);
}

static void
test_import_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/copydesk/story.txt");
  CopydeskWindow *window = editorux_new_window (app);

  copydesk_window_import (window, file);
  editorux_wait_until (not_busy, window, "the import to fail");
  g_assert_nonnull (ui_test_banner_text (window, "Error"));
  g_assert_nonnull (strstr (ui_test_banner_text (window, "Error"), "story.txt"));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  editorux_destroy (window);
}

static void
on_destroyed (gpointer data,
              GObject *where)
{
  *(gboolean *) data = TRUE;
}

static gboolean
no_dialog (gpointer data)
{
  return ui_test_dialog_of (data) == NULL;
}

static void
test_close_with_changes (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  GtkWidget *dialog;
  gboolean gone = FALSE;

  /* Unchanged: closes at once. */
  g_object_weak_ref (G_OBJECT (window), on_destroyed, &gone);
  editorux_type_into (field (window, "Headline"), "Unsaved");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  editorux_run_for (20);
  dialog = ui_test_dialog_of (window);
  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (gone);

  /* Cancel keeps the window and the text. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* as the button does after its response */
  gtk_window_close (GTK_WINDOW (dialog));
  editorux_wait_until (no_dialog, window, "the dialog to go");
  g_assert_false (gone);
  g_assert_cmpstr (copydesk_article_get_headline (ui_test_article (window)), ==,
                   "Unsaved");

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = ui_test_dialog_of (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  editorux_wait_until (flag_set, &gone, "the window to close");
}

static void
test_close_unchanged (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  gboolean gone = FALSE;

  g_object_weak_ref (G_OBJECT (window), on_destroyed, &gone);
  gtk_window_close (GTK_WINDOW (window));
  editorux_wait_until (flag_set, &gone, "the window to close");
}

static CopydeskFindBar *
find_bar (CopydeskWindow *window)
{
  GtkWidget *entry = field (window, "Find");

  for (GtkWidget *w = entry; w != NULL; w = gtk_widget_get_parent (w))
    if (COPYDESK_IS_FIND_BAR (w))
      return COPYDESK_FIND_BAR (w);
  g_error ("the find entry is not in a find bar");
  return NULL;
}

static gboolean
count_known (gpointer data)
{
  return copydesk_find_bar_get_occurrences (data) >= 0;
}

static void
test_find_replace (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  CopydeskFindBar *bar = find_bar (window);
  GtkSourceSearchSettings *settings = copydesk_find_bar_get_settings (bar);
  g_autofree char *markup = NULL;

  editorux_set_body (window, "The gate failed. The Gate was lifted.\n\nGatehouse staff stayed.");
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.replace", NULL);
  g_assert_true (copydesk_find_bar_get_replace_mode (bar));

  copydesk_find_bar_set_search_text (bar, "gate");
  editorux_wait_until (count_known, bar, "the match count");
  g_assert_cmpint (copydesk_find_bar_get_occurrences (bar), ==, 3);
  g_assert_cmpstr (copydesk_find_bar_get_status (bar), ==, "1 of 3");

  gtk_source_search_settings_set_case_sensitive (settings, TRUE);
  editorux_wait_until (count_known, bar, "the match count");
  g_assert_cmpint (copydesk_find_bar_get_occurrences (bar), ==, 1);

  gtk_source_search_settings_set_case_sensitive (settings, FALSE);
  gtk_source_search_settings_set_at_word_boundaries (settings, TRUE);
  editorux_wait_until (count_known, bar, "the match count");
  g_assert_cmpint (copydesk_find_bar_get_occurrences (bar), ==, 2);

  copydesk_find_bar_set_replace_text (bar, "barrier");
  g_assert_cmpuint (copydesk_find_bar_replace_all (bar), ==, 2);
  copydesk_document_flush (copydesk_window_get_document (window));
  markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  g_assert_cmpstr (markup, ==,
                   "The barrier failed. The barrier was lifted.\n\nGatehouse staff stayed.\n");
  editorux_destroy (window);
}

static void
test_blocks_and_placement (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkTextBuffer *buffer =
    gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_body_view (window)));
  CopydeskBody *body;

  editorux_set_body (window, "First.\n\n## Second\n\n- a\n- b\n\nFourth.");
  for (guint i = 0; i < 4; i++)
    {
      _copydesk_window_place_cursor_at_block (window, i);
      g_assert_cmpuint (_copydesk_window_get_block_at_cursor (window), ==, i);
    }
  _copydesk_window_place_cursor_at_block (window, 1);
  _copydesk_window_insert_placement (window, "quay-photo");
  body = copydesk_article_get_body (article);
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, 5);
  g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, 2)), ==,
                   COPYDESK_BLOCK_PHOTO);
  g_assert_cmpstr (copydesk_block_get_photo_id (copydesk_body_get_block (body, 2)), ==,
                   "quay-photo");
  g_assert_nonnull (copydesk_article_find_photo (article, "quay-photo"));

  /* One undo takes the whole placement away. */
  gtk_text_buffer_undo (buffer);
  copydesk_document_flush (copydesk_window_get_document (window));
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 4);
  editorux_destroy (window);
}

static GtkInfoBar *
find_question_bar (GtkWidget *root)
{
  if (GTK_IS_INFO_BAR (root)
      && gtk_info_bar_get_message_type (GTK_INFO_BAR (root)) == GTK_MESSAGE_QUESTION)
    return GTK_INFO_BAR (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkInfoBar *found = find_question_bar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_paste_offers_structure (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  GtkWidget *body = field (window, "Body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  CopydeskArticle *article;
  GtkInfoBar *offer;

  /* Typing a short line offers nothing. */
  editorux_type_into (body, "Pier");
  editorux_run_for (20);
  offer = find_question_bar (GTK_WIDGET (window));
  g_assert_false (gtk_info_bar_get_revealed (offer));
  gtk_text_buffer_set_text (buffer, "", -1);

  gtk_text_buffer_insert_interactive_at_cursor (buffer,
    "Pier reopens after repairs\n\nThe Victorian pier is open again.\n\n"
    "Repairs took two years.\n\nThe council paid half.", -1, TRUE);
  editorux_run_for (20);
  offer = find_question_bar (GTK_WIDGET (window));
  g_assert_nonnull (offer);
  g_assert_true (gtk_info_bar_get_revealed (offer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.structure-paste", NULL);
  article = ui_test_article (window);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Pier reopens after repairs");
  assert_shows (field (window, "Headline"), "Pier reopens after repairs");
  g_assert_false (gtk_info_bar_get_revealed (offer));
  editorux_destroy (window);
}


/* `copydesk FILE…`: a window per file; text is imported, the rest opened. */
static void
test_command_line (void)
{
  g_autofree char *text_path = copydesk_test_build_path ("ui", "fixtures", "harbour-story.txt",
                                                         NULL);
  GFile *files[2] = { copydesk_application_dup_sample (), g_file_new_for_path (text_path) };
  g_autoptr(GList) before = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_autoptr(GPtrArray) opened = g_ptr_array_new ();

  g_application_open (G_APPLICATION (app), files, 2, "");
  editorux_run_for (20);
  editorux_wait_until (all_idle, NULL, "the files to open");
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (g_list_find (before, l->data) == NULL)
      g_ptr_array_add (opened, l->data);
  g_assert_cmpuint (opened->len, ==, 2);
  for (guint i = 0; i < opened->len; i++)
    {
      CopydeskWindow *window = g_ptr_array_index (opened, i);
      CopydeskDocument *document = copydesk_window_get_document (window);
      const char *headline = copydesk_article_get_headline (ui_test_article (window));

      g_assert_null (ui_test_banner_text (window, "Error"));
      if (copydesk_document_get_file (document) != NULL)
        {
          /* The bundled sample, named on the command line, is still the sample. */
          g_assert_true (copydesk_document_get_is_sample (document));
          g_assert_true (g_str_has_prefix (headline, "Porthaven flood barrier"));
        }
      else
        g_assert_true (g_str_has_prefix (headline, "Lifeboat crew"));
    }
  for (guint i = 0; i < opened->len; i++)
    editorux_destroy (g_ptr_array_index (opened, i));
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

/* Whether the side area holding @slot is shown: the preview, or the
 * sidebar on the slot's page. */
static gboolean
side_shown (GtkBox *slot)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (slot), ADW_TYPE_FLAP);
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (slot), ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (flap);
  if (stack != NULL)
    {
      GtkWidget *page = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));

      if (page != GTK_WIDGET (slot) && !gtk_widget_is_ancestor (GTK_WIDGET (slot), page))
        return FALSE;
    }
  return adw_flap_get_reveal_flap (ADW_FLAP (flap));
}

static void
test_keyboard (void)
{
  const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.new", "<Control>n" },
    { "win.open", "<Control>o" },
    { "win.save", "<Control>s" },
    { "win.save-as", "<Shift><Control>s" },
    { "editor.find", "<Control>f" },
    { "editor.replace", "<Control>h" },
    { "win.close", "<Control>w" },
    { "app.quit", "<Control>q" },
    { "win.show-preview", "<Shift><Control>p" },
    { "win.show-help-overlay", "<Control>question" },
  };
  const char *form_order[] = {
    "Headline", "Standfirst", "Byline", "Dateline", "Add author", "Body", "Contributor note",
  };
  CopydeskWindow *window = editorux_new_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }
  /* The shortcuts window and the stateful panel toggles exist. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (g_action_group_get_action_state_type (G_ACTION_GROUP (window),
                                                          "show-preview"));
  g_assert_nonnull (g_action_group_get_action_state_type (G_ACTION_GROUP (window),
                                                          "show-photos"));

  /* The preview is shown by default, so that a newcomer sees the story
   * page; its side area follows its toggle (and setting). */
  g_assert_true (side_shown (_copydesk_window_get_preview_slot (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_assert_false (side_shown (_copydesk_window_get_preview_slot (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_assert_true (side_shown (_copydesk_window_get_preview_slot (window)));
  {
    /* Before the user gives it a width, it asks for the setting's 480
     * pixels in a 1280-pixel window (35% of it would be less). */
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(GVariant) chosen = g_settings_get_user_value (settings, "preview-width");
    GtkWidget *slot = GTK_WIDGET (_copydesk_window_get_preview_slot (window));
    int natural;

    g_assert_null (chosen);
    gtk_widget_measure (slot, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    g_assert_cmpint (natural, ==, 480);
  }
  g_assert_false (side_shown (_copydesk_window_get_photos_slot (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-photos", NULL);
  g_assert_true (side_shown (_copydesk_window_get_photos_slot (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-photos", NULL);

  /* Tab walks the form top to bottom. */
  gtk_widget_grab_focus (field (window, "Headline"));
  for (guint i = 1; i < G_N_ELEMENTS (form_order); i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      /* An entry's focus sits on its inner text widget. */
      while (focus != NULL && focus != field (window, form_order[i]))
        focus = gtk_widget_get_parent (focus);
      if (focus == NULL)
        g_error ("Tab did not move from “%s” to “%s”", form_order[i - 1], form_order[i]);
    }
  editorux_destroy (window);
}

/* The application is on a bus of the test's own, under an id of the tests',
 * whatever bus the caller had: it never registers on the user's session. */
static void
test_private_bus (void)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (app));
  const char *caller = g_getenv ("COPYDESK_CALLER_BUS");
  const char *ours = g_getenv ("DBUS_SESSION_BUS_ADDRESS");
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean taken = TRUE;

  g_assert_nonnull (connection);
  g_assert_true (g_str_has_prefix (g_application_get_application_id (G_APPLICATION (app)),
                                   APP_ID ".Test."));
  g_assert_nonnull (ours);
  if (caller != NULL && caller[0] != '\0')
    g_assert_cmpstr (ours, !=, caller);
  /* Nobody on this bus has Copydesk's own name. */
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &taken);
  g_assert_false (taken);
}

static gboolean
session_holds (CopydeskDocument *document)
{
  GListModel *documents = copydesk_session_get_documents (copydesk_application_get_session (app));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CopydeskDocument) item = g_list_model_get_item (documents, i);

      if (item == document)
        return TRUE;
    }
  return FALSE;
}

/* A window is given its document by the session, which holds it for as
 * long as the window lives, and drafts to the session's store. */
static void
test_session_document (void)
{
  CopydeskWindow *window = copydesk_application_new_window (app);
  g_autoptr(CopydeskDocument) document = g_object_ref (copydesk_window_get_document (window));
  CopydeskSession *session = copydesk_application_get_session (app);

  g_assert_true (session_holds (document));
  g_assert_true (copydesk_document_get_draft_store (document)
                 == copydesk_session_get_draft_store (session));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (session_holds (document));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();

  /* Windows come and go between tests; the application stays. */
  app = ui_test_app_new ();

  g_test_add_func ("/window/private-bus", test_private_bus);
  g_test_add_func ("/window/session-document", test_session_document);
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/headline-typing", test_headline_typing);
  g_test_add_func ("/window/body-undo-redo", test_body_undo_redo);
  g_test_add_func ("/window/body-incremental", test_body_incremental);
  g_test_add_func ("/window/form-to-model", test_form_to_model);
  g_test_add_func ("/window/open-sample", test_open_sample);
  g_test_add_func ("/window/save-reopen", test_save_reopen);
  g_test_add_func ("/window/save-error", test_save_error);
  g_test_add_func ("/window/open-with-warnings", test_open_with_warnings);
  g_test_add_func ("/window/import", test_import);
  g_test_add_func ("/window/import-missing-file", test_import_missing_file);
  g_test_add_func ("/window/close-with-changes", test_close_with_changes);
  g_test_add_func ("/window/close-unchanged", test_close_unchanged);
  g_test_add_func ("/window/find-replace", test_find_replace);
  g_test_add_func ("/window/blocks-and-placement", test_blocks_and_placement);
  g_test_add_func ("/window/paste-offers-structure", test_paste_offers_structure);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/command-line", test_command_line);

  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
