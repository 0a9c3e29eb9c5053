/* test-wire.c: agency copy in, files receivers ingest out (issue 11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures in fixtures/ are original files written for Copydesk in the
 * shape of the agency variants met in the wild. Every file written here goes
 * through the schema and the receiver check (copydesk_test_validate_newsml).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-private.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

#define G2_NS "http://iptc.org/std/nar/2006-10-01/"

static char *
fixture_path (const char *name)
{
  return copydesk_test_build_path ("wire", "fixtures", name, NULL);
}

static CopydeskArticle *
read_fixture (const char  *name,
              GPtrArray  **warnings)
{
  g_autofree char *path = fixture_path (name);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GBytes) xml = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  CopydeskArticle *article = copydesk_newsml_read (xml, base, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static GFile *
fixtures_dir (void)
{
  g_autofree char *path = fixture_path ("");

  return g_file_new_for_path (path);
}

static GBytes *
write_checked (CopydeskArticle *article,
               const char      *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) base = fixtures_dir ();
  GBytes *xml = copydesk_newsml_write (article, base, &error);

  g_assert_no_error (error);
  copydesk_test_validate_newsml (xml, what);
  return xml;
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *part)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      if (strstr (g_ptr_array_index (warnings, i), part) != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
body_text (CopydeskArticle *article)
{
  return copydesk_body_to_markup (copydesk_article_get_body (article));
}

/* ------------------------------------------------------------ the variants */

typedef struct
{
  const char *file;
  const char *headline;
  const char *standfirst;
  const char *byline;
  const char *creditline;
  const char *in_body;
  const char *not_in_body;     /* NULL: nothing to check */
  const char *keyword;         /* NULL: none expected */
  const char *created;         /* the created time, as written */
  const char *warning;         /* NULL: none expected to matter */
  const char *written;         /* a fragment the written file must hold */
} Variant;

static const Variant variants[] = {
  { "roles-aliases.xml", "Night ferry to Skerholm returns after six weeks",
    "The island's only night crossing is back, with a smaller boat.", "By Liv Aarsand",
    "Nordwire", "sails again from Monday", NULL, NULL, "2026-02-10T08:40:00+01:00", NULL,
    "<embargoed>2026-02-10T12:00:00+01:00</embargoed>" },
  { "hlrole-abstract.xml", "Kelant opens a second plant in Ohio",
    "Kelant Tools will make hand tools in Dayton from March.", "", "",
    "## Two hundred jobs by the end of the year", NULL, "KLNT", "2026-01-05T14:00:00+00:00",
    "keyword “KLNT”: role mwkw:ticker (not kept", "<keyword>KLNT</keyword>" },
  { "title-subtitle.xml", "Schneefall sperrt den Pass", "Räumdienst seit drei Uhr im Einsatz",
    "", "", "Der Pass bleibt bis Mittag gesperrt.", "Schneefall", NULL,
    "2026-03-11T07:30:00+01:00", NULL, "<versionCreated>2026-03-11T07:30:00+01:00</versionCreated>" },
  { "xhtml-header.xml", "Neue Brücke über die Elbe freigegeben", "Verkehr", "", "",
    "Die neue Brücke ist seit dem Morgen", "Verkehr", "Brücken", "2026-04-02T09:50:00+02:00",
    "“Meldung” in the body's header (not kept)", "<keyword>Hamburg</keyword>" },
  { "nitf-byline.xml", "Port traffic up for a third month", "", "By Staff Reporter Business Desk",
    "", "Container traffic rose by four percent in April.", NULL, NULL, "2026-05-20T15:10:00+00:00",
    NULL, "<by>By Staff Reporter Business Desk</by>" },
  { "plain-tags.xml", "Grain exports resume", "", "", "",
    "The first ship left at dawn.\n\nTwo more follow & a third waits.", "<p>", NULL,
    "2026-06-01T08:00:00+03:00", NULL, "<p>The first ship left at dawn.</p>" },
  { "utf8.xml", "Åskväder över Göteborg", "", "", "", "Blixten slog ned på två ställen.", NULL,
    NULL, "2026-07-01T12:00:00+02:00", NULL, "xml:lang=\"sv\"" },
  { "utf8-upper.xml", "Åskväder över Göteborg", "", "", "", "Blixten slog ned", NULL, NULL,
    "2026-07-01T12:00:00+02:00", NULL, "Åskväder" },
  { "multi-story.xml", "Lighthouse keeper retires after forty years", "", "", "",
    "The last keeper of Gull Point", "dredger", NULL, "2026-08-01T05:58:00+00:00",
    "the file holds 2 stories: this is story 1", "The Gull Point light at dusk." },
};

static void
check_variant (const Variant *v)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_fixture (v->file, &warnings);
  g_autoptr(CopydeskArticle) again = NULL;
  g_autoptr(GFile) base = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = body_text (article);
  g_autofree char *created = copydesk_date_time_format (copydesk_article_get_created (article));
  g_autofree char *text = NULL;

  g_test_message ("%s", v->file);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, v->headline);
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, v->standfirst);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, v->byline);
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, v->creditline);
  if (strstr (body, v->in_body) == NULL)
    g_error ("%s: “%s” is not in the body:\n%s", v->file, v->in_body, body);
  if (v->not_in_body != NULL && strstr (body, v->not_in_body) != NULL)
    g_error ("%s: “%s” should not be in the body:\n%s", v->file, v->not_in_body, body);
  if (v->keyword != NULL)
    g_assert_true (g_strv_contains (copydesk_article_get_keywords (article), v->keyword));
  /* never the moment of reading: the file's own times */
  g_assert_cmpstr (created, ==, v->created);
  g_assert_true (g_date_time_compare (copydesk_article_get_created (article),
                                      copydesk_article_get_modified (article)) <= 0);
  g_assert_false (has_warning (warnings, "dated when it was opened"));
  if (v->warning != NULL && !has_warning (warnings, v->warning))
    g_error ("%s: no warning says “%s”", v->file, v->warning);

  written = write_checked (article, v->file);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  if (strstr (text, v->written) == NULL)
    g_error ("%s: the written file does not hold “%s”:\n%s", v->file, v->written, text);

  /* read back and written again: the same article, the same bytes */
  base = fixtures_dir ();
  again = copydesk_newsml_read (written, base, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (copydesk_article_equal (article, again));
  rewritten = write_checked (again, v->file);
  g_assert_true (g_bytes_equal (written, rewritten));
}

static void
test_variants (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    check_variant (&variants[i]);
}

/* Two conversions of a file without firstCreated give the same bytes. */
static void
test_same_bytes_twice (void)
{
  g_autofree char *path = fixture_path ("hlrole-abstract.xml");
  g_autofree char *dir = g_dir_make_tmp ("copydesk-wire-XXXXXX", NULL);
  g_autofree char *one = g_build_filename (dir, "one.xml", NULL);
  g_autofree char *two = g_build_filename (dir, "two.xml", NULL);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", path, "-o", one);

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", path, "-o", two);

    g_assert_cmpint (r.status, ==, 0);
  }
  first = copydesk_test_load (one);
  second = copydesk_test_load (two);
  g_assert_true (g_bytes_equal (first, second));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                  "<firstCreated>2026-01-05T14:00:00+00:00</firstCreated>"));
  g_unlink (one);
  g_unlink (two);
  g_rmdir (dir);
}

/* A lone picture names no article: the article's guid comes from the file,
 * the same at every reading. */
static void
test_guid_from_the_file (void)
{
  static const char picture[] =
    "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:test:lone\" version=\"1\">"
    "<itemMeta><itemClass qcode=\"ninat:picture\"/><provider literal=\"Coastwire\"/>"
    "<versionCreated>2026-08-02T10:00:00Z</versionCreated><pubStatus qcode=\"stat:usable\"/>"
    "</itemMeta><contentMeta><description role=\"drol:caption\">Gulls.</description></contentMeta>"
    "</newsItem>";
  g_autoptr(GBytes) xml = g_bytes_new_static (picture, sizeof picture - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) one = copydesk_newsml_read (xml, NULL, NULL, &error);
  g_autoptr(CopydeskArticle) two = copydesk_newsml_read (xml, NULL, NULL, &error);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (copydesk_article_get_guid (one), "urn:uuid:"));
  g_assert_cmpstr (copydesk_article_get_guid (one), ==, copydesk_article_get_guid (two));
  first = write_checked (one, "a lone picture");
  second = write_checked (two, "a lone picture");
  g_assert_true (g_bytes_equal (first, second));
}

/* ------------------------------------------------------------ several stories */

static void
test_multi_story (void)
{
  g_autofree char *path = fixture_path ("multi-story.xml");
  g_autoptr(GBytes) xml = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = copydesk_newsml_list_stories (xml, &error);
  g_autoptr(CopydeskArticle) second = NULL;
  g_autoptr(CopydeskArticle) none = NULL;
  g_autoptr(CopydeskPhoto) photo = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  GListModel *photos;

  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (stories, 0), ==, "Lighthouse keeper retires after forty years");
  g_assert_cmpstr (g_ptr_array_index (stories, 1), ==, "Harbour dredging starts in September");

  second = copydesk_newsml_read_story (xml, NULL, 1, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "the file holds 2 stories: this is story 2 (the others open separately)");
  g_assert_cmpstr (copydesk_article_get_guid (second), ==, "urn:test:story-b");
  g_assert_cmpuint (copydesk_article_get_version (second), ==, 2);
  photos = copydesk_article_get_photos (second);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 1);
  photo = g_list_model_get_item (photos, 0);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "A dredger moored at the outer mole.");
  g_clear_object (&photo);

  none = copydesk_newsml_read_story (xml, NULL, 2, NULL, &error);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML);
  g_assert_null (none);

  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--list", path);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "1\tLighthouse keeper retires after forty years\n"
                                "2\tHarbour dredging starts in September\n");
  }
  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", "--item", "2", path);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "<headline>Harbour dredging starts in September</headline>"));
    g_assert_null (strstr (r.out, "Lighthouse"));
    /* the reader's count, then the converter's own way to the others */
    g_assert_nonnull (strstr (r.err, "warning: the file holds 2 stories: this is story 2 (the "
                                     "others open separately)\n"
                                     "warning: convert another story with --item N (1 to 2); "
                                     "--list lists them\n"));
  }
  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", path);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.err, "this is story 1"));
    g_assert_nonnull (strstr (r.err, "--item N (1 to 2)"));
  }
  {
    g_auto(CopydeskTestRun) r = copydesk_test_convert ("--from", "newsml", "--item", "3", path);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "There is no story 3: the file holds 2 stories"));
  }
}

/* ------------------------------------------------------------ nothing lost */

static void
strip_layout (xmlNodePtr node)
{
  xmlNodePtr next;

  for (xmlNodePtr child = node->children; child != NULL; child = next)
    {
      next = child->next;
      if (child->type == XML_ELEMENT_NODE)
        strip_layout (child);
      else if (child->type == XML_TEXT_NODE && xmlIsBlankNode (child))
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
    }
}

static char *
serialise (xmlNodePtr node)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  char *out;

  xmlNodeDump (buffer, node->doc, node, 0, 0);
  out = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return out;
}

static xmlNodePtr
g2_child (xmlNodePtr  node,
          const char *name)
{
  for (xmlNodePtr child = node ? node->children : NULL; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, name))
        return child;
    }
  return NULL;
}

/* @guid NULL: the first packageItem (ours has a guid of its own). */
static xmlNodePtr
item_by_guid (xmlDocPtr   doc,
              const char *guid)
{
  xmlNodePtr item_set = g2_child (xmlDocGetRootElement (doc), "itemSet");

  if (guid == NULL)
    return g2_child (item_set, "packageItem");

  for (xmlNodePtr item = item_set ? item_set->children : NULL; item != NULL; item = item->next)
    {
      xmlChar *value = item->type == XML_ELEMENT_NODE ? xmlGetProp (item, BAD_CAST "guid") : NULL;
      gboolean same = value != NULL && g_str_equal ((const char *) value, guid);

      xmlFree (value);
      if (same)
        return item;
    }
  return NULL;
}

/* Every element of @part in the input item is in the output item: the
 * elements the model does not edit word for word, the others by name. */
static void
assert_part_survives (xmlNodePtr  in_item,
                      xmlNodePtr  out_item,
                      const char *part)
{
  xmlNodePtr in_part = g2_child (in_item, part);
  g_autoptr(GPtrArray) out_children = g_ptr_array_new_with_free_func (g_free);
  xmlNodePtr out_part = g2_child (out_item, part);

  for (xmlNodePtr child = out_part ? out_part->children : NULL; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE)
        g_ptr_array_add (out_children, serialise (child));
    }
  for (xmlNodePtr child = in_part ? in_part->children : NULL; child != NULL; child = child->next)
    {
      g_autofree char *wanted = NULL;
      gboolean found = FALSE;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_kept_is_owned (part, (const char *) child->name))
        {
          g_assert_nonnull (g2_child (out_part, (const char *) child->name));
          continue;
        }
      wanted = serialise (child);
      for (guint i = 0; i < out_children->len && !found; i++)
        found = g_str_equal (g_ptr_array_index (out_children, i), wanted);
      if (!found)
        g_error ("%s: %s was lost on the round trip", part, wanted);
    }
}

/* Open an agency file, change a word, save: every metadata element of the
 * original is still there. */
static void
test_nothing_lost (void)
{
  static const char * const guids[] = {
    "urn:newsml:nordwire.example:20260210:ferry",
    "urn:newsml:nordwire.example:20260210:ferry-photo",
    NULL,
  };
  g_autofree char *path = fixture_path ("roles-aliases.xml");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_fixture ("roles-aliases.xml", &warnings);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) input = copydesk_test_load (path);
  xmlDocPtr in_doc, out_doc;

  /* nothing was left out */
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
  g_assert_false (has_warning (warnings, "not kept"));

  copydesk_article_set_headline (article, "Night ferry to Skerholm is back after six weeks");
  copydesk_article_bump_version (article);
  written = write_checked (article, "edited roles-aliases.xml");

  in_doc = xmlReadMemory (g_bytes_get_data (input, NULL), (int) g_bytes_get_size (input), NULL,
                          NULL, XML_PARSE_NONET);
  out_doc = xmlReadMemory (g_bytes_get_data (written, NULL), (int) g_bytes_get_size (written),
                           NULL, NULL, XML_PARSE_NONET);
  g_assert_nonnull (in_doc);
  g_assert_nonnull (out_doc);
  strip_layout (xmlDocGetRootElement (in_doc));
  strip_layout (xmlDocGetRootElement (out_doc));
  for (guint i = 0; i < G_N_ELEMENTS (guids); i++)
    {
      xmlNodePtr in_item = item_by_guid (in_doc, guids[i]);
      xmlNodePtr out_item = item_by_guid (out_doc, guids[i]);

      g_assert_nonnull (in_item);
      g_assert_nonnull (out_item);
      g_test_message ("%s", guids[i] ? guids[i] : "the package");
      assert_part_survives (in_item, out_item, "itemMeta");
      assert_part_survives (in_item, out_item, "contentMeta");
      assert_part_survives (in_item, out_item, "rightsInfo");
    }
  xmlFreeDoc (in_doc);
  xmlFreeDoc (out_doc);
}

/* ------------------------------------------------------------ the writer */

/* What receivers need of the sample: every rendition named, a contentSet
 * everywhere, a headline, byline, caption and credit on every picture. */
static void
test_sample_for_receivers (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(GBytes) xml = write_checked (article, "the sample article");
  g_autofree char *text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  GListModel *photos = copydesk_article_get_photos (article);
  guint n_items = 0;

  for (const char *p = text; (p = strstr (p, "<newsItem ")) != NULL; p++)
    n_items++;
  g_assert_cmpuint (n_items, ==, 1 + g_list_model_get_n_items (photos));
  for (const char *p = text; (p = strstr (p, "<remoteContent ")) != NULL; p++)
    g_assert_true (g_str_has_prefix (p, "<remoteContent rendition=\"rnd:"));
  g_assert_nonnull (strstr (text, "<inlineXML contenttype=\"application/nitf+xml\""));
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      g_autofree char *headline = copydesk_photo_derive_headline (photo);
      g_autofree char *want_headline = g_strdup_printf ("<headline>%s</headline>", headline);
      g_autofree char *want_by = g_strdup_printf ("<by>%s</by>",
                                                  copydesk_photo_get_photographer (photo));
      g_autofree char *want_credit = g_strdup_printf ("<creditline>%s</creditline>",
                                                      copydesk_photo_get_credit (photo));

      g_assert_cmpstr (headline, !=, "");
      g_assert_nonnull (strstr (text, want_headline));
      g_assert_nonnull (strstr (text, want_by));
      g_assert_nonnull (strstr (text, want_credit));
      /* the credit reaches a receiver that reads the NITF body too */
      g_assert_nonnull (strstr (text, "<media-producer>"));
    }
}

/* A photo with no file yet still has a valid, empty contentSet. */
static void
test_picture_without_file (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("photo-1");
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *text = NULL;

  copydesk_article_set_headline (article, "A picture to come");
  copydesk_photo_set_caption (photo, "Dr. Lee at the quay. She retires today.");
  copydesk_article_add_photo (article, photo);
  xml = write_checked (article, "a photo without a file");
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_assert_nonnull (strstr (text, "<contentSet/>"));
  g_assert_nonnull (strstr (text, "<headline>Dr. Lee at the quay</headline>"));
}

/* The first sentence of a caption, whatever its abbreviations. */
static void
test_derived_headline (void)
{
  static const char * const cases[][2] = {
    { "The north quay on Nov. 23. Work stopped in July.", "The north quay on Nov. 23" },
    { "Is it over? Fans wait outside.", "Is it over?" },
    { "One line only", "One line only" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("p");
      g_autofree char *headline = NULL;

      copydesk_photo_set_caption (photo, cases[i][0]);
      headline = copydesk_photo_derive_headline (photo);
      g_assert_cmpstr (headline, ==, cases[i][1]);
    }
}

/* Times (issue 11): versionCreated is required in itemMeta, firstCreated
 * and contentCreated are not. A file that gives only some of them is read
 * with the file's own times and written without made-up ones. */
typedef struct
{
  const char *what;
  const char *version;
  const char *times;           /* inside itemMeta, after the provider */
  const char *modified;        /* the versionCreated written */
  gboolean    first_created;   /* firstCreated (and contentCreated) written */
  const char *warning;         /* NULL: none about the time */
} TimeCase;

static const TimeCase time_cases[] = {
  { "a later version with versionCreated only", "4",
    "<versionCreated>2026-10-03T09:15:00Z</versionCreated>",
    "<versionCreated>2026-10-03T09:15:00+00:00</versionCreated>", FALSE, NULL },
  { "a first version with versionCreated only", "1",
    "<versionCreated>2026-10-03T09:15:00+02:00</versionCreated>",
    "<versionCreated>2026-10-03T09:15:00+02:00</versionCreated>", TRUE, NULL },
  { "both, as an agency sends them", "3",
    "<versionCreated>2026-10-03T11:00:00Z</versionCreated>"
    "<firstCreated>2026-10-03T08:00:00Z</firstCreated>",
    "<versionCreated>2026-10-03T11:00:00+00:00</versionCreated>", TRUE, NULL },
  { "firstCreated only (versionCreated missing, against the schema)", "2",
    "<firstCreated>2026-10-03T07:45:00Z</firstCreated>",
    "<versionCreated>2026-10-03T07:45:00+00:00</versionCreated>", FALSE, NULL },
};

static GBytes *
time_case_file (const TimeCase *c)
{
  char *text = g_strdup_printf (
    "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:test:times\" "
    "version=\"%s\" standard=\"NewsML-G2\" standardversion=\"2.30\" xml:lang=\"en\">"
    "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Valley Wire\"/>%s"
    "<pubStatus qcode=\"stat:usable\"/></itemMeta>"
    "<contentMeta><headline>Ferry fares stay the same next year</headline></contentMeta>"
    "<contentSet><inlineXML contenttype=\"application/xhtml+xml\">"
    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Fares</title></head>"
    "<body><p>The council kept the fares for another year.</p></body></html>"
    "</inlineXML></contentSet></newsItem>", c->version, c->times);

  return g_bytes_new_take (text, strlen (text));
}

static void
check_time_case (const TimeCase *c)
{
  g_autoptr(GBytes) xml = time_case_file (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_newsml_read (xml, NULL, &warnings, &error);
  g_autoptr(CopydeskArticle) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_item = NULL;

  g_test_message ("times: %s", c->what);
  g_assert_no_error (error);
  g_assert_false (has_warning (warnings, "dated when it was opened"));
  written = write_checked (article, c->what);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  /* the text newsItem, past the package */
  text_item = g_strdup (strstr (text, "<itemClass qcode=\"ninat:text\""));
  g_assert_nonnull (text_item);
  if (strstr (text_item, c->modified) == NULL)
    g_error ("%s: no %s in:\n%s", c->what, c->modified, text);
  g_assert_null (strstr (text, "1970-"));
  g_assert_cmpint (strstr (text_item, "<firstCreated>") != NULL, ==, c->first_created);
  g_assert_cmpint (strstr (text_item, "<contentCreated>") != NULL, ==, c->first_created);
  if (strstr (c->times, "<firstCreated>2026-10-03T08:00:00Z") != NULL)
    g_assert_nonnull (strstr (text_item, "<firstCreated>2026-10-03T08:00:00+00:00</firstCreated>"));

  /* read again and written again: the same bytes, whatever the hour */
  again = copydesk_newsml_read (written, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (copydesk_article_equal (article, again));
  rewritten = write_checked (again, c->what);
  g_assert_true (g_bytes_equal (written, rewritten));
}

static void
test_times (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (time_cases); i++)
    check_time_case (&time_cases[i]);
}

/* No time at all (against the schema): the article is dated when it is
 * opened, and the notes say so; nothing before 1970 or from the file's
 * header stands in. */
static void
test_no_time_said (void)
{
  static const TimeCase none = { "no time", "2", "", "", FALSE, NULL };
  g_autoptr(GBytes) xml = time_case_file (&none);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(CopydeskArticle) article = copydesk_newsml_read (xml, NULL, &warnings, &error);

  g_assert_no_error (error);
  g_assert_true (has_warning (warnings, "dated when it was opened"));
  g_assert_cmpint (g_date_time_difference (copydesk_article_get_modified (article), before), >=,
                   -G_TIME_SPAN_SECOND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wire/reader/variants", test_variants);
  g_test_add_func ("/wire/reader/same-bytes-twice", test_same_bytes_twice);
  g_test_add_func ("/wire/reader/guid-from-the-file", test_guid_from_the_file);
  g_test_add_func ("/wire/reader/multi-story", test_multi_story);
  g_test_add_func ("/wire/times/only-some", test_times);
  g_test_add_func ("/wire/times/none-said", test_no_time_said);
  g_test_add_func ("/wire/round-trip/nothing-lost", test_nothing_lost);
  g_test_add_func ("/wire/writer/sample-for-receivers", test_sample_for_receivers);
  g_test_add_func ("/wire/writer/picture-without-file", test_picture_without_file);
  g_test_add_func ("/wire/writer/derived-headline", test_derived_headline);
  return g_test_run ();
}
