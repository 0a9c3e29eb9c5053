/* test-checks.c: the checks engine on articles built in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check gets an article that trips it and a near miss that must not.
 * Typography and quick fixes are in test-checks-typography.c.
 */
#include "config.h"

#include <string.h>

#include "checks-test-util.h"

static void
test_clean (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = checks_test_run (a, NULL);

  checks_test_assert_none (f);
}

static void
test_sample_clean (void)
{
  g_autofree char *path = copydesk_test_data_path ("sample", "sample-article.xml", NULL);
  g_autoptr (GBytes) bytes = copydesk_test_load (path);
  g_autofree char *dir_path = copydesk_test_data_path ("sample", NULL);
  g_autoptr (GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskArticle) a = copydesk_newsml_read (bytes, dir, NULL, &error);
  g_autoptr (GPtrArray) f = NULL;

  g_assert_no_error (error);
  f = checks_test_run (a, NULL);
  checks_test_assert_none (f);
}

static void
test_required (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup ("[photo: gate]\n", -1, NULL);
  const CopydeskCheckFinding *x;
  CopydeskPhoto *photo = copydesk_article_find_photo (a, "gate");

  copydesk_article_set_headline (a, "  ");
  /* with authors an empty byline is made from them: no authors, no byline */
  while (g_list_model_get_n_items (copydesk_article_get_authors (a)) > 0)
    {
      g_autoptr (CopydeskAuthor) author = g_list_model_get_item (copydesk_article_get_authors (a), 0);

      copydesk_article_remove_author (a, author);
    }
  copydesk_article_set_byline (a, "");
  g_assert_cmpstr (copydesk_article_get_byline (a), ==, "");
  copydesk_article_set_body (a, body);
  copydesk_photo_set_credit (photo, "");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_MISSING_HEADLINE, 0);
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_HEADLINE);
  g_assert_nonnull (strstr (x->message, "headline"));
  x = checks_test_find (f, COPYDESK_CHECK_MISSING_BYLINE, 0);
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);
  x = checks_test_find (f, COPYDESK_CHECK_MISSING_BODY, 0);
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);
  x = checks_test_find (f, COPYDESK_CHECK_MISSING_CREDIT, 0);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_PHOTO_CREDIT);
  g_assert_cmpstr (x->photo_id, ==, "gate");
  g_assert_cmpuint (copydesk_checks_count_errors (f), ==, 4);
}

static void
test_disabled (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;

  copydesk_article_set_headline (a, "");
  copydesk_article_set_standfirst (a, "TK and \"more\"  here .");
  for (guint i = 0; i < COPYDESK_N_CHECKS; i++)
    o->enabled[i] = FALSE;
  f = checks_test_run (a, o);
  checks_test_assert_none (f);
}

static void
test_lengths (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  const CopydeskCheckFinding *x;

  o->headline_limit = 10;
  o->standfirst_limit = 5;
  o->caption_limit = 8;
  /* ten characters as a reader counts them: é typed two ways, an emoji */
  copydesk_article_set_headline (a, "Café e\xcc\x81t\xc3\xa9 😀");
  copydesk_photo_set_caption (copydesk_article_find_photo (a, "gate"), "Nine char");
  f = checks_test_run (a, o);
  g_assert_null (checks_test_find_or_null (f, COPYDESK_CHECK_HEADLINE_LENGTH));
  x = checks_test_find (f, COPYDESK_CHECK_STANDFIRST_LENGTH, 0);
  g_assert_cmpuint (x->start, ==, 5);
  g_assert_cmpuint (x->end, ==, g_utf8_strlen (copydesk_article_get_standfirst (a), -1));
  x = checks_test_find (f, COPYDESK_CHECK_CAPTION_LENGTH, 0);
  g_assert_cmpstr (x->photo_id, ==, "gate");
  g_assert_nonnull (strstr (x->message, "9 characters"));
  g_assert_nonnull (strstr (x->message, "limit is 8"));

  copydesk_article_set_headline (a, "Café e\xcc\x81t\xc3\xa9 😀?");
  g = checks_test_run (a, o);
  x = checks_test_find (g, COPYDESK_CHECK_HEADLINE_LENGTH, 0);
  /* the range is the eleventh character: "?", code point 11 (the accent
   * of the second é is a code point of its own) */
  g_assert_cmpuint (x->start, ==, 11);
  g_assert_cmpuint (x->end, ==, 12);
}

static void
test_count_chars (void)
{
  g_assert_cmpuint (copydesk_checks_count_chars ("é", -1), ==, 1);
  g_assert_cmpuint (copydesk_checks_count_chars ("e\xcc\x81", -1), ==, 1);
  g_assert_cmpuint (copydesk_checks_count_chars ("😀", -1), ==, 1);
  g_assert_cmpuint (copydesk_checks_count_chars ("👍🏽", -1), ==, 1);  /* skin tone */
  g_assert_cmpuint (copydesk_checks_count_chars ("🇫🇷🇩🇪", -1), ==, 2);  /* two flags */
  g_assert_cmpuint (copydesk_checks_count_chars ("👩‍👩‍👧", -1), ==, 1);  /* joined family */
  g_assert_cmpuint (copydesk_checks_count_chars ("❤️", -1), ==, 1);  /* variation selector */
  g_assert_cmpuint (copydesk_checks_count_chars ("Zoë’s", -1), ==, 5);
  g_assert_cmpuint (copydesk_checks_count_chars ("", -1), ==, 0);
  g_assert_cmpuint (copydesk_checks_count_chars ("abc", 2), ==, 2);
}

static void
test_placeholders (void)
{
  static const char * const hits[] = {
    "The fee was TK last year.", "TKTK", "It cost £XX million.", "Ask [[desk: check]] now.",
    "TODO: call back", "Lorem ipsum dolor sit amet.", "lorem  IPSUM", "XXX", NULL
  };
  static const char * const misses[] = {
    "A TKO in the third round.", "Tk and TKs and ATK", "Buy XXL shirts, Xmas.",
    "A [single] bracket.", "todo el mundo", "Loremipsum", "X marks it.", NULL
  };

  for (guint i = 0; hits[i] != NULL; i++)
    {
      g_autoptr (CopydeskArticle) a = checks_test_article ();
      g_autoptr (GPtrArray) f = NULL;
      const CopydeskCheckFinding *x;

      copydesk_article_set_standfirst (a, hits[i]);
      f = checks_test_run (a, NULL);
      x = checks_test_find (f, COPYDESK_CHECK_PLACEHOLDER, 0);
      g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_STANDFIRST);
      g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);
      g_assert_cmpuint (x->end, >, x->start);
    }
  for (guint i = 0; misses[i] != NULL; i++)
    {
      g_autoptr (CopydeskArticle) a = checks_test_article ();
      g_autoptr (GPtrArray) f = NULL;

      copydesk_article_set_standfirst (a, misses[i]);
      f = checks_test_run (a, NULL);
      if (checks_test_find_or_null (f, COPYDESK_CHECK_PLACEHOLDER) != NULL)
        g_error ("“%s” taken for a placeholder", misses[i]);
    }
}

static void
test_placeholder_range_in_body (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskBody) body = NULL;
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;

  body = copydesk_body_parse_markup ("## Gate *Zoë* TK\n\n"
                                     "[A report](https://example.org/TK) said so.\n\n"
                                     "[photo: gate]\n", -1, NULL);
  copydesk_article_set_body (a, body);
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_PLACEHOLDER, 0);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_BODY);
  g_assert_cmpuint (x->block, ==, 0);
  /* counted in the block's markup: "## Gate *Zoë* TK" */
  g_assert_cmpuint (x->start, ==, 14);
  g_assert_cmpuint (x->end, ==, 16);
  /* nothing in the link's address */
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_PLACEHOLDER), ==, 1);
}

static void
test_photos (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskPhoto) boats = copydesk_photo_new ("boats");
  g_autoptr (CopydeskPhoto) quay = copydesk_photo_new ("quay");
  g_autoptr (CopydeskBody) body = NULL;
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/boats.jpg");
  const CopydeskCheckFinding *x;
  CopydeskPhoto *gate = copydesk_article_find_photo (a, "gate");

  copydesk_photo_set_file (boats, file);
  copydesk_photo_set_file (quay, file);
  copydesk_photo_set_caption (boats, "The  gate at dawn.");   /* same as gate's, spaced */
  copydesk_photo_set_credit (boats, "Ann Lee/Courier");
  copydesk_photo_set_alt_text (boats, "Boats.");
  copydesk_photo_set_caption (quay, "The quay. Photo: Bo Ek");
  copydesk_photo_set_credit (quay, "Bo Ek");
  copydesk_photo_set_alt_text (quay, "A quay.");
  copydesk_article_add_photo (a, boats);
  copydesk_article_add_photo (a, quay);
  copydesk_photo_set_alt_text (gate, "");
  body = copydesk_body_parse_markup ("Text.\n\n[photo: gate]\n\n[photo: quay]\n\n"
                                     "[photo: nowhere]\n", -1, NULL);
  copydesk_article_set_body (a, body);
  f = checks_test_run (a, NULL);

  x = checks_test_find (f, COPYDESK_CHECK_MISSING_ALT_TEXT, 0);
  g_assert_cmpstr (x->photo_id, ==, "gate");
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_MISSING_ALT_TEXT), ==, 1);
  x = checks_test_find (f, COPYDESK_CHECK_UNPLACED_PHOTO, 0);
  g_assert_cmpstr (x->photo_id, ==, "boats");
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_UNPLACED_PHOTO), ==, 1);
  x = checks_test_find (f, COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO, 0);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_BODY);
  g_assert_cmpuint (x->block, ==, 3);
  g_assert_cmpstr (x->photo_id, ==, "nowhere");
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO), ==, 1);
  x = checks_test_find (f, COPYDESK_CHECK_DUPLICATE_CAPTION, 0);
  g_assert_cmpstr (x->photo_id, ==, "boats");
  g_assert_nonnull (strstr (x->message, "“gate”"));
  /* the credit copied into the caption */
  x = checks_test_find (f, COPYDESK_CHECK_CREDIT_IN_CAPTION, 0);
  g_assert_cmpstr (x->photo_id, ==, "quay");
  g_assert_cmpint (x->fix, ==, COPYDESK_CHECK_FIX_REMOVE_CREDIT);
  g_assert_cmpuint (x->start, ==, 17);
  g_assert_cmpuint (x->end, ==, 22);
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_CREDIT_IN_CAPTION), ==, 1);
}

/* Another credit than the photo's, announced by a label: no quick fix. */
static void
test_credit_label (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;

  copydesk_photo_set_caption (copydesk_article_find_photo (a, "gate"),
                              "The gate at dawn (Picture: Sea Agency).");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_CREDIT_IN_CAPTION, 0);
  g_assert_cmpint (x->fix, ==, COPYDESK_CHECK_FIX_NONE);
  g_assert_cmpuint (x->start, ==, 18);
}

static void
test_photos_near_miss (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskPhoto) empty = copydesk_photo_new ("later");
  g_autoptr (CopydeskBody) body = NULL;
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;

  /* a caption mentioning photography is no credit */
  copydesk_photo_set_caption (copydesk_article_find_photo (a, "gate"),
                              "Photographers at the gate at dawn.");
  /* a placement typed before the picture came: one finding, on the line */
  copydesk_article_add_photo (a, empty);
  body = copydesk_body_parse_markup ("Text.\n\n[photo: gate]\n\n[photo: later]\n", -1, NULL);
  copydesk_article_set_body (a, body);
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO, 0);
  g_assert_nonnull (strstr (x->message, "no picture file"));
  g_assert_cmpuint (f->len, ==, 1);
}

static void
test_byline (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskAuthor) bo = copydesk_author_new ("Bo Ek");
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  const CopydeskCheckFinding *x;

  copydesk_author_set_job_title (bo, "Health editor");
  copydesk_article_add_author (a, bo);
  copydesk_article_set_byline (a, "By ANN LEE, Bo  Ek and Cy Orr");
  f = checks_test_run (a, NULL);
  x = checks_test_find (f, COPYDESK_CHECK_BYLINE_NOT_AUTHOR, 0);
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_BYLINE_NOT_AUTHOR), ==, 1);
  g_assert_nonnull (strstr (x->message, "“Cy Orr”"));
  g_assert_cmpuint (x->start, ==, 23);
  g_assert_cmpuint (x->end, ==, 29);

  copydesk_article_set_byline (a, "by Ann Lee & Bo Ek, Health editor");
  g = checks_test_run (a, NULL);
  g_assert_null (checks_test_find_or_null (g, COPYDESK_CHECK_BYLINE_NOT_AUTHOR));
}

static void
test_dateline (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;
  g_autoptr (GPtrArray) g = NULL;
  g_autoptr (GPtrArray) h = NULL;
  const CopydeskCheckFinding *x;

  copydesk_article_set_dateline (a, "Porthaven, 13 October");
  f = checks_test_run (a, o);
  x = checks_test_find (f, COPYDESK_CHECK_DATELINE_PATTERN, 0);
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_DATELINE);
  g_assert_cmpuint (x->end, ==, 21);

  g_free (o->dateline_pattern);
  o->dateline_pattern = g_strdup ("^[A-Z][a-z]+, [0-9]+ [A-Z][a-z]+$");
  g = checks_test_run (a, o);
  g_assert_null (checks_test_find_or_null (g, COPYDESK_CHECK_DATELINE_PATTERN));

  g_free (o->dateline_pattern);
  o->dateline_pattern = g_strdup ("([unclosed");
  h = checks_test_run (a, o);
  x = checks_test_find (h, COPYDESK_CHECK_DATELINE_PATTERN, 0);
  g_assert_nonnull (strstr (x->message, "Preferences"));
}

/* An embargo in the past is an error; one still ahead, or none, is nothing. */
static void
test_embargo_past (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GDateTime) past = g_date_time_new_utc (2025, 10, 13, 9, 0, 0);
  g_autoptr (GDateTime) now = g_date_time_new_utc (2025, 10, 14, 9, 0, 0);
  g_autoptr (GDateTime) ahead = g_date_time_new_utc (2025, 10, 15, 9, 0, 0);
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GPtrArray) passed = NULL;
  g_autoptr (GPtrArray) coming = NULL;
  const CopydeskCheckFinding *x;

  o->now = g_date_time_ref (now);
  none = checks_test_run (a, o);
  g_assert_null (checks_test_find_or_null (none, COPYDESK_CHECK_EMBARGO_PAST));

  copydesk_desk_set_embargo (copydesk_article_get_desk (a), past);
  passed = checks_test_run (a, o);
  x = checks_test_find (passed, COPYDESK_CHECK_EMBARGO_PAST, 0);
  g_assert_nonnull (strstr (x->message, "2025-10-13 09:00"));
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_ERROR);

  copydesk_desk_set_embargo (copydesk_article_get_desk (a), ahead);
  coming = checks_test_run (a, o);
  g_assert_null (checks_test_find_or_null (coming, COPYDESK_CHECK_EMBARGO_PAST));
}

static guint
count_words_named_wrong (const char *text,
                         guint       first[2],
                         gpointer    user_data)
{
  const char *at = strstr (text, "wrnog");
  guint n = 0;

  if (at != NULL)
    {
      first[0] = g_utf8_pointer_to_offset (text, at);
      first[1] = first[0] + 5;
    }
  for (; at != NULL; at = strstr (at + 1, "wrnog"))
    n++;
  (*(guint *) user_data)++;
  return n;
}

static void
test_spelling_counted (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup ("Fine.\n\nOne wrnog, two wrnog.\n",
                                                              -1, NULL);
  g_autoptr (GPtrArray) f = NULL;
  const CopydeskCheckFinding *x;
  guint calls = 0;

  copydesk_article_set_standfirst (a, "A wrnog start");
  copydesk_article_set_body (a, body);
  o->spell_func = count_words_named_wrong;
  o->spell_data = &calls;
  f = checks_test_run (a, o);
  x = checks_test_find (f, COPYDESK_CHECK_SPELLING, 0);
  g_assert_cmpuint (checks_test_count (f, COPYDESK_CHECK_SPELLING), ==, 1);
  g_assert_cmpuint (x->count, ==, 3);
  g_assert_nonnull (strstr (x->message, "3 words"));
  g_assert_cmpint (x->field, ==, COPYDESK_CHECK_FIELD_STANDFIRST);
  g_assert_cmpuint (x->start, ==, 2);
  g_assert_cmpuint (x->end, ==, 7);
  g_assert_cmpint (x->severity, ==, COPYDESK_CHECK_WARNING);
  /* headline, standfirst, two blocks, the caption and the alt text */
  g_assert_cmpuint (calls, ==, 6);
}

static void
test_settings (void)
{
  /* GSETTINGS_BACKEND=memory: nothing is kept */
  g_autoptr (GSettings) settings = g_settings_new ("org.copydesk.Copydesk");
  g_autoptr (CopydeskChecksOptions) defaults = NULL;
  g_autoptr (CopydeskChecksOptions) o = NULL;
  g_autoptr (CopydeskChecksOptions) builtin = copydesk_checks_options_new ();
  CopydeskCheck check;

  defaults = copydesk_checks_options_new_from_settings (settings);
  g_assert_cmpstr (defaults->dateline_pattern, ==, builtin->dateline_pattern);
  g_assert_cmpuint (defaults->headline_limit, ==, builtin->headline_limit);
  g_assert_cmpuint (defaults->standfirst_limit, ==, builtin->standfirst_limit);
  g_assert_cmpuint (defaults->caption_limit, ==, builtin->caption_limit);
  for (guint i = 0; i < COPYDESK_N_CHECKS; i++)
    g_assert_true (defaults->enabled[i]);

  g_settings_set_boolean (settings, "check-straight-quotes", FALSE);
  g_settings_set_uint (settings, "headline-limit", 40);
  g_settings_set_string (settings, "quote-style", "german");
  o = copydesk_checks_options_new_from_settings (settings);
  g_assert_false (o->enabled[COPYDESK_CHECK_STRAIGHT_QUOTES]);
  g_assert_true (o->enabled[COPYDESK_CHECK_DOUBLE_SPACE]);
  g_assert_cmpuint (o->headline_limit, ==, 40);
  g_assert_cmpint (o->quote_style, ==, COPYDESK_QUOTE_STYLE_GERMAN);

  g_assert_true (copydesk_check_from_id ("empty-paragraph", &check));
  g_assert_cmpint (check, ==, COPYDESK_CHECK_EMPTY_PARAGRAPH);
  g_assert_false (copydesk_check_from_id ("no-such-check", NULL));
}

static void
run_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr (GError) error = NULL;

  *out = copydesk_checks_run_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GPtrArray) f = NULL;

  copydesk_article_set_headline (a, "");
  copydesk_checks_run_async (a, o, NULL, run_done, &f);
  /* the options were copied: changing them now changes nothing */
  o->enabled[COPYDESK_CHECK_MISSING_HEADLINE] = FALSE;
  while (f == NULL)
    g_main_context_iteration (NULL, TRUE);
  checks_test_find (f, COPYDESK_CHECK_MISSING_HEADLINE, 0);
}

static void
cancelled_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) f = copydesk_checks_run_finish (result, &error);

  g_assert_null (f);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_async_cancelled (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  g_cancellable_cancel (cancellable);
  copydesk_checks_run_async (a, o, cancellable, cancelled_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A finding outlived by its block: no fix rather than a wrong one. */
static void
test_stale_fix (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (CopydeskChecksOptions) o = copydesk_checks_options_new ();
  CopydeskCheckFinding stale = { COPYDESK_CHECK_DOUBLE_SPACE, COPYDESK_CHECK_WARNING,
                                 COPYDESK_CHECK_FIELD_BODY, 99, NULL, 0, 2, NULL,
                                 COPYDESK_CHECK_FIX_DOUBLE_SPACES, 1 };
  CopydeskCheckFinding gone = { COPYDESK_CHECK_CREDIT_IN_CAPTION, COPYDESK_CHECK_WARNING,
                                COPYDESK_CHECK_FIELD_PHOTO_CAPTION, 0, (char *) "nowhere", 0, 2,
                                NULL, COPYDESK_CHECK_FIX_REMOVE_CREDIT, 1 };

  g_assert_null (copydesk_check_finding_fix (&stale, a, o));
  g_assert_null (copydesk_check_finding_fix (&gone, a, o));
}

static void
test_to_string (void)
{
  g_autoptr (CopydeskArticle) a = checks_test_article ();
  g_autoptr (GPtrArray) f = NULL;
  g_autofree char *s = NULL;

  copydesk_article_set_headline (a, "");
  f = checks_test_run (a, NULL);
  g_assert_cmpuint (f->len, >, 0);
  s = copydesk_check_finding_to_string (g_ptr_array_index (f, 0));
  g_assert_true (g_str_has_prefix (s, "error: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/checks/clean", test_clean);
  g_test_add_func ("/checks/sample-clean", test_sample_clean);
  g_test_add_func ("/checks/required", test_required);
  g_test_add_func ("/checks/disabled", test_disabled);
  g_test_add_func ("/checks/lengths", test_lengths);
  g_test_add_func ("/checks/count-chars", test_count_chars);
  g_test_add_func ("/checks/placeholders", test_placeholders);
  g_test_add_func ("/checks/placeholder-range-in-body", test_placeholder_range_in_body);
  g_test_add_func ("/checks/photos", test_photos);
  g_test_add_func ("/checks/photos-near-miss", test_photos_near_miss);
  g_test_add_func ("/checks/credit-label", test_credit_label);
  g_test_add_func ("/checks/byline", test_byline);
  g_test_add_func ("/checks/dateline", test_dateline);
  g_test_add_func ("/checks/embargo-past", test_embargo_past);
  g_test_add_func ("/checks/spelling-counted", test_spelling_counted);
  g_test_add_func ("/checks/settings", test_settings);
  g_test_add_func ("/checks/async", test_async);
  g_test_add_func ("/checks/async-cancelled", test_async_cancelled);
  g_test_add_func ("/checks/stale-fix", test_stale_fix);
  g_test_add_func ("/checks/to-string", test_to_string);
  return g_test_run ();
}
