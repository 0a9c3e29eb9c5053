/* copydesk-body-parser.c: body markup parsed again only where it changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser keeps the text it parsed last, the body it made, and the cut
 * points of that text (copydesk-markup-private.h: line starts after a blank
 * or photo line, where parsing starts afresh). Given a new text it finds the
 * bytes that differ (common prefix and suffix), widens them to the cut
 * points around them, parses only that span, and builds the new body from
 * the old blocks before and after it: those are the same objects, and so
 * are the blocks in the span that came out equal. The result is always the
 * body a full parse gives; text with carriage returns, which the full parse
 * rewrites, is simply parsed in full.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body-parser.h"
#include "copydesk-markup-private.h"
#include "copydesk-text.h"

#define COMPARE_CHUNK 4096

struct _CopydeskBodyParser
{
  GMutex        lock;
  char         *text;     /* NULL: nothing to start from */
  gsize         length;
  GArray       *cuts;     /* CopydeskMarkupCut, by offset */
  CopydeskBody *body;
  gsize         last_span;
};

/* The span of the old text to parse again, and where it lands. */
typedef struct
{
  guint first_cut;        /* index in cuts of the span's start */
  guint end_cut;          /* index of the first cut kept after it, or cuts->len */
  gsize start;            /* old and new offset of the span's start */
  gsize old_end;          /* the span's end in the old text */
  gsize new_end;          /* ... and in the new one */
} Span;

CopydeskBodyParser *
copydesk_body_parser_new (void)
{
  CopydeskBodyParser *self = g_new0 (CopydeskBodyParser, 1);

  g_mutex_init (&self->lock);
  return self;
}

static void
forget (CopydeskBodyParser *self)
{
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->cuts, g_array_unref);
  g_clear_pointer (&self->body, copydesk_body_unref);
  self->length = 0;
}

void
copydesk_body_parser_free (CopydeskBodyParser *self)
{
  if (self == NULL)
    return;
  forget (self);
  g_mutex_clear (&self->lock);
  g_free (self);
}

/* Drops what was remembered: the next parse is a full one. */
void
copydesk_body_parser_reset (CopydeskBodyParser *self)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->lock);
  forget (self);
  g_mutex_unlock (&self->lock);
}

static void
remember (CopydeskBodyParser *self,
          const char         *text,
          gsize               length,
          GArray             *cuts,
          CopydeskBody       *body)
{
  forget (self);
  self->text = g_strndup (text, length);
  self->length = length;
  self->cuts = g_array_ref (cuts);
  self->body = copydesk_body_ref (body);
}

/* Index of the last cut at or before @offset (the first cut is at 0). */
static guint
cut_at_or_before (GArray *cuts,
                  gsize   offset)
{
  guint low = 0, high = cuts->len;

  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (cuts, CopydeskMarkupCut, mid).offset <= offset)
        low = mid;
      else
        high = mid;
    }
  return low;
}

/* A cut after the change stays a cut in the new text when the whole line
 * before it, and the newline before that line, are in the unchanged tail. */
static gboolean
cut_survives (const char *text,
              gsize       cut,
              gsize       changed_end)
{
  gsize line_start = cut - 1;

  if (cut == 0 || cut - 1 < changed_end)
    return FALSE;
  while (line_start > 0 && text[line_start - 1] != '\n')
    line_start--;
  return line_start > changed_end;
}

static gboolean
plan_span (CopydeskBodyParser *self,
           const char         *text,
           gsize               length,
           Span               *span)
{
  gsize limit, prefix = 0, suffix = 0;
  guint j;

  if (self->text == NULL || self->cuts->len == 0
      || g_array_index (self->cuts, CopydeskMarkupCut, 0).offset != 0)
    return FALSE;

  /* Whole chunks first (memcmp is fast on a long story), then bytes. */
  limit = MIN (self->length, length);
  while (prefix + COMPARE_CHUNK <= limit
         && memcmp (self->text + prefix, text + prefix, COMPARE_CHUNK) == 0)
    prefix += COMPARE_CHUNK;
  while (prefix < limit && self->text[prefix] == text[prefix])
    prefix++;
  while (suffix + COMPARE_CHUNK <= limit - prefix
         && memcmp (self->text + self->length - suffix - COMPARE_CHUNK,
                    text + length - suffix - COMPARE_CHUNK, COMPARE_CHUNK) == 0)
    suffix += COMPARE_CHUNK;
  while (suffix < limit - prefix
         && self->text[self->length - 1 - suffix] == text[length - 1 - suffix])
    suffix++;

  span->first_cut = cut_at_or_before (self->cuts, prefix);
  span->start = g_array_index (self->cuts, CopydeskMarkupCut, span->first_cut).offset;
  for (j = span->first_cut + 1; j < self->cuts->len; j++)
    {
      gsize offset = g_array_index (self->cuts, CopydeskMarkupCut, j).offset;

      if (cut_survives (self->text, offset, self->length - suffix))
        break;
    }
  span->end_cut = j;
  span->old_end = j < self->cuts->len
                    ? g_array_index (self->cuts, CopydeskMarkupCut, j).offset
                    : self->length;
  span->new_end = span->old_end - self->length + length;
  return TRUE;
}

/* Gives equal blocks at the ends of the parsed span their old objects. */
static void
share_equal_blocks (GPtrArray          *blocks,
                    guint               first,
                    const CopydeskBody *old_body,
                    guint               old_first,
                    guint               old_end)
{
  guint new_end = blocks->len;
  guint head = 0, tail = 0;

  while (first + head < new_end && old_first + head < old_end)
    {
      CopydeskBlock *old = copydesk_body_get_block (old_body, old_first + head);

      if (!copydesk_block_equal (old, g_ptr_array_index (blocks, first + head)))
        break;
      copydesk_block_unref (g_ptr_array_index (blocks, first + head));
      g_ptr_array_index (blocks, first + head) = copydesk_block_ref (old);
      head++;
    }
  while (first + head + tail < new_end && old_first + head + tail < old_end)
    {
      CopydeskBlock *old = copydesk_body_get_block (old_body, old_end - 1 - tail);
      guint index = new_end - 1 - tail;

      if (!copydesk_block_equal (old, g_ptr_array_index (blocks, index)))
        break;
      copydesk_block_unref (g_ptr_array_index (blocks, index));
      g_ptr_array_index (blocks, index) = copydesk_block_ref (old);
      tail++;
    }
}

static CopydeskBody *
parse_span (CopydeskBodyParser *self,
            const char         *text,
            gsize               length,
            const Span         *span)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (
    (GDestroyNotify) copydesk_block_unref);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (CopydeskMarkupCut));
  guint old_n_blocks = copydesk_body_get_n_blocks (self->body);
  guint first_block = g_array_index (self->cuts, CopydeskMarkupCut, span->first_cut).first_block;
  guint end_block = span->end_cut < self->cuts->len
                      ? g_array_index (self->cuts, CopydeskMarkupCut, span->end_cut).first_block
                      : old_n_blocks;
  CopydeskBody *body;
  gssize shift;

  for (guint i = 0; i < first_block; i++)
    g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (self->body, i)));
  g_array_append_vals (cuts, self->cuts->data, span->first_cut);

  _copydesk_markup_parse_region (text, span->start, span->new_end, blocks, cuts);
  share_equal_blocks (blocks, first_block, self->body, first_block, end_block);

  shift = (gssize) blocks->len - (gssize) end_block;
  for (guint i = end_block; i < old_n_blocks; i++)
    g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (self->body, i)));
  for (guint i = span->end_cut; i < self->cuts->len; i++)
    {
      CopydeskMarkupCut cut = g_array_index (self->cuts, CopydeskMarkupCut, i);

      cut.offset = cut.offset - self->length + length;
      cut.first_block = (guint) ((gssize) cut.first_block + shift);
      g_array_append_val (cuts, cut);
    }

  body = copydesk_body_new (blocks);
  if (copydesk_body_get_n_blocks (body) != blocks->len)
    {
      /* The body dropped a block: the cut map no longer matches it. */
      copydesk_body_unref (body);
      return NULL;
    }
  self->last_span = span->new_end - span->start;
  remember (self, text, length, cuts, body);
  return body;
}

static CopydeskBody *
parse_all (CopydeskBodyParser *self,
           const char         *text,
           gsize               length)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (
    (GDestroyNotify) copydesk_block_unref);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (CopydeskMarkupCut));
  CopydeskBody *body;

  _copydesk_markup_parse_region (text, 0, length, blocks, cuts);
  body = copydesk_body_new (blocks);
  self->last_span = length;
  if (copydesk_body_get_n_blocks (body) == blocks->len)
    remember (self, text, length, cuts, body);
  else
    forget (self);
  return body;
}

/**
 * copydesk_body_parser_parse:
 * @self: the parser
 * @markup: the body markup, UTF-8
 * @length: its length in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Parses @markup like copydesk_body_parse_markup() does, re-using the work
 * done for the text parsed last: only the blocks around the bytes that
 * changed are parsed again, and every other block of the new body is the
 * same object as in the last body.
 *
 * Returns: (transfer full): the body, or %NULL with @error set
 */
CopydeskBody *
copydesk_body_parser_parse (CopydeskBodyParser  *self,
                            const char          *markup,
                            gssize               length,
                            GError             **error)
{
  CopydeskBody *body = NULL;
  gsize len;
  Span span;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (markup != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (markup) : (gsize) length;
  if (!copydesk_text_validate_utf8 (markup, len, "The body", error))
    return NULL;

  g_mutex_lock (&self->lock);
  if (memchr (markup, '\r', len) != NULL || memchr (markup, '\0', len) != NULL ||
      (len >= 3 && memcmp (markup, "\xEF\xBB\xBF", 3) == 0))
    {
      /* Line ends or a byte-order mark the full parse rewrites: no offsets
       * to keep. */
      forget (self);
      self->last_span = len;
      body = copydesk_body_parse_markup (markup, len, error);
    }
  else
    {
      if (plan_span (self, markup, len, &span))
        body = parse_span (self, markup, len, &span);
      if (body == NULL)
        body = parse_all (self, markup, len);
    }
  g_mutex_unlock (&self->lock);
  return body;
}

/**
 * copydesk_body_parser_estimate:
 *
 * Returns: how many bytes of @markup the next parse would read, so the
 *   caller can choose to parse on a worker thread; the whole length when
 *   a parse is running on another thread (asking must never wait for it)
 */
gsize
copydesk_body_parser_estimate (CopydeskBodyParser *self,
                               const char         *markup,
                               gssize              length)
{
  gsize len, bytes;
  Span span;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (markup != NULL, 0);

  len = length < 0 ? strlen (markup) : (gsize) length;
  if (!g_mutex_trylock (&self->lock))
    return len;
  bytes = plan_span (self, markup, len, &span) ? span.new_end - span.start : len;
  g_mutex_unlock (&self->lock);
  return bytes;
}

/**
 * copydesk_body_parser_prime:
 * @self: the parser
 * @markup: text that parses into @body, as copydesk_body_to_markup() prints it
 * @body: the body the caller already has for it
 *
 * Parses @markup in full so the next parse can be partial, and keeps
 * @body's own blocks when the parse agrees with it, so that later bodies
 * share them.
 */
void
copydesk_body_parser_prime (CopydeskBodyParser *self,
                            const char         *markup,
                            CopydeskBody       *body)
{
  g_autoptr(CopydeskBody) parsed = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);
  g_return_if_fail (body != NULL);

  parsed = copydesk_body_parser_parse (self, markup, -1, NULL);
  g_mutex_lock (&self->lock);
  if (parsed != NULL && self->body == parsed && copydesk_body_equal (parsed, body))
    {
      copydesk_body_unref (self->body);
      self->body = copydesk_body_ref (body);
    }
  g_mutex_unlock (&self->lock);
}

/* Bytes read by the last parse: the whole text for a full one. */
gsize
copydesk_body_parser_get_last_span (CopydeskBodyParser *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_span;
}

/**
 * copydesk_body_parser_block_at:
 * @self: the parser
 * @char_offset: a position in the text parsed last, in characters
 * @n_chars: how many characters the caller's text has: a check that it is
 *   the text parsed last
 * @block: (out): the index of the first block of the group of lines that
 *   starts at or before @char_offset (after a blank or photo line)
 *
 * Answers from the cut points of the last parse, without parsing.
 *
 * Returns: %FALSE when the parser has no map of such a text (nothing
 *   parsed yet, another length, or a parse running on another thread)
 */
gboolean
copydesk_body_parser_block_at (CopydeskBodyParser *self,
                               gsize               char_offset,
                               gsize               n_chars,
                               guint              *block)
{
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (block != NULL, FALSE);

  if (!g_mutex_trylock (&self->lock))
    return FALSE;
  if (self->text != NULL && self->cuts->len > 0 && char_offset <= n_chars
      && (gsize) g_utf8_strlen (self->text, (gssize) self->length) == n_chars)
    {
      const char *at = g_utf8_offset_to_pointer (self->text, (glong) char_offset);
      guint cut = cut_at_or_before (self->cuts, (gsize) (at - self->text));

      *block = g_array_index (self->cuts, CopydeskMarkupCut, cut).first_block;
      found = TRUE;
    }
  g_mutex_unlock (&self->lock);
  return found;
}
