/* copydesk-import-language.c: the language of imported text, and where the
 * importer's data files are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The language is guessed by libexttextcat (n-gram profiles, the classifier
 * LibreOffice uses), not from a list of function words: a word list cannot
 * tell Portuguese from Spanish or Catalan, and knows no Arabic. The models
 * the importer considers are listed in data/import/languages.conf, so a desk
 * adds a language by adding a line; without that file every model the
 * library ships is tried.
 */
#include "config.h"

#include <string.h>
#include <textcat.h>

#include "copydesk-import-private.h"
#include "copydesk-text.h"

/* where libexttextcat-data puts the models; the build passes its pkgdatadir */
#ifndef TEXTCAT_MODEL_DIR
#define TEXTCAT_MODEL_DIR "/usr/share/libexttextcat/"
#endif

/* The classifier needs a few sentences; past a few kilobytes the guess no
 * longer changes, and the time grows with the text. */
#define SAMPLE_BYTES 4096
/* Below this many words n-gram statistics are noise: a one-line headline in
 * English came out as French. Such an article gets no language. */
#define MIN_WORDS 12

/**
 * _copydesk_import_data_path:
 * @name: a file of data/import/
 *
 * The importer's data files: under $COPYDESK_DATA_DIR when set (an
 * uninstalled build and the tests point it at the source tree's data/),
 * otherwise where they are installed.
 *
 * Returns: (transfer full): the path, which may not exist
 */
char *
_copydesk_import_data_path (const char *name)
{
  const char *dir = g_getenv ("COPYDESK_DATA_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_build_filename (dir, "import", name, NULL);
  return g_build_filename (PKGDATADIR, "import", name, NULL);
}

static void *
open_classifier (void)
{
  g_autofree char *conf = _copydesk_import_data_path ("languages.conf");
  void *handle = NULL;

  if (g_file_test (conf, G_FILE_TEST_IS_REGULAR))
    handle = special_textcat_Init (conf, TEXTCAT_MODEL_DIR);
  if (handle == NULL)
    handle = special_textcat_Init (TEXTCAT_MODEL_DIR "fpdb.conf", TEXTCAT_MODEL_DIR);
  if (handle == NULL)
    g_debug ("no language models in %s: imported text gets no language", TEXTCAT_MODEL_DIR);
  return handle;
}

/* "[pt--utf8][es--utf8]" -> "pt": the first guess, its language part. */
static char *
first_language (const char *result)
{
  const char *start, *end;
  g_autofree char *tag = NULL;

  if (result == NULL || result[0] != '[')
    return NULL;
  start = result + 1;
  end = start + strcspn (start, "-]");
  if (end == start)
    return NULL;
  tag = g_strndup (start, end - start);
  return copydesk_language_tag_is_valid (tag) ? g_steal_pointer (&tag) : NULL;
}

/**
 * _copydesk_import_guess_language:
 * @text: the article's text
 *
 * Returns: (nullable): a language tag such as "pt" (interned), or %NULL
 *   when the text is too short or too mixed to say
 */
const char *
_copydesk_import_guess_language (const char *text)
{
  static GMutex lock;
  static void *classifier;
  static gboolean opened;
  g_autofree char *tag = NULL;
  gsize length = strlen (text);
  const char *result;

  if (_copydesk_import_count_words (text) < MIN_WORDS)
    return NULL;
  if (length > SAMPLE_BYTES)
    {
      /* cut at a character boundary */
      const char *end = g_utf8_find_prev_char (text, text + SAMPLE_BYTES + 1);

      length = end != NULL ? (gsize) (end - text) : 0;
    }
  g_mutex_lock (&lock);
  if (!opened)
    {
      classifier = open_classifier ();
      opened = TRUE;
    }
  /* the classifier keeps its working state in the handle */
  result = classifier != NULL ? textcat_Classify (classifier, text, length) : NULL;
  tag = first_language (result);
  g_mutex_unlock (&lock);
  return tag != NULL ? g_intern_string (tag) : NULL;
}

/**
 * _copydesk_import_lexicon:
 * @name: a file of data/import/: one entry a line, "#" starts a comment line
 *
 * The importer's word lists live in data files, so that a desk can add the
 * words of its own language and house style without a new build. Each is
 * read once and kept for the life of the process.
 *
 * Returns: (transfer none): the entries (empty when the file is missing)
 */
const char * const *
_copydesk_import_lexicon (const char *name)
{
  static GMutex lock;
  static GHashTable *lexicons;
  GStrv words;

  g_mutex_lock (&lock);
  if (lexicons == NULL)
    lexicons = g_hash_table_new (g_str_hash, g_str_equal);
  words = g_hash_table_lookup (lexicons, name);
  if (words == NULL)
    {
      g_autofree char *path = _copydesk_import_data_path (name);
      g_autofree char *contents = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (g_file_get_contents (path, &contents, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            {
              char *entry = g_strstrip (lines[i]);

              if (entry[0] != '\0' && entry[0] != '#')
                g_strv_builder_add (builder, entry);
            }
        }
      else
        g_debug ("%s not found: the importer goes without it", path);
      words = g_strv_builder_end (builder);
      g_hash_table_insert (lexicons, (char *) g_intern_string (name), words);
    }
  g_mutex_unlock (&lock);
  return (const char * const *) words;
}

/**
 * _copydesk_import_lexicon_has:
 * @name: a file of data/import/
 * @word: an entry, as the file writes it (lower case)
 *
 * Whether the lexicon holds @word: a hash lookup, built once per lexicon.
 */
gboolean
_copydesk_import_lexicon_has (const char *name,
                              const char *word)
{
  static GMutex lock;
  static GHashTable *sets;
  GHashTable *set;

  g_mutex_lock (&lock);
  if (sets == NULL)
    sets = g_hash_table_new (g_str_hash, g_str_equal);
  set = g_hash_table_lookup (sets, name);
  if (set == NULL)
    {
      const char * const *words = _copydesk_import_lexicon (name);

      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; words[i] != NULL; i++)
        g_hash_table_add (set, (char *) words[i]);
      g_hash_table_insert (sets, (char *) g_intern_string (name), set);
    }
  g_mutex_unlock (&lock);
  return g_hash_table_contains (set, word);
}

/* Whether @text starts with @prefix, letters compared without case. */
static gsize
starts_with_casefold (const char *text,
                      const char *prefix)
{
  g_autofree char *a = NULL;
  g_autofree char *b = g_utf8_casefold (prefix, -1);
  gsize n = strlen (prefix);

  if (strlen (text) < n)
    return 0;
  a = g_utf8_casefold (text, n);
  return g_str_equal (a, b) ? n : 0;
}

/**
 * _copydesk_import_skip_credit_label:
 * @credit: a photo credit
 *
 * "Photo: Ana Lobo", "Foto: Ana Lobo", "© Ana Lobo", "Photo credit – Ana
 * Lobo": the credit without its label (data/import/credit-labels.txt).
 *
 * Returns: (transfer none): a pointer into @credit
 */
const char *
_copydesk_import_skip_credit_label (const char *credit)
{
  const char * const *labels = _copydesk_import_lexicon ("credit-labels.txt");

  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = starts_with_casefold (credit, labels[i]);
      const char *p = credit + n;

      /* a label is a word of its own: "Photographer Jo" is not "Photo" */
      if (n == 0 || (g_unichar_isalnum (g_utf8_get_char (p)) &&
                     g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)))))
        continue;
      while (*p == ' ' || *p == ':' || *p == '-' || *p == '|' || g_str_has_prefix (p, "–") ||
             g_str_has_prefix (p, "—"))
        p = *p == ' ' || *p == ':' || *p == '-' || *p == '|' ? p + 1 : p + strlen ("–");
      if (*p != '\0')
        return p;
    }
  return credit;
}
