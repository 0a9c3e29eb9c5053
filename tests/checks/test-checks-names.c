/* test-checks-names.c: names the story establishes are not misspellings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The en_ZZ test dictionary (tests/checks/dict) does not know "Trevossa",
 * "Bryher", "Harbuor" or "harbuor". The bundled sample is checked with a
 * spell function that, like a real English dictionary, does not know
 * "Porthaven".
 */
#include "config.h"

#include <string.h>

#include "checks-test-util.h"
#include "copydesk-spell-checker.h"

static char *config_dir;

/* A dictionary that knows every word but "Porthaven" (with its possessive)
 * and "harbuor". */
static guint
count_unknown (const char *text,
               guint       first[2],
               gpointer    user_data)
{
  static const char * const unknown[] = { "Porthaven", "Porthaven’s", "harbuor", NULL };
  g_autoptr (GArray) words = copydesk_spell_words_scan (text, -1);
  guint n = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const CopydeskSpellRange *r = &g_array_index (words, CopydeskSpellRange, i);
      g_autofree char *word = g_strndup (text + r->byte_start, r->byte_end - r->byte_start);

      if (!g_strv_contains (unknown, word))
        continue;
      if (n++ == 0)
        {
          first[0] = r->start;
          first[1] = r->end;
        }
    }
  return n;
}

static CopydeskArticle *
read_sample (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr (GBytes) bytes = copydesk_test_load (path);
  g_autofree char *dir_path = copydesk_test_data_path ("sample", NULL);
  g_autoptr (GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr (GError) error = NULL;
  CopydeskArticle *a = copydesk_newsml_read (bytes, dir, NULL, &error);

  g_assert_no_error (error);
  return a;
}

/* The sample names Porthaven in its dateline and, capitalized, all through
 * the story: not a misspelling. A misspelled common word still is. */
static void
test_sample (void)
{
  g_autoptr (CopydeskArticle) a = read_sample ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) clean = NULL;
  g_autoptr (GPtrArray) flawed = NULL;
  g_autoptr (CopydeskBody) body = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *old = NULL;
  const CopydeskCheckFinding *x;
  const char *para = "The harbuor wall at Porthaven held.";

  g_assert_nonnull (strstr (copydesk_article_get_dateline (a), "PORTHAVEN"));
  o->spell_func = count_unknown;
  clean = checks_test_run (a, o);
  g_assert_null (checks_test_find_or_null (clean, COPYDESK_CHECK_SPELLING));

  old = copydesk_body_to_markup (copydesk_article_get_body (a));
  markup = g_strconcat (para, "\n\n", old, NULL);
  body = copydesk_body_parse_markup (markup, -1, NULL);
  copydesk_article_set_body (a, body);
  flawed = checks_test_run (a, o);
  x = checks_test_find (flawed, COPYDESK_CHECK_SPELLING, 0);
  g_assert_cmpuint (x->count, ==, 1);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_BODY);
  g_assert_cmpuint (x->block, ==, 0);
  g_assert_cmpuint (x->start, ==, 4);
  g_assert_cmpuint (x->end, ==, 11);
}

/* How many words the engine counts as misspelled in @markup, with the
 * article's dateline and a photo credited to @credit. */
static guint
misspelled (CopydeskSpellChecker *checker,
            const char           *markup,
            const char           *dateline,
            const char           *credit)
{
  g_autoptr (CopydeskArticle) a = copydesk_article_new ();
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (markup, -1, NULL);
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;

  copydesk_article_set_headline (a, "The harbour gate");
  copydesk_article_set_dateline (a, dateline);
  if (credit != NULL)
    {
      g_autoptr (CopydeskPhoto) photo = copydesk_photo_new ("gate");

      copydesk_photo_set_credit (photo, credit);
      copydesk_article_add_photo (a, photo);
    }
  copydesk_article_set_body (a, body);
  o->spell_func = copydesk_spell_checker_count_for_checks;
  o->spell_data = checker;
  f = checks_test_run (a, o);
  x = checks_test_find_or_null (f, COPYDESK_CHECK_SPELLING);
  return x != NULL ? x->count : 0;
}

static void
test_rules (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskSpellChecker) checker = copydesk_spell_checker_new ("en_ZZ", &error);

  g_assert_no_error (error);
  /* capitalized mid-sentence twice: a name */
  g_assert_cmpuint (misspelled (checker, "The gate at Trevossa was closed.\n\n"
                                "The tide at Trevossa was open.\n", "", NULL), ==, 0);
  /* once is not enough */
  g_assert_cmpuint (misspelled (checker, "The gate at Trevossa was closed.\n", "", NULL), ==, 1);
  /* a capital at the start of a sentence says nothing, even twice */
  g_assert_cmpuint (misspelled (checker, "Harbuor was closed.\n", "", NULL), ==, 1);
  g_assert_cmpuint (misspelled (checker, "Trevossa was closed. Trevossa was open.\n",
                                "", NULL), ==, 2);
  /* the dateline vouches for a name, whatever its case, possessive too */
  g_assert_cmpuint (misspelled (checker, "Trevossa’s gate was closed.\n",
                                "TREVOSSA, May 1 —", NULL), ==, 0);
  /* so does a photo credit */
  g_assert_cmpuint (misspelled (checker, "The gate was closed, Bryher said.\n", "",
                                "Jo Bryher/Courier"), ==, 0);
  g_assert_cmpuint (misspelled (checker, "The gate was closed, Bryher said.\n", "", NULL), ==, 1);
  /* a common word misspelled, twice mid-sentence: still misspelled */
  g_assert_cmpuint (misspelled (checker, "The harbuor was closed, the harbuor was open.\n",
                                "TREVOSSA, May 1 —", NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  config_dir = checks_test_enchant_setup ();
  g_test_add_func ("/checks/names/sample", test_sample);
  g_test_add_func ("/checks/names/rules", test_rules);
  status = g_test_run ();
  checks_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
