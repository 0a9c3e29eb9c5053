/* copydesk-vocab-private.h: what the parts of the vocabulary share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-vocab.h"

G_BEGIN_DECLS

typedef enum
{
  LANG_EN_GB,
  LANG_EN_US,
  LANG_DE,
  LANG_FR,
  LANG_ES,
  N_LANGS
} VocabLanguage;

struct _CopydeskConcept
{
  const char            *qcode;             /* points into the vocabulary's text */
  const char            *labels[N_LANGS];   /* NULL where the source has none */
  char                  *folded[N_LANGS];   /* labels casefolded, accents removed */
  const CopydeskConcept *broader;
  const CopydeskConcept *exact_topic;       /* Subject Codes: the exact Media Topic */
  CopydeskScheme         scheme;
  guint                  level;
  gboolean               retired;
};

struct _CopydeskVocab
{
  char            *text;        /* the records, tabs and newlines made NULs */
  CopydeskConcept *concepts;    /* sorted by scheme, then code, as in the file */
  guint            n_concepts;
  GHashTable      *by_qcode;    /* qcode -> CopydeskConcept (borrowed) */
};

VocabLanguage  _copydesk_vocab_language (const char *tag);
/* "medtop", "genre", "subj" */
const char    *_copydesk_scheme_alias   (CopydeskScheme scheme);
/* Lower case, accents removed, runs of spaces made one: what search compares. */
char          *_copydesk_vocab_fold     (const char *text);
/* The folded label of @concept in @lang, falling back to en-GB. */
const char    *_copydesk_concept_folded (const CopydeskConcept *concept,
                                         VocabLanguage          lang);

G_END_DECLS
