/* test-convert-photos.c: copydesk-convert --to newsml --with-photos DIR
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-test-util.h"
#include "photo-fixtures.h"
#include "sample-article.h"

#define STORY \
  "Ferry timetable changes from Monday\n\n" \
  "Two early crossings are dropped for the winter\n\n" \
  "The 06:10 and 06:40 sailings will not run until March.\n"

static char *
write_story (const char *dir)
{
  return photo_fixture_write_bytes (dir, "story.txt", STORY, -1);
}

/* Without -o, the file is named after the headline and its path printed. */
static void
test_text_with_photos (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *out_dir = g_build_filename (dir, "wire", NULL);
  g_autofree char *input = write_story (dir);
  g_autofree char *expected = g_build_filename (out_dir, "ferry-timetable-changes-from-monday.xml",
                                                NULL);
  g_autoptr(GBytes) xml = NULL;
  g_auto(CopydeskTestRun) r = { 0 };

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  r = copydesk_test_convert ("--to", "newsml", "--with-photos", out_dir, input);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_suffix (r.out, "ferry-timetable-changes-from-monday.xml\n"));
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  xml = copydesk_test_load (expected);
  copydesk_test_validate_newsml (xml, expected);
  g_assert_cmpuint (photo_fixture_count_files (out_dir), ==, 1);
  photo_fixture_remove_dir (dir);
}

static void
test_output_name_and_errors (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *input = write_story (dir);
  g_autofree char *named = g_build_filename (dir, "ferry.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", NULL);
  g_auto(CopydeskTestRun) a = { 0 };
  g_auto(CopydeskTestRun) b = { 0 };
  g_auto(CopydeskTestRun) c = { 0 };

  /* -o gives the name; only its base name counts, DIR the place */
  a = copydesk_test_convert ("--with-photos", dir, "-o", "/elsewhere/ferry.xml", input);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_true (g_file_test (named, G_FILE_TEST_IS_REGULAR));

  b = copydesk_test_convert ("--with-photos", dir, "-o", "-", input);
  g_assert_cmpint (b.status, ==, 2);
  g_assert_nonnull (strstr (b.err, "--with-photos"));

  c = copydesk_test_convert ("--with-photos", missing, input);
  g_assert_cmpint (c.status, ==, 1);
  g_assert_nonnull (strstr (c.err, "does not exist"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  photo_fixture_remove_dir (dir);
}

/* The bundled sample, read as NewsML-G2: the file and three captioned copies.
 * Needs the NewsML-G2 reader; until the converter can read NewsML-G2 this
 * says so and skips. */
static void
test_sample_with_photos (void)
{
  g_autofree char *input = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "sample.xml", NULL);
  g_autofree char *copy = g_build_filename (dir, "harbour-dawn.jpg", NULL);
  g_autofree char *original = copydesk_test_data_path ("sample", "harbour-dawn.jpg", NULL);
  g_autofree char *before = photo_fixture_checksum (original);
  g_autofree char *after = NULL;
  g_autofree char *caption = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_auto(CopydeskTestRun) r = { 0 };

  r = copydesk_test_convert ("--from", "newsml", "--to", "newsml", "--with-photos", dir,
                             "-o", "sample.xml", input);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);

  xml = copydesk_test_load (newsml);
  copydesk_test_validate_newsml (xml, newsml);
  g_assert_cmpuint (photo_fixture_count_files (dir), ==, 4);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  /* the copy carries the desk's caption, not the agency caption of the original */
  caption = photo_fixture_read_tag (copy, "Iptc.Application2.Caption");
  g_assert_cmpstr (caption, !=, COPYDESK_TEST_SAMPLE_RAW_CAPTION);
  g_assert_true (g_str_has_prefix (caption, "The unfinished flood barrier"));
  after = photo_fixture_checksum (original);
  g_assert_cmpstr (before, ==, after);
  photo_fixture_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/convert-photos/text-with-photos", test_text_with_photos);
  g_test_add_func ("/convert-photos/output-name-and-errors", test_output_name_and_errors);
  g_test_add_func ("/convert-photos/sample-with-photos", test_sample_with_photos);

  return g_test_run ();
}
