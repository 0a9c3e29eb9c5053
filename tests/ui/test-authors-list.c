/* test-authors-list.c: the authors in the form, and the byline made from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Driven as a person would, through widgets found by their accessible names.
 */
#include "config.h"

#include <string.h>

#include "editorux-test.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

static GtkWidget *
row_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (row);
  return row;
}

/* The row of author @index, found through the list named "Authors". */
static GtkWidget *
author_row (CopydeskWindow *window,
            int             index)
{
  GtkWidget *list = editorux_field (GTK_WIDGET (window), "Authors");
  GtkListBoxRow *row;

  g_assert_true (GTK_IS_LIST_BOX (list));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static void
add_author (CopydeskWindow *window,
            const char     *name,
            const char     *title,
            const char     *bio)
{
  GtkWidget *focus, *row;

  g_signal_emit_by_name (editorux_field (GTK_WIDGET (window), "Add author"), "clicked");
  /* the new author's name has the cursor */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_test_message ("focus on %s", G_OBJECT_TYPE_NAME (focus));
  row = row_of (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, editorux_field (row, "Author name")));
  editorux_type_into (editorux_field (row, "Author name"), name);
  editorux_type_into (editorux_field (row, "Job title"), title);
  editorux_type_into (editorux_field (row, "Author bio"), bio);
}

static const char *
name_at (CopydeskArticle *article,
         guint            index)
{
  g_autoptr(CopydeskAuthor) author = g_list_model_get_item (copydesk_article_get_authors (article),
                                                            index);

  return author != NULL ? copydesk_author_get_name (author) : NULL;
}

static void
test_add_edit_reorder_remove (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *byline = editorux_field (GTK_WIDGET (window), "Byline");
  g_autofree char *shown = NULL;
  g_autoptr(CopydeskAuthor) second = NULL;

  add_author (window, "Ann Poe", "Port reporter", "Ann Poe covers the harbour.");
  add_author (window, "Ben Roe", "Data editor", "Ben Roe runs the numbers.");
  add_author (window, "Cai Loe", "", "");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 3);
  second = g_list_model_get_item (copydesk_article_get_authors (article), 1);
  g_assert_cmpstr (copydesk_author_get_job_title (second), ==, "Data editor");
  g_assert_cmpstr (copydesk_author_get_bio (second), ==, "Ben Roe runs the numbers.");

  /* the byline field shows the byline the list makes */
  shown = editorux_text_of (byline);
  g_assert_cmpstr (shown, ==, copydesk_article_get_byline (article));
  g_assert_true (strstr (shown, "Ann Poe") < strstr (shown, "Cai Loe"));
  g_assert_nonnull (strstr (shown, "Ben Roe"));
  g_assert_false (copydesk_article_get_byline_override (article));

  /* the buttons move an author, and the byline follows */
  g_signal_emit_by_name (editorux_field (author_row (window, 2), "Move author up"), "clicked");
  g_assert_cmpstr (name_at (article, 1), ==, "Cai Loe");
  g_assert_cmpstr (name_at (article, 2), ==, "Ben Roe");
  g_clear_pointer (&shown, g_free);
  shown = editorux_text_of (byline);
  g_assert_true (strstr (shown, "Cai Loe") < strstr (shown, "Ben Roe"));
  /* the first cannot go up, the last cannot go down */
  g_assert_false (gtk_widget_get_sensitive (editorux_field (author_row (window, 0),
                                                            "Move author up")));
  g_assert_false (gtk_widget_get_sensitive (editorux_field (author_row (window, 2),
                                                            "Move author down")));
  g_signal_emit_by_name (editorux_field (author_row (window, 0), "Move author down"), "clicked");
  g_assert_cmpstr (name_at (article, 0), ==, "Cai Loe");
  g_assert_cmpstr (name_at (article, 1), ==, "Ann Poe");

  /* remove */
  g_signal_emit_by_name (editorux_field (author_row (window, 0), "Remove author"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 2);
  g_assert_cmpstr (name_at (article, 0), ==, "Ann Poe");
  g_clear_pointer (&shown, g_free);
  shown = editorux_text_of (byline);
  g_assert_null (strstr (shown, "Cai Loe"));
  editorux_destroy (window);
}

/* Alt+Up and Alt+Down move the author whose row has the focus, and the
 * focus stays with them. */
static void
test_keyboard_reorder (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *name;

  add_author (window, "Ann Poe", "", "");
  add_author (window, "Ben Roe", "", "");
  add_author (window, "Cai Loe", "", "");
  name = editorux_field (author_row (window, 2), "Author name");
  gtk_widget_grab_focus (name);
  g_signal_emit_by_name (author_row (window, 2), "move", -1);
  g_assert_cmpstr (name_at (article, 1), ==, "Cai Loe");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         author_row (window, 1)));
  editorux_destroy (window);
}

/* Typing into the byline makes it the user's; clearing it gives the
 * derived byline back. */
static void
test_byline_override (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  GtkWidget *byline = editorux_field (GTK_WIDGET (window), "Byline");
  g_autofree char *derived = NULL;
  g_autofree char *shown = NULL;

  add_author (window, "Ann Poe", "", "");
  derived = editorux_text_of (byline);
  g_assert_cmpstr (derived, !=, "");
  gtk_editable_set_text (GTK_EDITABLE (byline), "By our harbour staff");
  g_assert_true (copydesk_article_get_byline_override (article));
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By our harbour staff");
  /* an author added now leaves the typed byline alone */
  add_author (window, "Ben Roe", "", "");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By our harbour staff");
  gtk_editable_set_text (GTK_EDITABLE (byline), "");
  g_assert_false (copydesk_article_get_byline_override (article));
  editorux_run_for (20);
  shown = editorux_text_of (byline);
  g_assert_nonnull (strstr (shown, "Ann Poe"));
  g_assert_nonnull (strstr (shown, "Ben Roe"));
  editorux_destroy (window);
}

/* Agency copy: a byline and no author list fills the list when it opens. */
static void
test_imported_byline_fills_list (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskDocument *document = copydesk_window_get_document (window);
  g_autoptr(GError) error = NULL;
  CopydeskArticle *article;
  GtkWidget *list;

  g_assert_true (copydesk_document_import_text (document,
                                                "Ferry timetable changes next week\n\n"
                                                "By Dana Wren and Eli Marsh\n\n"
                                                "The island ferry will run an hour later "
                                                "from Monday, the operator said.\n",
                                                NULL, &error));
  g_assert_no_error (error);
  editorux_run_for (20);
  article = ui_test_article (window);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 2);
  g_assert_cmpstr (name_at (article, 0), ==, "Dana Wren");
  list = editorux_field (GTK_WIDGET (window), "Authors");
  {
    g_autofree char *name = editorux_text_of (editorux_field (author_row (window, 1),
                                                              "Author name"));

    g_assert_cmpstr (name, ==, "Eli Marsh");
  }
  g_assert_nonnull (list);
  editorux_destroy (window);
}

/* The sample's two authors are rows, each with their own bio. */
static void
test_sample_authors (void)
{
  CopydeskWindow *window = ui_test_open_sample (app, 1280, 800);
  g_autofree char *bio = NULL;
  g_autofree char *title = NULL;

  bio = editorux_text_of (editorux_field (author_row (window, 1), "Author bio"));
  title = editorux_text_of (editorux_field (author_row (window, 1), "Job title"));
  g_assert_cmpstr (title, ==, "Local government correspondent");
  g_assert_nonnull (strstr (bio, "Rhodri Kessell"));
  editorux_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  app = ui_test_app_new ();
  g_test_add_func ("/authors-list/add-edit-reorder-remove", test_add_edit_reorder_remove);
  g_test_add_func ("/authors-list/keyboard-reorder", test_keyboard_reorder);
  g_test_add_func ("/authors-list/byline-override", test_byline_override);
  g_test_add_func ("/authors-list/imported-byline", test_imported_byline_fills_list);
  g_test_add_func ("/authors-list/sample", test_sample_authors);
  status = g_test_run ();
  ui_test_app_free (app);
  return status;
}
