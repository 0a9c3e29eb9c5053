/* test-markup.c: the body markup, both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-core.h"

static CopydeskBody *
parse (const char *markup)
{
  g_autoptr(GError) error = NULL;
  CopydeskBody *body = copydesk_body_parse_markup (markup, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (body);
  return body;
}

/* Text in the printer's own form must come back unchanged. */
static const char *canonical[] = {
  "",
  "One paragraph.\n",
  "First.\n\nSecond.\n",
  "## A subheading\n\nText under it.\n",
  "> A quoted paragraph.\n",
  "> First quoted paragraph.\n>\n> Second quoted paragraph.\n",
  "- one\n- two\n- three\n",
  "1. first\n2. second\n3. third\n",
  "[photo: harbour-dawn]\n",
  "Before.\n\n[photo: p1]\n\n[photo: p2]\n\nAfter.\n",
  "Some *emphasis*, some **strength** and ***both***.\n",
  "A [link](https://example.org/a?b=c&d=e) in text.\n",
  "A [link with *style*](https://example.org/) here.\n",
  "*a***b***c*\n",
  "5 * 3 = 15, and 2*3 too.\n",
  "He said [sic] and left.\n",
  "Wikipedia: [Foo](https://en.wikipedia.org/wiki/Foo_(bar)).\n",
  "A path C:\\Users\\desk stays.\n",
  "Unicode: “quotes” — dashes, 10\u00a0000 people, emoji 📰, עברית, العربية.\n",
  "Costs \\*really\\* went up.\n",
  "\\## Not a heading\n",
  "\\- not a list\n",
  "1999\\. A year to remember.\n",
  "\\> not a quote\n",
  "\\[photo: not-a-photo\\]\n",
  "## Heading with **strong** words\n\n- item with [a link](https://example.net/)\n- *em item*\n",
  NULL
};

static void
test_canonical_round_trip (void)
{
  for (guint i = 0; canonical[i] != NULL; i++)
    {
      g_autoptr(CopydeskBody) body = parse (canonical[i]);
      g_autofree char *printed = copydesk_body_to_markup (body);

      g_assert_cmpstr (printed, ==, canonical[i]);
    }
}

static void
assert_kinds (CopydeskBody            *body,
              const CopydeskBlockKind *kinds,
              guint                    n)
{
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, i)), ==, kinds[i]);
}

static void
test_structure (void)
{
  g_autoptr(CopydeskBody) body = parse ("## Head\n\nPara one.\n\n> quote\n\n- a\n- b\n\n"
                                        "1. x\n\n[photo: pic-1]\n\nLast.\n");
  const CopydeskBlockKind kinds[] = {
    COPYDESK_BLOCK_SUBHEADING, COPYDESK_BLOCK_PARAGRAPH, COPYDESK_BLOCK_QUOTE,
    COPYDESK_BLOCK_BULLET_LIST, COPYDESK_BLOCK_NUMBERED_LIST, COPYDESK_BLOCK_PHOTO,
    COPYDESK_BLOCK_PARAGRAPH,
  };

  assert_kinds (body, kinds, G_N_ELEMENTS (kinds));
  g_assert_cmpuint (copydesk_block_get_n_items (copydesk_body_get_block (body, 3)), ==, 2);
  g_assert_cmpstr (copydesk_block_get_photo_id (copydesk_body_get_block (body, 5)), ==, "pic-1");
}

static void
test_inline_spans (void)
{
  g_autoptr(CopydeskBody) body = parse ("Plain *em* **strong** [link *x*](https://e.example/)");
  CopydeskRun *run = copydesk_block_get_run (copydesk_body_get_block (body, 0));
  const CopydeskSpan *span;

  g_assert_cmpuint (copydesk_run_get_n_spans (run), ==, 7);
  span = copydesk_run_get_span (run, 1);
  g_assert_cmpstr (span->text, ==, "em");
  g_assert_cmpint (span->style, ==, COPYDESK_STYLE_EMPHASIS);
  span = copydesk_run_get_span (run, 3);
  g_assert_cmpstr (span->text, ==, "strong");
  g_assert_cmpint (span->style, ==, COPYDESK_STYLE_STRONG);
  span = copydesk_run_get_span (run, 5);
  g_assert_cmpstr (span->text, ==, "link ");
  g_assert_cmpstr (span->href, ==, "https://e.example/");
  span = copydesk_run_get_span (run, 6);
  g_assert_cmpstr (span->text, ==, "x");
  g_assert_cmpint (span->style, ==, COPYDESK_STYLE_EMPHASIS);
  g_assert_cmpstr (span->href, ==, "https://e.example/");
}

static void
test_unmatched_stars_are_text (void)
{
  g_autoptr(CopydeskBody) body = parse ("*open but never closed and ** two");
  CopydeskRun *run = copydesk_block_get_run (copydesk_body_get_block (body, 0));
  g_autofree char *plain = copydesk_run_to_plain_text (run);

  g_assert_cmpuint (copydesk_run_get_n_spans (run), ==, 1);
  g_assert_cmpstr (plain, ==, "*open but never closed and ** two");
}

/* Input in other shapes is read sensibly and printed in the canonical form. */
static void
test_normalisation (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Hard\nwrapped\nlines.", "Hard wrapped lines.\n" },
    { "One.\n\n\n\nTwo.   \n", "One.\n\nTwo.\n" },
    { "CRLF\r\nline\r\n\r\nnext\r", "CRLF line\n\nnext\n" },
    { "\xEF\xBB\xBF" "Byte-order mark", "Byte-order mark\n" },
    { "## Head\nFollowing text", "## Head\n\nFollowing text\n" },
    { "- a\ncontinued\n- b", "- a continued\n- b\n" },
    { "3. three\n7. seven", "1. three\n2. seven\n" },
    { "Text\n[photo: p]\nMore", "Text\n\n[photo: p]\n\nMore\n" },
    { ">no space", "> no space\n" },
    { "   ", "" },
    { "*  spaced out*", "* spaced out*\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CopydeskBody) body = parse (cases[i].in);
      g_autofree char *printed = copydesk_body_to_markup (body);

      g_assert_cmpstr (printed, ==, cases[i].out);
    }
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ("Good\n\nbad \xff byte", -1, &error);

  g_assert_null (body);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "offset 10"));
}

/* Texts that need escaping when they are plain paragraph text. */
static void
test_literal_text_survives (void)
{
  static const char *texts[] = {
    "## not a heading", "- not a list", "1. not a list", "> not a quote",
    "[photo: looks-like-one]", "a*b*c", "**", "*", "\\", "\\*", "[x](y)", "a]( b",
    "C:\\dir\\*", "2024. A year", "-", "#", "***x", "x***", "](", "[[", "a **b",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CopydeskRun) run = copydesk_run_new_plain (texts[i]);
      g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
      g_autoptr(CopydeskBody) body = NULL;
      g_autoptr(CopydeskBody) again = NULL;
      g_autofree char *printed = NULL;

      g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
      body = copydesk_body_new (blocks);
      printed = copydesk_body_to_markup (body);
      again = parse (printed);
      if (!copydesk_body_equal (body, again))
        g_error ("“%s” printed as “%s” does not read back", texts[i], printed);
    }
}

/* ---------------------------------------------------------------- random */

static const char *alphabet[] = {
  "a", "b", "word", " ", " ", "*", "**", "[", "]", "(", ")", "\\", "#", ">", "-", ".",
  "1", "12. ", "## ", "- ", "> ", "é", "\u00a0", "📰", "[photo: x]", "](", "\t", "_",
};

static CopydeskRun *
random_run (void)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();
  guint n = g_test_rand_int_range (1, 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint len = g_test_rand_int_range (1, 6);
      CopydeskStyle style = g_test_rand_int_range (0, 4);
      const char *href = g_test_rand_int_range (0, 4) == 0 ?
                         (g_test_rand_bit () ? "https://x.example/a_(b)" : "u \\ v") : NULL;

      for (guint j = 0; j < len; j++)
        g_string_append (text, alphabet[g_test_rand_int_range (0, G_N_ELEMENTS (alphabet))]);
      copydesk_run_builder_append (builder, text->str, -1, style, href);
    }
  return copydesk_run_builder_end (builder);
}

static CopydeskBlock *
random_block (void)
{
  CopydeskBlockKind kind = g_test_rand_int_range (0, COPYDESK_BLOCK_PHOTO + 1);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);
  guint n = g_test_rand_int_range (1, 4);

  if (kind == COPYDESK_BLOCK_PHOTO)
    return copydesk_block_new_photo (g_test_rand_bit () ? "p-1" : "Photo_2.jpg");

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (runs, random_run ());
  if (kind == COPYDESK_BLOCK_PARAGRAPH || kind == COPYDESK_BLOCK_SUBHEADING)
    return copydesk_block_new_text (kind, g_ptr_array_index (runs, 0));
  return copydesk_block_new_items (kind, runs);
}

static char *
dump_body (CopydeskBody *body)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);

      g_string_append_printf (out, "block %u kind %d\n", i, copydesk_block_get_kind (block));
      for (guint j = 0; j < copydesk_block_get_n_items (block); j++)
        {
          CopydeskRun *run = copydesk_block_get_item (block, j);

          for (guint k = 0; k < copydesk_run_get_n_spans (run); k++)
            {
              const CopydeskSpan *span = copydesk_run_get_span (run, k);

              g_string_append_printf (out, "  item %u: «%s» style %d href %s\n", j, span->text,
                                      span->style, span->href ? span->href : "-");
            }
        }
    }
  return g_string_free (out, FALSE);
}

/* Whatever the body holds, parsing its printed form gives it back; and the
 * printed form is a fixed point of printing. */
static void
test_random_bodies_round_trip (void)
{
  guint rounds = g_test_slow () ? 20000 : 3000;

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
      g_autoptr(CopydeskBody) body = NULL;
      g_autoptr(CopydeskBody) again = NULL;
      g_autofree char *printed = NULL;
      g_autofree char *reprinted = NULL;
      guint n = g_test_rand_int_range (1, 5);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (blocks, random_block ());
      body = copydesk_body_new (blocks);
      printed = copydesk_body_to_markup (body);
      again = parse (printed);
      if (!copydesk_body_equal (body, again))
        {
          g_autofree char *expected = dump_body (body);
          g_autofree char *actual = dump_body (again);

          g_error ("round %u: body printed as\n%s\ndoes not read back the same.\n"
                   "Expected:\n%s\nRead back:\n%s", round, printed, expected, actual);
        }
      reprinted = copydesk_body_to_markup (again);
      g_assert_cmpstr (reprinted, ==, printed);
    }
}

static void
test_counts (void)
{
  g_autoptr(CopydeskBody) body = parse ("## Two words\n\nIt's a well-known fact.\n\n"
                                        "[photo: p]\n\n- one\n- two three\n");
  g_auto(GStrv) ids = copydesk_body_get_photo_ids (body);

  /* Two words / It's a well-known fact / one / two three */
  g_assert_cmpuint (copydesk_body_count_words (body), ==, 2 + 4 + 1 + 2);
  g_assert_cmpuint (copydesk_body_count_chars (body), ==, 9 + 23 + 3 + 9);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, "p");
}

/* One recogniser of placement lines serves the parser, the gutter, the
 * captions under the lines and card drops on the body. */
static void
test_placement_id (void)
{
  static const struct { const char *line; const char *id; } cases[] = {
    { "[photo: harbour-dawn]", "harbour-dawn" },
    { "  [photo:town_hall.2]  \n", "town_hall.2" },
    { "[photo:   x ]", "x" },
    { "[photo:]", NULL },
    { "[photo: two words]", NULL },
    { "[photo: a]\n\n[photo: b]", NULL },
    { "[photo: a] and text", NULL },
    { "Text [photo: a]", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = copydesk_body_placement_id (cases[i].line);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markup/canonical-round-trip", test_canonical_round_trip);
  g_test_add_func ("/markup/placement-id", test_placement_id);
  g_test_add_func ("/markup/structure", test_structure);
  g_test_add_func ("/markup/inline-spans", test_inline_spans);
  g_test_add_func ("/markup/unmatched-stars-are-text", test_unmatched_stars_are_text);
  g_test_add_func ("/markup/normalisation", test_normalisation);
  g_test_add_func ("/markup/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/markup/literal-text-survives", test_literal_text_survives);
  g_test_add_func ("/markup/random-bodies-round-trip", test_random_bodies_round_trip);
  g_test_add_func ("/markup/counts", test_counts);

  return g_test_run ();
}
