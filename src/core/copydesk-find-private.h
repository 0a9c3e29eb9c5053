/* copydesk-find-private.h: the parts of find shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MASK_TEXT,
  MASK_DROP,     /* an escaping backslash: not text, and no barrier */
  MASK_SYNTAX,
} Mask;

/* For each byte of body markup @text, whether it is text a reader sees
 * (see copydesk-find.c for the rule); @len + 1 bytes, to be freed. */
guint8 *_copydesk_find_mask_markup (const char *text,
                                    gsize       len);

G_END_DECLS
