/* test-checks-typography.c: typography checks, and quick fixes re-checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "checks-test-util.h"

/* Checks @standfirst in the clean article. */
static GPtrArray *
run_standfirst (const char *standfirst,
                const char *language)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();

  copydesk_article_set_standfirst (a, standfirst);
  if (language != NULL)
    copydesk_article_set_language (a, language);
  return checks_test_run (a, NULL);
}

/* Checks the clean article with @markup for a body. */
static CopydeskArticle *
article_with_body (const char *markup)
{
  CopydeskArticle *a = checks_test_article ();
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (markup, -1, &error);

  g_assert_no_error (error);
  copydesk_article_set_body (a, body);
  return a;
}

/* Applies the finding's quick fix to the article, as an editor would. */
static void
apply_fix (CopydeskArticle            *a,
           const CopydeskCheckFinding *f)
{
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autofree char *text = copydesk_check_finding_fix (f, a, o);

  g_assert_nonnull (text);
  if (f->field == COPYDESK_CHECK_FIELD_STANDFIRST)
    copydesk_article_set_standfirst (a, text);
  else if (f->field == COPYDESK_CHECK_FIELD_HEADLINE)
    copydesk_article_set_headline (a, text);
  else if (f->field == COPYDESK_CHECK_FIELD_PHOTO_CAPTION)
    copydesk_photo_set_caption (copydesk_article_find_photo (a, f->photo_id), text);
  else if (f->field == COPYDESK_CHECK_FIELD_BODY)
    {
      CopydeskBody *body = copydesk_article_get_body (a);
      g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (
        (GDestroyNotify) copydesk_block_unref);
      g_autoptr (CopydeskBody) mended = NULL;

      for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
        {
          g_autoptr (CopydeskBody) one = NULL;

          if (i != f->block)
            {
              g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (body, i)));
              continue;
            }
          one = copydesk_body_parse_markup (text, -1, NULL);
          for (guint j = 0; one != NULL && j < copydesk_body_get_n_blocks (one); j++)
            g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (one, j)));
        }
      mended = copydesk_body_new (blocks);
      copydesk_article_set_body (a, mended);
    }
  else
    g_assert_not_reached ();
}

static void
test_straight_quotes (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  const CopydeskCheckFinding *x;

  copydesk_article_set_standfirst (a, "He said \"no\" and it's done, 'for now'.");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_STRAIGHT_QUOTES, 0);
  g_assert_cmpuint (x->count, ==, 5);
  g_assert_cmpuint (x->start, ==, 8);
  g_assert_cmpuint (x->end, ==, 9);
  g_assert_cmpint (x->fix, ==, COPYDESK_CHECK_FIX_CURLY_QUOTES);
  g_assert_nonnull (strstr (x->message, "“ ”"));
  apply_fix (a, x);
  g_assert_cmpstr (copydesk_article_get_standfirst (a), ==,
                   "He said “no” and it’s done, ‘for now’.");
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);
}

static void
test_straight_quotes_near_miss (void)
{
  g_autoptr (GPtrArray) f = run_standfirst ("A 5'10\" lock keeper, “ready” and ‘sure’ it’s so.",
                                            NULL);
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) g = NULL;

  checks_test_assert_none (f);
  o->quote_style = COPYDESK_QUOTE_STYLE_STRAIGHT;
  copydesk_article_set_standfirst (a, "He said \"no\".");
  g = checks_test_run (a, o);
  checks_test_assert_none (g);
}

static void
test_quotes_in_markup (void)
{
  g_autoptr (CopydeskArticle) a =
    article_with_body ("Said \"yes\" to **\"this\"** and [a \"link\"](https://e.org/a\"b'c) "
                       "too.\n\n"
                       "[photo: gate]\n");
  g_autoptr (GPtrArray) f = checks_test_run (a, NULL);
  g_autoptr (GPtrArray) g = NULL;
  g_autofree char *markup = NULL;
  const CopydeskCheckFinding *x;

  x = checks_test_find (f, COPYDESK_CHECK_STRAIGHT_QUOTES, 0);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_BODY);
  g_assert_cmpuint (x->block, ==, 0);
  g_assert_cmpuint (x->count, ==, 6);  /* none of those in the address */
  g_assert_cmpuint (x->start, ==, 5);
  apply_fix (a, x);
  markup = copydesk_body_to_markup (copydesk_article_get_body (a));
  g_assert_cmpstr (markup, ==,
                   "Said “yes” to **“this”** and [a “link”](https://e.org/a\"b'c) too.\n\n"
                   "[photo: gate]\n");
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);
}

static void
test_quotes_by_language (void)
{
  static const struct
  {
    const char *language;
    const char *text;
    const char *fixed;
  } cases[] = {
    { "fr", "Il a dit \"non\" !", "Il a dit «\u00A0non\u00A0» !" },
    { "fr-CA", "L'eau", "L’eau" },
    { "de-DE", "Er sagte \"nein\" und 'ja'.", "Er sagte „nein“ und ‚ja‘." },
    { "en-US", "\"Yes,\" she said.", "“Yes,” she said." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (CopydeskArticle) a = checks_test_article ();
      g_autoptr (GPtrArray) f = NULL;
      g_autoptr (GPtrArray) g = NULL;

      copydesk_article_set_language (a, cases[i].language);
      copydesk_article_set_standfirst (a, cases[i].text);
      f = checks_test_run (a, NULL);
      if (f->len != 1)
        checks_test_assert_none (f);
      apply_fix (a, checks_test_find (f, COPYDESK_CHECK_STRAIGHT_QUOTES, 0));
      g_assert_cmpstr (copydesk_article_get_standfirst (a), ==, cases[i].fixed);
      g = checks_test_run (a, NULL);
      checks_test_assert_none (g);
    }
}

static void
test_double_spaces (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskArticle) b = article_with_body ("Gate\u00A0 fails.\n\n5 * 3 is *fifteen*.\n\n"
                                                     "[photo: gate]\n");
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  g_autoptr (GPtrArray) h = NULL;
  g_autoptr (GPtrArray) k = NULL;
  const CopydeskCheckFinding *x;

  copydesk_article_set_headline (a, "Gate  fails   tests");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_DOUBLE_SPACE, 0);
  g_assert_cmpuint (x->count, ==, 2);
  g_assert_cmpuint (x->start, ==, 4);
  g_assert_cmpuint (x->end, ==, 6);
  apply_fix (a, x);
  g_assert_cmpstr (copydesk_article_get_headline (a), ==, "Gate fails tests");
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);

  /* the body keeps a no-break space next to a space; "5 * 3" is no markup */
  h = checks_test_run (b, NULL);
  x = checks_test_find (h, COPYDESK_CHECK_DOUBLE_SPACE, 0);
  g_assert_cmpuint (x->block, ==, 0);
  g_assert_cmpuint (checks_test_count (h, COPYDESK_CHECK_DOUBLE_SPACE), ==, 1);
  apply_fix (b, x);
  k = checks_test_run (b, NULL);
  checks_test_assert_none (k);
}

static void
test_space_before_punctuation (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  g_autoptr (GPtrArray) french = run_standfirst ("Pourquoi ? Parce que : voilà ; enfin !", "fr-FR");
  g_autoptr (GPtrArray) misses = run_standfirst ("It costs .5 of a pound … or so, wait ... no.",
                                                 NULL);
  g_autoptr (GPtrArray) french_comma = run_standfirst ("Oui , non.", "fr");
  const CopydeskCheckFinding *x;

  copydesk_article_set_standfirst (a, "It failed , again (twice ) .");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION, 0);
  g_assert_cmpuint (x->count, ==, 3);
  g_assert_cmpuint (x->start, ==, 9);
  g_assert_cmpuint (x->end, ==, 10);
  apply_fix (a, x);
  g_assert_cmpstr (copydesk_article_get_standfirst (a), ==, "It failed, again (twice).");
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);

  checks_test_assert_none (french);
  checks_test_assert_none (misses);
  checks_test_find (french_comma, COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION, 0);
}

static void
test_unbalanced (void)
{
  g_autoptr (GPtrArray) quote = run_standfirst ("He said “no and left.", NULL);
  g_autoptr (GPtrArray) closing = run_standfirst ("He said no” and left.", NULL);
  g_autoptr (GPtrArray) bracket = run_standfirst ("See the report (page 2.", NULL);
  g_autoptr (GPtrArray) french = run_standfirst ("Il a dit « non.", "fr");
  g_autoptr (GPtrArray) fine = run_standfirst ("He said “no (not yet)” [sic].", NULL);
  const CopydeskCheckFinding *x;

  x = checks_test_find (quote, COPYDESK_CHECK_UNBALANCED, 0);
  g_assert_cmpuint (x->start, ==, 8);
  x = checks_test_find (closing, COPYDESK_CHECK_UNBALANCED, 0);
  g_assert_cmpuint (x->start, ==, 10);
  x = checks_test_find (bracket, COPYDESK_CHECK_UNBALANCED, 0);
  g_assert_cmpuint (x->start, ==, 15);
  g_assert_nonnull (strstr (x->message, "bracket"));
  checks_test_find (french, COPYDESK_CHECK_UNBALANCED, 0);
  checks_test_assert_none (fine);
}

/* A quote over paragraphs opens each and closes only the last. */
static void
test_unbalanced_running_quote (void)
{
  g_autoptr (CopydeskArticle) running =
    article_with_body ("“We waited for years.\n\n“Then they came.”\n\n[photo: gate]\n");
  g_autoptr (CopydeskArticle) broken =
    article_with_body ("“We waited for years.\n\nThen they came.\n\n[photo: gate]\n");
  g_autoptr (GPtrArray) f = checks_test_run (running, NULL);
  g_autoptr (GPtrArray) g = checks_test_run (broken, NULL);
  const CopydeskCheckFinding *x;

  checks_test_assert_none (f);
  x = checks_test_find (g, COPYDESK_CHECK_UNBALANCED, 0);
  g_assert_cmpuint (x->block, ==, 0);
  g_assert_cmpuint (x->start, ==, 0);
}

static void
test_subheading_full_stop (void)
{
  g_autofree char *markup = NULL;
  g_autoptr (CopydeskArticle) a =
    article_with_body ("Text.\n\n## What *happens* next.\n\n## Wait...\n\n## Who pays?\n\n"
                       "[photo: gate]\n");
  g_autoptr (GPtrArray) f = checks_test_run (a, NULL);
  g_autoptr (GPtrArray) g = NULL;
  const CopydeskCheckFinding *x;

  x = checks_test_find (f, COPYDESK_CHECK_SUBHEADING_FULL_STOP, 0);
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_SUBHEADING_FULL_STOP), ==, 1);
  g_assert_cmpuint (x->block, ==, 1);
  g_assert_cmpuint (x->start, ==, 22);
  apply_fix (a, x);
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);
  markup = copydesk_block_to_markup (copydesk_body_get_block (copydesk_article_get_body (a), 1));
  g_assert_cmpstr (markup, ==, "## What *happens* next");
}

static void
test_empty_paragraph (void)
{
  g_autoptr (CopydeskArticle) a = article_with_body ("Text.\n\n[photo: gate]\n");
  CopydeskBody *body = copydesk_article_get_body (a);
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func (
    (GDestroyNotify) copydesk_block_unref);
  g_autoptr (CopydeskRun) blank = copydesk_run_new_plain ("\u00A0");
  g_autoptr (CopydeskBody) with_empty = NULL;
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  const CopydeskCheckFinding *x;

  g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (body, 0)));
  g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, blank));
  g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (body, 1)));
  with_empty = copydesk_body_new (blocks);
  copydesk_article_set_body (a, with_empty);
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_EMPTY_PARAGRAPH, 0);
  g_assert_cmpuint (x->block, ==, 1);
  g_assert_cmpint (x->fix, ==, COPYDESK_CHECK_FIX_REMOVE_BLOCK);
  g_assert_cmpuint (f->len, ==, 1);
  apply_fix (a, x);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (a)), ==, 2);
  g = checks_test_run (a, NULL);
  checks_test_assert_none (g);
}

static void
test_markup_is_no_prose (void)
{
  g_autoptr (CopydeskArticle) a =
    article_with_body ("**Drop-in session:** 4pm to 7pm.\n\n"
                       "- £1.9m for the *cofferdam*\n- £950,000 for divers\n\n"
                       "> “We have been patient.”\n>\n> “We are not asking for much.”\n\n"
                       "1. First\n2. Second\n\n"
                       "Escaped \\*stars\\* and \\[brackets\\] stay text.\n\n"
                       "See www.example.org/a'b or https://example.org/x\"y.\n\n"
                       "[photo: gate]\n");
  g_autoptr (GPtrArray) f = checks_test_run (a, NULL);

  checks_test_assert_none (f);
}

static void
test_fix_text_is_pure (void)
{
  g_autofree char *same = copydesk_checks_fix_text (COPYDESK_CHECK_FIX_DOUBLE_SPACES, "One space.",
                                                    COPYDESK_CHECK_FIELD_HEADLINE,
                                                    COPYDESK_QUOTE_STYLE_LANGUAGE, "en");
  g_autofree char *gone = copydesk_checks_fix_text (COPYDESK_CHECK_FIX_REMOVE_BLOCK, "x",
                                                    COPYDESK_CHECK_FIELD_BODY,
                                                    COPYDESK_QUOTE_STYLE_LANGUAGE, "en");
  g_autofree char *none = copydesk_checks_fix_text (COPYDESK_CHECK_FIX_NONE, "x",
                                                    COPYDESK_CHECK_FIELD_BODY,
                                                    COPYDESK_QUOTE_STYLE_LANGUAGE, "en");
  g_autofree char *link = copydesk_checks_fix_text (COPYDESK_CHECK_FIX_SPACE_BEFORE_PUNCTUATION,
                                                    "[a](https://x.org/a ,b) , c",
                                                    COPYDESK_CHECK_FIELD_BODY,
                                                    COPYDESK_QUOTE_STYLE_LANGUAGE, "en");

  g_assert_cmpstr (same, ==, "One space.");
  g_assert_cmpstr (gone, ==, "");
  g_assert_null (none);
  g_assert_cmpstr (link, ==, "[a](https://x.org/a ,b), c");
}

static void
test_remove_credit (void)
{
  static const struct
  {
    const char *caption;
    const char *fixed;
  } cases[] = {
    { "The quay at dawn. Photo: Bo Ek", "The quay at dawn." },
    { "The quay at dawn (Bo Ek).", "The quay at dawn." },
    { "The quay at dawn. Bo Ek", "The quay at dawn." },
    { "Bo Ek: the quay at dawn.", "the quay at dawn." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (CopydeskArticle) a = checks_test_article ();
      CopydeskPhoto *gate = copydesk_article_find_photo (a, "gate");
      g_autoptr (GPtrArray) f = NULL;

      copydesk_photo_set_credit (gate, "Bo Ek");
      copydesk_photo_set_caption (gate, cases[i].caption);
      f = checks_test_run (a, NULL);
      apply_fix (a, checks_test_find (f, COPYDESK_CHECK_CREDIT_IN_CAPTION, 0));
      g_assert_cmpstr (copydesk_photo_get_caption (gate), ==, cases[i].fixed);
    }
}

/* The editor's text, before the model collapses its spaces. */
static void
test_run_text (void)
{
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = copydesk_checks_run_text ("## Gate  fails \"again\".",
                                                      COPYDESK_CHECK_FIELD_BODY,
                                                      COPYDESK_BLOCK_SUBHEADING, "en", o);
  g_autoptr (GPtrArray) photo = copydesk_checks_run_text ("[photo: x\"y]",
                                                          COPYDESK_CHECK_FIELD_BODY,
                                                          COPYDESK_BLOCK_PHOTO, "en", o);
  g_autofree char *fixed = NULL;
  const CopydeskCheckFinding *x;

  x = checks_test_find (f, COPYDESK_CHECK_DOUBLE_SPACE, 0);
  g_assert_cmpuint (x->start, ==, 7);
  g_assert_cmpuint (x->end, ==, 9);
  checks_test_find (f, COPYDESK_CHECK_STRAIGHT_QUOTES, 0);
  checks_test_find (f, COPYDESK_CHECK_SUBHEADING_FULL_STOP, 0);
  g_assert_cmpuint (f->len, ==, 3);
  checks_test_assert_none (photo);
  fixed = copydesk_checks_fix_text (COPYDESK_CHECK_FIX_DOUBLE_SPACES, "## Gate  fails \"again\".",
                                    COPYDESK_CHECK_FIELD_BODY, COPYDESK_QUOTE_STYLE_LANGUAGE, "en");
  g_assert_cmpstr (fixed, ==, "## Gate fails \"again\".");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/typography/straight-quotes", test_straight_quotes);
  g_test_add_func ("/typography/straight-quotes-near-miss", test_straight_quotes_near_miss);
  g_test_add_func ("/typography/quotes-in-markup", test_quotes_in_markup);
  g_test_add_func ("/typography/quotes-by-language", test_quotes_by_language);
  g_test_add_func ("/typography/double-spaces", test_double_spaces);
  g_test_add_func ("/typography/space-before-punctuation", test_space_before_punctuation);
  g_test_add_func ("/typography/unbalanced", test_unbalanced);
  g_test_add_func ("/typography/unbalanced-running-quote", test_unbalanced_running_quote);
  g_test_add_func ("/typography/subheading-full-stop", test_subheading_full_stop);
  g_test_add_func ("/typography/empty-paragraph", test_empty_paragraph);
  g_test_add_func ("/typography/markup-is-no-prose", test_markup_is_no_prose);
  g_test_add_func ("/typography/fix-text-is-pure", test_fix_text_is_pure);
  g_test_add_func ("/typography/remove-credit", test_remove_credit);
  g_test_add_func ("/typography/run-text", test_run_text);
  return g_test_run ();
}
