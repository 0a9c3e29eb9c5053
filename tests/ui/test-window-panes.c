/* test-window-panes.c: the preview and the photo panel inside the editor
 * window, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <string.h>

#include "copydesk-application.h"
#include "copydesk-photo-gutter.h"
#include "copydesk-photo-panel.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-test-util.h"
#include "copydesk-width-bin.h"
#include "copydesk-window-private.h"
#include "photo-fixtures.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

/* The schema the window falls back on without a preference: the one in
 * the environment, or none (built-in checks only). */
static const char *
env_schema (void)
{
  const char *path = g_getenv ("COPYDESK_NEWSML_SCHEMA");

  return path != NULL && *path != '\0' ? path : NULL;
}

typedef struct
{
  CopydeskWindow      *window;
  CopydeskPreviewPane *pane;
  CopydeskPhotoPanel  *panel;
  char                *dir;
} Fixture;

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

static gboolean
preview_current (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

static gboolean
wire_checked (gpointer data)
{
  /* Written (in a worker thread), then checked. */
  return !_copydesk_preview_pane_is_pending (data)
         && !copydesk_wire_view_is_checking (_copydesk_preview_pane_get_wire_view (data));
}

/* A button for @action in the window, as a menu item or a header bar button
 * would be: sensitive exactly when the action is enabled. */
static GtkWidget *
action_probe (CopydeskWindow *window,
              const char     *action)
{
  GtkWidget *probe = gtk_button_new ();

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  gtk_box_append (_copydesk_window_get_preview_slot (window), probe);
  return probe;
}

/* A window on the sample, with the preview and the photo panel shown. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();

  g_settings_set_boolean (settings, "show-preview", TRUE);
  g_settings_set_boolean (settings, "show-photos", TRUE);
  g_settings_set_string (settings, "newsml-schema-path", "");
  f->window = ui_test_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  copydesk_window_open (f->window, sample, TRUE);
  preview_test_wait (not_busy, f->window);
  g_assert_null (ui_test_banner_text (f->window, "Error"));
  f->pane = COPYDESK_PREVIEW_PANE (_copydesk_window_get_preview (f->window));
  f->panel = COPYDESK_PHOTO_PANEL (_copydesk_window_get_photo_panel (f->window));
  preview_test_wait (preview_current, f->pane);
  preview_test_wait_frames (GTK_WIDGET (f->window), 3);
  f->dir = photo_fixture_make_dir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  copydesk_document_set_modified (copydesk_window_get_document (f->window), FALSE);
  gtk_window_destroy (GTK_WINDOW (f->window));
  photo_fixture_remove_dir (f->dir);
  g_free (f->dir);
}

static CopydeskReaderView *
reader (Fixture *f)
{
  return _copydesk_preview_pane_get_reader_view (f->pane);
}

static GtkTextBuffer *
body_buffer (Fixture *f)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_body_view (f->window)));
}

/* (transfer full) */
static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

typedef struct
{
  Fixture    *f;
  guint       index;
  const char *css_class;
  const char *text;
} LabelWait;

/* Whether the preview's block @index (-1: anywhere in the reader) has a label
 * of @css_class showing @text. */
static gboolean
preview_shows (gpointer data)
{
  LabelWait *wait = data;
  GtkWidget *root = GTK_WIDGET (reader (wait->f));
  g_autoptr(GPtrArray) labels = NULL;

  if (_copydesk_preview_pane_is_pending (wait->f->pane))
    return FALSE;
  if (wait->index != G_MAXUINT)
    {
      copydesk_preview_pane_reveal_block (wait->f->pane, wait->index);
      root = copydesk_reader_view_get_block_widget (reader (wait->f), wait->index);
      if (root == NULL)
        return FALSE;
    }
  labels = preview_test_all_by_class (root, GTK_TYPE_LABEL, wait->css_class);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), wait->text) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_photos (CopydeskArticle *article)
{
  return g_list_model_get_n_items (copydesk_article_get_photos (article));
}

/* The sample opens with both panes showing its article. */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  CopydeskArticle *article = ui_test_article (f->window);
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  g_autoptr(GFile) folder = g_file_get_parent (sample);
  LabelWait headline = { f, G_MAXUINT, "headline", copydesk_article_get_headline (article) };

  /* the preview sits in its slot, in the bin that sets its width class */
  g_assert_true (COPYDESK_IS_WIDTH_BIN (gtk_widget_get_parent (GTK_WIDGET (f->pane))));
  g_assert_true (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (f->pane)))
                 == GTK_WIDGET (_copydesk_window_get_preview_slot (f->window)));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (f->panel))
                 == GTK_WIDGET (_copydesk_window_get_photos_slot (f->window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->pane)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->panel)));
  /* three columns fit a 1280-pixel screen, the preview above its minimum */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 1280);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->pane)), >=, 280);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->panel)), >, 0);

  g_assert_true (copydesk_preview_pane_get_article (f->pane) == article);
  g_assert_true (copydesk_photo_panel_get_article (f->panel) == article);
  g_assert_true (g_file_equal (copydesk_preview_pane_get_base_dir (f->pane), folder));
  g_assert_true (g_file_equal (copydesk_photo_panel_get_base_dir (f->panel), folder));
  g_assert_cmpuint (count_photos (article), >, 0);
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (f->panel), ==, count_photos (article));
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==,
                    copydesk_body_get_n_blocks (copydesk_article_get_body (article)));
  preview_test_wait (preview_shows, &headline);

  /* the caption limit follows the preference */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_uint (settings, "caption-limit", 123);
    g_assert_cmpuint (copydesk_photo_panel_get_caption_limit (f->panel), ==, 123);
    g_settings_reset (settings, "caption-limit");
  }
}

/* In a window too narrow for three columns, showing one panel hides the
 * other instead of pushing the window past the screen. */
/* Lets both windows lay out and draw, as between a person's clicks. */
static void
settle_two (GtkWidget *a,
            GtkWidget *b)
{
  preview_test_wait_frames (a, 2);
  preview_test_wait_frames (b, 2);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *wide = GTK_WIDGET (f->window);
  CopydeskWindow *window;

  /* wide: both stay */
  g_settings_set_boolean (settings, "show-photos", FALSE);
  preview_test_wait_frames (wide, 2);
  g_settings_set_boolean (settings, "show-photos", TRUE);
  preview_test_wait_frames (wide, 2);
  g_assert_true (g_settings_get_boolean (settings, "show-preview"));

  /* a narrow window opened with both on keeps both: the sidebar, with no
   * room beside the form, lies over it as an opaque overlay */
  window = ui_test_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  settle_two (wide, GTK_WIDGET (window));
  g_assert_true (g_settings_get_boolean (settings, "show-preview"));
  g_assert_true (g_settings_get_boolean (settings, "show-photos"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  g_assert_true (gtk_widget_get_mapped (_copydesk_window_get_photo_panel (window)));
  g_assert_true (gtk_widget_get_mapped (_copydesk_window_get_preview (window)));
  {
    GtkWidget *flap = gtk_widget_get_ancestor (_copydesk_window_get_photo_panel (window),
                                               ADW_TYPE_FLAP);

    g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));
    g_assert_true (adw_flap_get_modal (ADW_FLAP (flap)));
    /* closing the overlay (Esc, or a click on the story) is the user's */
    adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
    settle_two (wide, GTK_WIDGET (window));
    g_assert_false (g_settings_get_boolean (settings, "show-photos"));
    g_assert_true (g_settings_get_boolean (settings, "show-preview"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The body's gutter shows the photos of the article being edited, and a new
 * article gets a new gutter. */
static void
test_gutter (Fixture       *f,
             gconstpointer  data)
{
  GtkSourceView *view = ui_test_body_view (f->window);
  GtkSourceGutter *gutter = gtk_source_view_get_gutter (view, GTK_TEXT_WINDOW_LEFT);
  GtkSourceGutterRenderer *renderer = _copydesk_window_get_photo_gutter (f->window);
  g_autofree char *tooltip = NULL;
  gboolean problem = TRUE;

  g_assert_true (COPYDESK_IS_PHOTO_GUTTER (renderer));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (renderer)) == GTK_WIDGET (gutter));
  g_assert_true (copydesk_photo_gutter_get_article (COPYDESK_PHOTO_GUTTER (renderer))
                 == ui_test_article (f->window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (renderer)));
  tooltip = copydesk_photo_gutter_describe_line (COPYDESK_PHOTO_GUTTER (renderer),
                                                 "[photo: harbour-dawn]", &problem);
  g_assert_nonnull (tooltip);
  g_assert_false (problem);

  /* opening replaces the article, and with it the gutter */
  {
    g_autoptr(GFile) sample = copydesk_application_dup_sample ();
    CopydeskArticle *before = ui_test_article (f->window);

    copydesk_window_open (f->window, sample, TRUE);
    preview_test_wait (not_busy, f->window);
    g_assert_true (ui_test_article (f->window) != before);
    /* the same preview and photo panel, alone in their slots */
    g_assert_true (_copydesk_window_get_preview (f->window) == GTK_WIDGET (f->pane));
    g_assert_true (_copydesk_window_get_photo_panel (f->window) == GTK_WIDGET (f->panel));
    g_assert_null (gtk_widget_get_next_sibling (GTK_WIDGET (f->pane)));
    g_assert_null (gtk_widget_get_prev_sibling (GTK_WIDGET (f->pane)));
    g_assert_null (gtk_widget_get_next_sibling (GTK_WIDGET (f->panel)));
    g_assert_null (gtk_widget_get_prev_sibling (GTK_WIDGET (f->panel)));
    renderer = _copydesk_window_get_photo_gutter (f->window);
    g_assert_true (gtk_widget_get_parent (GTK_WIDGET (renderer)) == GTK_WIDGET (gutter));
    g_assert_true (copydesk_photo_gutter_get_article (COPYDESK_PHOTO_GUTTER (renderer))
                   == ui_test_article (f->window));
    g_assert_true (copydesk_preview_pane_get_article (f->pane)
                   == ui_test_article (f->window));
    g_assert_true (copydesk_photo_panel_get_article (f->panel)
                   == ui_test_article (f->window));
    /* only one photo gutter in the gutter */
    {
      guint n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (gutter)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        n += COPYDESK_IS_PHOTO_GUTTER (child);
      g_assert_cmpuint (n, ==, 1);
    }
  }
}

/* Under the first placement line of the sample the body shows that photo's
 * caption and follows an edit of it; a new article gets new captions that
 * reuse the same rows. */
/* Scrolls the body to its first placement line; called again while
 * waiting, as the view measures the lines it had only estimated. */
static void
scroll_to_first_placement (CopydeskWindow *window)
{
  GtkTextView *view = GTK_TEXT_VIEW (ui_test_body_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkTextIter start, match;
  int y, height;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "[photo: harbour-dawn]",
                                               GTK_TEXT_SEARCH_TEXT_ONLY, &match, NULL, NULL));
  gtk_text_view_get_line_yrange (view, &match, &y, &height);
  if (ABS (gtk_adjustment_get_value (vadjustment) - (y - 40)) >= 1)
    gtk_adjustment_set_value (vadjustment, y - 40);
}

static gboolean
shows_dawn_caption (gpointer data)
{
  CopydeskWindow *window = data;
  CopydeskPlacementCaptions *captions = _copydesk_window_get_placement_captions (window);
  CopydeskPhoto *dawn = copydesk_article_find_photo (ui_test_article (window),
                                                     "harbour-dawn");

  scroll_to_first_placement (window);
  for (guint i = 0; i < copydesk_placement_captions_get_n_shown (captions); i++)
    if (g_strcmp0 (copydesk_placement_captions_get_text (captions, i),
                   copydesk_photo_get_caption (dawn)) == 0)
      return TRUE;
  return FALSE;
}

static void
test_placement_captions (Fixture       *f,
                         gconstpointer  data)
{
  CopydeskPlacementCaptions *captions = _copydesk_window_get_placement_captions (f->window);
  CopydeskArticle *article = ui_test_article (f->window);
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  gpointer old = captions;
  guint rows;

  g_assert_true (COPYDESK_IS_PLACEMENT_CAPTIONS (captions));
  preview_test_wait (shows_dawn_caption, f->window);
  copydesk_photo_set_caption (copydesk_article_find_photo (article, "harbour-dawn"),
                              "Dawn at the harbour mouth.");
  preview_test_wait (shows_dawn_caption, f->window);
  rows = copydesk_placement_captions_get_n_widgets (captions);
  g_assert_cmpuint (rows, >, 0);

  g_object_add_weak_pointer (old, &old);
  copydesk_window_open (f->window, sample, TRUE);
  preview_test_wait (not_busy, f->window);
  /* the captions of the old article are gone with it */
  g_assert_null (old);
  captions = _copydesk_window_get_placement_captions (f->window);
  g_assert_true (COPYDESK_IS_PLACEMENT_CAPTIONS (captions));
  preview_test_wait (shows_dawn_caption, f->window);
  g_assert_cmpuint (copydesk_placement_captions_get_n_widgets (captions), ==, rows);
}

/* Typing in the headline and the body reaches the preview. */
static void
test_typing (Fixture       *f,
             gconstpointer  data)
{
  CopydeskArticle *article = ui_test_article (f->window);
  GtkTextBuffer *buffer = body_buffer (f);
  GtkTextIter end;
  g_autofree char *headline = NULL;
  LabelWait wait = { f, G_MAXUINT, "headline", NULL };
  guint n_blocks;

  /* the window starts with the headline field focused: type there */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
    GtkTextBuffer *headline_buffer;
    GtkTextIter start, stop;

    g_assert_true (GTK_IS_TEXT_VIEW (focus));
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "Headline"));
    headline_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
    gtk_text_buffer_get_bounds (headline_buffer, &start, &stop);
    gtk_text_buffer_delete_interactive (headline_buffer, &start, &stop, TRUE);
    gtk_text_buffer_insert_interactive_at_cursor (headline_buffer, "Harbour wall", -1, TRUE);
  }
  g_assert_true (_copydesk_preview_pane_is_pending (f->pane));
  wait.text = "Harbour wall";
  preview_test_wait (preview_shows, &wait);

  /* typed into the body, at its end, as a new paragraph */
  n_blocks = copydesk_body_get_n_blocks (copydesk_article_get_body (article));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "\n\nThe tide turned at noon.", -1,
                                                TRUE);
  g_assert_true (_copydesk_preview_pane_is_pending (f->pane)
                 || copydesk_body_get_n_blocks (copydesk_article_get_body (article)) == n_blocks);
  wait.index = n_blocks;
  wait.css_class = "paragraph";
  wait.text = "The tide turned at noon.";
  preview_test_wait (preview_shows, &wait);
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==, n_blocks + 1);
  headline = g_strdup (copydesk_article_get_headline (article));
  g_assert_cmpstr (headline, ==, "Harbour wall");
}

typedef struct
{
  Fixture *f;
  guint    n_photos;
} CardWait;

static gboolean
has_cards (gpointer data)
{
  CardWait *wait = data;

  return count_photos (ui_test_article (wait->f->window)) == wait->n_photos
         && _copydesk_photo_panel_get_n_cards (wait->f->panel) == wait->n_photos;
}

/* A photo added in the panel and placed from it appears in the body, the
 * model and the preview, with its caption. */
static void
test_add_and_place (Fixture       *f,
                    gconstpointer  data)
{
  CopydeskArticle *article = ui_test_article (f->window);
  g_autofree char *path = photo_fixture_write_jpeg (f->dir, "lifeboat.jpg");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  g_autoptr(CopydeskPhoto) photo = NULL;
  CopydeskBody *body;
  LabelWait wait = { f, 0, "caption", "The lifeboat leaves at dawn." };
  guint n_blocks = copydesk_body_get_n_blocks (copydesk_article_get_body (article));
  CardWait cards = { f, count_photos (article) + 1 };
  guint at = 0;

  copydesk_photo_panel_add_files (f->panel, &file, 1);
  preview_test_wait (has_cards, &cards);
  photo = g_list_model_get_item (copydesk_article_get_photos (article), cards.n_photos - 1);
  g_assert_true (g_file_equal (copydesk_photo_get_file (photo), file));
  copydesk_photo_set_caption (photo, "The lifeboat leaves at dawn.");

  /* "Place at cursor", after the second block */
  _copydesk_window_place_cursor_at_block (f->window, 1);
  g_signal_emit_by_name (f->panel, "place-photo", copydesk_photo_get_id (photo));
  body = copydesk_article_get_body (article);
  g_assert_cmpuint (copydesk_body_get_n_blocks (body), ==, n_blocks + 1);
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    if (g_strcmp0 (copydesk_block_get_photo_id (copydesk_body_get_block (body, i)),
                   copydesk_photo_get_id (photo)) == 0)
      at = i;
  g_assert_cmpuint (at, ==, 2);
  g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (body, at)), ==,
                   COPYDESK_BLOCK_PHOTO);
  text = buffer_text (body_buffer (f));
  line = g_strdup_printf ("\n\n[photo: %s]\n", copydesk_photo_get_id (photo));
  g_assert_nonnull (strstr (text, line));

  /* the preview shows it there, with its caption */
  wait.index = at;
  preview_test_wait (preview_shows, &wait);
  g_assert_true (gtk_widget_has_css_class (copydesk_reader_view_get_block_widget (reader (f), at),
                                           "figure"));
}

/* A photo card dropped on the body becomes a placement line of its own. */
static void
test_drop_card (Fixture       *f,
                gconstpointer  data)
{
  GtkSourceView *view = ui_test_body_view (f->window);
  CopydeskArticle *article = ui_test_article (f->window);
  CopydeskBody *before = copydesk_body_ref (copydesk_article_get_body (article));
  GtkEventController *drop = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  g_auto(GValue) value = G_VALUE_INIT;
  GdkRectangle where;
  GtkTextIter iter;
  gboolean handled = FALSE;
  int x, y;
  CopydeskBody *after;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "copydesk-photo-drop") == 0)
        drop = controller;
    }
  g_assert_nonnull (drop);
  g_assert_true (GTK_IS_DROP_TARGET (drop));

  /* dropped in the middle of the first paragraph's first line */
  _copydesk_window_place_cursor_at_block (f->window, 0);
  preview_test_wait_frames (GTK_WIDGET (f->window), 2);
  gtk_text_buffer_get_iter_at_mark (body_buffer (f), &iter,
                                    gtk_text_buffer_get_insert (body_buffer (f)));
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &iter, &where);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET,
                                         where.x + 40, where.y + where.height / 2, &x, &y);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "[photo: town-hall]");
  g_signal_emit_by_name (drop, "drop", &value, (double) x, (double) y, &handled);
  g_assert_true (handled);

  after = copydesk_article_get_body (article);
  g_assert_cmpuint (copydesk_body_get_n_blocks (after), ==,
                    copydesk_body_get_n_blocks (before) + 1);
  /* the paragraph is whole, and the placement follows it */
  g_assert_true (copydesk_block_equal (copydesk_body_get_block (after, 0),
                                       copydesk_body_get_block (before, 0)));
  g_assert_cmpint (copydesk_block_get_kind (copydesk_body_get_block (after, 1)), ==,
                   COPYDESK_BLOCK_PHOTO);
  g_assert_cmpstr (copydesk_block_get_photo_id (copydesk_body_get_block (after, 1)), ==,
                   "town-hall");
  for (guint i = 1; i < copydesk_body_get_n_blocks (before); i++)
    g_assert_true (copydesk_block_equal (copydesk_body_get_block (after, i + 1),
                                         copydesk_body_get_block (before, i)));

  /* anything else is not a placement and is refused */
  g_value_set_string (&value, "just some words");
  handled = TRUE;
  g_signal_emit_by_name (drop, "drop", &value, (double) x, (double) y, &handled);
  g_assert_false (handled);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==,
                    copydesk_body_get_n_blocks (before) + 1);
  copydesk_body_unref (before);
}

/* The Wire tab shows exactly the bytes Save writes, in the saved folder. */
static void
test_wire_equals_saved (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "harbour.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *shown = NULL;
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (f->pane);

  copydesk_preview_pane_set_page (f->pane, "wire");
  copydesk_article_set_standfirst (ui_test_article (f->window),
                                   "A standfirst typed before saving.");
  copydesk_window_save (f->window, file);
  preview_test_wait (not_busy, f->window);
  g_assert_null (ui_test_banner_text (f->window, "Error"));
  /* Save As moved the article: photo paths now start from the new folder */
  g_assert_true (g_file_equal (copydesk_preview_pane_get_base_dir (f->pane), folder));
  g_assert_true (g_file_equal (copydesk_photo_panel_get_base_dir (f->panel), folder));
  preview_test_wait (preview_current, f->pane);

  saved = copydesk_test_load (path);
  shown = buffer_text (copydesk_wire_view_get_buffer (wire));
  g_assert_nonnull (strstr (shown, "A standfirst typed before saving."));
  g_assert_cmpuint (strlen (shown), ==, g_bytes_get_size (saved));
  g_assert_true (memcmp (shown, g_bytes_get_data (saved, NULL), strlen (shown)) == 0);
}

/* The Wire status: valid with the schema from the environment, invalid on a
 * forbidden character and on an article that cannot be written. */
static void
test_wire_status (Fixture       *f,
                  gconstpointer  data)
{
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (f->pane);
  CopydeskArticle *article = ui_test_article (f->window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GString) broken = NULL;

  copydesk_preview_pane_set_page (f->pane, "wire");
  preview_test_wait (wire_checked, f->pane);
  if (copydesk_test_have_schema ())
    {
      g_assert_cmpstr (copydesk_preview_pane_get_schema_path (f->pane), ==,
                       env_schema ());
      g_assert_cmpstr (copydesk_wire_view_get_status (wire), ==, "Valid NewsML-G2");
    }
  else
    g_test_message ("SKIPPED the schema part: the shared NewsML-G2 schema is not present");

  /* the preference wins over the environment */
  g_settings_set_string (settings, "newsml-schema-path", "/nonexistent/newsml.xsd");
  g_assert_cmpstr (copydesk_preview_pane_get_schema_path (f->pane), ==,
                   "/nonexistent/newsml.xsd");
  /* without the preference, the environment; without either, built-in checks only */
  g_settings_set_string (settings, "newsml-schema-path", "");
  g_assert_cmpstr (copydesk_preview_pane_get_schema_path (f->pane), ==, env_schema ());
  preview_test_wait (wire_checked, f->pane);

  /* a forbidden character that got past the writer */
  xml = copydesk_newsml_write (article, copydesk_preview_pane_get_base_dir (f->pane), NULL);
  g_assert_nonnull (xml);
  broken = g_string_new_len (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  g_assert_cmpint (g_string_replace (broken, "</headline>", "\x01</headline>", 1), ==, 1);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (broken->str, broken->len);

    copydesk_wire_view_set_xml (wire, bytes);
  }
  preview_test_wait (wire_checked, f->pane);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Invalid NewsML-G2"));

  /* typed into the form: a language that is no language cannot be sent */
  copydesk_article_set_language (article, "not a language");
  preview_test_wait (preview_current, f->pane);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Invalid: "));
  copydesk_article_set_language (article, "en-GB");
  preview_test_wait (preview_current, f->pane);
  preview_test_wait (wire_checked, f->pane);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Valid NewsML-G2"));
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preferences: the schema path, applied from its row, reaches the preview. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autofree char *schema = g_build_filename (f->dir, "my-newsml.xsd", NULL);
  GtkWidget *preferences = NULL;
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        preferences = window;
    }
  g_assert_nonnull (preferences);
  row = find_type (preferences, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  /* typing alone does not change the setting; applying does */
  gtk_editable_set_text (GTK_EDITABLE (row), schema);
  g_assert_cmpstr (copydesk_preview_pane_get_schema_path (f->pane), ==, env_schema ());
  g_signal_emit_by_name (row, "apply");
  {
    g_autofree char *stored = g_settings_get_string (settings, "newsml-schema-path");

    g_assert_cmpstr (stored, ==, schema);
  }
  g_assert_cmpstr (copydesk_preview_pane_get_schema_path (f->pane), ==, schema);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "newsml-schema-path");
}

static gboolean
block_has_size (gpointer data)
{
  Fixture *f = data;
  GtkWidget *block = copydesk_reader_view_get_block_widget (reader (f), 4);

  return block != NULL && gtk_widget_get_height (block) > 0;
}

/* Clicking a block in the preview moves the body's cursor to it; moving the
 * body's cursor brings its block into the preview's view. */
static void
test_block_activated (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *block;

  _copydesk_window_place_cursor_at_block (f->window, 0);
  g_assert_cmpuint (_copydesk_window_get_block_at_cursor (f->window), ==, 0);
  copydesk_preview_pane_reveal_block (f->pane, 4);
  preview_test_wait (block_has_size, f);
  block = copydesk_reader_view_get_block_widget (reader (f), 4);
  g_assert_true (copydesk_reader_view_activate_at (reader (f), block,
                                                   gtk_widget_get_width (block) / 2.0,
                                                   gtk_widget_get_height (block) / 2.0));
  g_assert_cmpuint (_copydesk_window_get_block_at_cursor (f->window), ==, 4);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (ui_test_body_view (f->window))));
}

typedef struct
{
  Fixture *f;
  guint    index;
} InView;

static gboolean
block_in_view (gpointer data)
{
  InView *in = data;
  GtkWidget *list = preview_test_find_by_class (GTK_WIDGET (reader (in->f)), GTK_TYPE_LIST_VIEW,
                                                "story-page");
  GtkWidget *block = copydesk_reader_view_get_block_widget (reader (in->f), in->index);
  graphene_rect_t bounds;

  if (block == NULL || !gtk_widget_compute_bounds (block, list, &bounds)
      || bounds.size.height <= 0)
    return FALSE;
  return bounds.origin.y >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (list);
}

static void
test_scroll_sync (Fixture       *f,
                  gconstpointer  data)
{
  CopydeskArticle *article = ui_test_article (f->window);
  g_autoptr(GString) markup = g_string_new (NULL);
  InView in = { f, 110 };

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (markup, "Paragraph %u, long enough to take a line or two in the "
                            "preview's reading column.\n\n", i);
  gtk_text_buffer_set_text (body_buffer (f), markup->str, -1);
  copydesk_document_flush (copydesk_window_get_document (f->window));
  preview_test_wait (preview_current, f->pane);
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==, 120);
  g_assert_false (block_in_view (&in));
  _copydesk_window_place_cursor_at_block (f->window, 110);
  preview_test_wait (block_in_view, &in);
}

static gboolean
toast_shown (gpointer data)
{
  return _copydesk_window_get_last_toast (data) != NULL;
}

static gboolean
error_shown (gpointer data)
{
  return ui_test_banner_text (data, "Error") != NULL;
}

/* Export for Wire, from the window: a valid file with the photos beside it. */
static void
test_export_wire (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *path = g_build_filename (out, "harbour-wire.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskArticle *article = ui_test_article (f->window);
  g_autoptr(GBytes) xml = NULL;
  GtkTextBuffer *buffer = body_buffer (f);
  GtkTextIter end;
  guint n_photos = count_photos (article);
  GtkWidget *probe = action_probe (f->window, "win.export-wire");

  g_assert_true (gtk_widget_get_sensitive (probe));
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                  "win.export-wire");

    g_assert_nonnull (accels);
    g_assert_cmpstr (accels[0], ==, "<Control>e");
  }
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  /* typed just before exporting, not yet parsed: the export flushes it */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\n\nLast words before the wire.", -1);

  _copydesk_window_export_wire_to (f->window, file);
  preview_test_wait (toast_shown, f->window);
  g_assert_null (ui_test_banner_text (f->window, "Error"));
  g_assert_nonnull (strstr (_copydesk_window_get_last_toast (f->window), "harbour-wire.xml"));

  xml = copydesk_test_load (path);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "Last words before the wire."));
  copydesk_test_validate_newsml (xml, "the wire export");
  g_assert_cmpuint (n_photos, >, 0);
  g_assert_cmpuint (photo_fixture_count_files (out), ==, 1 + n_photos);

  /* a folder that is not there gives a message, not a crash */
  {
    g_autofree char *bad_path = g_build_filename (f->dir, "missing", "x.xml", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);

    _copydesk_window_export_wire_to (f->window, bad);
    preview_test_wait (error_shown, f->window);
    g_assert_false (g_file_query_exists (bad, NULL));
  }
  photo_fixture_remove_dir (out);
}

/* While a save is in flight, nothing that reads or replaces the article
 * can start: Export was the one left enabled. */
static void
test_busy_disables_actions (Fixture       *f,
                            gconstpointer  data)
{
  const char *actions[] = {
    "win.export-wire", "win.save", "win.save-as", "win.open", "win.import",
    "win.structure-paste",
  };
  GtkWidget *probes[G_N_ELEMENTS (actions)];
  GtkWidget *find = action_probe (f->window, "editor.find");
  g_autofree char *path = g_build_filename (f->dir, "busy.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CopydeskDocument *document = copydesk_window_get_document (f->window);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      probes[i] = action_probe (f->window, actions[i]);
      g_assert_true (gtk_widget_get_sensitive (probes[i]));
    }
  copydesk_window_save (f->window, file);
  g_assert_true (copydesk_document_get_busy (document));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (gtk_widget_get_sensitive (probes[i]))
      g_error ("%s is enabled while the document is busy", actions[i]);
  g_assert_true (gtk_widget_get_sensitive (find));
  preview_test_wait (not_busy, f->window);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (gtk_widget_get_sensitive (probes[i]));
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();

  /* Windows come and go between tests; the application stays. */
  app = ui_test_app_new ();

#define ADD(path, func) \
  g_test_add ("/window-panes/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("busy-disables-actions", test_busy_disables_actions);
  ADD ("sample", test_sample);
  ADD ("gutter", test_gutter);
  ADD ("placement-captions", test_placement_captions);
  ADD ("narrow", test_narrow);
  ADD ("typing", test_typing);
  ADD ("add-and-place", test_add_and_place);
  ADD ("drop-card", test_drop_card);
  ADD ("wire-equals-saved", test_wire_equals_saved);
  ADD ("wire-status", test_wire_status);
  ADD ("block-activated", test_block_activated);
  ADD ("scroll-sync", test_scroll_sync);
  ADD ("export-wire", test_export_wire);
  ADD ("preferences", test_preferences);
#undef ADD

  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
