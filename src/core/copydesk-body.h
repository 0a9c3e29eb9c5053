/* copydesk-body.h: the body of an article, and its text markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-block.h"

G_BEGIN_DECLS

/* An immutable, reference-counted sequence of blocks. */
typedef struct _CopydeskBody CopydeskBody;

#define COPYDESK_TYPE_BODY (copydesk_body_get_type ())

GType          copydesk_body_get_type       (void) G_GNUC_CONST;
CopydeskBody  *copydesk_body_new            (GPtrArray          *blocks);
CopydeskBody  *copydesk_body_new_empty      (void);
CopydeskBody  *copydesk_body_ref            (CopydeskBody       *body);
void           copydesk_body_unref          (CopydeskBody       *body);
guint          copydesk_body_get_n_blocks   (const CopydeskBody *body);
CopydeskBlock *copydesk_body_get_block      (const CopydeskBody *body,
                                             guint               index);
gboolean       copydesk_body_equal          (const CopydeskBody *a,
                                             const CopydeskBody *b);
guint          copydesk_body_count_words    (const CopydeskBody *body);
guint          copydesk_body_count_chars    (const CopydeskBody *body);
char         **copydesk_body_get_photo_ids  (const CopydeskBody *body);

/* Body markup (see README.md, "Body markup"). */
CopydeskBody  *copydesk_body_parse_markup   (const char         *markup,
                                             gssize              length,
                                             GError            **error);
char          *copydesk_body_to_markup      (const CopydeskBody *body);
char          *copydesk_block_to_markup     (const CopydeskBlock *block);
char          *copydesk_body_placement_id   (const char         *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskBody, copydesk_body_unref)

G_END_DECLS
