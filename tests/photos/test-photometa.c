/* test-photometa.c: embedded metadata in, export for wire out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <unistd.h>

#include "copydesk-photo-meta.h"
#include "copydesk-test-util.h"
#include "photo-fixtures.h"
#include "sample-article.h"

#define EDITED_CAPTION "Waves break over the half-built barrier — edited on the desk ✓"

/* A photo of the tiny JPEG at @dir/@name. */
static CopydeskPhoto *
photo_for (const char *id,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskPhoto *photo = copydesk_photo_new (id);

  copydesk_photo_set_file (photo, file);
  return photo;
}

static void
test_read_fills_empty_fields_only (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *path = photo_fixture_write_jpeg (dir, "quay.jpg");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CopydeskPhoto) photo = photo_for ("quay", path);
  g_autoptr(GError) error = NULL;

  photo_fixture_tag (path, "Xmp.dc.description",
                     "lang=\"x-default\" Embedded caption, with a comma");
  photo_fixture_tag (path, "Iptc.Application2.Caption", "Older IIM caption");
  photo_fixture_tag (path, "Iptc.Application2.Credit", "Ana Ferreira/Harbour Agency");
  photo_fixture_tag (path, "Xmp.dc.creator", "Ana Ferreira");
  photo_fixture_tag (path, "Iptc.Application2.Copyright", "© 2025 Harbour Agency");
  before = photo_fixture_checksum (path);

  /* typed by the user: must survive */
  copydesk_photo_set_caption (photo, "Typed caption");

  g_assert_true (copydesk_photo_meta_read (photo, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Typed caption");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Ana Ferreira/Harbour Agency");
  g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, "Ana Ferreira");
  g_assert_cmpstr (copydesk_photo_get_copyright_notice (photo), ==, "© 2025 Harbour Agency");
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 8);
  g_assert_cmpuint (copydesk_photo_get_height (photo), ==, 4);
  g_assert_cmpstr (copydesk_photo_get_content_type (photo), ==, "image/jpeg");

  /* XMP wins over IIM when the user left the caption empty */
  copydesk_photo_set_caption (photo, "");
  g_assert_true (copydesk_photo_meta_read (photo, NULL, &error));
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Embedded caption, with a comma");

  after = photo_fixture_checksum (path);
  g_assert_cmpstr (before, ==, after);
  photo_fixture_remove_dir (dir);
}

/* Only IIM, in UTF-8 and as Latin-1 from an old writer with no character set. */
static void
test_read_iim_only (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *path = photo_fixture_write_jpeg (dir, "iim.jpg");
  g_autoptr(CopydeskPhoto) photo = photo_for ("iim", path);
  g_autoptr(GError) error = NULL;

  photo_fixture_tag (path, "Iptc.Application2.Caption", "  Zoë at the Guildhall  ");
  photo_fixture_tag (path, "Iptc.Application2.Byline", "Ruth Angove");
  photo_fixture_tag (path, "Iptc.Application2.Credit", "Gr\xf6ning/Courier");

  g_assert_true (copydesk_photo_meta_read (photo, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Zoë at the Guildhall");
  g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, "Ruth Angove");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Gröning/Courier");
  g_assert_cmpstr (copydesk_photo_get_copyright_notice (photo), ==, "");
  photo_fixture_remove_dir (dir);
}

/* Orientations 5 to 8 turn the picture a quarter: the displayed size swaps. */
static void
test_orientation_swaps_size (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *turned = photo_fixture_write_jpeg (dir, "turned.jpg");
  g_autofree char *flipped = photo_fixture_write_jpeg (dir, "flipped.jpg");
  g_autoptr(CopydeskPhoto) a = photo_for ("turned", turned);
  g_autoptr(CopydeskPhoto) b = photo_for ("flipped", flipped);
  g_autoptr(GError) error = NULL;

  photo_fixture_orient (turned, 6);
  photo_fixture_orient (flipped, 3);
  g_assert_true (copydesk_photo_meta_read (a, NULL, &error));
  g_assert_true (copydesk_photo_meta_read (b, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copydesk_photo_get_width (a), ==, 4);
  g_assert_cmpuint (copydesk_photo_get_height (a), ==, 8);
  g_assert_cmpuint (copydesk_photo_get_width (b), ==, 8);
  g_assert_cmpuint (copydesk_photo_get_height (b), ==, 4);
  photo_fixture_remove_dir (dir);
}

/* The sample's agency caption appears in an empty field; the desk's stays. */
static void
test_read_sample_photo (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "harbour-dawn.jpg", NULL);
  g_autoptr(CopydeskPhoto) fresh = photo_for ("harbour-dawn", path);
  g_autoptr(GError) error = NULL;

  g_assert_true (copydesk_photo_meta_read (fresh, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_photo_get_caption (fresh), ==, COPYDESK_TEST_SAMPLE_RAW_CAPTION);
  g_assert_cmpstr (copydesk_photo_get_credit (fresh), ==, "Morwenna Hicks/Westerly Pictures");
  g_assert_cmpstr (copydesk_photo_get_photographer (fresh), ==, "Morwenna Hicks");
  g_assert_cmpstr (copydesk_photo_get_copyright_notice (fresh), ==,
                   "© 2025 Westerly Pictures Ltd");
  g_assert_true (g_str_has_prefix (copydesk_photo_get_usage_terms (fresh), "Editorial use only,"));
  g_assert_cmpuint (copydesk_photo_get_width (fresh), ==, 640);
  g_assert_cmpuint (copydesk_photo_get_height (fresh), ==, 427);
}

static void
assert_read_fails (const char *path,
                   const char *why)
{
  g_autoptr(CopydeskPhoto) photo = path ? photo_for ("bad", path) : copydesk_photo_new ("bad");
  g_autoptr(GError) error = NULL;

  copydesk_photo_set_caption (photo, "Kept");
  g_assert_false (copydesk_photo_meta_read (photo, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", why, error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Kept");
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 0);
}

static void
test_read_bad_files (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *corrupt = photo_fixture_write_bytes (dir, "corrupt.jpg",
                                                        "\xFF\xD8\xFF\xE0\x00\x10JFIF garbage", 18);
  g_autofree char *text = photo_fixture_write_bytes (dir, "notes.jpg",
                                                     "Call the harbour master at nine.\n", -1);
  g_autofree char *missing = g_build_filename (dir, "missing.jpg", NULL);
  g_autofree char *empty = photo_fixture_write_bytes (dir, "empty.jpg", "", 0);

  assert_read_fails (corrupt, "corrupt JPEG");
  assert_read_fails (text, "text named .jpg");
  assert_read_fails (missing, "missing file");
  assert_read_fails (empty, "empty file");
  assert_read_fails (NULL, "no file");
  photo_fixture_remove_dir (dir);
}

/* Keeps the result of an async call for the test to finish. */
static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* What the user types while the file is read in the background still wins. */
static void
test_read_async (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *path = photo_fixture_write_jpeg (dir, "async.jpg");
  g_autoptr(CopydeskPhoto) photo = photo_for ("async", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  photo_fixture_tag (path, "Xmp.dc.description", "Embedded");
  photo_fixture_tag (path, "Xmp.photoshop.Credit", "Embedded credit");
  copydesk_photo_meta_read_async (photo, NULL, keep_result, &result);
  copydesk_photo_set_caption (photo, "Typed while reading");
  g_assert_true (copydesk_photo_meta_read_finish (photo, wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Typed while reading");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Embedded credit");
  photo_fixture_remove_dir (dir);
}

/* ---- export for wire ---- */

static char **
remote_hrefs (GBytes *xml)
{
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  xmlDocPtr doc = xmlReadMemory (data, (int) len, NULL, NULL, XML_PARSE_NONET);
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  xmlXPathObjectPtr found;
  GPtrArray *hrefs = g_ptr_array_new ();

  g_assert_nonnull (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "g2", BAD_CAST COPYDESK_NEWSML_NS);
  found = xmlXPathEvalExpression (BAD_CAST "//g2:remoteContent/@href", ctx);
  for (int i = 0; found->nodesetval && i < found->nodesetval->nodeNr; i++)
    {
      xmlChar *href = xmlNodeGetContent (found->nodesetval->nodeTab[i]);

      g_ptr_array_add (hrefs, g_strdup ((const char *) href));
      xmlFree (href);
    }
  g_ptr_array_add (hrefs, NULL);
  xmlXPathFreeObject (found);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  return (char **) g_ptr_array_free (hrefs, FALSE);
}

typedef struct
{
  char *name;
  char *sum;
} Original;

static GArray *
checksum_sample (void)
{
  static const char * const names[] = { "harbour-dawn.jpg", "fishing-boats.jpg", "town-hall.jpg" };
  GArray *sums = g_array_new (FALSE, FALSE, sizeof (Original));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = copydesk_test_data_path ("sample", names[i], NULL);
      Original o = { g_strdup (names[i]), photo_fixture_checksum (path) };

      g_array_append_val (sums, o);
    }
  return sums;
}

static void
assert_sample_unchanged (GArray *sums)
{
  for (guint i = 0; i < sums->len; i++)
    {
      Original *o = &g_array_index (sums, Original, i);
      g_autofree char *path = copydesk_test_data_path ("sample", o->name, NULL);
      g_autofree char *now = photo_fixture_checksum (path);

      g_assert_cmpstr (now, ==, o->sum);
      g_free (o->name);
      g_free (o->sum);
    }
  g_array_unref (sums);
}

/* Every href resolves to a file in @dir whose size is the one announced. */
static guint
assert_hrefs_resolve (const char *newsml_path,
                      const char *dir)
{
  g_autoptr(GBytes) xml = copydesk_test_load (newsml_path);
  g_auto(GStrv) hrefs = remote_hrefs (xml);

  copydesk_test_validate_newsml (xml, newsml_path);
  for (guint i = 0; hrefs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, hrefs[i], NULL);

      g_assert_false (g_path_is_absolute (hrefs[i]));
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  return g_strv_length (hrefs);
}

static void
assert_no_temp_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".copydesk-export-"));
}

static CopydeskArticle *
build_sample (void)
{
  g_autofree char *sample_dir = copydesk_test_data_path ("sample", NULL);

  return copydesk_test_build_sample_article (sample_dir);
}

static void
test_export_sample (void)
{
  g_autoptr(CopydeskArticle) article = build_sample ();
  g_autoptr(CopydeskArticle) reference = build_sample ();
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "flood-barrier.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autofree char *copy = g_build_filename (dir, "harbour-dawn.jpg", NULL);
  g_autofree char *other = g_build_filename (dir, "town-hall.jpg", NULL);
  g_autoptr(GError) error = NULL;
  GArray *sums = checksum_sample ();
  CopydeskPhoto *photo = copydesk_article_find_photo (article, "harbour-dawn");
  g_autofree char *caption = NULL;
  g_autofree char *xmp_caption = NULL;
  g_autofree char *credit = NULL;
  g_autofree char *xmp_credit = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *rights = NULL;
  g_autofree char *town_caption = NULL;
  GFile *original;

  copydesk_photo_set_caption (photo, EDITED_CAPTION);
  copydesk_photo_set_credit (photo, "M. Hicks/Westerly");
  copydesk_photo_set_caption (copydesk_article_find_photo (reference, "harbour-dawn"),
                              EDITED_CAPTION);
  copydesk_photo_set_credit (copydesk_article_find_photo (reference, "harbour-dawn"),
                             "M. Hicks/Westerly");

  g_assert_true (copydesk_wire_export (article, file, NULL, &error));
  g_assert_no_error (error);

  /* three copies and the file, nothing else */
  g_assert_cmpuint (photo_fixture_count_files (dir), ==, 4);
  g_assert_cmpuint (assert_hrefs_resolve (newsml, dir), ==, 3);
  assert_no_temp_files (dir);

  caption = photo_fixture_read_tag (copy, "Iptc.Application2.Caption");
  xmp_caption = photo_fixture_read_tag (copy, "Xmp.dc.description");
  credit = photo_fixture_read_tag (copy, "Iptc.Application2.Credit");
  xmp_credit = photo_fixture_read_tag (copy, "Xmp.photoshop.Credit");
  byline = photo_fixture_read_tag (copy, "Iptc.Application2.Byline");
  rights = photo_fixture_read_tag (copy, "Xmp.dc.rights");
  town_caption = photo_fixture_read_tag (other, "Iptc.Application2.Caption");
  g_assert_cmpstr (caption, ==, EDITED_CAPTION);
  g_assert_cmpstr (xmp_caption, ==, EDITED_CAPTION);
  g_assert_cmpstr (credit, ==, "M. Hicks/Westerly");
  g_assert_cmpstr (xmp_credit, ==, "M. Hicks/Westerly");
  g_assert_cmpstr (byline, ==, "Morwenna Hicks");
  g_assert_cmpstr (rights, ==, "© 2025 Westerly Pictures Ltd");
  g_assert_cmpstr (town_caption, ==, copydesk_photo_get_caption (
                     copydesk_article_find_photo (article, "town-hall")));

  /* the article still points at the originals, which did not change */
  original = copydesk_photo_get_file (photo);
  g_assert_true (g_str_has_suffix (g_file_peek_path (original), "sample/harbour-dawn.jpg"));
  g_assert_true (copydesk_article_equal (article, reference));
  assert_sample_unchanged (sums);

  /* exporting again replaces the set instead of adding "-2" copies */
  g_assert_true (copydesk_wire_export (article, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (photo_fixture_count_files (dir), ==, 4);
  photo_fixture_remove_dir (dir);
}

/* A copy must never land on an original: exporting into the photos' own
 * folder picks another name, and the original is byte-identical. */
static void
test_export_beside_originals (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *path = photo_fixture_write_jpeg (dir, "quay.jpg");
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autofree char *renamed = g_build_filename (dir, "quay-2.jpg", NULL);
  g_autofree char *before = photo_fixture_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *original_caption = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) photo = photo_for ("quay", path);
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ("Text.\n\n[photo: quay]", -1, NULL);
  g_autoptr(GError) error = NULL;

  photo_fixture_tag (path, "Iptc.Application2.Caption", "Agency caption");
  g_free (before);
  before = photo_fixture_checksum (path);
  copydesk_article_set_headline (article, "Quay");
  copydesk_photo_set_caption (photo, "Desk caption");
  g_assert_true (copydesk_photo_update_from_file (photo, NULL, NULL));
  copydesk_article_add_photo (article, photo);
  copydesk_article_set_body (article, body);

  g_assert_true (copydesk_wire_export (article, file, NULL, &error));
  g_assert_no_error (error);
  after = photo_fixture_checksum (path);
  g_assert_cmpstr (before, ==, after);
  caption = photo_fixture_read_tag (renamed, "Iptc.Application2.Caption");
  original_caption = photo_fixture_read_tag (path, "Iptc.Application2.Caption");
  g_assert_cmpstr (caption, ==, "Desk caption");
  g_assert_cmpstr (original_caption, ==, "Agency caption");
  g_assert_cmpuint (assert_hrefs_resolve (newsml, dir), ==, 1);
  photo_fixture_remove_dir (dir);
}

/* A photo without a file is exported as metadata only. */
static void
test_export_photo_without_file (void)
{
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ("Text.\n\n[photo: later]", -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *text = NULL;

  copydesk_article_set_headline (article, "Photo to follow");
  copydesk_article_set_body (article, body);
  copydesk_photo_set_caption (copydesk_article_find_photo (article, "later"), "To follow");

  g_assert_true (copydesk_wire_export (article, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (photo_fixture_count_files (dir), ==, 1);
  g_assert_cmpuint (assert_hrefs_resolve (newsml, dir), ==, 0);
  xml = copydesk_test_load (newsml);
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_assert_nonnull (strstr (text, "To follow"));
  photo_fixture_remove_dir (dir);
}

static void
assert_export_fails_leaving (CopydeskArticle *article,
                             const char      *newsml,
                             const char      *dir,
                             guint            files_before)
{
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autoptr(GError) error = NULL;

  g_assert_false (copydesk_wire_export (article, file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("export failed as expected: %s", error->message);
  g_assert_cmpuint (photo_fixture_count_files (dir), ==, files_before);
  assert_no_temp_files (dir);
}

/* The NewsML file cannot be put in place (a folder holds its name) after all
 * the copies were written: none of them may remain. */
static void
test_export_failure_leaves_nothing (void)
{
  g_autoptr(CopydeskArticle) article = build_sample ();
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autofree char *elsewhere = photo_fixture_make_dir ();
  g_autofree char *gone = photo_fixture_write_jpeg (elsewhere, "gone.jpg");
  g_autoptr(CopydeskPhoto) lost = photo_for ("gone", gone);
  GArray *sums = checksum_sample ();

  g_assert_cmpint (g_mkdir (newsml, 0755), ==, 0);
  assert_export_fails_leaving (article, newsml, dir, 1);
  g_assert_cmpint (g_rmdir (newsml), ==, 0);

  /* a photo whose file went missing stops the export, with nothing left */
  copydesk_article_add_photo (article, lost);
  g_unlink (gone);
  assert_export_fails_leaving (article, newsml, dir, 0);

  /* a damaged photo cannot carry a caption: the export says so */
  g_free (gone);
  gone = photo_fixture_write_bytes (elsewhere, "gone.jpg", "\xFF\xD8\xFF\xE0 not really", 15);
  assert_export_fails_leaving (article, newsml, dir, 0);

  assert_sample_unchanged (sums);
  photo_fixture_remove_dir (dir);
  photo_fixture_remove_dir (elsewhere);
}

static void
test_export_read_only_folder (void)
{
  g_autoptr(CopydeskArticle) article = build_sample ();
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "story.xml", NULL);

  assert_export_fails_leaving (article, missing, dir, 0);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (access (dir, W_OK) != 0)
    assert_export_fails_leaving (article, newsml, dir, 0);
  else if (g_file_test ("/proc/self", G_FILE_TEST_IS_DIR))
    {
      /* root ignores the mode bits; /proc takes no files from anyone */
      g_autoptr(GFile) file = g_file_new_for_path ("/proc/copydesk-story.xml");
      g_autoptr(GError) error = NULL;

      g_assert_false (copydesk_wire_export (article, file, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("export into /proc failed as expected: %s", error->message);
      g_assert_false (g_file_query_exists (file, NULL));
    }
  else
    g_test_skip ("running with privileges that ignore a read-only folder");
  photo_fixture_remove_dir (dir);
}

/* The export works on a copy: editing the article meanwhile is safe and does
 * not reach the files already on their way. */
static void
test_export_async (void)
{
  g_autoptr(CopydeskArticle) article = build_sample ();
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autofree char *copy = g_build_filename (dir, "town-hall.jpg", NULL);
  g_autofree char *caption = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autoptr(GError) error = NULL;
  CopydeskPhoto *photo = copydesk_article_find_photo (article, "town-hall");
  g_autofree char *expected = g_strdup (copydesk_photo_get_caption (photo));
  g_autoptr(GAsyncResult) result = NULL;

  copydesk_wire_export_async (article, file, NULL, keep_result, &result);
  copydesk_photo_set_caption (photo, "Changed after the export started");
  g_assert_true (copydesk_wire_export_finish (article, wait_for_result (&result), &error));
  g_assert_no_error (error);
  caption = photo_fixture_read_tag (copy, "Xmp.dc.description");
  g_assert_cmpstr (caption, ==, expected);
  g_assert_cmpuint (assert_hrefs_resolve (newsml, dir), ==, 3);
  photo_fixture_remove_dir (dir);
}

/* Exported, then opened again: every placement is still there and points at
 * the captioned copy beside the file. Needs the NewsML-G2 reader. */
static void
test_export_reopens (void)
{
  g_autoptr(CopydeskArticle) article = build_sample ();
  g_autoptr(CopydeskArticle) reopened = NULL;
  g_autofree char *dir = photo_fixture_make_dir ();
  g_autofree char *newsml = g_build_filename (dir, "story.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (newsml);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  CopydeskPhoto *photo;

  copydesk_photo_set_caption (copydesk_article_find_photo (article, "fishing-boats"),
                              EDITED_CAPTION);
  g_assert_true (copydesk_wire_export (article, file, NULL, &error));
  g_assert_no_error (error);
  xml = copydesk_test_load (newsml);
  reopened = copydesk_newsml_read (xml, folder, NULL, &error);
  if (g_error_matches (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_SUPPORTED))
    {
      g_test_skip ("the NewsML-G2 reader is not merged yet");
      photo_fixture_remove_dir (dir);
      return;
    }
  g_assert_no_error (error);
  before = copydesk_body_get_photo_ids (copydesk_article_get_body (article));
  after = copydesk_body_get_photo_ids (copydesk_article_get_body (reopened));
  g_assert_cmpstrv (after, before);
  photo = copydesk_article_find_photo (reopened, "fishing-boats");
  g_assert_nonnull (photo);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, EDITED_CAPTION);
  g_assert_nonnull (copydesk_photo_get_file (photo));
  g_assert_true (g_file_has_parent (copydesk_photo_get_file (photo), folder));
  g_assert_true (g_file_query_exists (copydesk_photo_get_file (photo), NULL));
  photo_fixture_remove_dir (dir);
}

static void
test_safe_name (void)
{
  static const struct { const char *text; gsize max; const char *name; } cases[] = {
    { "Zoë's Boat (2)", 48, "zoe-s-boat-2" },
    { "HARBOUR-FLOOD-BARRIER", 60, "harbour-flood-barrier" },
    { "  --  ", 48, NULL },
    { "£18m — bill climbs", 48, "18m-bill-climbs" },
    { "abcdefghij", 4, "abcd" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = copydesk_safe_name (cases[i].text, cases[i].max);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/photometa/read-fills-empty-fields-only", test_read_fills_empty_fields_only);
  g_test_add_func ("/photometa/read-iim-only", test_read_iim_only);
  g_test_add_func ("/photometa/orientation-swaps-size", test_orientation_swaps_size);
  g_test_add_func ("/photometa/read-sample-photo", test_read_sample_photo);
  g_test_add_func ("/photometa/read-bad-files", test_read_bad_files);
  g_test_add_func ("/photometa/read-async", test_read_async);
  g_test_add_func ("/photometa/export-sample", test_export_sample);
  g_test_add_func ("/photometa/export-beside-originals", test_export_beside_originals);
  g_test_add_func ("/photometa/export-photo-without-file", test_export_photo_without_file);
  g_test_add_func ("/photometa/export-failure-leaves-nothing", test_export_failure_leaves_nothing);
  g_test_add_func ("/photometa/export-read-only-folder", test_export_read_only_folder);
  g_test_add_func ("/photometa/export-async", test_export_async);
  g_test_add_func ("/photometa/export-reopens", test_export_reopens);
  g_test_add_func ("/photometa/safe-name", test_safe_name);

  return g_test_run ();
}
