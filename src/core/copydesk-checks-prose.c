/* copydesk-checks-prose.c: the words of a text without its markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The typography and placeholder checks must not see markup: the "## " of
 * a subheading, the "*" of emphasis, the "[", "](https://…)" of a link, the
 * backslash of an escape, a "[photo: ID]" line. This drops them, keeps what
 * a reader sees, and replaces a bare web address by one U+FFFC so that its
 * slashes, dots and quotes go unchecked. It follows the body markup's rules
 * (README, "Body markup"): a "*" with a space on both sides is text.
 */
#include "config.h"

#include <string.h>

#include "copydesk-checks-private.h"

#define ESCAPABLE "\\*[]()#>-."

static void
emit (CdxProse *prose,
      gsize     from,
      gsize     length)
{
  g_string_append_len (prose->text, prose->source + from, length);
  for (gsize i = 0; i < length; i++)
    {
      gsize at = from + i;

      g_array_append_val (prose->map, at);
    }
}

static gsize
emit_char (CdxProse *prose,
           gsize     pos)
{
  gsize next = g_utf8_next_char (prose->source + pos) - prose->source;

  emit (prose, pos, next - pos);
  return next;
}

static void
emit_object (CdxProse *prose,
             gsize     pos)
{
  g_string_append_unichar (prose->text, CDX_PROSE_OBJECT);
  while (prose->map->len < prose->text->len)
    g_array_append_val (prose->map, pos);
}

static gboolean
starts_address (const char *text,
                gsize       pos,
                gsize       end)
{
  static const char * const prefixes[] = { "http://", "https://", "www.", "mailto:", NULL };

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      gsize n = strlen (prefixes[i]);

      if (end - pos >= n && g_ascii_strncasecmp (text + pos, prefixes[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The address runs to the next space; a full stop or bracket after it
 * belongs to the sentence. */
static gsize
address_end (const char *text,
             gsize       pos,
             gsize       end)
{
  while (pos < end && !g_ascii_isspace (text[pos]))
    pos++;
  while (pos > 0 && strchr (".,;:!?)\"'", text[pos - 1]) != NULL)
    pos--;
  return pos;
}

/* "[text](url)": the index of "]" and the index past ")", or FALSE. */
static gboolean
find_link (const char *text,
           gsize       open,
           gsize       end,
           gsize      *close,
           gsize      *after)
{
  guint depth = 0;
  gsize i;

  for (i = open + 1; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end)
        i++;
      else if (text[i] == '[')
        depth++;
      else if (text[i] == ']' && depth-- == 0)
        break;
    }
  if (i >= end || i == open + 1 || i + 1 >= end || text[i + 1] != '(')
    return FALSE;
  *close = i;
  depth = 0;
  for (i += 2; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end)
        i++;
      else if (text[i] == '(')
        depth++;
      else if (text[i] == ')' && depth-- == 0)
        break;
    }
  if (i >= end || i == *close + 2)
    return FALSE;
  *after = i + 1;
  return TRUE;
}

static gsize
line_prefix_end (const char *text,
                 gsize       start,
                 gsize       end)
{
  gsize i = start;

  if (end - start >= 3 && strncmp (text + start, "## ", 3) == 0)
    return start + 3;
  if (text[start] == '>')
    return start + ((end - start >= 2 && text[start + 1] == ' ') ? 2 : 1);
  if (end - start >= 2 && strncmp (text + start, "- ", 2) == 0)
    return start + 2;
  while (i < end && g_ascii_isdigit (text[i]))
    i++;
  if (i > start && end - i >= 2 && text[i] == '.' && text[i + 1] == ' ')
    return i + 2;
  return start;
}

static gboolean
is_placement (const char *text,
              gsize       start,
              gsize       end)
{
  return end - start > 8 && strncmp (text + start, "[photo:", 7) == 0 && text[end - 1] == ']';
}

static gboolean
space_or_edge (const char *text,
               gssize      pos,
               gsize       start,
               gsize       end)
{
  return pos < (gssize) start || (gsize) pos >= end || text[pos] == ' ' || text[pos] == '\t';
}

static void
scan_inline (CdxProse *prose,
             gsize     start,
             gsize     end,
             gboolean  markup)
{
  const char *text = prose->source;
  gsize pos = start, link_close = G_MAXSIZE, link_after = 0;

  while (pos < end)
    {
      char c = text[pos];

      if (pos == link_close)
        {
          pos = link_after;
          link_close = G_MAXSIZE;
        }
      else if (markup && c == '\\' && pos + 1 < end && strchr (ESCAPABLE, text[pos + 1]) != NULL)
        pos = emit_char (prose, pos + 1);
      else if (markup && c == '*')
        {
          gsize q = pos;

          while (q < end && text[q] == '*')
            q++;
          if (space_or_edge (text, (gssize) pos - 1, start, end) &&
              space_or_edge (text, q, start, end))
            emit (prose, pos, q - pos);
          pos = q;
        }
      else if (markup && c == '[' && link_close == G_MAXSIZE &&
               find_link (text, pos, end, &link_close, &link_after))
        pos++;
      else if (starts_address (text, pos, end) &&
               space_or_edge (text, (gssize) pos - 1, start, end))
        {
          emit_object (prose, pos);
          pos = address_end (text, pos, end);
        }
      else
        pos = emit_char (prose, pos);
    }
}

/**
 * _cdx_prose_init:
 * @source: the text of a field, or the markup of one body block
 * @markup: whether @source is body markup
 */
void
_cdx_prose_init (CdxProse   *prose,
                 const char *source,
                 gboolean    markup)
{
  gsize len = strlen (source), line = 0;

  prose->source = source;
  prose->text = g_string_sized_new (len);
  prose->map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 1);
  while (line <= len)
    {
      const char *nl = memchr (source + line, '\n', len - line);
      gsize end = nl != NULL ? (gsize) (nl - source) : len;

      if (!markup)
        scan_inline (prose, line, end, FALSE);
      else if (!is_placement (source, line, end))
        scan_inline (prose, line_prefix_end (source, line, end), end, TRUE);
      if (nl == NULL)
        break;
      emit (prose, end, 1);
      line = end + 1;
    }
  g_array_append_val (prose->map, len);
}

void
_cdx_prose_clear (CdxProse *prose)
{
  g_string_free (prose->text, TRUE);
  g_array_unref (prose->map);
}

/* The byte of the source that byte @offset of the prose came from; the
 * end of the source for the end of the prose. */
gsize
_cdx_prose_source_at (const CdxProse *prose,
                      gsize           offset)
{
  g_assert (offset < prose->map->len);
  return g_array_index (prose->map, gsize, offset);
}
