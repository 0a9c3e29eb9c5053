/* copydesk-time.h: times as people read them, and as files carry them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CopydeskTimeStyle:
 * @COPYDESK_TIME_STYLE_DATE: the day, "3 December 2026"
 * @COPYDESK_TIME_STYLE_DATE_TIME: the day and the time, "3 December 2026, 14:05"
 * @COPYDESK_TIME_STYLE_RELATIVE: "today at 14:05" and "yesterday at 09:30";
 *   other days as @COPYDESK_TIME_STYLE_DATE_TIME
 * @COPYDESK_TIME_STYLE_ISO8601: for files, "2026-12-03T14:05:00+01:00", always
 *   with the offset and in the time's own zone
 *
 * The first three are for people: the order of day, month and year and the
 * words come from the translation, the month names from LC_TIME, and the time
 * is shown in the local zone.
 */
typedef enum
{
  COPYDESK_TIME_STYLE_DATE,
  COPYDESK_TIME_STYLE_DATE_TIME,
  COPYDESK_TIME_STYLE_RELATIVE,
  COPYDESK_TIME_STYLE_ISO8601,
} CopydeskTimeStyle;

char *copydesk_format_time    (GDateTime         *time,
                               CopydeskTimeStyle  style);
char *copydesk_format_time_at (GDateTime         *time,
                               CopydeskTimeStyle  style,
                               GDateTime         *now);
char *copydesk_format_count   (guint64            count);

G_END_DECLS
