/* copydesk-block.h: one block of an article body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-run.h"

G_BEGIN_DECLS

/**
 * CopydeskBlockKind:
 * @COPYDESK_BLOCK_PARAGRAPH: a paragraph (one item)
 * @COPYDESK_BLOCK_SUBHEADING: a subheading (one item)
 * @COPYDESK_BLOCK_QUOTE: a block quote (one item per quoted paragraph)
 * @COPYDESK_BLOCK_BULLET_LIST: a bulleted list (one item per entry)
 * @COPYDESK_BLOCK_NUMBERED_LIST: a numbered list (one item per entry)
 * @COPYDESK_BLOCK_PHOTO: the placement of a photo, by its id (no items)
 */
typedef enum
{
  COPYDESK_BLOCK_PARAGRAPH,
  COPYDESK_BLOCK_SUBHEADING,
  COPYDESK_BLOCK_QUOTE,
  COPYDESK_BLOCK_BULLET_LIST,
  COPYDESK_BLOCK_NUMBERED_LIST,
  COPYDESK_BLOCK_PHOTO,
} CopydeskBlockKind;

/* Immutable and reference counted, so that a body can be shared between the
 * editor, the preview and the writer without copies. */
typedef struct _CopydeskBlock CopydeskBlock;

#define COPYDESK_TYPE_BLOCK (copydesk_block_get_type ())

GType              copydesk_block_get_type     (void) G_GNUC_CONST;
CopydeskBlock     *copydesk_block_new_text     (CopydeskBlockKind    kind,
                                                CopydeskRun         *run);
CopydeskBlock     *copydesk_block_new_items    (CopydeskBlockKind    kind,
                                                GPtrArray           *runs);
CopydeskBlock     *copydesk_block_new_photo    (const char          *photo_id);
CopydeskBlock     *copydesk_block_ref          (CopydeskBlock       *block);
void               copydesk_block_unref        (CopydeskBlock       *block);
CopydeskBlockKind  copydesk_block_get_kind     (const CopydeskBlock *block);
guint              copydesk_block_get_n_items  (const CopydeskBlock *block);
CopydeskRun       *copydesk_block_get_item     (const CopydeskBlock *block,
                                                guint                index);
CopydeskRun       *copydesk_block_get_run      (const CopydeskBlock *block);
const char        *copydesk_block_get_photo_id (const CopydeskBlock *block);
gboolean           copydesk_block_equal        (const CopydeskBlock *a,
                                                const CopydeskBlock *b);
gboolean           copydesk_photo_id_is_valid  (const char          *id);
guint              copydesk_block_count_words  (const CopydeskBlock *block);
guint              copydesk_block_count_chars  (const CopydeskBlock *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskBlock, copydesk_block_unref)

G_END_DECLS
