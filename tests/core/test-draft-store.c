/* test-draft-store.c: the draft store, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is in the core (GLib and GIO only): drafts written in a worker
 * thread on a snapshot, the session flag, reading back. The document and
 * the windows that use it are tested in tests/ui/test-drafts.c.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

typedef CopydeskTestDrafts Fixture;


/* Starts the write; the article may change before write_draft_finish(). */
static void
write_draft_start (Fixture          *f,
                   CopydeskArticle  *article,
                   GFile            *original,
                   GAsyncResult    **result)
{
  copydesk_draft_store_write_async (f->store, article, original, FALSE, NULL,
                                    copydesk_test_keep_result, result);
}

static void
write_draft_finish (Fixture       *f,
                    GAsyncResult **result)
{
  g_autoptr(GError) error = NULL;

  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (copydesk_draft_store_write_finish (f->store, *result, &error));
  g_assert_no_error (error);
  g_clear_object (result);
}

static void
write_draft (Fixture         *f,
             CopydeskArticle *article,
             GFile           *original)
{
  GAsyncResult *result = NULL;

  write_draft_start (f, article, original, &result);
  write_draft_finish (f, &result);
}

/* The store alone */

static void
test_store_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  g_autoptr(CopydeskArticle) back = NULL;
  g_autoptr(GFile) original = g_file_get_child (f->work, "story.xml");
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CopydeskDraftInfo *info;
  GListModel *photos;

  write_draft (f, article, original);
  draft = copydesk_draft_store_dup_draft_file (f->store, copydesk_article_get_guid (article));
  g_assert_true (g_file_has_prefix (draft, f->folder));
  g_assert_true (g_file_query_exists (draft, NULL));
  bytes = g_file_load_bytes (draft, NULL, NULL, &error);
  g_assert_no_error (error);
  copydesk_test_validate_newsml (bytes, "the draft");

  drafts = copydesk_draft_store_list (f->store);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->guid, ==, copydesk_article_get_guid (article));
  g_assert_true (g_file_equal (info->file, draft));
  g_assert_true (g_file_equal (info->original, original));
  g_assert_cmpstr (info->title, ==, copydesk_article_get_headline (article));
  g_assert_false (info->is_sample);

  /* Photos resolve to the same files, though the draft is elsewhere. */
  back = copydesk_draft_store_read (f->store, info, &error);
  g_assert_no_error (error);
  copydesk_test_assert_same_article (article, back);
  photos = copydesk_article_get_photos (back);
  g_assert_cmpuint (g_list_model_get_n_items (photos), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      g_assert_true (g_file_query_exists (copydesk_photo_get_file (photo), NULL));
    }

  g_assert_true (copydesk_draft_store_remove (f->store, info->guid, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (draft, NULL));
  g_assert_cmpuint (copydesk_test_count_drafts (f), ==, 0);
}

/* A new article has no folder: its photo hrefs are written in full. */
static void
test_store_new_article_photos (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  g_autoptr(CopydeskDraftInfo) info = NULL;

  write_draft (f, article, NULL);
  info = copydesk_test_assert_only_draft_is (f, article);
  g_assert_null (info->original);
}

static void
test_store_session (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CopydeskDraftStore) second = NULL;
  g_autoptr(CopydeskDraftStore) third = NULL;
  g_autoptr(GFile) partial = NULL;
  g_autoptr(GFile) drafts = NULL;
  g_autoptr(GError) error = NULL;
  gboolean crashed = TRUE;

  /* The first start ever is not a crash. */
  g_assert_true (copydesk_draft_store_begin_session (f->store, &crashed, &error));
  g_assert_no_error (error);
  g_assert_false (crashed);

  /* Gone without ending the session, in the middle of a write: the next
   * start knows, and clears the write away. */
  partial = g_file_new_build_filename (g_file_peek_path (f->folder), "drafts", "a.xml.7.part",
                                       NULL);
  drafts = g_file_get_parent (partial);
  g_assert_true (g_file_make_directory (drafts, NULL, &error));
  g_assert_true (g_file_replace_contents (partial, "<news", 5, NULL, FALSE, G_FILE_CREATE_NONE,
                                          NULL, NULL, &error));
  second = copydesk_draft_store_new (f->folder);
  g_assert_true (copydesk_draft_store_begin_session (second, &crashed, &error));
  g_assert_true (crashed);
  g_assert_false (g_file_query_exists (partial, NULL));
  g_assert_true (copydesk_draft_store_end_session (second, &error));
  g_assert_no_error (error);

  third = copydesk_draft_store_new (f->folder);
  g_assert_true (copydesk_draft_store_begin_session (third, &crashed, &error));
  g_assert_false (crashed);
}

/* A draft written before the session began (a window made before any
 * start-up) is this session's own: beginning must not take it for a
 * crash's leftover and offer it back in a window of its own. */
static void
test_store_draft_before_session (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  g_autoptr(GError) error = NULL;
  gboolean crashed = TRUE;

  write_draft (f, article, NULL);
  g_assert_true (copydesk_draft_store_begin_session (f->store, &crashed, &error));
  g_assert_no_error (error);
  g_assert_false (crashed);
}

/* The draft holds the article as it was when the write began: typing
 * while the worker writes goes into the next draft, not half into this. */
static void
test_store_writes_a_snapshot (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CopydeskArticle) article = copydesk_test_sample_article ();
  g_autoptr(CopydeskArticle) moment = copydesk_article_snapshot (article);
  g_autoptr(CopydeskDraftInfo) info = NULL;
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  GAsyncResult *result = NULL;

  write_draft_start (f, article, NULL, &result);
  copydesk_article_set_headline (article, "Typed during the write");
  copydesk_photo_set_caption (photo, "A caption typed during the write");
  write_draft_finish (f, &result);
  info = copydesk_test_assert_only_draft_is (f, moment);
  g_assert_cmpstr (info->title, ==, copydesk_article_get_headline (moment));
}

/* Draft file names come from the guid, whatever it holds. */
static void
test_store_draft_names (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = copydesk_draft_store_dup_draft_file (f->store, "urn:uuid:ab/c.d-1");
  g_autofree char *name = g_file_get_basename (file);

  g_assert_cmpstr (name, ==, "urn_uuid_ab_c.d-1.xml");
  g_assert_true (g_file_has_prefix (file, f->folder));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/draft-store/" path, Fixture, NULL, copydesk_test_drafts_set_up, func, \
              copydesk_test_drafts_tear_down)
  ADD ("round-trip", test_store_round_trip);
  ADD ("new-article-photos", test_store_new_article_photos);
  ADD ("session", test_store_session);
  ADD ("draft-before-session", test_store_draft_before_session);
  ADD ("writes-a-snapshot", test_store_writes_a_snapshot);
  ADD ("draft-names", test_store_draft_names);
#undef ADD
  return g_test_run ();
}
