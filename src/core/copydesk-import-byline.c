/* copydesk-import-byline.c: bylines, author titles and bios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forms recognised (the caller only asks before the first paragraph, except
 * for bios, which also close articles):
 *
 *   By Jane Doe                      By JANE DOE and JOHN ROE Associated Press
 *   By Jane Doe, Science Editor      By Jane Doe in Lisbon
 *   Jane Doe, Science Editor         Jane Doe Environment correspondent
 *   Von Anna Muster / Por Ana Pérez  Jane Doe is the paper's science reporter
 *
 * Judgement calls: a name is one to five capitalised words (particles such as
 * "de" or "van" allowed inside); a title is a phrase holding a job word
 * ("correspondent", "editor", "Redakteurin", "corresponsal"...); an agency is
 * one of the known signatures. Names typed in capitals are re-cased. A line
 * that fits none of this is not a byline, and stays text.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import-private.h"

#define BY_PREFIX \
  "^(?:(?:an? (?:article|story|report|column)|ein (?:artikel|beitrag|kommentar|bericht)|" \
  "una? (?:artículo|reportaje|crónica|article|reportage))\\s+)?" \
  "(?:(words|text|photographs|photos|pictures|illustrations|graphics|video|posted|written|" \
  "reported|story)\\s+)?{lexicon:byline-leads.txt}\\s+(.+)$"

/* What may follow the names on a byline line and is not a name: a date
 * ("on March 5, 2024", "| 5 Mar 2024", ", March 5, 2024") or a time. */
#define BY_DATE_TAIL \
  "(?:\\s+(?:on|at|am|el|le)\\s+|\\s*[|·•]\\s*|\\s+/\\s+|\\s*[-—–]\\s*|" \
  ",\\s*(?=(?:{lexicon:months.txt}|{lexicon:weekdays.txt})\\.?\\s+\\d))[^|]*\\d.*$"
/* "and", "und", "y", "et", "e" in any language: data/import/conjunctions.txt */
#define NAME_SEPARATORS "\\s*(?:,|;|&|\\b{lexicon:conjunctions.txt}\\b)\\s*"
/* "Jane Doe and John Roe in Lisbon": data/import/place-in.txt */
#define NAMES_IN_PLACE "^(.+?) {lexicon:place-in.txt} (\\p{Lu}.*)$"
#define CONJUNCTION "\\s({lexicon:conjunctions.txt}|&)\\s"

void
_copydesk_import_byline_free (ImportByline *byline)
{
  g_free (byline->byline);
  g_clear_pointer (&byline->names, g_ptr_array_unref);
  g_free (byline->title);
  g_free (byline->agency);
  g_free (byline->place);
  g_free (byline->bio);
  g_clear_pointer (&byline->left_out, g_ptr_array_unref);
  g_free (byline);
}

static ImportByline *
byline_new (void)
{
  ImportByline *byline = g_new0 (ImportByline, 1);

  byline->names = g_ptr_array_new_with_free_func (g_free);
  byline->left_out = g_ptr_array_new_with_free_func (g_free);
  return byline;
}

static GRegex *
separators_regex (void)
{
  static GRegex *separators;

  return _copydesk_import_regex (&separators, NAME_SEPARATORS, 0);
}

/* Names in a list: "Jane Doe, John Roe and Ann Poe" (and "und", "y", "et"). */
GPtrArray *
_copydesk_import_split_names (const char *text)
{
  g_auto(GStrv) parts = g_regex_split (separators_regex (), text, 0);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = _copydesk_import_strip (parts[i], " .");

      if (*part != '\0')
        g_ptr_array_add (names, _copydesk_import_name_case (part));
    }
  return names;
}

/* A short line that names an agency or a job, as under a byline. */
gboolean
_copydesk_import_parse_affiliation (const char  *text,
                                    char       **title,
                                    char       **agency)
{
  static GRegex *handle;
  g_autofree char *bare = g_regex_replace_literal (_copydesk_import_regex (&handle, "\\s*@\\w+", 0),
                                                  text, -1, 0, "", 0, NULL);

  *title = NULL;
  *agency = NULL;
  /* "Political reporter @janedoe": the handle is no part of the title */
  text = bare;
  if (*text == '\0' || _copydesk_import_count_words (text) > 8 ||
      _copydesk_import_ends_sentence (text))
    return FALSE;
  if (_copydesk_import_is_agency (text))
    *agency = _copydesk_import_strip (text, " .,");
  else if (_copydesk_import_has_title_word (text) && !g_unichar_islower (g_utf8_get_char (text)))
    *title = _copydesk_import_name_case (text);
  return *title != NULL || *agency != NULL;
}

/* Takes the affiliation off the end of @rest (in place): after a separator
 * (", Science Editor", " | Reuters", " for The Paper"), or as a known agency,
 * or as the words that follow a name typed in capitals ("JANE DOE Gazette"). */
static void
keep_first (char **field,
            char  *value)
{
  if (*field == NULL)
    *field = value;
  else
    g_free (value);
}

/* the words that lead a place after a byline's names, in the languages of
 * the fixtures: "from", "de" / "desde" / "em" (Portuguese, Spanish), "aus"
 * (German), "da" (Italian), "à" / "depuis" (French), "in" */
#define PLACE_AFTER \
  "^{lexicon:place-leads.txt}\\s+(\\p{Lu}[^,;|]{1,60})$"

static gboolean
peel_after_separator (char         *rest,
                      ImportByline *byline)
{
  static GRegex *separator, *place;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *right = NULL;
  char *title = NULL, *agency = NULL;
  int start = 0;

  g_autofree char *sep = NULL;

  if (!g_regex_match (_copydesk_import_regex (&separator,
                                              "^(.+?)(\\s*[,|–—]\\s*| - |\\s+(for)\\s+)(.+)$",
                                              G_REGEX_CASELESS),
                      rest, 0, &match))
    return FALSE;
  right = g_match_info_fetch (match, 4);
  sep = g_strstrip (g_match_info_fetch (match, 2));
  /* "Por Ana Lobo, de Corumbá", "By Jo Lark - from Kyiv": after a comma or
   * a dash, a place word and a capitalised place is where the story was
   * written, the dateline; no name and no outlet */
  if (byline->place == NULL)
    byline->place = _copydesk_import_match_group (&place, PLACE_AFTER, G_REGEX_CASELESS, right, 1);
  if (byline->place == NULL && !_copydesk_import_parse_affiliation (right, &title, &agency))
    {
      g_autofree char *for_word = g_match_info_fetch (match, 3);
      gboolean for_form = for_word != NULL && *for_word != '\0';
      /* "Di Giulia Sartori - Gazzetta del Lido": after a dash, a short
       * capitalised phrase is the outlet, even when it reads like a name
       * (a second author is joined with "and", never with a dash) */
      gboolean dash_form = g_str_equal (sep, "-") || g_str_equal (sep, "–") ||
                           g_str_equal (sep, "—");

      /* "By Jane Doe for The Paper" names the publication she wrote for;
       * "By Jane Doe, CNN" a newsroom: short, capitalised, and not a
       * second name ("By Jane Doe, John Roe and Ann Poe") */
      if (_copydesk_import_count_words (right) > 5 ||
          !g_unichar_isupper (g_utf8_get_char (right)) ||
          (!for_form && !dash_form && (strchr (right, ',') != NULL ||
                         (_copydesk_import_count_words (right) >= 2 &&
                          _copydesk_import_is_name (right)) ||
                         g_regex_match (separators_regex (), right, 0, NULL))))
        return FALSE;
      agency = for_form ? _copydesk_import_name_case (right) : g_strdup (right);
      if (dash_form && g_regex_match (separators_regex (), right, 0, NULL))
        {
          g_free (agency);
          return FALSE;
        }
    }
  keep_first (&byline->title, title);
  keep_first (&byline->agency, agency);
  g_match_info_fetch_pos (match, 1, NULL, &start);
  rest[start] = '\0';
  return TRUE;
}

/* Takes the affiliation off the end of @rest (in place): after a separator
 * (", Science Editor", " | Reuters", " for The Paper"), or as a known agency,
 * or as a job title straight after the name ("Jane Doe Political Editor"). */
static void
peel_affiliation (char         *rest,
                  ImportByline *byline)
{
  g_auto(GStrv) words = NULL;
  guint n;

  if (peel_after_separator (rest, byline))
    return;
  words = g_strsplit (rest, " ", -1);
  n = g_strv_length (words);
  for (guint k = MIN (n - 1, 4); k >= 1 && n > 1; k--)
    {
      g_autofree char *tail = g_strjoinv (" ", words + (n - k));

      if (_copydesk_import_is_agency (tail))
        {
          keep_first (&byline->agency, _copydesk_import_strip (tail, " .,"));
          rest[strlen (rest) - strlen (tail)] = '\0';
          g_strchomp (rest);
          return;
        }
    }
  for (guint k = 2; k < n; k++)
    {
      g_autofree char *tail = g_strjoinv (" ", words + k);

      if (_copydesk_import_is_title_lead (words[k]) && _copydesk_import_has_title_word (tail))
        {
          keep_first (&byline->title, _copydesk_import_name_case (tail));
          rest[strlen (rest) - strlen (tail)] = '\0';
          g_strchomp (rest);
          return;
        }
    }
}

/* "Jane Doe and John Roe in Lisbon" -> names, and the byline as written. */
static gboolean
take_names (const char   *rest,
            ImportByline *byline)
{
  static GRegex *located, *conjunction;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GMatchInfo) conj_match = NULL;
  g_autofree char *names_part = NULL;
  g_autofree char *place = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *conj = NULL;
  GString *line;

  if (g_regex_match (_copydesk_import_regex (&located, NAMES_IN_PLACE, 0),
                     rest, 0, &match))
    {
      names_part = g_match_info_fetch (match, 1);
      place = g_match_info_fetch (match, 2);
    }
  else
    names_part = g_strdup (rest);

  names = _copydesk_import_split_names (names_part);
  if (names->len == 0)
    return FALSE;
  /* in a list every name has a first name and a surname: "Jane Doe and CNN"
   * is a name and a newsroom */
  for (guint i = 0; i < names->len; i++)
    if (!_copydesk_import_is_name (g_ptr_array_index (names, i)) ||
        (names->len > 1 && _copydesk_import_count_words (g_ptr_array_index (names, i)) < 2))
      return FALSE;

  if (g_regex_match (_copydesk_import_regex (&conjunction, CONJUNCTION, 0), names_part, 0,
                     &conj_match))
    conj = g_match_info_fetch (conj_match, 1);
  line = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (line, i + 1 < names->len ? ", " : " ");
      if (i > 0 && i + 1 == names->len)
        g_string_append_printf (line, "%s ", conj ? conj : "and");
      g_string_append (line, g_ptr_array_index (names, i));
    }
  if (place != NULL)
    g_string_append_printf (line, " in %s", place);
  byline->byline = g_string_free (line, FALSE);
  g_ptr_array_extend_and_steal (byline->names, g_steal_pointer (&names));
  return TRUE;
}

/* "Photographs by Jane Doe" credits a second author, for the pictures. */
static void
apply_role (ImportByline *byline,
            const char   *role)
{
  g_autofree char *folded = g_utf8_strdown (role, -1);

  if (g_str_has_prefix (folded, "photo") || g_str_has_prefix (folded, "picture"))
    byline->title = g_strdup ("Photographer");
  else if (g_str_has_prefix (folded, "illustration") || g_str_has_prefix (folded, "graphic"))
    byline->title = g_strdup ("Illustrator");
  else if (g_str_equal (folded, "video"))
    byline->title = g_strdup ("Video");
  byline->role = byline->title != NULL;
}

/* Cuts every match of @regex out of @text, and keeps what was cut, trimmed
 * of separators, in @left_out. Steps by offset: no g_match_info_next(). */
static char *
cut_matches (GRegex     *regex,
             const char *text,
             GPtrArray  *left_out)
{
  GString *kept = g_string_new (NULL);
  gsize len = strlen (text);
  int from = 0;

  while ((gsize) from < len)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *cut = NULL;
      int start, end;

      if (!g_regex_match_full (regex, text, len, from, 0, &match, NULL) ||
          !g_match_info_fetch_pos (match, 0, &start, &end) || end <= start)
        break;
      g_string_append_len (kept, text + from, start - from);
      cut = g_strndup (text + start, end - start);
      g_ptr_array_add (left_out, _copydesk_import_strip (cut, " |·•/-—–,"));
      from = end;
    }
  g_string_append (kept, text + MIN ((gsize) from, len));
  return g_string_free (kept, FALSE);
}

/* The names part of a byline line without what is no name: e-mail
 * addresses ("jane@paper.example") and a trailing date or time. What is cut
 * goes to @byline's left_out, so that the importer reports it rather than
 * losing it. */
static char *
names_part (const char   *rest,
            ImportByline *byline)
{
  static GRegex *date_tail, *address;
  g_autofree char *no_address = cut_matches (_copydesk_import_regex (&address, "\\s*\\S+@\\S+", 0),
                                             rest, byline->left_out);

  return cut_matches (_copydesk_import_regex (&date_tail, BY_DATE_TAIL, G_REGEX_CASELESS),
                      no_address, byline->left_out);
}

static gboolean      is_uncased_name    (const char *text);
static ImportByline *single_name_byline (const char *name,
                                         const char *place);

static ImportByline *
parse_by_form (const char *text)
{
  static GRegex *by;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(ImportByline) byline = byline_new ();
  g_autofree char *found = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *role = NULL;

  if (!g_regex_match (_copydesk_import_regex (&by, BY_PREFIX, G_REGEX_CASELESS), text, 0, &match))
    return NULL;
  found = g_match_info_fetch (match, 2);
  role = g_match_info_fetch (match, 1);
  /* "بقلم سلمى الحداد": one name in a script without capitals */
  if (is_uncased_name (found))
    return single_name_byline (found, NULL);
  if (!g_unichar_isupper (g_utf8_get_char (found)) || (rest = names_part (found, byline)) == NULL)
    return NULL;
  if (role != NULL && *role != '\0')
    apply_role (byline, role);

  /* "By the Associated Press", "By Staff Reporter" */
  if (_copydesk_import_is_agency (rest) ||
      (_copydesk_import_has_title_word (rest) && _copydesk_import_count_words (rest) <= 4 &&
       !_copydesk_import_is_name (rest)))
    {
      g_autofree char *stripped = _copydesk_import_strip (rest, " .");

      byline->byline = _copydesk_import_name_case (stripped);
      if (_copydesk_import_is_agency (rest))
        byline->agency = g_strdup (byline->byline);
      return g_steal_pointer (&byline);
    }

  peel_affiliation (rest, byline);
  if (!take_names (rest, byline))
    return NULL;
  return g_steal_pointer (&byline);
}

/* "Jane Doe, Science Editor" and "Jane Doe Environment correspondent". */
static ImportByline *
parse_name_title_form (const char *text)
{
  g_autoptr(ImportByline) byline = byline_new ();
  g_autofree char *rest = g_strdup (text);

  if (!_copydesk_import_has_title_word (text) && !g_regex_match_simple ("[,|–—]", text, 0, 0))
    return NULL;
  peel_affiliation (rest, byline);
  if (byline->title == NULL && byline->agency == NULL)
    return NULL;
  if (_copydesk_import_count_words (rest) < 2 || !take_names (rest, byline))
    return NULL;
  return g_steal_pointer (&byline);
}

/**
 * _copydesk_import_parse_byline:
 * @text: one short item
 *
 * Returns: (nullable): what the byline says, or %NULL if @text is not one
 */
ImportByline *
_copydesk_import_parse_byline (const char *text)
{
  static GRegex *by;
  g_autofree char *line = _copydesk_import_strip (text, " .");

  if (*line == '\0' || _copydesk_import_count_words (line) > 16 ||
      g_regex_match_simple ("[.!?]\\s", line, 0, 0))
    return NULL;
  if (g_regex_match (_copydesk_import_regex (&by, BY_PREFIX, G_REGEX_CASELESS), line, 0, NULL))
    return parse_by_form (line);
  return parse_name_title_form (line);
}

/* "Jane Doe is the paper's diplomatic reporter." The name becomes the byline
 * and the sentence, kept whole, the author's bio. The sentence must name a
 * job, so that a first paragraph such as "Jane Doe is suing the council" is
 * never taken for a bio. */
ImportByline *
_copydesk_import_parse_bio (const char *text)
{
  static GRegex *bio;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(ImportByline) byline = NULL;
  g_autofree char *name = NULL;
  g_autofree char *rest = NULL;

  static GRegex *news;

  /* a bio is one short sentence about a job; a first paragraph that opens
   * with a name ("Jane Doe is a professor who says ...") runs longer, or
   * reports what someone did or said */
  if (_copydesk_import_count_words (text) > 25 ||
      _copydesk_import_match (&news, "\\b(who|says|said|told|has been (charged|arrested|named))\\b",
                              text) ||
      !g_regex_match (_copydesk_import_regex (&bio,
                                              "^(\\p{Lu}[^,;:]{1,60}?) (is|was|writes|covers|"
                                              "reports|has been|ist|war|schreibt|es|fue|escribe|"
                                              "est|était) (.+)$",
                                              0),
                      text, 0, &match))
    return NULL;
  name = g_match_info_fetch (match, 1);
  rest = g_match_info_fetch (match, 3);
  if (_copydesk_import_count_words (name) < 2 || !_copydesk_import_is_name (name) ||
      !_copydesk_import_has_title_word (rest))
    return NULL;

  byline = byline_new ();
  byline->byline = g_strdup (name);
  byline->bio = g_strdup (text);
  g_ptr_array_add (byline->names, g_steal_pointer (&name));
  return g_steal_pointer (&byline);
}

static ImportByline *
single_name_byline (const char *name,
                    const char *place)
{
  ImportByline *byline = byline_new ();

  byline->byline = g_strdup (name);
  byline->place = place != NULL ? g_strdup (place) : NULL;
  g_ptr_array_add (byline->names, g_strdup (name));
  return byline;
}

/* A name in a script without capitals (Arabic, Hebrew): two to four words
 * of letters. */
static gboolean
is_uncased_name (const char *text)
{
  guint words = _copydesk_import_count_words (text);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && (!g_unichar_isalpha (c) || g_unichar_isupper (c) ||
                       g_unichar_islower (c)) && !g_unichar_ismark (c))
        return FALSE;
    }
  return words >= 2 && words <= 4;
}

/**
 * _copydesk_import_parse_place_name:
 * @text: one short item of the head
 *
 * "DENVER: KAYLA BRENNAN", "الرياض: نورة العتيبي": a place, a colon and one
 * name, as agencies and broadcasters sign copy. The place (one to three
 * words) is the dateline, the name the byline. A label such as "Photo:" or
 * "From:" never gets here: the caller tries those first.
 *
 * Returns: (nullable): the byline, its place set
 */
ImportByline *
_copydesk_import_parse_place_name (const char *text)
{
  const char *colon = strstr (text, ": ");
  g_autofree char *place = NULL;
  g_autofree char *name = NULL;
  g_autofree char *cased = NULL;

  if (colon == NULL || colon == text || _copydesk_import_count_words (text) > 8)
    return NULL;
  place = g_strndup (text, colon - text);
  name = _copydesk_import_strip (colon + 2, " .");
  if (_copydesk_import_count_words (place) > 3 || strpbrk (place, "0123456789,;()") != NULL ||
      g_unichar_islower (g_utf8_get_char (place)))
    return NULL;
  if (is_uncased_name (name))
    return single_name_byline (name, place);
  cased = _copydesk_import_name_case (name);
  if (_copydesk_import_count_words (cased) < 2 || _copydesk_import_count_words (cased) > 4 ||
      !_copydesk_import_is_name (cased) || _copydesk_import_has_title_word (cased))
    return NULL;
  return single_name_byline (cased, place);
}

/**
 * _copydesk_import_parse_names_in_places:
 * @text: one short item of the head
 *
 * "Rhea Kulkarni in Mumbai and Arjun Menon in New Delhi": a byline without
 * "By", each name with the place it reported from. Judgement call: with two
 * places there is no one dateline, so none is taken from here.
 *
 * Returns: (nullable): the byline, or %NULL
 */
ImportByline *
_copydesk_import_parse_names_in_places (const char *text)
{
  static GRegex *located, *one_place;
  g_autoptr(ImportByline) byline = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  if (strstr (text, " in ") == NULL || _copydesk_import_count_words (text) > 20 ||
      _copydesk_import_ends_sentence (text))
    return NULL;
  parts = _copydesk_import_split_names (text);
  byline = byline_new ();
  for (guint i = 0; i < parts->len; i++)
    {
      g_autofree char *name = _copydesk_import_match_group (&located,
                                                            "^(.+?) in \\p{Lu}[\\p{L} .'’-]{1,40}$",
                                                            0, g_ptr_array_index (parts, i), 1);

      if (name == NULL || _copydesk_import_count_words (name) < 2 ||
          _copydesk_import_count_words (name) > 4 || !_copydesk_import_is_name (name))
        return NULL;
      g_ptr_array_add (byline->names, g_steal_pointer (&name));
    }
  if (byline->names->len == 0)
    return NULL;
  byline->byline = g_strdup (text);
  if (byline->names->len == 1)
    byline->place = _copydesk_import_match_group (&one_place, "^(?:.+?) in (\\p{Lu}.*)$", 0, text,
                                                  1);
  return g_steal_pointer (&byline);
}
