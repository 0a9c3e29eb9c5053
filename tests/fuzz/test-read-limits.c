/* test-read-limits.c: caps protect against floods from elsewhere, never
 * against our own files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define N_PHOTOS 1200   /* past the reader's cap of 1000 for foreign files */

static GFile *
base_dir (void)
{
  return g_file_new_for_path ("/nonexistent/copydesk-limits");
}

/* An article of ours with N_PHOTOS photos, each placed in the body. */
static GBytes *
write_many_photos (char **first_extra_guid,
                   char **last_guid)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GString) markup = g_string_new ("A story told in photos.\n");
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GFile) dir = base_dir ();
  g_autoptr(GError) error = NULL;
  GBytes *xml;

  copydesk_article_set_headline (article, "A thousand and more photos");
  for (guint i = 0; i < N_PHOTOS; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autofree char *caption = g_strdup_printf ("Photo number %u.", i);
      g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);

      copydesk_photo_set_caption (photo, caption);
      copydesk_article_add_photo (article, photo);
      g_string_append_printf (markup, "\n[photo: %s]\n", id);
      if (i == 1000)
        *first_extra_guid = g_strdup (copydesk_photo_get_guid (photo));
      if (i == N_PHOTOS - 1)
        *last_guid = g_strdup (copydesk_photo_get_guid (photo));
    }
  body = copydesk_body_parse_markup (markup->str, -1, &error);
  g_assert_no_error (error);
  copydesk_article_set_body (article, body);
  xml = copydesk_newsml_write (article, dir, &error);
  g_assert_no_error (error);
  return xml;
}

static guint
count_placements (CopydeskArticle *article)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  guint n = 0;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      if (copydesk_block_get_kind (copydesk_body_get_block (body, i)) == COPYDESK_BLOCK_PHOTO)
        n++;
    }
  return n;
}

static CopydeskArticle *
read_ok (GBytes     *xml,
         GPtrArray **warnings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = base_dir ();
  CopydeskArticle *article = copydesk_newsml_read (xml, dir, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

/* The same file, as if another program had written it. */
static GBytes *
as_foreign (GBytes *xml)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_auto(GStrv) parts = g_strsplit (text, ">Copydesk</generator>", -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_bytes_new_take (g_strjoinv (">Another Desk</generator>", parts), strlen (text) + 4);
}

static void
test_our_file_reads_whole (void)
{
  g_autofree char *extra = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GBytes) xml = write_many_photos (&extra, &last);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_ok (xml, &warnings);
  g_autoptr(GFile) dir = base_dir ();
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, N_PHOTOS);
  g_assert_cmpuint (count_placements (article), ==, N_PHOTOS);
  g_assert_nonnull (copydesk_article_find_photo (article, "p1199"));
  g_assert_false (copydesk_newsml_read_is_partial (article));
  for (guint i = 0; i < warnings->len; i++)
    g_assert_null (strstr (warnings->pdata[i], "Only part"));
  /* and written again, the same file */
  again = copydesk_newsml_write (article, dir, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (xml, again));
}

static void
test_foreign_file_past_cap_says_what_is_left_out (void)
{
  g_autofree char *extra = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GBytes) ours = write_many_photos (&extra, &last);
  g_autoptr(GBytes) xml = as_foreign (ours);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_ok (xml, &warnings);
  g_autofree char *expected = g_strdup_printf ("%u were left out (%s to %s)",
                                               N_PHOTOS - 1000, extra, last);

  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 1000);
  g_assert_true (copydesk_newsml_read_is_partial (article));
  g_assert_cmpuint (warnings->len, >, 0);
  g_assert_true (g_str_has_prefix (warnings->pdata[0], "Only part of this file was read"));
  g_assert_nonnull (strstr (warnings->pdata[0], expected));
}

/* An article made in memory, or read whole, is not partial. */
static void
test_whole_read_is_not_partial (void)
{
  g_autoptr(CopydeskArticle) fresh = copydesk_article_new ();
  g_autofree char *path = copydesk_test_build_path ("golden", "writer-full.xml", NULL);
  g_autoptr(GBytes) xml = copydesk_test_load (path);
  g_autoptr(CopydeskArticle) article = read_ok (xml, NULL);

  g_assert_false (copydesk_newsml_read_is_partial (fresh));
  g_assert_false (copydesk_newsml_read_is_partial (article));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/read-limits/our-file-with-1200-photos-reads-whole", test_our_file_reads_whole);
  g_test_add_func ("/read-limits/foreign-file-past-cap-says-what-is-left-out",
                   test_foreign_file_past_cap_says_what_is_left_out);
  g_test_add_func ("/read-limits/whole-read-is-not-partial", test_whole_read_is_not_partial);
  return g_test_run ();
}
