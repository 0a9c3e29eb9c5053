/* test-vocab.c: the IPTC vocabularies, their look-ups and type-ahead search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"

static CopydeskVocab *
vocab (void)
{
  return copydesk_vocab_get_default ();
}

static const CopydeskConcept *
lookup (const char *qcode)
{
  const CopydeskConcept *concept = copydesk_vocab_lookup (vocab (), qcode);

  if (concept == NULL)
    g_error ("%s is not in the vocabularies", qcode);
  return concept;
}

static gboolean
found (GPtrArray             *list,
       const CopydeskConcept *concept)
{
  return g_ptr_array_find (list, concept, NULL);
}

/* The counts the kit's README gives. */
static void
test_counts (void)
{
  static const struct {
    CopydeskScheme scheme;
    const char    *prefix;
    guint          all;
    guint          active;
  } n[] = {
    { COPYDESK_SCHEME_MEDIA_TOPIC, "medtop:", 1389, 1082 },
    { COPYDESK_SCHEME_GENRE, "genre:", 58, 51 },
    { COPYDESK_SCHEME_SUBJECT_CODE, "subj:", 1404, 1387 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (n); i++)
    {
      g_autoptr(GPtrArray) all = copydesk_vocab_list (vocab (), n[i].scheme, TRUE);
      g_autoptr(GPtrArray) active = copydesk_vocab_list (vocab (), n[i].scheme, FALSE);

      g_assert_cmpuint (all->len, ==, n[i].all);
      g_assert_cmpuint (active->len, ==, n[i].active);
      for (guint k = 0; k < all->len; k++)
        {
          const CopydeskConcept *c = g_ptr_array_index (all, k);

          g_assert_true (g_str_has_prefix (copydesk_concept_get_qcode (c), n[i].prefix));
          g_assert_true (copydesk_concept_get_scheme (c) == n[i].scheme);
          g_assert_true (found (active, c) == !copydesk_concept_is_retired (c));
        }
    }
}

static void
test_lookup_and_labels (void)
{
  const CopydeskConcept *market = lookup ("medtop:20000523");
  const CopydeskConcept *group = lookup ("medtop:20001360");
  g_autofree char *path_en = copydesk_concept_dup_path (market, "en-GB");
  g_autofree char *path_de = copydesk_concept_dup_path (market, "de-AT");

  g_assert_true (copydesk_vocab_lookup (vocab (), "http://cv.iptc.org/newscodes/mediatopic/20000523")
                 == market);
  g_assert_null (copydesk_vocab_lookup (vocab (), "medtop:99999999"));
  g_assert_null (copydesk_vocab_lookup (vocab (), "http://example.com/20000523"));

  g_assert_cmpstr (copydesk_concept_get_label (market, "en-GB"), ==, "labour market");
  g_assert_cmpstr (copydesk_concept_get_label (market, "en-US"), ==, "labor market");
  g_assert_cmpstr (copydesk_concept_get_label (market, "en"), ==, "labour market");
  g_assert_cmpstr (copydesk_concept_get_label (market, "de"), ==, "Arbeitsmarkt");
  g_assert_cmpstr (copydesk_concept_get_label (market, "fr-CA"), ==, "Marché du travail");
  g_assert_cmpstr (copydesk_concept_get_label (market, "es"), ==, "Mercado de trabajo");
  g_assert_cmpstr (copydesk_concept_get_label (market, "sv"), ==, "labour market");
  g_assert_cmpstr (copydesk_concept_get_label_language (market, "de"), ==, "de");

  /* no French label yet: English, and said so */
  g_assert_cmpstr (copydesk_concept_get_label (group, "fr"), ==, "fraternal and community group");
  g_assert_cmpstr (copydesk_concept_get_label_language (group, "fr"), ==, "en-GB");

  /* in the 2025 release the labour market sits under "labour" */
  g_assert_cmpstr (path_en, ==, "labour › labour market");
  g_assert_cmpstr (path_de, ==, "Arbeit, Soziales › Arbeitsmarkt");
  g_assert_cmpuint (copydesk_concept_get_level (market), ==, 2);
  g_assert_true (copydesk_concept_get_broader (market) == lookup ("medtop:09000000"));
  g_assert_null (copydesk_concept_get_broader (lookup ("medtop:04000000")));
  /* six levels deep in the 2025 release */
  g_assert_cmpuint (copydesk_concept_get_level (lookup ("medtop:20000135")), ==, 6);
  g_assert_true (copydesk_concept_is_retired (lookup ("medtop:20000030")));
  g_assert_true (copydesk_concept_is_retired (lookup ("genre:Anniversary")));
  g_assert_true (copydesk_concept_is_retired (lookup ("subj:01018001")));
  g_assert_cmpstr (copydesk_concept_get_label (lookup ("genre:Daybook"), "de"), ==, "Planner");
}

static void
test_mapping (void)
{
  guint exact = 0;
  g_autoptr(GPtrArray) subjects = copydesk_vocab_list (vocab (), COPYDESK_SCHEME_SUBJECT_CODE,
                                                       TRUE);

  g_assert_true (copydesk_vocab_topic_for_subject (vocab (), "subj:04000000") ==
                 lookup ("medtop:04000000"));
  g_assert_true (copydesk_vocab_topic_for_subject (vocab (), "subj:01025000") ==
                 lookup ("medtop:20000003"));
  /* a close match is not an exact one */
  g_assert_null (copydesk_vocab_topic_for_subject (vocab (), "subj:08000000"));
  g_assert_true (copydesk_vocab_lookup_shown (vocab (), "subj:08000000") ==
                 lookup ("subj:08000000"));
  g_assert_true (copydesk_vocab_lookup_shown (vocab (), "subj:04000000") ==
                 lookup ("medtop:04000000"));
  g_assert_null (copydesk_vocab_topic_for_subject (vocab (), "medtop:04000000"));

  for (guint i = 0; i < subjects->len; i++)
    {
      const CopydeskConcept *subject = g_ptr_array_index (subjects, i);
      const CopydeskConcept *topic =
        copydesk_vocab_topic_for_subject (vocab (), copydesk_concept_get_qcode (subject));

      if (topic == NULL)
        continue;
      exact++;
      g_assert_true (copydesk_concept_get_scheme (topic) == COPYDESK_SCHEME_MEDIA_TOPIC);
      /* no exact match points to a deprecated Subject Code */
      g_assert_false (copydesk_concept_is_retired (subject));
    }
  /* 881 exact pairs over 878 Subject Codes (three match two topics) */
  g_assert_cmpuint (exact, ==, 878);
}

/* Every active topic is found first by its own label, in each language,
 * and no retired one is ever offered. */
static void
test_every_concept_reachable (void)
{
  static const char * const languages[] = { "en-GB", "en-US", "de", "fr", "es" };
  g_autoptr(GPtrArray) all = copydesk_vocab_list (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, TRUE);
  guint checked = 0;

  for (guint i = 0; i < all->len; i++)
    {
      const CopydeskConcept *c = g_ptr_array_index (all, i);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          const char *label = copydesk_concept_get_label (c, languages[l]);
          g_autoptr(GPtrArray) hits = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                             label, languages[l], 10);

          if (copydesk_concept_is_retired (c))
            g_assert_false (found (hits, c));
          else if (!found (hits, c))
            g_error ("%s “%s” (%s) is not offered for its own label",
                     copydesk_concept_get_qcode (c), label, languages[l]);
          checked++;
        }
      if (!copydesk_concept_is_retired (c))
        {
          g_autoptr(GPtrArray) hits = copydesk_vocab_search (
            vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, copydesk_concept_get_label (c, "en-GB"),
            "en-GB", 1);

          g_assert_true (g_ptr_array_index (hits, 0) == c);
        }
    }
  g_assert_cmpuint (checked, ==, 1389 * 5);
}

static gboolean
labels_are (GPtrArray          *hits,
            const char         *language,
            const char * const *expected)
{
  for (guint i = 0; expected[i] != NULL; i++)
    {
      if (i >= hits->len)
        return FALSE;
      if (!g_str_equal (copydesk_concept_get_label (g_ptr_array_index (hits, i), language),
                        expected[i]))
        return FALSE;
    }
  return TRUE;
}

static void
test_search_ranking (void)
{
  g_autoptr(GPtrArray) labour = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                       "Labour", "en-GB", 50);
  g_autoptr(GPtrArray) market = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                       "market", "en-GB", 200);
  g_autoptr(GPtrArray) words = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                      "lab mark", "en-GB", 5);
  g_autoptr(GPtrArray) accents = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                        "ECONOMIA", "es", 5);
  g_autoptr(GPtrArray) german = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                       "arbeitsm", "de", 5);
  g_autoptr(GPtrArray) few = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                    "e", "en-GB", 7);
  g_autoptr(GPtrArray) none = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                     "  ", "en-GB", 7);
  g_autoptr(GPtrArray) genre = copydesk_vocab_search (vocab (), COPYDESK_SCHEME_GENRE,
                                                      "plan", "en-GB", 5);
  static const char * const labour_first[] = { "labour", NULL };
  guint prefix_end = 0;

  g_assert_true (labels_are (labour, "en-GB", labour_first));
  /* prefix matches ("labour market") before word starts ("child labour") */
  for (guint i = 0; i < labour->len; i++)
    {
      const char *label = copydesk_concept_get_label (g_ptr_array_index (labour, i), "en-GB");

      if (g_str_has_prefix (label, "labour"))
        {
          g_assert_cmpuint (prefix_end, ==, i);
          prefix_end = i + 1;
        }
    }
  g_assert_cmpuint (prefix_end, >, 3);
  g_assert_cmpuint (prefix_end, <, labour->len);
  g_assert_true (found (market, lookup ("medtop:20000523")));
  g_assert_true (g_ptr_array_index (words, 0) == lookup ("medtop:20000523"));
  /* "Economía" exactly, then the longer labels that start with it */
  g_assert_true (g_ptr_array_index (accents, 0) == lookup ("medtop:20000344"));
  g_assert_true (found (accents, lookup ("medtop:04000000")));
  g_assert_true (g_ptr_array_index (german, 0) == lookup ("medtop:20000523"));
  g_assert_cmpuint (few->len, ==, 7);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (g_ptr_array_index (genre, 0) == lookup ("genre:Daybook"));
  /* Subject Codes are never offered for tagging, only read */
  g_assert_cmpuint (copydesk_vocab_search (vocab (), COPYDESK_SCHEME_UNKNOWN, "labour", "en", 5)->len,
                    ==, 0);
}

static void
test_nearest_and_resolve (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) near = copydesk_vocab_nearest (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                                      "medtop:2000523", 3);
  const CopydeskConcept *c;

  g_assert_true (found (near, lookup ("medtop:20000523")));
  g_assert_true (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "medtop:20000523",
                                         NULL) == lookup ("medtop:20000523"));
  g_assert_true (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "20000523",
                                         NULL) == lookup ("medtop:20000523"));
  g_assert_true (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "Labour Market",
                                         NULL) == lookup ("medtop:20000523"));
  g_assert_true (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_GENRE, "Current", NULL) ==
                 lookup ("genre:Current"));

  c = copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "labor markt", &error);
  g_assert_null (c);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
  g_assert_nonnull (strstr (error->message, "medtop:20000523 (labour market)"));
  g_clear_error (&error);

  /* a genre code is not a subject */
  g_assert_null (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "genre:Current",
                                         &error));
  g_clear_error (&error);

  /* retired: refused, and what to use instead is named */
  g_assert_null (copydesk_vocab_resolve (vocab (), COPYDESK_SCHEME_MEDIA_TOPIC, "medtop:20000030",
                                         &error));
  g_assert_nonnull (strstr (error->message, "retired"));
  g_assert_nonnull (strstr (error->message, "medtop:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vocab/counts", test_counts);
  g_test_add_func ("/vocab/lookup-and-labels", test_lookup_and_labels);
  g_test_add_func ("/vocab/mapping", test_mapping);
  g_test_add_func ("/vocab/every-concept-reachable", test_every_concept_reachable);
  g_test_add_func ("/vocab/search-ranking", test_search_ranking);
  g_test_add_func ("/vocab/nearest-and-resolve", test_nearest_and_resolve);
  return g_test_run ();
}
