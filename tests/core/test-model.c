/* test-model.c: the article, its authors and photos as the editor sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-core.h"

typedef struct
{
  guint notified;
  guint changed;
} Counter;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              Counter    *counter)
{
  counter->notified++;
}

static void
count_changed (CopydeskArticle *article,
               Counter         *counter)
{
  counter->changed++;
}

static void
test_article_defaults (void)
{
  g_autoptr(CopydeskArticle) a = copydesk_article_new ();
  g_autoptr(CopydeskArticle) b = copydesk_article_new ();

  g_assert_true (g_str_has_prefix (copydesk_article_get_guid (a), "urn:uuid:"));
  g_assert_cmpstr (copydesk_article_get_guid (a), !=, copydesk_article_get_guid (b));
  g_assert_cmpuint (copydesk_article_get_version (a), ==, 1);
  g_assert_cmpstr (copydesk_article_get_language (a), ==, "en");
  g_assert_cmpstr (copydesk_article_get_headline (a), ==, "");
  g_assert_cmpuint (copydesk_article_get_urgency (a), ==, COPYDESK_URGENCY_UNSET);
  g_assert_nonnull (copydesk_article_get_keywords (a));
  g_assert_null (copydesk_article_get_keywords (a)[0]);
  g_assert_true (g_date_time_equal (copydesk_article_get_created (a),
                                    copydesk_article_get_modified (a)));
  g_assert_cmpint (g_date_time_get_microsecond (copydesk_article_get_created (a)), ==, 0);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (a)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (a)), ==, 0);
  g_assert_false (copydesk_article_equal (a, b));
}

/* Each string property notifies once on a real change and never otherwise. */
static void
test_article_string_notify (void)
{
  static const char *props[] = {
    "headline", "standfirst", "byline", "dateline", "slugline", "language",
    "editorial-note", "contributor-note", "provider", "guid",
  };
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    {
      Counter counter = { 0 };
      g_autofree char *detailed = g_strconcat ("notify::", props[i], NULL);
      g_autofree char *value = NULL;
      gulong id1 = g_signal_connect (article, detailed, G_CALLBACK (count_notify), &counter);
      gulong id2 = g_signal_connect (article, "changed", G_CALLBACK (count_changed), &counter);

      g_object_set (article, props[i], "de-AT", NULL);
      g_object_set (article, props[i], "de-AT", NULL);
      g_object_get (article, props[i], &value, NULL);
      g_assert_cmpstr (value, ==, "de-AT");
      g_assert_cmpuint (counter.notified, ==, 1);
      g_assert_cmpuint (counter.changed, ==, 1);

      g_object_set (article, props[i], NULL, NULL);
      g_clear_pointer (&value, g_free);
      g_object_get (article, props[i], &value, NULL);
      g_assert_cmpstr (value, ==, "");
      g_assert_cmpuint (counter.notified, ==, 2);
      g_signal_handler_disconnect (article, id1);
      g_signal_handler_disconnect (article, id2);
    }
}

static void
test_article_other_properties (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) when = g_date_time_new (tz, 2026, 3, 1, 9, 30, 0);
  const char *keywords[] = { "flood", "harbour", NULL };
  Counter counter = { 0 };

  g_signal_connect (article, "notify", G_CALLBACK (count_notify), &counter);

  copydesk_article_set_urgency (article, 3);
  copydesk_article_set_urgency (article, 3);
  copydesk_article_set_version (article, 7);
  copydesk_article_set_keywords (article, keywords);
  copydesk_article_set_keywords (article, keywords);
  copydesk_article_set_contributors (article, keywords);
  copydesk_article_set_created (article, when);
  copydesk_article_set_created (article, when);
  g_assert_cmpuint (counter.notified, ==, 5);
  g_assert_cmpuint (copydesk_article_get_urgency (article), ==, 3);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 7);
  g_assert_cmpstr (copydesk_article_get_keywords (article)[1], ==, "harbour");
  g_assert_true (g_date_time_equal (copydesk_article_get_created (article), when));

  copydesk_article_bump_version (article);
  g_assert_cmpuint (copydesk_article_get_version (article), ==, 8);
  g_assert_false (g_date_time_equal (copydesk_article_get_modified (article), when));
}

static void
test_language_is_normalised (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();

  copydesk_article_set_language (article, " en_GB ");
  g_assert_cmpstr (copydesk_article_get_language (article), ==, "en-GB");
  g_assert_true (copydesk_language_tag_is_valid ("pt-BR"));
  g_assert_true (copydesk_language_tag_is_valid ("zh-Hant-TW"));
  g_assert_false (copydesk_language_tag_is_valid ("en GB"));
  g_assert_false (copydesk_language_tag_is_valid ("englishlanguage"));
  g_assert_false (copydesk_language_tag_is_valid (""));
  g_assert_false (copydesk_language_tag_is_valid ("1en"));
}

static void
test_changed_follows_parts (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) author = copydesk_author_new ("Ana Ferreira");
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("quay");
  Counter counter = { 0 };

  g_signal_connect (article, "changed", G_CALLBACK (count_changed), &counter);

  copydesk_article_add_author (article, author);
  g_assert_cmpuint (counter.changed, ==, 1);
  copydesk_author_set_bio (author, "Ana Ferreira covers the port.");
  g_assert_cmpuint (counter.changed, ==, 2);
  copydesk_author_set_bio (author, "Ana Ferreira covers the port.");
  g_assert_cmpuint (counter.changed, ==, 2);

  copydesk_article_add_photo (article, photo);
  copydesk_photo_set_caption (photo, "The quay at dusk.");
  g_assert_cmpuint (counter.changed, ==, 4);
  g_assert_true (copydesk_article_find_photo (article, "quay") == photo);

  /* once removed, a photo (kept alive by an undo stack, say) stays quiet */
  copydesk_article_remove_photo (article, photo);
  g_assert_cmpuint (counter.changed, ==, 5);
  copydesk_photo_set_caption (photo, "Changed after removal.");
  g_assert_cmpuint (counter.changed, ==, 5);
  g_assert_null (copydesk_article_find_photo (article, "quay"));

  copydesk_article_remove_author (article, author);
  copydesk_author_set_name (author, "Someone Else");
  g_assert_cmpuint (counter.changed, ==, 6);
}

static char *
photo_order (CopydeskArticle *article)
{
  GListModel *photos = copydesk_article_get_photos (article);
  g_autoptr(GString) order = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      g_string_append_printf (order, "%s%s", i ? " " : "", copydesk_photo_get_id (photo));
    }
  return g_string_free (g_steal_pointer (&order), FALSE);
}

/* Reordering (dragging cards) and reinserting at a place (undoing a removal)
 * keep every photo watched exactly once. */
static void
test_photo_order (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) a = copydesk_photo_new ("a");
  g_autoptr(CopydeskPhoto) b = copydesk_photo_new ("b");
  g_autoptr(CopydeskPhoto) c = copydesk_photo_new ("c");
  g_autofree char *order1 = NULL;
  g_autofree char *order2 = NULL;
  g_autofree char *order3 = NULL;
  g_autofree char *order4 = NULL;
  Counter counter = { 0 };

  copydesk_article_add_photo (article, a);
  copydesk_article_add_photo (article, b);
  copydesk_article_insert_photo (article, c, 1);
  order1 = photo_order (article);
  g_assert_cmpstr (order1, ==, "a c b");

  g_signal_connect (article, "changed", G_CALLBACK (count_changed), &counter);
  copydesk_article_move_photo (article, a, 2);
  order2 = photo_order (article);
  g_assert_cmpstr (order2, ==, "c b a");
  g_assert_cmpuint (counter.changed, >, 0);

  counter.changed = 0;
  copydesk_article_move_photo (article, a, 2);
  g_assert_cmpuint (counter.changed, ==, 0);
  copydesk_article_move_photo (article, b, 100);
  order3 = photo_order (article);
  g_assert_cmpstr (order3, ==, "c a b");

  counter.changed = 0;
  copydesk_photo_set_caption (a, "Still watched after moving.");
  g_assert_cmpuint (counter.changed, ==, 1);

  copydesk_article_remove_photo (article, c);
  copydesk_article_insert_photo (article, c, 0);
  order4 = photo_order (article);
  g_assert_cmpstr (order4, ==, "c a b");
  counter.changed = 0;
  copydesk_photo_set_caption (c, "Back where it was.");
  g_assert_cmpuint (counter.changed, ==, 1);
}

static void
test_body_creates_missing_photos (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) known = copydesk_photo_new ("known");
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ("[photo: known]\n\n[photo: new-one]",
                                                            -1, NULL);
  g_autoptr(CopydeskBody) same = copydesk_body_parse_markup ("[photo: known]\n[photo: new-one]\n",
                                                            -1, NULL);
  Counter counter = { 0 };
  CopydeskPhoto *created;
  g_autofree char *next_id = NULL;

  copydesk_article_add_photo (article, known);
  g_signal_connect (article, "notify::body", G_CALLBACK (count_notify), &counter);
  copydesk_article_set_body (article, body);
  copydesk_article_set_body (article, same);
  g_assert_cmpuint (counter.notified, ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 2);
  created = copydesk_article_find_photo (article, "new-one");
  g_assert_nonnull (created);
  g_assert_null (copydesk_photo_get_file (created));
  g_assert_true (g_str_has_prefix (copydesk_photo_get_guid (created), "urn:uuid:"));

  next_id = copydesk_article_new_photo_id (article);
  g_assert_cmpstr (next_id, ==, "photo-1");
}

static void
test_photo_properties (void)
{
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("p1");
  g_autoptr(CopydeskPhoto) other = copydesk_photo_new ("p1");
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/x.jpg");
  Counter counter = { 0 };

  g_signal_connect (photo, "notify", G_CALLBACK (count_notify), &counter);
  copydesk_photo_set_file (photo, file);
  copydesk_photo_set_file (photo, file);
  copydesk_photo_set_pixel_size (photo, 640, 480);
  copydesk_photo_set_pixel_size (photo, 640, 480);
  copydesk_photo_set_alt_text (photo, "A ferry leaving the harbour");
  g_assert_cmpuint (counter.notified, ==, 4);
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 640);
  g_assert_false (copydesk_photo_equal (photo, other));
  g_assert_cmpstr (copydesk_photo_get_guid (photo), !=, copydesk_photo_get_guid (other));
  g_assert_false (copydesk_photo_id_is_valid ("has space"));
  g_assert_false (copydesk_photo_id_is_valid ("-leading-dash"));
  g_assert_true (copydesk_photo_id_is_valid ("IMG_0042.jpg"));
}

/* A 3 x 2 baseline JPEG header (SOI, APP0, SOF0), enough for the size. */
static const guint8 tiny_jpeg[] = {
  0xFF, 0xD8,
  0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
  0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
  0xFF, 0xD9,
};

static const guint8 tiny_png_head[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
  0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R',
  0x00, 0x00, 0x01, 0x2C, 0x00, 0x00, 0x00, 0xC8, 0x08, 0x02, 0x00, 0x00, 0x00,
};

static GFile *
write_temp (const char   *dir,
            const char   *name,
            const guint8 *data,
            gsize         len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, (const char *) data, len, NULL));
  return g_file_new_for_path (path);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_photo_update_from_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-model-XXXXXX", NULL);
  g_autoptr(GFile) jpeg = write_temp (dir, "tiny.jpg", tiny_jpeg, sizeof tiny_jpeg);
  g_autoptr(GFile) png = write_temp (dir, "tiny.png", tiny_png_head, sizeof tiny_png_head);
  g_autoptr(GFile) broken = write_temp (dir, "broken.jpg", tiny_jpeg, 12);
  g_autoptr(GFile) text = write_temp (dir, "notes.jpg", (const guint8 *) "just words\n", 11);
  g_autoptr(GFile) missing = g_file_new_build_filename (dir, "missing.jpg", NULL);
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("p");
  g_autoptr(GError) error = NULL;

  g_assert_false (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  copydesk_photo_set_file (photo, jpeg);
  g_assert_true (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 3);
  g_assert_cmpuint (copydesk_photo_get_height (photo), ==, 2);
  g_assert_cmpuint (copydesk_photo_get_byte_size (photo), ==, sizeof tiny_jpeg);
  g_assert_cmpstr (copydesk_photo_get_content_type (photo), ==, "image/jpeg");

  copydesk_photo_set_file (photo, png);
  g_assert_true (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 300);
  g_assert_cmpuint (copydesk_photo_get_height (photo), ==, 200);
  g_assert_cmpstr (copydesk_photo_get_content_type (photo), ==, "image/png");

  /* failures leave what was there */
  copydesk_photo_set_file (photo, broken);
  g_assert_false (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 300);

  copydesk_photo_set_file (photo, text);
  g_assert_false (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "notes.jpg"));
  g_clear_error (&error);

  copydesk_photo_set_file (photo, missing);
  g_assert_false (copydesk_photo_update_from_file (photo, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  remove_dir (dir);
}

static void
test_article_equal (void)
{
  g_autoptr(CopydeskArticle) a = copydesk_article_new ();
  g_autoptr(CopydeskArticle) b = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) author_a = copydesk_author_new ("Jo Lind");
  g_autoptr(CopydeskAuthor) author_b = copydesk_author_new ("Jo Lind");

  copydesk_article_set_guid (b, copydesk_article_get_guid (a));
  copydesk_article_set_created (b, copydesk_article_get_created (a));
  copydesk_article_set_modified (b, copydesk_article_get_modified (a));
  g_assert_true (copydesk_article_equal (a, b));

  copydesk_article_add_author (a, author_a);
  g_assert_false (copydesk_article_equal (a, b));
  copydesk_article_add_author (b, author_b);
  g_assert_true (copydesk_article_equal (a, b));
  copydesk_author_set_job_title (author_b, "Sports editor");
  g_assert_false (copydesk_article_equal (a, b));
}

/* Every object is freed when its last reference goes. */
static void
test_no_leaked_references (void)
{
  CopydeskArticle *article = copydesk_article_new ();
  CopydeskPhoto *photo = copydesk_photo_new ("p");
  CopydeskAuthor *author = copydesk_author_new ("A");

  copydesk_article_add_photo (article, photo);
  copydesk_article_add_author (article, author);
  g_object_unref (photo);
  g_object_unref (author);
  g_object_add_weak_pointer (G_OBJECT (photo), (gpointer *) &photo);
  g_object_add_weak_pointer (G_OBJECT (author), (gpointer *) &author);
  g_assert_finalize_object (article);
  g_assert_null (photo);
  g_assert_null (author);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/article-defaults", test_article_defaults);
  g_test_add_func ("/model/article-string-notify", test_article_string_notify);
  g_test_add_func ("/model/article-other-properties", test_article_other_properties);
  g_test_add_func ("/model/language-is-normalised", test_language_is_normalised);
  g_test_add_func ("/model/changed-follows-parts", test_changed_follows_parts);
  g_test_add_func ("/model/body-creates-missing-photos", test_body_creates_missing_photos);
  g_test_add_func ("/model/photo-order", test_photo_order);
  g_test_add_func ("/model/photo-properties", test_photo_properties);
  g_test_add_func ("/model/photo-update-from-file", test_photo_update_from_file);
  g_test_add_func ("/model/article-equal", test_article_equal);
  g_test_add_func ("/model/no-leaked-references", test_no_leaked_references);

  return g_test_run ();
}
