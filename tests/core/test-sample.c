/* test-sample.c: the bundled sample article is what the writer writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/sample/sample-article.xml is the editor's default document and the
 * file `build-aux/quickstart run` converts; it must stay exactly what the
 * writer makes of the sample (rebuild it with COPYDESK_UPDATE_GOLDEN=1).
 */
#include "config.h"

#include "copydesk-test-util.h"
#include "sample-article.h"

static void
test_sample_file_is_current (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autofree char *golden = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = copydesk_newsml_write (article, base, &error);

  g_assert_no_error (error);
  copydesk_test_assert_golden (xml, golden);
  copydesk_test_validate_newsml (xml, "the sample article");
}

static void
test_sample_body_is_canonical (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-body.md", NULL);
  g_autoptr(GBytes) markup = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (g_bytes_get_data (markup, NULL),
                                                             g_bytes_get_size (markup), &error);
  g_autofree char *printed = NULL;
  g_autofree char *expected = g_strndup (g_bytes_get_data (markup, NULL),
                                         g_bytes_get_size (markup));

  g_assert_no_error (error);
  printed = copydesk_body_to_markup (body);
  g_assert_cmpstr (printed, ==, expected);
}

/* What the issue asks of the sample, checked rather than trusted. */
static void
test_sample_has_everything (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  CopydeskBody *body = copydesk_article_get_body (article);
  GListModel *photos = copydesk_article_get_photos (article);
  guint kinds[COPYDESK_BLOCK_PHOTO + 1] = { 0 };

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    kinds[copydesk_block_get_kind (copydesk_body_get_block (body, i))]++;

  g_assert_cmpstr (copydesk_article_get_headline (article), !=, "");
  g_assert_cmpuint (g_utf8_strlen (copydesk_article_get_headline (article), -1), <=, 64);
  g_assert_cmpuint (g_utf8_strlen (copydesk_article_get_standfirst (article), -1), <=, 160);
  g_assert_cmpstr (copydesk_article_get_byline (article), !=, "");
  g_assert_cmpstr (copydesk_article_get_dateline (article), !=, "");
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), >=, 1);
  g_assert_cmpuint (kinds[COPYDESK_BLOCK_SUBHEADING], >=, 2);
  g_assert_cmpuint (kinds[COPYDESK_BLOCK_QUOTE], >=, 1);
  g_assert_cmpuint (kinds[COPYDESK_BLOCK_BULLET_LIST] + kinds[COPYDESK_BLOCK_NUMBERED_LIST], >=, 1);
  g_assert_cmpuint (kinds[COPYDESK_BLOCK_PHOTO], ==, g_list_model_get_n_items (photos));

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      g_assert_nonnull (copydesk_photo_get_file (photo));
      g_assert_cmpstr (copydesk_photo_get_caption (photo), !=, "");
      g_assert_cmpstr (copydesk_photo_get_credit (photo), !=, "");
      g_assert_cmpstr (copydesk_photo_get_alt_text (photo), !=, "");
      g_assert_cmpstr (copydesk_photo_get_content_type (photo), ==, "image/jpeg");
      g_assert_cmpuint (copydesk_photo_get_width (photo), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample/file-is-current", test_sample_file_is_current);
  g_test_add_func ("/sample/body-is-canonical", test_sample_body_is_canonical);
  g_test_add_func ("/sample/has-everything", test_sample_has_everything);

  return g_test_run ();
}
