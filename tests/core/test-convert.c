/* test-convert.c: copydesk-convert as a pipeline sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define ARTICLE_TEXT \
  "Tide gauge fails during storm\n\n" \
  "Engineers blame a corroded cable for the gap in readings\n\n" \
  "The gauge at the ferry terminal stopped reporting at 02:10 on Sunday.\n\n" \
  "Readings resumed after a cable was replaced on Monday afternoon.\n"

/* The output file may not grow past 1 KiB: a full disk, as the writer sees it. */
#define SMALL_DISK 1024

#define run copydesk_test_convert

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("copydesk-convert-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      len)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
assert_file_is (const char *path,
                const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_help_and_version (void)
{
  g_auto(CopydeskTestRun) help = run ("--help");
  g_auto(CopydeskTestRun) version = run ("--version");

  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--from"));
  g_assert_nonnull (strstr (help.out, "Exit status"));
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "copydesk-convert " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (void)
{
  static const char *cases[][3] = {
    { NULL, NULL, NULL },
    { "a.txt", "b.txt", NULL },
    { "--from", "pdf", "a.txt" },
    { "--to", "nitf", "a.txt" },
    { "--no-such-option", "a.txt", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CopydeskTestRun) r = copydesk_test_convert_full (NULL, NULL, 0,
                                   cases[i][0], cases[i][1], cases[i][2], NULL);

      g_assert_cmpint (r.status, ==, 2);
      g_assert_true (g_str_has_prefix (r.err, "copydesk-convert: "));
      g_assert_nonnull (strstr (r.err, "--help"));
      g_assert_cmpstr (r.out, ==, "");
    }
}

static void
test_text_to_file (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = write_file (dir, "story.txt", ARTICLE_TEXT, -1);
  g_autofree char *output = g_build_filename (dir, "story.xml", NULL);
  g_auto(CopydeskTestRun) r = run ("--from", "text", input, "-o", output);
  g_autoptr(GBytes) xml = NULL;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==, "");
  xml = copydesk_test_load (output);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                                  "<headline>Tide gauge fails during storm</headline>"));
  copydesk_test_validate_newsml (xml, "copydesk-convert output");
  /* the input and the output, and no temporary file beside them */
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_dir (dir);
}

static void
test_stdin_to_stdout (void)
{
  g_auto(CopydeskTestRun) r = copydesk_test_convert_full (ARTICLE_TEXT, NULL, 0, "--from", "text", "-", NULL);
  g_autoptr(GBytes) xml = NULL;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<newsMessage"));
  xml = g_bytes_new (r.out, strlen (r.out));
  copydesk_test_validate_newsml (xml, "copydesk-convert standard output");
}

/* Plain text is guessed when --from is left out. */
static void
test_guess_text (void)
{
  g_auto(CopydeskTestRun) r = copydesk_test_convert_full ("  \n" ARTICLE_TEXT, NULL, 0, "-", NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "<headline>Tide gauge fails during storm</headline>"));
}

static void
test_missing_and_unreadable_input (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "nope.txt", NULL);
  g_autofree char *output = g_build_filename (dir, "out.xml", NULL);
  g_auto(CopydeskTestRun) r1 = run ("--from", "text", missing, "-o", output);
  g_auto(CopydeskTestRun) r2 = run ("--from", "text", dir, "-o", output);
  g_autofree char *prefix = g_strdup_printf ("copydesk-convert: %s: ", missing);

  g_assert_cmpint (r1.status, ==, 1);
  g_assert_true (g_str_has_prefix (r1.err, prefix));
  g_assert_nonnull (strstr (r1.err, "No such file"));
  /* a folder is not a file: refused, as any unreadable input */
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, dir));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

static void
test_invalid_utf8_keeps_output (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = write_file (dir, "bad.txt", "Headline\n\nBad \xC3\x28 byte\n", -1);
  g_autofree char *output = write_file (dir, "out.xml", "precious old contents", -1);
  g_auto(CopydeskTestRun) r = run ("--from", "text", input, "-o", output);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "UTF-8"));
  g_assert_nonnull (strstr (r.err, "offset 14"));
  assert_file_is (output, "precious old contents");
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_dir (dir);
}

static void
test_full_disk_keeps_output (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = write_file (dir, "story.txt", ARTICLE_TEXT, -1);
  g_autofree char *output = write_file (dir, "out.xml", "yesterday's version", -1);
  g_auto(CopydeskTestRun) r = copydesk_test_convert_full (NULL, NULL, SMALL_DISK,
                               "--from", "text", input, "-o", output, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, "copydesk-convert: "));
  g_assert_nonnull (strstr (r.err, output));
  assert_file_is (output, "yesterday's version");
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_dir (dir);
}

static void
test_full_stdout (void)
{
  g_auto(CopydeskTestRun) r = copydesk_test_convert_full (ARTICLE_TEXT, "/dev/full", 0, "--from", "text", "-", NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "standard output"));
}

static void
test_output_in_missing_folder (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = write_file (dir, "story.txt", ARTICLE_TEXT, -1);
  g_autofree char *output = g_build_filename (dir, "no", "such", "out.xml", NULL);
  g_auto(CopydeskTestRun) r = run ("--from", "text", input, "-o", output);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, output));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/convert/help-and-version", test_help_and_version);
  g_test_add_func ("/convert/usage-errors", test_usage_errors);
  g_test_add_func ("/convert/text-to-file", test_text_to_file);
  g_test_add_func ("/convert/stdin-to-stdout", test_stdin_to_stdout);
  g_test_add_func ("/convert/guess-text", test_guess_text);
  g_test_add_func ("/convert/missing-and-unreadable-input", test_missing_and_unreadable_input);
  g_test_add_func ("/convert/invalid-utf8-keeps-output", test_invalid_utf8_keeps_output);
  g_test_add_func ("/convert/full-disk-keeps-output", test_full_disk_keeps_output);
  g_test_add_func ("/convert/full-stdout", test_full_stdout);
  g_test_add_func ("/convert/output-in-missing-folder", test_output_in_missing_folder);

  return g_test_run ();
}
