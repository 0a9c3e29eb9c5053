/* copydesk-spell-checker.h: spelling for one language, through Enchant 2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "copydesk-spell-words.h"

G_BEGIN_DECLS

#define COPYDESK_SPELL_ERROR (copydesk_spell_error_quark ())

/**
 * CopydeskSpellError:
 * @COPYDESK_SPELL_ERROR_NO_DICTIONARY: no dictionary is installed for the
 *   language asked for
 * @COPYDESK_SPELL_ERROR_INVALID_LANGUAGE: the language tag is not one
 */
typedef enum
{
  COPYDESK_SPELL_ERROR_NO_DICTIONARY,
  COPYDESK_SPELL_ERROR_INVALID_LANGUAGE,
} CopydeskSpellError;

GQuark copydesk_spell_error_quark (void);

#define COPYDESK_TYPE_SPELL_CHECKER (copydesk_spell_checker_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskSpellChecker, copydesk_spell_checker, COPYDESK, SPELL_CHECKER,
                      GObject)

CopydeskSpellChecker *copydesk_spell_checker_new             (const char           *language,
                                                              GError              **error);
const char           *copydesk_spell_checker_get_language    (CopydeskSpellChecker *self);
const char           *copydesk_spell_checker_get_dictionary  (CopydeskSpellChecker *self);
const char           *copydesk_spell_checker_get_provider    (CopydeskSpellChecker *self);
gboolean              copydesk_spell_checker_check_word      (CopydeskSpellChecker *self,
                                                              const char           *word,
                                                              gssize                length);
GArray               *copydesk_spell_checker_check_text      (CopydeskSpellChecker *self,
                                                              const char           *text,
                                                              gssize                length);
guint                 copydesk_spell_checker_count_misspelled (CopydeskSpellChecker *self,
                                                              const char           *text,
                                                              gssize                length);
guint                 copydesk_spell_checker_count_for_checks (const char        *text,
                                                              guint                 first[2],
                                                              gpointer              checker);
char                **copydesk_spell_checker_suggest         (CopydeskSpellChecker *self,
                                                              const char           *word,
                                                              gssize                length);
void                  copydesk_spell_checker_add_word        (CopydeskSpellChecker *self,
                                                              const char           *word,
                                                              gssize                length);
void                  copydesk_spell_checker_ignore_word     (CopydeskSpellChecker *self,
                                                              const char           *word,
                                                              gssize                length);

char                **copydesk_spell_list_dictionaries       (void);
char                 *copydesk_spell_language_to_tag         (const char           *language);

G_END_DECLS
