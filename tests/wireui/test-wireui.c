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

typedef struct
{
  CopydeskApplication *app;
  char                *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = ui_test_app_new ();
  f->dir = g_dir_make_tmp ("copydesk-wireui-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
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

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

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
  g_assert_cmpstr (copydesk_article_get_creditline (_copydesk_window_get_article (window)), ==,
                   "Harbour Desk/Example News");
  g_assert_true (copydesk_document_get_modified (copydesk_window_get_document (window)));
  g_assert_true (gtk_widget_activate_action (text, "text.undo", NULL));
  g_assert_cmpstr (copydesk_article_get_creditline (_copydesk_window_get_article (window)), ==, "");
  g_assert_true (gtk_widget_activate_action (text, "text.redo", NULL));
  g_assert_cmpstr (copydesk_article_get_creditline (_copydesk_window_get_article (window)), ==,
                   "Harbour Desk/Example News");

  copydesk_article_set_headline (_copydesk_window_get_article (window), "Credit round trip");
  copydesk_window_save (window, file);
  preview_test_wait (not_busy, window);
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  written = text_item_credit (path);
  g_assert_cmpstr (written, ==, "Harbour Desk/Example News");
  {
    g_autoptr(GBytes) bytes = copydesk_test_load (path);

    copydesk_test_validate_newsml (bytes, "the saved story with a credit");
  }

  reopened = shown_window (f);
  copydesk_window_open (reopened, file, FALSE);
  preview_test_wait (not_busy, reopened);
  g_assert_cmpstr (gtk_editable_get_text (credit_entry (reopened)), ==,
                   "Harbour Desk/Example News");
  g_assert_cmpstr (copydesk_article_get_creditline (_copydesk_window_get_article (reopened)), ==,
                   "Harbour Desk/Example News");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/wireui/creditline-round-trip", Fixture, NULL,
              fixture_set_up, test_creditline_round_trip, fixture_tear_down);
  return g_test_run ();
}
