/* test-names.c: file names made from an article's text, one rule for Save,
 * Export, the photo panel and the draft store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"

static void
test_safe_name (void)
{
  static const struct {
    const char *text;
    gsize       max_len;
    const char *stem;
  } cases[] = {
    { "Zoë's Boat (2)", 60, "zoe-s-boat-2" },
    { "  --Harbour   flood barrier--  ", 60, "harbour-flood-barrier" },
    { "Ferry strike: day 3", 10, "ferry" }, /* a whole word, not "ferry-stri" */
    { "a - b", 2, "a" },
    { "“”!?", 60, NULL },
    { "", 60, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = copydesk_safe_name (cases[i].text, cases[i].max_len);

      g_assert_cmpstr (stem, ==, cases[i].stem);
    }
}

/* Save used to keep accented letters and fall back to "untitled-article",
 * while Export made ASCII: now both ask the same function. */
static void
test_suggest_file_name (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autofree char *empty = copydesk_article_suggest_file_name (article);
  g_autofree char *from_headline = NULL;
  g_autofree char *from_slug = NULL;
  g_autofree char *past_punctuation = NULL;
  g_autofree char *long_name = NULL;

  g_assert_cmpstr (empty, ==, "article.xml");
  copydesk_article_set_headline (article, "Zoë’s café: barrier delayed");
  from_headline = copydesk_article_suggest_file_name (article);
  g_assert_cmpstr (from_headline, ==, "zoe-s-cafe-barrier-delayed.xml");
  copydesk_article_set_slugline (article, "HARBOUR-Barrier");
  from_slug = copydesk_article_suggest_file_name (article);
  g_assert_cmpstr (from_slug, ==, "harbour-barrier.xml");
  /* A slugline with nothing usable in it gives way to the headline. */
  copydesk_article_set_slugline (article, "—");
  past_punctuation = copydesk_article_suggest_file_name (article);
  g_assert_cmpstr (past_punctuation, ==, "zoe-s-cafe-barrier-delayed.xml");
  copydesk_article_set_slugline (article,
                                 "one two three four five six seven eight nine ten eleven twelve");
  long_name = copydesk_article_suggest_file_name (article);
  g_assert_cmpuint (strlen (long_name), <=, 60 + strlen (".xml"));
  g_assert_true (g_str_has_prefix (long_name, "one-two-three"));
}

static void
test_guid_file_name (void)
{
  g_autofree char *plain = copydesk_guid_to_file_name ("urn:uuid:1234-abcd", ".xml");
  g_autofree char *odd = copydesk_guid_to_file_name ("tag:a.b,2025/x y", NULL);

  g_assert_cmpstr (plain, ==, "urn_uuid_1234-abcd.xml");
  g_assert_cmpstr (odd, ==, "tag_a.b_2025_x_y");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/names/safe-name", test_safe_name);
  g_test_add_func ("/names/suggest-file-name", test_suggest_file_name);
  g_test_add_func ("/names/guid-file-name", test_guid_file_name);
  return g_test_run ();
}
