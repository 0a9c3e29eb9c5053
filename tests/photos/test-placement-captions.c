/* test-placement-captions.c: captions under the body's placement lines, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "copydesk-placement-captions.h"
#include "copydesk-test-util.h"
#include "sample-article.h"
#include "toolkit-warnings.h"

typedef struct
{
  CopydeskArticle           *article;
  GtkWidget                 *window;
  GtkTextView               *view;
  GtkTextBuffer             *buffer;
  CopydeskPlacementCaptions *captions;
  int                        first_y;
} Fixture;

#define TWO_PLACEMENTS \
  "The council met on Monday.\n\n[photo: harbour-dawn]\n\nTraders were not pleased.\n\n" \
  "[photo: town-hall]\n\nThe end.\n"

static gboolean
give_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop (and so the frames that update the captions) until
 * @done says so; the guard only stops a hang. */
static gboolean
wait_for (gboolean (*done) (Fixture *),
          Fixture   *f)
{
  gboolean timed_out = FALSE;
  /* a bound, not a target: under the sanitizers this takes seconds */
  guint guard = g_timeout_add_seconds (TOOLKIT_WAIT_LIMIT_SECONDS, give_up, &timed_out);

  while (!done (f) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (guard);
  return !timed_out;
}

static void
set_body (Fixture    *f,
          const char *text)
{
  /* as the window loads an article: not a step to undo */
  gtk_text_buffer_begin_irreversible_action (f->buffer);
  gtk_text_buffer_set_text (f->buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (f->buffer);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sample_dir = copydesk_test_data_path ("sample", NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  f->article = copydesk_test_build_sample_article (sample_dir);
  f->view = GTK_TEXT_VIEW (gtk_source_view_new ());
  f->buffer = gtk_text_view_get_buffer (f->view);
  gtk_text_view_set_wrap_mode (f->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (f->view, 24);
  gtk_text_view_set_right_margin (f->view, 24);
  set_body (f, data != NULL ? data : TWO_PLACEMENTS);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->view));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 500);
  gtk_window_set_child (GTK_WINDOW (f->window), scroller);
  f->captions = copydesk_placement_captions_new (f->view, f->article);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer captions = f->captions;

  /* nothing else holds the captions, not even a file check in flight */
  g_object_add_weak_pointer (captions, &captions);
  g_object_unref (f->captions);
  g_assert_null (captions);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->article);
}

static const char *
caption_of (Fixture    *f,
            const char *id)
{
  return copydesk_photo_get_caption (copydesk_article_find_photo (f->article, id));
}

static gboolean
shows_caption (Fixture    *f,
               guint       i,
               const char *text)
{
  return copydesk_placement_captions_get_n_shown (f->captions) > i
         && g_strcmp0 (copydesk_placement_captions_get_text (f->captions, i), text) == 0;
}

static gboolean
two_captions (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 2
         && shows_caption (f, 0, caption_of (f, "harbour-dawn"))
         && shows_caption (f, 1, caption_of (f, "town-hall"));
}

static gboolean
is_warning (Fixture *f,
            guint    i)
{
  return gtk_widget_has_css_class (copydesk_placement_captions_get_widget (f->captions, i),
                                   "warning");
}

/* The caption row lies in the room under its line, not over the text. */
static void
assert_under_line (Fixture *f,
                   guint    i)
{
  GtkTextIter iter;
  int y, height;
  int row_y = copydesk_placement_captions_get_y (f->captions, i);
  g_autofree char *line = NULL;
  GtkTextIter end;

  gtk_text_buffer_get_iter_at_line (f->buffer, &iter,
                                    copydesk_placement_captions_get_line (f->captions, i));
  end = iter;
  gtk_text_iter_forward_to_line_end (&end);
  line = gtk_text_iter_get_slice (&iter, &end);
  g_assert_true (g_str_has_prefix (line, "[photo:"));
  gtk_text_view_get_line_yrange (f->view, &iter, &y, &height);
  g_assert_cmpint (row_y, >, y);
  g_assert_cmpint (row_y, <, y + height);
}

static gboolean
first_laid_out (Fixture *f)
{
  GtkWidget *row = copydesk_placement_captions_get_widget (f->captions, 0);

  return gtk_widget_get_width (gtk_widget_get_first_child (row)) > 0;
}

/* Where the rows are drawn, not only where they are meant to be: each
 * under its line as the view shows it now. */
static gboolean
all_in_place (Fixture *f)
{
  guint n = copydesk_placement_captions_get_n_shown (f->captions);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = copydesk_placement_captions_get_widget (f->captions, i);
      graphene_point_t at;
      int wx, wy;

      if (!gtk_widget_compute_point (row, gtk_widget_get_parent (row), &GRAPHENE_POINT_INIT (0, 0),
                                     &at))
        return FALSE;
      gtk_text_view_buffer_to_window_coords (f->view, GTK_TEXT_WINDOW_TEXT, 0,
                                             copydesk_placement_captions_get_y (f->captions, i),
                                             &wx, &wy);
      if (ABS (at.y - wy) >= 1)
        return FALSE;
    }
  return n > 0;
}

static void
test_two_placements (Fixture       *f,
                     gconstpointer  data)
{
  CopydeskPhoto *dawn = copydesk_article_find_photo (f->article, "harbour-dawn");
  GtkWidget *row;

  g_assert_true (wait_for (two_captions, f));
  g_assert_cmpint (copydesk_placement_captions_get_line (f->captions, 0), ==, 2);
  g_assert_cmpint (copydesk_placement_captions_get_line (f->captions, 1), ==, 6);
  g_assert_cmpstr (copydesk_placement_captions_get_credit (f->captions, 0), ==,
                   copydesk_photo_get_credit (dawn));
  g_assert_cmpstr (copydesk_placement_captions_get_credit (f->captions, 0), ==,
                   "Morwenna Hicks/Westerly Pictures");
  g_assert_false (is_warning (f, 0));
  g_assert_false (is_warning (f, 1));
  assert_under_line (f, 0);
  assert_under_line (f, 1);
  /* the row fits the text column, its caption ellipsized if need be */
  g_assert_true (wait_for (first_laid_out, f));
  row = copydesk_placement_captions_get_widget (f->captions, 0);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpint (gtk_widget_get_width (row), <=, 600 - 24 - 24);
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_first_child (row)), >, 300);
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_first_child (row)), <=, 600 - 24 - 24);
}

static gboolean
first_is_edited (Fixture *f)
{
  return shows_caption (f, 0, "Dawn over the barrier.");
}

static gboolean
first_is_unknown_dawn (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 2 && is_warning (f, 0)
         && strstr (copydesk_placement_captions_get_text (f->captions, 0), "harbour-dawn") != NULL
         && g_strcmp0 (copydesk_placement_captions_get_credit (f->captions, 0), "") == 0;
}

/* Edits in the photo panel reach the model; the captions follow it. */
static void
test_follows_photo_edits (Fixture       *f,
                          gconstpointer  data)
{
  CopydeskPhoto *dawn = copydesk_article_find_photo (f->article, "harbour-dawn");

  g_assert_true (wait_for (two_captions, f));
  copydesk_photo_set_caption (dawn, "Dawn over the barrier.");
  g_assert_true (wait_for (first_is_edited, f));
  g_assert_false (is_warning (f, 0));
  /* renamed: the line now names no photo */
  copydesk_photo_set_id (dawn, "dawn");
  g_assert_true (wait_for (first_is_unknown_dawn, f));
  g_assert_true (shows_caption (f, 1, caption_of (f, "town-hall")));
}

static gboolean
warns_of_nowhere (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 1 && is_warning (f, 0)
         && strstr (copydesk_placement_captions_get_text (f->captions, 0), "“nowhere”") != NULL;
}

static gboolean
nowhere_is_captioned (Fixture *f)
{
  return shows_caption (f, 0, "A photo added later.") && !is_warning (f, 0);
}

static void
test_unknown_then_added (Fixture       *f,
                         gconstpointer  data)
{
  GFile *existing = copydesk_photo_get_file (copydesk_article_find_photo (f->article,
                                                                          "town-hall"));
  g_autoptr(CopydeskPhoto) added = copydesk_photo_new ("nowhere");

  g_assert_true (wait_for (warns_of_nowhere, f));
  copydesk_photo_set_file (added, existing);
  copydesk_photo_set_caption (added, "A photo added later.");
  copydesk_article_add_photo (f->article, added);
  g_assert_true (wait_for (nowhere_is_captioned, f));
  copydesk_article_remove_photo (f->article, added);
  g_assert_true (wait_for (warns_of_nowhere, f));
}

static gboolean
warns_of_missing_file (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 1 && is_warning (f, 0)
         && strstr (copydesk_placement_captions_get_text (f->captions, 0), "gone.jpg") != NULL;
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CopydeskPhoto) lost = copydesk_photo_new ("lost");
  g_autoptr(GFile) gone = g_file_new_for_path ("/nonexistent-copydesk-dir/gone.jpg");

  copydesk_photo_set_file (lost, gone);
  copydesk_photo_set_caption (lost, "Never shown: the file is gone.");
  copydesk_article_add_photo (f->article, lost);
  g_assert_true (wait_for (warns_of_missing_file, f));
}

static gboolean
moved_down (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 2
         && copydesk_placement_captions_get_line (f->captions, 0) == 6
         && copydesk_placement_captions_get_y (f->captions, 0) > f->first_y;
}

static gboolean
first_removed (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) == 1
         && shows_caption (f, 0, caption_of (f, "town-hall"));
}

static void
test_lines_move (Fixture       *f,
                 gconstpointer  data)
{
  GtkTextIter start, end;

  g_assert_true (wait_for (two_captions, f));
  f->first_y = copydesk_placement_captions_get_y (f->captions, 0);
  gtk_text_buffer_get_start_iter (f->buffer, &start);
  gtk_text_buffer_insert (f->buffer, &start, "A new first paragraph.\n\nAnd a second.\n\n", -1);
  g_assert_true (wait_for (moved_down, f));
  g_assert_true (wait_for (all_in_place, f));
  assert_under_line (f, 0);
  assert_under_line (f, 1);

  /* deleting the whole placement line takes its caption away */
  gtk_text_buffer_get_iter_at_line (f->buffer, &start, 6);
  gtk_text_buffer_get_iter_at_line (f->buffer, &end, 8);
  gtk_text_buffer_delete (f->buffer, &start, &end);
  g_assert_true (wait_for (first_removed, f));
  assert_under_line (f, 0);
}

static gboolean
settled_with_two (Fixture *f)
{
  return two_captions (f)
         && copydesk_placement_captions_get_y (f->captions, 1)
            > copydesk_placement_captions_get_y (f->captions, 0);
}

/* The captions are drawn over the view: the markup, its undo history and
 * its modified flag stay as they were. */
static void
test_buffer_untouched (Fixture       *f,
                       gconstpointer  data)
{
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (f->buffer);
  g_autofree char *after = NULL;
  GtkTextIter start, end;
  int n_tags;

  gtk_text_buffer_set_modified (f->buffer, FALSE);
  g_assert_true (wait_for (settled_with_two, f));
  copydesk_photo_set_caption (copydesk_article_find_photo (f->article, "town-hall"), "Changed.");
  g_assert_true (wait_for (two_captions, f));
  gtk_text_buffer_get_bounds (f->buffer, &start, &end);
  after = gtk_text_buffer_get_text (f->buffer, &start, &end, TRUE);
  g_assert_cmpstr (after, ==, TWO_PLACEMENTS);
  g_assert_null (strstr (after, "\xef\xbf\xbc"));   /* no U+FFFC */
  g_assert_false (gtk_text_buffer_get_can_undo (f->buffer));
  g_assert_false (gtk_text_buffer_get_modified (f->buffer));

  /* and disposing takes everything away again: no overlay, no tag */
  n_tags = gtk_text_tag_table_get_size (tags);
  g_clear_object (&f->captions);
  g_assert_cmpint (gtk_text_tag_table_get_size (tags), ==, n_tags - 1);
  f->captions = copydesk_placement_captions_new (f->view, f->article);
  g_assert_true (wait_for (two_captions, f));
}

static void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

static gboolean
quiet_time_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Once in place, the captions ask for no more frames: a pass that finds
 * every row where it belongs changes nothing. */
static void
test_settles (Fixture       *f,
              gconstpointer  data)
{
  GdkFrameClock *clock;
  guint frames = 0;
  gboolean over = FALSE;
  gulong id;

  g_assert_true (wait_for (settled_with_two, f));
  g_assert_true (wait_for (all_in_place, f));
  gtk_text_view_set_cursor_visible (f->view, FALSE);   /* no blinking */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->view));
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &frames);
  g_timeout_add (1000, quiet_time_over, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  /* a loop would paint some 60 frames in that second; scrollbars fading
   * out paint a few */
  g_assert_cmpuint (frames, <, 30);
}

static char *
long_body (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 2000; i++)
    {
      g_string_append_printf (text, "Paragraph %u of a long story, with a few more words in it "
                              "so that it wraps in a narrow column.\n\n", i);
      if (i % 40 == 39)
        g_string_append (text, "[photo: fishing-boats]\n\n");
    }
  return g_string_free (text, FALSE);
}

static gboolean
some_shown (Fixture *f)
{
  return copydesk_placement_captions_get_n_shown (f->captions) > 0;
}

static gboolean
has_layout (Fixture *f)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));

  return gtk_adjustment_get_upper (vadjustment) > 10 * gtk_adjustment_get_page_size (vadjustment)
         && gtk_adjustment_get_page_size (vadjustment) > 0;
}

static gboolean
shows_near_end (Fixture *f)
{
  guint n = copydesk_placement_captions_get_n_shown (f->captions);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));
  double end = gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment);

  /* the end moves while the view measures the lines it had only estimated */
  if (gtk_adjustment_get_value (vadjustment) < end)
    gtk_adjustment_set_value (vadjustment, end);
  return n > 0 && copydesk_placement_captions_get_line (f->captions, n - 1) > 3900;
}

static void
assert_bounded (Fixture *f)
{
  GdkRectangle visible;
  guint n = copydesk_placement_captions_get_n_shown (f->captions);

  gtk_text_view_get_visible_rect (f->view, &visible);
  g_assert_cmpuint (n, <=, copydesk_placement_captions_get_n_widgets (f->captions));
  /* a 500-pixel window shows two or three placements at most, of 50 */
  g_assert_cmpuint (copydesk_placement_captions_get_n_widgets (f->captions), <=, 4);
  for (guint i = 0; i < n; i++)
    {
      int y = copydesk_placement_captions_get_y (f->captions, i);

      g_assert_cmpint (y, >, visible.y - 200);
      g_assert_cmpint (y, <, visible.y + visible.height + 200);
    }
}

static void
test_long_body (Fixture       *f,
                gconstpointer  data)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));
  GtkTextIter start, end;
  g_autofree char *body = NULL;
  guint placements = 0;
  GtkTextIter iter;
  int y, height;

  gtk_text_buffer_get_bounds (f->buffer, &start, &end);
  body = gtk_text_buffer_get_text (f->buffer, &start, &end, TRUE);
  for (const char *p = strstr (body, "[photo:"); p != NULL; p = strstr (p + 1, "[photo:"))
    placements++;
  g_assert_cmpuint (placements, ==, 50);

  /* scrolled to the first placement (line 78), once the view has a layout */
  g_assert_true (wait_for (has_layout, f));
  gtk_text_buffer_get_iter_at_line (f->buffer, &iter, 76);
  gtk_text_view_get_line_yrange (f->view, &iter, &y, &height);
  gtk_adjustment_set_value (vadjustment, y);
  g_assert_true (wait_for (some_shown, f));
  g_assert_true (wait_for (all_in_place, f));
  assert_bounded (f);

  /* and to the end */
  g_assert_true (wait_for (shows_near_end, f));
  g_assert_true (wait_for (all_in_place, f));
  assert_bounded (f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *long_text = long_body ();

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

#define ADD(path, body, func) \
  g_test_add ("/placement-captions/" path, Fixture, body, fixture_set_up, func, fixture_tear_down)
  ADD ("two-placements", NULL, test_two_placements);
  ADD ("follows-photo-edits", NULL, test_follows_photo_edits);
  ADD ("unknown-then-added", "Before.\n\n[photo: nowhere]\n\nAfter.\n", test_unknown_then_added);
  ADD ("missing-file", "[photo: lost]\n", test_missing_file);
  ADD ("lines-move", NULL, test_lines_move);
  ADD ("buffer-untouched", NULL, test_buffer_untouched);
  ADD ("settles", NULL, test_settles);
  ADD ("long-body", long_text, test_long_body);
#undef ADD

  return g_test_run ();
}
