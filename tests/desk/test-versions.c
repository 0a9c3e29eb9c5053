/* test-versions.c: updates, corrections and kills, the versions kept, and the word comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

static GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-versions-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

static CopydeskArticle *
first_version (void)
{
  CopydeskArticle *article = copydesk_article_new ();
  g_autoptr(GDateTime) sent = g_date_time_new_from_iso8601 ("2026-12-03T08:00:00+01:00", NULL);
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (
    "The harbour board approved the barrier by seven votes to two.\n\n"
    "Work starts in March.", -1, NULL);

  copydesk_article_set_guid (article, "urn:newsml:example.org:20261203:barrier");
  copydesk_article_set_created (article, sent);
  copydesk_article_set_modified (article, sent);
  copydesk_article_set_language (article, "en-GB");
  copydesk_article_set_headline (article, "Harbour board backs flood barrier");
  copydesk_article_set_body (article, body);
  copydesk_desk_add_subject (copydesk_article_get_desk (article), "medtop:20000523", NULL);
  return article;
}

static void
save (GFile           *story,
      CopydeskArticle *article)
{
  g_autoptr(GFile) dir = g_file_get_parent (story);
  g_autoptr(GBytes) bytes = copydesk_newsml_write (article, dir, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (bytes);
  g_file_replace_contents (story, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                           FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static CopydeskArticle *
read_story (GFile *story)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (story, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_get_parent (story);
  CopydeskArticle *article;

  g_assert_nonnull (bytes);
  copydesk_test_validate_newsml (bytes, "a sent version");
  article = copydesk_newsml_read (bytes, dir, NULL, &error);
  g_assert_no_error (error);
  return article;
}

static void
assert_version (CopydeskVersion   *version,
                guint              number,
                CopydeskSignal     signal,
                CopydeskPubStatus  status,
                const char        *note)
{
  g_assert_cmpuint (copydesk_version_get_number (version), ==, number);
  g_assert_cmpint (copydesk_version_get_signal (version), ==, signal);
  g_assert_cmpint (copydesk_version_get_pub_status (version), ==, status);
  g_assert_cmpstr (copydesk_version_get_ed_note (version), ==, note);
}

/* v1, then a correction (v2), then a kill (v3): each file valid and read
 * back with its signal and note, the earlier ones kept and listed. */
static void
test_correction_sequence (void)
{
  g_autoptr(GFile) dir = temp_folder ();
  g_autoptr(GFile) story = g_file_get_child (dir, "barrier.xml");
  g_autoptr(GFile) kept_dir = copydesk_versions_dir_for (story);
  g_autoptr(CopydeskArticle) article = first_version ();
  g_autoptr(CopydeskArticle) now = NULL;
  g_autoptr(CopydeskArticle) old = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(CopydeskVersion) v1 = NULL, v2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_name = g_file_get_basename (kept_dir);
  const char *guid = copydesk_article_get_guid (article);

  g_assert_cmpstr (kept_name, ==, "barrier.versions");
  save (story, article);

  /* correction */
  copydesk_article_set_headline (article, "Harbour board backs tidal flood barrier");
  g_assert_true (copydesk_story_send_next_version (story, article, COPYDESK_NEXT_CORRECTION,
                                                   "Corrects the vote to seven to three.", &error));
  g_assert_no_error (error);
  now = read_story (story);
  g_assert_cmpstr (copydesk_article_get_guid (now), ==, guid);
  g_assert_cmpuint (copydesk_article_get_version (now), ==, 2);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (now)), ==,
                   COPYDESK_SIGNAL_CORRECTION);
  g_assert_cmpstr (copydesk_article_get_editorial_note (now), ==,
                   "Corrects the vote to seven to three.");
  g_assert_true (copydesk_article_equal (now, article));
  g_clear_object (&now);

  /* kill */
  g_assert_true (copydesk_story_send_next_version (story, article, COPYDESK_NEXT_KILL,
                                                   "Story withdrawn: the vote is postponed.",
                                                   &error));
  g_assert_no_error (error);
  now = read_story (story);
  g_assert_cmpuint (copydesk_article_get_version (now), ==, 3);
  g_assert_cmpint (copydesk_desk_get_pub_status (copydesk_article_get_desk (now)), ==,
                   COPYDESK_PUB_STATUS_CANCELED);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (now)), ==,
                   COPYDESK_SIGNAL_NONE);
  g_assert_cmpstr (copydesk_article_get_editorial_note (now), ==,
                   "Story withdrawn: the vote is postponed.");

  versions = copydesk_versions_list (story, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  v1 = g_list_model_get_item (versions, 0);
  v2 = g_list_model_get_item (versions, 1);
  assert_version (v1, 1, COPYDESK_SIGNAL_NONE, COPYDESK_PUB_STATUS_USABLE, "");
  assert_version (v2, 2, COPYDESK_SIGNAL_CORRECTION, COPYDESK_PUB_STATUS_USABLE,
                  "Corrects the vote to seven to three.");
  old = copydesk_version_read (v1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_article_get_headline (old), ==, "Harbour board backs flood barrier");
  g_assert_cmpstr (copydesk_article_get_guid (old), ==, guid);

  /* a killed story goes no further, and nothing changes */
  g_assert_false (copydesk_story_send_next_version (story, article, COPYDESK_NEXT_UPDATE, "More",
                                                    &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 3);
  remove_tree (dir);
}

static void
test_prepare_rules (void)
{
  g_autoptr(CopydeskArticle) article = first_version ();
  g_autoptr(GError) error = NULL;

  g_assert_false (copydesk_article_prepare_next_version (article, COPYDESK_NEXT_CORRECTION, "  ",
                                                         &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
  g_assert_nonnull (strstr (error->message, "what was corrected"));
  g_clear_error (&error);
  g_assert_false (copydesk_article_prepare_next_version (article, COPYDESK_NEXT_KILL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 1);

  /* an update may go without a note */
  g_assert_true (copydesk_article_prepare_next_version (article, COPYDESK_NEXT_UPDATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 2);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (article)), ==,
                   COPYDESK_SIGNAL_UPDATE);

  /* marking leaves the number to the caller's save */
  g_assert_true (copydesk_article_mark_next_version (article, COPYDESK_NEXT_KILL, "Withdrawn.",
                                                     &error));
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 2);
  g_assert_cmpint (copydesk_desk_get_pub_status (copydesk_article_get_desk (article)), ==,
                   COPYDESK_PUB_STATUS_CANCELED);
  g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==, "Withdrawn.");
}

/* A failed write leaves the article and the file as they were. */
static void
test_send_failure_changes_nothing (void)
{
  g_autoptr(GFile) dir = temp_folder ();
  g_autoptr(GFile) story = g_file_get_child (dir, "missing.xml");
  g_autoptr(GFile) kept_dir = copydesk_versions_dir_for (story);
  g_autoptr(GFile) v1 = g_file_get_child (kept_dir, "missing.v1.xml");
  g_autoptr(CopydeskArticle) article = first_version ();
  g_autoptr(GError) error = NULL;

  /* never saved: nothing to keep */
  g_assert_false (copydesk_story_send_next_version (story, article, COPYDESK_NEXT_UPDATE, NULL,
                                                    &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 1);

  /* a version kept with other text is not overwritten */
  save (story, article);
  g_assert_true (g_file_make_directory (kept_dir, NULL, NULL));
  g_assert_true (g_file_replace_contents (v1, "other", 5, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                          NULL, NULL));
  g_assert_false (copydesk_versions_keep (story, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (copydesk_story_send_next_version (story, article, COPYDESK_NEXT_CORRECTION,
                                                    "Fixes a name.", &error));
  g_clear_error (&error);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 1);
  g_assert_cmpint (copydesk_desk_get_signal (copydesk_article_get_desk (article)), ==,
                   COPYDESK_SIGNAL_NONE);
  /* a file in the folder that is not a version is left out of the list */
  {
    g_autoptr(GListModel) list = copydesk_versions_list (story, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  }
  remove_tree (dir);
}

static char *
join (GPtrArray        *parts,
      CopydeskDiffKind  left_out)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      CopydeskDiffPart *part = g_ptr_array_index (parts, i);

      if (part->kind != left_out)
        g_string_append (text, part->text);
    }
  return g_string_free (text, FALSE);
}

static void
test_word_diff (void)
{
  const char *before = "The board voted seven to two on Tuesday.";
  const char *after = "The harbour board voted seven to three on Tuesday.";
  g_autoptr(GPtrArray) parts = copydesk_word_diff (before, after);
  g_autoptr(GPtrArray) same = copydesk_word_diff (before, before);
  g_autoptr(GPtrArray) from_nothing = copydesk_word_diff ("", "New text");
  g_autofree char *old = join (parts, COPYDESK_DIFF_ADDED);
  g_autofree char *new = join (parts, COPYDESK_DIFF_REMOVED);
  CopydeskDiffPart *p;

  g_assert_cmpstr (old, ==, before);
  g_assert_cmpstr (new, ==, after);
  g_assert_cmpuint (parts->len, ==, 6);
  p = g_ptr_array_index (parts, 1);
  g_assert_cmpint (p->kind, ==, COPYDESK_DIFF_ADDED);
  g_assert_cmpstr (p->text, ==, "harbour ");
  p = g_ptr_array_index (parts, 3);
  g_assert_cmpint (p->kind, ==, COPYDESK_DIFF_REMOVED);
  g_assert_cmpstr (p->text, ==, "two ");
  p = g_ptr_array_index (parts, 4);
  g_assert_cmpint (p->kind, ==, COPYDESK_DIFF_ADDED);
  g_assert_cmpstr (p->text, ==, "three ");
  g_assert_cmpuint (same->len, ==, 1);
  g_assert_cmpuint (from_nothing->len, ==, 1);
  g_assert_cmpint (((CopydeskDiffPart *) g_ptr_array_index (from_nothing, 0))->kind, ==,
                   COPYDESK_DIFF_ADDED);
}

static void
test_article_diff (void)
{
  g_autoptr(CopydeskArticle) a = first_version ();
  g_autoptr(CopydeskArticle) b = first_version ();
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (
    "The harbour board approved the barrier by seven votes to three.\n\n"
    "Work starts in March.", -1, NULL);
  guint removed = 0, added = 0;

  copydesk_article_set_body (b, body);
  parts = copydesk_article_word_diff (a, b);
  for (guint i = 0; i < parts->len; i++)
    {
      CopydeskDiffPart *part = g_ptr_array_index (parts, i);

      if (part->kind == COPYDESK_DIFF_REMOVED)
        {
          removed++;
          g_assert_cmpstr (part->text, ==, "two.\n\n");
        }
      else if (part->kind == COPYDESK_DIFF_ADDED)
        {
          added++;
          g_assert_cmpstr (part->text, ==, "three.\n\n");
        }
    }
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (added, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versions/correction-sequence", test_correction_sequence);
  g_test_add_func ("/versions/prepare-rules", test_prepare_rules);
  g_test_add_func ("/versions/send-failure-changes-nothing", test_send_failure_changes_nothing);
  g_test_add_func ("/versions/word-diff", test_word_diff);
  g_test_add_func ("/versions/article-diff", test_article_diff);
  return g_test_run ();
}
