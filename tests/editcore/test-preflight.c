/* test-preflight.c: what receivers of a wire export may miss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "copydesk-core.h"
#include "copydesk-preflight.h"
#include "copydesk-test-util.h"

static const char *
schema (void)
{
  const char *path = g_getenv ("COPYDESK_NEWSML_SCHEMA");

  return copydesk_test_have_schema () ? path : NULL;
}

/* Eight photos: two with a file that exists, one whose file is gone, five
 * without; two without a credit, three without an alt text. */
static CopydeskArticle *
gallery (const char *dir)
{
  CopydeskArticle *article = copydesk_article_new ();
  g_autoptr(GString) markup = g_string_new ("The harbour wall gave way overnight.\n");
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_article_set_headline (article, "Harbour wall collapses");
  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("photo-%u", i);
      g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);

      copydesk_photo_set_caption (photo, "The wall at dawn.");
      if (i != 3 && i != 4)
        copydesk_photo_set_credit (photo, "Jane Doe/Coastal Press");
      if (i > 3)
        copydesk_photo_set_alt_text (photo, "A gap in a stone harbour wall");
      if (i <= 3)
        {
          g_autofree char *name = g_strdup_printf ("%s.jpg", id);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);

          if (i <= 2)
            g_assert_true (g_file_set_contents (path, "\xff\xd8\xff\xd9", 4, NULL));
          copydesk_photo_set_file (photo, file);
        }
      copydesk_article_add_photo (article, photo);
      g_string_append_printf (markup, "\n[photo: %s]\n", id);
    }
  body = copydesk_body_parse_markup (markup->str, -1, &error);
  g_assert_no_error (error);
  copydesk_article_set_body (article, body);
  return article;
}

static char *
joined (const char * const *ids)
{
  return g_strjoinv (",", (char **) ids);
}

static void
test_photos (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-preflight-XXXXXX", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(CopydeskArticle) article = gallery (dir);
  g_autoptr(CopydeskPreflight) pre = copydesk_preflight_new (article, NULL, base, schema ());
  g_autofree char *no_file = joined (copydesk_preflight_get_without_file (pre));
  g_autofree char *no_credit = joined (copydesk_preflight_get_without_credit (pre));
  g_autofree char *no_alt = joined (copydesk_preflight_get_without_alt_text (pre));
  g_autofree char *receivers = copydesk_preflight_describe_receivers (pre);
  g_autofree char *toast = copydesk_preflight_describe_export (pre, 2);
  g_autofree char *short_toast = copydesk_preflight_describe_export (pre, 1);

  g_assert_cmpuint (copydesk_preflight_get_n_photos (pre), ==, 8);
  g_assert_cmpstr (no_file, ==, "photo-3,photo-4,photo-5,photo-6,photo-7,photo-8");
  g_assert_cmpstr (no_credit, ==, "photo-3,photo-4");
  g_assert_cmpstr (no_alt, ==, "photo-1,photo-2,photo-3");
  g_assert_true (copydesk_preflight_has_receiver_issues (pre));
  g_assert_cmpstr (receivers, ==,
                   "6 of 8 photos have no file: they will be sent without a picture\n"
                   "2 photos have no credit\n"
                   "3 photos have no alt text");
  g_assert_cmpstr (toast, ==, "Exported the story and 2 of 8 photos; 6 photos have no file");
  g_assert_cmpstr (short_toast, ==,
                   "Exported the story and 1 of 8 photos; 7 photos were not written");

  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("photo-%u.jpg", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_plurals (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("photo-1");
  g_autoptr(CopydeskPreflight) none = NULL;
  g_autoptr(CopydeskPreflight) one = NULL;
  g_autofree char *story = NULL;
  g_autofree char *receivers = NULL;
  g_autofree char *nothing = NULL;
  g_autofree char *toast = NULL;

  copydesk_article_set_headline (article, "Harbour wall collapses");
  none = copydesk_preflight_new (article, NULL, NULL, NULL);
  story = copydesk_preflight_describe_export (none, 0);
  nothing = copydesk_preflight_describe_receivers (none);
  g_assert_cmpstr (story, ==, "Exported the story");
  g_assert_cmpstr (nothing, ==, "");
  g_assert_false (copydesk_preflight_has_receiver_issues (none));

  copydesk_photo_set_credit (photo, "Jane Doe");
  copydesk_article_add_photo (article, photo);
  one = copydesk_preflight_new (article, NULL, NULL, NULL);
  receivers = copydesk_preflight_describe_receivers (one);
  toast = copydesk_preflight_describe_export (one, 0);
  g_assert_cmpstr (receivers, ==,
                   "1 of 1 photos has no file: it will be sent without a picture\n"
                   "1 photo has no alt text");
  g_assert_cmpstr (toast, ==, "Exported the story and 0 of 1 photo; 1 photo has no file");
}

/* Validity is its own answer: a broken file is invalid, with its line. */
static void
test_invalid_file (void)
{
  static const char broken[] = "<?xml version=\"1.0\"?>\n<newsMessage>\n<header>\n</newsMessage>\n";
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GBytes) xml = g_bytes_new_static (broken, sizeof broken - 1);
  g_autoptr(CopydeskPreflight) pre = copydesk_preflight_new (article, xml, NULL, NULL);
  g_autofree char *line = copydesk_preflight_describe_validity (pre);

  g_assert_false (copydesk_preflight_get_valid (pre));
  g_assert_cmpint (copydesk_preflight_get_check (pre), ==, COPYDESK_NEWSML_CHECK_INVALID);
  g_assert_cmpuint (copydesk_preflight_get_error_line (pre), >, 0);
  g_assert_nonnull (copydesk_preflight_get_error_message (pre));
  g_assert_true (g_str_has_prefix (line, "Not valid: line "));
  /* and says nothing of photos there are none of */
  g_assert_false (copydesk_preflight_has_receiver_issues (pre));
}

static void
test_sample (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GBytes) bytes = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_newsml_read (bytes, base, NULL, &error);
  g_autoptr(CopydeskPreflight) pre = NULL;
  g_autofree char *validity = NULL;
  g_autofree char *toast = NULL;

  g_assert_no_error (error);
  pre = copydesk_preflight_new (article, NULL, base, schema ());
  validity = copydesk_preflight_describe_validity (pre);
  toast = copydesk_preflight_describe_export (pre, 3);
  if (!copydesk_preflight_get_valid (pre))
    g_error ("the sample: %s", validity);
  g_assert_cmpuint (copydesk_preflight_get_n_photos (pre), ==, 3);
  /* every photo of the sample has its file, credit and alt text */
  g_assert_false (copydesk_preflight_has_receiver_issues (pre));
  g_assert_cmpstr (toast, ==, "Exported the story and its 3 photos");
  if (schema () != NULL)
    g_assert_cmpint (copydesk_preflight_get_check (pre), ==, COPYDESK_NEWSML_CHECK_VALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/preflight/photos", test_photos);
  g_test_add_func ("/preflight/plurals", test_plurals);
  g_test_add_func ("/preflight/invalid-file", test_invalid_file);
  g_test_add_func ("/preflight/sample", test_sample);

  return g_test_run ();
}
