/* copydesk-spell-entry.h: misspellings underlined in a one-line entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-spell-checker.h"

G_BEGIN_DECLS

void  copydesk_spell_entry_set_checker  (GtkEntry             *entry,
                                         CopydeskSpellChecker *checker);
guint copydesk_spell_entry_count_marked (GtkEntry             *entry);

G_END_DECLS
