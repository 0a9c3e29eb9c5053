/* copydesk-spell-words.c: which stretches of a text are words to spell-check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is one block of body markup, or the text of a field. Left out:
 * a line that places a photo ("[photo: ID]"), the target of a link
 * ("](https://…)"), bare addresses (https://…, www.…, name@host, host.tld),
 * anything with a digit in it ("4pm", "46-page", "2026") and words with no
 * lower-case letter ("TK", "BBC", "I"). Markup signs (* # > - [ ] \) are not
 * letters, so they already fall between words. An apostrophe or a hyphen
 * belongs to a word when letters stand on both sides of it.
 */
#include "config.h"

#include <string.h>

#include "copydesk-spell-words.h"

typedef struct
{
  const char *text;
  gsize       end;
  gsize       pos;    /* bytes */
  guint       chars;  /* characters before pos */
} Cursor;

static gunichar
peek (const Cursor *c)
{
  return c->pos < c->end ? g_utf8_get_char (c->text + c->pos) : 0;
}

static gunichar
peek_after (const Cursor *c)
{
  const char *next;

  if (c->pos >= c->end)
    return 0;
  next = g_utf8_next_char (c->text + c->pos);
  return (gsize) (next - c->text) < c->end ? g_utf8_get_char (next) : 0;
}

static void
advance (Cursor *c)
{
  c->pos = g_utf8_next_char (c->text + c->pos) - c->text;
  c->chars++;
}

static gboolean
is_letter (gunichar ch)
{
  return ch != 0 && (g_unichar_isalnum (ch) || g_unichar_ismark (ch));
}

static gboolean
is_joiner (gunichar ch)
{
  return ch == '\'' || ch == 0x2019 || ch == '-' || ch == 0x2010;
}

static void
skip_to_space (Cursor *c)
{
  while (c->pos < c->end && !g_unichar_isspace (peek (c)))
    advance (c);
}

/* "](" starts a link target: skip to its closing ")". */
static void
skip_link_target (Cursor *c)
{
  guint depth = 0;

  advance (c);
  advance (c);
  while (c->pos < c->end)
    {
      gunichar ch = peek (c);

      if (ch == '\\')
        advance (c);
      else if (ch == '(')
        depth++;
      else if (ch == ')' && depth-- == 0)
        break;
      if (c->pos < c->end)
        advance (c);
    }
}

static gboolean
starts_address (const Cursor *c)
{
  static const char * const prefixes[] = {
    "http://", "https://", "ftp://", "mailto:", "www.", "file://", NULL
  };
  const char *at = c->text + c->pos;
  gsize left = c->end - c->pos;

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      gsize n = strlen (prefixes[i]);

      if (left >= n && g_ascii_strncasecmp (at, prefixes[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  gboolean digit;
  gboolean lower;
} WordShape;

/* Reads letters, and joiners with letters on both sides. */
static void
read_word (Cursor    *c,
           WordShape *shape)
{
  while (c->pos < c->end)
    {
      gunichar ch = peek (c);

      if (is_joiner (ch) && is_letter (peek_after (c)))
        {
          advance (c);
          continue;
        }
      if (!is_letter (ch))
        break;
      shape->digit |= g_unichar_isdigit (ch) || g_unichar_type (ch) == G_UNICODE_DECIMAL_NUMBER;
      shape->lower |= g_unichar_islower (ch);
      advance (c);
    }
}

/* After a word: "@" or ".letter" make it part of an address or an
 * abbreviation ("name@host", "example.org", "e.g"). */
static gboolean
continues_address (const Cursor *c)
{
  gunichar ch = peek (c);

  return ch == '@' || ((ch == '.' || ch == '_' || ch == '/') && is_letter (peek_after (c)));
}

static void
scan_line (const char *text,
           gsize       start,
           gsize       end,
           guint       chars,
           GArray     *words)
{
  Cursor c = { text, end, start, chars };
  gunichar before = ' ';

  while (c.pos < c.end)
    {
      gunichar ch = peek (&c);

      if (ch == ']' && peek_after (&c) == '(')
        skip_link_target (&c);
      else if (starts_address (&c) || ch == '@')
        skip_to_space (&c);
      else if (is_letter (ch))
        {
          CopydeskSpellRange r = { c.chars, 0, c.pos, 0 };
          WordShape shape = { FALSE, FALSE };

          read_word (&c, &shape);
          r.end = c.chars;
          r.byte_end = c.pos;
          if (continues_address (&c) || before == '@')
            skip_to_space (&c);
          else if (!shape.digit && shape.lower)
            g_array_append_val (words, r);
          before = ' ';
          continue;
        }
      before = ch;
      if (c.pos < c.end)
        advance (&c);
    }
}

static gboolean
is_placement_line (const char *line,
                   gsize       length)
{
  while (length > 0 && g_ascii_isspace (*line))
    line++, length--;
  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  return length > 8 && g_ascii_strncasecmp (line, "[photo:", 7) == 0 && line[length - 1] == ']';
}

/**
 * copydesk_spell_words_scan:
 * @text: UTF-8 text: a block of body markup or a field
 * @length: its length in bytes, or -1 when nul-terminated
 *
 * Returns: (transfer full) (element-type CopydeskSpellRange): the words to
 *   check, in order
 */
GArray *
copydesk_spell_words_scan (const char *text,
                           gssize      length)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (CopydeskSpellRange));
  gsize end, line = 0;
  guint chars = 0;

  g_return_val_if_fail (text != NULL, words);

  end = length < 0 ? strlen (text) : (gsize) length;
  while (line < end)
    {
      const char *nl = memchr (text + line, '\n', end - line);
      gsize line_end = nl != NULL ? (gsize) (nl - text) : end;

      if (!is_placement_line (text + line, line_end - line))
        scan_line (text, line, line_end, chars, words);
      chars += g_utf8_strlen (text + line, line_end - line) + 1;
      line = line_end + 1;
    }
  return words;
}
