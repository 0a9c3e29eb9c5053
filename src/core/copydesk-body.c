/* copydesk-body.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-body.h"
#include "copydesk-text.h"

struct _CopydeskBody
{
  gatomicrefcount  ref_count;
  GPtrArray       *blocks;
};

G_DEFINE_BOXED_TYPE (CopydeskBody, copydesk_body, copydesk_body_ref, copydesk_body_unref)

/**
 * copydesk_body_new:
 * @blocks: (element-type CopydeskBlock) (transfer none): the blocks, in order
 *
 * Returns: (transfer full): a new body
 */
CopydeskBody *
copydesk_body_new (GPtrArray *blocks)
{
  CopydeskBody *body = g_new0 (CopydeskBody, 1);

  g_return_val_if_fail (blocks != NULL, NULL);

  g_atomic_ref_count_init (&body->ref_count);
  body->blocks = g_ptr_array_new_full (blocks->len, (GDestroyNotify) copydesk_block_unref);
  for (guint i = 0; i < blocks->len; i++)
    {
      CopydeskBlock *block = g_ptr_array_index (blocks, i);

      /* a text block whose items were all empty says nothing */
      if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PHOTO &&
          copydesk_block_get_n_items (block) == 0)
        continue;
      if (copydesk_block_get_run (block) != NULL &&
          copydesk_run_is_empty (copydesk_block_get_run (block)))
        continue;
      g_ptr_array_add (body->blocks, copydesk_block_ref (block));
    }
  return body;
}

CopydeskBody *
copydesk_body_new_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  return copydesk_body_new (none);
}

CopydeskBody *
copydesk_body_ref (CopydeskBody *body)
{
  g_return_val_if_fail (body != NULL, NULL);

  g_atomic_ref_count_inc (&body->ref_count);
  return body;
}

void
copydesk_body_unref (CopydeskBody *body)
{
  g_return_if_fail (body != NULL);

  if (!g_atomic_ref_count_dec (&body->ref_count))
    return;

  g_ptr_array_unref (body->blocks);
  g_free (body);
}

guint
copydesk_body_get_n_blocks (const CopydeskBody *body)
{
  g_return_val_if_fail (body != NULL, 0);

  return body->blocks->len;
}

/**
 * copydesk_body_get_block:
 *
 * Returns: (transfer none): the block at @index
 */
CopydeskBlock *
copydesk_body_get_block (const CopydeskBody *body,
                         guint               index)
{
  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (index < body->blocks->len, NULL);

  return g_ptr_array_index (body->blocks, index);
}

gboolean
copydesk_body_equal (const CopydeskBody *a,
                     const CopydeskBody *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->blocks->len != b->blocks->len)
    return FALSE;

  for (guint i = 0; i < a->blocks->len; i++)
    {
      if (!copydesk_block_equal (g_ptr_array_index (a->blocks, i),
                                 g_ptr_array_index (b->blocks, i)))
        return FALSE;
    }
  return TRUE;
}

/* Adds up @measure over the blocks; each block counts its text once. */
static guint
sum_over_blocks (const CopydeskBody *body,
                 guint             (*measure) (const CopydeskBlock *block))
{
  guint total = 0;

  for (guint i = 0; i < body->blocks->len; i++)
    total += measure (g_ptr_array_index (body->blocks, i));
  return total;
}

/* Words of the text a reader sees: photo placements count for nothing. */
guint
copydesk_body_count_words (const CopydeskBody *body)
{
  g_return_val_if_fail (body != NULL, 0);

  return sum_over_blocks (body, copydesk_block_count_words);
}

/* Characters (Unicode code points) of the text a reader sees. */
guint
copydesk_body_count_chars (const CopydeskBody *body)
{
  g_return_val_if_fail (body != NULL, 0);

  return sum_over_blocks (body, copydesk_block_count_chars);
}

/**
 * copydesk_body_get_photo_ids:
 *
 * Returns: (transfer full): the ids of the photos placed in the body, in
 *   order of first placement, each once
 */
char **
copydesk_body_get_photo_ids (const CopydeskBody *body)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (body != NULL, NULL);

  for (guint i = 0; i < body->blocks->len; i++)
    {
      const char *id = copydesk_block_get_photo_id (g_ptr_array_index (body->blocks, i));

      if (id != NULL && g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}
