/* sample-article.c: the bundled sample article, built through the public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story, its people, its town and its organisations are invented. Every
 * value is fixed so that what the tests write from it is reproducible. The
 * photos and the body markup live in data/sample/ (see its README.md).
 */
#include "sample-article.h"

#define SAMPLE_BODY_FILE "sample-body.md"

typedef struct
{
  const char *id;
  const char *file_name;
  const char *guid;
  const char *caption;
  const char *credit;
  const char *alt_text;
  const char *photographer;
  const char *copyright_notice;
  const char *usage_terms;
} SamplePhoto;

#define COURIER_COPYRIGHT "© 2025 The Porthaven Courier"
#define COURIER_TERMS \
  "Courier staff photograph. Free for Courier titles; syndication on request to the picture desk."

/* The desk's captions. harbour-dawn's differs on purpose from the agency
 * caption embedded in its file (COPYDESK_TEST_SAMPLE_RAW_CAPTION); the other
 * two are the same as their embedded captions. */
static const SamplePhoto sample_photos[] = {
  {
    .id = "harbour-dawn",
    .file_name = "harbour-dawn.jpg",
    .guid = "urn:uuid:8c1f4e2a-5b7d-4a3e-9f06-2d4b8e7a1c53",
    .caption = "The unfinished flood barrier at the mouth of Porthaven harbour at first light on "
               "Monday. Work on the southern gate stopped in July.",
    .credit = "Morwenna Hicks/Westerly Pictures",
    .alt_text = "A low orange sun rising between two tall grey towers at the end of two dark stone "
                "harbour walls, its light reflected in bands on calm water.",
    .photographer = "Morwenna Hicks",
    .copyright_notice = "© 2025 Westerly Pictures Ltd",
    .usage_terms = "Editorial use only, in coverage of the Porthaven flood barrier. "
                   "No archiving or resale.",
  },
  {
    .id = "fishing-boats",
    .file_name = "fishing-boats.jpg",
    .guid = "urn:uuid:e3a97b10-0c64-4f28-b5d1-7a2e6f9c4d08",
    .caption = "Fishing boats moored below Quay Street in Porthaven, where sea water has spilt "
               "over the harbour wall three times since 2020.",
    .credit = "Ines Gröning/Porthaven Courier",
    .alt_text = "Five small fishing boats, red, blue, yellow, green and white, moored side by side "
                "in front of a low stone quay under a pale blue sky with a few white clouds.",
    .photographer = "Ines Gröning",
    .copyright_notice = COURIER_COPYRIGHT,
    .usage_terms = COURIER_TERMS,
  },
  {
    .id = "town-hall",
    .file_name = "town-hall.jpg",
    .guid = "urn:uuid:51d08c6f-93ae-4b72-8e4c-f0a6b3d92e17",
    .caption = "The Guildhall, where Councillor Zoë Penwarden’s coastal committee heard the "
               "engineers’ findings on Monday night.",
    .credit = "Ruth Angove/Porthaven Courier",
    .alt_text = "The pale stone front of a civic building with eight columns, two rows of lit "
                "windows, a dark wooden door and a round clock in the triangular gable, under a "
                "purple evening sky.",
    .photographer = "Ruth Angove",
    .copyright_notice = COURIER_COPYRIGHT,
    .usage_terms = COURIER_TERMS,
  },
};

static CopydeskPhoto *
build_photo (const SamplePhoto *sample,
             const char        *sample_dir)
{
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (sample->id);
  g_autoptr(GFile) file = g_file_new_build_filename (sample_dir, sample->file_name, NULL);
  g_autoptr(GError) error = NULL;

  copydesk_photo_set_guid (photo, sample->guid);
  copydesk_photo_set_file (photo, file);
  copydesk_photo_set_caption (photo, sample->caption);
  copydesk_photo_set_credit (photo, sample->credit);
  copydesk_photo_set_alt_text (photo, sample->alt_text);
  copydesk_photo_set_photographer (photo, sample->photographer);
  copydesk_photo_set_copyright_notice (photo, sample->copyright_notice);
  copydesk_photo_set_usage_terms (photo, sample->usage_terms);

  if (!copydesk_photo_update_from_file (photo, NULL, &error))
    g_error ("Cannot read sample photo %s: %s", sample->file_name, error->message);

  return g_steal_pointer (&photo);
}

static CopydeskAuthor *
build_author (const char *name,
              const char *job_title,
              const char *bio)
{
  CopydeskAuthor *author = copydesk_author_new (name);

  copydesk_author_set_job_title (author, job_title);
  copydesk_author_set_bio (author, bio);
  return author;
}

static CopydeskBody *
load_body (const char *sample_dir)
{
  g_autofree char *path = g_build_filename (sample_dir, SAMPLE_BODY_FILE, NULL);
  g_autofree char *markup = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  CopydeskBody *body;

  if (!g_file_get_contents (path, &markup, &length, &error))
    g_error ("Cannot read the sample body: %s", error->message);

  body = copydesk_body_parse_markup (markup, length, &error);
  if (body == NULL)
    g_error ("Cannot parse %s: %s", path, error->message);

  return body;
}

static void
set_dates (CopydeskArticle *article)
{
  /* British Summer Time: the meeting ended late on Monday 13 October 2025 and
   * the story was last touched the next morning. */
  g_autoptr(GTimeZone) bst = g_time_zone_new_offset (60 * 60);
  g_autoptr(GDateTime) created = g_date_time_new (bst, 2025, 10, 13, 23, 5, 0);
  g_autoptr(GDateTime) modified = g_date_time_new (bst, 2025, 10, 14, 9, 20, 30);

  copydesk_article_set_created (article, created);
  copydesk_article_set_modified (article, modified);
}

/**
 * copydesk_test_build_sample_article:
 * @sample_dir: the directory holding the sample's photos and body markup
 *
 * Builds the complete sample article, with every field set. Aborts with
 * g_error() when a file in @sample_dir is missing or unreadable.
 *
 * Returns: (transfer full): a new article
 */
CopydeskArticle *
copydesk_test_build_sample_article (const char *sample_dir)
{
  static const char * const keywords[] = {
    "flood defences",
    "Porthaven harbour",
    "Porthaven Town Council",
    "tidal surge",
    NULL
  };
  static const char * const contributors[] = {
    "Agnieszka Wróbel",
    "Tom Pendleby",
    NULL
  };
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(CopydeskAuthor) vosper = NULL;
  g_autoptr(CopydeskAuthor) kessell = NULL;

  g_return_val_if_fail (sample_dir != NULL, NULL);

  copydesk_article_set_guid (article, "urn:uuid:3f6c2a91-7d4e-4b8a-9c15-0e2d7b6a4f83");
  copydesk_article_set_version (article, 3);
  set_dates (article);

  copydesk_article_set_headline (article,
                                 "Porthaven flood barrier a year late as bill climbs to £18m");
  copydesk_article_set_standfirst (article,
                                   "Cracked welds on a steel gate push the harbour scheme back to "
                                   "autumn 2026, and Quay Street traders face a sixth winter of "
                                   "sandbags");
  copydesk_article_set_byline (article, "By Eleri Vosper and Rhodri Kessell");
  copydesk_article_set_dateline (article, "PORTHAVEN, Oct. 13 —");
  copydesk_article_set_slugline (article, "HARBOUR-FLOOD-BARRIER");
  copydesk_article_set_language (article, "en-GB");
  copydesk_article_set_keywords (article, keywords);
  copydesk_article_set_urgency (article, 4);
  copydesk_article_set_provider (article, "The Porthaven Courier");
  copydesk_article_set_editorial_note (article,
                                       "Legal still to clear Mick Tonkin’s quote about the "
                                       "contractor. Kestle & Dunn’s press office promised an "
                                       "answer on the diver shortage by 11am — chase if nothing "
                                       "comes. Not for publication.");
  copydesk_article_set_contributor_note (article,
                                         "Agnieszka Wróbel and Tom Pendleby contributed to this "
                                         "report.");
  copydesk_article_set_contributors (article, contributors);

  vosper = build_author ("Eleri Vosper", "Coastal affairs correspondent",
                         "Eleri Vosper is The Porthaven Courier’s coastal affairs correspondent.");
  kessell = build_author ("Rhodri Kessell", "Local government correspondent",
                          "Rhodri Kessell is The Porthaven Courier’s local government "
                          "correspondent.");
  copydesk_article_add_author (article, vosper);
  copydesk_article_add_author (article, kessell);

  for (guint i = 0; i < G_N_ELEMENTS (sample_photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = build_photo (&sample_photos[i], sample_dir);

      copydesk_article_add_photo (article, photo);
    }

  body = load_body (sample_dir);
  copydesk_article_set_body (article, body);

  return g_steal_pointer (&article);
}
