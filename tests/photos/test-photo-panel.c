/* test-photo-panel.c: the photo panel and the body gutter, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-photo-card.h"
#include "copydesk-photo-gutter.h"
#include "copydesk-photo-meta.h"
#include "copydesk-photo-panel.h"
#include "copydesk-thumbnail.h"
#include "copydesk-wire-export-dialog.h"
#include "copydesk-test-util.h"
#include "photo-fixtures.h"
#include "sample-article.h"
#include "toolkit-warnings.h"

typedef struct
{
  CopydeskArticle *article;
  GtkWidget       *window;
  GtkWidget       *panel;
  char            *dir;
} Fixture;

static gboolean
give_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so; background work (thumbnails,
 * metadata) finishes in well under the guard, which only stops a hang. */
static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gboolean timed_out = FALSE;
  guint guard = g_timeout_add_seconds (TOOLKIT_WAIT_LIMIT_SECONDS, give_up, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (guard);
  return !timed_out;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static CopydeskPhotoCard *
card_at (Fixture *f,
         guint    i)
{
  return COPYDESK_PHOTO_CARD (_copydesk_photo_panel_get_card (COPYDESK_PHOTO_PANEL (f->panel), i));
}

static gboolean
thumbnails_settled (gpointer data)
{
  Fixture *f = data;
  guint n = _copydesk_photo_panel_get_n_cards (COPYDESK_PHOTO_PANEL (f->panel));

  for (guint i = 0; i < n; i++)
    {
      CopydeskPhotoCard *card = card_at (f, i);

      if (!_copydesk_photo_card_has_thumbnail (card) &&
          !gtk_widget_get_visible (GTK_WIDGET (_copydesk_photo_card_get_message (card))))
        return FALSE;
    }
  return TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sample_dir = copydesk_test_data_path ("sample", NULL);

  f->article = copydesk_test_build_sample_article (sample_dir);
  f->dir = photo_fixture_make_dir ();
  f->panel = copydesk_photo_panel_new ();
  copydesk_photo_panel_set_article (COPYDESK_PHOTO_PANEL (f->panel), f->article);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 420, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->panel);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer article = f->article;

  /* background loads may still hold the widgets for a moment: the article
   * must go once they have finished, or something leaks it */
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_add_weak_pointer (article, &article);
  g_object_unref (f->article);
  g_assert_true (wait_for (is_gone, &article));
  photo_fixture_remove_dir (f->dir);
  g_free (f->dir);
}

static void
test_sample_cards (Fixture       *f,
                   gconstpointer  data)
{
  CopydeskPhotoPanel *panel = COPYDESK_PHOTO_PANEL (f->panel);

  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (panel), ==, 3);
  g_assert_cmpstr (copydesk_photo_get_id (copydesk_photo_card_get_photo (card_at (f, 0))), ==,
                   "harbour-dawn");
  g_assert_true (wait_for (thumbnails_settled, f));
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (_copydesk_photo_card_has_thumbnail (card_at (f, i)));
      g_assert_true (copydesk_photo_card_get_placed (card_at (f, i)));
      g_assert_false (gtk_widget_get_visible (_copydesk_photo_card_get_unplaced (card_at (f, i))));
    }
}

static void
test_edit_fields (Fixture       *f,
                  gconstpointer  data)
{
  CopydeskPhotoCard *card = card_at (f, 1);
  CopydeskPhoto *photo = copydesk_photo_card_get_photo (card);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_copydesk_photo_card_get_caption_view (card));
  GtkLabel *count = _copydesk_photo_card_get_count (card);
  g_autofree char *shown = NULL;

  /* the card shows the model, and typing changes the model */
  g_object_get (buffer, "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, copydesk_photo_get_caption (photo));
  gtk_text_buffer_set_text (buffer, "Boats at low tide.", -1);
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Boats at low tide.");
  g_assert_cmpstr (gtk_label_get_text (count), ==, "18/200");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (count), "warning"));

  gtk_editable_set_text (_copydesk_photo_card_get_credit (card), "Desk/Courier");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Desk/Courier");

  /* past the limit the count turns to the warning colour */
  g_object_set (f->panel, "caption-limit", 10, NULL);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "18/10");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (count), "warning"));

  /* a change of the model (an undo elsewhere, say) shows in the card */
  copydesk_photo_set_caption (photo, "Short");
  g_clear_pointer (&shown, g_free);
  g_object_get (buffer, "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, "Short");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (count), "warning"));
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  CopydeskPhotoPanel *panel = COPYDESK_PHOTO_PANEL (f->panel);
  GListModel *photos = copydesk_article_get_photos (f->article);
  g_autoptr(CopydeskPhoto) middle = g_list_model_get_item (photos, 1);
  g_autoptr(CopydeskPhoto) back = NULL;

  _copydesk_photo_panel_remove_photo (panel, middle);
  g_assert_cmpuint (g_list_model_get_n_items (photos), ==, 2);
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (panel), ==, 2);
  g_assert_null (copydesk_article_find_photo (f->article, "fishing-boats"));

  g_assert_true (_copydesk_photo_panel_undo_remove (panel));
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (panel), ==, 3);
  back = g_list_model_get_item (photos, 1);
  g_assert_true (back == middle);
  g_assert_true (copydesk_photo_card_get_photo (card_at (f, 1)) == middle);
  /* one removal, one undo */
  g_assert_false (_copydesk_photo_panel_undo_remove (panel));
}

static void
test_unplaced_mark (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (f->article));
  g_autoptr(GString) edited = g_string_new (markup);
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (edited, "[photo: town-hall]", "The Guildhall.", 1), ==, 1);
  body = copydesk_body_parse_markup (edited->str, -1, &error);
  g_assert_no_error (error);
  copydesk_article_set_body (f->article, body);

  g_assert_true (copydesk_photo_card_get_placed (card_at (f, 0)));
  g_assert_false (copydesk_photo_card_get_placed (card_at (f, 2)));
  g_assert_true (gtk_widget_get_visible (_copydesk_photo_card_get_unplaced (card_at (f, 2))));
}

static gboolean
message_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (_copydesk_photo_card_get_message (data)));
}

static void
test_bad_images (Fixture       *f,
                 gconstpointer  data)
{
  CopydeskPhotoPanel *panel = COPYDESK_PHOTO_PANEL (f->panel);
  g_autofree char *corrupt = photo_fixture_write_bytes (f->dir, "corrupt.jpg",
                                                        "\xFF\xD8\xFF\xE0\x00\x10JFIF broken", 17);
  g_autofree char *text = photo_fixture_write_bytes (f->dir, "Notes File.jpg", "not a photo\n", -1);
  g_autofree char *missing = g_build_filename (f->dir, "moved-away.jpg", NULL);
  /* the start of a PNG that claims 12000 × 12000 pixels: refused unread */
  g_autofree char *huge = photo_fixture_write_bytes (f->dir, "huge.png",
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x2e\xe0"
    "\x00\x00\x2e\xe0\x08\x02\x00\x00\x00\xde\x27\x1b\xa6\x00\x00\x00\x0c\x49\x44\x41"
    "\x54\x78\x9c\x63\x60\xa0\x0c\x00\x00\x00\x40\x00\x01\xb7\x34\x7c\xef", 57);
  GFile *files[4];
  CopydeskPhotoCard *card;
  const char *message;

  files[0] = g_file_new_for_path (corrupt);
  files[1] = g_file_new_for_path (text);
  files[2] = g_file_new_for_path (missing);
  files[3] = g_file_new_for_path (huge);
  copydesk_photo_panel_add_files (panel, files, 4);
  for (guint i = 0; i < 4; i++)
    g_object_unref (files[i]);
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (panel), ==, 7);
  g_assert_nonnull (copydesk_article_find_photo (f->article, "notes-file"));

  for (guint i = 3; i < 7; i++)
    {
      card = card_at (f, i);
      g_assert_true (wait_for (message_shown, card));
      message = gtk_label_get_text (_copydesk_photo_card_get_message (card));
      g_test_message ("card %u: %s", i, message);
      g_assert_cmpstr (message, !=, "");
      g_assert_false (_copydesk_photo_card_has_thumbnail (card));
      /* newly added photos are not placed yet */
      g_assert_false (copydesk_photo_card_get_placed (card));
    }
  g_assert_nonnull (strstr (gtk_label_get_text (_copydesk_photo_card_get_message (card_at (f, 3))),
                            "damaged"));
  g_assert_nonnull (strstr (gtk_label_get_text (_copydesk_photo_card_get_message (card_at (f, 6))),
                            "too large"));
  g_assert_true (gtk_widget_get_visible (_copydesk_photo_card_get_locate (card_at (f, 5))));
  /* a damaged file is there: it can be replaced, not located */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (_copydesk_photo_card_get_locate (card_at (f, 3))),
                   ==, "Replace the Photo File");
}

static gboolean
caption_arrived (gpointer data)
{
  return *copydesk_photo_get_caption (data) != '\0';
}

/* Adding a photo (what a drop does) reads its embedded caption into the card. */
static void
test_add_reads_metadata (Fixture       *f,
                         gconstpointer  data)
{
  CopydeskPhotoPanel *panel = COPYDESK_PHOTO_PANEL (f->panel);
  g_autofree char *path = photo_fixture_write_jpeg (f->dir, "Quay Street.jpg");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[2] = { file, file };
  CopydeskPhoto *photo;
  g_autofree char *shown = NULL;

  photo_fixture_tag (path, "Iptc.Application2.Caption", "Sandbags on Quay Street.");
  photo_fixture_tag (path, "Iptc.Application2.Credit", "Courier");
  copydesk_photo_panel_add_files (panel, files, 2);
  /* the second is the same file: not added twice */
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (panel), ==, 4);
  photo = copydesk_article_find_photo (f->article, "quay-street");
  g_assert_nonnull (photo);
  g_assert_true (wait_for (caption_arrived, photo));
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "Sandbags on Quay Street.");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "Courier");
  g_assert_cmpuint (copydesk_photo_get_width (photo), ==, 8);
  g_object_get (gtk_text_view_get_buffer (_copydesk_photo_card_get_caption_view (card_at (f, 3))),
                "text", &shown, NULL);
  g_assert_cmpstr (shown, ==, "Sandbags on Quay Street.");
}

static void
on_place (CopydeskPhotoPanel *panel,
          const char         *id,
          char              **placed)
{
  g_free (*placed);
  *placed = g_strdup (id);
}

static void
test_reorder_and_place (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *photos = copydesk_article_get_photos (f->article);
  g_autoptr(CopydeskPhoto) first = NULL;
  g_autofree char *placed = NULL;

  /* dropping the town-hall card on the first card moves it there */
  g_signal_emit_by_name (card_at (f, 0), "reorder-requested", "town-hall");
  first = g_list_model_get_item (photos, 0);
  g_assert_cmpstr (copydesk_photo_get_id (first), ==, "town-hall");
  g_assert_true (copydesk_photo_card_get_photo (card_at (f, 0)) == first);

  g_signal_connect (f->panel, "place-photo", G_CALLBACK (on_place), &placed);
  g_signal_emit_by_name (card_at (f, 2), "place-requested");
  g_assert_cmpstr (placed, ==, "fishing-boats");
}

static void
test_gutter_lines (Fixture       *f,
                   gconstpointer  data)
{
  GtkSourceGutterRenderer *gutter = g_object_ref_sink (copydesk_photo_gutter_new (f->article));
  CopydeskPhotoGutter *g = COPYDESK_PHOTO_GUTTER (gutter);
  g_autoptr(CopydeskPhoto) lost = copydesk_photo_new ("lost");
  g_autofree char *caption = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *no_file = NULL;
  g_autofree char *plain = NULL;
  gboolean problem = TRUE;

  caption = copydesk_photo_gutter_describe_line (g, "[photo: town-hall]", &problem);
  g_assert_false (problem);
  g_assert_true (g_str_has_prefix (caption, "The Guildhall"));
  plain = copydesk_photo_gutter_describe_line (g, "Just a paragraph.", &problem);
  g_assert_null (plain);
  g_assert_false (problem);
  unknown = copydesk_photo_gutter_describe_line (g, " [photo:  nowhere ] ", &problem);
  g_assert_true (problem);
  g_assert_nonnull (strstr (unknown, "nowhere"));
  copydesk_article_add_photo (f->article, lost);
  no_file = copydesk_photo_gutter_describe_line (g, "[photo: lost]", &problem);
  g_assert_true (problem);
  g_object_unref (gutter);
}

static gboolean
gutter_thumbnail_loaded (gpointer data)
{
  return copydesk_thumbnail_peek (data, 96) != NULL;
}

/* In a real view the gutter asks for the placed photos' thumbnails (off the
 * main thread) and draws them, without a warning. */
static void
test_gutter_in_view (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *view = gtk_source_view_new ();
  GtkSourceGutter *left = gtk_source_view_get_gutter (GTK_SOURCE_VIEW (view), GTK_TEXT_WINDOW_LEFT);
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (f->article));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GFile *first = copydesk_photo_get_file (copydesk_article_find_photo (f->article, "harbour-dawn"));
  GtkSourceGutterRenderer *renderer = copydesk_photo_gutter_new (f->article);

  gtk_text_buffer_set_text (buffer, markup, -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD);
  g_assert_true (gtk_source_gutter_insert (left, renderer, 0));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 2000);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (gutter_thumbnail_loaded, first));
  gtk_window_destroy (GTK_WINDOW (window));
  /* the article must still finalize (checked in the tear-down) */
}

static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* What "Export for Wire…" does once the file is chosen: the file and the
 * captioned copies appear, and the file chosen comes back. */
static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *name = copydesk_article_suggest_file_name (f->article);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) chosen = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GError) error = NULL;
  GTask *task = g_task_new (f->article, NULL, keep_result, &result);

  g_assert_cmpstr (name, ==, "harbour-flood-barrier.xml");
  g_task_set_source_tag (task, copydesk_wire_export_dialog_async);
  _copydesk_wire_export_dialog_chosen (task, chosen);
  g_assert_true (wait_for (has_result, &result));
  written = copydesk_wire_export_dialog_finish (result, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (written, chosen));
  g_assert_cmpuint (photo_fixture_count_files (f->dir), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/photos-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("sample-cards", test_sample_cards);
  ADD ("edit-fields", test_edit_fields);
  ADD ("remove-and-undo", test_remove_and_undo);
  ADD ("unplaced-mark", test_unplaced_mark);
  ADD ("bad-images", test_bad_images);
  ADD ("add-reads-metadata", test_add_reads_metadata);
  ADD ("reorder-and-place", test_reorder_and_place);
  ADD ("gutter-lines", test_gutter_lines);
  ADD ("gutter-in-view", test_gutter_in_view);
  ADD ("export-dialog", test_export_dialog);
#undef ADD

  return g_test_run ();
}
