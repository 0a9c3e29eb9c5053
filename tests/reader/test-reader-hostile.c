/* test-reader-hostile.c: NewsML-G2 in: hostile input and the converter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-newsml-reader-private.h"
#include "copydesk-test-util.h"
#include "reader-test-util.h"

/* ------------------------------------------------------------ hostile input */

typedef GBytes *(*Build) (void);

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static GBytes *
build_xxe (void)
{
  return text_bytes ("<?xml version=\"1.0\"?>\n"
                     "<!DOCTYPE newsItem [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
                     "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta>"
                     "<headline>&secret;</headline></contentMeta></newsItem>\n");
}

static GBytes *
build_external_dtd (void)
{
  return text_bytes ("<?xml version=\"1.0\"?>\n"
                     "<!DOCTYPE newsItem SYSTEM \"http://attacker.example/evil.dtd\">\n"
                     "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>\n");
}

static GBytes *
build_billion_laughs (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n"
                             "<!ENTITY l0 \"ha\">\n");

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (s, "<!ENTITY l%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (s, "&l%d;", i - 1);
      g_string_append (s, "\">\n");
    }
  g_string_append (s, "]>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">&l9;</newsItem>\n");
  return g_string_free_to_bytes (s);
}

static GBytes *
build_quadratic (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY a \"");

  for (int i = 0; i < 50000; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, "\">]>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">");
  for (int i = 0; i < 50000; i++)
    g_string_append (s, "&a;");
  g_string_append (s, "</newsItem>\n");
  return g_string_free_to_bytes (s);
}

static GBytes *
build_deep (void)
{
  GString *s = g_string_new ("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n");

  for (int i = 0; i < 100000; i++)
    g_string_append (s, "<x>");
  return g_string_free_to_bytes (s);
}

static GBytes *
build_wrong_namespace (void)
{
  return text_bytes ("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-02/\"/>");
}

static GBytes *
build_no_namespace (void)
{
  return text_bytes ("<?xml version=\"1.0\"?>\n<newsItem guid=\"x\"/>");
}

static GBytes *
build_wrong_root (void)
{
  return text_bytes ("<?xml version=\"1.0\"?>\n"
                     "<conceptItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>");
}

static GBytes *
build_html (void)
{
  return text_bytes ("<html><body><p>Not news</p></body></html>");
}

static GBytes *
build_empty_message (void)
{
  return text_bytes ("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/>"
                     "<itemSet/></newsMessage>");
}

static GBytes *
build_truncated (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr(GBytes) whole = copydesk_test_load (path);

  return g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
}

static GBytes *
build_binary (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H' };

  return g_bytes_new (png, sizeof png);
}

static GBytes *
build_empty (void)
{
  return g_bytes_new (NULL, 0);
}

static GBytes *
build_blank (void)
{
  return text_bytes (" \n\t\n");
}

static GBytes *
build_not_xml (void)
{
  return text_bytes ("Headline\n\nThis is plain text, not XML.\n");
}

static GBytes *
build_utf16 (void)
{
  const char *doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                    "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>";
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  char *utf16 = g_convert (doc, -1, "UTF-16", "UTF-8", NULL, &len, &error);

  g_assert_no_error (error);
  return g_bytes_new_take (utf16, len);
}

static GBytes *
build_latin1 (void)
{
  return text_bytes ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                     "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta>"
                     "<headline>Caf\xe9 cr\xe8me</headline></contentMeta></newsItem>");
}

static GBytes *
build_latin1_declared (void)
{
  return text_bytes ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                     "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>");
}

static GBytes *
build_huge (void)
{
  gsize len = 65 * 1024 * 1024;
  char *data = g_malloc (len);

  memset (data, ' ', len);
  memcpy (data, "<newsItem>", 10);
  return g_bytes_new_take (data, len);
}

static GBytes *
build_undefined_entity (void)
{
  return text_bytes ("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">&nbsp;</newsItem>");
}

static GBytes *
build_wide (void)
{
  GString *s = g_string_new ("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n");

  for (int i = 0; i < 250001; i++)
    g_string_append (s, "<x/>");
  g_string_append (s, "</newsItem>\n");
  return g_string_free_to_bytes (s);
}

static GBytes *
build_xinclude (void)
{
  return text_bytes (NEWS_ITEM_OPEN
                     "<inlineXML contenttype=\"application/xhtml+xml\">"
                     "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                     "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><p>Safe</p>"
                     "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></body></html>"
                     "</inlineXML>" NEWS_ITEM_CLOSE);
}

typedef struct
{
  const char *name;
  Build       build;
  int         code;       /* -1: the document is read (safely) */
  const char *message;
} Hostile;

static const Hostile hostile[] = {
  { "xxe", build_xxe, COPYDESK_ERROR_UNSAFE, "Line 2: " },
  { "external-dtd", build_external_dtd, COPYDESK_ERROR_UNSAFE, "document type" },
  { "billion-laughs", build_billion_laughs, COPYDESK_ERROR_UNSAFE, "document type" },
  { "quadratic-blowup", build_quadratic, COPYDESK_ERROR_UNSAFE, "document type" },
  { "deep-nesting", build_deep, COPYDESK_ERROR_TOO_LARGE, "nested more than" },
  { "wrong-namespace", build_wrong_namespace, COPYDESK_ERROR_NOT_NEWSML, "namespace" },
  { "no-namespace", build_no_namespace, COPYDESK_ERROR_NOT_NEWSML, "Line 2: " },
  { "wrong-root", build_wrong_root, COPYDESK_ERROR_NOT_NEWSML, "conceptItem" },
  { "html", build_html, COPYDESK_ERROR_NOT_NEWSML, "<html>" },
  { "no-items", build_empty_message, COPYDESK_ERROR_NOT_NEWSML, "no text, picture or package" },
  { "truncated", build_truncated, COPYDESK_ERROR_MALFORMED, "not well-formed" },
  { "binary", build_binary, COPYDESK_ERROR_MALFORMED, "binary" },
  { "empty", build_empty, COPYDESK_ERROR_MALFORMED, "empty" },
  { "blank", build_blank, COPYDESK_ERROR_MALFORMED, "empty" },
  { "not-xml", build_not_xml, COPYDESK_ERROR_MALFORMED, "Line 1: " },
  { "utf-16", build_utf16, COPYDESK_ERROR_INVALID_UTF8, "UTF-16" },
  { "latin-1", build_latin1, COPYDESK_ERROR_INVALID_UTF8, "Line 2: " },
  { "latin-1-declared", build_latin1_declared, COPYDESK_ERROR_INVALID_UTF8, "ISO-8859-1" },
  { "huge", build_huge, COPYDESK_ERROR_TOO_LARGE, "64" },
  { "too-many-elements", build_wide, COPYDESK_ERROR_TOO_LARGE, "elements" },
  { "undefined-entity", build_undefined_entity, COPYDESK_ERROR_MALFORMED, "nbsp" },
  { "xinclude", build_xinclude, -1, NULL },
};

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;
  g_autoptr(GBytes) bytes = h->build ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_newsml_read (bytes, NULL, &warnings, &error);

  if (h->code < 0)
    {
      /* read, and nothing came in from elsewhere */
      g_autofree char *markup = NULL;

      g_assert_no_error (error);
      markup = plain_text_of_body (article);
      g_assert_cmpstr (markup, ==, "Safe\n");
      return;
    }
  g_assert_null (article);
  g_assert_null (warnings);
  g_assert_error (error, COPYDESK_ERROR, h->code);
  if (strstr (error->message, h->message) == NULL)
    g_error ("%s: “%s” does not say “%s”", h->name, error->message, h->message);
}

/* The element limit, in numbers: flat up to 250,000 elements (16 MB),
 * then one element per 64 bytes, so that Copydesk's own files (about one
 * element per 128 bytes: 256,601 for its 10 MB article) always pass, and a
 * file of empty elements (one per 4 bytes) never does. */
static void
test_element_limit (void)
{
  const gsize mib = 1024 * 1024;

  g_assert_cmpuint (_copydesk_reader_max_elements (0), ==, 250000);
  g_assert_cmpuint (_copydesk_reader_max_elements (10 * mib), ==, 250000);
  g_assert_cmpuint (_copydesk_reader_max_elements (250000 * 64), ==, 250000);
  g_assert_cmpuint (_copydesk_reader_max_elements (250001 * 64), ==, 250001);
  g_assert_cmpuint (_copydesk_reader_max_elements (16 * mib), ==, 262144);
  g_assert_cmpuint (_copydesk_reader_max_elements (64 * mib), ==, 1048576);
  /* past the size limit (refused anyway), no wrap-around */
  g_assert_cmpuint (_copydesk_reader_max_elements (G_MAXSIZE), ==, 1048576);
  for (gsize len = mib; len <= 64 * mib; len += mib)
    {
      g_assert_cmpuint (_copydesk_reader_max_elements (len), >=, len / 128);
      g_assert_cmpuint (_copydesk_reader_max_elements (len), <, len / 4);
    }
}

/* A real file past the old flat limit of 250,000 elements is read whole.
 * It is built compact, so that it stays quick under the sanitizers: one
 * paragraph holding 250,100 line breaks (elements that cost the model
 * almost nothing), then some 1,300 long paragraphs for the bytes that
 * grant them. The limit's arithmetic is tested above. */
static void
test_many_elements_long_file (void)
{
  const guint n = 250100;
  g_autoptr(GString) s = g_string_sized_new (17 * 1024 * 1024);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autofree char *text = NULL;

  g_string_append (s, NEWS_ITEM_OPEN "<inlineXML contenttype=\"application/xhtml+xml\">"
                      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>First words.");
  for (guint i = 0; i < n; i++)
    g_string_append (s, "<br/>");
  g_string_append (s, "Last words.</p>");
  for (guint i = 0; s->len < (n + 2000) * 64; i++)
    {
      g_string_append_printf (s, "<p>Long paragraph %u.", i);
      for (guint j = 0; j < 400; j++)
        g_string_append (s, " A long paragraph of a feature.");
      g_string_append (s, "</p>");
    }
  g_string_append (s, "</body></html></inlineXML>" NEWS_ITEM_CLOSE);
  g_assert_cmpuint (s->len / 64, >, n + 2000);
  bytes = g_string_free_to_bytes (g_steal_pointer (&s));
  article = copydesk_newsml_read (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  text = plain_text_of_body (article);
  g_assert_true (g_str_has_prefix (text, "First words. "));
  g_assert_nonnull (strstr (text, " Last words.\n\nLong paragraph 0."));
  g_assert_nonnull (strstr (text, "\n\nLong paragraph 1000."));
}

/* ------------------------------------------------------------ the converter */

static char *
save_bytes (GFile      *dir,
            const char *name,
            GBytes     *bytes)
{
  g_autoptr(GFile) file = g_file_get_child (dir, name);
  g_autoptr(GError) error = NULL;
  const char *data = g_bytes_get_data (bytes, NULL);

  g_file_replace_contents (file, data ? data : "", g_bytes_get_size (bytes), NULL,
                           FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_file_get_path (file);
}

/* Every refusal of the table, through the converter: exit status 1, the
 * input named, no output file. ("huge" is left to the in-process test: it
 * would write 65 MiB to disk on every run.) */
static void
test_cli_hostile (void)
{
  g_autoptr(GFile) dir = temp_folder ();
  g_autofree char *out = g_build_filename (g_file_peek_path (dir), "out.xml", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const Hostile *h = &hostile[i];
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *in = NULL;
      g_autofree char *prefix = NULL;

      if (h->code < 0 || g_str_equal (h->name, "huge"))
        continue;
      bytes = h->build ();
      in = save_bytes (dir, h->name, bytes);
      prefix = g_strdup_printf ("copydesk-convert: %s: ", in);

      {
        g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", in, "-o", out);

        if (r.status != 1 || !g_str_has_prefix (r.err, prefix))
          g_error ("%s: exit status %d, “%s”", h->name, r.status, r.err);
        g_assert_cmpstr (r.out, ==, "");
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      }
    }
  remove_tree (dir);
}

/* The sample file, converted into its own folder, comes out unchanged (the
 * photos need not be there: references are kept as they are); the format is
 * guessed from the content. */
static void
test_cli_round_trip (void)
{
  g_autofree char *sample = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr(GBytes) expected = copydesk_test_load (sample);
  g_autoptr(GFile) dir = temp_folder ();
  g_autofree char *in = save_bytes (dir, "sample-article.xml", expected);
  g_autofree char *out = g_build_filename (g_file_peek_path (dir), "again.xml", NULL);
  g_auto(CopydeskTestRun) r = copydesk_test_convert (in, "-o", out);
  g_autoptr(GBytes) actual = NULL;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  actual = copydesk_test_load (out);
  assert_same_bytes (expected, actual, "copydesk-convert sample-article.xml");
  remove_tree (dir);
}

/* Without --from, XML and UTF-16 are read as NewsML-G2 and refused with the
 * reader's reason. */
static void
test_cli_guess (void)
{
  g_autoptr(GFile) dir = temp_folder ();
  g_autoptr(GBytes) utf16 = build_utf16 ();
  g_autoptr(GBytes) bomb = build_billion_laughs ();
  g_autofree char *in16 = save_bytes (dir, "utf16.xml", utf16);
  g_autofree char *inbomb = save_bytes (dir, "bomb.xml", bomb);
  g_autofree char *out = g_build_filename (g_file_peek_path (dir), "out.xml", NULL);
  g_auto(CopydeskTestRun) r1 = copydesk_test_convert (in16, "-o", out);
  g_auto(CopydeskTestRun) r2 = copydesk_test_convert (inbomb, "-o", out);

  g_assert_cmpint (r1.status, ==, 1);
  g_assert_nonnull (strstr (r1.err, "UTF-16"));
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "document type"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  remove_tree (dir);
}

static void
test_cli_warnings (void)
{
  g_autofree char *path = examples_path ("LISTING_2_NewsML-G2_Text_Document.xml");
  g_autoptr(GFile) dir = NULL;
  g_autofree char *out = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the IPTC examples are not there");
      return;
    }
  dir = temp_folder ();
  out = g_build_filename (g_file_peek_path (dir), "story.xml", NULL);
  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", path, "-o", out);
    g_autoptr(GBytes) xml = NULL;

    g_assert_cmpint (r.status, ==, 0);
    /* subjects are kept now, and written back */
    g_assert_null (strstr (r.err, "central bank"));
    g_assert_true (g_str_has_prefix (r.err, "warning: "));
    xml = copydesk_test_load (out);
    copydesk_test_validate_newsml (xml, "converted LISTING_2");
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                                    "qcode=\"medtop:20000350\""));
  }
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("/reader/hostile/%s", hostile[i].name);

      g_test_add_data_func (name, &hostile[i], test_hostile);
    }
  g_test_add_func ("/reader/cli/hostile", test_cli_hostile);
  g_test_add_func ("/reader/hostile/element-limit", test_element_limit);
  g_test_add_func ("/reader/hostile/many-elements-long-file", test_many_elements_long_file);
  g_test_add_func ("/reader/cli/round-trip", test_cli_round_trip);
  g_test_add_func ("/reader/cli/guess", test_cli_guess);
  g_test_add_func ("/reader/cli/warnings", test_cli_warnings);

  return g_test_run ();
}
