/* copydesk-spell-words.h: which stretches of a text are words to spell-check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CopydeskSpellRange:
 * @start: the first character of the word (a character offset, not bytes)
 * @end: the character just past it
 * @byte_start: the same start, in bytes
 * @byte_end: the same end, in bytes
 *
 * One word of a text. Character offsets are what a GtkTextBuffer counts in;
 * byte offsets are there to cut the word out of the UTF-8 text.
 */
typedef struct
{
  guint start;
  guint end;
  gsize byte_start;
  gsize byte_end;
} CopydeskSpellRange;

GArray *copydesk_spell_words_scan (const char *text,
                                   gssize      length);

G_END_DECLS
