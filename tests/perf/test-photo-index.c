/* test-photo-index.c: the article finds its photos by id, whatever was done
 * to the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article keeps an index of its photos by id (issue 13), so that adding
 * photos or setting a body does not walk every photo. These tests change the
 * list in every way the API allows and check each lookup against the list.
 */
#include "config.h"

#include "copydesk-core.h"

static CopydeskPhoto *
add (CopydeskArticle *article,
     const char      *id)
{
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);

  copydesk_article_add_photo (article, photo);
  return photo;
}

/* Every id in the list is found, and found as the first photo with it. */
static void
assert_index_matches_list (CopydeskArticle *article)
{
  GListModel *photos = copydesk_article_get_photos (article);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      const char *id = copydesk_photo_get_id (photo);
      CopydeskPhoto *first = NULL;

      for (guint j = 0; first == NULL; j++)
        {
          g_autoptr(CopydeskPhoto) candidate = g_list_model_get_item (photos, j);

          if (g_str_equal (copydesk_photo_get_id (candidate), id))
            first = candidate;
        }
      g_assert_true (copydesk_article_find_photo (article, id) == first);
    }
}

static void
test_add_and_find (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  CopydeskPhoto *a = add (article, "photo-1");
  CopydeskPhoto *b = add (article, "photo-2");
  g_autofree char *next = NULL;

  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
  g_assert_true (copydesk_article_find_photo (article, "photo-2") == b);
  g_assert_null (copydesk_article_find_photo (article, "photo-3"));
  g_assert_null (copydesk_article_find_photo (article, NULL));
  next = copydesk_article_new_photo_id (article);
  g_assert_cmpstr (next, ==, "photo-3");
  assert_index_matches_list (article);
}

static void
test_change_of_id (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  CopydeskPhoto *a = add (article, "photo-1");
  g_autofree char *next = NULL;

  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
  copydesk_photo_set_id (a, "harbour");
  g_assert_null (copydesk_article_find_photo (article, "photo-1"));
  g_assert_true (copydesk_article_find_photo (article, "harbour") == a);
  next = copydesk_article_new_photo_id (article);
  g_assert_cmpstr (next, ==, "photo-1");
}

static void
test_remove_insert_move (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskPhoto) c = copydesk_photo_new ("photo-3");
  CopydeskPhoto *a = add (article, "photo-1");
  CopydeskPhoto *b = add (article, "photo-2");

  g_object_ref (a);
  copydesk_article_remove_photo (article, a);
  g_assert_null (copydesk_article_find_photo (article, "photo-1"));
  g_assert_true (copydesk_article_find_photo (article, "photo-2") == b);
  copydesk_article_insert_photo (article, a, 0);
  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
  copydesk_article_insert_photo (article, c, 1);
  g_assert_true (copydesk_article_find_photo (article, "photo-3") == c);
  copydesk_article_move_photo (article, a, 2);
  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
  assert_index_matches_list (article);
  g_object_unref (a);
}

/* The list may hold two photos of one id (a foreign file, or a change of
 * id): the first in the list is the one found, as before the index. */
static void
test_same_id_twice (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  CopydeskPhoto *a = add (article, "photo-1");
  CopydeskPhoto *b = add (article, "photo-2");

  copydesk_photo_set_id (b, "photo-1");
  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
  g_assert_null (copydesk_article_find_photo (article, "photo-2"));
  copydesk_article_move_photo (article, b, 0);
  g_assert_true (copydesk_article_find_photo (article, "photo-1") == b);
  copydesk_article_remove_photo (article, b);
  g_assert_true (copydesk_article_find_photo (article, "photo-1") == a);
}

/* A body placing photos the article lacks gets one empty photo per id, once. */
static void
test_body_places_photos (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) body = NULL;
  GListModel *photos = copydesk_article_get_photos (article);

  add (article, "photo-7");
  for (guint i = 1; i <= 2000; i++)
    g_string_append_printf (markup, "Paragraph %u.\n\n[photo: photo-%u]\n\n", i, i);
  g_string_append (markup, "[photo: photo-7]\n");
  body = copydesk_body_parse_markup (markup->str, -1, NULL);
  copydesk_article_set_body (article, body);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 2000);
  for (guint i = 1; i <= 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("photo-%u", i);

      g_assert_nonnull (copydesk_article_find_photo (article, id));
    }
  assert_index_matches_list (article);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/photo-index/add-and-find", test_add_and_find);
  g_test_add_func ("/photo-index/change-of-id", test_change_of_id);
  g_test_add_func ("/photo-index/remove-insert-move", test_remove_insert_move);
  g_test_add_func ("/photo-index/same-id-twice", test_same_id_twice);
  g_test_add_func ("/photo-index/body-places-photos", test_body_places_photos);
  return g_test_run ();
}
