/* test-run.c: the normal form of inline text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-core.h"

static CopydeskRun *
build (const char *first_text,
       ...)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();
  va_list args;

  va_start (args, first_text);
  for (const char *text = first_text; text != NULL; text = va_arg (args, const char *))
    {
      CopydeskStyle style = va_arg (args, CopydeskStyle);
      const char *href = va_arg (args, const char *);

      copydesk_run_builder_append (builder, text, -1, style, href);
    }
  va_end (args);
  return copydesk_run_builder_end (builder);
}

static void
assert_span (CopydeskRun   *run,
             guint          index,
             const char    *text,
             CopydeskStyle  style,
             const char    *href)
{
  const CopydeskSpan *span = copydesk_run_get_span (run, index);

  g_assert_cmpstr (span->text, ==, text);
  g_assert_cmpint (span->style, ==, style);
  g_assert_cmpstr (span->href, ==, href);
}

static void
test_whitespace_collapses (void)
{
  g_autoptr(CopydeskRun) run = copydesk_run_new_plain ("  two\t\tspaces\n and\r\nlines  ");
  g_autofree char *plain = copydesk_run_to_plain_text (run);

  g_assert_cmpstr (plain, ==, "two spaces and lines");
  g_assert_cmpuint (copydesk_run_get_n_spans (run), ==, 1);
}

static void
test_no_break_space_is_kept (void)
{
  g_autoptr(CopydeskRun) run = copydesk_run_new_plain ("10\u00a0000 people\u202fand  more");
  g_autofree char *plain = copydesk_run_to_plain_text (run);

  g_assert_cmpstr (plain, ==, "10\u00a0000 people\u202fand more");
}

static void
test_style_edges_move_outside (void)
{
  g_autoptr(CopydeskRun) run = build ("a", COPYDESK_STYLE_NONE, NULL,
                                      " bold text ", COPYDESK_STYLE_STRONG, NULL,
                                      "b", COPYDESK_STYLE_NONE, NULL, NULL);

  g_assert_cmpuint (copydesk_run_get_n_spans (run), ==, 3);
  assert_span (run, 0, "a ", COPYDESK_STYLE_NONE, NULL);
  assert_span (run, 1, "bold text", COPYDESK_STYLE_STRONG, NULL);
  assert_span (run, 2, " b", COPYDESK_STYLE_NONE, NULL);
}

static void
test_adjacent_spans_merge (void)
{
  g_autoptr(CopydeskRun) run = build ("one ", COPYDESK_STYLE_EMPHASIS, "https://a.example/",
                                      "two", COPYDESK_STYLE_EMPHASIS, "https://a.example/",
                                      NULL);
  g_autoptr(CopydeskRun) same = build ("one two", COPYDESK_STYLE_EMPHASIS,
                                       "https://a.example/", NULL);

  g_assert_cmpuint (copydesk_run_get_n_spans (run), ==, 1);
  assert_span (run, 0, "one two", COPYDESK_STYLE_EMPHASIS, "https://a.example/");
  g_assert_true (copydesk_run_equal (run, same));
}

static void
test_links_do_not_start_with_space (void)
{
  g_autoptr(CopydeskRun) run = build ("see", COPYDESK_STYLE_NONE, NULL,
                                      " the report", COPYDESK_STYLE_NONE, "https://b.example/x",
                                      NULL);

  assert_span (run, 0, "see ", COPYDESK_STYLE_NONE, NULL);
  assert_span (run, 1, "the report", COPYDESK_STYLE_NONE, "https://b.example/x");
}

static void
test_empty_and_blank (void)
{
  g_autoptr(CopydeskRun) empty = copydesk_run_new_plain ("");
  g_autoptr(CopydeskRun) blank = copydesk_run_new_plain (" \t\n ");
  g_autoptr(CopydeskRun) text = copydesk_run_new_plain ("x");

  g_assert_true (copydesk_run_is_empty (empty));
  g_assert_true (copydesk_run_is_empty (blank));
  g_assert_true (copydesk_run_equal (empty, blank));
  g_assert_false (copydesk_run_equal (empty, text));
}

static void
test_equal_compares_style_and_href (void)
{
  g_autoptr(CopydeskRun) plain = copydesk_run_new_plain ("word");
  g_autoptr(CopydeskRun) em = build ("word", COPYDESK_STYLE_EMPHASIS, NULL, NULL);
  g_autoptr(CopydeskRun) link1 = build ("word", COPYDESK_STYLE_NONE, "https://c.example/1", NULL);
  g_autoptr(CopydeskRun) link2 = build ("word", COPYDESK_STYLE_NONE, "https://c.example/2", NULL);

  g_assert_false (copydesk_run_equal (plain, em));
  g_assert_false (copydesk_run_equal (plain, link1));
  g_assert_false (copydesk_run_equal (link1, link2));
  g_assert_true (copydesk_run_equal (link1, link1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run/whitespace-collapses", test_whitespace_collapses);
  g_test_add_func ("/run/no-break-space-is-kept", test_no_break_space_is_kept);
  g_test_add_func ("/run/style-edges-move-outside", test_style_edges_move_outside);
  g_test_add_func ("/run/adjacent-spans-merge", test_adjacent_spans_merge);
  g_test_add_func ("/run/links-do-not-start-with-space", test_links_do_not_start_with_space);
  g_test_add_func ("/run/empty-and-blank", test_empty_and_blank);
  g_test_add_func ("/run/equal-compares-style-and-href", test_equal_compares_style_and_href);

  return g_test_run ();
}
