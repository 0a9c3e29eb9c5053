/* test-authors.c: the author list, the byline derived from it, and credits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-byline.h"
#include "copydesk-core.h"
#include "copydesk-test-util.h"

static CopydeskAuthor *
add (CopydeskArticle *article,
     const char      *name)
{
  g_autoptr(CopydeskAuthor) author = copydesk_author_new (name);

  copydesk_article_add_author (article, author);
  return author;
}

/* A new story in the editor: the byline follows the list. */
static CopydeskArticle *
new_story (const char *language)
{
  CopydeskArticle *article = copydesk_article_new ();

  copydesk_article_set_language (article, language);
  copydesk_article_set_byline_override (article, FALSE);
  return article;
}

static void
test_format_per_language (void)
{
  static const struct
  {
    const char *language;
    const char *names[4];
    const char *byline;
  } cases[] = {
    { "en", { "Ann Poe", NULL }, "By Ann Poe" },
    { "en-GB", { "Ann Poe", "Tom Roe", NULL }, "By Ann Poe and Tom Roe" },
    { "en", { "Ann Poe", "Tom Roe", "Li Wei", NULL }, "By Ann Poe, Tom Roe and Li Wei" },
    { "de", { "Anna Muster", "Max Beispiel", NULL }, "Von Anna Muster und Max Beispiel" },
    { "de-CH", { "Anna Muster", "Max Beispiel", "Eva Rot", NULL },
      "Von Anna Muster, Max Beispiel und Eva Rot" },
    { "fr", { "Marie Dupont", "Luc Martin", NULL }, "Par Marie Dupont et Luc Martin" },
    { "es", { "Ana Pérez", "Luis Gil", NULL }, "Por Ana Pérez y Luis Gil" },
    { "es", { "Ana Pérez", "Inés Soto", NULL }, "Por Ana Pérez e Inés Soto" },
    { "es", { "Ana Pérez", "Hierro Gil", NULL }, "Por Ana Pérez y Hierro Gil" },
    { "pt", { "Ana Souza", "Rui Lima", NULL }, "Por Ana Souza e Rui Lima" },
    { "sv", { "Ann Poe", "Tom Roe", NULL }, "By Ann Poe and Tom Roe" },
    { "en", { "", " ", NULL }, "" },
    { "en", { "Ann Poe", "", "Tom Roe", NULL }, "By Ann Poe and Tom Roe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *byline = copydesk_byline_format (cases[i].language, cases[i].names);

      g_assert_cmpstr (byline, ==, cases[i].byline);
    }
}

static void
test_derived_from_list (void)
{
  g_autoptr(CopydeskArticle) article = new_story ("en");
  CopydeskAuthor *ann, *tom;

  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "");
  ann = add (article, "Ann Poe");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe");
  tom = add (article, "Tom Roe");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe and Tom Roe");
  add (article, "Li Wei");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe, Tom Roe and Li Wei");

  /* renaming an author, and the article's language, change it too */
  copydesk_author_set_name (tom, "Tom Roe-Hill");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "By Ann Poe, Tom Roe-Hill and Li Wei");
  copydesk_article_set_language (article, "de");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "Von Ann Poe, Tom Roe-Hill und Li Wei");

  copydesk_article_remove_author (article, ann);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "Von Tom Roe-Hill und Li Wei");
  g_assert_false (copydesk_article_get_byline_override (article));
}

static void
test_reorder (void)
{
  g_autoptr(CopydeskArticle) article = new_story ("en");
  GListModel *authors = copydesk_article_get_authors (article);
  CopydeskAuthor *ann = add (article, "Ann Poe");
  CopydeskAuthor *li;
  g_autoptr(CopydeskAuthor) first = NULL;
  g_autoptr(CopydeskAuthor) gone = copydesk_author_new ("Not Here");

  add (article, "Tom Roe");
  li = add (article, "Li Wei");

  copydesk_article_move_author (article, li, 0);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Li Wei, Ann Poe and Tom Roe");
  copydesk_article_move_author (article, li, 99);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe, Tom Roe and Li Wei");
  copydesk_article_move_author (article, ann, 1);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Tom Roe, Ann Poe and Li Wei");
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 3);

  /* a moved author still reports its changes to the article */
  copydesk_author_set_name (ann, "Ann Poe-Smith");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "By Tom Roe, Ann Poe-Smith and Li Wei");

  /* undoing a removal puts the author back in place */
  g_object_ref (ann);
  copydesk_article_remove_author (article, ann);
  copydesk_article_insert_author (article, ann, 1);
  g_object_unref (ann);
  first = g_list_model_get_item (authors, 1);
  g_assert_true (first == ann);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "By Tom Roe, Ann Poe-Smith and Li Wei");

  if (g_test_subprocess ())
    {
      copydesk_article_move_author (article, gone, 0);
      return;
    }
  g_test_trap_subprocess ("/authors/reorder", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*not in the article*");
}

static void
test_override (void)
{
  g_autoptr(CopydeskArticle) article = new_story ("en");
  guint changed = 0;

  add (article, "Ann Poe");
  g_signal_connect_swapped (article, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* typing a byline of one's own: one change, and it stays */
  copydesk_article_set_byline (article, "By Ann Poe in Lisbon");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (copydesk_article_get_byline_override (article));
  add (article, "Tom Roe");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe in Lisbon");

  /* clearing the field returns to the derived byline */
  copydesk_article_set_byline (article, "");
  g_assert_false (copydesk_article_get_byline_override (article));
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Ann Poe and Tom Roe");

  /* typing exactly what the list gives is no override */
  copydesk_article_set_byline (article, "By Ann Poe and Tom Roe");
  g_assert_false (copydesk_article_get_byline_override (article));

  /* an override that comes to match the list is derived again */
  copydesk_article_set_byline (article, "By Ann Poe, Tom Roe and Li Wei");
  g_assert_true (copydesk_article_get_byline_override (article));
  add (article, "Li Wei");
  g_assert_false (copydesk_article_get_byline_override (article));
  add (article, "Eva Rot");
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "By Ann Poe, Tom Roe, Li Wei and Eva Rot");

  /* and the override can be turned off by itself */
  copydesk_article_set_byline (article, "Staff");
  copydesk_article_set_byline_override (article, FALSE);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==,
                   "By Ann Poe, Tom Roe, Li Wei and Eva Rot");
}

/* Readers fill authors before the byline: an agency's own byline is kept. */
static void
test_read_keeps_agency_byline (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskArticle) back = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  CopydeskAuthor *ann;

  copydesk_article_set_headline (article, "Harbour reopens");
  ann = add (article, "Ann Poe");
  copydesk_author_set_job_title (ann, "Harbour correspondent");
  copydesk_author_set_bio (ann, "Ann Poe covers the port for the paper.");
  copydesk_article_set_byline (article, "By Ann Poe, Coastal Press");
  xml = copydesk_newsml_write (article, NULL, &error);
  g_assert_no_error (error);
  back = copydesk_newsml_read (xml, NULL, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpstr (copydesk_article_get_byline (back), ==, "By Ann Poe, Coastal Press");
  g_assert_true (copydesk_article_get_byline_override (back));
  g_assert_true (copydesk_article_equal (article, back));

  /* the job title and bio of each author come back (written as creator notes) */
  ann = g_list_model_get_item (copydesk_article_get_authors (back), 0);
  g_assert_cmpstr (copydesk_author_get_job_title (ann), ==, "Harbour correspondent");
  g_assert_cmpstr (copydesk_author_get_bio (ann), ==, "Ann Poe covers the port for the paper.");
  g_object_unref (ann);
}

static void
test_split (void)
{
  static const struct { const char *line; const char *names; } cases[] = {
    { "By Jane Doe", "Jane Doe" },
    { "By Jane Doe and John Roe", "Jane Doe|John Roe" },
    { "By Jane Doe, John Roe and Ann Poe", "Jane Doe|John Roe|Ann Poe" },
    { "Jane Doe & John Roe", "Jane Doe|John Roe" },
    { "Von Anna Muster und Max Beispiel", "Anna Muster|Max Beispiel" },
    { "Anna Muster und Max Beispiel", "Anna Muster|Max Beispiel" },
    { "Par Marie Dupont et Luc Martin", "Marie Dupont|Luc Martin" },
    { "By JANE DOE and JOHN ROE", "Jane Doe|John Roe" },
    { "By Jane Doe, Associated Press", "Jane Doe" },
    { "By Jane Doe in Lisbon", "Jane Doe" },
    { "By the Associated Press", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) names = copydesk_byline_split (cases[i].line);
      g_autofree char *joined = g_strjoinv ("|", names);

      g_assert_cmpstr (joined, ==, cases[i].names);
    }
}

static void
test_fill_authors (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GListModel *authors = copydesk_article_get_authors (article);
  g_autoptr(CopydeskAuthor) first = NULL;

  copydesk_article_set_byline (article, "By Jane Doe, Science Editor");
  g_assert_cmpuint (copydesk_byline_fill_authors (article, copydesk_article_get_byline (article)),
                    ==, 1);
  first = g_list_model_get_item (authors, 0);
  g_assert_cmpstr (copydesk_author_get_name (first), ==, "Jane Doe");
  g_assert_cmpstr (copydesk_author_get_job_title (first), ==, "Science Editor");
  /* the line as written stays the byline */
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Jane Doe, Science Editor");

  /* names already there are not added twice */
  g_assert_cmpuint (copydesk_byline_fill_authors (article, "By Jane Doe and John Roe"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 2);
  g_assert_cmpuint (copydesk_byline_fill_authors (article, "Jane Doe & John Roe"), ==, 0);
}

/* The model's side of "typing a bio creates an author from the byline". */
static void
test_bio_rule (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GListModel *authors = copydesk_article_get_authors (article);
  CopydeskAuthor *author;

  copydesk_article_set_byline (article, "By Jane Doe and John Roe");
  /* an empty bio past the end adds nobody */
  g_assert_null (copydesk_article_set_author_bio (article, 0, ""));
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 0);

  author = copydesk_article_set_author_bio (article, 0, "Jane Doe reports on science.");
  g_assert_nonnull (author);
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "Jane Doe");
  g_assert_cmpstr (copydesk_author_get_bio (author), ==, "Jane Doe reports on science.");
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 2);
  /* the byline read as the list: it is derived from now on */
  g_assert_false (copydesk_article_get_byline_override (article));

  /* the second author's bio is the second author's */
  author = copydesk_article_set_author_bio (article, 1, "John Roe edits the data desk.");
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "John Roe");
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 2);

  /* past the end: a new author, no name yet */
  author = copydesk_article_set_author_bio (article, 2, "A guest writer.");
  g_assert_cmpstr (copydesk_author_get_name (author), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (authors), ==, 3);
  g_assert_cmpstr (copydesk_article_get_byline (article), ==, "By Jane Doe and John Roe");

  /* with no byline either, a bio makes one nameless author */
  {
    g_autoptr(CopydeskArticle) bare = copydesk_article_new ();

    author = copydesk_article_set_author_bio (bare, 0, "Somebody.");
    g_assert_cmpstr (copydesk_author_get_name (author), ==, "");
    g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_authors (bare)), ==, 1);
  }
}

static void
test_credit_is_not_a_person (void)
{
  static const struct { const char *credit; gboolean organisation; } cases[] = {
    { "Hezbollah Military Media, via AP", TRUE },
    { "Army Press Office, via AP", TRUE },
    { "Ministry of Defence handout", TRUE },
    { "Pool via Reuters", TRUE },
    { "Harbour Authority", TRUE },
    { "Reuters", TRUE },
    { "Jane Doe", FALSE },
    { "Ines Vidal", FALSE },
    { "Anna-Lena Brück", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (copydesk_byline_is_organisation (cases[i].credit), ==, cases[i].organisation);
}

/* The importer: an organisation credit is the credit, not the photographer. */
static void
test_imported_credit (void)
{
  static const struct { const char *credit; const char *photographer; } cases[] = {
    { "Hezbollah Military Media, via AP", "" },
    { "Harbour Authority Handout", "" },
    { "Ines Vidal/Coastal Press", "Ines Vidal" },
    { "AP Photo/Jane Doe", "Jane Doe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Barrier breached in the night\n\n"
                                               "Nobody was hurt, the harbour master said\n\n"
                                               "The breach at dawn on Sunday. (%s)\n\n"
                                               "A section of the wall collapsed overnight.\n",
                                               cases[i].credit);
      g_autoptr(GError) error = NULL;
      g_autoptr(CopydeskArticle) article = copydesk_import_plain_text (text, strlen (text), NULL,
                                                                       &error);
      g_autoptr(CopydeskPhoto) photo = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 1);
      photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
      g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, cases[i].credit);
      g_assert_cmpstr (copydesk_photo_get_photographer (photo), ==, cases[i].photographer);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/authors/format-per-language", test_format_per_language);
  g_test_add_func ("/authors/derived-from-list", test_derived_from_list);
  g_test_add_func ("/authors/reorder", test_reorder);
  g_test_add_func ("/authors/override", test_override);
  g_test_add_func ("/authors/read-keeps-agency-byline", test_read_keeps_agency_byline);
  g_test_add_func ("/authors/split", test_split);
  g_test_add_func ("/authors/fill-authors", test_fill_authors);
  g_test_add_func ("/authors/bio-rule", test_bio_rule);
  g_test_add_func ("/authors/credit-is-not-a-person", test_credit_is_not_a_person);
  g_test_add_func ("/authors/imported-credit", test_imported_credit);

  return g_test_run ();
}
