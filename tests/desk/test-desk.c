/* test-desk.c: the desk's metadata on the article, and in NewsML-G2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

static GDateTime *
time_in (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

/* A story in German with every desk field set. */
static CopydeskArticle *
desk_article (void)
{
  CopydeskArticle *article = copydesk_article_new ();
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  g_autoptr(GDateTime) created = time_in ("2026-12-03T09:00:00+01:00");
  g_autoptr(GDateTime) embargo = time_in ("2026-12-04T06:00:00+01:00");
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ("Der Stadtrat hat am Abend zugestimmt.",
                                                             -1, NULL);

  copydesk_article_set_guid (article, "urn:newsml:example.org:20261203:rathaus");
  copydesk_article_set_created (article, created);
  copydesk_article_set_modified (article, created);
  copydesk_article_set_language (article, "de");
  copydesk_article_set_headline (article, "Stadtrat billigt neuen Hafenplan");
  copydesk_article_set_urgency (article, 3);
  copydesk_article_set_body (article, body);
  copydesk_desk_add_subject (desk, "medtop:20000523", NULL);
  copydesk_desk_add_subject (desk, "medtop:20001360", NULL);   /* no French or Spanish label */
  copydesk_desk_add_subject (desk, "subj:04000000", NULL);     /* as an old file had it */
  copydesk_desk_set_genre (desk, "genre:Current");
  copydesk_desk_set_located (desk, "Hamburg");
  copydesk_desk_set_located_qcode (desk, "geo:2911298");
  copydesk_desk_set_priority (desk, 4);
  copydesk_desk_set_embargo (desk, embargo);
  copydesk_desk_set_pub_status (desk, COPYDESK_PUB_STATUS_WITHHELD);
  copydesk_desk_set_signal (desk, COPYDESK_SIGNAL_UPDATE);
  return article;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changed (CopydeskArticle *article,
               guint           *count)
{
  (*count)++;
}

static void
test_model (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  g_autoptr(GDateTime) embargo = time_in ("2026-12-04T06:00:00+01:00");
  g_autoptr(GDateTime) same_utc = time_in ("2026-12-04T05:00:00Z");
  g_autoptr(GDateTime) before = time_in ("2026-12-04T04:59:00Z");
  g_auto(GStrv) retired = NULL;
  g_autofree char *label = NULL;
  guint notified = 0, changed = 0;

  g_assert_true (copydesk_article_get_desk (article) == desk);
  g_signal_connect (desk, "notify", G_CALLBACK (count_notify), &notified);
  g_signal_connect (article, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_true (copydesk_desk_add_subject (desk, "medtop:20000523", NULL));
  g_assert_false (copydesk_desk_add_subject (desk, "medtop:20000523", NULL));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (copydesk_desk_add_subject (desk, "medtop:20000030", "music theatre"));
  g_assert_true (copydesk_desk_add_subject (desk, "xyz:1", "Something of the agency's"));
  g_assert_cmpuint (g_strv_length ((char **) copydesk_desk_get_subjects (desk)), ==, 3);
  retired = copydesk_desk_dup_retired_subjects (desk);
  g_assert_cmpstrv (retired, ((const char * const[]) { "medtop:20000030", NULL }));
  label = copydesk_desk_dup_subject_label (desk, "xyz:1", "de");
  g_assert_cmpstr (label, ==, "Something of the agency's");
  g_clear_pointer (&label, g_free);
  label = copydesk_desk_dup_subject_label (desk, "medtop:20000523", "de");
  g_assert_cmpstr (label, ==, "Arbeitsmarkt");
  g_assert_true (copydesk_desk_remove_subject (desk, "xyz:1"));
  g_assert_false (copydesk_desk_remove_subject (desk, "xyz:1"));
  g_assert_null (copydesk_desk_get_subject_name (desk, "xyz:1"));

  notified = 0;
  copydesk_desk_set_embargo (desk, embargo);
  copydesk_desk_set_embargo (desk, embargo);
  g_assert_cmpuint (notified, ==, 1);
  /* the same moment in another zone is a change: the zone is what the desk typed */
  copydesk_desk_set_embargo (desk, same_utc);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (copydesk_desk_is_embargoed_at (desk, before));
  g_assert_false (copydesk_desk_is_embargoed_at (desk, embargo));
  copydesk_desk_set_embargo (desk, NULL);
  g_assert_null (copydesk_desk_get_embargo (desk));
  g_assert_false (copydesk_desk_is_embargoed_at (desk, before));

  notified = 0;
  g_object_set (desk, "pub-status", COPYDESK_PUB_STATUS_CANCELED, "signal",
                COPYDESK_SIGNAL_CORRECTION, "priority", 2, "genre", "genre:Current", NULL);
  g_assert_cmpuint (notified, ==, 4);
  copydesk_desk_set_pub_status (desk, COPYDESK_PUB_STATUS_CANCELED);
  copydesk_desk_set_priority (desk, 2);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_cmpint (copydesk_desk_get_signal (desk), ==, COPYDESK_SIGNAL_CORRECTION);
  g_assert_cmpuint (copydesk_desk_get_priority (desk), ==, 2);
}

static void
test_copy_and_equal (void)
{
  g_autoptr(CopydeskArticle) a = desk_article ();
  g_autoptr(CopydeskArticle) b = desk_article ();
  g_autoptr(CopydeskArticle) c = copydesk_article_new ();
  CopydeskDesk *desk_b = copydesk_article_get_desk (b);

  g_assert_true (copydesk_article_equal (a, b));
  copydesk_desk_remove_subject (desk_b, "subj:04000000");
  g_assert_false (copydesk_article_equal (a, b));
  copydesk_desk_add_subject (desk_b, "subj:04000000", NULL);
  g_assert_true (copydesk_article_equal (a, b));
  copydesk_desk_set_pub_status (desk_b, COPYDESK_PUB_STATUS_USABLE);
  g_assert_false (copydesk_desk_equal (copydesk_article_get_desk (a), desk_b));

  _copydesk_article_desk_copy (a, c);
  g_assert_true (copydesk_desk_equal (copydesk_article_get_desk (a), copydesk_article_get_desk (c)));
  /* deep: changing the copy leaves the original alone */
  copydesk_desk_add_subject (copydesk_article_get_desk (c), "medtop:20000533", NULL);
  g_assert_cmpuint (g_strv_length ((char **) copydesk_desk_get_subjects (copydesk_article_get_desk (a))),
                    ==, 3);
}

/* ------------------------------------------------------------ writing */

static xmlDocPtr
parse (GBytes *bytes)
{
  xmlDocPtr doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 "desk.xml", NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  return doc;
}

/* The string value of an XPath over the G2 namespace, "" for nothing. */
static char *
xpath (xmlDocPtr   doc,
       const char *expression)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *copy;

  xmlXPathRegisterNs (ctx, BAD_CAST "g", BAD_CAST COPYDESK_NEWSML_NS);
  result = xmlXPathEvalExpression (BAD_CAST expression, ctx);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctx);
  return copy;
}

#define assert_xpath(doc, expr, expected) \
  G_STMT_START { g_autofree char *got_ = xpath (doc, expr); g_assert_cmpstr (got_, ==, expected); } G_STMT_END

#define TEXT_ITEM "//g:newsItem[g:itemMeta/g:itemClass/@qcode='ninat:text']"

static void
test_write_fields (void)
{
  g_autoptr(CopydeskArticle) article = desk_article ();
  g_autoptr(GBytes) bytes = copydesk_newsml_write (article, NULL, NULL);
  xmlDocPtr doc;

  g_assert_nonnull (bytes);
  copydesk_test_validate_newsml (bytes, "every desk field");
  doc = parse (bytes);
  assert_xpath (doc, "string(/g:newsMessage/g:header/g:priority)", "4");
  assert_xpath (doc, "name(/g:newsMessage/g:header/g:priority/preceding-sibling::*[1])",
                "transmitId");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:itemMeta/g:embargoed)", "2026-12-04T06:00:00+01:00");
  assert_xpath (doc, "name(" TEXT_ITEM "/g:itemMeta/g:embargoed/following-sibling::*[1])",
                "pubStatus");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:itemMeta/g:pubStatus/@qcode)", "stat:withheld");
  assert_xpath (doc, "count(" TEXT_ITEM "/g:itemMeta/g:pubStatus)", "1");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:itemMeta/g:signal/@qcode)", "sig:update");
  /* the package and its reference say the same */
  assert_xpath (doc, "string(//g:packageItem/g:itemMeta/g:pubStatus/@qcode)", "stat:withheld");
  assert_xpath (doc, "string(//g:itemRef/g:pubStatus/@qcode)", "stat:withheld");

  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:located/@qcode)", "geo:2911298");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:located/g:name)", "Hamburg");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:genre/@qcode)", "genre:Current");
  assert_xpath (doc, "count(" TEXT_ITEM "/g:contentMeta/g:subject[@type='cpnat:abstract'])", "3");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[1]/@qcode)", "medtop:20000523");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[1]/g:name)", "Arbeitsmarkt");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[1]/g:name/@xml:lang)", "de");
  /* the Subject Code is written as read, named by the vocabulary */
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[3]/@qcode)", "subj:04000000");
  assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[3]/g:name/@xml:lang)", "en-GB");
  /* urgency stays first */
  assert_xpath (doc, "name(" TEXT_ITEM "/g:contentMeta/*[1])", "urgency");
  xmlFreeDoc (doc);
}

/* Each field alone is valid, and a French story falls back to English
 * names, saying so. */
static void
test_write_each_field_valid (void)
{
  for (guint field = 0; field < 8; field++)
    {
      g_autoptr(CopydeskArticle) article = desk_article ();
      g_autoptr(CopydeskArticle) lone = copydesk_article_new ();
      CopydeskDesk *from = copydesk_article_get_desk (article);
      CopydeskDesk *to = copydesk_article_get_desk (lone);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *what = g_strdup_printf ("desk field %u alone", field);

      copydesk_article_set_language (lone, "fr");
      switch (field)
        {
        case 0: copydesk_desk_set_subjects (to, copydesk_desk_get_subjects (from)); break;
        case 1: copydesk_desk_set_genre (to, "genre:Interview"); break;
        case 2: copydesk_desk_set_located (to, "Lyon"); break;
        case 3: copydesk_desk_set_priority (to, 9); break;
        case 4: copydesk_desk_set_embargo (to, copydesk_desk_get_embargo (from)); break;
        case 5: copydesk_desk_set_pub_status (to, COPYDESK_PUB_STATUS_CANCELED); break;
        case 6: copydesk_desk_set_signal (to, COPYDESK_SIGNAL_CORRECTION); break;
        default: copydesk_desk_set_located_qcode (to, "geo:2996944"); break;
        }
      bytes = copydesk_newsml_write (lone, NULL, NULL);
      copydesk_test_validate_newsml (bytes, what);
      if (field == 0)
        {
          xmlDocPtr doc = parse (bytes);

          assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[1]/g:name)",
                        "Marché du travail");
          assert_xpath (doc, "string(" TEXT_ITEM "/g:contentMeta/g:subject[2]/g:name/@xml:lang)",
                        "en-GB");
          xmlFreeDoc (doc);
        }
    }
}

/* ------------------------------------------------------------ reading */

static void
test_round_trip (void)
{
  g_autoptr(CopydeskArticle) article = desk_article ();
  g_autoptr(GBytes) first = copydesk_newsml_write (article, NULL, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) back = copydesk_newsml_read (first, NULL, &warnings, &error);
  g_autoptr(GBytes) second = NULL;
  CopydeskDesk *desk;

  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_true (copydesk_article_equal (article, back));
  desk = copydesk_article_get_desk (back);
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_WITHHELD);
  g_assert_cmpint (copydesk_desk_get_signal (desk), ==, COPYDESK_SIGNAL_UPDATE);
  g_assert_cmpuint (copydesk_desk_get_priority (desk), ==, 4);
  g_assert_cmpint (g_date_time_get_utc_offset (copydesk_desk_get_embargo (desk)) / G_TIME_SPAN_HOUR,
                   ==, 1);
  second = copydesk_newsml_write (back, NULL, NULL);
  g_assert_true (g_bytes_equal (first, second));
}

/* With photos: the package, its references and the picture items carry the
 * status, embargo and signal too, and read back without a word of warning. */
static void
test_round_trip_with_photos (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(CopydeskArticle) from = desk_article ();
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL, second = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) back = NULL;
  xmlDocPtr doc;

  _copydesk_article_desk_copy (from, article);
  copydesk_desk_set_pub_status (copydesk_article_get_desk (article), COPYDESK_PUB_STATUS_CANCELED);
  first = copydesk_newsml_write (article, base, &error);
  g_assert_no_error (error);
  copydesk_test_validate_newsml (first, "the sample, killed, with desk fields");
  doc = parse (first);
  assert_xpath (doc, "count(//g:pubStatus[@qcode='stat:canceled'])",
                "9");  /* package, its 4 references, text, 3 pictures */
  assert_xpath (doc, "count(//g:pubStatus)", "9");
  assert_xpath (doc, "count(//g:newsItem/g:itemMeta/g:embargoed)", "4");
  xmlFreeDoc (doc);

  back = copydesk_newsml_read (first, base, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_true (copydesk_article_equal (article, back));
  second = copydesk_newsml_write (back, base, &error);
  g_assert_true (g_bytes_equal (first, second));
}

/* A contentMeta or itemMeta built by hand, read one child at a time as the
 * reader does. */
static CopydeskArticle *
read_nodes (const char *inner,
            const char *parent_name,
            guint      *taken)
{
  g_autofree char *xml = g_strdup_printf ("<%s xmlns='%s'>%s</%s>", parent_name,
                                          COPYDESK_NEWSML_NS, inner, parent_name);
  xmlDocPtr doc = xmlReadMemory (xml, strlen (xml), "nodes.xml", NULL, XML_PARSE_NONET);
  CopydeskArticle *article = copydesk_article_new ();

  g_assert_nonnull (doc);
  *taken = 0;
  for (xmlNodePtr child = xmlDocGetRootElement (doc)->children; child; child = child->next)
    if (_copydesk_newsml_desk_read (article, child, TRUE))
      (*taken)++;
  xmlFreeDoc (doc);
  return article;
}

static void
test_read_nodes (void)
{
  guint taken;
  g_autoptr(CopydeskArticle) a = read_nodes (
    "<subject qcode='subj:04000000'><name>economy, business and finance</name></subject>"
    "<subject qcode='medtop:20000030'><name>music theatre</name></subject>"
    "<subject uri='http://cv.iptc.org/newscodes/mediatopic/20000533'/>"
    "<subject qcode='medtop:20000523'><name>labour market</name><broader qcode='medtop:09000000'/></subject>"
    "<subject qcode='agency:77'><name>Ours</name></subject>"
    "<subject qcode='medtop:20000533'><name>again</name><related qcode='x:1'/></subject>"
    "<genre qcode='genre:Interview'/><genre qcode='genre:Current'/>"
    "<located><name>Wien</name></located>"
    "<headline>Not the desk's</headline>",
    "contentMeta", &taken);
  g_autoptr(CopydeskArticle) b = read_nodes (
    "<embargoed>2026-12-04T06:00:00-05:00</embargoed><pubStatus qcode='stat:canceled'/>"
    "<signal qcode='sig:correction'/><signal qcode='sig:update'/><signal qcode='sig:noTransmit'/>",
    "itemMeta", &taken);
  g_autoptr(CopydeskArticle) c = read_nodes (
    "<embargoed/><pubStatus qcode='stat:lost'/>", "itemMeta", &taken);
  CopydeskDesk *desk = copydesk_article_get_desk (a);
  g_auto(GStrv) retired = copydesk_desk_dup_retired_subjects (desk);
  g_autofree char *shown = copydesk_desk_dup_subject_label (desk, "subj:04000000", "de");
  const char *subjects[] = { "subj:04000000", "medtop:20000030", "medtop:20000533",
                             "medtop:20000523", NULL };

  g_assert_cmpstrv (copydesk_desk_get_subjects (desk), subjects);
  /* the Subject Code is shown as its exact Media Topic */
  g_assert_cmpstr (shown, ==, "Wirtschaft und Finanzen");
  g_assert_cmpstrv (retired, ((const char * const[]) { "medtop:20000030", NULL }));
  g_assert_cmpstr (copydesk_desk_get_genre (desk), ==, "genre:Interview");
  g_assert_cmpstr (copydesk_desk_get_located (desk), ==, "Wien");

  desk = copydesk_article_get_desk (b);
  g_assert_cmpuint (taken, ==, 0);  /* c: neither an empty embargo nor an unknown status */
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_CANCELED);
  g_assert_cmpint (copydesk_desk_get_signal (desk), ==, COPYDESK_SIGNAL_CORRECTION);
  g_assert_cmpint (g_date_time_get_hour (copydesk_desk_get_embargo (desk)), ==, 6);
  g_assert_null (copydesk_desk_get_embargo (copydesk_article_get_desk (c)));
}

static char *
example (const char *name)
{
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  g_autofree char *schema_dir = schema && *schema ? g_path_get_dirname (schema) : NULL;
  g_autofree char *root = schema_dir ? g_path_get_dirname (schema_dir) : NULL;
  char *path = root ? g_build_filename (root, "examples", name, NULL) : NULL;

  if (path != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_free (path);
  return NULL;
}

/* IPTC's own files: their topics and genre open as the desk's, and go
 * back out valid. */
static void
test_read_originals (void)
{
  g_autofree char *listing = example ("LISTING_1_A_NewsML-G2_News_Item.xml");
  g_autofree char *skeleton = example ("skeleton-newsmessage.xml");
  g_autoptr(GBytes) xml1 = NULL, xml2 = NULL, out = NULL;
  g_autoptr(CopydeskArticle) a = NULL, b = NULL, again = NULL;
  g_autoptr(GError) error = NULL;
  const char *topics[] = { "medtop:04000000", "medtop:20000523", NULL };
  CopydeskDesk *desk;

  if (listing == NULL || skeleton == NULL)
    {
      g_test_skip ("the shared IPTC examples are not there");
      return;
    }
  xml1 = copydesk_test_load (listing);
  a = copydesk_newsml_read (xml1, NULL, NULL, &error);
  g_assert_no_error (error);
  desk = copydesk_article_get_desk (a);
  g_assert_cmpstrv (copydesk_desk_get_subjects (desk), topics);
  g_assert_cmpstr (copydesk_desk_get_genre (desk), ==, "genre:interview");
  g_assert_cmpint (copydesk_desk_get_pub_status (desk), ==, COPYDESK_PUB_STATUS_USABLE);

  xml2 = copydesk_test_load (skeleton);
  b = copydesk_newsml_read (xml2, NULL, NULL, &error);
  g_assert_no_error (error);
  desk = copydesk_article_get_desk (b);
  g_assert_cmpstr (copydesk_desk_get_genre (desk), ==, "genre:Current");
  g_assert_cmpstr (copydesk_desk_get_located (desk), ==, "Vienna");
  g_assert_true (g_strv_contains (copydesk_desk_get_subjects (desk), "medtop:04000000"));

  out = copydesk_newsml_write (b, NULL, &error);
  g_assert_no_error (error);
  copydesk_test_validate_newsml (out, "skeleton-newsmessage written back");
  again = copydesk_newsml_read (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (copydesk_desk_equal (desk, copydesk_article_get_desk (again)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/desk/model", test_model);
  g_test_add_func ("/desk/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/desk/write/fields", test_write_fields);
  g_test_add_func ("/desk/write/each-field-valid", test_write_each_field_valid);
  g_test_add_func ("/desk/read/round-trip", test_round_trip);
  g_test_add_func ("/desk/read/round-trip-with-photos", test_round_trip_with_photos);
  g_test_add_func ("/desk/read/nodes", test_read_nodes);
  g_test_add_func ("/desk/read/originals", test_read_originals);
  return g_test_run ();
}
