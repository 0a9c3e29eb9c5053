/* copydesk-checks-consistency.c: byline against authors, the dateline's
 * house pattern, the embargo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-checks-private.h"
#include "copydesk-desk.h"
#include "copydesk-text.h"

static char *
name_key (const char *name,
          gssize      length)
{
  g_autofree char *part = g_strndup (name, length < 0 ? strlen (name) : (gsize) length);
  g_autofree char *collapsed = copydesk_text_collapse_whitespace (part);

  return g_utf8_casefold (collapsed, -1);
}

static gboolean
is_author (CopydeskArticle *article,
           const char      *key)
{
  GListModel *authors = copydesk_article_get_authors (article);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr (CopydeskAuthor) author = g_list_model_get_item (authors, i);
      g_autofree char *name = name_key (copydesk_author_get_name (author), -1);
      g_autofree char *title = name_key (copydesk_author_get_job_title (author), -1);

      /* "By Ann Lee, Health editor": the job title is no name */
      if (g_str_equal (name, key) || (title[0] != '\0' && g_str_equal (title, key)))
        return TRUE;
    }
  return FALSE;
}

static void
check_byline_part (CdxRun     *run,
                   const char *byline,
                   gsize       start,
                   gsize       end)
{
  CdxPlace place = { COPYDESK_CHECK_FIELD_BYLINE, 0, NULL, 0 };
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;

  while (start < end && g_ascii_isspace (byline[start]))
    start++;
  while (end > start && g_ascii_isspace (byline[end - 1]))
    end--;
  if (start == end)
    return;
  key = name_key (byline + start, end - start);
  if (is_author (run->article, key))
    return;
  name = g_strndup (byline + start, end - start);
  _cdx_add (run, COPYDESK_CHECK_BYLINE_NOT_AUTHOR, &place, byline, start, end,
            g_strdup_printf (_("“%s” is in the byline but not among the story’s authors."),
                             name));
}

/* "By Ann Lee, Bo Ek and Cy Orr": the names between the separators. */
static void
check_byline (CdxRun *run)
{
  const char *byline = copydesk_article_get_byline (run->article);
  g_autoptr (GRegex) lead = g_regex_new ("^\\s*(by|par|von|por|door|di|av)\\s+",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GRegex) sep =
    g_regex_new ("\\s*(,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bog\\b)\\s*",
                                        G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  gsize start = 0;
  gint s, e;

  if (!_cdx_enabled (run, COPYDESK_CHECK_BYLINE_NOT_AUTHOR) || byline[0] == '\0')
    return;
  if (g_regex_match (lead, byline, 0, &match) && g_match_info_fetch_pos (match, 0, &s, &e))
    start = e;
  g_clear_pointer (&match, g_match_info_free);
  g_regex_match_full (sep, byline, -1, start, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      g_match_info_fetch_pos (match, 0, &s, &e);
      check_byline_part (run, byline, start, s);
      start = e;
      g_match_info_next (match, NULL);
    }
  check_byline_part (run, byline, start, strlen (byline));
}

static void
check_dateline (CdxRun *run)
{
  const char *dateline = copydesk_article_get_dateline (run->article);
  const char *pattern = run->options->dateline_pattern;
  CdxPlace place = { COPYDESK_CHECK_FIELD_DATELINE, 0, NULL, 0 };
  g_autoptr (GRegex) regex = NULL;
  g_autoptr (GError) error = NULL;

  if (!_cdx_enabled (run, COPYDESK_CHECK_DATELINE_PATTERN) || pattern == NULL ||
      pattern[0] == '\0' || dateline[0] == '\0')
    return;
  regex = g_regex_new (pattern, 0, 0, &error);
  if (regex == NULL)
    _cdx_add (run, COPYDESK_CHECK_DATELINE_PATTERN, &place, NULL, 0, 0,
              g_strdup_printf (_("The house pattern for datelines in Preferences cannot be "
                                 "used: %s"), error->message));
  else if (!g_regex_match (regex, dateline, 0, NULL))
    _cdx_add (run, COPYDESK_CHECK_DATELINE_PATTERN, &place, dateline, 0, strlen (dateline),
              g_strdup (_("The dateline does not follow the house pattern.")));
}

/* Returns: (transfer none) (nullable): the time the story may not be
 * published before, from the desk's metadata */
GDateTime *
_cdx_article_embargo (CopydeskArticle *article)
{
  return copydesk_desk_get_embargo (copydesk_article_get_desk (article));
}

/* Returns: (nullable): the finding's message when @embargo has passed */
char *
_cdx_embargo_message (GDateTime *embargo,
                      GDateTime *now)
{
  g_autofree char *when = NULL;

  if (embargo == NULL || g_date_time_compare (embargo, now) > 0)
    return NULL;
  when = g_date_time_format (embargo, "%Y-%m-%d %H:%M %Z");
  return g_strdup_printf (_("The embargo (%s) has already passed: lift it or set a new time."),
                          when);
}

static void
check_embargo (CdxRun *run)
{
  GDateTime *embargo = _cdx_article_embargo (run->article);
  g_autoptr (GDateTime) now = NULL;
  CdxPlace place = { COPYDESK_CHECK_FIELD_EMBARGO, 0, NULL, 0 };
  char *message;

  if (!_cdx_enabled (run, COPYDESK_CHECK_EMBARGO_PAST) || embargo == NULL)
    return;
  now = run->options->now != NULL ? g_date_time_ref (run->options->now)
                                  : g_date_time_new_now_utc ();
  message = _cdx_embargo_message (embargo, now);
  if (message != NULL)
    _cdx_add (run, COPYDESK_CHECK_EMBARGO_PAST, &place, NULL, 0, 0, message);
}

void
_cdx_check_consistency (CdxRun *run)
{
  check_byline (run);
  check_dateline (run);
  check_embargo (run);
}
