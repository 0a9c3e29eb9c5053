/* test-writer.c: NewsML-G2 output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define FULL_BODY \
  "The harbour wall at Lowmouth will be raised by 1.2\u00a0metres, the council said.\n\n" \
  "## What changes\n\n" \
  "Work starts in *March* and costs **£4.1m**, according to [the plan](https://example.org/plan?a=1&b=2).\n\n" \
  "[photo: wall]\n\n" \
  "> “We have waited long enough,” said one resident.\n>\n> “Now it happens.”\n\n" \
  "- Phase one: the north quay\n- Phase two: the slipway\n\n" \
  "1. Survey\n2. Build\n\n" \
  "[photo: no-file]\n"

static GDateTime *
fixed_time (int hour)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+01:00");

  return g_date_time_new (tz, 2026, 11, 24, hour, 15, 0);
}

/* An article with every field set, the same on every run. */
static CopydeskArticle *
build_full_article (const char *photo_dir)
{
  CopydeskArticle *article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) author = copydesk_author_new ("Mira Okafor");
  g_autoptr(CopydeskAuthor) second = copydesk_author_new ("Tom Haldane");
  g_autoptr(CopydeskPhoto) wall = copydesk_photo_new ("wall");
  g_autoptr(CopydeskPhoto) unplaced = copydesk_photo_new ("no-file");
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (FULL_BODY, -1, NULL);
  g_autoptr(GDateTime) created = fixed_time (9);
  g_autoptr(GDateTime) modified = fixed_time (17);
  g_autoptr(GFile) file = g_file_new_build_filename (photo_dir, "photos", "wall 1.jpg", NULL);
  const char *keywords[] = { "flood defence", "Lowmouth", NULL };
  const char *contributors[] = { "Priya Nair", "Sam Cole", NULL };

  copydesk_article_set_guid (article, "urn:uuid:0b6f8a52-3c1e-4d7a-9f10-2a4b6c8d0e12");
  copydesk_article_set_version (article, 4);
  copydesk_article_set_created (article, created);
  copydesk_article_set_modified (article, modified);
  copydesk_article_set_headline (article, "Lowmouth harbour wall to rise by 1.2 metres");
  copydesk_article_set_standfirst (article, "Council approves £4.1m plan after two winters of flooding");
  copydesk_article_set_byline (article, "By Mira Okafor and Tom Haldane");
  copydesk_article_set_dateline (article, "LOWMOUTH, Nov. 24 —");
  copydesk_article_set_slugline (article, "LOWMOUTH-WALL");
  copydesk_article_set_language (article, "en-GB");
  copydesk_article_set_keywords (article, keywords);
  copydesk_article_set_urgency (article, 4);
  copydesk_article_set_provider (article, "The Lowmouth Courier");
  copydesk_article_set_editorial_note (article, "Check the cost figure with the council press office.");
  copydesk_article_set_contributor_note (article, "Priya Nair and Sam Cole contributed to this report.");
  copydesk_article_set_contributors (article, contributors);

  copydesk_author_set_job_title (author, "Coastal affairs correspondent");
  copydesk_author_set_bio (author, "Mira Okafor is the Courier's coastal affairs correspondent.");
  copydesk_article_add_author (article, author);
  copydesk_article_add_author (article, second);

  copydesk_photo_set_guid (wall, "urn:uuid:5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
  copydesk_photo_set_file (wall, file);
  copydesk_photo_set_caption (wall, "The north quay at high tide on Nov. 23.");
  copydesk_photo_set_credit (wall, "Jon Reyes/Courier");
  copydesk_photo_set_alt_text (wall, "Waves break over a low stone wall beside moored boats.");
  copydesk_photo_set_photographer (wall, "Jon Reyes");
  copydesk_photo_set_copyright_notice (wall, "© 2026 The Lowmouth Courier");
  copydesk_photo_set_usage_terms (wall, "Editorial use only.");
  copydesk_photo_set_pixel_size (wall, 1600, 1067);
  copydesk_photo_set_byte_size (wall, 254301);
  copydesk_photo_set_content_type (wall, "image/jpeg");
  copydesk_article_add_photo (article, wall);
  copydesk_photo_set_guid (unplaced, "urn:uuid:7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
  copydesk_photo_set_caption (unplaced, "Caption without a picture yet.");
  copydesk_article_add_photo (article, unplaced);

  copydesk_article_set_body (article, body);
  return article;
}

static GBytes *
write_ok (CopydeskArticle *article,
          GFile           *base_dir)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = copydesk_newsml_write (article, base_dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The text of the first node matching @xpath ("g:" is NewsML-G2, "h:" XHTML). */
static char *
xpath_text (GBytes     *xml,
            const char *xpath)
{
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  xmlDocPtr doc = xmlReadMemory (data, len, NULL, NULL, XML_PARSE_NONET);
  xmlXPathContextPtr ctx;
  xmlXPathObjectPtr result;
  char *text = NULL;

  g_assert_nonnull (doc);
  ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "g", BAD_CAST COPYDESK_NEWSML_NS);
  xmlXPathRegisterNs (ctx, BAD_CAST "h", BAD_CAST COPYDESK_XHTML_NS);
  result = xmlXPathEvalExpression (BAD_CAST xpath, ctx);
  if (result != NULL && result->nodesetval != NULL && result->nodesetval->nodeNr > 0)
    {
      xmlChar *content = xmlNodeGetContent (result->nodesetval->nodeTab[0]);

      text = g_strdup ((const char *) content);
      xmlFree (content);
    }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  return text;
}

static void
test_golden_full (void)
{
  g_autoptr(GFile) base = g_file_new_for_path ("/srv/desk/out");
  g_autoptr(CopydeskArticle) article = build_full_article ("/srv/desk/out");
  g_autoptr(GBytes) xml = write_ok (article, base);
  g_autofree char *golden = copydesk_test_build_path ("golden", "writer-full.xml", NULL);

  copydesk_test_assert_golden (xml, golden);
  copydesk_test_validate_newsml (xml, "the full article");
}

static void
test_mapping (void)
{
  g_autoptr(GFile) base = g_file_new_for_path ("/srv/desk/out");
  g_autoptr(CopydeskArticle) article = build_full_article ("/srv/desk/out");
  g_autoptr(GBytes) xml = write_ok (article, base);
  static const struct { const char *xpath, *expected; } checks[] = {
    { "/g:newsMessage/g:header/g:signal/@qcode", "nmsig:atomic" },
    { "/g:newsMessage/g:header/g:sent", "2026-11-24T17:15:00+01:00" },
    { "//g:packageItem/g:itemMeta/g:itemClass/@qcode", "ninat:composite" },
    { "//g:packageItem//g:itemRef[g:itemClass/@qcode='ninat:text']/@residref",
      "urn:uuid:0b6f8a52-3c1e-4d7a-9f10-2a4b6c8d0e12" },
    { "//g:newsItem[1]/@standardversion", "2.35" },
    { "//g:newsItem[1]/@conformance", "power" },
    { "//g:newsItem[1]/@version", "4" },
    { "//g:newsItem[1]/g:itemMeta/g:itemClass/@qcode", "ninat:text" },
    { "//g:newsItem[1]/g:itemMeta/g:firstCreated", "2026-11-24T09:15:00+01:00" },
    { "//g:newsItem[1]/g:itemMeta/g:edNote", "Check the cost figure with the council press office." },
    { "//g:newsItem[1]//g:headline", "Lowmouth harbour wall to rise by 1.2 metres" },
    { "//g:newsItem[1]//g:description[@role='drol:summary']",
      "Council approves £4.1m plan after two winters of flooding" },
    { "//g:newsItem[1]//g:by", "By Mira Okafor and Tom Haldane" },
    { "//g:newsItem[1]//g:dateline", "LOWMOUTH, Nov. 24 —" },
    { "//g:newsItem[1]//g:creator[1]/@role", "cpprole:author" },
    { "//g:newsItem[1]//g:creator[1]/g:name", "Mira Okafor" },
    { "//g:newsItem[1]//g:creator[1]/g:note[not(@role)]",
      "Mira Okafor is the Courier's coastal affairs correspondent." },
    { "//g:newsItem[1]//g:contributor[2]/g:name", "Sam Cole" },
    { "//g:newsItem[1]//g:urgency", "4" },
    { "//g:newsItem[1]//g:inlineXML/@contenttype", "application/xhtml+xml" },
    { "//h:html/h:head/h:title", "Lowmouth harbour wall to rise by 1.2 metres" },
    { "//h:body/h:h2", "What changes" },
    { "//h:body/h:p[2]/h:strong", "£4.1m" },
    { "//h:body/h:p[2]/h:a/@href", "https://example.org/plan?a=1&b=2" },
    { "//h:body/h:blockquote/h:p[2]", "“Now it happens.”" },
    { "//h:body/h:ul/h:li[2]", "Phase two: the slipway" },
    { "//h:body/h:ol/h:li[1]", "Survey" },
    { "//h:figure[1]/h:img/@src", "photos/wall%201.jpg" },
    { "//h:figure[1]/h:img/@data-uri", "urn:uuid:5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
    { "//h:figure[1]/h:img/@alt", "Waves break over a low stone wall beside moored boats." },
    { "//h:figure[1]/h:figcaption/h:span[@class='credit']", "Jon Reyes/Courier" },
    { "//h:figure[2]/h:img/@src", "" },
    { "//h:body/*[last()]/@class", "contributor-note" },
    { "//h:body/h:aside/h:p", "Priya Nair and Sam Cole contributed to this report." },
    { "//g:newsItem[2]/g:itemMeta/g:itemClass/@qcode", "ninat:picture" },
    { "//g:newsItem[2]//g:description[@role='drol:caption']", "The north quay at high tide on Nov. 23." },
    { "//g:newsItem[2]//g:creditline", "Jon Reyes/Courier" },
    { "//g:newsItem[2]//g:creator/g:name", "Jon Reyes" },
    { "//g:newsItem[2]/g:rightsInfo/g:copyrightNotice", "© 2026 The Lowmouth Courier" },
    { "//g:newsItem[2]//g:remoteContent/@href", "photos/wall%201.jpg" },
    { "//g:newsItem[2]//g:remoteContent/@width", "1600" },
    { "//g:newsItem[2]//g:remoteContent/@size", "254301" },
    { "//g:newsItem[2]//g:altId", "wall" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autofree char *text = xpath_text (xml, checks[i].xpath);

      if (g_strcmp0 (text, checks[i].expected) != 0)
        g_error ("%s: expected «%s», found «%s»", checks[i].xpath, checks[i].expected,
                 text ? text : "(nothing)");
    }

  /* a photo without a file has no remoteContent */
  g_assert_null (xpath_text (xml, "//g:newsItem[3]//g:remoteContent"));
}

/* Hostile and unusual characters: escaped or dropped, never invalid XML. */
static void
test_escaping (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("p");
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *headline = NULL, *para = NULL, *credit = NULL, *slug = NULL, *kw = NULL;
  g_autofree char *rtl = NULL, *href = NULL, *ednote = NULL, *alt = NULL;
  const char *keywords[] = { "line\nbreak\tand  tab", "", NULL };

  copydesk_article_set_headline (article, "Fish & chips < 5 ]]> \"quoted\" 'single'");
  copydesk_article_set_editorial_note (article, "bell\a vt\v nul-free \x01 ffff\xef\xbf\xbf end");
  copydesk_article_set_slugline (article, "  SLUG\nWITH\tBREAKS  ");
  copydesk_article_set_keywords (article, keywords);
  copydesk_photo_set_credit (photo, "Name\n/ Agency");
  copydesk_photo_set_alt_text (photo, "Quote \" and <tag> & amp");
  copydesk_article_add_photo (article, photo);
  body = copydesk_body_parse_markup ("Emoji 📰🗞️ and NBSP 10\u00a0000 and ]]> end.\n\n"
                                     "עברית ועוד — العربية\n\n"
                                     "[link](https://x.example/?q=<a>&r=\")\n\n"
                                     "[photo: p]\n", -1, NULL);
  copydesk_article_set_body (article, body);

  xml = write_ok (article, NULL);
  copydesk_test_validate_newsml (xml, "the escaping article");

  headline = xpath_text (xml, "//g:newsItem[1]//g:headline");
  g_assert_cmpstr (headline, ==, "Fish & chips < 5 ]]> \"quoted\" 'single'");
  ednote = xpath_text (xml, "//g:edNote");
  g_assert_cmpstr (ednote, ==, "bell vt nul-free  ffff end");
  slug = xpath_text (xml, "//g:slugline");
  g_assert_cmpstr (slug, ==, "SLUG WITH BREAKS");
  kw = xpath_text (xml, "//g:keyword");
  g_assert_cmpstr (kw, ==, "line break and tab");
  g_assert_null (xpath_text (xml, "//g:keyword[2]"));
  credit = xpath_text (xml, "//g:creditline");
  g_assert_cmpstr (credit, ==, "Name / Agency");
  para = xpath_text (xml, "//h:body/h:p[1]");
  g_assert_cmpstr (para, ==, "Emoji 📰🗞️ and NBSP 10\u00a0000 and ]]> end.");
  rtl = xpath_text (xml, "//h:body/h:p[2]");
  g_assert_cmpstr (rtl, ==, "עברית ועוד — العربية");
  href = xpath_text (xml, "//h:body/h:p[3]/h:a/@href");
  /* a URI reference has no "<", ">" or '"': they are percent-encoded */
  g_assert_cmpstr (href, ==, "https://x.example/?q=%3Ca%3E&r=%22");
  alt = xpath_text (xml, "//h:img/@alt");
  g_assert_cmpstr (alt, ==, "Quote \" and <tag> & amp");
}

static void
test_inline_nesting (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (
    "**strong *both* strong** then *em* and [**linked** text](https://l.example/)", -1, NULL);
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *nested = NULL, *linked = NULL;

  copydesk_article_set_body (article, body);
  xml = write_ok (article, NULL);
  copydesk_test_validate_newsml (xml, "the inline nesting article");
  nested = xpath_text (xml, "//h:p/h:strong/h:em");
  g_assert_cmpstr (nested, ==, "both");
  linked = xpath_text (xml, "//h:p/h:a/h:strong");
  g_assert_cmpstr (linked, ==, "linked");
}

/* A line made of styled words only is written as it reads: libxml2's
 * indentation must not slip white space between "bold" and "em". */
static void
test_inline_not_indented (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (
    "**bold***em*\n\n- [one](https://a.example/)[two](https://b.example/)\n", -1, NULL);
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *text = NULL;

  copydesk_article_set_body (article, body);
  xml = write_ok (article, NULL);
  copydesk_test_validate_newsml (xml, "the adjacent styles article");
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_assert_nonnull (strstr (text, "<p><strong>bold</strong><em>em</em></p>"));
  g_assert_nonnull (strstr (text, "<li><a href=\"https://a.example/\">one</a>"
                                  "<a href=\"https://b.example/\">two</a></li>"));
}

static void
test_relative_hrefs (void)
{
  static const struct { const char *base, *file, *href; } cases[] = {
    { "/news/out", "/news/out/pic.jpg", "pic.jpg" },
    { "/news/out", "/news/out/img/pic.jpg", "img/pic.jpg" },
    { "/news/out", "/news/photos/pic.jpg", "../photos/pic.jpg" },
    { "/news/out/deep", "/other/pic.jpg", "../../../other/pic.jpg" },
    { "/news/out", "/news/out/été #1?.jpg", "%C3%A9t%C3%A9%20%231%3F.jpg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CopydeskArticle) article = copydesk_article_new ();
      g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("p");
      g_autoptr(GFile) base = g_file_new_for_path (cases[i].base);
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].file);
      g_autoptr(GBytes) xml = NULL;
      g_autofree char *href = NULL;

      copydesk_photo_set_file (photo, file);
      copydesk_article_add_photo (article, photo);
      xml = write_ok (article, base);
      href = xpath_text (xml, "//g:remoteContent/@href");
      g_assert_cmpstr (href, ==, cases[i].href);
      copydesk_test_validate_newsml (xml, cases[i].file);
    }
}

static void
test_empty_article_is_valid (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GBytes) xml = write_ok (article, NULL);
  g_autofree char *provider = xpath_text (xml, "//g:itemMeta/g:provider/@literal");

  copydesk_test_validate_newsml (xml, "an empty article");
  g_assert_cmpstr (provider, ==, "Copydesk");
  g_assert_null (xpath_text (xml, "//g:headline"));
  g_assert_null (xpath_text (xml, "//h:aside"));
}

static void
test_deterministic (void)
{
  g_autoptr(CopydeskArticle) article = build_full_article ("/tmp");
  g_autoptr(GBytes) first = write_ok (article, NULL);
  g_autoptr(GBytes) second = write_ok (article, NULL);
  g_autoptr(CopydeskArticle) other = build_full_article ("/tmp");
  g_autoptr(GBytes) third = NULL;
  g_autofree char *package_a = xpath_text (first, "//g:packageItem/@guid");
  g_autofree char *package_b = NULL;

  g_assert_true (g_bytes_equal (first, second));
  copydesk_article_set_guid (other, "urn:uuid:11111111-2222-4333-8444-555555555555");
  third = write_ok (other, NULL);
  package_b = xpath_text (third, "//g:packageItem/@guid");
  g_assert_cmpstr (package_a, !=, package_b);
  g_assert_true (g_str_has_prefix (package_a, "urn:uuid:"));
}

static void
test_invalid_fields_fail (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = NULL;

  copydesk_article_set_language (article, "English (UK)");
  xml = copydesk_newsml_write (article, NULL, &error);
  g_assert_null (xml);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
  g_assert_nonnull (strstr (error->message, "English (UK)"));
  g_clear_error (&error);

  copydesk_article_set_language (article, "en");
  copydesk_article_set_guid (article, "");
  xml = copydesk_newsml_write (article, NULL, &error);
  g_assert_null (xml);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/golden-full", test_golden_full);
  g_test_add_func ("/writer/mapping", test_mapping);
  g_test_add_func ("/writer/escaping", test_escaping);
  g_test_add_func ("/writer/inline-nesting", test_inline_nesting);
  g_test_add_func ("/writer/inline-not-indented", test_inline_not_indented);
  g_test_add_func ("/writer/relative-hrefs", test_relative_hrefs);
  g_test_add_func ("/writer/empty-article-is-valid", test_empty_article_is_valid);
  g_test_add_func ("/writer/deterministic", test_deterministic);
  g_test_add_func ("/writer/invalid-fields-fail", test_invalid_fields_fail);

  return g_test_run ();
}
