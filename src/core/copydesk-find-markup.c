/* copydesk-find-markup.c: which bytes of body markup are text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reading of the markup that follows copydesk-markup.c's parser: block
 * markers by the kind of block the first line sets, links as the parser
 * scans them, and asterisks paired as it pairs them. Only positions are
 * kept, never the blocks.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body.h"
#include "copydesk-find-private.h"

#define ESCAPABLE "\\*[]()#>-."


static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t';
}

/* The end of "[text](url)" opening at @open (within one line), or 0; the
 * closing "]" goes to @text_end. As the markup parser reads links. */
static gsize
scan_link (const char *text,
           gsize       open,
           gsize       end,
           gsize      *text_end)
{
  gsize i = open + 1;
  guint depth = 0;
  gboolean has_url = FALSE;

  for (; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end)
        i++;
      else if (text[i] == '[')
        depth++;
      else if (text[i] == ']' && depth-- == 0)
        break;
    }
  if (i >= end || i == open + 1 || i + 1 >= end || text[i + 1] != '(')
    return 0;
  *text_end = i;
  depth = 0;
  for (i += 2; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end && strchr (ESCAPABLE, text[i + 1]) != NULL)
        i++;
      else if (text[i] == '(')
        depth++;
      else if (text[i] == ')' && depth == 0)
        break;
      else if (text[i] == ')')
        depth--;
      if (!is_space (text[i]))
        has_url = TRUE;
    }
  return i < end && has_url ? i + 1 : 0;
}

/* A run of asterisks, paired as the markup parser pairs them. */
typedef struct
{
  gsize    start;
  guint    stars;
  gboolean can_open;
  gboolean can_close;
  guint    opens;    /* bit 1: emphasis, bit 2: strong */
  guint    closes;
} Delim;

static void
pair_delims (GArray *delims,
             guint   bit)
{
  Delim *opener = NULL;

  for (guint i = 0; i < delims->len; i++)
    {
      Delim *d = &g_array_index (delims, Delim, i);

      if (d->stars > 3 || (d->stars & bit) == 0)
        continue;
      if (opener != NULL && d->can_close)
        {
          opener->opens |= bit;
          d->closes |= bit;
          opener = NULL;
        }
      else if (opener == NULL && d->can_open)
        opener = d;
    }
}

/* Only the stars that open or close a style are syntax; the others are
 * text, on the outer side of the style they border. */
static void
mask_delims (GArray *delims,
             guint8 *mask)
{
  pair_delims (delims, 1);
  pair_delims (delims, 2);
  for (guint i = 0; i < delims->len; i++)
    {
      const Delim *d = &g_array_index (delims, Delim, i);
      guint bits = d->opens | d->closes;
      guint used = (bits & 1 ? 1 : 0) + (bits & 2 ? 2 : 0);

      if (d->closes)
        memset (mask + d->start, MASK_SYNTAX, used);
      else
        memset (mask + d->start + d->stars - used, MASK_SYNTAX, used);
    }
}

static void
mask_inline (const char *text,
             gsize       start,
             gsize       end,
             gboolean    in_link,
             guint8     *mask)
{
  g_autoptr(GArray) delims = g_array_new (FALSE, TRUE, sizeof (Delim));
  gsize i = start;

  while (i < end)
    {
      gsize text_end = 0, next;

      if (text[i] == '\\' && i + 1 < end && strchr (ESCAPABLE, text[i + 1]) != NULL)
        {
          mask[i] = MASK_DROP;
          i += 2;
        }
      else if (text[i] == '*')
        {
          Delim d = { i, 0, FALSE, FALSE, 0, 0 };

          while (i < end && text[i] == '*')
            i++;
          d.stars = i - d.start;
          d.can_open = i < end && !is_space (text[i]);
          d.can_close = d.start > start && !is_space (text[d.start - 1]);
          g_array_append_val (delims, d);
        }
      else if (text[i] == '[' && !in_link && (next = scan_link (text, i, end, &text_end)) != 0)
        {
          mask[i] = MASK_SYNTAX;
          mask_inline (text, i + 1, text_end, TRUE, mask);
          memset (mask + text_end, MASK_SYNTAX, next - text_end);
          i = next;
        }
      else
        i++;
    }
  mask_delims (delims, mask);
}

static gsize
numbered_marker (const char *line,
                 gsize       len)
{
  gsize i = 0;

  while (i < len && i < 9 && g_ascii_isdigit (line[i]))
    i++;
  if (i == 0 || i >= len || line[i] != '.')
    return 0;
  if (i + 1 == len)
    return i + 1;
  return line[i + 1] == ' ' ? i + 2 : 0;
}

static gsize
bullet_marker (const char *line,
               gsize       len)
{
  if (len >= 1 && line[0] == '-' && (len == 1 || line[1] == ' '))
    return len == 1 ? 1 : 2;
  return 0;
}

/* The block marker at the start of @line (after its indentation), given
 * the kind of block it is in; a block's first line sets the kind. */
static gsize
line_marker (const char *line,
             gsize       len,
             gboolean    block_start,
             char       *kind)
{
  gsize list;

  if (block_start)
    {
      if (len >= 3 && strncmp (line, "## ", 3) == 0)
        *kind = 'h';
      else if (len >= 1 && line[0] == '>')
        *kind = 'q';
      else if (bullet_marker (line, len) > 0 || numbered_marker (line, len) > 0)
        *kind = 'l';
      else
        *kind = 'p';
    }
  if (*kind == 'h' && block_start)
    return 3;
  if (*kind == 'q' && len >= 1 && line[0] == '>')
    return len >= 2 && line[1] == ' ' ? 2 : 1;
  if (*kind == 'l' && (list = bullet_marker (line, len)) > 0)
    return list;
  if (*kind == 'l')
    return numbered_marker (line, len);
  return 0;
}

static gboolean
is_blank_range (const char *text,
                gsize       from,
                gsize       to)
{
  for (gsize i = from; i < to; i++)
    if (!is_space (text[i]))
      return FALSE;
  return TRUE;
}

guint8 *
_copydesk_find_mask_markup (const char *text,
             gsize       len)
{
  guint8 *mask = g_malloc0 (len + 1);
  gboolean block_start = TRUE;
  char kind = 'p';
  gsize pos = 0;

  while (pos < len)
    {
      const char *newline = memchr (text + pos, '\n', len - pos);
      gsize eol = newline != NULL ? (gsize) (newline - text) : len;
      g_autofree char *line = g_strndup (text + pos, eol - pos);
      g_autofree char *photo_id = copydesk_body_placement_id (line);
      gsize lead = pos, marker;

      if (eol < len)
        mask[eol] = MASK_SYNTAX;
      if (is_blank_range (text, pos, eol) || photo_id != NULL)
        {
          memset (mask + pos, MASK_SYNTAX, eol - pos);
          block_start = TRUE;
          pos = eol + 1;
          continue;
        }
      while (is_space (text[lead]))
        mask[lead++] = MASK_SYNTAX;
      marker = line_marker (text + lead, eol - lead, block_start, &kind);
      memset (mask + lead, MASK_SYNTAX, marker);
      mask_inline (text, lead + marker, eol, FALSE, mask);
      /* a subheading is one line: the next line starts a block afresh */
      block_start = kind == 'h' && block_start;
      pos = eol + 1;
    }
  return mask;
}
