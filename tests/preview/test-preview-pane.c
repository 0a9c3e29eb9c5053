/* test-preview-pane.c: the live preview, under a (virtual) display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "copydesk-photo-loader.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-test-util.h"
#include "preview-test-util.h"
#include "sample-article.h"
#include "toolkit-warnings.h"

typedef struct
{
  GtkWidget           *window;
  CopydeskPreviewPane *pane;
  CopydeskArticle     *article;
  GFile               *base_dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);

  f->article = copydesk_test_build_sample_article (dir);
  f->base_dir = g_file_new_for_path (dir);
  f->pane = COPYDESK_PREVIEW_PANE (copydesk_preview_pane_new ());
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->pane));
  copydesk_preview_pane_set_base_dir (f->pane, f->base_dir);
  copydesk_preview_pane_set_article (f->pane, f->article);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->base_dir);
  g_assert_finalize_object (f->article);
}

static CopydeskReaderView *
reader (Fixture *f)
{
  return _copydesk_preview_pane_get_reader_view (f->pane);
}

static gboolean
update_done (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

/* Lets the list lay out and bind its rows. */
static void
settle (Fixture *f)
{
  preview_test_wait_frames (f->window, 3);
}

static const char *
label_text (Fixture    *f,
            const char *css_class)
{
  GtkWidget *label;

  settle (f);
  label = preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_LABEL,
                                                 css_class);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

typedef struct
{
  Fixture *f;
  guint    index;
} BlockWait;

static gboolean
block_has_widget (gpointer data)
{
  BlockWait *wait = data;

  return copydesk_reader_view_get_block_widget (reader (wait->f), wait->index) != NULL;
}

/* The widget of block @index, once the list has made it (it must be in view). */
static GtkWidget *
block_widget (Fixture *f,
              guint    index)
{
  BlockWait wait = { f, index };

  preview_test_wait (block_has_widget, &wait);
  return copydesk_reader_view_get_block_widget (reader (f), index);
}

/* Replaces body block @index by a paragraph of @text. */
static void
set_paragraph (CopydeskArticle *article,
               guint            index,
               const char      *text)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  g_autoptr(GPtrArray) blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskRun) run = copydesk_run_new_plain (text);
  g_autoptr(CopydeskBody) changed = NULL;

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    g_ptr_array_add (blocks, i == index ? copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run)
                                        : copydesk_block_ref (copydesk_body_get_block (body, i)));
  changed = copydesk_body_new (blocks);
  copydesk_article_set_body (article, changed);
}

static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CopydeskBody) body = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *first;

  g_assert_cmpstr (label_text (f, "headline"), ==, copydesk_article_get_headline (f->article));
  g_assert_cmpstr (label_text (f, "byline"), ==, "By Eleri Vosper and Rhodri Kessell");
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==,
                    copydesk_body_get_n_blocks (copydesk_article_get_body (f->article)));

  /* no save, no explicit refresh: the pane follows the article's signal */
  copydesk_article_set_headline (f->article, "Barrier gates to be lifted out for repair");
  g_assert_true (_copydesk_preview_pane_is_pending (f->pane));
  preview_test_wait (update_done, f->pane);
  g_assert_cmpstr (label_text (f, "headline"), ==, "Barrier gates to be lifted out for repair");

  /* the body, edited as markup as the editor does */
  markup = copydesk_body_to_markup (copydesk_article_get_body (f->article));
  g_assert_true (g_str_has_prefix (markup, "Porthaven’s tidal flood barrier"));
  memcpy (markup, "Glanmoor", strlen ("Glanmoor"));
  memmove (markup + 8, markup + strlen ("Porthaven"), strlen (markup + strlen ("Porthaven")) + 1);
  body = copydesk_body_parse_markup (markup, -1, NULL);
  g_assert_nonnull (body);
  copydesk_article_set_body (f->article, body);
  preview_test_wait (update_done, f->pane);
  first = block_widget (f, 0);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (first)),
                                   "Glanmoor’s tidal flood barrier"));
  g_assert_true (gtk_widget_has_css_class (first, "paragraph"));

  /* inline styles reach the label as markup, escaped */
  g_clear_pointer (&body, copydesk_body_unref);
  body = copydesk_body_parse_markup ("A **bold** <claim> & [a link](https://example.org/a?b=1&c=2)",
                                     -1, NULL);
  copydesk_article_set_body (f->article, body);
  _copydesk_preview_pane_flush (f->pane);
  first = block_widget (f, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, "A bold <claim> & a link");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (first)), "<b>bold</b>"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (first)),
                            "href=\"https://example.org/a?b=1&amp;c=2\""));
}

typedef struct
{
  CopydeskReaderView *reader;
  GdkFrameClock      *clock;
  gulong              handler;
  guint               builds_before;
  guint               builds;
  guint               unbuilt_in_view;
  gboolean            painted;
} FirstPaint;

static void
on_first_paint (GdkFrameClock *clock,
                FirstPaint    *first)
{
  if (first->painted)
    return;
  first->painted = TRUE;
  first->builds = copydesk_reader_view_get_n_builds (first->reader) - first->builds_before;
  first->unbuilt_in_view = copydesk_reader_view_count_unbuilt_in_view (first->reader);
}

static gboolean
first_painted (gpointer data)
{
  return ((FirstPaint *) data)->painted;
}

/* Notes the state of the reader at the next frame's paint. */
static void
watch_next_paint (Fixture    *f,
                  FirstPaint *first)
{
  memset (first, 0, sizeof *first);
  first->reader = reader (f);
  first->clock = gtk_widget_get_frame_clock (f->window);
  first->builds_before = copydesk_reader_view_get_n_builds (reader (f));
  first->handler = g_signal_connect (first->clock, "after-paint", G_CALLBACK (on_first_paint),
                                     first);
}

/* Waits for that paint: no row in view may have been left unbuilt. */
static void
assert_next_paint_complete (FirstPaint *first,
                            const char *what)
{
  preview_test_wait (first_painted, first);
  g_signal_handler_disconnect (first->clock, first->handler);
  g_test_message ("%s: %u rows built, %u in view unbuilt", what, first->builds,
                  first->unbuilt_in_view);
  g_assert_cmpuint (first->unbuilt_in_view, ==, 0);
}

/* A long story: the first frame shows every row in view complete, yet
 * builds only a few more rows than it shows; the rest follow after it. A
 * new body reaches the page without a pause of the pane's own. */
/* When binding leaves rows in view only holding their place (the list
 * bound rows above the view first, or more rows are in view than a burst
 * builds), the frame is laid out again with them built before it is
 * painted. A burst limit of 2 makes that happen on every frame. */
static void
test_no_gap_when_burst_runs_out (Fixture       *f,
                                 gconstpointer  data)
{
  GString *markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) body = NULL;
  FirstPaint first;
  GtkAdjustment *adjustment;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (markup, "Short paragraph %u.\n\n", i);
  body = copydesk_body_parse_markup (markup->str, -1, NULL);
  g_string_free (markup, TRUE);

  _copydesk_reader_view_set_burst_limit (reader (f), 2);
  settle (f);
  copydesk_preview_pane_set_article (f->pane, NULL);
  settle (f);
  watch_next_paint (f, &first);
  copydesk_article_set_body (f->article, body);
  copydesk_preview_pane_set_article (f->pane, f->article);
  assert_next_paint_complete (&first, "first frame, burst of 2");
  /* more than the burst was built for that frame: the layout pass did it */
  g_assert_cmpuint (first.builds, >, 2);

  settle (f);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_SCROLLED_WINDOW, "story-view")));
  watch_next_paint (f, &first);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.6);
  assert_next_paint_complete (&first, "after a jump, burst of 2");
  _copydesk_reader_view_set_burst_limit (reader (f), 0);
}

static void
test_long_story (Fixture       *f,
                 gconstpointer  data)
{
  GString *markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) body = NULL;
  GtkWidget *far;
  FirstPaint first;
  GtkAdjustment *adjustment;
  GtkWidget *scroller;

  for (guint i = 0; i < 600; i++)
    g_string_append_printf (markup, "Paragraph %u of a story long enough to wrap over two"
                            " lines or three in the preview's column of seventy characters.\n\n",
                            i);
  body = copydesk_body_parse_markup (markup->str, -1, NULL);
  g_string_free (markup, TRUE);

  settle (f);
  copydesk_preview_pane_set_article (f->pane, NULL);
  settle (f);
  watch_next_paint (f, &first);
  copydesk_article_set_body (f->article, body);
  copydesk_preview_pane_set_article (f->pane, f->article);
  assert_next_paint_complete (&first, "first frame");
  g_assert_cmpuint (first.builds, >, 0);
  g_assert_cmpuint (first.builds, <=, 60);

  /* A row bound but not built yet (the list binds ~200) is built when
   * asked for. */
  far = copydesk_reader_view_get_block_widget (reader (f), 100);
  g_assert_nonnull (far);
  g_assert_true (GTK_IS_LABEL (far) || gtk_widget_get_first_child (far) != NULL);

  /* Jumps far down and back up bind many rows at once: the frame that
   * shows them still has every row in view complete. */
  settle (f);
  scroller = preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_SCROLLED_WINDOW,
                                         "story-view");
  g_assert_nonnull (scroller);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  watch_next_paint (f, &first);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.7);
  assert_next_paint_complete (&first, "after a jump down");
  settle (f);
  watch_next_paint (f, &first);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.3);
  assert_next_paint_complete (&first, "after a jump up");

  gtk_adjustment_set_value (adjustment, 0);
  settle (f);

  /* The new body is taken by the next turns of the main loop that do not
   * wait for anything, not after COPYDESK_PREVIEW_PANE_DELAY_MS. */
  set_paragraph (f->article, 1, "A changed second paragraph.");
  g_assert_true (_copydesk_preview_pane_is_pending (f->pane));
  for (guint i = 0; i < 20 && _copydesk_preview_pane_is_pending (f->pane); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (_copydesk_preview_pane_is_pending (f->pane));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (block_widget (f, 1))), ==,
                   "A changed second paragraph.");
}

static guint
builds (Fixture *f)
{
  settle (f);
  return copydesk_reader_view_get_n_builds (reader (f));
}

static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  guint n = copydesk_reader_view_get_n_blocks (reader (f));
  g_autoptr(GPtrArray) blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskRun) run = copydesk_run_new_plain ("An inserted paragraph.");
  g_autoptr(CopydeskBody) inserted = NULL;
  /* held, so that a new widget cannot reuse a freed one's address */
  g_autoptr(GtkWidget) zeroth = g_object_ref (block_widget (f, 0));
  g_autoptr(GtkWidget) first = g_object_ref (block_widget (f, 1));
  g_autoptr(GtkWidget) second = g_object_ref (block_widget (f, 2));
  g_autoptr(GtkWidget) third = g_object_ref (block_widget (f, 3));
  g_autofree char *markup = NULL;
  g_autoptr(CopydeskBody) reparsed = NULL;
  CopydeskBody *body;
  guint before;

  g_assert_cmpuint (n, >, 6);

  /* one changed paragraph: one row rebuilt, the others in view untouched */
  before = builds (f);
  set_paragraph (f->article, 2, "A changed third paragraph.");
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpuint (builds (f), ==, before + 1);
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==, n);
  g_assert_true (block_widget (f, 0) == zeroth);
  g_assert_true (block_widget (f, 1) == first);
  g_assert_true (block_widget (f, 2) != second);
  g_assert_true (block_widget (f, 3) == third);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (block_widget (f, 2))), ==,
                   "A changed third paragraph.");

  /* an inserted block shifts the others without rebuilding them */
  body = copydesk_article_get_body (f->article);
  for (guint i = 0; i < n; i++)
    {
      if (i == 3)
        g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
      g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (body, i)));
    }
  inserted = copydesk_body_new (blocks);
  before = builds (f);
  copydesk_article_set_body (f->article, inserted);
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==, n + 1);
  g_assert_true (block_widget (f, 4) == third);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (block_widget (f, 3))), ==,
                   "An inserted paragraph.");
  /* the new row, and whatever scrolled into the view's spare rows */
  g_assert_cmpuint (builds (f), <=, before + 2);

  /* an equal but newly parsed body changes nothing */
  markup = copydesk_body_to_markup (copydesk_article_get_body (f->article));
  reparsed = copydesk_body_parse_markup (markup, -1, NULL);
  before = builds (f);
  copydesk_article_set_body (f->article, reparsed);
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpuint (builds (f), ==, before);
  g_assert_true (block_widget (f, 4) == third);

  /* the headline rebuilds the header row alone */
  copydesk_article_set_headline (f->article, "A new headline");
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpuint (builds (f), ==, before + 1);
  g_assert_true (block_widget (f, 0) == zeroth);
}

static gboolean
picture_has_image (gpointer data)
{
  return copydesk_figure_image_get_paintable (data) != NULL;
}

static gboolean
has_tooltip (gpointer data)
{
  return gtk_widget_get_tooltip_text (data) != NULL;
}

static GtkWidget *
last_figure (Fixture *f)
{
  guint n = copydesk_reader_view_get_n_blocks (reader (f));
  GtkWidget *figure;

  copydesk_preview_pane_reveal_block (f->pane, n - 1);
  figure = block_widget (f, n - 1);

  g_assert_true (gtk_widget_has_css_class (figure, "figure"));
  return figure;
}

static void
test_photo (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("quay-wall");
  g_autofree char *path = copydesk_test_data_path ("sample", "fishing-boats.jpg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(CopydeskBody) body = NULL;
  GtkWidget *figure, *picture, *caption, *label;

  copydesk_photo_set_file (photo, file);
  copydesk_photo_set_caption (photo, "Spray over the quay wall at high tide on Sunday.");
  copydesk_photo_set_credit (photo, "Ines Gröning/Porthaven Courier");
  copydesk_article_add_photo (f->article, photo);
  before = copydesk_body_to_markup (copydesk_article_get_body (f->article));
  markup = g_strconcat (before, "\n\n[photo: quay-wall]\n", NULL);
  body = copydesk_body_parse_markup (markup, -1, NULL);
  copydesk_article_set_body (f->article, body);
  preview_test_wait (update_done, f->pane);

  figure = last_figure (f);
  caption = preview_test_find_by_class (figure, GTK_TYPE_LABEL, "caption");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==,
                   "Spray over the quay wall at high tide on Sunday.");
  label = preview_test_find_by_class (figure, GTK_TYPE_LABEL, "credit");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Ines Gröning/Porthaven Courier");
  picture = preview_test_find_by_class (figure, COPYDESK_TYPE_FIGURE_IMAGE, "photo-missing");
  g_assert_null (picture);
  picture = gtk_widget_get_first_child (figure);
  g_assert_true (COPYDESK_IS_FIGURE_IMAGE (picture));
  preview_test_wait (picture_has_image, picture);
  /* shown at the column's width, as tall as its aspect ratio asks */
  settle (f);
  g_assert_cmpint (gtk_widget_get_width (picture), >, 300);
  g_assert_cmpint (gtk_widget_get_height (picture), >, 200);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (
                     copydesk_figure_image_get_paintable (COPYDESK_FIGURE_IMAGE (picture))),
                   <=, COPYDESK_PHOTO_LOADER_MAX_WIDTH);

  /* editing the caption alone rebuilds the figure, from the image cache */
  copydesk_photo_set_caption (photo, "Spray over the quay wall.");
  preview_test_wait (update_done, f->pane);
  figure = last_figure (f);
  caption = preview_test_find_by_class (figure, GTK_TYPE_LABEL, "caption");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, "Spray over the quay wall.");
  g_assert_nonnull (copydesk_figure_image_get_paintable (
    COPYDESK_FIGURE_IMAGE (gtk_widget_get_first_child (figure))));

  /* a photo whose file is gone says so instead of failing */
  {
    g_autoptr(GFile) gone = g_file_new_for_path ("/nonexistent/photo.jpg");

    copydesk_photo_set_file (photo, gone);
    _copydesk_preview_pane_flush (f->pane);
    picture = gtk_widget_get_first_child (last_figure (f));
    preview_test_wait (has_tooltip, picture);
    g_assert_true (gtk_widget_has_css_class (picture, "photo-missing"));
  }

  /* nor is an absurdly large image decoded: the start of a PNG that claims
   * 12000 × 12000 pixels is refused before any pixel is read */
  {
    static const char huge_png[] =
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x2e\xe0"
      "\x00\x00\x2e\xe0\x08\x02\x00\x00\x00\xde\x27\x1b\xa6\x00\x00\x00\x0c\x49\x44\x41"
      "\x54\x78\x9c\x63\x60\xa0\x0c\x00\x00\x00\x40\x00\x01\xb7\x34\x7c\xef";
    g_autofree char *dir = g_dir_make_tmp ("copydesk-preview-XXXXXX", NULL);
    g_autofree char *huge_path = g_build_filename (dir, "huge.png", NULL);
    g_autoptr(GFile) huge = g_file_new_for_path (huge_path);

    g_assert_true (g_file_set_contents (huge_path, huge_png, sizeof huge_png - 1, NULL));
    copydesk_photo_set_file (photo, huge);
    _copydesk_preview_pane_flush (f->pane);
    picture = gtk_widget_get_first_child (last_figure (f));
    preview_test_wait (has_tooltip, picture);
    g_assert_true (gtk_widget_has_css_class (picture, "photo-missing"));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (picture), "too large"));
    g_remove (huge_path);
    g_rmdir (dir);
  }
}

static char *
buffer_text (CopydeskWireView *wire)
{
  GtkTextBuffer *buffer = copydesk_wire_view_get_buffer (wire);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* Once the write in the worker thread is in, the Wire tab shows exactly
 * what Save would write. */
static void
assert_wire_is_saved_file (Fixture *f)
{
  g_autoptr(GBytes) saved = copydesk_newsml_write (f->article, f->base_dir, NULL);
  g_autofree char *shown = NULL;

  preview_test_wait (update_done, f->pane);
  shown = buffer_text (_copydesk_preview_pane_get_wire_view (f->pane));

  g_assert_nonnull (saved);
  g_assert_cmpuint (strlen (shown), ==, g_bytes_get_size (saved));
  g_assert_true (memcmp (shown, g_bytes_get_data (saved, NULL), strlen (shown)) == 0);
}

static void
test_wire_text (Fixture       *f,
                gconstpointer  data)
{
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (f->pane);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *scroller = preview_test_find_by_class (GTK_WIDGET (wire), GTK_TYPE_SCROLLED_WINDOW,
                                                    "wire-text");
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  /* the Wire tab is written when it is shown */
  copydesk_preview_pane_set_page (f->pane, "wire");
  assert_wire_is_saved_file (f);

  copydesk_article_set_headline (f->article, "Zoë’s café: barrier delayed");
  preview_test_wait (update_done, f->pane);
  assert_wire_is_saved_file (f);
  /* a change of one multi-byte character */
  copydesk_article_set_headline (f->article, "Zoé’s café: barrier delayed");
  preview_test_wait (update_done, f->pane);
  assert_wire_is_saved_file (f);
  set_paragraph (f->article, 3, "Short.");
  preview_test_wait (update_done, f->pane);
  assert_wire_is_saved_file (f);

  /* while hidden it is not rewritten; shown again, it is current */
  copydesk_preview_pane_set_page (f->pane, "reader");
  before = buffer_text (wire);
  copydesk_article_set_standfirst (f->article, "A new standfirst.");
  _copydesk_preview_pane_flush (f->pane);
  after = buffer_text (wire);
  g_assert_cmpstr (after, ==, before);
  copydesk_preview_pane_set_page (f->pane, "wire");
  assert_wire_is_saved_file (f);

  /* an edit further down the file leaves the view where the reader put it */
  settle (f);
  gtk_adjustment_set_value (adj, 300);
  settle (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 300);
  copydesk_article_set_contributor_note (f->article, "Additional reporting by the desk.");
  preview_test_wait (update_done, f->pane);
  settle (f);
  assert_wire_is_saved_file (f);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 300);
}

static void
test_no_article (Fixture       *f,
                 gconstpointer  data)
{
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (f->pane);
  g_autofree char *text = NULL;

  copydesk_preview_pane_set_page (f->pane, "wire");
  copydesk_preview_pane_set_article (f->pane, NULL);
  g_assert_null (copydesk_preview_pane_get_article (f->pane));
  g_assert_cmpuint (copydesk_reader_view_get_n_blocks (reader (f)), ==, 0);
  text = buffer_text (wire);
  g_assert_cmpstr (text, ==, "");
  /* the old article no longer drives the pane */
  copydesk_article_set_headline (f->article, "Not shown");
  g_assert_false (_copydesk_preview_pane_is_pending (f->pane));

  copydesk_preview_pane_set_article (f->pane, f->article);
  assert_wire_is_saved_file (f);
  g_assert_cmpstr (label_text (f, "headline"), ==, "Not shown");
}

static gboolean
check_done (gpointer data)
{
  return !copydesk_wire_view_is_checking (data);
}

static void
test_wire_status (Fixture       *f,
                  gconstpointer  data)
{
  CopydeskWireView *wire = _copydesk_preview_pane_get_wire_view (f->pane);
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GString) broken = NULL;

  copydesk_preview_pane_set_page (f->pane, "wire");
  preview_test_wait (update_done, f->pane);
  preview_test_wait (check_done, wire);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Valid NewsML-G2"));
  g_assert_nonnull (strstr (copydesk_wire_view_get_status (wire), "built-in checks"));

  if (copydesk_test_have_schema ())
    {
      copydesk_preview_pane_set_schema_path (f->pane, schema);
      preview_test_wait (check_done, wire);
      g_assert_cmpstr (copydesk_wire_view_get_status (wire), ==, "Valid NewsML-G2");
    }
  else
    g_test_message ("SKIPPED the schema part: the shared NewsML-G2 schema is not present");

  /* a forbidden character that sneaks past the writer (here: straight in) */
  saved = copydesk_newsml_write (f->article, f->base_dir, NULL);
  broken = g_string_new_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_cmpint (g_string_replace (broken, "</headline>", "\x0b</headline>", 1), ==, 1);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (broken->str, broken->len);

    copydesk_wire_view_set_xml (wire, bytes);
  }
  preview_test_wait (check_done, wire);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire),
                                   "Invalid NewsML-G2: Line "));
  g_assert_nonnull (strstr (copydesk_wire_view_get_status (wire), "U+000B"));

  /* an article that cannot be written at all */
  copydesk_article_set_language (f->article, "not a language");
  preview_test_wait (update_done, f->pane);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Invalid: "));

  /* and back */
  copydesk_article_set_language (f->article, "en-GB");
  preview_test_wait (update_done, f->pane);
  preview_test_wait (check_done, wire);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Valid NewsML-G2"));
  assert_wire_is_saved_file (f);
}

static void
on_block_activated (CopydeskPreviewPane *pane,
                    guint                index,
                    gpointer             data)
{
  *(int *) data = (int) index;
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_height (data) > 0;
}

static void
test_block_activated (Fixture       *f,
                      gconstpointer  data)
{
  int activated = -1;
  GtkWidget *block;
  GtkWidget *headline = preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_LABEL,
                                                    "headline");

  g_signal_connect (f->pane, "block-activated", G_CALLBACK (on_block_activated), &activated);
  copydesk_preview_pane_reveal_block (f->pane, 3);
  block = block_widget (f, 3);
  preview_test_wait (is_laid_out, block);
  g_assert_true (copydesk_reader_view_activate_at (reader (f), block,
                                                   gtk_widget_get_width (block) / 2.0,
                                                   gtk_widget_get_height (block) / 2.0));
  g_assert_cmpint (activated, ==, 3);
  /* the headline is not a body block */
  activated = -1;
  g_assert_false (copydesk_reader_view_activate_at (reader (f), headline, 2, 2));
  g_assert_cmpint (activated, ==, -1);
}

static gboolean
block_in_view (gpointer data)
{
  Fixture *f = data;
  GtkWidget *list = preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_LIST_VIEW,
                                                "story-page");
  GtkWidget *block = copydesk_reader_view_get_block_widget (reader (f), 150);
  graphene_rect_t bounds;

  if (block == NULL || !gtk_widget_compute_bounds (block, list, &bounds) ||
      bounds.size.height <= 0)
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (list);
}

static void
test_reveal_and_keep_scroll (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(CopydeskBody) body = NULL;
  GtkWidget *scroller = preview_test_find_by_class (GTK_WIDGET (reader (f)),
                                                    GTK_TYPE_SCROLLED_WINDOW, "story-view");
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double value;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (markup, "Paragraph %u of a long story, long enough to wrap onto a "
                            "second line in the reading column of the preview.\n\n", i);
  body = copydesk_body_parse_markup (markup->str, -1, NULL);
  copydesk_article_set_body (f->article, body);
  copydesk_preview_pane_reveal_block (f->pane, 150);
  preview_test_wait (block_in_view, f);
  value = gtk_adjustment_get_value (adj);
  g_assert_cmpfloat (value, >, 0);

  /* an edit below the view keeps the scroll position */
  set_paragraph (f->article, 190, "Changed far below.");
  preview_test_wait (update_done, f->pane);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, value);
  g_assert_true (block_in_view (f));
}

static GtkTextDirection
headline_direction (Fixture *f)
{
  GtkWidget *headline;

  settle (f);
  headline = preview_test_find_by_class (GTK_WIDGET (reader (f)), GTK_TYPE_LABEL, "headline");
  g_assert_nonnull (headline);
  return gtk_widget_get_direction (headline);
}

static void
test_right_to_left (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (headline_direction (f), ==, GTK_TEXT_DIR_LTR);
  copydesk_article_set_language (f->article, "ar");
  copydesk_article_set_headline (f->article, "تأجيل افتتاح حاجز الفيضانات");
  preview_test_wait (update_done, f->pane);
  g_assert_cmpint (headline_direction (f), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (block_widget (f, 0)), ==, GTK_TEXT_DIR_RTL);
  copydesk_article_set_language (f->article, "he-IL");
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpint (headline_direction (f), ==, GTK_TEXT_DIR_RTL);
  copydesk_article_set_language (f->article, "hr");
  _copydesk_preview_pane_flush (f->pane);
  g_assert_cmpint (headline_direction (f), ==, GTK_TEXT_DIR_LTR);
  g_assert_cmpint (gtk_widget_get_direction (block_widget (f, 0)), ==, GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/preview-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("follows-edits", test_follows_edits);
  ADD ("incremental", test_incremental);
  ADD ("photo", test_photo);
  ADD ("wire-text", test_wire_text);
  ADD ("wire-status", test_wire_status);
  ADD ("no-article", test_no_article);
  ADD ("block-activated", test_block_activated);
  ADD ("reveal-and-keep-scroll", test_reveal_and_keep_scroll);
  ADD ("right-to-left", test_right_to_left);
  ADD ("long-story", test_long_story);
  ADD ("no-gap-when-burst-runs-out", test_no_gap_when_burst_runs_out);
#undef ADD
  return g_test_run ();
}
