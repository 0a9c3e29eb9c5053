/* test-session.c: the session owns the draft store, the open documents and
 * crash recovery, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-session.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

static void
write_draft (CopydeskDraftStore *store,
             CopydeskArticle    *article)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_draft_store_write_async (store, article, NULL, FALSE, NULL, copydesk_test_keep_result,
                                    &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (copydesk_draft_store_write_finish (store, result, &error));
  g_assert_no_error (error);
}

/* Each document the session adds drafts to its store, and is listed until
 * its window lets it go. */
static void
test_session_documents (void)
{
  g_autoptr(GFile) folder = copydesk_test_temp_folder ("copydesk-session-XXXXXX");
  g_autoptr(CopydeskDraftStore) store = copydesk_draft_store_new (folder);
  g_autoptr(CopydeskSession) session = copydesk_session_new (store);
  GListModel *documents = copydesk_session_get_documents (session);
  g_autoptr(CopydeskDocument) first = copydesk_session_add_document (session);
  g_autoptr(CopydeskDocument) second = copydesk_session_add_document (session);
  g_autoptr(CopydeskDocument) listed = NULL;

  g_assert_true (copydesk_session_get_draft_store (session) == store);
  g_assert_true (copydesk_document_get_draft_store (first) == store);
  g_assert_true (copydesk_document_get_draft_store (second) == store);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  copydesk_session_remove_document (session, first);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  listed = g_list_model_get_item (documents, 0);
  g_assert_true (listed == second);
  /* Removing twice is harmless. */
  copydesk_session_remove_document (session, first);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  copydesk_test_remove_tree (folder);
}

/* A run that did not end hands its drafts to the next; a clean end does
 * not; a session begins once. */
static void
test_session_recovery (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(GFile) folder = copydesk_test_temp_folder ("copydesk-session-XXXXXX");
  g_autoptr(CopydeskDraftStore) store = copydesk_draft_store_new (folder);
  g_autoptr(CopydeskSession) first = copydesk_session_new (store);
  g_autoptr(CopydeskSession) second = NULL;
  g_autoptr(CopydeskSession) third = NULL;
  g_autoptr(CopydeskDraftStore) store2 = NULL;
  g_autoptr(CopydeskDraftStore) store3 = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) after_clean = NULL;
  g_autoptr(GError) error = NULL;
  CopydeskDraftInfo *info;

  g_assert_false (copydesk_session_get_begun (first));
  none = copydesk_session_begin (first);
  g_assert_true (copydesk_session_get_begun (first));
  g_assert_cmpuint (none->len, ==, 0);
  write_draft (store, article);
  again = copydesk_session_begin (first);
  g_assert_cmpuint (again->len, ==, 0);

  /* "Crash": the first session never ends. */
  store2 = copydesk_draft_store_new (folder);
  second = copydesk_session_new (store2);
  left = copydesk_session_begin (second);
  g_assert_cmpuint (left->len, ==, 1);
  info = g_ptr_array_index (left, 0);
  g_assert_cmpstr (info->guid, ==, copydesk_article_get_guid (article));
  g_assert_true (copydesk_draft_store_remove (store2, info->guid, &error));
  g_assert_true (copydesk_session_end (second, &error));
  g_assert_no_error (error);

  store3 = copydesk_draft_store_new (folder);
  third = copydesk_session_new (store3);
  after_clean = copydesk_session_begin (third);
  g_assert_cmpuint (after_clean->len, ==, 0);
  copydesk_test_remove_tree (folder);
}

/* A session that never began does not mark a clean end. */
static void
test_session_end_unbegun (void)
{
  g_autoptr(GFile) folder = copydesk_test_temp_folder ("copydesk-session-XXXXXX");
  g_autoptr(CopydeskDraftStore) store = copydesk_draft_store_new (folder);
  g_autoptr(CopydeskSession) session = copydesk_session_new (store);
  g_autoptr(GFile) index = g_file_get_child (folder, "session.ini");
  g_autoptr(GError) error = NULL;

  g_assert_true (copydesk_session_end (session, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (index, NULL));
  copydesk_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/session/documents", test_session_documents);
  g_test_add_func ("/session/recovery", test_session_recovery);
  g_test_add_func ("/session/end-unbegun", test_session_end_unbegun);
  return g_test_run ();
}
