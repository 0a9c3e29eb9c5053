/* test-spell.c: the spelling library, with a dictionary made for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enchant is pointed at a private configuration folder holding the en_ZZ
 * test dictionary (tests/checks/dict), so nothing depends on, or writes
 * to, the machine's dictionaries or the user's word lists.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "checks-test-util.h"
#include "copydesk-spell-checker.h"

#define LANG "en_ZZ"

static char *config_dir;

static CopydeskSpellChecker *
new_checker (void)
{
  g_autoptr (GError) error = NULL;
  CopydeskSpellChecker *checker = copydesk_spell_checker_new (LANG, &error);

  g_assert_no_error (error);
  g_assert_nonnull (checker);
  return checker;
}

/* "start-end" for each range, comma-separated, and the words themselves. */
static char *
describe (const char *text,
          GArray     *ranges)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const CopydeskSpellRange *r = &g_array_index (ranges, CopydeskSpellRange, i);

      g_string_append_printf (s, "%s%u-%u:%.*s", i > 0 ? " " : "", r->start, r->end,
                              (int) (r->byte_end - r->byte_start), text + r->byte_start);
    }
  return g_string_free (s, FALSE);
}

static void
test_words (void)
{
  const char *text = "## *Zoë’s* re-welded gate, TK and BBC\n"
                     "[photo: harbour-dawn]\n"
                     "at 4pm, 46-page [report](https://example.org/flood-report) www.x.org "
                     "mail ann@example.org, e.g. it's\n"
                     "- £950,000 rock 'n' roll";
  g_autoptr (GArray) words = copydesk_spell_words_scan (text, -1);
  g_autofree char *got = describe (text, words);

  g_assert_cmpstr (got, ==,
                   "4-9:Zoë’s 11-20:re-welded 21-25:gate 30-33:and 60-62:at 77-83:report "
                   "129-133:mail 156-160:it's 172-176:rock 178-179:n 181-185:roll");
}

static void
test_check_text (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  const char *text = "— The gaet was crackd at dawn; it isn’t re-welded. Porthaven’s.";
  g_autoptr (GArray) wrong = copydesk_spell_checker_check_text (checker, text, -1);
  g_autofree char *got = describe (text, wrong);

  /* "welded" is in the dictionary through "weld/D", "re" on its own */
  g_assert_cmpstr (got, ==, "6-10:gaet 15-21:crackd 51-62:Porthaven’s");
  g_assert_cmpuint (copydesk_spell_checker_count_misspelled (checker, text, -1), ==, 3);
  g_assert_cmpstr (copydesk_spell_checker_get_dictionary (checker), ==, LANG);
  g_assert_cmpstr (copydesk_spell_checker_get_provider (checker), ==, "hunspell");
  g_assert_cmpstr (copydesk_spell_checker_get_language (checker), ==, LANG);
}

static void
test_markup_skipped (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  const char *text = "[photo: qwzzy]";
  const char *block = "**The** [gate](https://qwzzy.example/xq) is *open* QWZZY 2026 x2q";

  g_assert_cmpuint (copydesk_spell_checker_count_misspelled (checker, text, -1), ==, 0);
  g_assert_cmpuint (copydesk_spell_checker_count_misspelled (checker, block, -1), ==, 0);
}

static void
test_suggest (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  g_auto (GStrv) plain = copydesk_spell_checker_suggest (checker, "gaet", -1);
  g_auto (GStrv) curly = copydesk_spell_checker_suggest (checker, "isn’tt", -1);
  g_auto (GStrv) nothing = copydesk_spell_checker_suggest (checker, "", -1);

  g_assert_true (g_strv_contains ((const char * const *) plain, "gate"));
  g_assert_true (g_strv_contains ((const char * const *) curly, "isn’t"));
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
}

static void
test_add_word (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  g_autoptr (CopydeskSpellChecker) later = NULL;
  g_autofree char *pwl = g_build_filename (config_dir, LANG ".dic", NULL);
  g_autofree char *contents = NULL;

  g_assert_false (copydesk_spell_checker_check_word (checker, "Kestle", -1));
  copydesk_spell_checker_add_word (checker, "Kestle", -1);
  g_assert_true (copydesk_spell_checker_check_word (checker, "Kestle", -1));
  /* kept in the personal word list, in the private folder */
  later = new_checker ();
  g_assert_true (copydesk_spell_checker_check_word (later, "Kestle", -1));
  g_assert_true (g_file_get_contents (pwl, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Kestle"));
}

static void
test_ignore (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  g_autoptr (CopydeskSpellChecker) other = NULL;

  g_assert_false (copydesk_spell_checker_check_word (checker, "Tonkin", -1));
  copydesk_spell_checker_ignore_word (checker, "Tonkin", -1);
  g_assert_true (copydesk_spell_checker_check_word (checker, "Tonkin", -1));
  g_assert_cmpuint (copydesk_spell_checker_count_misspelled (checker, "Mick Tonkin", -1), ==, 1);
  other = new_checker ();
  g_assert_false (copydesk_spell_checker_check_word (other, "Tonkin", -1));
}

static void
test_missing_dictionary (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) invalid = NULL;
  g_autoptr (CopydeskSpellChecker) none = copydesk_spell_checker_new ("qtz", &error);
  g_autoptr (CopydeskSpellChecker) bad = copydesk_spell_checker_new ("1!", &invalid);

  g_assert_null (none);
  g_assert_error (error, COPYDESK_SPELL_ERROR, COPYDESK_SPELL_ERROR_NO_DICTIONARY);
  g_assert_nonnull (strstr (error->message, "“qtz”"));
  g_assert_null (bad);
  g_assert_error (invalid, COPYDESK_SPELL_ERROR, COPYDESK_SPELL_ERROR_INVALID_LANGUAGE);
}

static void
test_language_tags (void)
{
  static const char * const cases[][2] = {
    { "en-GB", "en_GB" }, { "EN_gb", "en_GB" }, { "fr", "fr" }, { "de-Latn-CH", "de_CH" },
    { "es-419", "es_419" }, { "x", NULL }, { "", NULL }, { "e1", NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskSpellChecker) bcp47 = copydesk_spell_checker_new ("en-ZZ", &error);
  g_auto (GStrv) all = copydesk_spell_list_dictionaries ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tag = copydesk_spell_language_to_tag (cases[i][0]);

      g_assert_cmpstr (tag, ==, cases[i][1]);
    }
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_spell_checker_get_dictionary (bcp47), ==, LANG);
  g_assert_true (g_strv_contains ((const char * const *) all, LANG));
}

typedef struct
{
  CopydeskSpellChecker *checker;
  guint                 total;
} ThreadData;

static gpointer
check_often (gpointer user_data)
{
  ThreadData *data = user_data;

  for (guint i = 0; i < 200; i++)
    data->total += copydesk_spell_checker_count_misspelled (data->checker,
                                                            "The gaet was crackd at dawn.", -1);
  return NULL;
}

/* One checker shared by threads: they take turns, and all get it right. */
static void
test_threads (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  ThreadData data[4];
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      data[i] = (ThreadData) { checker, 0 };
      threads[i] = g_thread_new ("spell", check_often, &data[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (data[i].total, ==, 400);
    }
}

/* The engine counts what the checker finds, in a worker thread. */
static void
test_with_engine (void)
{
  g_autoptr (CopydeskSpellChecker) checker = new_checker ();
  g_autoptr (CopydeskArticle) a = copydesk_article_new ();
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (
    "The gate was closed.\n\n## The qay\n\n[photo: zzqx]\n\nThe tide was opne at dawn.\n",
    -1, NULL);
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;

  copydesk_article_set_headline (a, "The harbour gate");
  copydesk_article_set_body (a, body);
  o->spell_func = copydesk_spell_checker_count_for_checks;
  o->spell_data = checker;
  f = checks_test_run (a, o);
  x = checks_test_find (f, COPYDESK_CHECK_SPELLING, 0);
  g_assert_cmpuint (x->count, ==, 2);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_BODY);
  g_assert_cmpuint (x->block, ==, 1);
  g_assert_cmpuint (x->start, ==, 7);
  g_assert_cmpuint (x->end, ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  config_dir = checks_test_enchant_setup ();
  g_test_add_func ("/spell/words", test_words);
  g_test_add_func ("/spell/check-text", test_check_text);
  g_test_add_func ("/spell/markup-skipped", test_markup_skipped);
  g_test_add_func ("/spell/suggest", test_suggest);
  g_test_add_func ("/spell/add-word", test_add_word);
  g_test_add_func ("/spell/ignore", test_ignore);
  g_test_add_func ("/spell/missing-dictionary", test_missing_dictionary);
  g_test_add_func ("/spell/language-tags", test_language_tags);
  g_test_add_func ("/spell/threads", test_threads);
  g_test_add_func ("/spell/with-engine", test_with_engine);
  status = g_test_run ();
  checks_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
