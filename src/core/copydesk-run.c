/* copydesk-run.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-run.h"
#include "copydesk-text.h"

struct _CopydeskRun
{
  gatomicrefcount  ref_count;
  guint            n_spans;
  CopydeskSpan    *spans;
};

/* The builder keeps one entry per character: normalising white space and the
 * edges of styles is then a matter of looking at neighbours. Links are
 * interned per builder so that equal targets compare by pointer. */
typedef struct
{
  gunichar       c;
  CopydeskStyle  style;
  const char    *href;
} Cell;

struct _CopydeskRunBuilder
{
  GArray     *cells;
  GHashTable *hrefs;
};

G_DEFINE_BOXED_TYPE (CopydeskRun, copydesk_run, copydesk_run_ref, copydesk_run_unref)

static CopydeskRun *
run_alloc (guint n_spans)
{
  CopydeskRun *run = g_new0 (CopydeskRun, 1);

  g_atomic_ref_count_init (&run->ref_count);
  run->n_spans = n_spans;
  run->spans = g_new0 (CopydeskSpan, MAX (n_spans, 1));
  return run;
}

/* @text (valid UTF-8) as one unstyled span: every ASCII space becomes a
 * plain one, runs of them collapse, both ends are trimmed. */
static CopydeskRun *
plain_run (const char *text)
{
  gsize len = strlen (text);
  char *out = g_malloc (len + 1);
  gsize n = 0;
  CopydeskRun *run;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!copydesk_text_is_ascii_space ((guchar) *p))
        out[n++] = *p;
      else if (n > 0 && out[n - 1] != ' ')
        out[n++] = ' ';
    }
  if (n > 0 && out[n - 1] == ' ')
    n--;
  out[n] = '\0';
  if (n == 0)
    {
      g_free (out);
      return run_alloc (0);
    }
  run = run_alloc (1);
  run->spans[0].style = COPYDESK_STYLE_NONE;
  run->spans[0].text = out;
  return run;
}

CopydeskRun *
copydesk_run_new_plain (const char *text)
{
  g_autoptr(CopydeskRunBuilder) builder = NULL;

  /* one style, no link: what the builder would make, without its 16 bytes
   * a character (spaces collapsed and trimmed, the bytes kept) */
  if (text != NULL && g_utf8_validate (text, -1, NULL))
    return plain_run (text);
  builder = copydesk_run_builder_new ();
  copydesk_run_builder_append (builder, text ? text : "", -1, COPYDESK_STYLE_NONE, NULL);
  return copydesk_run_builder_end (builder);
}

CopydeskRun *
copydesk_run_ref (CopydeskRun *run)
{
  g_return_val_if_fail (run != NULL, NULL);

  g_atomic_ref_count_inc (&run->ref_count);
  return run;
}

void
copydesk_run_unref (CopydeskRun *run)
{
  g_return_if_fail (run != NULL);

  if (!g_atomic_ref_count_dec (&run->ref_count))
    return;

  for (guint i = 0; i < run->n_spans; i++)
    {
      g_free (run->spans[i].text);
      g_free (run->spans[i].href);
    }
  g_free (run->spans);
  g_free (run);
}

guint
copydesk_run_get_n_spans (const CopydeskRun *run)
{
  g_return_val_if_fail (run != NULL, 0);

  return run->n_spans;
}

const CopydeskSpan *
copydesk_run_get_span (const CopydeskRun *run,
                       guint              index)
{
  g_return_val_if_fail (run != NULL, NULL);
  g_return_val_if_fail (index < run->n_spans, NULL);

  return &run->spans[index];
}

gboolean
copydesk_run_is_empty (const CopydeskRun *run)
{
  g_return_val_if_fail (run != NULL, TRUE);

  return run->n_spans == 0;
}

gboolean
copydesk_run_equal (const CopydeskRun *a,
                    const CopydeskRun *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->n_spans != b->n_spans)
    return FALSE;

  for (guint i = 0; i < a->n_spans; i++)
    {
      if (a->spans[i].style != b->spans[i].style ||
          g_strcmp0 (a->spans[i].text, b->spans[i].text) != 0 ||
          g_strcmp0 (a->spans[i].href, b->spans[i].href) != 0)
        return FALSE;
    }

  return TRUE;
}

char *
copydesk_run_to_plain_text (const CopydeskRun *run)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (run != NULL, NULL);

  for (guint i = 0; i < run->n_spans; i++)
    g_string_append (out, run->spans[i].text);

  return g_string_free (out, FALSE);
}

CopydeskRunBuilder *
copydesk_run_builder_new (void)
{
  CopydeskRunBuilder *builder = g_new0 (CopydeskRunBuilder, 1);

  /* room for a paragraph's worth of characters at once; the href table
   * only when the first link comes */
  builder->cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), 512);
  return builder;
}

void
copydesk_run_builder_free (CopydeskRunBuilder *builder)
{
  if (builder == NULL)
    return;

  g_array_unref (builder->cells);
  g_clear_pointer (&builder->hrefs, g_hash_table_unref);
  g_free (builder);
}

static const char *
intern_href (CopydeskRunBuilder *builder,
             const char         *href)
{
  char *interned;

  if (href == NULL || *href == '\0')
    return NULL;

  if (builder->hrefs == NULL)
    builder->hrefs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  interned = g_hash_table_lookup (builder->hrefs, href);
  if (interned == NULL)
    {
      interned = g_strdup (href);
      g_hash_table_add (builder->hrefs, interned);
    }
  return interned;
}

void
copydesk_run_builder_append (CopydeskRunBuilder *builder,
                             const char         *text,
                             gssize              length,
                             CopydeskStyle       style,
                             const char         *href)
{
  const char *interned;
  const char *end;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (text != NULL);

  interned = intern_href (builder, href);
  end = text + (length < 0 ? (gssize) strlen (text) : length);
  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      Cell cell = { g_utf8_get_char (p), style & (COPYDESK_STYLE_EMPHASIS | COPYDESK_STYLE_STRONG),
                    interned };

      if (copydesk_text_is_ascii_space (cell.c))
        cell.c = ' ';
      g_array_append_val (builder->cells, cell);
    }
}

/* Collapses runs of spaces to the first of them and trims both ends. */
static void
collapse_spaces (GArray *cells)
{
  guint out = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      if (cell->c == ' ' && (out == 0 || g_array_index (cells, Cell, out - 1).c == ' '))
        continue;
      g_array_index (cells, Cell, out++) = *cell;
    }
  if (out > 0 && g_array_index (cells, Cell, out - 1).c == ' ')
    out--;
  g_array_set_size (cells, out);
}

/* A space may carry a style or a link only when both its neighbours carry the
 * same: styles and links then begin and end on visible characters, which the
 * markup needs ("*word*", never "* word*"). A link's edge is a style edge too,
 * since the markup closes styles before "[" and "](" and reopens them after. */
static void
trim_style_edges (GArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);
      const Cell *prev, *next;

      if (cell->c != ' ')
        continue;

      /* collapse_spaces() guarantees a space has two non-space neighbours */
      prev = &g_array_index (cells, Cell, i - 1);
      next = &g_array_index (cells, Cell, i + 1);
      if (prev->href != cell->href || next->href != cell->href)
        cell->href = NULL;
      if (prev->href != cell->href || next->href != cell->href)
        cell->style = COPYDESK_STYLE_NONE;
      else
        cell->style &= prev->style & next->style;
    }
}

/* The characters of cells [from, to) as UTF-8, in a string sized once. */
static char *
cells_to_utf8 (GArray *cells,
               guint   from,
               guint   to)
{
  gsize size = 0;
  char *text, *p;

  for (guint i = from; i < to; i++)
    size += g_unichar_to_utf8 (g_array_index (cells, Cell, i).c, NULL);
  p = text = g_malloc (size + 1);
  for (guint i = from; i < to; i++)
    p += g_unichar_to_utf8 (g_array_index (cells, Cell, i).c, p);
  *p = '\0';
  return text;
}

CopydeskRun *
copydesk_run_builder_end (CopydeskRunBuilder *builder)
{
  GArray *cells;
  GArray *spans;
  CopydeskRun *run;

  g_return_val_if_fail (builder != NULL, NULL);

  cells = builder->cells;
  collapse_spaces (cells);
  trim_style_edges (cells);

  spans = g_array_new (FALSE, FALSE, sizeof (CopydeskSpan));
  for (guint start = 0, i = 1; start < cells->len; i++)
    {
      const Cell *first = &g_array_index (cells, Cell, start);
      const Cell *cell = i < cells->len ? &g_array_index (cells, Cell, i) : NULL;

      if (cell == NULL || cell->style != first->style || cell->href != first->href)
        {
          CopydeskSpan span = { 0, };

          span.style = first->style;
          span.href = g_strdup (first->href);
          span.text = cells_to_utf8 (cells, start, i);
          g_array_append_val (spans, span);
          start = i;
        }
    }

  run = run_alloc (spans->len);
  if (spans->len > 0)
    memcpy (run->spans, spans->data, spans->len * sizeof (CopydeskSpan));
  g_array_unref (spans);

  g_array_set_size (builder->cells, 0);
  return run;
}
