/* test-wireui.c: the wire fields in the editor (issue 11): the story's
 * credit line in the details panel, and a message of several stories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-window-internal.h"
#include "copydesk-window-private.h"
#include "copydesk-test-util.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

typedef UiTestFolder Fixture;


static CopydeskWindow *
shown_window (Fixture *f)
{
  CopydeskWindow *window = ui_test_window_new (f->app);

  gtk_window_present (GTK_WINDOW (window));
  preview_test_wait_frames (GTK_WIDGET (window), 2);
  return window;
}

static GtkEditable *
credit_entry (CopydeskWindow *window)
{
  GtkWidget *entry = ui_test_find_labelled (GTK_WIDGET (window), "Credit");

  g_assert_nonnull (entry);
  g_assert_true (GTK_IS_ENTRY (entry));
  return GTK_EDITABLE (entry);
}

/* The text newsItem's contentMeta/creditline, as the file has it. */
static char *
text_item_credit (const char *path)
{
  g_autofree char *xml = NULL;
  const char *item, *start, *end;

  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  item = strstr (xml, "<itemClass qcode=\"ninat:text\"");
  g_assert_nonnull (item);
  start = strstr (item, "<creditline>");
  if (start == NULL || (strstr (item, "</contentMeta>") < start))
    return NULL;
  start += strlen ("<creditline>");
  end = strstr (start, "</creditline>");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* Typed in the details panel, undone and redone as the other fields are,
 * saved where the mapping puts it, and shown again when the file reopens. */
static void
test_creditline_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  CopydeskWindow *window = shown_window (f);
  g_autofree char *path = g_build_filename (f->dir, "credit.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *written = NULL;
  GtkEditable *entry = credit_entry (window);
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (entry));
  CopydeskWindow *reopened;
  int position = 0;

  gtk_widget_grab_focus (text);
  gtk_editable_insert_text (entry, "Harbour Desk/Example News", -1, &position);
  g_assert_cmpstr (copydesk_article_get_creditline (ui_test_article (window)), ==,
                   "Harbour Desk/Example News");
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (window)));
  g_assert_true (gtk_widget_activate_action (text, "text.undo", NULL));
  g_assert_cmpstr (copydesk_article_get_creditline (ui_test_article (window)), ==, "");
  g_assert_true (gtk_widget_activate_action (text, "text.redo", NULL));
  g_assert_cmpstr (copydesk_article_get_creditline (ui_test_article (window)), ==,
                   "Harbour Desk/Example News");

  copydesk_article_set_headline (ui_test_article (window), "Credit round trip");
  copydesk_window_save (window, file);
  preview_test_wait (ui_test_not_busy, window);
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  written = text_item_credit (path);
  g_assert_cmpstr (written, ==, "Harbour Desk/Example News");
  {
    g_autoptr(GBytes) bytes = copydesk_test_load (path);

    copydesk_test_validate_newsml (bytes, "the saved story with a credit");
  }

  reopened = shown_window (f);
  copydesk_window_open (reopened, file, FALSE);
  preview_test_wait (ui_test_not_busy, reopened);
  g_assert_cmpstr (gtk_editable_get_text (credit_entry (reopened)), ==,
                   "Harbour Desk/Example News");
  g_assert_cmpstr (copydesk_article_get_creditline (ui_test_article (reopened)), ==,
                   "Harbour Desk/Example News");
}

/* The visible message dialog whose heading starts with @prefix, or NULL. */
static AdwMessageDialog *
find_dialog (const char *prefix)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && g_str_has_prefix (adw_message_dialog_get_heading (l->data), prefix))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
chooser_shown (gpointer data)
{
  return find_dialog ("“three-stories.xml” holds") != NULL;
}

static gboolean
overwrite_asked (gpointer data)
{
  return find_dialog ("Save over") != NULL;
}


static guint
stories_in (const char *path)
{
  g_autoptr(GBytes) bytes = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = copydesk_newsml_list_stories (bytes, &error);

  g_assert_no_error (error);
  return stories->len;
}

static const char * const HEADLINES[] = {
  "Orchard growers expect an early apple harvest",
  "Library reopens its reading room after repairs",
  "Night buses return to the river line",
};

/* The chooser lists each story with its guid and version; the chosen one
 * opens. */
static AdwMessageDialog *
check_chooser (void)
{
  AdwMessageDialog *dialog = find_dialog ("“three-stories.xml” holds 3 stories");
  GtkListBox *list;

  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not kept"));
  list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_LIST_BOX (list));
  for (guint i = 0; i < 3; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       HEADLINES[i]);
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 1))),
                   ==, "urn:test:roundup-2 · version 3");
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 0));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 2));
  return dialog;
}

/* The notes on opening say how many stories the file holds and which one
 * is open, and nothing of the converter's options. */
static void
assert_story_note (CopydeskWindow *window,
                   const char     *expected)
{
  CopydeskNotices *notices = copydesk_document_get_notices (copydesk_window_get_document (window));
  GPtrArray *notes = copydesk_notices_get_notes (notices);
  gboolean found = FALSE;

  g_assert_nonnull (notes);
  for (guint i = 0; i < notes->len; i++)
    {
      const char *note = g_ptr_array_index (notes, i);

      g_assert_null (strstr (note, "copydesk-convert"));
      g_assert_null (strstr (note, "--item"));
      found |= g_str_equal (note, expected);
    }
  if (!found)
    g_error ("no note says “%s”", expected);
}

/* A file of several stories: each is offered, the chosen one opens, and
 * saving over the file (which keeps only that one) asks first. */
static void
test_multi_story (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *source = copydesk_test_build_path ("wireui", "fixtures", "three-stories.xml",
                                                      NULL);
  g_autofree char *path = g_build_filename (f->dir, "three-stories.xml", NULL);
  g_autofree char *original = NULL;
  g_autofree char *after_cancel = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskWindow *window = shown_window (f);
  CopydeskArticle *article;

  g_assert_true (g_file_get_contents (source, &original, NULL, NULL));
  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  copydesk_window_open (window, file, FALSE);
  preview_test_wait (chooser_shown, NULL);
  assert_story_note (window, "the file holds 3 stories: this is story 1 (the others open "
                             "separately)");
  ui_test_respond (check_chooser (), "open");
  preview_test_wait (ui_test_not_busy, window);
  assert_story_note (window, "the file holds 3 stories: this is story 3 (the others open "
                             "separately)");
  article = ui_test_article (window);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, HEADLINES[2]);
  g_assert_cmpstr (copydesk_article_get_guid (article), ==, "urn:test:roundup-3");
  /* the chosen story is opened once: no second chooser */
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_null (find_dialog ("“three-stories.xml” holds"));

  copydesk_article_set_headline (article, "Night buses return to the river line on Friday");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  preview_test_wait (overwrite_asked, NULL);
  ui_test_respond (find_dialog ("Save over"), "cancel");
  preview_test_wait (ui_test_not_busy, window);
  g_assert_true (g_file_get_contents (path, &after_cancel, NULL, NULL));
  g_assert_cmpstr (after_cancel, ==, original);
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  preview_test_wait (overwrite_asked, NULL);
  ui_test_respond (find_dialog ("Save over"), "overwrite");
  preview_test_wait (ui_test_not_busy, window);
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  g_assert_cmpuint (stories_in (path), ==, 1);
  /* asked once for this article */
  copydesk_article_set_headline (article, HEADLINES[2]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  preview_test_wait (ui_test_not_busy, window);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_null (find_dialog ("Save over"));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
}

/* Keeping the first closes the chooser and leaves the first story open. */
static void
test_multi_story_keep_first (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = copydesk_test_build_path ("wireui", "fixtures", "three-stories.xml",
                                                    NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskWindow *window = shown_window (f);

  copydesk_window_open (window, file, FALSE);
  preview_test_wait (chooser_shown, NULL);
  ui_test_respond (check_chooser (), "keep");
  preview_test_wait (ui_test_not_busy, window);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_cmpstr (copydesk_article_get_headline (ui_test_article (window)), ==,
                   HEADLINES[0]);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

  g_test_add ("/wireui/creditline-round-trip", Fixture, NULL,
              ui_test_folder_set_up, test_creditline_round_trip, ui_test_folder_tear_down);
  g_test_add ("/wireui/multi-story/choose-and-save", Fixture, NULL,
              ui_test_folder_set_up, test_multi_story, ui_test_folder_tear_down);
  g_test_add ("/wireui/multi-story/keep-first", Fixture, NULL,
              ui_test_folder_set_up, test_multi_story_keep_first, ui_test_folder_tear_down);
  return g_test_run ();
}
