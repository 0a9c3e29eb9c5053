/* test-import-lexicon.c: a language is added to the importer by data alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy of data/import in a temporary folder gets the Swahili byline lead,
 * date label and contributor note; a Swahili story imported with that folder
 * as COPYDESK_DATA_DIR has its byline, its date line dropped and its note
 * found, and the same story with the shipped lexicons has none of them. The
 * lexicons are read once per process, so each import runs in a child.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

static const char story[] =
  "Mvua kubwa yafunga barabara ya pwani\n\n"
  "Na Amina Juma\n\n"
  "Imechapishwa 3 Desemba 2026\n\n"
  "MOMBASA - Mvua kubwa iliyonyesha usiku kucha imefunga barabara ya pwani kati ya mji "
  "na uwanja wa ndege, polisi walisema Jumatano.\n\n"
  "Madereva waliombwa kutumia njia ya kaskazini hadi maji yatakapopungua.\n\n"
  "Hamisi Ali alichangia ripoti hii.\n";

/* What the desk adds, file by file. */
static const char * const additions[][2] = {
  { "byline-leads.txt", "na" },
  { "date-labels.txt", "imechapishwa" },
  { "contributor-notes.txt", "... alichangia ripoti hii" },
  { "months.txt", "desemba = 12" },
};

static void
copy_lexicons (const char *from,
               const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GString) text = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      text = g_string_new_len (contents, length);
      for (guint i = 0; i < G_N_ELEMENTS (additions); i++)
        if (g_str_equal (name, additions[i][0]))
          g_string_append_printf (text, "\n%s\n", additions[i][1]);
      g_assert_true (g_file_set_contents (target, text->str, text->len, NULL));
    }
}

static void
remove_lexicons (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static gboolean
dropped_has (GPtrArray  *dropped,
             const char *line)
{
  for (guint i = 0; i < dropped->len; i++)
    if (strstr (g_ptr_array_index (dropped, i), line) != NULL)
      return TRUE;
  return FALSE;
}

/* In the child: the import, with the lexicons COPYDESK_DATA_DIR names. */
static void
import_story (gboolean with_swahili)
{
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article =
    copydesk_import_plain_text (story, strlen (story), &dropped, &error);
  const char * const *contributors;

  g_assert_no_error (error);
  contributors = copydesk_article_get_contributors (article);
  if (with_swahili)
    {
      g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Amina Juma");
      g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==,
                       "Hamisi Ali alichangia ripoti hii.");
      g_assert_true (contributors != NULL && g_strv_contains (contributors, "Hamisi Ali"));
      g_assert_true (dropped_has (dropped, "Imechapishwa 3 Desemba 2026"));
    }
  else
    {
      g_assert_cmpstr (copydesk_article_get_byline (article), !=, "Amina Juma");
      g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==, "");
      g_assert_false (dropped_has (dropped, "Imechapishwa 3 Desemba 2026"));
    }
}

static void
run_child (const char *path,
           const char *data_dir)
{
  g_setenv ("COPYDESK_DATA_DIR", data_dir, TRUE);
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_added_language (void)
{
  const char *shipped = g_getenv ("COPYDESK_DATA_DIR");
  g_autofree char *shipped_copy = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (g_test_subprocess ())
    return;
  g_assert_nonnull (shipped);
  shipped_copy = g_strdup (shipped);
  tmp = g_dir_make_tmp ("copydesk-lexicon-XXXXXX", NULL);
  g_assert_nonnull (tmp);
  from = g_build_filename (shipped_copy, "import", NULL);
  to = g_build_filename (tmp, "import", NULL);
  copy_lexicons (from, to);

  run_child ("/lexicon/child/with-swahili", tmp);
  run_child ("/lexicon/child/shipped", shipped_copy);
  g_setenv ("COPYDESK_DATA_DIR", shipped_copy, TRUE);
  remove_lexicons (to);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

static void
child_with_swahili (void)
{
  if (g_test_subprocess ())
    import_story (TRUE);
}

static void
child_shipped (void)
{
  if (g_test_subprocess ())
    import_story (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lexicon/added-language", test_added_language);
  g_test_add_func ("/lexicon/child/with-swahili", child_with_swahili);
  g_test_add_func ("/lexicon/child/shipped", child_shipped);
  return g_test_run ();
}
