/* copydesk-import-date.c: the date a date line gives, in two calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page prints its publication date on a line of its own ("Updated 2
 * December 2026", "الخميس 12 جمادى الآخرة 1448 هـ الموافق 3 ديسمبر 2026 م").
 * The line is the page's and is dropped, but what it says is kept: the
 * Gregorian date is the article's date (data/import/months.txt names the
 * months in any language), and a Hijri date beside it (hijri-months.txt,
 * hijri-eras.txt), which no date field holds, is kept as written in the
 * dateline, as Arabic papers print both.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "copydesk-import-private.h"

#define GREGORIAN \
  "(?:(\\d{1,2})\\.?\\s+({lexicon:months.txt})\\.?,?\\s+(\\d{4})|" \
  "({lexicon:months.txt})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))(?!\\d)"

#define HIJRI \
  "(?<!\\d)\\d{1,2}\\s+{lexicon:hijri-months.txt}\\s+\\d{3,4}" \
  "(?:\\s*{lexicon:hijri-eras.txt}(?!\\p{L}))?"

/* Digits of any script ("٣" is 3). */
static int
number_of (const char *digits)
{
  int n = 0;

  for (const char *p = digits; *p != '\0'; p = g_utf8_next_char (p))
    n = n * 10 + MAX (g_unichar_digit_value (g_utf8_get_char (p)), 0);
  return n;
}

static gboolean
has_arabic (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC)
      return TRUE;
  return FALSE;
}

/* The number months.txt gives a month's name ("ديسمبر = 12"), or 0. */
static int
month_number (const char *name)
{
  const char * const *entries = _copydesk_import_lexicon ("months.txt");
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      const char *value = strstr (entries[i], " = ");
      g_autofree char *entry = NULL;

      if (value == NULL)
        continue;
      entry = g_utf8_casefold (entries[i], value - entries[i]);
      if (g_str_equal (entry, folded))
        return atoi (value + 3);
    }
  return 0;
}

/* "3 ديسمبر 2026", "March 5, 2024": the date at noon UTC, so that it is the
 * same day wherever it is shown; NULL without a full Gregorian date. */
static GDateTime *
gregorian_date (const char *line)
{
  static GRegex *date;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *first = NULL;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;
  gboolean day_first;
  int m;

  if (!g_regex_match (_copydesk_import_regex (&date, GREGORIAN, G_REGEX_CASELESS), line, 0,
                      &match))
    return NULL;
  /* "3 December 2026" fills groups 1-3, "December 3, 2026" groups 4-6 */
  first = g_match_info_fetch (match, 1);
  day_first = first != NULL && *first != '\0';
  day = g_match_info_fetch (match, day_first ? 1 : 5);
  month = g_match_info_fetch (match, day_first ? 2 : 4);
  year = g_match_info_fetch (match, day_first ? 3 : 6);
  m = month_number (month);
  if (m == 0 || !g_date_valid_dmy (number_of (day), m, number_of (year)))
    return NULL;
  return g_date_time_new_utc (number_of (year), m, number_of (day), 12, 0, 0);
}

/**
 * _copydesk_import_apply_date_line:
 * @article: the article
 * @line: (nullable): the first date line of the page's head
 *
 * Sets the article's date from the line's Gregorian date and adds its Hijri
 * date, as written, to the dateline ("جدة، 12 جمادى الآخرة 1448 هـ").
 * Call it once the dateline is known.
 */
void
_copydesk_import_apply_date_line (CopydeskArticle *article,
                                  const char      *line)
{
  static GRegex *hijri;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *found = NULL;
  const char *dateline;

  if (line == NULL)
    return;
  if ((date = gregorian_date (line)) != NULL)
    copydesk_article_set_created (article, date);
  found = _copydesk_import_match_group (&hijri, "(" HIJRI ")", G_REGEX_CASELESS, line, 1);
  if (found == NULL)
    return;
  dateline = copydesk_article_get_dateline (article);
  if (*dateline == '\0')
    copydesk_article_set_dateline (article, found);
  else if (strstr (dateline, found) == NULL)
    {
      /* the Arabic comma in Arabic copy */
      g_autofree char *joined = g_strdup_printf ("%s%s %s", dateline,
                                                 has_arabic (found) ? "،" : ",", found);

      copydesk_article_set_dateline (article, joined);
    }
}
