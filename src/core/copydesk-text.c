/* copydesk-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-text.h"

/* Checks that @data is UTF-8 and names the first bad byte, counted from 0,
 * so that a journalist (or a script) can find it. */
gboolean
copydesk_text_validate_utf8 (const char  *data,
                             gsize        length,
                             const char  *what,
                             GError     **error)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8,
               _("%s is not valid UTF-8 text (bad byte at offset %lu)"),
               what, (unsigned long) (end - data));
  return FALSE;
}

gboolean
copydesk_text_is_ascii_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Collapses every run of white space (ASCII and Unicode separators, but not
 * the no-break spaces a writer put there on purpose) into one space and trims
 * both ends: for single-line fields such as a credit line or a keyword. */
char *
copydesk_text_collapse_whitespace (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = copydesk_text_is_ascii_space (c) ||
                       c == 0x2028 || c == 0x2029 || c == 0x85 ||
                       (g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0x2007);

      if (space)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* XML 1.0 § 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] */
gboolean
copydesk_text_is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/* Drops the characters XML 1.0 cannot carry at all (control characters,
 * U+FFFE, U+FFFF); invalid UTF-8 is replaced rather than passed on. */
/* Valid UTF-8 holding only characters XML allows: what nearly every text
 * is, checked byte by byte. UTF-8 cannot encode surrogates, so past the
 * control characters only U+FFFE and U+FFFF (EF BF BE, EF BF BF) are out. */
static gboolean
is_valid_xml_text (const char *text)
{
  const guchar *p;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }
  return TRUE;
}

char *
copydesk_text_strip_xml_invalid (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (is_valid_xml_text (text))
    return g_strdup (text);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (copydesk_text_is_xml_char (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * copydesk_language_is_right_to_left:
 * @tag: (nullable): a language tag such as "ar" or "he-IL"
 *
 * Whether the language is written from right to left: Arabic, Hebrew,
 * Persian, Urdu and the other languages usually written in the Arabic or
 * Hebrew scripts.
 */
gboolean
copydesk_language_is_right_to_left (const char *tag)
{
  static const char * const rtl[] = {
    "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", NULL
  };
  g_autofree char *primary = NULL;

  if (tag == NULL)
    return FALSE;
  primary = g_ascii_strdown (tag, strcspn (tag, "-_"));
  return g_strv_contains (rtl, primary);
}

/* The lexical space of xs:language, which is what NewsML-G2 checks:
 * [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})* */
gboolean
copydesk_language_tag_is_valid (const char *tag)
{
  guint len = 0;
  gboolean first = TRUE;

  if (tag == NULL || *tag == '\0')
    return FALSE;

  for (const char *p = tag;; p++)
    {
      if (*p == '-' || *p == '\0')
        {
          if (len == 0 || len > 8)
            return FALSE;
          if (*p == '\0')
            return TRUE;
          len = 0;
          first = FALSE;
          continue;
        }
      if (!(g_ascii_isalpha (*p) || (!first && g_ascii_isdigit (*p))))
        return FALSE;
      len++;
    }
}

/* "en_GB" and " en-gb " are common ways of writing en-GB. */
char *
copydesk_language_tag_normalize (const char *tag)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (tag ? tag : ""));

  g_strdelimit (trimmed, "_", '-');
  return g_steal_pointer (&trimmed);
}

/* A word is a maximal run of letters, digits and marks, allowing inner
 * apostrophes and hyphens ("don't", "well-known" count once). Good enough for
 * Latin, Cyrillic, Greek and Hebrew text; CJK counting is the editor's job. */
guint
copydesk_text_count_words (const char *text)
{
  return copydesk_text_count_words_and_chars (text, NULL);
}

/* Both counts in one pass; @chars (optional) gets the code points. */
guint
copydesk_text_count_words_and_chars (const char *text,
                                     guint      *chars)
{
  guint words = 0, n = 0;
  gboolean in_word = FALSE;

  if (chars != NULL)
    *chars = 0;
  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gboolean wordish = c < 0x80 ? g_ascii_isalnum (c)
                                  : g_unichar_isalnum (c) || g_unichar_ismark (c);

      if (!wordish && in_word && (c == '\'' || c == 0x2019 || c == '-'))
        {
          gunichar next = g_utf8_get_char (g_utf8_next_char (p));
          wordish = g_unichar_isalnum (next);
        }

      if (wordish && !in_word)
        words++;
      in_word = wordish;
    }

  if (chars != NULL)
    *chars = n;
  return words;
}

/* CRLF and lone CR become LF; a leading byte-order mark goes. The input must
 * already be valid UTF-8. */
char *
copydesk_text_normalize_newlines (const char *data,
                                  gsize       length)
{
  GString *out = g_string_sized_new (length);
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      if (data[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < length && data[i + 1] == '\n')
            i++;
        }
      else
        g_string_append_c (out, data[i]);
    }

  return g_string_free (out, FALSE);
}

/* xs:dateTime with an explicit offset: NewsML-G2 accepts a time without one,
 * but the receiver cannot know what it means. Seconds only: the wire needs no
 * microseconds and they make files harder to compare. */
char *
copydesk_date_time_format (GDateTime *dt)
{
  g_autofree char *rest = NULL;

  g_return_val_if_fail (dt != NULL, NULL);

  /* %Y does not pad: the year 697 must be 0697, as xs:dateTime requires */
  rest = g_date_time_format (dt, "-%m-%dT%H:%M:%S%:z");
  return g_strdup_printf ("%04d%s", g_date_time_get_year (dt), rest);
}
