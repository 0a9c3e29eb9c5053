/* bench-spell.c: spelling and checks on a generated 1 MB article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: it prints figures for the README's benchmark table.
 *
 *   _build/tests/manual/bench-spell [DICTIONARY]    (default en_GB, else en_US)
 *
 * It uses the machine's dictionary (a real one, for real timings), on a
 * body of 2,100 paragraphs of 80 words (about 1 MB of markup) with one
 * misspelling in about every 60 words. Figures: making the checker (the
 * dictionary load), checking the whole body block by block, re-checking one
 * block (what a keystroke costs the editor: median and 90th percentile),
 * and the checks engine with and without spelling.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-spell-checker.h"

#define N_PARAGRAPHS 2100
#define N_WORDS 80
#define N_RECHECKS 200
#define N_RUNS 5

static char *
make_body (void)
{
  static const char * const words[] = {
    "the", "council", "said", "flood", "barrier", "would", "open", "in", "autumn", "after",
    "engineers", "found", "cracked", "welds", "on", "a", "steel", "gate", "and", "traders",
    "on", "the", "quay", "face", "another", "winter", "of", "sandbags", "while", "residents",
  };
  static const char * const typos[] = { "harbuor", "councl", "enginers", "wnter" };
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < N_PARAGRAPHS; p++)
    {
      if (p % 40 == 0)
        g_string_append_printf (s, "## Part %u\n\n", p / 40 + 1);
      for (guint w = 0; w < N_WORDS; w++)
        {
          guint k = p * 31 + w * 7;

          if (k % 61 == 0)
            g_string_append (s, typos[k % G_N_ELEMENTS (typos)]);
          else
            g_string_append (s, words[k % G_N_ELEMENTS (words)]);
          g_string_append (s, w + 1 < N_WORDS ? (w % 13 == 12 ? ", " : " ") : ".\n\n");
        }
    }
  return g_string_free (s, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_row (const char *what,
           double     *ms,
           guint       n)
{
  qsort (ms, n, sizeof *ms, compare_doubles);
  printf ("| %s | %.3f | %.3f |\n", what, ms[n / 2], ms[MIN (n - 1, n * 9 / 10)]);
}

static CopydeskSpellChecker *
make_checker (const char *tag,
              double     *ms)
{
  g_autoptr (GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  CopydeskSpellChecker *checker = copydesk_spell_checker_new (tag, &error);

  *ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (checker == NULL && error != NULL)
    g_printerr ("bench-spell: %s\n", error->message);
  return checker;
}

static void
time_whole_body (CopydeskSpellChecker *checker,
                 GPtrArray            *blocks,
                 double               *ms,
                 guint                *wrong)
{
  for (guint r = 0; r < N_RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      *wrong = 0;
      for (guint i = 0; i < blocks->len; i++)
        *wrong += copydesk_spell_checker_count_misspelled (checker, g_ptr_array_index (blocks, i),
                                                           -1);
      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
}

static void
time_engine (CopydeskArticle      *article,
             CopydeskSpellChecker *checker,
             double               *ms)
{
  g_autoptr (CopydeskChecksOptions) options = copydesk_checks_options_new ();

  options->spell_func = checker != NULL ? copydesk_spell_checker_count_for_checks : NULL;
  options->spell_data = checker;
  for (guint r = 0; r < N_RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (GPtrArray) findings = copydesk_checks_run (article, options, NULL);

      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *tag = argc > 1 ? argv[1] : "en_GB";
  g_autofree char *markup = make_body ();
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (markup, -1, NULL);
  g_autoptr (CopydeskArticle) article = copydesk_article_new ();
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (CopydeskSpellChecker) checker = NULL;
  double load_ms, whole[N_RUNS], recheck[N_RECHECKS], plain[N_RUNS], full[N_RUNS];
  guint wrong = 0;
  const char *one = NULL;

  checker = make_checker (tag, &load_ms);
  if (checker == NULL && argc <= 1)
    checker = make_checker (tag = "en_US", &load_ms);
  if (checker == NULL)
    return 1;
  copydesk_article_set_headline (article, "A long story for timing the spelling");
  copydesk_article_set_byline (article, "By a generator");
  copydesk_article_set_body (article, body);
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    g_ptr_array_add (blocks, copydesk_block_to_markup (copydesk_body_get_block (body, i)));

  time_whole_body (checker, blocks, whole, &wrong);
  /* a paragraph in the middle, not a subheading */
  for (guint i = blocks->len / 2; i < blocks->len; i++)
    if (*(one = g_ptr_array_index (blocks, i)) != '#')
      break;
  for (guint r = 0; r < N_RECHECKS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (GArray) found = copydesk_spell_checker_check_text (checker, one, -1);

      recheck[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  time_engine (article, NULL, plain);
  time_engine (article, checker, full);

  printf ("Dictionary %s from %s (asked: %s); body %zu bytes of markup in %u blocks; "
          "%u words misspelled.\n\n",
          copydesk_spell_checker_get_dictionary (checker),
          copydesk_spell_checker_get_provider (checker), tag, strlen (markup), blocks->len, wrong);
  printf ("| measure (ms) | median | p90 |\n| --- | ---: | ---: |\n");
  printf ("| make the checker (load the dictionary) | %.2f | |\n", load_ms);
  print_row ("spell-check the whole body, block by block", whole, N_RUNS);
  print_row ("re-check one block (a keystroke), 80 words", recheck, N_RECHECKS);
  print_row ("all checks, no spelling", plain, N_RUNS);
  print_row ("all checks with spelling counted", full, N_RUNS);
  return 0;
}
