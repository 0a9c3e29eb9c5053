/* copydesk-time.c: times as people read them, and as files carry them
 *
 * Every place that shows a time goes through copydesk_format_time(), so that
 * the banners, the details panel and the version list say a date the same
 * way, in the reader's language. Formats that are ambiguous across countries
 * (%x gives 12/03/26, a different day in Britain and America) are not used:
 * the month is spelled out and translators choose the order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-text.h"
#include "copydesk-time.h"

/* g_date_time_format() with a translated format, falling back to the
 * untranslated one if a translation is not a format GLib can use. */
static char *
format_translated (GDateTime  *time,
                   const char *msgid)
{
  char *text = g_date_time_format (time, g_dgettext (GETTEXT_PACKAGE, msgid));

  if (text == NULL)
    text = g_date_time_format (time, msgid);
  return text;
}

static char *
format_date (GDateTime *time)
{
  /* Translators: a day, as in "3 December 2026", for g_date_time_format():
   * %-e the day of the month without padding, %B the month name as it is
   * written after a day (LC_TIME gives it), %Y the year. Reorder and add
   * words as your language writes dates, e.g. "%-e. %B %Y" in German. */
  /* xgettext:no-c-format */
  return format_translated (time, N_("%-e %B %Y"));
}

static char *
format_date_time (GDateTime *time)
{
  /* Translators: a day and a time, as in "3 December 2026, 14:05", for
   * g_date_time_format(): %-e day, %B month name, %Y year, %H:%M the time on
   * the 24-hour clock (use %-I:%M %p for a 12-hour clock). */
  /* xgettext:no-c-format */
  return format_translated (time, N_("%-e %B %Y, %H:%M"));
}

/* Which calendar day in @now's zone @time falls on, counted back from @now's
 * (0 today, 1 yesterday), or -1 for any other day, the future included:
 * 23:50 yesterday is "yesterday" ten minutes after midnight. */
static int
days_ago (GDateTime *time,
          GDateTime *now)
{
  g_autoptr(GDateTime) today = g_date_time_new (g_date_time_get_timezone (now),
                                                g_date_time_get_year (now),
                                                g_date_time_get_month (now),
                                                g_date_time_get_day_of_month (now),
                                                0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (today, -1);

  if (g_date_time_compare (time, tomorrow) >= 0)
    return -1;
  if (g_date_time_compare (time, today) >= 0)
    return 0;
  if (g_date_time_compare (time, yesterday) >= 0)
    return 1;
  return -1;
}

static char *
format_relative (GDateTime *time,
                 GDateTime *now)
{
  switch (days_ago (time, now))
    {
    case 0:
      /* Translators: a time earlier today, as in "today at 14:05", for
       * g_date_time_format(); %H:%M is the time on the 24-hour clock. */
      /* xgettext:no-c-format */
      return format_translated (time, N_("today at %H:%M"));
    case 1:
      /* Translators: a time yesterday, as in "yesterday at 09:30", for
       * g_date_time_format(); %H:%M is the time on the 24-hour clock. */
      /* xgettext:no-c-format */
      return format_translated (time, N_("yesterday at %H:%M"));
    default:
      return format_date_time (time);
    }
}

/**
 * copydesk_format_time_at:
 * @time: the time to show
 * @style: how
 * @now: the present, in the zone the reader lives in; the time is shown in
 *   that zone (except for %COPYDESK_TIME_STYLE_ISO8601) and "today" means
 *   @now's day
 *
 * Returns: (transfer full): @time as text
 */
char *
copydesk_format_time_at (GDateTime         *time,
                         CopydeskTimeStyle  style,
                         GDateTime         *now)
{
  g_autoptr(GDateTime) shown = NULL;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (style == COPYDESK_TIME_STYLE_ISO8601)
    return copydesk_date_time_format (time);

  shown = g_date_time_to_timezone (time, g_date_time_get_timezone (now));
  switch (style)
    {
    case COPYDESK_TIME_STYLE_DATE:
      return format_date (shown);
    case COPYDESK_TIME_STYLE_RELATIVE:
      return format_relative (shown, now);
    case COPYDESK_TIME_STYLE_DATE_TIME:
    case COPYDESK_TIME_STYLE_ISO8601:
    default:
      return format_date_time (shown);
    }
}

/**
 * copydesk_format_time:
 * @time: the time to show
 * @style: how
 *
 * copydesk_format_time_at() with the present moment in the local zone.
 *
 * Returns: (transfer full): @time as text
 */
char *
copydesk_format_time (GDateTime         *time,
                      CopydeskTimeStyle  style)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return copydesk_format_time_at (time, style, now);
}

/**
 * copydesk_format_count:
 * @count: a number of words, characters, photos...
 *
 * Returns: (transfer full): @count with the thousands separator of
 *   LC_NUMERIC: "12,345" in English, "12.345" in German
 */
char *
copydesk_format_count (guint64 count)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, count);
}
