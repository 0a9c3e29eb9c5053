/* test-snapshot.c: the immutable snapshot of an article, and the writer
 * that runs on it in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

static CopydeskArticle *
sample (GFile **base)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);

  if (base != NULL)
    *base = g_file_new_for_path (dir);
  return copydesk_test_build_sample_article (dir);
}

static GBytes *
write_now (CopydeskArticle *article,
           GFile           *base)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = copydesk_newsml_write (article, base, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Equal field by field, with authors and photos of its own. */
static void
test_snapshot_is_a_deep_copy (void)
{
  g_autoptr(CopydeskArticle) article = sample (NULL);
  g_autoptr(CopydeskArticle) snapshot = copydesk_article_snapshot (article);
  GListModel *photos = copydesk_article_get_photos (article);
  GListModel *twins = copydesk_article_get_photos (snapshot);

  g_assert_true (snapshot != article);
  g_assert_true (copydesk_article_is_frozen (snapshot));
  g_assert_false (copydesk_article_is_frozen (article));
  g_assert_true (copydesk_article_equal (article, snapshot));
  g_assert_cmpstr (copydesk_article_get_guid (snapshot), ==, copydesk_article_get_guid (article));
  g_assert_cmpuint (g_list_model_get_n_items (photos), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (twins), ==, g_list_model_get_n_items (photos));
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      g_autoptr(CopydeskPhoto) twin = g_list_model_get_item (twins, i);

      g_assert_true (photo != twin);
      g_assert_true (copydesk_photo_equal (photo, twin));
    }
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (snapshot)), ==,
                    g_list_model_get_n_items (copydesk_article_get_authors (article)));
  /* Already immutable: the same object. */
  {
    g_autoptr(CopydeskArticle) again = copydesk_article_snapshot (snapshot);

    g_assert_true (again == snapshot);
  }
}

/* What the original goes through afterwards never reaches the snapshot. */
static void
test_snapshot_keeps_its_moment (void)
{
  g_autoptr(CopydeskArticle) article = sample (NULL);
  g_autoptr(CopydeskArticle) snapshot = copydesk_article_snapshot (article);
  g_autofree char *headline = g_strdup (copydesk_article_get_headline (article));
  g_autoptr(CopydeskPhoto) first = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  g_autofree char *caption = g_strdup (copydesk_photo_get_caption (first));
  g_autoptr(CopydeskAuthor) extra = copydesk_author_new ("Ines Marlow");
  guint n_authors = g_list_model_get_n_items (copydesk_article_get_authors (article));
  g_autoptr(CopydeskPhoto) twin = g_list_model_get_item (copydesk_article_get_photos (snapshot), 0);

  copydesk_article_set_headline (article, "Barrier opens a year late");
  copydesk_photo_set_caption (first, "Another caption");
  copydesk_article_add_author (article, extra);
  copydesk_article_bump_version (article);

  g_assert_cmpstr (copydesk_article_get_headline (snapshot), ==, headline);
  g_assert_cmpstr (copydesk_photo_get_caption (twin), ==, caption);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (snapshot)), ==,
                    n_authors);
  g_assert_cmpuint (copydesk_article_get_version (snapshot), ==,
                    copydesk_article_get_version (article) - 1);
  g_assert_false (copydesk_article_equal (article, snapshot));
}

/* Every way of changing an article is refused on a snapshot. */
static void
test_snapshot_refuses_changes (void)
{
  g_autoptr(CopydeskArticle) article = sample (NULL);
  g_autoptr(CopydeskArticle) snapshot = copydesk_article_snapshot (article);
  g_autoptr(CopydeskArticle) before = copydesk_article_snapshot (article);
  g_autoptr(CopydeskAuthor) author = copydesk_author_new ("Ines Marlow");
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("photo-99");
  g_autoptr(CopydeskBody) body = copydesk_body_new_empty ();
  g_autoptr(CopydeskPhoto) own = g_list_model_get_item (copydesk_article_get_photos (snapshot), 0);
  const char *keywords[] = { "flood", NULL };
  guint n_refusals = 0;

#define REFUSED(call)                                                          \
  G_STMT_START {                                                               \
    g_test_expect_message ("Copydesk", G_LOG_LEVEL_CRITICAL, "*MUTABLE_ARTICLE*"); \
    call;                                                                      \
    g_test_assert_expected_messages ();                                        \
    n_refusals++;                                                              \
  } G_STMT_END

  REFUSED (copydesk_article_set_headline (snapshot, "Changed"));
  REFUSED (copydesk_article_set_language (snapshot, "fr"));
  REFUSED (copydesk_article_set_version (snapshot, 7));
  REFUSED (copydesk_article_bump_version (snapshot));
  REFUSED (copydesk_article_set_keywords (snapshot, keywords));
  REFUSED (copydesk_article_set_urgency (snapshot, 1));
  REFUSED (copydesk_article_set_body (snapshot, body));
  REFUSED (copydesk_article_add_author (snapshot, author));
  REFUSED (copydesk_article_add_photo (snapshot, photo));
  REFUSED (copydesk_article_remove_photo (snapshot, own));
  REFUSED (copydesk_article_move_photo (snapshot, own, 5));
  REFUSED (g_object_set (snapshot, "slugline", "changed", NULL));
#undef REFUSED

  g_assert_cmpuint (n_refusals, ==, 12);
  g_assert_true (copydesk_article_equal (snapshot, before));
}

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static GAsyncResult *
wait_for (Wait *wait)
{
  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return wait->result;
}

static GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-snapshot-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The file holds the article as it was at the call, though the article
 * changes before the worker has even started, and it validates. */
static void
test_write_async_writes_the_snapshot (void)
{
  g_autoptr(GFile) base = NULL;
  g_autoptr(CopydeskArticle) article = sample (&base);
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "story.xml");
  g_autoptr(CopydeskArticle) moment = copydesk_article_snapshot (article);
  g_autoptr(GBytes) expected = write_now (moment, folder);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  Wait wait = { NULL };

  copydesk_newsml_write_async (article, file, NULL, on_done, &wait);
  copydesk_article_set_headline (article, "Typed while the file was written");
  g_assert_true (copydesk_newsml_write_finish (article, wait_for (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  written = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (g_bytes_equal (written, expected));
  copydesk_test_validate_newsml (written, "the article written in a worker thread");
  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_true (g_file_delete (folder, NULL, NULL));
}

/* An article the writer refuses leaves the file that was there whole; a
 * folder that does not exist is said in the error. */
static void
test_write_async_failure_keeps_the_file (void)
{
  g_autoptr(CopydeskArticle) article = sample (NULL);
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "story.xml");
  g_autoptr(GFile) nowhere = g_file_new_build_filename (g_file_peek_path (folder), "gone",
                                                        "story.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Wait wait = { NULL };

  g_assert_true (g_file_set_contents (g_file_peek_path (file), "old", 3, &error));
  copydesk_article_set_language (article, "not a language tag");
  copydesk_newsml_write_async (article, file, NULL, on_done, &wait);
  g_assert_false (copydesk_newsml_write_finish (article, wait_for (&wait), &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
  g_clear_object (&wait.result);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "old");

  copydesk_article_set_language (article, "en");
  copydesk_newsml_write_async (article, nowhere, NULL, on_done, &wait);
  g_assert_false (copydesk_newsml_write_finish (article, wait_for (&wait), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “story.xml”"));
  g_clear_object (&wait.result);
  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_true (g_file_delete (folder, NULL, NULL));
}

/* In memory, for the Wire tab: the same document the writer gives. */
static void
test_write_bytes_async (void)
{
  g_autoptr(GFile) base = NULL;
  g_autoptr(CopydeskArticle) article = sample (&base);
  g_autoptr(GBytes) expected = write_now (article, base);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  copydesk_newsml_write_bytes_async (article, base, NULL, on_done, &wait);
  copydesk_article_set_standfirst (article, "Changed after the call");
  bytes = copydesk_newsml_write_bytes_finish (article, wait_for (&wait), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, expected));
  g_clear_object (&wait.result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/snapshot/deep-copy", test_snapshot_is_a_deep_copy);
  g_test_add_func ("/snapshot/keeps-its-moment", test_snapshot_keeps_its_moment);
  g_test_add_func ("/snapshot/refuses-changes", test_snapshot_refuses_changes);
  g_test_add_func ("/newsml-async/writes-the-snapshot", test_write_async_writes_the_snapshot);
  g_test_add_func ("/newsml-async/failure-keeps-the-file", test_write_async_failure_keeps_the_file);
  g_test_add_func ("/newsml-async/bytes", test_write_bytes_async);
  return g_test_run ();
}
