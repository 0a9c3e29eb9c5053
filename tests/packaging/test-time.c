/* test-time.c: dates, times and counts as people read them, and in files
 *
 * The German and French cases need those locales compiled into the build
 * folder (build-locales.sh, LOCPATH); where they could not be, the cases say
 * they skipped. Messages are not translated here (no catalogue is loaded):
 * the formats are the English ones, the month names and separators come
 * from LC_TIME and LC_NUMERIC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "copydesk-time.h"

/* 2026-12-03 14:05:09 at +01:00 */
static GDateTime *
berlin_time (int day,
             int hour,
             int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);

  return g_date_time_new (zone, 2026, 12, day, hour, minute, 9);
}

static char *
format_at (GDateTime         *time,
           CopydeskTimeStyle  style,
           GDateTime         *now)
{
  return copydesk_format_time_at (time, style, now);
}

static void
test_iso8601_keeps_the_zone (void)
{
  g_autoptr(GDateTime) time = berlin_time (3, 14, 5);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autoptr(GTimeZone) far = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new (far, 2030, 1, 1, 0, 0, 0);
  g_autofree char *text = format_at (time, COPYDESK_TIME_STYLE_ISO8601, now);
  g_autofree char *utc_text = format_at (utc, COPYDESK_TIME_STYLE_ISO8601, now);

  /* the time's own zone, not the reader's; seconds; an offset even for UTC */
  g_assert_cmpstr (text, ==, "2026-12-03T14:05:09+01:00");
  g_assert_cmpstr (utc_text, ==, "2026-12-03T13:05:09+00:00");
}

static void
test_date_and_time_in_english (void)
{
  g_autoptr(GDateTime) time = berlin_time (3, 14, 5);
  g_autoptr(GDateTime) later = berlin_time (13, 9, 30);
  g_autoptr(GDateTime) now = g_date_time_add_days (later, 30);
  g_autofree char *date = format_at (time, COPYDESK_TIME_STYLE_DATE, now);
  g_autofree char *full = format_at (time, COPYDESK_TIME_STYLE_DATE_TIME, now);
  g_autofree char *two_digits = format_at (later, COPYDESK_TIME_STYLE_DATE_TIME, now);

  g_assert_cmpstr (date, ==, "3 December 2026");
  g_assert_cmpstr (full, ==, "3 December 2026, 14:05");
  g_assert_cmpstr (two_digits, ==, "13 December 2026, 09:30");
}

/* A file written in Berlin, read in New York: the reader's clock. */
static void
test_shown_in_the_readers_zone (void)
{
  g_autoptr(GDateTime) time = berlin_time (3, 14, 5);
  g_autoptr(GTimeZone) new_york = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new (new_york, 2027, 6, 1, 12, 0, 0);
  g_autofree char *text = format_at (time, COPYDESK_TIME_STYLE_DATE_TIME, now);

  g_assert_cmpstr (text, ==, "3 December 2026, 08:05");
}

static void
test_relative_days (void)
{
  g_autoptr(GDateTime) now = berlin_time (3, 0, 10);
  g_autoptr(GDateTime) earlier_today = berlin_time (3, 0, 1);
  g_autoptr(GDateTime) late_yesterday = berlin_time (2, 23, 50);
  g_autoptr(GDateTime) early_yesterday = berlin_time (2, 0, 0);
  g_autoptr(GDateTime) two_days_ago = berlin_time (1, 23, 59);
  g_autoptr(GDateTime) tomorrow = berlin_time (4, 8, 0);
  g_autofree char *today_text = format_at (earlier_today, COPYDESK_TIME_STYLE_RELATIVE, now);
  g_autofree char *late_text = format_at (late_yesterday, COPYDESK_TIME_STYLE_RELATIVE, now);
  g_autofree char *early_text = format_at (early_yesterday, COPYDESK_TIME_STYLE_RELATIVE, now);
  g_autofree char *older_text = format_at (two_days_ago, COPYDESK_TIME_STYLE_RELATIVE, now);
  g_autofree char *future_text = format_at (tomorrow, COPYDESK_TIME_STYLE_RELATIVE, now);

  /* calendar days, not 24-hour periods */
  g_assert_cmpstr (today_text, ==, "today at 00:01");
  g_assert_cmpstr (late_text, ==, "yesterday at 23:50");
  g_assert_cmpstr (early_text, ==, "yesterday at 00:00");
  g_assert_cmpstr (older_text, ==, "1 December 2026, 23:59");
  /* a clock that was ahead: a date, never "today" */
  g_assert_cmpstr (future_text, ==, "4 December 2026, 08:00");
}

static void
test_relative_across_the_new_year (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2027, 1, 1, 0, 10, 0);
  g_autoptr(GDateTime) time = g_date_time_new (zone, 2026, 12, 31, 23, 50, 0);
  g_autoptr(GDateTime) utc_time = g_date_time_to_utc (time);
  g_autofree char *text = format_at (utc_time, COPYDESK_TIME_STYLE_RELATIVE, now);

  g_assert_cmpstr (text, ==, "yesterday at 23:50");
}

static void
test_now_is_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = copydesk_format_time (now, COPYDESK_TIME_STYLE_RELATIVE);
  g_autofree char *clock = g_date_time_format (now, "%H:%M");
  g_autofree char *expected = g_strconcat ("today at ", clock, NULL);

  /* may cross a minute (or midnight) between the two calls: then once more */
  if (g_strcmp0 (text, expected) != 0)
    {
      g_autoptr(GDateTime) again = g_date_time_new_now_local ();
      g_autofree char *text2 = copydesk_format_time (again, COPYDESK_TIME_STYLE_RELATIVE);
      g_autofree char *clock2 = g_date_time_format (again, "%H:%M");
      g_autofree char *expected2 = g_strconcat ("today at ", clock2, NULL);

      g_assert_cmpstr (text2, ==, expected2);
    }
}

static void
test_counts_in_c (void)
{
  g_autofree char *small = copydesk_format_count (7);
  g_autofree char *large = copydesk_format_count (1234567);

  g_assert_cmpstr (small, ==, "7");
  g_assert_cmpstr (large, ==, "1234567");
}

/* LC_TIME and LC_NUMERIC in @locale, or the test skips. */
static gboolean
enter_locale (const char *locale)
{
  if (setlocale (LC_TIME, locale) == NULL || setlocale (LC_NUMERIC, locale) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not available (LOCPATH=%s): "
                                              "install Debian's `locales` package",
                                              locale, g_getenv ("LOCPATH"));
      setlocale (LC_TIME, "C.UTF-8");
      setlocale (LC_NUMERIC, "C.UTF-8");
      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

static void
leave_locale (void)
{
  setlocale (LC_TIME, "C.UTF-8");
  setlocale (LC_NUMERIC, "C.UTF-8");
}

static void
test_german (void)
{
  g_autoptr(GDateTime) time = berlin_time (3, 14, 5);
  g_autoptr(GDateTime) now = berlin_time (20, 12, 0);
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) march = g_date_time_new (zone, 2026, 3, 9, 7, 0, 0);
  g_autofree char *text = NULL;
  g_autofree char *march_text = NULL;
  g_autofree char *count = NULL;

  if (!enter_locale ("de_DE.UTF-8"))
    return;
  text = format_at (time, COPYDESK_TIME_STYLE_DATE_TIME, now);
  march_text = format_at (march, COPYDESK_TIME_STYLE_DATE, now);
  count = copydesk_format_count (1234567);
  leave_locale ();

  g_assert_cmpstr (text, ==, "3 Dezember 2026, 14:05");
  g_assert_cmpstr (march_text, ==, "9 März 2026");
  g_assert_cmpstr (count, ==, "1.234.567");
}

static void
test_french (void)
{
  g_autoptr(GDateTime) time = berlin_time (3, 14, 5);
  g_autoptr(GDateTime) now = berlin_time (20, 12, 0);
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) august = g_date_time_new (zone, 2026, 8, 15, 18, 30, 0);
  g_autofree char *text = NULL;
  g_autofree char *august_text = NULL;
  g_autofree char *count = NULL;

  if (!enter_locale ("fr_FR.UTF-8"))
    return;
  text = format_at (time, COPYDESK_TIME_STYLE_DATE_TIME, now);
  august_text = format_at (august, COPYDESK_TIME_STYLE_DATE, now);
  count = copydesk_format_count (1234567);
  leave_locale ();

  g_assert_cmpstr (text, ==, "3 décembre 2026, 14:05");
  g_assert_cmpstr (august_text, ==, "15 août 2026");
  /* glibc's French groups with a narrow no-break space */
  g_assert_cmpstr (count, ==, "1\u202f234\u202f567");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/iso8601-keeps-the-zone", test_iso8601_keeps_the_zone);
  g_test_add_func ("/time/date-and-time-in-english", test_date_and_time_in_english);
  g_test_add_func ("/time/shown-in-the-readers-zone", test_shown_in_the_readers_zone);
  g_test_add_func ("/time/relative-days", test_relative_days);
  g_test_add_func ("/time/relative-across-the-new-year", test_relative_across_the_new_year);
  g_test_add_func ("/time/now-is-today", test_now_is_today);
  g_test_add_func ("/time/counts-in-c", test_counts_in_c);
  g_test_add_func ("/time/german", test_german);
  g_test_add_func ("/time/french", test_french);

  return g_test_run ();
}
