/* test-newsml-check.c: the built-in NewsML-G2 checks and schema validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "copydesk-test-util.h"
#include "sample-article.h"

static GBytes *
write_sample (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  GBytes *xml = copydesk_newsml_write (article, base, &error);

  g_assert_no_error (error);
  return xml;
}

static const char *
schema_path (void)
{
  return copydesk_test_have_schema () ? g_getenv ("COPYDESK_NEWSML_SCHEMA") : NULL;
}

/* The writer output with @insert placed before the first @anchor; *line is
 * the line the insertion lands on. */
static GBytes *
inject (GBytes     *xml,
        const char *anchor,
        const char *insert,
        guint      *line)
{
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  g_autofree char *text = g_strndup (data, len);
  char *at = strstr (text, anchor);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (at);
  *line = 1;
  for (const char *p = text; p < at; p++)
    *line += *p == '\n';
  g_string_append_len (out, text, at - text);
  g_string_append (out, insert);
  g_string_append (out, at);
  return g_string_free_to_bytes (out);
}

static gboolean
has_problem (GPtrArray  *problems,
             guint       line,
             const char *fragment)
{
  for (guint i = 0; i < problems->len; i++)
    {
      CopydeskNewsmlProblem *p = g_ptr_array_index (problems, i);

      if (!p->is_note && p->line == line && strstr (p->message, fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
dump (GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *s = copydesk_newsml_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", s);
    }
}

/* Checks that @xml is invalid, with a problem on @line that mentions @fragment. */
static void
expect_problem (GBytes     *xml,
                const char *schema,
                guint       line,
                const char *fragment)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (copydesk_newsml_check (xml, schema, &problems, &error), ==,
                   COPYDESK_NEWSML_CHECK_INVALID);
  g_assert_no_error (error);
  dump (problems);
  g_assert_true (has_problem (problems, line, fragment));
}

static void
test_writer_output_is_valid (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CopydeskNewsmlCheck verdict;

  verdict = copydesk_newsml_check (xml, NULL, &problems, &error);
  g_assert_no_error (error);
  dump (problems);
  g_assert_cmpint (verdict, ==, COPYDESK_NEWSML_CHECK_VALID_BUILTIN);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  if (schema_path () == NULL)
    {
      g_test_skip ("shared NewsML-G2 schema not found; schema validation skipped");
      return;
    }
  verdict = copydesk_newsml_check (xml, schema_path (), &problems, &error);
  g_assert_no_error (error);
  dump (problems);
  g_assert_cmpint (verdict, ==, COPYDESK_NEWSML_CHECK_VALID);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_forbidden_element (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;
  g_autoptr(GBytes) bad = inject (xml, "<p>", "<script>alert(1)</script>", &line);

  expect_problem (bad, NULL, line, "<script>");

  if (schema_path () == NULL)
    {
      g_test_skip ("shared NewsML-G2 schema not found; schema validation skipped");
      return;
    }
  g_assert_cmpint (copydesk_newsml_check (bad, schema_path (), &problems, &error), ==,
                   COPYDESK_NEWSML_CHECK_INVALID);
  g_assert_no_error (error);
  dump (problems);
  /* the schema says it too, on the same line */
  g_assert_true (has_problem (problems, line, "script"));
  g_assert_cmpuint (problems->len, >=, 2);
}

static void
test_event_handler_attribute (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  guint line = 0;
  g_autoptr(GBytes) bad = inject (xml, "<p>", "<p onclick=\"steal()\">Hi</p>\n", &line);

  expect_problem (bad, NULL, line, "onclick");
}

static void
test_control_character (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  guint line = 0;
  g_autoptr(GBytes) raw = inject (xml, "<headline>", "\a", &line);
  g_autoptr(GBytes) reference = NULL;

  expect_problem (raw, NULL, line, "U+0007");

  /* the same character as a reference is caught by the parser */
  reference = inject (xml, "</headline>", "&#1;", &line);
  g_assert_cmpint (copydesk_newsml_check (reference, NULL, &problems, NULL), ==,
                   COPYDESK_NEWSML_CHECK_INVALID);
  dump (problems);
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_cmpuint (((CopydeskNewsmlProblem *) g_ptr_array_index (problems, 0))->line, ==, line);
}

static void
test_not_well_formed (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (xml, 0, g_bytes_get_size (xml) / 2);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) latin1 = g_bytes_new_static ("<a>\n\xe9t\xe9</a>", 12);
  g_autoptr(GPtrArray) problems = NULL;
  CopydeskNewsmlProblem *first;

  g_assert_cmpint (copydesk_newsml_check (half, NULL, &problems, NULL), ==,
                   COPYDESK_NEWSML_CHECK_INVALID);
  dump (problems);
  first = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (first->line, >, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_cmpint (copydesk_newsml_check (empty, NULL, &problems, NULL), ==,
                   COPYDESK_NEWSML_CHECK_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  expect_problem (latin1, NULL, 2, "UTF-8");
}

static void
test_missing_parts (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  static const char html[] = "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>";
  g_autoptr(GBytes) other = g_bytes_new_static (html, strlen (html));
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  g_autoptr(GString) no_sent = g_string_new_len (data, len);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  expect_problem (other, NULL, 1, "<html>");

  g_assert_cmpint (g_string_replace (no_sent, "<sent>", "<sant>", 1), ==, 1);
  g_assert_cmpint (g_string_replace (no_sent, "</sent>", "</sant>", 1), ==, 1);
  bytes = g_bytes_new (no_sent->str, no_sent->len);
  expect_problem (bytes, NULL, 3, "<sent>");
}

static void
test_schema_missing (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  CopydeskNewsmlProblem *note;

  g_assert_cmpint (copydesk_newsml_check (xml, "/nonexistent/newsml.xsd", &problems, NULL), ==,
                   COPYDESK_NEWSML_CHECK_VALID_BUILTIN);
  g_assert_cmpuint (problems->len, ==, 1);
  note = g_ptr_array_index (problems, 0);
  g_assert_true (note->is_note);
  g_assert_nonnull (strstr (note->message, "/nonexistent/newsml.xsd"));
  g_assert_nonnull (strstr (note->message, "built-in checks"));
}

static void
test_schema_only_problem (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  g_autoptr(GPtrArray) problems = NULL;
  guint line = 0;
  g_autoptr(GBytes) bad = inject (xml, "<headline>", "<flavour>salty</flavour>", &line);

  /* the built-in checks do not know every element of contentMeta ... */
  g_assert_cmpint (copydesk_newsml_check (bad, NULL, NULL, NULL), ==,
                   COPYDESK_NEWSML_CHECK_VALID_BUILTIN);
  if (schema_path () == NULL)
    {
      g_test_skip ("shared NewsML-G2 schema not found; schema validation skipped");
      return;
    }
  /* ... the schema does */
  expect_problem (bad, schema_path (), line, "flavour");
}

static gpointer
check_in_thread (gpointer data)
{
  CopydeskNewsmlCheck verdict = copydesk_newsml_check (data, schema_path (), NULL, NULL);

  return GINT_TO_POINTER (verdict);
}

static void
test_threads (void)
{
  g_autoptr(GBytes) xml = write_sample ();
  GThread *threads[4];

  if (schema_path () == NULL)
    {
      g_test_skip ("shared NewsML-G2 schema not found; schema validation skipped");
      return;
    }
  /* the first caller parses the schema, the others wait for it and share it */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("check", check_in_thread, xml);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpint (GPOINTER_TO_INT (g_thread_join (threads[i])), ==,
                     COPYDESK_NEWSML_CHECK_VALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/newsml-check/writer-output-valid", test_writer_output_is_valid);
  g_test_add_func ("/newsml-check/forbidden-element", test_forbidden_element);
  g_test_add_func ("/newsml-check/event-handler", test_event_handler_attribute);
  g_test_add_func ("/newsml-check/control-character", test_control_character);
  g_test_add_func ("/newsml-check/not-well-formed", test_not_well_formed);
  g_test_add_func ("/newsml-check/missing-parts", test_missing_parts);
  g_test_add_func ("/newsml-check/schema-missing", test_schema_missing);
  g_test_add_func ("/newsml-check/schema-only-problem", test_schema_only_problem);
  g_test_add_func ("/newsml-check/threads", test_threads);
  return g_test_run ();
}
