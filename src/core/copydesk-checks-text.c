/* copydesk-checks-text.c: placeholders and typography in one text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check reads the prose of a field or of a body block (markup and web
 * addresses left out, see copydesk-checks-prose.c) and points back into the
 * text as it is stored. Straight quotes, double spaces and spaces before
 * punctuation are reported once per text, with a count and the first place,
 * because their quick fix mends the whole text at once.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-checks-private.h"

gboolean
_cdx_is_space (gunichar ch)
{
  return ch == ' ' || ch == '\t' || g_unichar_type (ch) == G_UNICODE_SPACE_SEPARATOR;
}

static gunichar
char_at (const GString *s,
         gsize          pos)
{
  return pos < s->len ? g_utf8_get_char (s->str + pos) : 0;
}

static gsize
next_pos (const GString *s,
          gsize          pos)
{
  return g_utf8_next_char (s->str + pos) - s->str;
}

static gunichar
char_before (const GString *s,
             gsize          pos)
{
  return pos > 0 ? g_utf8_get_char (g_utf8_prev_char (s->str + pos)) : 0;
}

static CopydeskCheckFinding *
add_prose (CdxRun         *run,
           CopydeskCheck   check,
           const CdxPlace *place,
           const CdxProse *prose,
           gsize           start,
           gsize           end,
           char           *message)
{
  gsize s = _cdx_prose_source_at (prose, start);
  gsize e = end > start ? _cdx_prose_source_at (prose, end - 1) + 1 : s;

  /* the end of a character that took several bytes */
  while (prose->source[e] != '\0' && ((guchar) prose->source[e] & 0xC0) == 0x80)
    e++;
  return _cdx_add (run, check, place, prose->source, s, e, message);
}

/* ------------------------------------------------------------ placeholders */

static gboolean
is_word_char (gunichar ch)
{
  return ch != 0 && (g_unichar_isalnum (ch) || g_unichar_ismark (ch));
}

static gboolean
is_placeholder_word (const char *word,
                     gsize       len)
{
  gsize i;

  if (len == 4 && strncmp (word, "TODO", 4) == 0)
    return TRUE;
  for (i = 0; i + 1 < len && word[i] == 'T' && word[i + 1] == 'K'; i += 2)
    ;
  if (i == len && len >= 2)
    return TRUE;
  for (i = 0; i < len && word[i] == 'X'; i++)
    ;
  return i == len && len >= 2;
}

static gsize
lorem_ipsum_end (const GString *s,
                 gsize          pos)
{
  gsize i = pos + 5;

  if (s->len - pos < 11 || g_ascii_strncasecmp (s->str + pos, "lorem", 5) != 0)
    return 0;
  while (i < s->len && s->str[i] == ' ')
    i++;
  if (i == pos + 5 || s->len - i < 5 || g_ascii_strncasecmp (s->str + i, "ipsum", 5) != 0 ||
      is_word_char (char_at (s, i + 5)))
    return 0;
  return i + 5;
}

static void
add_placeholder (CdxRun         *run,
                 const CdxPlace *place,
                 const CdxProse *prose,
                 gsize           start,
                 gsize           end)
{
  g_autofree char *word = g_strndup (prose->text->str + start, MIN (end - start, 40));

  add_prose (run, COPYDESK_CHECK_PLACEHOLDER, place, prose, start, end,
             g_strdup_printf (_("“%s” is a placeholder: replace it before the story goes out."),
                              word));
}

/* "[[" to "]]" on the same line. */
static gsize
double_bracket_end (const GString *s,
                    gsize          pos)
{
  const char *close;
  const char *nl;

  if (s->len - pos < 4 || strncmp (s->str + pos, "[[", 2) != 0)
    return 0;
  close = strstr (s->str + pos + 2, "]]");
  nl = strchr (s->str + pos, '\n');
  if (close == NULL || (nl != NULL && nl < close))
    return 0;
  return close + 2 - s->str;
}

static void
check_placeholders (CdxRun         *run,
                    const CdxPlace *place,
                    const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize pos = 0;

  while (pos < s->len)
    {
      gsize end;

      if ((end = double_bracket_end (s, pos)) > 0 ||
          (!is_word_char (char_before (s, pos)) && (end = lorem_ipsum_end (s, pos)) > 0))
        {
          add_placeholder (run, place, prose, pos, end);
          pos = end;
          continue;
        }
      if (is_word_char (char_at (s, pos)) && !is_word_char (char_before (s, pos)))
        {
          end = pos;
          while (end < s->len && is_word_char (char_at (s, end)))
            end = next_pos (s, end);
          if (is_placeholder_word (s->str + pos, end - pos))
            add_placeholder (run, place, prose, pos, end);
          pos = end;
          continue;
        }
      pos = next_pos (s, pos);
    }
}

/* -------------------------------------------------------------- typography */

static const char *
quote_marks (CopydeskQuoteStyle quotes)
{
  switch (quotes)
    {
    case COPYDESK_QUOTE_STYLE_FRENCH:
      return "« » ’";
    case COPYDESK_QUOTE_STYLE_GERMAN:
      return "„ “ ‚ ‘ ’";
    case COPYDESK_QUOTE_STYLE_LANGUAGE:
    case COPYDESK_QUOTE_STYLE_ENGLISH:
    case COPYDESK_QUOTE_STYLE_STRAIGHT:
    default:
      return "“ ” ‘ ’";
    }
}

static void
check_straight_quotes (CdxRun         *run,
                       const CdxPlace *place,
                       const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize first = 0;
  guint count = 0;
  CopydeskCheckFinding *f;

  if (run->quotes == COPYDESK_QUOTE_STYLE_STRAIGHT)
    return;
  for (gsize i = 0; i < s->len; i++)
    /* 5'10" and 1'30" are feet and minutes, not quotes */
    if ((s->str[i] == '"' || s->str[i] == '\'') && !g_ascii_isdigit (i > 0 ? s->str[i - 1] : 'a'))
      {
        if (count++ == 0)
          first = i;
      }
  if (count == 0)
    return;
  f = add_prose (run, COPYDESK_CHECK_STRAIGHT_QUOTES, place, prose, first, first + 1,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u straight quote or apostrophe: the house "
                                               "uses %s.",
                                               "%u straight quotes or apostrophes: the house "
                                               "uses %s.", count),
                                  count, quote_marks (run->quotes)));
  f->count = count;
  f->fix = COPYDESK_CHECK_FIX_CURLY_QUOTES;
}

static void
check_double_spaces (CdxRun         *run,
                     const CdxPlace *place,
                     const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize pos = 0, first = 0, first_end = 0;
  guint count = 0;
  CopydeskCheckFinding *f;

  while (pos < s->len)
    {
      gsize end = pos;
      guint n = 0;

      while (end < s->len && _cdx_is_space (char_at (s, end)))
        end = next_pos (s, end), n++;
      if (n >= 2 && count++ == 0)
        first = pos, first_end = end;
      pos = n > 0 ? end : next_pos (s, pos);
    }
  if (count == 0)
    return;
  f = add_prose (run, COPYDESK_CHECK_DOUBLE_SPACE, place, prose, first, first_end,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u place with more than one space between words.",
                                               "%u places with more than one space between words.",
                                               count), count));
  f->count = count;
  f->fix = COPYDESK_CHECK_FIX_DOUBLE_SPACES;
}

/* Whether a space before the character at @pos of @s is a mistake. French
 * sets a (no-break) space before ; : ! ? and inside « ». */
gboolean
_cdx_space_before_is_wrong (const GString *s,
                            gsize          pos,
                            gboolean       french)
{
  gunichar ch = char_at (s, pos);

  if (ch == 0 || ch > 0x7F || strchr (",.;:!?)]", (int) ch) == NULL)
    return FALSE;
  if (french && strchr (";:!?", (int) ch) != NULL)
    return FALSE;
  /* ".5", "...": a decimal or an ellipsis */
  if (ch == '.' && (g_ascii_isdigit (s->str[pos + 1]) || s->str[pos + 1] == '.'))
    return FALSE;
  return TRUE;
}

static void
check_space_before_punctuation (CdxRun         *run,
                                const CdxPlace *place,
                                const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize pos = 0, first = 0, first_end = 0;
  guint count = 0;
  CopydeskCheckFinding *f;

  while (pos < s->len)
    {
      gsize end = pos;
      gunichar before = char_before (s, pos);

      while (end < s->len && _cdx_is_space (char_at (s, end)))
        end = next_pos (s, end);
      if (end > pos && before != 0 && before != '\n' &&
          _cdx_space_before_is_wrong (s, end, run->french) && count++ == 0)
        first = pos, first_end = end;
      pos = end > pos ? end : next_pos (s, pos);
    }
  if (count == 0)
    return;
  f = add_prose (run, COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION, place, prose, first, first_end,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u space before a punctuation mark.",
                                               "%u spaces before punctuation marks.",
                                               count), count));
  f->count = count;
  f->fix = COPYDESK_CHECK_FIX_SPACE_BEFORE_PUNCTUATION;
}

gboolean
_cdx_starts_with_open_quote (const char *markup)
{
  CdxProse prose;
  gunichar ch;
  const char *p;

  _cdx_prose_init (&prose, markup, TRUE);
  p = prose.text->str;
  while (*p != '\0' && _cdx_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  ch = g_utf8_get_char (p);
  _cdx_prose_clear (&prose);
  return ch == 0x201C || ch == 0x00AB || ch == 0x201E || ch == '"';
}

typedef struct
{
  gunichar open;
  gunichar close;
} Pair;

/* One line: -1 when the pairs match, else where the first stray mark is.
 * *@open_only says whether every stray mark is an opening one. */
static gssize
stray_mark (const GString *s,
            gsize          from,
            gsize          to,
            const Pair    *pair,
            gboolean      *open_only)
{
  gssize last_open = -1;
  guint depth = 0;

  for (gsize i = from; i < to; i = next_pos (s, i))
    {
      gunichar ch = char_at (s, i);

      if (pair->open == pair->close && ch == pair->open && i > 0 && g_ascii_isdigit (s->str[i - 1]))
        continue;  /* 5'10": inches, not a quote */
      if (pair->open == pair->close && ch == pair->open)
        {
          depth = !depth;
          last_open = depth ? (gssize) i : -1;
        }
      else if (ch == pair->open && depth++ == 0)
        last_open = (gssize) i;
      else if (ch == pair->close && depth == 0)
        {
          *open_only = FALSE;
          return (gssize) i;
        }
      else if (ch == pair->close)
        depth--;
    }
  return depth > 0 ? last_open : -1;
}

static void
check_pairs_in_line (CdxRun         *run,
                     const CdxPlace *place,
                     const CdxProse *prose,
                     gsize           from,
                     gsize           to,
                     gboolean        continues)
{
  static const Pair english[] = { { 0x201C, 0x201D }, { 0x00AB, 0x00BB }, { '"', '"' }, { 0, 0 } };
  static const Pair german[] = { { 0x201E, 0x201C }, { 0x00BB, 0x00AB }, { '"', '"' }, { 0, 0 } };
  static const Pair brackets[] = { { '(', ')' }, { '[', ']' }, { 0, 0 } };
  /* By the marks the text uses rather than the house style: “ opens in
   * English and closes in German, and a quote is unbalanced or not
   * whatever marks it is in (the straight-quotes check is about those). */
  const Pair *quotes = g_utf8_strchr (prose->text->str + from, to - from, 0x201E) != NULL
                       ? german : english;

  for (guint i = 0; quotes[i].open != 0; i++)
    {
      gboolean open_only = TRUE;
      gssize at = stray_mark (prose->text, from, to, &quotes[i], &open_only);

      /* A quote running on: each paragraph opens, only the last closes. */
      if (at >= 0 && !(open_only && continues))
        {
          add_prose (run, COPYDESK_CHECK_UNBALANCED, place, prose, at,
                     next_pos (prose->text, at),
                     g_strdup (_("This quotation mark has no partner.")));
          break;
        }
    }
  for (guint i = 0; brackets[i].open != 0; i++)
    {
      gboolean open_only = TRUE;
      gssize at = stray_mark (prose->text, from, to, &brackets[i], &open_only);

      if (at >= 0)
        {
          add_prose (run, COPYDESK_CHECK_UNBALANCED, place, prose, at, at + 1,
                     g_strdup (_("This bracket has no partner.")));
          break;
        }
    }
}

static void
check_pairs (CdxRun         *run,
             const CdxPlace *place,
             const CdxProse *prose,
             gboolean        continues)
{
  const GString *s = prose->text;
  gsize line = 0;

  while (line <= s->len)
    {
      const char *nl = memchr (s->str + line, '\n', s->len - line);
      gsize end = nl != NULL ? (gsize) (nl - s->str) : s->len;

      check_pairs_in_line (run, place, prose, line, end, continues && nl == NULL);
      if (nl == NULL)
        break;
      line = end + 1;
    }
}

static gboolean
is_blank (const GString *s)
{
  for (const char *p = s->str; *p != '\0'; p = g_utf8_next_char (p))
    if (!_cdx_is_space (g_utf8_get_char (p)) && *p != '\n')
      return FALSE;
  return TRUE;
}

static void
check_block_shape (CdxRun         *run,
                   const CdxPlace *place,
                   const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize end = s->len;
  CopydeskCheckFinding *f;

  if (place->field != COPYDESK_CHECK_FIELD_BODY)
    return;
  if (place->kind == COPYDESK_BLOCK_PARAGRAPH && is_blank (s) &&
      _cdx_enabled (run, COPYDESK_CHECK_EMPTY_PARAGRAPH))
    {
      f = _cdx_add (run, COPYDESK_CHECK_EMPTY_PARAGRAPH, place, prose->source, 0,
                    strlen (prose->source), g_strdup (_("This paragraph is empty.")));
      f->fix = COPYDESK_CHECK_FIX_REMOVE_BLOCK;
    }
  if (place->kind != COPYDESK_BLOCK_SUBHEADING ||
      !_cdx_enabled (run, COPYDESK_CHECK_SUBHEADING_FULL_STOP))
    return;
  while (end > 0 && _cdx_is_space (char_before (s, end)))
    end = g_utf8_prev_char (s->str + end) - s->str;
  if (end > 0 && s->str[end - 1] == '.' && (end < 2 || s->str[end - 2] != '.'))
    {
      f = add_prose (run, COPYDESK_CHECK_SUBHEADING_FULL_STOP, place, prose, end - 1, end,
                     g_strdup (_("A subheading takes no full stop.")));
      f->fix = COPYDESK_CHECK_FIX_SUBHEADING_FULL_STOP;
    }
}

/**
 * _cdx_check_text:
 * @text: the text of a field, or the markup of one body block
 * @markup: whether @text is body markup
 * @continues: the next block opens with a quotation mark (a quote that
 *   runs on over paragraphs leaves each but the last one open)
 */
void
_cdx_check_text (CdxRun         *run,
                 const CdxPlace *place,
                 const char     *text,
                 gboolean        markup,
                 gboolean        continues)
{
  CdxProse prose;

  _cdx_prose_init (&prose, text, markup);
  if (_cdx_enabled (run, COPYDESK_CHECK_PLACEHOLDER))
    check_placeholders (run, place, &prose);
  if (_cdx_enabled (run, COPYDESK_CHECK_STRAIGHT_QUOTES))
    check_straight_quotes (run, place, &prose);
  if (_cdx_enabled (run, COPYDESK_CHECK_DOUBLE_SPACE))
    check_double_spaces (run, place, &prose);
  if (_cdx_enabled (run, COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION))
    check_space_before_punctuation (run, place, &prose);
  if (_cdx_enabled (run, COPYDESK_CHECK_UNBALANCED))
    check_pairs (run, place, &prose, continues);
  check_block_shape (run, place, &prose);
  _cdx_prose_clear (&prose);
}
