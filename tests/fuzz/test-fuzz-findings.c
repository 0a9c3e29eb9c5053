/* test-fuzz-findings.c: what fuzzing found, one test each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input here is also a corpus entry in tests/fuzz/corpus/findings, so
 * the fuzz targets replay it too; these tests say what each one guards.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body-parser.h"
#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define BOM "\xEF\xBB\xBF"

/* ------------------------------------------------------------ helpers */

static GBytes *
load_finding (const char *name)
{
  g_autofree char *path = copydesk_test_build_path ("fuzz", "corpus", "findings", name, NULL);

  return copydesk_test_load (path);
}

static GFile *
base_dir (void)
{
  return g_file_new_for_path ("/nonexistent/copydesk-findings");
}

static CopydeskArticle *
read_ok (GBytes *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = base_dir ();
  CopydeskArticle *article = copydesk_newsml_read (xml, dir, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static GBytes *
write_ok (CopydeskArticle *article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = base_dir ();
  GBytes *xml = copydesk_newsml_write (article, dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (xml);
  return xml;
}

static void
assert_same_text (GBytes *a,
                  GBytes *b)
{
  g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
  g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

  g_assert_cmpstr (sa, ==, sb);
}

/* write(read(write(read(x)))) == write(read(x)), and the file validates;
 * returns write(read(x)) */
static GBytes *
assert_round_trip (GBytes *input)
{
  g_autoptr(CopydeskArticle) first = read_ok (input);
  GBytes *written = write_ok (first);
  g_autoptr(CopydeskArticle) second = read_ok (written);
  g_autoptr(GBytes) rewritten = write_ok (second);

  assert_same_text (written, rewritten);
  copydesk_test_validate_newsml (written, "the file written");
  return written;
}

static CopydeskBody *
parse_ok (const char *markup)
{
  g_autoptr(GError) error = NULL;
  CopydeskBody *body = copydesk_body_parse_markup (markup, -1, &error);

  g_assert_no_error (error);
  return body;
}

/* print(parse(x)) parses to the same body and prints the same again */
static void
assert_fixed_point (CopydeskBody *body)
{
  g_autofree char *printed = copydesk_body_to_markup (body);
  g_autoptr(CopydeskBody) again = parse_ok (printed);
  g_autofree char *reprinted = copydesk_body_to_markup (again);

  g_assert_true (copydesk_body_equal (body, again));
  g_assert_cmpstr (printed, ==, reprinted);
}

static const char *
first_text (CopydeskBody *body)
{
  CopydeskBlock *block = copydesk_body_get_block (body, 0);

  g_assert_cmpint (copydesk_block_get_kind (block), ==, COPYDESK_BLOCK_PARAGRAPH);
  return copydesk_run_get_span (copydesk_block_get_run (block), 0)->text;
}

static char *
finding_text (const char *name)
{
  g_autoptr(GBytes) bytes = load_finding (name);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count_placements (CopydeskBody *body)
{
  guint n = 0;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      if (copydesk_block_get_kind (copydesk_body_get_block (body, i)) == COPYDESK_BLOCK_PHOTO)
        n++;
    }
  return n;
}

/* The hrefs of the body's first block, one per link span, joined by "|". */
static char *
hrefs_of_first_block (CopydeskBody *body)
{
  const CopydeskRun *run = copydesk_block_get_run (copydesk_body_get_block (body, 0));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < copydesk_run_get_n_spans (run); i++)
    {
      const CopydeskSpan *span = copydesk_run_get_span (run, i);

      if (span->href != NULL)
        g_string_append_printf (out, "%s%s", out->len ? "|" : "", span->href);
    }
  return g_strdup (out->str);
}

static gboolean
warned (GPtrArray  *warnings,
        const char *part)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      if (strstr (warnings->pdata[i], part) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------ body markup */

static void
test_markup_one_bom_goes (void)
{
  g_autofree char *text = finding_text ("bom-one.md");
  g_autoptr(CopydeskBody) body = parse_ok (text);

  g_assert_cmpstr (first_text (body), ==, "A paragraph after a byte-order mark.");
  assert_fixed_point (body);
}

static void
test_markup_two_boms_go (void)
{
  g_autofree char *text = finding_text ("bom-two.md");
  g_autoptr(CopydeskBody) body = parse_ok (text);

  g_assert_true (g_str_has_prefix (text, BOM BOM));
  g_assert_cmpstr (first_text (body), ==, "Two byte-order marks.");
  assert_fixed_point (body);
}

/* A paragraph read from a file can start with U+FEFF: printing keeps it. */
static void
test_markup_paragraph_starting_with_bom_prints_back (void)
{
  g_autoptr(GBytes) xml = load_finding ("bom-paragraph.xml");
  g_autoptr(CopydeskArticle) article = read_ok (xml);
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autoptr(GBytes) written = NULL;

  g_assert_true (g_str_has_prefix (first_text (body), BOM));
  assert_fixed_point (body);
  written = assert_round_trip (xml);
}

static void
test_body_parser_bom_as_full_parse (void)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  const char *texts[] = { BOM "One.\n\nTwo.\n", BOM "One.\n\nTwo, edited.\n",
                          "One.\n\nTwo, edited.\n", BOM BOM "One.\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CopydeskBody) incremental = copydesk_body_parser_parse (parser, texts[i], -1, NULL);
      g_autoptr(CopydeskBody) full = parse_ok (texts[i]);

      g_assert_nonnull (incremental);
      g_assert_true (copydesk_body_equal (incremental, full));
    }
}

/* ------------------------------------------------------------ NewsML-G2 */

static void
test_newsml_year_before_1000_round_trips (void)
{
  g_autoptr(GBytes) xml = load_finding ("year-before-1000.xml");
  g_autoptr(GBytes) written = assert_round_trip (xml);
  g_autofree char *text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  g_assert_nonnull (strstr (text, "<versionCreated>0697-01-01T00:00:00+00:00</versionCreated>"));
}

/* An <img> inside an <h1> was placed twice: once while the heading was
 * compared with the headline, once when it was read as a subheading. */
static void
test_newsml_image_in_h1_placed_once (void)
{
  g_autoptr(GBytes) xml = load_finding ("image-in-h1.xml");
  g_autoptr(CopydeskArticle) article = read_ok (xml);
  g_autoptr(GBytes) written = NULL;

  g_assert_cmpuint (count_placements (copydesk_article_get_body (article)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 1);
  written = assert_round_trip (xml);
}

/* The same for an image in a teaser paragraph that is also the summary. */
static void
test_newsml_teaser_image_placed_once (void)
{
  g_autoptr(GBytes) xml = load_finding ("teaser-image.xml");
  g_autoptr(CopydeskArticle) article = read_ok (xml);
  g_autoptr(GBytes) written = NULL;

  g_assert_cmpuint (count_placements (copydesk_article_get_body (article)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 1);
  written = assert_round_trip (xml);
}

static void
test_newsml_two_pictures_one_guid (void)
{
  g_autoptr(GBytes) xml = load_finding ("two-pictures-one-guid.xml");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = base_dir ();
  g_autoptr(CopydeskArticle) article = copydesk_newsml_read (xml, dir, &warnings, &error);
  GListModel *photos;
  g_autoptr(CopydeskPhoto) first = NULL;
  g_autoptr(CopydeskPhoto) second = NULL;
  g_autoptr(GBytes) written = NULL;

  g_assert_no_error (error);
  photos = copydesk_article_get_photos (article);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 2);
  first = g_list_model_get_item (photos, 0);
  second = g_list_model_get_item (photos, 1);
  g_assert_cmpstr (copydesk_photo_get_guid (first), ==, "urn:test:pic-same");
  g_assert_cmpstr (copydesk_photo_get_guid (second), !=, "urn:test:pic-same");
  g_assert_cmpstr (copydesk_photo_get_caption (second), ==, "A second photo with the same guid.");
  g_assert_true (warned (warnings, "urn:test:pic-same"));
  written = assert_round_trip (xml);
}

static void
test_newsml_href_of_blanks_is_no_link (void)
{
  g_autoptr(GBytes) xml = load_finding ("href-blank.xml");
  g_autoptr(CopydeskArticle) article = read_ok (xml);
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autofree char *hrefs = hrefs_of_first_block (body);
  g_autoptr(GBytes) written = NULL;

  g_assert_cmpstr (hrefs, ==, "");
  assert_fixed_point (body);
  written = assert_round_trip (xml);
}

static void
test_newsml_href_with_newline_loses_it (void)
{
  g_autoptr(GBytes) xml = load_finding ("href-newline.xml");
  g_autoptr(CopydeskArticle) article = read_ok (xml);
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autofree char *hrefs = hrefs_of_first_block (body);
  g_autoptr(GBytes) written = NULL;

  g_assert_cmpstr (hrefs, ==, "https://example.org/ab");
  assert_fixed_point (body);
  written = assert_round_trip (xml);
}

/* The finding round-trips and validates; its first block's hrefs, as
 * written and read back, are @expected. */
static void
assert_hrefs_written (const char *name,
                      const char *expected)
{
  g_autoptr(GBytes) xml = load_finding (name);
  g_autoptr(GBytes) written = assert_round_trip (xml);
  g_autoptr(CopydeskArticle) again = read_ok (written);
  g_autofree char *hrefs = hrefs_of_first_block (copydesk_article_get_body (again));

  g_assert_cmpstr (hrefs, ==, expected);
}

/* A link typed with blanks, brackets, a lone "%" or a first ":" that ends
 * no scheme is written as a URI reference the schema takes (xs:anyURI), and
 * what is already encoded stays as it is: read back, it is written the same
 * again. */
static void
test_newsml_href_as_typed_is_encoded (void)
{
  assert_hrefs_written ("href-blank-bracket.xml",
                        "https://example.org/council%20minutes%20%5Bdraft%5D.pdf?q=a%20b&x=100%25"
                        "|https://example.org/a%20b|htl%20chatps%3A//ex.org/|my%20notes%3Aa%3Ab/c:d|https://ex.org/#a%23b");
}

/* A ":" in the authority stays only before a port, an "@" only once after
 * the userinfo, "[" "]" only around an IP-literal: everything else there
 * is encoded, so the host is one xs:anyURI reg-name. */
static void
test_newsml_href_authority_colon_is_encoded (void)
{
  assert_hrefs_written ("href-authority-colon.xml",
                        "https://example.%20urn%3Atest%3Atwo-b/x"
                        "|https://desk:pw%40me@example.org:8080/a"
                        "|http://[::1]:80/|http://%5B%3A:1/|http://example.org%3A/");
}

/* Control characters in markup: the writer drops them, so the body must
 * not hold them (the word count written would not be the one read back). */
static void
test_markup_control_characters_dropped (void)
{
  g_autofree char *text = finding_text ("control-characters.md");
  g_autoptr(CopydeskBody) body = parse_ok (strchr (text, '\n') + 1);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autofree char *hrefs = hrefs_of_first_block (body);
  g_autofree char *plain = copydesk_run_to_plain_text (copydesk_block_get_run (copydesk_body_get_block (body, 0)));
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(CopydeskArticle) again = NULL;

  g_assert_cmpstr (plain, ==, "AB and a link with one more.");
  g_assert_cmpstr (hrefs, ==, "https://ex.org/");
  assert_fixed_point (body);
  copydesk_article_set_headline (article, "Control characters");
  copydesk_article_set_body (article, body);
  written = write_ok (article);
  again = read_ok (written);
  g_assert_true (copydesk_body_equal (body, copydesk_article_get_body (again)));
  rewritten = write_ok (again);
  assert_same_text (written, rewritten);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/findings/markup/one-bom-at-start-goes", test_markup_one_bom_goes);
  g_test_add_func ("/findings/markup/two-boms-at-start-go", test_markup_two_boms_go);
  g_test_add_func ("/findings/markup/paragraph-starting-with-bom-prints-back",
                   test_markup_paragraph_starting_with_bom_prints_back);
  g_test_add_func ("/findings/body-parser/bom-parsed-as-in-full", test_body_parser_bom_as_full_parse);
  g_test_add_func ("/findings/newsml/year-before-1000-round-trips",
                   test_newsml_year_before_1000_round_trips);
  g_test_add_func ("/findings/newsml/image-in-h1-placed-once", test_newsml_image_in_h1_placed_once);
  g_test_add_func ("/findings/newsml/teaser-image-placed-once", test_newsml_teaser_image_placed_once);
  g_test_add_func ("/findings/newsml/two-pictures-one-guid-stay-two", test_newsml_two_pictures_one_guid);
  g_test_add_func ("/findings/newsml/href-of-blanks-is-no-link", test_newsml_href_of_blanks_is_no_link);
  g_test_add_func ("/findings/newsml/href-with-newline-loses-it", test_newsml_href_with_newline_loses_it);
  g_test_add_func ("/findings/newsml/href-as-typed-is-encoded", test_newsml_href_as_typed_is_encoded);
  g_test_add_func ("/findings/newsml/href-authority-colon-is-encoded",
                   test_newsml_href_authority_colon_is_encoded);
  g_test_add_func ("/findings/markup/control-characters-dropped", test_markup_control_characters_dropped);
  return g_test_run ();
}
