/* test-reader.c: NewsML-G2 in: round trips and agency copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"
#include "reader-test-util.h"
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
  /* true in the editor and in the converter alike: each adds its own way
   * to the others */
  g_assert_true (has_warning (warnings,
                              "the file holds 2 stories: this is story 1 (the others open separately)"));
  g_assert_false (has_warning (warnings, "copydesk-convert"));
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

  return g_test_run ();
}
