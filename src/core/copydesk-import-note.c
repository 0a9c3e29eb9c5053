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
  "^[(\\[]?\\s*(additional|with additional|further|with|also)?\\s*" \
  "(reporting|research) (by|from)\\s+\\p{Lu}|" \
  "^[(\\[]?\\s*(writing|editing|compiled|additional writing|reporting and writing) by\\s+\\p{Lu}|" \
  "^[-—–]*\\s*with assistance from\\s+\\p{Lu}|" \
  "^\\p{Lu}[^.]{0,80}\\breported from\\b|^sources?\\s*:\\s*\\p{Lu}|" \
  "^this (article|story|piece) (is|was|has been) (republished|originally published|first " \
  "published|adapted)\\b|" \
  "^[(\\[]?\\s*avec\\s*:?\\s*\\p{Lu}"

/* Only the reporting roles: "Editing by" names editors, not contributors. */
#define REPORTING_ROLE \
  "(?:reporting|research|assistance)\\s*(?:by|from)?\\s*:?\\s+([^;()\\[\\]]+)"

/* One entry of contributor-notes.txt, cut once: its lead, its trail (or
 * NULL) without the "$" that makes it end the note (@trail_ends), and the
 * lead's length in characters. */
typedef struct
{
  char     *lead;
  char     *trail;
  gboolean  trail_ends;
  glong     lead_chars;
} NoteLead;

/* The entries, cut once for the life of the process (the lexicon is loaded
 * once too); @max_chars is the longest lead in characters. */
static const NoteLead *
note_leads (guint *n,
            glong *max_chars)
{
  static NoteLead *leads;
  static guint n_leads;
  static glong longest;

  if (g_once_init_enter (&leads))
    {
      const char * const *entries = _copydesk_import_lexicon ("contributor-notes.txt");
      guint count = g_strv_length ((char **) entries);
      NoteLead *cut = g_new0 (NoteLead, count + 1);

      for (guint i = 0; i < count; i++)
        {
          g_auto(GStrv) parts = g_strsplit (entries[i], "...", 2);

          cut[i].lead = g_strstrip (g_strdup (parts[0]));
          cut[i].trail = parts[1] != NULL ? g_strstrip (g_strdup (parts[1])) : NULL;
          cut[i].trail_ends = cut[i].trail != NULL && g_str_has_suffix (cut[i].trail, "$");
          if (cut[i].trail_ends)
            cut[i].trail[strlen (cut[i].trail) - 1] = '\0';
          cut[i].lead_chars = g_utf8_strlen (cut[i].lead, -1);
          longest = MAX (longest, cut[i].lead_chars);
        }
      n_leads = count;
      g_once_init_leave (&leads, cut);
    }
  *n = n_leads;
  *max_chars = longest;
  return leads;
}

/* The first @chars characters of @text, case-folded: case-folding maps each
 * character on its own to one or more, so this is a prefix of the whole
 * text folded, and at least @chars bytes long when @text has that many
 * characters; enough to test a lead of @chars characters. */
static char *
casefold_head (const char *text,
               glong       chars)
{
  const char *end = text;

  for (glong i = 0; i < chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  return g_utf8_casefold (text, end - text);
}

/* The lead phrases of contributor-notes.txt, in any language: "with inputs
 * from ...", "colaborou ...", "ساهم ... في إعداد", "... contributed to this
 * report". An entry is LEAD ..., LEAD ... TRAIL or ... TRAIL; the names
 * stand for "...", and a TRAIL ending in "$" ends the note. Returns the
 * names part, or
 * NULL when @text starts with no lead phrase. */
static char *
lexicon_note_names (const char *text)
{
  guint n_leads;
  glong max_chars;
  const NoteLead *leads = note_leads (&n_leads, &max_chars);
  g_autofree char *stripped = _copydesk_import_strip (text, " ()[]-—–.");
  g_autofree char *head = casefold_head (stripped, max_chars);
  g_autofree char *folded = NULL;
  glong folded_chars = -1;

  /* case-folding keeps the length of these scripts' letters only roughly:
   * the names are cut from the unfolded text by character counts */
  for (guint i = 0; i < n_leads; i++)
    {
      const char *lead = leads[i].lead;
      const char *trail = leads[i].trail;
      glong lead_chars = leads[i].lead_chars;
      const char *names;
      const char *end;

      if (!g_str_has_prefix (head, lead))
        continue;
      if (folded == NULL)
        {
          folded = g_utf8_casefold (stripped, -1);
          folded_chars = g_utf8_strlen (folded, -1);
        }
      if (folded_chars <= lead_chars)
        continue;
      names = g_utf8_offset_to_pointer (stripped, lead_chars);
      while (*names == ' ' || *names == ':')
        names++;
      end = names + strlen (names);
      if (trail != NULL && trail[0] != '\0')
        {
          g_autofree char *rest = g_utf8_casefold (names, -1);
          /* "... contributed$": the trail ends the note */
          gboolean at_end = leads[i].trail_ends;
          const char *at;

          at = at_end ? (g_str_has_suffix (rest, trail) ? rest + strlen (rest) - strlen (trail)
                                                        : NULL)
                      : strstr (rest, trail);
          if (at == NULL || at == rest)
            continue;
          end = g_utf8_offset_to_pointer (names, g_utf8_pointer_to_offset (rest, at));
        }
      if (end > names)
        return g_strstrip (g_strndup (names, end - names));
    }
  return NULL;
}

/* Every form of CONTRIBUTOR_NOTE holds one of these stems: a scan of the
 * text in ASCII lower case is much cheaper than the pattern, and most
 * paragraphs hold none. */
static gboolean
may_be_note (const char *text)
{
  static const char * const stems[] = {
    "report", "research", "writing", "editing", "compiled", "assistance", "source",
    "this article", "this story", "this piece", "avec", NULL
  };
  /* and each form of it holds one of these longer ones, chosen without the
   * letters s and k (which match a non-ASCII letter too when case is
   * ignored): "contributed", "reporting by", "(re)search from", "(assis)tance
   * from", "(s)ource", "published"... */
  static const char * const forms[] = {
    "contributed", "reporting by", "reporting from", "earch by", "earch from", "writing by",
    "editing by", "compiled by", "tance from", "reported from", "ource", "publi", "adapted",
    "mitarbeit", "mit material", "con informaci", "informaci", "con reporte",
    "con la colaboraci", "avec", NULL
  };
  g_autofree char *lower = g_ascii_strdown (text, -1);
  gboolean stem = FALSE;

  for (guint i = 0; stems[i] != NULL && !stem; i++)
    stem = strstr (lower, stems[i]) != NULL;
  if (!stem)
    return FALSE;
  for (guint i = 0; forms[i] != NULL; i++)
    if (strstr (lower, forms[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
_copydesk_import_is_contributor_note (const char *text)
{
  static GRegex *note;
  g_autofree char *names = NULL;

  if (_copydesk_import_count_words (text) > 60)
    return FALSE;
  if ((names = lexicon_note_names (text)) != NULL)
    return TRUE;
  return may_be_note (text) && _copydesk_import_match (&note, CONTRIBUTOR_NOTE, text);
}

/* Names in a script without capitals ("خالد الشمري"): one to four words. */
static gboolean
is_uncased_name (const char *name)
{
  gunichar c = g_utf8_get_char (name);
  guint words = _copydesk_import_count_words (name);

  return g_unichar_isalpha (c) && !g_unichar_isupper (c) && !g_unichar_islower (c) &&
         words >= 1 && words <= 4;
}

/* " in Lisbon", " from Kyiv" after a name in a note (place-in.txt) */
#define NOTE_PLACE " (?:{lexicon:place-in.txt}|from|at|of) \\p{Lu}\\S*(?: \\p{Lu}\\S*)*"

/* Adds each name of @list ("Jane Doe and John Roe in Lisbon") to @names. */
static void
add_names (GPtrArray  *names,
           const char *list)
{
  static GRegex *place;
  g_autofree char *clean = g_regex_replace (_copydesk_import_regex (&place, NOTE_PLACE, 0),
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
  g_autofree char *lexicon_names = lexicon_note_names (note);

  if (lexicon_names != NULL)
    {
      g_autoptr(GPtrArray) found = _copydesk_import_split_names (lexicon_names);

      add_names (names, lexicon_names);
      for (guint i = 0; i < found->len; i++)
        if (is_uncased_name (g_ptr_array_index (found, i)))
          g_ptr_array_add (names, g_strdup (g_ptr_array_index (found, i)));
      return names;
    }

  if (g_regex_match (_copydesk_import_regex (&contributed, "^(.+?)\\s+reported\\b",
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

/* A place in a script without capitals ("جدة", "تل أبيب"): one or two
 * words. Judgement call: only before a dash, never a colon, which in these
 * scripts opens a quotation as often ("قال الوزير: ..."). */
#define PLACE_UNCASED "\\p{Lo}[\\p{Lo}\\p{M}]*(?: \\p{Lo}[\\p{Lo}\\p{M}]*)?"

/* The shapes: with an agency in brackets, with a wire service between
 * slashes, a place in capitals alone, a place in any case followed by a
 * full date ("Harlow, UK — 5 March 2024 — ", as press releases write it),
 * an agency alone, and a place in a script without capitals before a
 * dash. The dateline is the first group that matched. */
#define DATELINE \
  "^(" PLACE_ANY "(?:\\s*/\\s*" PLACE_ANY ")*" DETAIL "\\s*\\([^()]{1,40}\\))" \
  "\\s*\\.?\\s*(?:[—–]|-{1,2}|:)\\s*|" \
  "^(" PLACE_ANY "(?:\\s*/\\s*" PLACE_ANY ")*" DETAIL "\\s*/[^/]{1,30}/)\\s*(?:[—–]|-{1,2})\\s*|" \
  "^(" PLACE_CAPS "(?:\\s*/\\s*" PLACE_CAPS ")*" DETAIL ")\\s*(?:[—–:]|--| - )\\s*|" \
  "^(" PLACE_ANY "(?:,\\s*[^,—–]{1,30}?)?(?:\\s*[—–]\\s*|,\\s*)" DATE_WORDS ")" \
  "\\s*(?:[—–]|--| - )\\s*|" \
  "^(\\([^()]{1,30}\\))\\s*(?:[—–]|-{1,2})\\s*|" \
  "^(" PLACE_UNCASED ")\\s*(?:[—–]| - )\\s*"

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
  for (int group = 1; group <= 6 && (found == NULL || *found == '\0'); group++)
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

/**
 * _copydesk_import_place_in_date_line:
 * @line: a date line ("Updated – 12 March 2024, 09:15 IST – MUMBAI")
 *
 * Metadata lines often carry the dateline among the dates: a part between
 * dashes, pipes or dots that is a place in capitals (one to four words, no
 * digit, not a date word such as "IST").
 *
 * Returns: (nullable): the place as printed, or %NULL
 */
char *
_copydesk_import_place_in_date_line (const char *line)
{
  static GRegex *separators;
  g_auto(GStrv) parts = g_regex_split (_copydesk_import_regex (&separators,
                                                               "\\s+[-–—|·•]\\s+|\\s*[|·•]\\s*",
                                                               0),
                                       line, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = _copydesk_import_strip (parts[i], " ,.;:");
      g_autofree char *upper = g_utf8_strup (part, -1);
      g_autofree char *lower = g_utf8_strdown (part, -1);
      guint words = _copydesk_import_count_words (part);

      if (words >= 1 && words <= 4 && g_utf8_strlen (part, -1) >= 3 &&
          g_str_equal (part, upper) && strpbrk (part, "0123456789") == NULL &&
          g_unichar_isupper (g_utf8_get_char (part)) &&
          !_copydesk_import_lexicon_has ("date-words.txt", lower))
        return g_steal_pointer (&part);
    }
  return NULL;
}
