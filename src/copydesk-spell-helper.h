/* copydesk-spell-helper.h: misspellings underlined in a text view as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-spell-checker.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_SPELL_HELPER (copydesk_spell_helper_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskSpellHelper, copydesk_spell_helper, COPYDESK, SPELL_HELPER, GObject)

CopydeskSpellHelper  *copydesk_spell_helper_new          (GtkTextView          *view);
CopydeskSpellChecker *copydesk_spell_helper_get_checker  (CopydeskSpellHelper  *self);
void                  copydesk_spell_helper_set_checker  (CopydeskSpellHelper  *self,
                                                          CopydeskSpellChecker *checker);
gboolean              copydesk_spell_helper_get_pending  (CopydeskSpellHelper  *self);
guint                 copydesk_spell_helper_count_marked (CopydeskSpellHelper  *self);
gboolean              copydesk_spell_helper_is_marked    (CopydeskSpellHelper  *self,
                                                          const GtkTextIter    *iter);
void                  copydesk_spell_helper_forget_word  (CopydeskSpellHelper  *self,
                                                          const char           *word);
void                  copydesk_spell_helper_popup_at     (CopydeskSpellHelper  *self,
                                                          const GtkTextIter    *iter);
GMenuModel           *copydesk_spell_helper_get_menu     (CopydeskSpellHelper  *self);

G_END_DECLS
