/* test-find.c: find and replace across every text field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"
#include "copydesk-find.h"
#include "copydesk-test-util.h"

static CopydeskBody *
body_of (const char *markup)
{
  g_autoptr(GError) error = NULL;
  CopydeskBody *body = copydesk_body_parse_markup (markup, -1, &error);

  g_assert_no_error (error);
  return body;
}

static void
add_photo (CopydeskArticle *article,
           const char      *id,
           const char      *caption,
           const char      *credit,
           const char      *alt)
{
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);

  copydesk_photo_set_caption (photo, caption);
  copydesk_photo_set_credit (photo, credit);
  copydesk_photo_set_alt_text (photo, alt);
  copydesk_article_add_photo (article, photo);
}

static void
add_author (CopydeskArticle *article,
            const char      *name,
            const char      *bio)
{
  g_autoptr(CopydeskAuthor) author = copydesk_author_new (name);

  copydesk_author_set_bio (author, bio);
  copydesk_article_add_author (article, author);
}

/* "harbour" once in every field that is searched, in another case here and
 * there, and in fields that are not searched (the dateline). */
static CopydeskArticle *
harbour_story (void)
{
  CopydeskArticle *article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = body_of ("The Harbour wall gave way.\n\n"
                                          "[photo: photo-1]\n\n"
                                          "Crews worked at the harbour all night.\n");

  copydesk_article_set_headline (article, "Harbour wall collapses");
  copydesk_article_set_standfirst (article, "Nobody was hurt at the harbour");
  copydesk_article_set_byline (article, "By Ann Harbour");
  copydesk_article_set_dateline (article, "HARBOUR TOWN");
  add_author (article, "Ann Harbour", "");
  add_author (article, "Tom Roe", "Tom Roe covers the harbour.");
  add_photo (article, "photo-1", "The harbour at dawn", "Harbour Authority",
             "A broken harbour wall");
  add_photo (article, "photo-2", "Cranes", "Jane Doe", "Cranes by the harbour");
  copydesk_article_set_body (article, body);
  copydesk_article_set_contributor_note (article, "With reporting from the harbour desk");
  copydesk_article_set_creditline (article, "Harbour News Agency");
  copydesk_article_set_editorial_note (article, "Check the harbour master's name");
  return article;
}

static char *
matched_text (CopydeskArticle         *article,
              const CopydeskFindMatch *match)
{
  g_autofree char *text = copydesk_find_field_text (article, match->field, match->index);

  return g_utf8_substring (text, match->start, match->end);
}

static void
test_every_field (void)
{
  static const struct { CopydeskField field; guint index; } expected[] = {
    { COPYDESK_FIELD_HEADLINE, 0 },
    { COPYDESK_FIELD_STANDFIRST, 0 },
    { COPYDESK_FIELD_BYLINE, 0 },
    { COPYDESK_FIELD_AUTHOR_BIO, 1 },
    { COPYDESK_FIELD_BODY, 0 },
    { COPYDESK_FIELD_BODY, 0 },
    { COPYDESK_FIELD_PHOTO_CAPTION, 0 },
    { COPYDESK_FIELD_PHOTO_CREDIT, 0 },
    { COPYDESK_FIELD_PHOTO_ALT_TEXT, 0 },
    { COPYDESK_FIELD_PHOTO_ALT_TEXT, 1 },
    { COPYDESK_FIELD_CONTRIBUTOR_NOTE, 0 },
    { COPYDESK_FIELD_CREDITLINE, 0 },
    { COPYDESK_FIELD_EDITORIAL_NOTE, 0 },
  };
  g_autoptr(CopydeskArticle) article = harbour_story ();
  g_autoptr(GArray) matches = copydesk_find_in_article (article, "harbour", COPYDESK_FIND_DEFAULT);

  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      const CopydeskFindMatch *match = &g_array_index (matches, CopydeskFindMatch, i);
      g_autofree char *text = matched_text (article, match);
      g_autofree char *folded = g_utf8_strdown (text, -1);

      g_assert_cmpint (match->field, ==, expected[i].field);
      g_assert_cmpuint (match->index, ==, expected[i].index);
      g_assert_cmpstr (folded, ==, "harbour");
    }
}

static void
test_case_and_whole_word (void)
{
  static const char text[] = "Harbour harbours HARBOUR harbour";
  static const struct { CopydeskFindFlags flags; guint n; guint first; } cases[] = {
    { COPYDESK_FIND_DEFAULT, 4, 0 },
    { COPYDESK_FIND_MATCH_CASE, 2, 8 },
    { COPYDESK_FIND_WHOLE_WORD, 3, 0 },
    { COPYDESK_FIND_MATCH_CASE | COPYDESK_FIND_WHOLE_WORD, 1, 25 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = copydesk_find_in_text (text, "harbour", cases[i].flags, FALSE);

      g_assert_cmpuint (matches->len, ==, cases[i].n);
      g_assert_cmpuint (g_array_index (matches, CopydeskFindMatch, 0).start, ==, cases[i].first);
      g_assert_cmpuint (g_array_index (matches, CopydeskFindMatch, 0).end, ==, cases[i].first + 7);
    }

  /* plain text, not a pattern */
  {
    g_autoptr(GArray) none = copydesk_find_in_text (text, "H.rbour", COPYDESK_FIND_DEFAULT, FALSE);
    g_autoptr(GArray) dot = copydesk_find_in_text ("a.b axb", "a.b", COPYDESK_FIND_DEFAULT, FALSE);
    g_autoptr(GArray) empty = copydesk_find_in_text (text, "", COPYDESK_FIND_DEFAULT, FALSE);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (dot->len, ==, 1);
    g_assert_cmpuint (empty->len, ==, 0);
  }
}

static void
assert_ranges (const char        *text,
               const char        *needle,
               CopydeskFindFlags  flags,
               const guint       *expected,
               guint              n)
{
  g_autoptr(GArray) matches = copydesk_find_in_text (text, needle, flags, FALSE);

  g_assert_cmpuint (matches->len, ==, n / 2);
  for (guint i = 0; i < matches->len; i++)
    {
      g_assert_cmpuint (g_array_index (matches, CopydeskFindMatch, i).start, ==, expected[2 * i]);
      g_assert_cmpuint (g_array_index (matches, CopydeskFindMatch, i).end, ==, expected[2 * i + 1]);
    }
}

/* Offsets are characters; folding never splits an original character. */
static void
test_unicode (void)
{
  static const guint e_acute[] = { 0, 1, 6, 7, 11, 12, 13, 14 };
  static const guint capital[] = { 0, 1, 13, 14 };
  static const guint emoji[] = { 2, 6 };
  static const guint strasse[] = { 0, 6 };
  static const guint ss[] = { 4, 5 };
  static const guint s_only[] = { 0, 1 };
  static const guint decomposed[] = { 0, 2, 3, 4 };
  static const guint greek[] = { 0, 4, 5, 9 };  /* final sigma folds to sigma */

  assert_ranges ("Émile émigré École", "é", COPYDESK_FIND_DEFAULT, e_acute, G_N_ELEMENTS (e_acute));
  assert_ranges ("Émile émigré École", "É", COPYDESK_FIND_MATCH_CASE, capital, G_N_ELEMENTS (capital));
  assert_ranges ("📰 news", "NEWS", COPYDESK_FIND_DEFAULT, emoji, G_N_ELEMENTS (emoji));
  assert_ranges ("Straße", "STRASSE", COPYDESK_FIND_DEFAULT, strasse, G_N_ELEMENTS (strasse));
  assert_ranges ("Straße", "ss", COPYDESK_FIND_DEFAULT, ss, G_N_ELEMENTS (ss));
  /* "s" is half of "ß" folded: no match there */
  assert_ranges ("Straße", "s", COPYDESK_FIND_DEFAULT, s_only, G_N_ELEMENTS (s_only));
  /* "E" + combining acute (two characters) is "é"; a plain "e" is not */
  assert_ranges ("E\xcc\x81t\xc3\xa9", "é", COPYDESK_FIND_DEFAULT, decomposed,
                 G_N_ELEMENTS (decomposed));
  assert_ranges ("E\xcc\x81t\xc3\xa9", "e", COPYDESK_FIND_DEFAULT, NULL, 0);
  assert_ranges ("ΟΔΟΣ οδος", "οδοσ", COPYDESK_FIND_WHOLE_WORD, greek, G_N_ELEMENTS (greek));
  /* a whole word ends before a combining mark only if the mark ends it */
  assert_ranges ("cafe\xcc\x81", "cafe", COPYDESK_FIND_WHOLE_WORD, NULL, 0);
}

static char *
body_text (const char *markup)
{
  g_autoptr(CopydeskBody) body = body_of (markup);

  return copydesk_body_to_markup (body);
}

/* In the body, syntax is never part of a match. */
static void
test_not_in_markup (void)
{
  g_autofree char *text = body_text ("[photo: harbour-1]\n\n"
                                     "The [harbour wall](https://example.org/harbour) fell. "
                                     "**Harbour** master\n\n"
                                     "## Harbour news\n\n"
                                     "- harbour item\n\n"
                                     "> harbour quote\n\n"
                                     "Grade A\\* harbour\n");
  static const struct { const char *needle; guint n; } cases[] = {
    { "harbour", 6 },         /* link text, strong, subheading, list, quote, paragraph */
    { "photo", 0 },           /* the placement line */
    { "example", 0 },         /* a link target */
    { "https", 0 },
    { "##", 0 },              /* block markers */
    { "- harbour", 0 },
    { "> harbour", 0 },
    { "fell. Harbour", 0 },   /* across an emphasis delimiter */
    { "wall fell", 0 },       /* across the end of a link */
    { "harbour wall", 1 },    /* inside the link text */
    { "A*", 1 },              /* an escaped star is text, its backslash is not */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = copydesk_find_in_text (text, cases[i].needle,
                                                         COPYDESK_FIND_DEFAULT, TRUE);

      if (matches->len != cases[i].n)
        g_error ("“%s” in\n%s\nmatched %u times, not %u", cases[i].needle, text, matches->len,
                 cases[i].n);
    }
  {
    g_autoptr(GArray) plain = copydesk_find_in_text (text, "harbour", COPYDESK_FIND_DEFAULT, FALSE);
    static const char raw[] = "Grade A\\* and 5 * 3 and **strong** text\n";
    g_autoptr(GArray) star = copydesk_find_in_text (raw, "A*", COPYDESK_FIND_DEFAULT, TRUE);
    g_autoptr(GArray) times = copydesk_find_in_text (raw, "5 * 3", COPYDESK_FIND_DEFAULT, TRUE);
    g_autoptr(GArray) strong = copydesk_find_in_text (raw, "strong", COPYDESK_FIND_DEFAULT, TRUE);
    g_autoptr(GArray) stars = copydesk_find_in_text (raw, "**strong", COPYDESK_FIND_DEFAULT, TRUE);
    g_autofree char *matched = NULL;

    g_assert_cmpuint (plain->len, ==, 8);
    g_assert_cmpuint (star->len, ==, 1);
    matched = g_utf8_substring (raw, g_array_index (star, CopydeskFindMatch, 0).start,
                                g_array_index (star, CopydeskFindMatch, 0).end);
    g_assert_cmpstr (matched, ==, "A\\*");
    g_assert_cmpuint (times->len, ==, 1);
    g_assert_cmpuint (strong->len, ==, 1);
    g_assert_cmpuint (stars->len, ==, 0);
  }
}

static void
test_navigation (void)
{
  g_autoptr(CopydeskArticle) article = harbour_story ();
  g_autoptr(GArray) matches = copydesk_find_in_article (article, "harbour", COPYDESK_FIND_DEFAULT);
  const CopydeskFindMatch *headline = &g_array_index (matches, CopydeskFindMatch, 0);
  const CopydeskFindMatch *body2 = &g_array_index (matches, CopydeskFindMatch, 5);
  guint last = matches->len - 1;

  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_HEADLINE, 0, 0), ==, 0);
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_HEADLINE, 0, headline->end), ==, 1);
  /* from the byline's end to the second author's bio: the first has none */
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_BYLINE, 0, 100), ==, 3);
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_AUTHOR_BIO, 0, 0), ==, 3);
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_BODY, 0, body2->end), ==, 6);
  /* photo 0's credit, then its alt text, then photo 1 */
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_PHOTO_CREDIT, 0, 1), ==, 8);
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_PHOTO_CAPTION, 1, 0), ==, 9);
  /* the credit line comes between the two notes, as in the details panel */
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_CONTRIBUTOR_NOTE, 0, 100), ==,
                   last - 1);
  g_assert_cmpint (copydesk_find_previous (matches, COPYDESK_FIELD_EDITORIAL_NOTE, 0, 0), ==,
                   last - 1);
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_CREDITLINE, 0, 1), ==, last);
  /* round from the last to the first, and back */
  g_assert_cmpint (copydesk_find_next (matches, COPYDESK_FIELD_EDITORIAL_NOTE, 0, 1000), ==, 0);
  g_assert_cmpint (copydesk_find_previous (matches, COPYDESK_FIELD_HEADLINE, 0, 0), ==, last);
  g_assert_cmpint (copydesk_find_previous (matches, COPYDESK_FIELD_BODY, 0, body2->start), ==, 4);
  g_assert_cmpint (copydesk_find_previous (matches, COPYDESK_FIELD_PHOTO_CAPTION, 0, 0), ==, 5);
  g_assert_cmpint (copydesk_find_previous (matches, COPYDESK_FIELD_EDITORIAL_NOTE, 0, 1000), ==,
                   last);

  /* nothing found: no position */
  {
    g_autoptr(GArray) none = copydesk_find_in_article (article, "lighthouse",
                                                       COPYDESK_FIND_DEFAULT);
    g_autofree char *count = copydesk_find_describe_position (0, 0);

    g_assert_cmpint (copydesk_find_next (none, COPYDESK_FIELD_HEADLINE, 0, 0), ==, -1);
    g_assert_cmpint (copydesk_find_previous (none, COPYDESK_FIELD_HEADLINE, 0, 0), ==, -1);
    g_assert_cmpstr (count, ==, "No matches");
  }
  {
    g_autofree char *of = copydesk_find_describe_position (3, matches->len);
    g_autofree char *all = copydesk_find_describe_position (0, 1);

    g_assert_cmpstr (of, ==, "3 of 13");
    g_assert_cmpstr (all, ==, "1 match");
  }
}

static void
test_replace_all (void)
{
  g_autoptr(CopydeskArticle) article = harbour_story ();
  g_autoptr(GArray) untouched = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) left = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  guint n = 0, sum = 0;

  edits = copydesk_find_replace_all (article, "harbour", "*port*", COPYDESK_FIND_DEFAULT, &n);
  g_assert_cmpuint (n, ==, 13);
  /* one edit per field touched, the body once for its two matches */
  g_assert_cmpuint (edits->len, ==, 12);
  for (guint i = 0; i < edits->len; i++)
    sum += ((CopydeskFindEdit *) g_ptr_array_index (edits, i))->n_replaced;
  g_assert_cmpuint (sum, ==, n);
  g_assert_cmpstr (((CopydeskFindEdit *) g_ptr_array_index (edits, 0))->text, ==,
                   "*port* wall collapses");
  /* the article is not touched until the edits are applied */
  untouched = copydesk_find_in_article (article, "harbour", COPYDESK_FIND_DEFAULT);
  g_assert_cmpuint (untouched->len, ==, 13);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Harbour wall collapses");
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, "Harbour News Agency");

  g_assert_true (copydesk_find_apply_edits (article, edits, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "*port* wall collapses");
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, "HARBOUR TOWN");
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, "*port* News Agency");
  g_assert_true (copydesk_article_get_byline_override (article));

  /* in the body the stars stayed text: every replacement is found again */
  after = copydesk_find_in_article (article, "*port*", COPYDESK_FIND_MATCH_CASE);
  g_assert_cmpuint (after->len, ==, n);
  left = copydesk_find_in_article (article, "harbour", COPYDESK_FIND_DEFAULT);
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 3);

  toast = copydesk_find_describe_replaced (n);
  g_assert_cmpstr (toast, ==, "Replaced 13 matches");
}

static void
test_replace_in_text (void)
{
  guint n = 0;
  g_autofree char *plain = copydesk_find_replace_in_text ("Émile et émilie", "É", "E",
                                                          COPYDESK_FIND_DEFAULT, FALSE, &n);
  g_autofree char *line_start = copydesk_find_replace_in_text ("Grade one\n", "Grade", "# 1",
                                                               COPYDESK_FIND_DEFAULT, TRUE, NULL);
  g_autofree char *none = copydesk_find_replace_in_text ("abc", "x", "y", COPYDESK_FIND_DEFAULT,
                                                         FALSE, &n);
  g_autofree char *one = copydesk_find_describe_replaced (1);
  g_autofree char *zero = copydesk_find_describe_replaced (0);

  g_assert_cmpstr (plain, ==, "Emile et Emilie");
  /* what would start a heading stays text */
  g_assert_cmpstr (line_start, ==, "\\# 1 one\n");
  g_assert_cmpstr (none, ==, "abc");
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (one, ==, "Replaced 1 match");
  g_assert_cmpstr (zero, ==, "Nothing to replace");
}

/* Edits made for an older article change nothing. */
static void
test_stale_edits (void)
{
  g_autoptr(CopydeskArticle) article = harbour_story ();
  g_autoptr(GPtrArray) edits = copydesk_find_replace_all (article, "harbour", "port",
                                                          COPYDESK_FIND_DEFAULT, NULL);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 1);
  g_autoptr(GError) error = NULL;

  copydesk_article_remove_photo (article, photo);
  g_assert_false (copydesk_find_apply_edits (article, edits, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Harbour wall collapses");
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, "Harbour News Agency");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/find/every-field", test_every_field);
  g_test_add_func ("/find/case-and-whole-word", test_case_and_whole_word);
  g_test_add_func ("/find/unicode", test_unicode);
  g_test_add_func ("/find/not-in-markup", test_not_in_markup);
  g_test_add_func ("/find/navigation", test_navigation);
  g_test_add_func ("/find/replace-all", test_replace_all);
  g_test_add_func ("/find/replace-in-text", test_replace_in_text);
  g_test_add_func ("/find/stale-edits", test_stale_edits);

  return g_test_run ();
}
