/* test-authors.c: the rule that a bio written with no author makes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-core.h"

static void
test_first_author_from_byline (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) made = NULL;
  g_autoptr(CopydeskAuthor) again = NULL;

  copydesk_article_set_byline (article, "By  Ines Marlow ");
  made = copydesk_article_ensure_first_author (article);
  g_assert_cmpstr (copydesk_author_get_name (made), ==, "Ines Marlow");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 1);
  /* There is one now: the same, and no second. */
  again = copydesk_article_ensure_first_author (article);
  g_assert_true (again == made);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (article)), ==, 1);
}

static void
test_first_author_without_byline (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) made = copydesk_article_ensure_first_author (article);

  g_assert_cmpstr (copydesk_author_get_name (made), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/authors/first-from-byline", test_first_author_from_byline);
  g_test_add_func ("/authors/first-without-byline", test_first_author_without_byline);
  return g_test_run ();
}
