/* test-desk-cli.c: copydesk-convert's --subject, --genre, --embargo, --status and --signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define STORY "Harbour board backs flood barrier\n\nThe board voted on Tuesday.\n"

static CopydeskTestRun
convert (const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;
  const char *arg;
  const char *argv[14] = { NULL };

  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_assert_cmpuint (args->len, <=, 12);
  for (guint i = 0; i < args->len; i++)
    argv[i] = args->pdata[i];
  argv[args->len] = "-";
  return copydesk_test_convert_full (STORY, NULL, 0, argv[0], argv[1], argv[2], argv[3], argv[4],
                                     argv[5], argv[6], argv[7], argv[8], argv[9], argv[10],
                                     argv[11], argv[12], NULL);
}

/* Exit 2, no output, and the message names @nearest. */
static void
assert_refused (CopydeskTestRun *r,
                const char      *nearest)
{
  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
  if (strstr (r->err, nearest) == NULL)
    g_error ("the message does not name %s:\n%s", nearest, r->err);
}

static void
test_unknown_codes (void)
{
  g_auto(CopydeskTestRun) typo = convert ("--subject", "medtop:2000523", NULL);
  g_auto(CopydeskTestRun) label = convert ("--subject", "labor markt", NULL);
  g_auto(CopydeskTestRun) retired = convert ("--subject", "medtop:20000030", NULL);
  g_auto(CopydeskTestRun) second = convert ("--subject", "medtop:20000523", "--subject",
                                            "medtop:9", NULL);
  g_auto(CopydeskTestRun) genre = convert ("--genre", "genre:Curent", NULL);
  g_auto(CopydeskTestRun) status = convert ("--status", "killed", NULL);
  g_auto(CopydeskTestRun) signal = convert ("--signal", "correct", NULL);
  g_auto(CopydeskTestRun) no_zone = convert ("--embargo", "2026-12-04T06:00:00", NULL);
  g_auto(CopydeskTestRun) not_time = convert ("--embargo", "tomorrow", NULL);

  assert_refused (&typo, "medtop:20000523 (labour market)");
  assert_refused (&label, "medtop:20000523 (labour market)");
  assert_refused (&retired, "retired");
  assert_refused (&second, "“medtop:9”");
  assert_refused (&genre, "genre:Current (Current Events)");
  assert_refused (&status, "usable, withheld or canceled");
  assert_refused (&signal, "none, update or correction");
  assert_refused (&no_zone, "no time zone");
  assert_refused (&not_time, "not a date and time");
}

static void
test_options_written (void)
{
  g_auto(CopydeskTestRun) r = convert ("--subject", "medtop:20000523", "--subject", "unemployment",
                                       "--genre", "Current", "--embargo", "2026-12-04T06:00:00Z",
                                       "--status", "withheld", "--signal", "update", NULL);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  CopydeskDesk *desk;
  const char *subjects[] = { "medtop:20000523", "medtop:20000533", NULL };
  g_autofree char *embargo = NULL;

  g_assert_cmpint (r.status, ==, 0);
  xml = g_bytes_new (r.out, strlen (r.out));
  copydesk_test_validate_newsml (xml, "converted with desk options");
  article = copydesk_newsml_read (xml, NULL, NULL, &error);
  g_assert_no_error (error);
  desk = copydesk_article_get_desk (article);
  g_assert_cmpstrv (copydesk_desk_get_subjects (desk), subjects);
  g_assert_cmpstr (copydesk_desk_get_genre (desk), ==, "genre:Current");
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_WITHHELD);
  g_assert_cmpint (copydesk_desk_get_signal (desk), ==, COPYDESK_SIGNAL_UPDATE);
  embargo = g_date_time_format_iso8601 (copydesk_desk_get_embargo (desk));
  g_assert_cmpstr (embargo, ==, "2026-12-04T06:00:00Z");
}

/* The wire export with photos works on a snapshot: the desk's fields go too. */
static void
test_with_photos (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-desk-cli-XXXXXX", &error);
  g_autofree char *out = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  CopydeskDesk *desk;

  g_assert_no_error (error);
  {
    g_auto(CopydeskTestRun) r = convert ("--subject", "medtop:20000523", "--status", "withheld",
                                         "--with-photos", path, "-o", "barrier.xml", NULL);

    g_assert_cmpint (r.status, ==, 0);
  }
  out = g_build_filename (path, "barrier.xml", NULL);
  xml = copydesk_test_load (out);
  copydesk_test_validate_newsml (xml, "wire export with desk options");
  article = copydesk_newsml_read (xml, NULL, NULL, &error);
  g_assert_no_error (error);
  desk = copydesk_article_get_desk (article);
  g_assert_cmpstrv (copydesk_desk_get_subjects (desk),
                    ((const char * const[]) { "medtop:20000523", NULL }));
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_WITHHELD);
  g_unlink (out);
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/desk-cli/unknown-codes", test_unknown_codes);
  g_test_add_func ("/desk-cli/options-written", test_options_written);
  g_test_add_func ("/desk-cli/with-photos", test_with_photos);
  return g_test_run ();
}
