/* test-document.c: the document owns its text, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body buffer belongs to the document, which flushes it into the
 * article itself: a save, a draft or a snapshot right after a keystroke
 * holds that keystroke, with no call to remember anywhere else.
 */
#include "config.h"

#include <string.h>

#include "copydesk-session.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* A document on the sample, as opened: not modified. */
static CopydeskDocument *
sample_document (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  CopydeskDocument *document = copydesk_document_new ();

  copydesk_document_set_article (document, article);
  copydesk_document_set_modified (document, FALSE);
  return document;
}

/* Types @text at the end of the body, as a keystroke would. */
static void
type_at_end (CopydeskDocument *document,
             const char       *text)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (copydesk_document_get_buffer (document));
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

static gboolean
body_holds (CopydeskArticle *article,
            const char      *text)
{
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (article));

  return strstr (markup, text) != NULL;
}

/* The buffer shows the article's body; loading it is no edit. */
static void
test_document_owns_the_text (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  CopydeskBodyBuffer *buffer = copydesk_document_get_buffer (document);
  g_autofree char *text = copydesk_body_buffer_dup_text (buffer);
  g_autofree char *markup =
    copydesk_body_to_markup (copydesk_article_get_body (copydesk_document_get_article (document)));

  g_assert_true (copydesk_body_buffer_get_article (buffer)
                 == copydesk_document_get_article (document));
  g_assert_cmpstr (text, ==, markup);
  g_assert_false (copydesk_document_get_modified (document));
  g_assert_null (copydesk_document_get_body_error (document));

  /* A keystroke marks the document at once, before any parse. */
  type_at_end (document, "\n\nA late paragraph.");
  g_assert_true (copydesk_document_get_modified (document));
  g_assert_true (copydesk_body_buffer_get_pending (buffer));
  g_assert_false (body_holds (copydesk_document_get_article (document), "A late paragraph."));
}

/* Saved right after the keystroke, the file holds it. */
static void
test_save_flushes (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  g_autoptr(GFile) folder = copydesk_test_temp_folder ("copydesk-document-XXXXXX");
  g_autoptr(GFile) file = g_file_get_child (folder, "story.xml");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  type_at_end (document, "\n\nTyped just before saving.");
  copydesk_document_save_async (document, file, NULL, copydesk_test_keep_result, &result);
  wait_for (&result);
  g_assert_true (copydesk_document_save_finish (document, result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_nonnull (strstr (contents, "Typed just before saving."));
  g_assert_false (copydesk_document_get_modified (document));
  copydesk_test_remove_tree (folder);
}

/* A snapshot (what export is given) holds the keystroke too. */
static void
test_snapshot_flushes (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  g_autoptr(CopydeskArticle) snapshot = NULL;

  type_at_end (document, "\n\nTyped just before exporting.");
  snapshot = copydesk_document_snapshot (document);
  g_assert_true (copydesk_article_is_frozen (snapshot));
  g_assert_true (body_holds (snapshot, "Typed just before exporting."));
}

static gboolean
draft_written (CopydeskDraftStore *store)
{
  g_autoptr(GPtrArray) drafts = copydesk_draft_store_list (store);

  return drafts->len > 0;
}

/* A draft holds what was typed, parsed by the document itself. */
static void
test_draft_holds_typing (void)
{
  g_autoptr(GFile) folder = copydesk_test_temp_folder ("copydesk-document-XXXXXX");
  g_autoptr(CopydeskDraftStore) store = copydesk_draft_store_new (folder);
  g_autoptr(CopydeskSession) session = copydesk_session_new (store);
  g_autoptr(CopydeskDocument) document = copydesk_session_add_document (session);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(CopydeskArticle) back = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_document_set_autosave_delay (document, 1);
  type_at_end (document, "A first paragraph typed into a new article.");
  while (!draft_written (store))
    g_main_context_iteration (NULL, TRUE);
  drafts = copydesk_draft_store_list (store);
  back = copydesk_draft_store_read (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_true (body_holds (back, "A first paragraph typed into a new article."));
  copydesk_test_remove_tree (folder);
}

/* Another article in the document: the buffer shows it, and what was
 * typed into the first went into the first before the switch. */
static void
test_new_article_follows (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  g_autoptr(CopydeskArticle) first = g_object_ref (copydesk_document_get_article (document));
  g_autoptr(CopydeskArticle) second = copydesk_article_new ();
  g_autofree char *text = NULL;

  type_at_end (document, "\n\nTyped before the switch.");
  copydesk_document_set_article (document, second);
  g_assert_true (body_holds (first, "Typed before the switch."));
  text = copydesk_body_buffer_dup_text (copydesk_document_get_buffer (document));
  g_assert_cmpstr (text, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/owns-the-text", test_document_owns_the_text);
  g_test_add_func ("/document/save-flushes", test_save_flushes);
  g_test_add_func ("/document/snapshot-flushes", test_snapshot_flushes);
  g_test_add_func ("/document/draft-holds-typing", test_draft_holds_typing);
  g_test_add_func ("/document/new-article-follows", test_new_article_follows);
  return g_test_run ();
}
