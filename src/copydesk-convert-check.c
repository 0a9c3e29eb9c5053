/* copydesk-convert-check.c: copydesk-convert --check, findings in GCC style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints "FILE:LINE: error|warning: MESSAGE" for each finding, so that an
 * editor or CI reads them as compiler output, and returns 1 when any file
 * has an error (or cannot be read), 0 otherwise. The checks run with the
 * defaults of the settings schema, never a user's settings, so a CI machine
 * and a desk agree. Spelling is checked when a dictionary for the story's
 * language (or --dictionary) is installed; when none is, that is said once
 * per language on standard error.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-convert-check.h"
#include "copydesk-core.h"
#include "copydesk-spell-checker.h"

typedef struct
{
  const char *dictionary;
  GHashTable *checkers;   /* language → CopydeskSpellChecker, or a missing one */
} Spelling;

/* The checker for @language, made once; NULL, said once, when no
 * dictionary is installed for it. */
static CopydeskSpellChecker *
checker_for (Spelling   *spelling,
             const char *language)
{
  g_autoptr(GError) error = NULL;
  CopydeskSpellChecker *checker;

  if (spelling->dictionary != NULL)
    language = spelling->dictionary;
  if (language == NULL || language[0] == '\0')
    return NULL;
  if (g_hash_table_contains (spelling->checkers, language))
    return g_hash_table_lookup (spelling->checkers, language);
  checker = copydesk_spell_checker_new (language, &error);
  if (checker == NULL)
    g_printerr ("copydesk-convert: %s\n", error->message);
  g_hash_table_insert (spelling->checkers, g_strdup (language), checker);
  return checker;
}

static CopydeskArticle *
read_article (const char  *path,
              GBytes     **bytes,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFile) dir = g_file_get_parent (file);
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  *bytes = g_bytes_new_take (contents, length);
  return copydesk_newsml_read (*bytes, dir, NULL, error);
}

static void
print_finding (const char                 *path,
               guint                       line,
               const CopydeskCheckFinding *finding)
{
  g_autofree char *text = copydesk_check_finding_to_string (finding);

  if (line > 0)
    g_print ("%s:%u: %s\n", path, line, text);
  else
    g_print ("%s: %s\n", path, text);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GArray *lines = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  guint la = g_array_index (lines, guint, ia), lb = g_array_index (lines, guint, ib);

  if (la != lb)
    return la < lb ? -1 : 1;
  return ia < ib ? -1 : (ia > ib);
}

/* The findings' indices by line, in the engine's order within a line. */
static GArray *
in_line_order (GArray *lines)
{
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (guint), lines->len);

  for (guint i = 0; i < lines->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_lines, lines);
  return order;
}

/* Returns: whether @path has no error */
static gboolean
check_file (const char *path,
            Spelling   *spelling)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CopydeskArticle) article = read_article (path, &bytes, &error);
  g_autoptr(CopydeskChecksOptions) options = copydesk_checks_options_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) order = NULL;
  CopydeskSpellChecker *checker;

  if (article == NULL)
    {
      g_print ("%s: error: %s\n", path, error->message);
      return FALSE;
    }
  checker = checker_for (spelling, copydesk_article_get_language (article));
  if (checker != NULL)
    {
      options->spell_func = copydesk_spell_checker_count_for_checks;
      options->spell_data = checker;
    }
  findings = copydesk_checks_run (article, options, NULL);
  lines = copydesk_checks_locate (bytes, article, findings);
  order = in_line_order (lines);
  for (guint i = 0; i < order->len; i++)
    {
      guint k = g_array_index (order, guint, i);

      print_finding (path, g_array_index (lines, guint, k), g_ptr_array_index (findings, k));
    }
  return copydesk_checks_count_errors (findings) == 0;
}

/* A missing dictionary is kept as a NULL value. */
static void
checker_free (gpointer checker)
{
  if (checker != NULL)
    g_object_unref (checker);
}

/**
 * copydesk_convert_check:
 * @inputs: NewsML-G2 files
 * @dictionary: (nullable): the spelling dictionary for every file, instead
 *   of each story's language
 *
 * Returns: the exit status: 1 when a file has an error, else 0
 */
int
copydesk_convert_check (char       **inputs,
                        const char  *dictionary)
{
  Spelling spelling = { dictionary, NULL };
  gboolean clean = TRUE;

  spelling.checkers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, checker_free);
  for (guint i = 0; inputs[i] != NULL; i++)
    clean &= check_file (inputs[i], &spelling);
  g_hash_table_unref (spelling.checkers);
  return clean ? 0 : 1;
}
