/* copydesk-vocab-search.c: type-ahead and "did you mean" over the vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels were folded once at load, so a keystroke costs one fold of the
 * query and a few string comparisons per concept (tests/manual/bench-vocab
 * measures it).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-vocab-private.h"

typedef enum
{
  RANK_EXACT,
  RANK_PREFIX,
  RANK_WORD,
  RANK_ALL_WORDS,
  RANK_INSIDE,
  RANK_NONE,
} Rank;

typedef struct
{
  const CopydeskConcept *concept;
  const char            *label;
  guint                  rank;
} Hit;

static gboolean
is_word_start (const char *label,
               const char *at)
{
  const char *prev;

  if (at == label)
    return TRUE;
  prev = g_utf8_find_prev_char (label, at);
  return !g_unichar_isalnum (g_utf8_get_char (prev));
}

/* Whether @word starts a word of @label. */
static gboolean
has_word_start (const char *label,
                const char *word)
{
  for (const char *at = strstr (label, word); at != NULL; at = strstr (at + 1, word))
    if (is_word_start (label, at))
      return TRUE;
  return FALSE;
}

static gboolean
all_words_start (const char         *label,
                 const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !has_word_start (label, words[i]))
      return FALSE;
  return TRUE;
}

static Rank
rank_label (const char         *label,
            const char         *query,
            const char * const *words)
{
  if (g_str_equal (label, query))
    return RANK_EXACT;
  if (g_str_has_prefix (label, query))
    return RANK_PREFIX;
  if (has_word_start (label, query))
    return RANK_WORD;
  if (words[1] != NULL && all_words_start (label, words))
    return RANK_ALL_WORDS;
  if (g_utf8_strlen (query, -1) >= 3 && strstr (label, query) != NULL)
    return RANK_INSIDE;
  return RANK_NONE;
}

/* Better rank first; then the shorter, the more general, and the alphabetical. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a;
  const Hit *y = b;
  gsize lx = strlen (x->label);
  gsize ly = strlen (y->label);

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (lx != ly)
    return lx < ly ? -1 : 1;
  if (x->concept->level != y->concept->level)
    return x->concept->level < y->concept->level ? -1 : 1;
  return strcmp (x->label, y->label);
}

static GPtrArray *
hits_to_concepts (GArray *hits,
                  guint   max_results)
{
  GPtrArray *result = g_ptr_array_new ();

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len && i < max_results; i++)
    g_ptr_array_add (result, (gpointer) g_array_index (hits, Hit, i).concept);
  return result;
}

GPtrArray *
copydesk_vocab_search (CopydeskVocab  *self,
                       CopydeskScheme  scheme,
                       const char     *query,
                       const char     *language,
                       guint           max_results)
{
  VocabLanguage lang = _copydesk_vocab_language (language);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));

  g_return_val_if_fail (self != NULL, g_ptr_array_new ());
  g_return_val_if_fail (query != NULL, g_ptr_array_new ());

  folded = _copydesk_vocab_fold (query);
  if (*folded == '\0' || max_results == 0)
    return g_ptr_array_new ();
  words = g_strsplit (folded, " ", -1);

  for (guint i = 0; i < self->n_concepts; i++)
    {
      const CopydeskConcept *concept = &self->concepts[i];
      Hit hit = { concept, NULL, RANK_NONE };

      if (concept->scheme != scheme || concept->retired)
        continue;
      hit.label = _copydesk_concept_folded (concept, lang);
      hit.rank = rank_label (hit.label, folded, (const char * const *) words);
      if (hit.rank == RANK_NONE && g_ascii_strcasecmp (concept->qcode, query) == 0)
        hit.rank = RANK_EXACT;
      if (hit.rank != RANK_NONE)
        g_array_append_val (hits, hit);
    }
  return hits_to_concepts (hits, max_results);
}

/* ------------------------------------------------------------ nearest */

/* Levenshtein distance over bytes of folded text, with two rows. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  g_autofree guint *prev = g_new (guint, lb + 1);
  g_autofree guint *cur = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    prev[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      cur[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          cur[j] = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        }
      memcpy (prev, cur, (lb + 1) * sizeof (guint));
    }
  return prev[lb];
}

static guint
concept_distance (const CopydeskConcept *concept,
                  const char            *folded)
{
  const char *code = strchr (concept->qcode, ':') + 1;
  g_autofree char *qcode = g_ascii_strdown (concept->qcode, -1);
  g_autofree char *bare = g_ascii_strdown (code, -1);
  guint d = edit_distance (folded, qcode);

  d = MIN (d, edit_distance (folded, bare));
  return MIN (d, edit_distance (folded, concept->folded[LANG_EN_GB]));
}

GPtrArray *
copydesk_vocab_nearest (CopydeskVocab  *self,
                        CopydeskScheme  scheme,
                        const char     *text,
                        guint           max_results)
{
  g_autofree char *folded = NULL;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));

  g_return_val_if_fail (self != NULL, g_ptr_array_new ());
  g_return_val_if_fail (text != NULL, g_ptr_array_new ());

  folded = _copydesk_vocab_fold (text);
  for (guint i = 0; i < self->n_concepts; i++)
    {
      const CopydeskConcept *concept = &self->concepts[i];
      Hit hit = { concept, concept->qcode, 0 };

      if (concept->scheme != scheme || concept->retired)
        continue;
      hit.rank = concept_distance (concept, folded);
      g_array_append_val (hits, hit);
    }
  return hits_to_concepts (hits, max_results);
}

/* ------------------------------------------------------------ resolve */

static const CopydeskConcept *
find_by_label (CopydeskVocab  *self,
               CopydeskScheme  scheme,
               const char     *text)
{
  g_autofree char *folded = _copydesk_vocab_fold (text);

  for (guint i = 0; i < self->n_concepts; i++)
    {
      const CopydeskConcept *concept = &self->concepts[i];

      if (concept->scheme == scheme && !concept->retired &&
          g_str_equal (concept->folded[LANG_EN_GB], folded))
        return concept;
    }
  return NULL;
}

static char *
describe_nearest (CopydeskVocab  *self,
                  CopydeskScheme  scheme,
                  const char     *text)
{
  g_autoptr(GPtrArray) nearest = copydesk_vocab_nearest (self, scheme, text, 3);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < nearest->len; i++)
    {
      const CopydeskConcept *concept = g_ptr_array_index (nearest, i);

      if (i > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "%s (%s)", concept->qcode, concept->labels[LANG_EN_GB]);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

const CopydeskConcept *
copydesk_vocab_resolve (CopydeskVocab   *self,
                        CopydeskScheme   scheme,
                        const char      *text,
                        GError         **error)
{
  const CopydeskConcept *concept;
  g_autofree char *nearest = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  concept = copydesk_vocab_lookup (self, text);
  if ((concept == NULL || concept->scheme != scheme) && strchr (text, ':') == NULL)
    {
      /* a bare code: "20000523", "Current" */
      g_autofree char *qcode = g_strconcat (_copydesk_scheme_alias (scheme), ":", text, NULL);

      concept = copydesk_vocab_lookup (self, qcode);
    }
  if (concept == NULL || concept->scheme != scheme)
    concept = find_by_label (self, scheme, text);
  if (concept != NULL && !concept->retired)
    return concept;

  nearest = describe_nearest (self, scheme, text);
  if (concept != NULL)
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                 /* TRANSLATORS: "medtop:20000009 (...) is retired by IPTC; use one of: ..." */
                 _("%s (%s) is retired by IPTC; nearest codes in use: %s"),
                 concept->qcode, concept->labels[LANG_EN_GB], nearest);
  else
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                 _("“%s” is not a known code; nearest: %s"), text, nearest);
  return NULL;
}
