/* copydesk-import-words.c: the importer's word-level tests (names, titles, agencies)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The word lists are about newsroom conventions, not about any one
 * publication: agencies that sign copy (data/import/agencies.txt), the words
 * job titles end or start with (title-words.txt, title-leads.txt), the
 * particles inside personal names (name-particles.txt) and the words that
 * start a phrase but never a name (not-name-starts.txt). They live in data
 * files so that a desk adds its own languages without a new build.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import-private.h"

/* Longer entries first, so that "last updated" is tried before "last". */
static int
by_length_down (gconstpointer a,
                gconstpointer b)
{
  return (int) strlen (*(const char * const *) b) - (int) strlen (*(const char * const *) a);
}

/* The entries of a lexicon as a group of alternatives, "(?:a|b)". An entry
 * "NAME = VALUE" (months.txt) stands for its NAME. A lexicon that is
 * missing or empty gives a group that matches nothing. */
static void
append_alternatives (GString    *out,
                     const char *lexicon)
{
  const char * const *entries = _copydesk_import_lexicon (lexicon);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      const char *value = strstr (entries[i], " = ");

      g_ptr_array_add (names, value != NULL ? g_strndup (entries[i], value - entries[i])
                                            : g_strdup (entries[i]));
    }
  g_ptr_array_sort (names, by_length_down);
  g_string_append (out, "(?:");
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (g_ptr_array_index (names, i), -1);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", escaped);
    }
  if (names->len == 0)
    g_string_append (out, "(?!)");
  g_string_append (out, ")");
}

/**
 * _copydesk_import_expand_pattern:
 * @pattern: a pattern that may hold "{lexicon:NAME}"
 *
 * Each "{lexicon:NAME}" becomes the words of data/import/NAME as a group
 * of alternatives: the words of every language live in the data files, the
 * pattern only says where they stand ("{lexicon:byline-leads.txt}\\s+(.+)").
 *
 * Returns: (transfer full): the pattern to compile
 */
char *
_copydesk_import_expand_pattern (const char *pattern)
{
  GString *out = g_string_new (NULL);
  const char *p = pattern;
  const char *at;

  while ((at = strstr (p, "{lexicon:")) != NULL)
    {
      const char *name = at + strlen ("{lexicon:");
      const char *end = strchr (name, '}');
      g_autofree char *lexicon = NULL;

      if (end == NULL)
        break;
      g_string_append_len (out, p, at - p);
      lexicon = g_strndup (name, end - name);
      append_alternatives (out, lexicon);
      p = end + 1;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

GRegex *
_copydesk_import_regex (GRegex             **slot,
                        const char          *pattern,
                        GRegexCompileFlags   flags)
{
  if (g_once_init_enter (slot))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expanded = _copydesk_import_expand_pattern (pattern);
      GRegex *regex = g_regex_new (expanded, flags, 0, &error);

      /* the patterns are constants of this program: a bad one is a bug (the
       * lexicons' words are escaped). No
       * G_REGEX_OPTIMIZE: the JIT of GLib 2.74 crashed on fuzzed input, and
       * the texts are short enough to match without it */
      if (regex == NULL)
        g_error ("import pattern %s: %s", expanded, error->message);
      g_once_init_leave (slot, regex);
    }
  return *slot;
}

/* Case-insensitive match of a constant pattern, compiled once into @slot. */
gboolean
_copydesk_import_match (GRegex     **slot,
                        const char  *pattern,
                        const char  *text)
{
  return g_regex_match (_copydesk_import_regex (slot, pattern, G_REGEX_CASELESS), text, 0, NULL);
}

/* Group @group of the first match of a constant pattern, or NULL. */
char *
_copydesk_import_match_group (GRegex             **slot,
                              const char          *pattern,
                              GRegexCompileFlags   flags,
                              const char          *text,
                              int                  group)
{
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (_copydesk_import_regex (slot, pattern, flags), text, 0, &match))
    return NULL;
  return g_match_info_fetch (match, group);
}

guint
_copydesk_import_count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = (*p == ' ');

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A;
}

/* The last character that is not a closing quote or bracket. */
static gunichar
last_significant_char (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!is_closer (c))
        return c;
      end = prev;
    }
  return 0;
}

gboolean
_copydesk_import_ends_sentence (const char *text)
{
  gunichar c = last_significant_char (text);

  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* A short line with no closing punctuation, that starts with a capital or a
 * digit: what a subheading, a name or a section label looks like. Twelve
 * words is longer than any subheading in the house styles we know and
 * shorter than all but the rarest one-sentence paragraphs, which end with
 * punctuation anyway. */
gboolean
_copydesk_import_is_short_plain (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  gunichar last = last_significant_char (text);

  if (*text == '\0' || g_utf8_strlen (text, -1) > 90 || _copydesk_import_count_words (text) > 12)
    return FALSE;
  if (g_unichar_islower (first))
    return FALSE;
  return last != 0 && g_utf8_strchr (".!?:;,", -1, last) == NULL && last != 0x2026 &&
         last != 0x2014 && last != 0x2013;
}

static gboolean
word_in (const char *word,
         const char *lexicon)
{
  g_autofree char *folded = g_utf8_strdown (word, -1);
  g_autofree char *bare = _copydesk_import_strip (folded, ".,;:()'\"’");

  return _copydesk_import_lexicon_has (lexicon, bare);
}


gboolean
_copydesk_import_is_agency (const char *text)
{
  g_autofree char *folded = g_utf8_strdown (text, -1);
  g_autofree char *bare = _copydesk_import_strip (folded, " .,;:()");

  return _copydesk_import_lexicon_has ("agencies.txt", bare);
}

gboolean
_copydesk_import_has_title_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (word_in (words[i], "title-words.txt"))
      return TRUE;
  return FALSE;
}

gboolean
_copydesk_import_is_title_lead (const char *word)
{
  return word_in (word, "title-leads.txt") || word_in (word, "title-words.txt");
}

static gboolean
is_name_word (const char *word)
{
  gunichar first = g_utf8_get_char (word);

  if (!g_unichar_isupper (first) && !g_unichar_istitle (first))
    return FALSE;
  /* "Ukraine’s Farmers": a possessive belongs to a phrase, not a name */
  if (g_str_has_suffix (word, "'s") || g_str_has_suffix (word, "’s"))
    return FALSE;
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && c != '-' && c != '\'' &&
          c != 0x2019 && c != '.')
        return FALSE;
    }
  return TRUE;
}

/* A personal name: one to five words, each capitalised (or a particle such as
 * "de" or "van" inside the name), letters, hyphens, apostrophes and the dots
 * of initials only. Words that open ordinary phrases ("The", "In") and job
 * words ("Editor") rule a name out, so a short subheading is not taken for
 * one. */
gboolean
_copydesk_import_is_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || n > 5 || *text == '\0')
    return FALSE;
  if (word_in (words[0], "not-name-starts.txt") || word_in (words[n - 1], "name-particles.txt"))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && word_in (words[i], "name-particles.txt"))
        continue;
      if (!is_name_word (words[i]) || word_in (words[i], "title-words.txt"))
        return FALSE;
    }
  return !_copydesk_import_is_agency (text);
}

/* "JANE O'DOE-SMITH" -> "Jane O'Doe-Smith". Names typed in capitals (wire
 * bylines, tabloid credits) are written in the article the way the rest of
 * it writes names; names with any lower-case letter are left as typed. */
char *
_copydesk_import_name_case (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      {
        g_string_free (out, TRUE);
        return g_strdup (text);
      }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c);
    }
  return g_string_free (out, FALSE);
}

/* @text without the characters of @chars at either end. Characters, not
 * bytes: "—" in @chars must not eat the first byte of "”". */
char *
_copydesk_import_strip (const char *text,
                        const char *chars)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (start < end && g_utf8_strchr (chars, -1, g_utf8_get_char (start)) != NULL)
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (g_utf8_strchr (chars, -1, g_utf8_get_char (prev)) == NULL)
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}
