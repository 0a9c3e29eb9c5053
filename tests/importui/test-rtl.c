/* test-rtl.c: a right-to-left story is laid out right to left in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An Arabic story imported into the editor turns the body view, the prose
 * fields and the preview's blocks right to left; an English one imported
 * after it turns them back.
 */
#include "config.h"

#include "copydesk-editor.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "rtl-story.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

typedef struct
{
  CopydeskApplication *app;
  CopydeskWindow      *window;
} Fixture;

static gboolean
preview_current (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

static void
import (Fixture    *f,
        const char *text)
{
  CopydeskDocument *document = copydesk_window_get_document (f->window);
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (copydesk_document_import_text (document, text, &dropped, &error));
  g_assert_no_error (error);
  preview_test_wait (preview_current, _copydesk_window_get_preview (f->window));
  preview_test_wait_frames (GTK_WIDGET (f->window), 4);
}

static CopydeskEditor *
editor_of (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (ui_test_body_view (f->window));

  return COPYDESK_EDITOR (gtk_widget_get_ancestor (view, COPYDESK_TYPE_EDITOR));
}

/* The body view, every prose field and the preview's first block. */
static void
assert_direction (Fixture          *f,
                  GtkTextDirection  direction)
{
  CopydeskEditor *editor = editor_of (f);
  g_autoptr(GPtrArray) fields = copydesk_editor_list_prose_fields (editor);
  CopydeskReaderView *reader =
    _copydesk_preview_pane_get_reader_view (COPYDESK_PREVIEW_PANE (
                                              _copydesk_window_get_preview (f->window)));

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (copydesk_editor_get_body_view (editor))),
                   ==, direction);
  for (guint i = 0; i < fields->len; i++)
    g_assert_cmpint (gtk_widget_get_direction (g_ptr_array_index (fields, i)), ==, direction);
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader), >, 0);
  g_assert_cmpint (gtk_widget_get_direction (copydesk_reader_view_get_block_widget (reader, 0)),
                   ==, direction);
}

static void
test_rtl_story (Fixture       *f,
                gconstpointer  data)
{
  CopydeskArticle *article;

  import (f, rtl_story);
  article = ui_test_article (f->window);
  g_assert_cmpstr (copydesk_article_get_language (article), ==, "ar");
  assert_direction (f, GTK_TEXT_DIR_RTL);

  import (f, ltr_story);
  g_assert_cmpstr (copydesk_article_get_language (ui_test_article (f->window)),
                   ==, "en");
  assert_direction (f, GTK_TEXT_DIR_LTR);
}

/* Typing a language into the Details field turns the views at once. */
static void
test_language_field (Fixture       *f,
                     gconstpointer  data)
{
  import (f, ltr_story);
  copydesk_article_set_language (ui_test_article (f->window), "he");
  preview_test_wait (preview_current, _copydesk_window_get_preview (f->window));
  preview_test_wait_frames (GTK_WIDGET (f->window), 4);
  assert_direction (f, GTK_TEXT_DIR_RTL);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->app = ui_test_app_new ();
  f->window = ui_test_open_sample (f->app, 1280, 800);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  copydesk_document_set_modified (copydesk_window_get_document (f->window), FALSE);
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_test_app_free (f->app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  g_test_add ("/rtl/imported-story", Fixture, NULL, setup, test_rtl_story, teardown);
  g_test_add ("/rtl/language-field", Fixture, NULL, setup, test_language_field, teardown);
  return g_test_run ();
}
