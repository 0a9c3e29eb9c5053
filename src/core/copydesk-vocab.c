/* copydesk-vocab.c: loading the IPTC vocabularies and looking concepts up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vocabularies are compiled into the core as one compact tab-separated
 * resource (made at build time by data/vocabularies/compact-vocab.py from
 * IPTC's JSON). The first call to copydesk_vocab_get_default() splits it in
 * place and folds every label once, so that a search is only comparisons.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "copydesk-vocab-private.h"
#include "copydesk-vocab-resources.h"

#define VOCAB_RESOURCE "/org/copydesk/Copydesk/vocabularies/vocab.tsv"

static const char * const language_tags[N_LANGS] = { "en-GB", "en-US", "de", "fr", "es" };

static const struct
{
  const char *alias;
  const char *uri;
} schemes[] = {
  [COPYDESK_SCHEME_MEDIA_TOPIC] = { "medtop", "http://cv.iptc.org/newscodes/mediatopic/" },
  [COPYDESK_SCHEME_GENRE] = { "genre", "http://cv.iptc.org/newscodes/genre/" },
  [COPYDESK_SCHEME_SUBJECT_CODE] = { "subj", "http://cv.iptc.org/newscodes/subjectcode/" },
};

const char *
_copydesk_scheme_alias (CopydeskScheme scheme)
{
  g_return_val_if_fail (scheme < G_N_ELEMENTS (schemes), "");
  return schemes[scheme].alias;
}

CopydeskScheme
copydesk_scheme_of_qcode (const char *qcode)
{
  g_return_val_if_fail (qcode != NULL, COPYDESK_SCHEME_UNKNOWN);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      gsize len = strlen (schemes[i].alias);

      if (strncmp (qcode, schemes[i].alias, len) == 0 && qcode[len] == ':')
        return (CopydeskScheme) i;
    }
  return COPYDESK_SCHEME_UNKNOWN;
}

VocabLanguage
_copydesk_vocab_language (const char *tag)
{
  if (tag == NULL)
    return LANG_EN_GB;
  if (g_ascii_strncasecmp (tag, "en-US", 5) == 0)
    return LANG_EN_US;
  for (guint i = LANG_DE; i < N_LANGS; i++)
    if (g_ascii_strncasecmp (tag, language_tags[i], 2) == 0 && (tag[2] == '\0' || tag[2] == '-' ||
                                                                tag[2] == '_'))
      return (VocabLanguage) i;
  return LANG_EN_GB;
}

char *
_copydesk_vocab_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) plain = g_string_new (NULL);
  gboolean space = TRUE;

  if (decomposed == NULL)
    return g_strdup ("");
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          if (!space)
            g_string_append_c (plain, ' ');
          space = TRUE;
          continue;
        }
      g_string_append_unichar (plain, c);
      space = FALSE;
    }
  if (plain->len > 0 && plain->str[plain->len - 1] == ' ')
    g_string_truncate (plain, plain->len - 1);
  return g_utf8_casefold (plain->str, -1);
}

const char *
_copydesk_concept_folded (const CopydeskConcept *concept,
                          VocabLanguage          lang)
{
  return concept->folded[lang] != NULL ? concept->folded[lang] : concept->folded[LANG_EN_GB];
}

/* ------------------------------------------------------------ loading */

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    n++;
  return n;
}

/* Splits @line on tabs in place; returns how many fields it filled. */
static guint
split_fields (char  *line,
              char **fields,
              guint  max_fields)
{
  guint n = 0;

  while (n < max_fields)
    {
      char *tab = strchr (line, '\t');

      fields[n++] = line;
      if (tab == NULL)
        break;
      *tab = '\0';
      line = tab + 1;
    }
  return n;
}

static void
add_concept (CopydeskVocab  *self,
             char          **fields,
             GPtrArray      *broader)
{
  CopydeskConcept *concept = &self->concepts[self->n_concepts++];

  concept->qcode = fields[1];
  concept->scheme = copydesk_scheme_of_qcode (fields[1]);
  concept->retired = fields[2][0] == '1';
  for (guint i = 0; i < N_LANGS; i++)
    {
      concept->labels[i] = fields[4 + i][0] != '\0' ? fields[4 + i] : NULL;
      concept->folded[i] = concept->labels[i] ? _copydesk_vocab_fold (concept->labels[i]) : NULL;
    }
  g_assert (concept->labels[LANG_EN_GB] != NULL);
  g_ptr_array_add (broader, fields[3]);
  g_hash_table_insert (self->by_qcode, (gpointer) concept->qcode, concept);
}

static void
link_concepts (CopydeskVocab *self,
               GPtrArray     *broader)
{
  for (guint i = 0; i < self->n_concepts; i++)
    {
      const char *parent = g_ptr_array_index (broader, i);

      if (*parent != '\0')
        self->concepts[i].broader = g_hash_table_lookup (self->by_qcode, parent);
    }
  for (guint i = 0; i < self->n_concepts; i++)
    {
      CopydeskConcept *concept = &self->concepts[i];

      concept->level = 1;
      for (const CopydeskConcept *up = concept->broader; up != NULL; up = up->broader)
        concept->level++;
    }
}

static void
link_match (CopydeskVocab  *self,
            char          **fields)
{
  CopydeskConcept *subject = g_hash_table_lookup (self->by_qcode, fields[1]);
  CopydeskConcept *topic = g_hash_table_lookup (self->by_qcode, fields[2]);

  if (subject != NULL && topic != NULL && subject->exact_topic == NULL)
    subject->exact_topic = topic;
}

static CopydeskVocab *
vocab_load (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) broader = g_ptr_array_new ();
  CopydeskVocab *self = g_new0 (CopydeskVocab, 1);
  char *line;

  /* by its own handle: a static library may leave the resource's constructor out */
  bytes = g_resource_lookup_data (copydesk_vocab_get_resource (), VOCAB_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The IPTC vocabularies are missing from this build: %s", error->message);
  self->text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  self->concepts = g_new0 (CopydeskConcept, count_lines (self->text) + 1);
  self->by_qcode = g_hash_table_new (g_str_hash, g_str_equal);

  for (line = self->text; *line != '\0';)
    {
      char *end = strchr (line, '\n');
      char *fields[4 + N_LANGS];
      guint n;

      if (end != NULL)
        *end = '\0';
      n = split_fields (line, fields, G_N_ELEMENTS (fields));
      if (fields[0][0] == 'C' && n == G_N_ELEMENTS (fields))
        add_concept (self, fields, broader);
      else if (fields[0][0] == 'M' && n >= 3)
        link_match (self, fields);
      if (end == NULL)
        break;
      line = end + 1;
    }
  link_concepts (self, broader);
  return self;
}

CopydeskVocab *
copydesk_vocab_get_default (void)
{
  static CopydeskVocab *vocab;

  if (g_once_init_enter (&vocab))
    g_once_init_leave (&vocab, vocab_load ());
  return vocab;
}

/* ------------------------------------------------------------ look-ups */

/* "http://cv.iptc.org/newscodes/mediatopic/20000523" -> "medtop:20000523" */
static char *
qcode_of_uri (const char *uri)
{
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      if (g_str_has_prefix (uri, schemes[i].uri))
        return g_strconcat (schemes[i].alias, ":", uri + strlen (schemes[i].uri), NULL);
    }
  return NULL;
}

const CopydeskConcept *
copydesk_vocab_lookup (CopydeskVocab *self,
                       const char    *qcode)
{
  g_autofree char *from_uri = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (qcode != NULL, NULL);

  if (g_str_has_prefix (qcode, "http"))
    {
      from_uri = qcode_of_uri (qcode);
      if (from_uri == NULL)
        return NULL;
      qcode = from_uri;
    }
  return g_hash_table_lookup (self->by_qcode, qcode);
}

const CopydeskConcept *
copydesk_vocab_topic_for_subject (CopydeskVocab *self,
                                  const char    *subject_code)
{
  const CopydeskConcept *concept = copydesk_vocab_lookup (self, subject_code);

  if (concept == NULL || concept->scheme != COPYDESK_SCHEME_SUBJECT_CODE)
    return NULL;
  return concept->exact_topic;
}

const CopydeskConcept *
copydesk_vocab_lookup_shown (CopydeskVocab *self,
                             const char    *qcode)
{
  const CopydeskConcept *concept = copydesk_vocab_lookup (self, qcode);

  if (concept != NULL && concept->exact_topic != NULL)
    return concept->exact_topic;
  return concept;
}

GPtrArray *
copydesk_vocab_list (CopydeskVocab  *self,
                     CopydeskScheme  scheme,
                     gboolean        with_retired)
{
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, list);

  for (guint i = 0; i < self->n_concepts; i++)
    if (self->concepts[i].scheme == scheme && (with_retired || !self->concepts[i].retired))
      g_ptr_array_add (list, &self->concepts[i]);
  return list;
}

/* ------------------------------------------------------------ concepts */

const char *
copydesk_concept_get_qcode (const CopydeskConcept *concept)
{
  g_return_val_if_fail (concept != NULL, NULL);
  return concept->qcode;
}

CopydeskScheme
copydesk_concept_get_scheme (const CopydeskConcept *concept)
{
  g_return_val_if_fail (concept != NULL, COPYDESK_SCHEME_UNKNOWN);
  return concept->scheme;
}

static VocabLanguage
label_language (const CopydeskConcept *concept,
                const char            *language)
{
  VocabLanguage lang = _copydesk_vocab_language (language);

  return concept->labels[lang] != NULL ? lang : LANG_EN_GB;
}

const char *
copydesk_concept_get_label (const CopydeskConcept *concept,
                            const char            *language)
{
  g_return_val_if_fail (concept != NULL, NULL);
  return concept->labels[label_language (concept, language)];
}

const char *
copydesk_concept_get_label_language (const CopydeskConcept *concept,
                                     const char            *language)
{
  g_return_val_if_fail (concept != NULL, NULL);
  return language_tags[label_language (concept, language)];
}

char *
copydesk_concept_dup_path (const CopydeskConcept *concept,
                           const char            *language)
{
  g_autoptr(GString) path = g_string_new (NULL);

  g_return_val_if_fail (concept != NULL, NULL);

  for (const CopydeskConcept *c = concept; c != NULL; c = c->broader)
    {
      if (path->len > 0)
        g_string_prepend (path, " › ");
      g_string_prepend (path, copydesk_concept_get_label (c, language));
    }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

const CopydeskConcept *
copydesk_concept_get_broader (const CopydeskConcept *concept)
{
  g_return_val_if_fail (concept != NULL, NULL);
  return concept->broader;
}

guint
copydesk_concept_get_level (const CopydeskConcept *concept)
{
  g_return_val_if_fail (concept != NULL, 0);
  return concept->level;
}

gboolean
copydesk_concept_is_retired (const CopydeskConcept *concept)
{
  g_return_val_if_fail (concept != NULL, FALSE);
  return concept->retired;
}
