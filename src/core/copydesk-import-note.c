/* copydesk-import-note.c: the contributor note and the dateline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contributor note is the line that credits other reporters at the end of
 * a story: "Jane Doe contributed to this report.", "Additional reporting by
 * Jane Doe in Lisbon", "(Reporting by Jane Doe; Editing by John Roe)",
 * "--With assistance from Jane Doe.", "Mitarbeit: Anna Muster", "Con
 * información de Ana Pérez". It is kept verbatim; the names of the reporters
 * are taken out of it where the sentence makes them plain. People named after
 * "Editing by" or "Writing by" edited or wrote the copy; only reporters are
 * listed as contributors.
 *
 * The dateline opens the first paragraph of agency copy: "LISBON, Portugal
 * (AP) — ", "LISBON/MADRID, March 3 (Reuters) - ", "Berlin (dpa) - ",
 * "Madrid, 3 mar (EFE).- ", "LISBON, March 3, 2024 /PRNewswire/ -- ",
 * "NEW DELHI: ", "(Bloomberg) -- ". With an agency in brackets the place may be written in any
 * case; without one it must be in capitals, or any capitalised phrase
 * followed by a dash would be taken for a place.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import-private.h"

#define CONTRIBUTOR_NOTE \
  "contributed (reporting|to (this|the) (report|story|article|reporting))|\\bcontributed\\.?$|" \
  "^[(\\[]?\\s*(additional|with additional|further|with|also)?\\s*" \
  "(reporting|research) (by|from)\\s+\\p{Lu}|" \
  "^[(\\[]?\\s*(writing|editing|compiled|additional writing|reporting and writing) by\\s+\\p{Lu}|" \
  "^[-—–]*\\s*with assistance from\\s+\\p{Lu}|" \
  "^\\p{Lu}[^.]{0,80}\\breported from\\b|^sources?\\s*:\\s*\\p{Lu}|" \
  "^this (article|story|piece) (is|was|has been) (republished|originally published|first " \
  "published|adapted)\\b|" \
  "^[(\\[]?\\s*(mitarbeit|mit material von|mitarbeit von|con información de|con reportes de|" \
  "información adicional de|con la colaboración de|avec)\\s*:?\\s*\\p{Lu}"

/* Only the reporting roles: "Editing by" names editors, not contributors. */
#define REPORTING_ROLE \
  "(?:reporting|research|assistance|mitarbeit|material|información|reportes|colaboración)" \
  "\\s*(?:by|from|von|de)?\\s*:?\\s+([^;()\\[\\]]+)"

gboolean
_copydesk_import_is_contributor_note (const char *text)
{
  static GRegex *note;

  return _copydesk_import_count_words (text) <= 60 &&
         _copydesk_import_match (&note, CONTRIBUTOR_NOTE, text);
}

/* Adds each name of @list ("Jane Doe and John Roe in Lisbon") to @names. */
static void
add_names (GPtrArray  *names,
           const char *list)
{
  static GRegex *place;
  g_autofree char *clean = g_regex_replace (_copydesk_import_regex (&place,
                                                                    " (in|aus|en|from|at|of) "
                                                                    "\\p{Lu}\\S*(?: \\p{Lu}\\S*)*",
                                                                    0),
                                            list, -1, 0, "", 0, NULL);
  g_autoptr(GPtrArray) found = _copydesk_import_split_names (clean);

  for (guint i = 0; i < found->len; i++)
    {
      const char *name = g_ptr_array_index (found, i);

      /* "Associated Press writers Jane Doe" -> keep the capitalised tail */
      while (!_copydesk_import_is_name (name) && strchr (name, ' ') != NULL)
        name = strchr (name, ' ') + 1;
      if (_copydesk_import_count_words (name) >= 2 && _copydesk_import_is_name (name) &&
          !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
}

/**
 * _copydesk_import_contributor_names:
 * @note: a contributor note
 *
 * Returns: (transfer full) (element-type utf8): the reporters it names
 */
GPtrArray *
_copydesk_import_contributor_names (const char *note)
{
  static GRegex *contributed, *role;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (_copydesk_import_regex (&contributed, "^(.+?)\\s+(?:contributed|reported)\\b",
                                             G_REGEX_CASELESS),
                     note, 0, &match))
    {
      g_autofree char *list = g_match_info_fetch (match, 1);

      add_names (names, list);
      return names;
    }

  /* each role in turn; g_match_info_next() is avoided on purpose: GLib 2.74
   * can crash or return unset groups when it steps past a match that ends
   * on the last character */
  for (int pos = 0;;)
    {
      g_autoptr(GMatchInfo) found = NULL;
      g_autofree char *list = NULL;
      int end = 0;

      if (!g_regex_match_full (_copydesk_import_regex (&role, REPORTING_ROLE, G_REGEX_CASELESS),
                               note, -1, pos, 0, &found, NULL))
        break;
      list = g_match_info_fetch (found, 1);
      g_match_info_fetch_pos (found, 0, NULL, &end);
      if (list != NULL)
        {
          g_autofree char *bare = _copydesk_import_strip (list, " .,-—–");

          add_names (names, bare);
        }
      if (end <= pos)
        break;
      pos = end;
    }
  return names;
}

#define PLACE_ANY \
  "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*| (?:de|del|la|am|an|upon|on|sur)){0,4}"
#define PLACE_CAPS "\\p{Lu}[\\p{Lu}.'’-]+(?: [\\p{Lu}.'’-]+){0,3}"
#define DETAIL "(?:,\\s*[^,()—–/]{1,40}?){0,3}"

#define DATE_WORDS \
  "(?:\\d{1,2}\\.? \\p{L}{3,}\\.?,? \\d{4}|\\p{L}{3,}\\.? \\d{1,2},? \\d{4}|" \
  "\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"

/* The shapes: with an agency in brackets, with a wire service between
 * slashes, a place in capitals alone, and a place in any case followed by a
 * full date ("Harlow, UK — 5 March 2024 — ", as press releases write it).
 * The dateline is the first group that matched. */
#define DATELINE \
  "^(" PLACE_ANY "(?:\\s*/\\s*" PLACE_ANY ")*" DETAIL "\\s*\\([^()]{1,40}\\))" \
  "\\s*\\.?\\s*(?:[—–]|-{1,2}|:)\\s*|" \
  "^(" PLACE_ANY "(?:\\s*/\\s*" PLACE_ANY ")*" DETAIL "\\s*/[^/]{1,30}/)\\s*(?:[—–]|-{1,2})\\s*|" \
  "^(" PLACE_CAPS "(?:\\s*/\\s*" PLACE_CAPS ")*" DETAIL ")\\s*(?:[—–:]|--| - )\\s*|" \
  "^(" PLACE_ANY "(?:,\\s*[^,—–]{1,30}?)?(?:\\s*[—–]\\s*|,\\s*)" DATE_WORDS ")" \
  "\\s*(?:[—–]|--| - )\\s*|" \
  "^(\\([^()]{1,30}\\))\\s*(?:[—–]|-{1,2})\\s*"

/**
 * _copydesk_import_place_of_date_line:
 * @line: a short line
 *
 * "Madrid - 05 mar 2024 - 10:42 CET": a place and the date of publication,
 * as some pages print them under the byline.
 *
 * Returns: (nullable): the place, or %NULL if @line is not such a line
 */
char *
_copydesk_import_place_of_date_line (const char *line)
{
  static GRegex *place_date;

  if (_copydesk_import_count_words (line) > 12)
    return NULL;
  return _copydesk_import_match_group (&place_date,
                                       "^(" PLACE_ANY "(?:,\\s*" PLACE_ANY ")?)\\s*[-—–|,·•]\\s*"
                                       DATE_WORDS "(?:\\s*[-—–|,·•]?\\s*[\\d:.]+\\s*\\w{0,4})?$",
                                       0, line, 1);
}

/* Words in capitals that open a paragraph with a colon or dash but are not places. */
static const char * const not_places[] = {
  "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LISTEN", "CORRECTION", "NOTE",
  "EDITOR'S NOTE", "EDITOR’S NOTE", "ANALYSIS", "OPINION", "COMMENT", "REVIEW", "LIVE", "FACT",
  "CHECK", "FACT CHECK", "PHOTOS", "VIDEO", "Q", "A", "I", NULL
};

/**
 * _copydesk_import_split_dateline:
 * @paragraph: the first paragraph
 * @rest: (out): the paragraph after the dateline
 *
 * Returns: (nullable): the dateline, or %NULL when the paragraph opens without one
 */
char *
_copydesk_import_split_dateline (const char  *paragraph,
                                 char       **rest)
{
  static GRegex *dateline;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *found = NULL;
  int end = 0;

  *rest = NULL;
  if (!g_regex_match (_copydesk_import_regex (&dateline, DATELINE, 0), paragraph, 0, &match))
    return NULL;
  for (int group = 1; group <= 5 && (found == NULL || *found == '\0'); group++)
    {
      g_free (found);
      found = g_match_info_fetch (match, group);
      /* "(Bloomberg) -- ": an agency without a place is a dateline too */
      if (group == 5 && found != NULL && *found != '\0' && !_copydesk_import_is_agency (found))
        return NULL;
    }
  g_match_info_fetch_pos (match, 0, NULL, &end);
  if (found == NULL || *found == '\0' || paragraph[end] == '\0' ||
      g_strv_contains (not_places, found))
    return NULL;
  *rest = g_strdup (paragraph + end);
  return _copydesk_import_strip (found, " ,");
}
