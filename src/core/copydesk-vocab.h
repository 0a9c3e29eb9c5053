/* copydesk-vocab.h: the IPTC vocabularies (Media Topics, Genre, Subject Codes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Contains IPTC NewsCodes by IPTC, International Press Telecommunications
 * Council - https://iptc.org - licensed under CC BY 4.0; see
 * data/vocabularies/README.md.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  COPYDESK_SCHEME_MEDIA_TOPIC,   /* medtop: */
  COPYDESK_SCHEME_GENRE,         /* genre: */
  COPYDESK_SCHEME_SUBJECT_CODE,  /* subj: (legacy; read and kept, not offered) */
  COPYDESK_SCHEME_UNKNOWN,
} CopydeskScheme;

/* Both are owned by the vocabulary, which lives as long as the process. */
typedef struct _CopydeskVocab   CopydeskVocab;
typedef struct _CopydeskConcept CopydeskConcept;

/* Loaded from the core's resources on first use (thread-safe). */
CopydeskVocab         *copydesk_vocab_get_default       (void);

/* @qcode: "medtop:20000523", "genre:Current", "subj:04000000", or the same
 * concept as a cv.iptc.org URI. %NULL when the vocabulary has no such code. */
const CopydeskConcept *copydesk_vocab_lookup            (CopydeskVocab    *self,
                                                         const char       *qcode);
/* The Media Topic a Subject Code matches exactly, or %NULL. (Three Subject
 * Codes match two Media Topics exactly; the first in IPTC's list is taken.) */
const CopydeskConcept *copydesk_vocab_topic_for_subject (CopydeskVocab    *self,
                                                         const char       *subject_code);
/* What to show for @qcode: its exact Media Topic for a Subject Code that has
 * one, else the concept itself; %NULL for a code not in the vocabularies. */
const CopydeskConcept *copydesk_vocab_lookup_shown      (CopydeskVocab    *self,
                                                         const char       *qcode);
/* (element-type CopydeskConcept) (transfer container): every concept of
 * @scheme in code order, the retired ones only if @with_retired (a genre
 * drop-down wants them left out). */
GPtrArray             *copydesk_vocab_list              (CopydeskVocab    *self,
                                                         CopydeskScheme    scheme,
                                                         gboolean          with_retired);

/* Type-ahead over the labels in @language (falling back to English): an
 * exact label first, then labels that start with @query, then labels with a
 * word starting with it, then labels whose words start with every word of
 * @query ("lab mark"), then (3 letters or more) labels that contain it.
 * Case and accents do not matter. Retired concepts are never returned.
 * (element-type CopydeskConcept) (transfer container): at most @max_results. */
GPtrArray             *copydesk_vocab_search            (CopydeskVocab    *self,
                                                         CopydeskScheme    scheme,
                                                         const char       *query,
                                                         const char       *language,
                                                         guint             max_results);
/* The @max_results active concepts of @scheme closest to @text by edit
 * distance over codes and English labels, for "did you mean". */
GPtrArray             *copydesk_vocab_nearest           (CopydeskVocab    *self,
                                                         CopydeskScheme    scheme,
                                                         const char       *text,
                                                         guint             max_results);
/* A code as typed on a command line: a QCode, a URI or an exact English
 * label. Unknown or retired codes fail with COPYDESK_ERROR_INVALID_FIELD and
 * a message naming the nearest valid ones. */
const CopydeskConcept *copydesk_vocab_resolve           (CopydeskVocab    *self,
                                                         CopydeskScheme    scheme,
                                                         const char       *text,
                                                         GError          **error);

CopydeskScheme         copydesk_scheme_of_qcode         (const char       *qcode);

const char            *copydesk_concept_get_qcode       (const CopydeskConcept *concept);
CopydeskScheme         copydesk_concept_get_scheme      (const CopydeskConcept *concept);
/* @language: a BCP 47 tag ("de", "fr-CA", "en-US"); the English (en-GB)
 * label where the vocabulary has none in that language. */
const char            *copydesk_concept_get_label       (const CopydeskConcept *concept,
                                                         const char            *language);
/* The tag of the label copydesk_concept_get_label() returns ("de", "en-GB"). */
const char            *copydesk_concept_get_label_language (const CopydeskConcept *concept,
                                                            const char            *language);
/* "economy, business and finance › labour market": the concept's broader
 * concepts from the top, then itself. */
char                  *copydesk_concept_dup_path        (const CopydeskConcept *concept,
                                                         const char            *language);
const CopydeskConcept *copydesk_concept_get_broader     (const CopydeskConcept *concept);
/* 1 for a top-level concept. */
guint                  copydesk_concept_get_level       (const CopydeskConcept *concept);
gboolean               copydesk_concept_is_retired      (const CopydeskConcept *concept);

G_END_DECLS
