/* test-drafts.c: autosaved drafts, the session flag and crash recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test has a draft folder of its own. A "crash" is an application that
 * goes away without its shutdown (which is what marks a clean quit), its
 * windows destroyed without being asked about their changes; the "next
 * start" is a new application object on the same folder.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-test-util.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "sample-article.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

typedef CopydeskTestDrafts Fixture;


static gboolean
result_ready (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static gboolean
save_document (CopydeskDocument  *document,
               GFile             *target,
               GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  copydesk_document_save_async (document, target, NULL, copydesk_test_keep_result, &result);
  preview_test_wait (result_ready, &result);
  return copydesk_document_save_finish (document, result, error);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static gboolean
draft_error_set (gpointer data)
{
  return copydesk_document_get_draft_error (data) != NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

static gboolean
error_shown (gpointer data)
{
  return ui_test_banner_text (data, "Error") != NULL;
}

static gboolean
draft_error_cleared (gpointer data)
{
  return copydesk_document_get_draft_error (data) == NULL;
}

static gboolean
open_error_shown (gpointer data)
{
  const char *shown = ui_test_banner_text (data, "Error");

  return shown != NULL && !g_str_has_prefix (shown, "Autosave");
}

static gboolean
recovery_shown (gpointer data)
{
  return ui_test_banner_text (data, "Recovery") != NULL;
}

/* The document's autosave */

/* A document drafting to the fixture's store a second after a change. */
static CopydeskDocument *
autosaving_document (Fixture *f)
{
  CopydeskDocument *document = copydesk_document_new ();

  copydesk_document_set_draft_store (document, f->store);
  copydesk_document_set_autosave_delay (document, 1);
  return document;
}

static void
test_document_autosave (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CopydeskDocument) document = autosaving_document (f);
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  CopydeskArticle *current;
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) target = g_file_get_child (f->work, "saved.xml");
  g_autoptr(CopydeskDraftInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_document_set_article (document, article);
  current = copydesk_document_get_article (document);
  draft = copydesk_draft_store_dup_draft_file (f->store, copydesk_article_get_guid (current));
  g_assert_false (g_file_query_exists (draft, NULL));

  copydesk_article_set_headline (current, "Harbour wall holds through the night");
  preview_test_wait (file_exists, draft);
  g_assert_null (copydesk_document_get_draft_error (document));
  info = copydesk_test_assert_only_draft_is (f, current);
  g_assert_null (info->original);

  /* A real save takes the draft away. */
  g_assert_true (save_document (document, target, &error));
  g_assert_no_error (error);
  g_assert_false (copydesk_document_get_modified (document));
  g_assert_false (g_file_query_exists (draft, NULL));
  g_assert_cmpuint (copydesk_test_count_drafts (f), ==, 0);
}

/* A save that fails keeps the draft. */
static void
test_document_failed_save (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CopydeskDocument) document = autosaving_document (f);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) target = g_file_new_build_filename (g_file_peek_path (f->work), "missing",
                                                      "story.xml", NULL);
  g_autoptr(GError) error = NULL;
  CopydeskArticle *article = copydesk_document_get_article (document);

  copydesk_article_set_headline (article, "Ferry service resumes");
  draft = copydesk_draft_store_dup_draft_file (f->store, copydesk_article_get_guid (article));
  preview_test_wait (file_exists, draft);

  g_assert_false (save_document (document, target, &error));
  g_assert_nonnull (error);
  g_assert_true (copydesk_document_get_modified (document));
  g_assert_true (g_file_query_exists (draft, NULL));
}

/* Imported text is unsaved work before anything is typed into it. */
static void
test_document_import (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CopydeskDocument) document = autosaving_document (f);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskDraftInfo) info = NULL;

  g_assert_true (copydesk_document_import_text (document,
                                                "Lifeboat called out twice\n\n"
                                                "The crew launched at dawn.\n",
                                                &dropped, &error));
  g_assert_no_error (error);
  draft = copydesk_draft_store_dup_draft_file (
    f->store, copydesk_article_get_guid (copydesk_document_get_article (document)));
  preview_test_wait (file_exists, draft);
  info = copydesk_test_assert_only_draft_is (f, copydesk_document_get_article (document));
  g_assert_cmpstr (info->title, ==, "Lifeboat called out twice");
}

/* A drafts folder that cannot be made: said, not fatal, and saving works. */
static void
test_document_unwritable (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CopydeskDocument) document = autosaving_document (f);
  g_autoptr(GFile) blocker = g_file_get_child (f->folder, "drafts");
  g_autoptr(GFile) target = g_file_get_child (f->work, "saved.xml");
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be stops even root. */
  g_assert_true (g_file_replace_contents (blocker, "x", 1, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                          NULL, &error));
  copydesk_article_set_headline (copydesk_document_get_article (document), "Storm warning");
  preview_test_wait (draft_error_set, document);
  g_assert_true (strstr (copydesk_document_get_draft_error (document), "drafts") != NULL);

  g_assert_true (save_document (document, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (target, NULL));
}

/* The application and its windows */

static CopydeskApplication *
app_on (Fixture *f)
{
  return ui_test_app_new_on (f->store);
}

/* Gone without a shutdown, and without asking the windows. */
static void
crash (CopydeskApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}

static void
close_all (CopydeskApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      copydesk_document_set_modified (copydesk_window_get_document (l->data), FALSE);
      gtk_window_destroy (l->data);
    }
  g_list_free (windows);
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}

static CopydeskWindow *
only_window (CopydeskApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  return windows->data;
}

/* An article saved in the work folder, open in a window that autosaves
 * after a second, and changed: its draft is on disk when this returns. */
static CopydeskWindow *
edit_saved_article (Fixture             *f,
                    CopydeskApplication *app,
                    const char          *headline,
                    GFile              **draft)
{
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  g_autoptr(GFile) file = g_file_get_child (f->work, "story.xml");
  g_autoptr(GBytes) bytes = copydesk_newsml_write (article, f->work, NULL);
  g_autoptr(GError) error = NULL;
  CopydeskWindow *window = ui_test_window_new (app);
  CopydeskDocument *document = copydesk_window_get_document (window);

  g_assert_true (g_file_replace_contents (file, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  copydesk_window_open (window, file, FALSE);
  preview_test_wait (not_busy, window);
  copydesk_document_set_autosave_delay (document, 1);
  copydesk_article_set_headline (ui_test_article (window), headline);
  *draft = copydesk_draft_store_dup_draft_file (
    f->store, copydesk_article_get_guid (ui_test_article (window)));
  preview_test_wait (file_exists, *draft);
  return window;
}

static void
test_crash_recovery (Fixture       *f,
                     gconstpointer  data)
{
  CopydeskApplication *app = app_on (f);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) file = g_file_get_child (f->work, "story.xml");
  g_autoptr(GBytes) before = NULL;
  CopydeskWindow *window;
  CopydeskDocument *document;

  g_assert_cmpuint (copydesk_application_recover (app), ==, 0);
  window = edit_saved_article (f, app, "Barrier closed as tide peaks", &draft);
  before = copydesk_test_as_written (ui_test_article (window));
  crash (app);
  g_clear_object (&f->store);

  /* The next start, in a new application with a new store object. */
  f->store = copydesk_draft_store_new (f->folder);
  app = app_on (f);
  g_assert_cmpuint (copydesk_application_recover (app), ==, 1);
  window = only_window (app);
  preview_test_wait (recovery_shown, window);
  document = copydesk_window_get_document (window);
  g_assert_true (g_str_has_prefix (ui_test_banner_text (window, "Recovery"),
                                   "Recovered unsaved changes from "));
  g_assert_cmpstr (copydesk_article_get_headline (ui_test_article (window)), ==,
                   "Barrier closed as tide peaks");
  {
    g_autoptr(GBytes) after = copydesk_test_as_written (ui_test_article (window));

    g_assert_cmpmem (g_bytes_get_data (before, NULL), g_bytes_get_size (before),
                     g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  }
  g_assert_true (copydesk_document_get_modified (document));
  g_assert_true (g_file_equal (copydesk_document_get_file (document), file));
  g_assert_false (copydesk_document_get_is_sample (document));
  g_assert_true (g_file_query_exists (draft, NULL));

  /* Saving the recovered article ends its draft. */
  copydesk_window_save (window, NULL);
  preview_test_wait (not_busy, window);
  g_assert_false (copydesk_document_get_modified (document));
  g_assert_false (g_file_query_exists (draft, NULL));
  close_all (app);
}

static gboolean
quit_app (gpointer data)
{
  g_application_quit (data);
  return G_SOURCE_REMOVE;
}

/* Discarding deletes the draft; a clean quit then offers nothing. */
static void
test_discard_and_clean_quit (Fixture       *f,
                             gconstpointer  data)
{
  CopydeskApplication *app = app_on (f);
  g_autoptr(GFile) draft = NULL;
  CopydeskWindow *window;
  GtkWidget *dialog;
  gboolean crashed = TRUE;

  g_assert_cmpuint (copydesk_application_recover (app), ==, 0);
  window = edit_saved_article (f, app, "Council meets on flood plan", &draft);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  dialog = ui_test_dialog_of (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  g_assert_false (g_file_query_exists (draft, NULL));
  /* The window closes from an idle: wait for it to be gone. */
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);

  /* A run that ends with the application's own quit and shutdown. */
  g_idle_add (quit_app, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  close_all (app);
  g_clear_object (&f->store);
  f->store = copydesk_draft_store_new (f->folder);
  g_assert_true (copydesk_draft_store_begin_session (f->store, &crashed, NULL));
  g_assert_false (crashed);

  /* Even after a crash (this store's session never ends), the discarded
   * draft is not offered. */
  g_clear_object (&f->store);
  f->store = copydesk_draft_store_new (f->folder);
  app = app_on (f);
  g_assert_cmpuint (copydesk_application_recover (app), ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  close_all (app);
}

/* A draft that cannot be read: said in the banner, kept, no crash. */
static void
test_corrupt_draft (Fixture       *f,
                    gconstpointer  data)
{
  CopydeskApplication *app = app_on (f);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;
  CopydeskWindow *window;

  g_assert_cmpuint (copydesk_application_recover (app), ==, 0);
  edit_saved_article (f, app, "Half-written story", &draft);
  crash (app);
  g_assert_true (g_file_replace_contents (draft, "<newsMessage", 12, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&f->store);
  f->store = copydesk_draft_store_new (f->folder);
  app = app_on (f);
  g_assert_cmpuint (copydesk_application_recover (app), ==, 1);
  window = only_window (app);
  preview_test_wait (recovery_shown, window);
  title = ui_test_banner_text (window, "Recovery");
  g_assert_true (strstr (title, "could not be recovered") != NULL);
  g_assert_true (strstr (title, "Half-written story") != NULL);
  g_assert_true (strstr (title, g_file_peek_path (draft)) != NULL);
  g_assert_true (g_file_query_exists (draft, NULL));
  g_assert_false (copydesk_document_get_modified (copydesk_window_get_document (window)));
  close_all (app);
}

/* The window says when autosave fails, and saving still works. */
static void
test_window_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  CopydeskApplication *app = app_on (f);
  g_autoptr(GFile) blocker = g_file_get_child (f->folder, "drafts");
  g_autoptr(GFile) target = g_file_get_child (f->work, "saved.xml");
  g_autoptr(GError) error = NULL;
  CopydeskWindow *window = ui_test_window_new (app);
  CopydeskDocument *document = copydesk_window_get_document (window);

  g_assert_true (g_file_replace_contents (blocker, "x", 1, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                          NULL, &error));
  gtk_window_present (GTK_WINDOW (window));
  copydesk_document_set_autosave_delay (document, 1);
  copydesk_article_set_headline (ui_test_article (window), "Roads reopen");
  preview_test_wait (draft_error_set, document);
  g_assert_true (g_str_has_prefix (ui_test_banner_text (window, "Error"), "Autosave failed"));

  copydesk_window_save (window, target);
  preview_test_wait (not_busy, window);
  g_assert_null (ui_test_banner_text (window, "Error"));
  g_assert_false (copydesk_document_get_modified (document));
  g_assert_true (g_file_query_exists (target, NULL));

  /* Still failing: said again. */
  copydesk_article_set_headline (ui_test_article (window), "Roads reopen at noon");
  preview_test_wait (error_shown, window);
  g_assert_true (g_str_has_prefix (ui_test_banner_text (window, "Error"), "Autosave failed"));

  /* A failed open says so over it. */
  {
    g_autoptr(GFile) missing = g_file_get_child (f->work, "missing.xml");

    copydesk_window_open (window, missing, FALSE);
    preview_test_wait (open_error_shown, window);
  }

  /* The folder can be made again: the next draft is written and autosave's
   * failure goes, and only it: the open's message stands. */
  g_assert_true (g_file_delete (blocker, NULL, &error));
  copydesk_article_set_headline (ui_test_article (window), "Roads reopen at one");
  preview_test_wait (draft_error_cleared, document);
  g_assert_cmpuint (copydesk_test_count_drafts (f), ==, 1);
  g_assert_true (open_error_shown (window));
  close_all (app);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();

#define ADD(path, func) \
  g_test_add ("/drafts/" path, Fixture, NULL, copydesk_test_drafts_set_up, func, \
              copydesk_test_drafts_tear_down)
  ADD ("document/autosave-and-save", test_document_autosave);
  ADD ("document/failed-save-keeps-draft", test_document_failed_save);
  ADD ("document/import-is-drafted", test_document_import);
  ADD ("document/unwritable-folder", test_document_unwritable);
  ADD ("window/crash-recovery", test_crash_recovery);
  ADD ("window/discard-and-clean-quit", test_discard_and_clean_quit);
  ADD ("window/corrupt-draft", test_corrupt_draft);
  ADD ("window/unwritable-folder", test_window_unwritable);
#undef ADD
  return g_test_run ();
}
