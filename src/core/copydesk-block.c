/* copydesk-block.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-block.h"
#include "copydesk-text.h"

struct _CopydeskBlock
{
  gatomicrefcount    ref_count;
  CopydeskBlockKind  kind;
  GPtrArray         *items;     /* of CopydeskRun, never empty ones */
  char              *photo_id;
  /* Counted on first use (the block never changes), plus one: 0 is "not
   * yet". Atomic, as a worker and the main thread may both ask. */
  gint               words_plus_one;
  gint               chars_plus_one;
};

G_DEFINE_BOXED_TYPE (CopydeskBlock, copydesk_block, copydesk_block_ref, copydesk_block_unref)

static CopydeskBlock *
block_alloc (CopydeskBlockKind kind)
{
  CopydeskBlock *block = g_new0 (CopydeskBlock, 1);

  g_atomic_ref_count_init (&block->ref_count);
  block->kind = kind;
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);
  return block;
}

/**
 * copydesk_block_new_text:
 * @kind: %COPYDESK_BLOCK_PARAGRAPH or %COPYDESK_BLOCK_SUBHEADING
 * @run: (transfer none): the text
 *
 * Returns: (transfer full): a new block
 */
CopydeskBlock *
copydesk_block_new_text (CopydeskBlockKind  kind,
                         CopydeskRun       *run)
{
  CopydeskBlock *block;

  g_return_val_if_fail (kind == COPYDESK_BLOCK_PARAGRAPH || kind == COPYDESK_BLOCK_SUBHEADING, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  block = block_alloc (kind);
  g_ptr_array_add (block->items, copydesk_run_ref (run));
  return block;
}

/**
 * copydesk_block_new_items:
 * @kind: a quote or a list
 * @runs: (element-type CopydeskRun) (transfer none): the items; empty runs
 *   are skipped
 *
 * Returns: (transfer full): a new block
 */
CopydeskBlock *
copydesk_block_new_items (CopydeskBlockKind  kind,
                          GPtrArray         *runs)
{
  CopydeskBlock *block;

  g_return_val_if_fail (kind == COPYDESK_BLOCK_QUOTE ||
                        kind == COPYDESK_BLOCK_BULLET_LIST ||
                        kind == COPYDESK_BLOCK_NUMBERED_LIST, NULL);
  g_return_val_if_fail (runs != NULL, NULL);

  block = block_alloc (kind);
  for (guint i = 0; i < runs->len; i++)
    {
      CopydeskRun *run = g_ptr_array_index (runs, i);

      if (!copydesk_run_is_empty (run))
        g_ptr_array_add (block->items, copydesk_run_ref (run));
    }
  return block;
}

/* A photo id names a photo in the body markup and in the file: a letter or
 * digit, then letters, digits, '-', '_' or '.', 64 bytes at most. */
gboolean
copydesk_photo_id_is_valid (const char *id)
{
  gsize len = 0;

  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++, len++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
        return FALSE;
    }
  return len <= 64;
}

CopydeskBlock *
copydesk_block_new_photo (const char *photo_id)
{
  CopydeskBlock *block;

  g_return_val_if_fail (copydesk_photo_id_is_valid (photo_id), NULL);

  block = block_alloc (COPYDESK_BLOCK_PHOTO);
  block->photo_id = g_strdup (photo_id);
  return block;
}

CopydeskBlock *
copydesk_block_ref (CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  g_atomic_ref_count_inc (&block->ref_count);
  return block;
}

void
copydesk_block_unref (CopydeskBlock *block)
{
  g_return_if_fail (block != NULL);

  if (!g_atomic_ref_count_dec (&block->ref_count))
    return;

  g_ptr_array_unref (block->items);
  g_free (block->photo_id);
  g_free (block);
}

CopydeskBlockKind
copydesk_block_get_kind (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, COPYDESK_BLOCK_PARAGRAPH);

  return block->kind;
}

guint
copydesk_block_get_n_items (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  return block->items->len;
}

/**
 * copydesk_block_get_item:
 *
 * Returns: (transfer none): the item at @index
 */
CopydeskRun *
copydesk_block_get_item (const CopydeskBlock *block,
                         guint                index)
{
  g_return_val_if_fail (block != NULL, NULL);
  g_return_val_if_fail (index < block->items->len, NULL);

  return g_ptr_array_index (block->items, index);
}

/**
 * copydesk_block_get_run:
 *
 * Returns: (transfer none) (nullable): the text of a paragraph or
 *   subheading, %NULL for other kinds
 */
CopydeskRun *
copydesk_block_get_run (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  if (block->kind != COPYDESK_BLOCK_PARAGRAPH && block->kind != COPYDESK_BLOCK_SUBHEADING)
    return NULL;
  return g_ptr_array_index (block->items, 0);
}

const char *
copydesk_block_get_photo_id (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return block->photo_id;
}

gboolean
copydesk_block_equal (const CopydeskBlock *a,
                      const CopydeskBlock *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  if (a->kind != b->kind || a->items->len != b->items->len ||
      g_strcmp0 (a->photo_id, b->photo_id) != 0)
    return FALSE;

  for (guint i = 0; i < a->items->len; i++)
    {
      if (!copydesk_run_equal (g_ptr_array_index (a->items, i), g_ptr_array_index (b->items, i)))
        return FALSE;
    }
  return TRUE;
}

static void
count_text (const CopydeskBlock *block)
{
  CopydeskBlock *self = (CopydeskBlock *) block;
  guint words = 0, chars = 0;

  for (guint i = 0; i < block->items->len; i++)
    {
      g_autofree char *text = copydesk_run_to_plain_text (g_ptr_array_index (block->items, i));
      guint n;

      words += copydesk_text_count_words_and_chars (text, &n);
      chars += n;
    }
  g_atomic_int_set (&self->words_plus_one, (gint) words + 1);
  g_atomic_int_set (&self->chars_plus_one, (gint) chars + 1);
}

/* Words of the text a reader sees in @block; photo placements have none. */
guint
copydesk_block_count_words (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  if (g_atomic_int_get (&block->words_plus_one) == 0)
    count_text (block);
  return (guint) g_atomic_int_get (&block->words_plus_one) - 1;
}

/* Characters (Unicode code points) of the text a reader sees in @block. */
guint
copydesk_block_count_chars (const CopydeskBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  if (g_atomic_int_get (&block->chars_plus_one) == 0)
    count_text (block);
  return (guint) g_atomic_int_get (&block->chars_plus_one) - 1;
}
