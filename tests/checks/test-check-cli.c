/* test-check-cli.c: copydesk-convert --check, its lines and exit status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "checks-test-util.h"

static char *config_dir;

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("COPYDESK_CHECKS_FIXTURES"), name, NULL);
}

/* The line (1-based) of the first @what after the first @after in @text. */
static guint
line_of (const char *text,
         const char *after,
         const char *what)
{
  const char *at = strstr (strstr (text, after), what);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

/* The flawed story: every line and message, against a golden file. Its
 * language is en-ZZ, the test dictionary's, so the spelling count is the
 * same on every machine. */
static void
test_flawed (void)
{
  g_autofree char *path = fixture ("flawed.xml");
  g_autofree char *golden = fixture ("flawed.expected");
  g_auto (CopydeskTestRun) run = copydesk_test_convert ("--check", path);
  g_autoptr (GString) out = g_string_new (run.out);
  g_autoptr (GBytes) bytes = NULL;

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 1);
  g_string_replace (out, path, "flawed.xml", 0);
  bytes = g_bytes_new (out->str, out->len);
  copydesk_test_assert_golden (bytes, golden);
}

/* The lines point at the elements, in the file as written. */
static void
test_flawed_lines (void)
{
  g_autofree char *path = fixture ("flawed.xml");
  g_autofree char *xml = NULL;
  g_auto (CopydeskTestRun) run = copydesk_test_convert ("--check", path);
  g_autofree char *headline = NULL;
  g_autofree char *subheading = NULL;
  g_autofree char *caption = NULL;

  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  headline = g_strdup_printf ("%s:%u: warning: The headline has", path,
                              line_of (xml, "<newsItem", "<headline>"));
  subheading = g_strdup_printf ("%s:%u: warning: A subheading takes no full stop.", path,
                                line_of (xml, "<body>", "<h2>"));
  caption = g_strdup_printf ("%s:%u: warning: The caption repeats", path,
                             line_of (xml, "<altId type=\"cdx:photoid\">gate<", "drol:caption"));
  g_assert_nonnull (strstr (run.out, headline));
  g_assert_nonnull (strstr (run.out, subheading));
  g_assert_nonnull (strstr (run.out, caption));
}

/* When the model's blocks do not match the file's elements one to one,
 * a body finding gets the line of the body rather than a wrong paragraph;
 * a file that is not XML gives no lines at all. */
static void
test_locate_fallback (void)
{
  g_autofree char *path = fixture ("flawed.xml");
  g_autoptr (GBytes) xml = copydesk_test_load (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskArticle) a = copydesk_newsml_read (xml, NULL, NULL, &error);
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup ("One TK.\n", -1, NULL);
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GArray) none = NULL;
  g_autoptr (GBytes) junk = g_bytes_new_static ("not xml", 7);
  const CopydeskCheckFinding *x;
  guint i;

  g_assert_no_error (error);
  copydesk_article_set_body (a, body);
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_PLACEHOLDER, 0);
  lines = copydesk_checks_locate (xml, a, f);
  for (i = 0; g_ptr_array_index (f, i) != x; i++)
    ;
  g_assert_cmpuint (g_array_index (lines, guint, i), ==,
                    line_of (g_bytes_get_data (xml, NULL), "<inlineXML", "<body>"));
  none = copydesk_checks_locate (junk, a, f);
  g_assert_cmpuint (none->len, ==, f->len);
  g_assert_cmpuint (g_array_index (none, guint, 0), ==, 0);
}

static void
test_sample (void)
{
  g_autofree char *sample = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_auto (CopydeskTestRun) run = copydesk_test_convert ("--check", "--dictionary", "qtz", sample);

  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  /* no such dictionary: said once, and the rest is checked */
  g_assert_nonnull (strstr (run.err, "“qtz”"));
}

static void
test_warnings_only (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("copydesk-check-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "story.xml", NULL);
  g_autoptr (GFile) base = g_file_new_for_path (dir);
  g_autoptr (GBytes) xml = NULL;
  g_autofree char *expected = NULL;
  g_auto (CopydeskTestRun) run = { 0, };

  copydesk_article_set_headline (a, "Harbour gate  fails its load tests");
  xml = copydesk_newsml_write (a, base, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), &error);
  g_assert_no_error (error);
  run = copydesk_test_convert ("--check", "--dictionary", "qtz", path);
  expected = g_strdup_printf ("%s:%u: warning: 1 place with more than one space between words.\n",
                              path, line_of (g_bytes_get_data (xml, NULL), "<newsItem",
                                             "<headline>"));
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *flawed = fixture ("flawed.xml");
  g_autofree char *sample = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_auto (CopydeskTestRun) missing = copydesk_test_convert ("--check", "/nonexistent/story.xml");
  g_auto (CopydeskTestRun) usage = copydesk_test_convert ("--check");
  g_auto (CopydeskTestRun) both = copydesk_test_convert ("--check", "--dictionary", "en_ZZ",
                                                         sample, flawed);

  g_assert_true (g_str_has_prefix (missing.out, "/nonexistent/story.xml: error: "));
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_cmpint (usage.status, ==, 2);
  /* one file with errors is enough */
  g_assert_cmpint (both.status, ==, 1);
  g_assert_nonnull (strstr (both.out, flawed));
}

int
main (int   argc,
      char *argv[])
{
  int status;
  g_autofree char *pwl = NULL;

  g_test_init (&argc, &argv, NULL);
  config_dir = checks_test_enchant_setup ();
  g_test_add_func ("/check-cli/flawed", test_flawed);
  g_test_add_func ("/check-cli/flawed-lines", test_flawed_lines);
  g_test_add_func ("/check-cli/locate-fallback", test_locate_fallback);
  g_test_add_func ("/check-cli/sample", test_sample);
  g_test_add_func ("/check-cli/warnings-only", test_warnings_only);
  g_test_add_func ("/check-cli/unreadable", test_unreadable);
  status = g_test_run ();
  checks_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
