/* test-import-html.c: the HTML importer, page by page, and the paste of a fragment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each page under fixtures-html/ is an original page in one house style,
 * with schema.org JSON-LD or OpenGraph metadata, figures and the site's
 * furniture around the article; the table says what the importer must make
 * of it. Every imported article is also written as NewsML-G2 and validated.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-test-util.h"

#define MAX_PHOTOS 4

typedef struct
{
  const char *caption;   /* exactly */
  const char *credit;    /* exactly */
} ExpectedPhoto;

typedef struct
{
  const char    *name;
  const char    *style;
  const char    *headline;
  const char    *standfirst;
  const char    *byline;
  const char    *authors;         /* "|"-separated */
  const char    *job_titles;      /* "|"-separated, one per author */
  const char    *bio;             /* of the first author */
  const char    *dateline;
  const char    *language;
  const char    *first_paragraph; /* its first words */
  guint          paragraphs;
  const char    *subheadings;     /* "|"-separated, in order */
  guint          lists;
  guint          quotes;
  ExpectedPhoto  photos[MAX_PHOTOS];
  const char    *note;
  const char    *markup;          /* "\n"-separated pieces the body markup holds */
  const char    *dropped;         /* "\n"-separated, in order */
} Fixture;

static const Fixture fixtures[] = {
  {
    "regional-daily", "regional daily (JSON-LD @graph, credit span, share bar, newsletter box)",
    "Ferry timetable cut leaves island commuters facing two-hour waits",
    "Operator blames crew shortages as winter sailings drop from hourly to every other hour",
    "Priya Castellane", "Priya Castellane", "Transport reporter", "", "", "en-GB",
    "Commuters who cross to the mainland", 7,
    "Workers and students hit hardest|What the operator says", 1, 0,
    { { "The car ferry Osprey at the East Quay terminal.", "Dominic Fairweather/Solent Mercury" } },
    "",
    "**a shortage of qualified deck crew**\n- Monthly ticket holders get a 25% credit for December",
    "The Solent Mercury News Sport What's On\n"
    "We use cookies to improve your experience. Accept all\n"
    "Transport\n"
    "12 November 2024, 7.30am\n"
    "Share on Facebook Share on X Email\n"
    "Related Harbour car park charges to rise New hovercraft service delayed again\n"
    "Get the Mercury Morning Briefing in your inbox every weekday. Sign up\n"
    "Topics: Ferries, Isle of Wight, Commuting\n"
    "Most read Council confirms date for seafront works Pub quiz raises record sum for lifeboat\n"
    "© 2024 The Solent Mercury. All rights reserved.",
  },
  {
    "magazine-longread", "magazine long read (JSON-LD array, two authors with titles, quote, bio)",
    "The quiet science of listening to glaciers",
    "Hydrophones lowered into Greenland's fjords are picking up the sound of ice melting. "
    "Scientists think it could become an early-warning system.",
    "Tomasz Ellery-Nwosu and Ingeborg Salvesen", "Tomasz Ellery-Nwosu|Ingeborg Salvesen",
    "Contributing writer|Photographer",
    "Tomasz Ellery-Nwosu writes about climate science from Copenhagen.", "", "en-US",
    "The first thing you notice", 6, "A library of sounds|Listening for warnings", 0, 1,
    {
      { "Icebergs calved from the Sermeq glacier drift through the fjord", "Ingeborg Salvesen" },
      { "Malin Qvist lowers a hydrophone from the research boat",
        "Ingeborg Salvesen for Meridian" },
    },
    "",
    "says *Dr Malin Qvist*, an acoustician\n"
    "[with the code and the data](https://journal.example/ice-acoustics)\n"
    "> We are not trying to replace the satellites.",
    "Meridian Science Travel Subscribe\n"
    "Meridian is reader-funded. Become a member from $5 a month.\n"
    "You might also like The bird that remembers every tree\n"
    "Meridian Magazine · Privacy · Terms",
  },
  {
    "tech-blog", "engineering blog (OpenGraph only, no article element, name and title byline)",
    "Why our status page went down with everything else",
    "A post-mortem of the 14 March outage, and the three changes we made so it cannot happen "
    "the same way again.",
    "Rosalind Achterberg", "Rosalind Achterberg", "Site Reliability Lead", "", "", "en-US",
    "On 14 March, for forty-seven minutes", 5, "What happened|What we changed", 1, 0,
    { { NULL } },
    "",
    "*and* a deploy pipeline\n"
    "**and must write it up within a day**\n"
    "[write to us](mailto:reliability@fernhill.example)",
    "Fernhill | Blog | Careers | Log in\n"
    "Posted on March 21, 2024\n"
    "Tagged: outage postmortem\n"
    "Tweet Share\n"
    "12 comments Great write-up, thanks for being open about this.\n"
    "© Fernhill Ltd",
  },
  {
    "portuguese-portal", "Brazilian news portal (ReportageNewsArticle, Por … e …, de CITY, Foto:)",
    "Seca no Pantanal reduz navegação no rio Paraguai ao menor nível em 60 anos",
    "Barcaças de minério operam com um terço da carga; pescadores relatam cardumes presos em "
    "lagoas isoladas",
    "Luana Figueiredo e Caio Brandão", "Luana Figueiredo|Caio Brandão", "|", "",
    "Corumbá (MS)", "pt",
    "O nível do rio Paraguai em Ladário", 5, "Pescadores sem peixe", 0, 0,
    { { "Bancos de areia expostos no rio Paraguai, perto de Corumbá",
        "Rafael Moura/Agência Pantanal" } },
    "",
    "",
    "Início Brasil Economia\n"
    "08/10/2024 11h20 · Atualizado há 2 horas\n"
    "Compartilhe: WhatsApp Facebook X\n"
    "Leia também Incêndios no Pantanal batem recorde em setembro\n"
    "Portal Exemplo — Todos os direitos reservados",
  },
  {
    "arabic-daily", "Arabic daily (right to left, JSON-LD, author block, تصوير: credit)",
    "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الساحل الشمالي",
    "المحطة تنتج عشرة آلاف متر مكعب يوميا وتخدم ثلاث قرى للصيادين",
    "سلمى الحداد", "سلمى الحداد", "مراسلة الشؤون البيئية", "", "", "ar",
    "افتتحت وزارة الموارد المائية", 4, "خفض التكاليف", 0, 1,
    { { "ألواح شمسية تغذي وحدات التحلية قرب قرية الصيادين", "كريم منصور" } },
    "",
    "> كنا ننتظر الشاحنة",
    "الرئيسية محليات اقتصاد\n"
    "شارك: فيسبوك تويتر واتساب\n"
    "جميع الحقوق محفوظة ٢٠٢٤",
  },
  {
    "french-regional", "French regional daily (chapô, Par, Publié … modifié …, © credit)",
    "Le dernier cinéma de la vallée rouvre grâce à une souscription",
    "Fermé depuis 2021, l'Éden de Saint-Aubin a rassemblé 412 donateurs pour financer un "
    "nouveau projecteur numérique.",
    "Margaux Téllier", "Margaux Téllier", "", "", "", "fr-FR",
    "Les habitués l'appelaient", 5, "Un projecteur d'occasion", 0, 0,
    { { "La façade de l'Éden, rue du Marché.", "Julien Roques" } },
    "",
    "**86 000 euros**",
    "Publicité\n"
    "Accueil › Culture › Cinéma\n"
    "Publié le 9 février 2024 à 06h45, modifié le 9 février 2024 à 10h12\n"
    "Partager sur Facebook | Partager sur X | Envoyer par e-mail\n"
    "Recevez chaque matin l'essentiel de l'actualité de votre département.\n"
    "À lire aussi La médiathèque prolonge ses horaires",
  },
  {
    "broadcaster-news", "broadcaster (headline outside the article, outlet as author, "
    "credits in brackets and after “Photo by”)",
    "Volunteers count record number of seals on sandbank", "",
    "", "", "", "", "", "en",
    "Volunteers counting grey seal pups", 5, "", 0, 0,
    {
      { "Grey seal pups are born with white fur, which they shed after about three weeks",
        "Coastal Wildlife Trust" },
      { "Wardens walk the colony twice a week during pupping season.", "Nadia Kerrigan" },
    },
    "",
    "",
    "Skip to content\n"
    "Northern Coast Radio 15 January 2024\n"
    "Listen live: NCR Breakfast with Sam and Aisha\n"
    "Got a story? Text the newsroom on 07700 900123.\n"
    "More stories Road closed after landslip",
  },
  {
    "syndicated-wire", "syndicated wire copy (JSON-LD mainEntity, main without article, "
    "dateline, closing reporting note)",
    "Central bank holds rates but signals cut as inflation eases",
    "Policy makers voted seven to two to keep the main rate at 4.5%",
    "Okonkwo Adeyemi-Hart and Sunniva Lindqvist", "Okonkwo Adeyemi-Hart|Sunniva Lindqvist", "|",
    "", "LONDON (Wire)", "en",
    "The central bank kept its main interest rate", 4, "", 0, 0,
    { { NULL } },
    "(Reporting by Okonkwo Adeyemi-Hart and Sunniva Lindqvist; editing by Paul Mbeki)",
    "",
    "Advertisement\n"
    "Trending Oil prices slip",
  },
};

static char *
join_authors (GListModel *authors,
              gboolean    titles)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      g_string_append_printf (out, "%s%s", i ? "|" : "",
                              titles ? copydesk_author_get_job_title (author)
                                     : copydesk_author_get_name (author));
    }
  return g_strdup (out->str);
}

static CopydeskArticle *
import_page (const char  *name,
             GPtrArray  **dropped)
{
  g_autofree char *file = g_strconcat (name, ".html", NULL);
  g_autofree char *path = copydesk_test_build_path ("import", "fixtures-html", file, NULL);
  g_autoptr(GBytes) bytes = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  CopydeskArticle *article = copydesk_import_html (data, len, dropped, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static void
check_body (CopydeskArticle *article,
            const Fixture   *f)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autoptr(GPtrArray) subheadings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  guint counts[COPYDESK_BLOCK_PHOTO + 1] = { 0 };
  gboolean first = TRUE;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);
      CopydeskBlockKind kind = copydesk_block_get_kind (block);

      counts[kind]++;
      if (kind == COPYDESK_BLOCK_SUBHEADING)
        g_ptr_array_add (subheadings, copydesk_run_to_plain_text (copydesk_block_get_run (block)));
      if (kind == COPYDESK_BLOCK_PARAGRAPH && first)
        {
          g_autofree char *text = copydesk_run_to_plain_text (copydesk_block_get_run (block));

          if (!g_str_has_prefix (text, f->first_paragraph))
            g_error ("%s: first paragraph “%s”", f->name, text);
          first = FALSE;
        }
    }
  g_ptr_array_add (subheadings, NULL);
  joined = g_strjoinv ("|", (char **) subheadings->pdata);
  g_assert_cmpstr (joined, ==, f->subheadings);
  g_assert_cmpuint (counts[COPYDESK_BLOCK_PARAGRAPH], ==, f->paragraphs);
  g_assert_cmpuint (counts[COPYDESK_BLOCK_BULLET_LIST] + counts[COPYDESK_BLOCK_NUMBERED_LIST], ==,
                    f->lists);
  g_assert_cmpuint (counts[COPYDESK_BLOCK_QUOTE], ==, f->quotes);
}

static void
check_photos (CopydeskArticle *article,
              const Fixture   *f)
{
  GListModel *photos = copydesk_article_get_photos (article);
  guint expected = 0;

  while (expected < MAX_PHOTOS && f->photos[expected].caption != NULL)
    expected++;
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, expected);
  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, f->photos[i].caption);
      g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, f->photos[i].credit);
    }
}

static void
check_markup (CopydeskArticle *article,
              const Fixture   *f)
{
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  g_auto(GStrv) pieces = g_strsplit (f->markup, "\n", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    if (pieces[i][0] != '\0' && strstr (markup, pieces[i]) == NULL)
      g_error ("%s: “%s” is not in the body markup:\n%s", f->name, pieces[i], markup);
}

static void
write_and_validate (CopydeskArticle *article,
                    GPtrArray       *dropped,
                    const char      *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GBytes) xml = copydesk_newsml_write (article, dir, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  for (guint i = 0; dropped != NULL && i < dropped->len; i++)
    {
      const char *line = g_ptr_array_index (dropped, i);

      /* a dropped block is nowhere in the file (the short ones are words
       * the article may use, such as "Transport") */
      if (strlen (line) > 30 && strchr (line, '&') == NULL && strstr (text, line) != NULL)
        g_error ("%s: dropped block “%s” is in the written file", what, line);
    }
  copydesk_test_validate_newsml (xml, what);
  /* right-to-left languages say so in the body */
  if (copydesk_language_is_right_to_left (copydesk_article_get_language (article)))
    g_assert_nonnull (strstr (text, "<body dir=\"rtl\">"));
  else
    g_assert_null (strstr (text, "dir=\"rtl\""));
}

static void
test_fixture (gconstpointer data)
{
  const Fixture *f = data;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = import_page (f->name, &dropped);
  GListModel *authors = copydesk_article_get_authors (article);
  g_autofree char *names = join_authors (authors, FALSE);
  g_autofree char *titles = join_authors (authors, TRUE);
  g_autofree char *dropped_text = NULL;

  g_test_message ("%s: %s", f->name, f->style);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, f->headline);
  g_assert_cmpstr (copydesk_article_get_standfirst (article), ==, f->standfirst);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, f->byline);
  g_assert_cmpstr (names, ==, f->authors);
  g_assert_cmpstr (titles, ==, f->job_titles);
  if (g_list_model_get_n_items (authors) > 0)
    {
      g_autoptr(CopydeskAuthor) first = g_list_model_get_item (authors, 0);

      g_assert_cmpstr (copydesk_author_get_bio (first), ==, f->bio);
    }
  g_assert_cmpstr (copydesk_article_get_dateline (article), ==, f->dateline);
  g_assert_cmpstr (copydesk_article_get_language (article), ==, f->language);
  g_assert_cmpstr (copydesk_article_get_contributor_note (article), ==, f->note);
  check_body (article, f);
  check_photos (article, f);
  check_markup (article, f);
  g_ptr_array_add (dropped, NULL);
  dropped_text = g_strjoinv ("\n", (char **) dropped->pdata);
  g_ptr_array_set_size (dropped, dropped->len - 1);
  g_assert_cmpstr (dropped_text, ==, f->dropped);
  write_and_validate (article, dropped, f->name);
}

/* ------------------------------------------------------------ the paste */

/* What a word processor puts on the clipboard: every run in a span with its
 * own style, the whole wrapped in <b style="font-weight:normal">. */
static void
test_fragment (void)
{
  g_autofree char *path = copydesk_test_build_path ("import", "fixtures-html",
                                                    "clipboard-fragment.html", NULL);
  g_autoptr(GBytes) bytes = copydesk_test_load (path);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *markup = copydesk_import_html_fragment (data, len, &error);
  g_autoptr(CopydeskBody) body = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (markup, ==,
                   "The council will vote on the plan on **Tuesday 4 June**, after a consultation "
                   "that drew more than 900 responses.\n\n"
                   "*Full details* are on the [council's website](https://council.example/plan).\n\n"
                   "- Three new crossings on the high street\n"
                   "- A 20mph limit near the two primary schools\n\n"
                   "Work would start in the autumn.\n");
  /* and it is body markup the editor reads back as four blocks */
  body = copydesk_body_parse_markup (markup, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, 4);
}

/* A few paragraphs as a browser copies them: inline markup kept, blocks
 * apart, never merged into one paragraph; nothing of a page's head. */
static void
test_fragment_browser (void)
{
  static const char html[] =
    "<html><body><!--StartFragment--><h1>Not a headline here</h1>"
    "<p>One <i>two</i> <b>three</b>.</p>text between<br><br>after two breaks"
    "<blockquote>Quoted words</blockquote><ol><li>first</li><li><a href=\"/relative\">second</a>"
    "</li></ol><script>alert(1)</script><style>p{}</style><form><input value=\"x\"></form>"
    "<figure><img src=\"a.jpg\"><figcaption>A photo (Ann Lee)</figcaption></figure>"
    "<!--EndFragment--></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = copydesk_import_html_fragment (html, strlen (html), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (markup, ==,
                   "## Not a headline here\n\n"
                   "One *two* **three**.\n\n"
                   "text between\n\n"
                   "after two breaks\n\n"
                   "> Quoted words\n\n"
                   "1. first\n"
                   "2. second\n");
}

/* ------------------------------------------------------------ hostile pages */

static void
test_binary_refused (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_import_html (png, sizeof png - 1, &dropped,
                                                             &error);

  g_assert_null (article);
  g_assert_null (dropped);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "offset 8"));
}

static void
test_huge_refused (void)
{
  gsize size = 64 * 1024 * 1024 + 1;
  g_autofree char *page = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;

  memset (page, ' ', size);
  article = copydesk_import_html (page, size, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE);
}

static char *
nested (guint       depth,
        const char *inner)
{
  g_autoptr(GString) page = g_string_new ("<html><body>");

  for (guint i = 0; i < depth; i++)
    g_string_append (page, "<div>");
  g_string_append (page, inner);
  for (guint i = 0; i < depth; i++)
    g_string_append (page, "</div>");
  g_string_append (page, "</body></html>");
  return g_string_free (g_steal_pointer (&page), FALSE);
}

/* Nesting the parser reads is read, its text kept; nesting it would stop
 * reading at is refused, never half-read. */
static void
test_deep_nesting (void)
{
  g_autofree char *readable = nested (200, "<p>Deep <em>text</em> survives.</p>");
  g_autofree char *too_deep = nested (100000, "<p>Too deep.</p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_import_html (readable, strlen (readable), NULL,
                                                             &error);
  g_autoptr(CopydeskArticle) refused = NULL;
  g_autofree char *markup = NULL;

  g_assert_no_error (error);
  markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  g_assert_nonnull (strstr (markup, "Deep text survives."));

  refused = copydesk_import_html (too_deep, strlen (too_deep), NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE);
}

/* Broken markup, entities from outside, scripts and script links: read
 * safely, nothing fetched, nothing run, nothing of the script kept. */
static void
test_broken_and_unsafe (void)
{
  static const char html[] =
    "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
    "<html><body><article><h1>Broken page<p>Unclosed <em>emphasis &secret; &bogus; &#0; "
    "<a href=\"javascript:alert(1)\">a script link</a><p>Second"
    "<script>document.write('INJECTED')</script><img src=\"http://tracker.example/x.gif\">"
    "<table><tr><td>a cell</td></table></article><div>\xC3\x28 bad byte";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_import_html (html, strlen (html), &dropped,
                                                             &error);
  g_autofree char *markup = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Broken page");
  markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  g_assert_null (strstr (markup, "INJECTED"));
  g_assert_null (strstr (markup, "javascript"));
  g_assert_nonnull (strstr (markup, "a script link"));
  g_assert_nonnull (strstr (markup, "a cell"));
  write_and_validate (article, dropped, "broken page");
}

/* A page in another encoding is read in the one its meta tag names. */
static void
test_latin1 (void)
{
  static const char html[] =
    "<html><head><meta charset=\"iso-8859-1\"></head><body><article><h1>Caf\xE9 reopens</h1>"
    "<p>The caf\xE9 on the square reopened on Monday after a year of repairs.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_import_html (html, strlen (html), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Café reopens");
}

/* Broken JSON-LD beside good metadata: the good is used, the broken skipped. */
static void
test_broken_json_ld (void)
{
  static const char html[] =
    "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
    "\"headline\": </script>"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
    "\"Metadata headline\", \"author\": {\"@type\": \"Person\", \"name\": \"Ana Lobo\"}}"
    "</script></head><body><article><h1>Page headline</h1><p>Text of the article, "
    "long enough to be a paragraph of its own.</p></article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_import_html (html, strlen (html), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Metadata headline");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Ana Lobo");
}

/* --------------------------------------------------------------------- CLI */

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-import-html-XXXXXX", NULL);
  g_autofree char *input = copydesk_test_build_path ("import", "fixtures-html",
                                                     "regional-daily.html", NULL);
  g_autofree char *output = g_build_filename (dir, "out.xml", NULL);
  g_auto(CopydeskTestRun) given = { 0 };
  g_auto(CopydeskTestRun) guessed = { 0 };
  g_autoptr(GBytes) xml = NULL;

  given = copydesk_test_convert ("--from", "html", input, "-o", output);
  g_assert_cmpint (given.status, ==, 0);
  g_assert_nonnull (strstr (given.err, "dropped: Share on Facebook Share on X Email\n"));
  xml = copydesk_test_load (output);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "Priya Castellane"));
  copydesk_test_validate_newsml (xml, "copydesk-convert --from html regional-daily.html");
  g_clear_pointer (&xml, g_bytes_unref);

  /* without --from, "<!DOCTYPE html" says what it is */
  guessed = copydesk_test_convert (input, "-o", output);
  g_assert_cmpint (guessed.status, ==, 0);
  g_assert_cmpstr (guessed.err, ==, given.err);

  g_remove (output);
  g_rmdir (dir);
}

static void
test_looks_like_html (void)
{
  g_assert_true (copydesk_import_looks_like_html ("page.HTM", "plain", 5));
  g_assert_true (copydesk_import_looks_like_html (NULL, "\xEF\xBB\xBF  <!doctype HTML>", 19));
  g_assert_true (copydesk_import_looks_like_html (NULL, "<html lang=en>", 14));
  g_assert_false (copydesk_import_looks_like_html ("story.txt", "Headline\n\nText", 14));
  g_assert_false (copydesk_import_looks_like_html (NULL, "<?xml version=\"1.0\"?>", 21));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/import-html/fixture/%s", fixtures[i].name);

      g_test_add_data_func (name, &fixtures[i], test_fixture);
    }
  g_test_add_func ("/import-html/fragment", test_fragment);
  g_test_add_func ("/import-html/fragment-browser", test_fragment_browser);
  g_test_add_func ("/import-html/binary-refused", test_binary_refused);
  g_test_add_func ("/import-html/huge-refused", test_huge_refused);
  g_test_add_func ("/import-html/deep-nesting", test_deep_nesting);
  g_test_add_func ("/import-html/broken-and-unsafe", test_broken_and_unsafe);
  g_test_add_func ("/import-html/latin1", test_latin1);
  g_test_add_func ("/import-html/broken-json-ld", test_broken_json_ld);
  g_test_add_func ("/import-html/looks-like-html", test_looks_like_html);
  g_test_add_func ("/import-html/cli", test_cli);
  return g_test_run ();
}
