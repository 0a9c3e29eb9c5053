/* test-body-parser.c: parsing the body again only where it changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every body the incremental parser returns must equal a full parse of the
 * same text, and the blocks outside the edit must be the very same objects
 * as before (the preview relies on that to rebuild only what changed).
 */
#include "config.h"

#include <string.h>

#include "copydesk-body-parser.h"
#include "copydesk-core.h"

#define N_PARAGRAPHS 300

static char *
long_markup (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < N_PARAGRAPHS; i++)
    {
      if (i % 20 == 0)
        g_string_append_printf (text, "## Section %u\n\n", i / 20 + 1);
      g_string_append_printf (text, "Paragraph %u says *something* about the harbour.\n\n", i);
      if (i % 50 == 25)
        g_string_append (text, "> A quote.\n>\n> Its second paragraph.\n\n- one\n- two\n\n");
      if (i % 70 == 10)
        g_string_append_printf (text, "[photo: p%u]\n\n", i);
    }
  return g_string_free (text, FALSE);
}

/* Replaces @remove bytes at @at with @insert. */
static char *
splice (const char *text,
        gsize       at,
        gsize       remove,
        const char *insert)
{
  GString *out = g_string_new_len (text, at);

  g_string_append (out, insert);
  g_string_append (out, text + at + remove);
  return g_string_free (out, FALSE);
}

/* Parses @text both ways and checks they agree; returns the incremental one. */
static CopydeskBody *
parse_both (CopydeskBodyParser *parser,
            const char         *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) full = copydesk_body_parse_markup (text, -1, &error);
  CopydeskBody *body;

  g_assert_no_error (error);
  body = copydesk_body_parser_parse (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (body);
  if (!copydesk_body_equal (body, full))
    {
      guint i = 0;
      g_autofree char *got = NULL;
      g_autofree char *want = NULL;

      /* Name the first block that differs, not the whole story. */
      while (i < copydesk_body_get_n_blocks (body) && i < copydesk_body_get_n_blocks (full)
             && copydesk_block_equal (copydesk_body_get_block (body, i),
                                      copydesk_body_get_block (full, i)))
        i++;
      if (i < copydesk_body_get_n_blocks (body))
        got = copydesk_block_to_markup (copydesk_body_get_block (body, i));
      if (i < copydesk_body_get_n_blocks (full))
        want = copydesk_block_to_markup (copydesk_body_get_block (full, i));
      g_test_message ("block %u of %u (full parse: %u) differs", i,
                      copydesk_body_get_n_blocks (body), copydesk_body_get_n_blocks (full));
      g_assert_cmpstr (got, ==, want);
      g_assert_not_reached ();
    }
  /* Counts are cached in the blocks; shared blocks must not lie. */
  g_assert_cmpuint (copydesk_body_count_words (body), ==, copydesk_body_count_words (full));
  g_assert_cmpuint (copydesk_body_count_chars (body), ==, copydesk_body_count_chars (full));
  return body;
}

/* How many blocks of @after are the same objects as blocks of @before. */
static guint
count_shared (CopydeskBody *before,
              CopydeskBody *after)
{
  g_autoptr(GHashTable) old = g_hash_table_new (NULL, NULL);
  guint shared = 0;

  for (guint i = 0; i < copydesk_body_get_n_blocks (before); i++)
    g_hash_table_add (old, copydesk_body_get_block (before, i));
  for (guint i = 0; i < copydesk_body_get_n_blocks (after); i++)
    if (g_hash_table_contains (old, copydesk_body_get_block (after, i)))
      shared++;
  return shared;
}

static gsize
offset_of (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return found - text;
}

static void
test_middle_edit (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autofree char *text = long_markup ();
  g_autofree char *edited = NULL;
  g_autoptr(CopydeskBody) before = parse_both (parser, text);
  g_autoptr(CopydeskBody) after = NULL;
  guint n = copydesk_body_get_n_blocks (before);
  guint changed = 0;

  g_assert_cmpuint (copydesk_body_parser_get_last_span (parser), ==, strlen (text));
  edited = splice (text, offset_of (text, "Paragraph 150 says") + 10, 0, "x");
  after = parse_both (parser, edited);
  g_assert_cmpuint (copydesk_body_get_n_blocks (after), ==, n);
  /* One paragraph was read again, not the story. */
  g_assert_cmpuint (copydesk_body_parser_get_last_span (parser), <, 200);
  for (guint i = 0; i < n; i++)
    if (copydesk_body_get_block (before, i) != copydesk_body_get_block (after, i))
      changed++;
  g_assert_cmpuint (changed, ==, 1);
}

/* A series of edits, each compared with a full parse, and the share of
 * blocks kept from one body to the next at least @min_shared. */
static void
check_edits (const char  *start,
             const char **needles,
             const gsize *skips,
             const gsize *removes,
             const char **inserts,
             guint        n_edits,
             guint        min_shared)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autofree char *text = g_strdup (start);
  g_autoptr(CopydeskBody) body = parse_both (parser, text);

  for (guint i = 0; i < n_edits; i++)
    {
      gsize at = offset_of (text, needles[i]) + skips[i];
      g_autofree char *next = splice (text, at, removes[i], inserts[i]);
      CopydeskBody *after = parse_both (parser, next);

      g_assert_cmpuint (count_shared (body, after), >=, min_shared);
      copydesk_body_unref (body);
      body = after;
      g_free (text);
      text = g_steal_pointer (&next);
    }
}

static void
test_across_blocks (void)
{
  g_autofree char *text = long_markup ();
  gsize from = offset_of (text, "Paragraph 100 says") + 12;
  gsize to = offset_of (text, "Paragraph 103 says") + 5;
  const char *needles[] = { "Paragraph 100 says" };
  const gsize skips[] = { 12 };
  const gsize removes[] = { to - from };
  const char *inserts[] = { "JOINED " };

  check_edits (text, needles, skips, removes, inserts, 1, N_PARAGRAPHS - 10);
}

static void
test_merge_and_split (void)
{
  g_autofree char *text = long_markup ();
  /* Deleting the blank line joins two paragraphs; typing it back splits them;
   * a blank line typed inside a paragraph splits it. */
  const char *needles[] = {
    "about the harbour.\n\nParagraph 41 ", "about the harbour.\nParagraph 41 ",
    "Paragraph 60 says", "Paragraph 200 says *something*",
  };
  const gsize skips[] = { 18, 18, 13, 18 };
  const gsize removes[] = { 1, 0, 0, 0 };
  const char *inserts[] = { "", "\n", "\n\n", "\n" };

  check_edits (text, needles, skips, removes, inserts, G_N_ELEMENTS (needles),
               N_PARAGRAPHS - 10);
}

static void
test_lists_quotes_headings (void)
{
  g_autofree char *text = long_markup ();
  /* A list typed in as a block; a paragraph turned into a list item, into a
   * subheading, into a quote; a list item written right under a paragraph. */
  const char *needles[] = {
    "Paragraph 30 says", "Paragraph 31 says", "Paragraph 32 says", "Paragraph 33 says",
    "Paragraph 34 says *something* about the harbour.", "- two\n",
    "- two\n",
  };
  const gsize skips[] = { 0, 0, 0, 0, 48, 5, 0 };
  const gsize removes[] = { 0, 0, 0, 0, 0, 0, 2 };
  const char *inserts[] = {
    "- first\n- second\n\n", "- ", "## ", "> ", "\n- item under it", "\n3. numbered", "",
  };

  check_edits (text, needles, skips, removes, inserts, G_N_ELEMENTS (needles),
               N_PARAGRAPHS - 10);
}

static void
test_placement_lines (void)
{
  g_autofree char *text = long_markup ();
  /* A placement right under a paragraph line (a block of its own at once),
   * a placement broken by deleting its bracket and mended again, and the
   * blank line after a placement removed. */
  const char *needles[] = {
    "Paragraph 90 says *something* about the harbour.",
    "[photo: p80]", "[photo: p80", "[photo: p150]\n\n",
  };
  const gsize skips[] = { 48, 11, 11, 14 };
  const gsize removes[] = { 0, 1, 0, 1 };
  const char *inserts[] = { "\n[photo: new-one]", "", "]", "" };

  check_edits (text, needles, skips, removes, inserts, G_N_ELEMENTS (needles),
               N_PARAGRAPHS - 10);
}

static void
test_ends_of_text (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  const char *texts[] = {
    "", "A", "A\n", "A\n\n", "A\n\nB", "A\n\nB\n", "X\nA\n\nB\n", "\nX\nA\n\nB\n",
    "\n\n\n", "[photo: a]", "[photo: a]\nB", "B\n[photo: a]", "",
    "## H\nunder it\n\n- a\n- b\n", "## H\n\nunder it\n\n- a\n- b\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CopydeskBody) body = parse_both (parser, texts[i]);
    }
}

/* Undo and redo hand the parser the texts it saw before, in reverse. */
static void
test_undo_redo (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = long_markup ();
  const char *typed = "Now, a new paragraph.\n\n- and\n- a list\n\n";
  gsize at = offset_of (text, "Paragraph 120 says");

  g_ptr_array_add (history, g_strdup (text));
  for (gsize i = 1; i <= strlen (typed); i++)
    {
      g_autofree char *part = g_strndup (typed, i);

      g_ptr_array_add (history, splice (text, at, 0, part));
    }
  for (guint i = 0; i < history->len; i++)
    copydesk_body_unref (parse_both (parser, g_ptr_array_index (history, i)));
  for (guint i = history->len; i > 0; i--)
    copydesk_body_unref (parse_both (parser, g_ptr_array_index (history, i - 1)));
  for (guint i = 0; i < history->len; i += 7)
    copydesk_body_unref (parse_both (parser, g_ptr_array_index (history, i)));
}

static void
test_carriage_returns_and_errors (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autoptr(CopydeskBody) first = parse_both (parser, "One.\r\n\r\nTwo.\r\n");
  g_autoptr(CopydeskBody) second = parse_both (parser, "One.\r\n\r\nTwo, edited.\r\n");
  g_autoptr(CopydeskBody) third = parse_both (parser, "One.\n\nTwo.\n");
  g_autoptr(GError) error = NULL;
  CopydeskBody *bad;

  g_assert_cmpuint (copydesk_body_get_n_blocks (second), ==, 2);
  bad = copydesk_body_parser_parse (parser, "One.\n\nTw\xff.\n", -1, &error);
  g_assert_null (bad);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8);
  /* The failed text is not remembered: the next parse still agrees. */
  copydesk_body_unref (parse_both (parser, "One.\n\nTwo!\n"));
}

static void
test_prime_keeps_blocks (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autofree char *text = long_markup ();
  g_autoptr(CopydeskBody) loaded = copydesk_body_parse_markup (text, -1, NULL);
  g_autofree char *printed = copydesk_body_to_markup (loaded);
  g_autofree char *edited = splice (printed, offset_of (printed, "Paragraph 7 "), 0, "Z");
  g_autoptr(CopydeskBody) after = NULL;

  copydesk_body_parser_prime (parser, printed, loaded);
  after = parse_both (parser, edited);
  g_assert_cmpuint (count_shared (loaded, after), ==, copydesk_body_get_n_blocks (loaded) - 1);
}

/* Random edits made of the characters that change structure, compared with
 * full parses. Seeded, so a failure can be replayed (--seed). */
static void
test_random_edits (void)
{
  static const char *pieces[] = {
    "a", "word ", " ", "\n", "\n\n", "## ", "> ", ">\n", "- ", "1. ", "12. ", "*", "**",
    "[photo: q1]", "[photo: q1]\n", "]", "[", "(", ")", "\\", "#", "-", "\t", "é", "»",
    "[a link](https://example.org/)",
  };
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  g_autofree char *start = long_markup ();
  GString *text = g_string_new (start);
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(CopydeskBody) body = parse_both (parser, text->str);

  for (guint round = 0; round < 400; round++)
    {
      gsize at = g_rand_int_range (rand, 0, text->len + 1);
      CopydeskBody *next;

      /* Stay on a character boundary. */
      while (at > 0 && at < text->len && (text->str[at] & 0xc0) == 0x80)
        at--;
      if (g_rand_boolean (rand))
        {
          gsize n = g_rand_int_range (rand, 1, 40);

          while (at + n < text->len && (text->str[at + n] & 0xc0) == 0x80)
            n++;
          g_string_erase (text, at, MIN (n, text->len - at));
        }
      else
        {
          guint count = g_rand_int_range (rand, 1, 4);

          for (guint i = 0; i < count; i++)
            g_string_insert (text, at, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }
      next = parse_both (parser, text->str);
      copydesk_body_unref (body);
      body = next;
    }
  g_rand_free (rand);
  g_string_free (text, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-parser/middle-edit", test_middle_edit);
  g_test_add_func ("/body-parser/across-blocks", test_across_blocks);
  g_test_add_func ("/body-parser/merge-and-split", test_merge_and_split);
  g_test_add_func ("/body-parser/lists-quotes-headings", test_lists_quotes_headings);
  g_test_add_func ("/body-parser/placement-lines", test_placement_lines);
  g_test_add_func ("/body-parser/ends-of-text", test_ends_of_text);
  g_test_add_func ("/body-parser/undo-redo", test_undo_redo);
  g_test_add_func ("/body-parser/carriage-returns-and-errors", test_carriage_returns_and_errors);
  g_test_add_func ("/body-parser/prime-keeps-blocks", test_prime_keeps_blocks);
  g_test_add_func ("/body-parser/random-edits", test_random_edits);

  return g_test_run ();
}
