/* bench-editor.c: how fast the editor opens a long article and takes a key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/benchmark-editor runs it and it prints a table.
 * Times are taken in-process: opening runs until the window's frame clock
 * has painted the first frame with the article in it; a keystroke is the
 * insertion the text view makes for a typed character, with every handler
 * (highlighting, quote margins, the modified mark) plus the frame that
 * shows it, timed from the frame clock's before-paint phase to after-paint.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"

#define N_PARAGRAPHS 2000
#define N_KEYS 200
#define N_PREVIEW_EDITS 40
#define N_PREVIEW_LATENCY 15

static gint64 frame_start;
static gint64 last_frame_us;
static guint frames;

static void
on_before_paint (GdkFrameClock *clock)
{
  frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock)
{
  last_frame_us = g_get_monotonic_time () - frame_start;
  frames++;
}

static void
iterate_until_frame (void)
{
  guint before = frames;

  while (frames == before)
    g_main_context_iteration (NULL, TRUE);
}

static char *
generate_body (void)
{
  GString *body = g_string_new (NULL);
  const char *words[] = {
    "harbour", "council", "barrier", "engineers", "residents", "the", "and", "said",
    "tide", "contract", "weld", "gate", "winter", "quay", "report", "cost",
  };

  for (guint i = 0; i < N_PARAGRAPHS; i++)
    {
      if (i % 25 == 0)
        g_string_append_printf (body, "## Part %u of the story\n\n", i / 25 + 1);
      for (guint w = 0; w < 80; w++)
        {
          const char *word = words[(i * 7 + w * 3) % G_N_ELEMENTS (words)];

          if (w % 17 == 5)
            g_string_append_printf (body, "*%s* ", word);
          else
            g_string_append_printf (body, "%s ", word);
        }
      g_string_append (body, "end.\n\n");
      if (i % 100 == 50)
        g_string_append (body, "> A quoted line from someone at the meeting.\n\n");
    }
  return g_string_free (body, FALSE);
}

static GFile *
write_article (const char *dir,
               gsize      *size)
{
  g_autofree char *markup = generate_body ();
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (markup, -1, NULL);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) file = g_file_get_child (folder, "long.xml");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_article_set_headline (article, "A very long story for timing the editor");
  copydesk_article_set_standfirst (article, "Two thousand paragraphs of generated copy.");
  copydesk_article_set_body (article, body);
  bytes = copydesk_newsml_write (article, folder, &error);
  if (bytes == NULL
      || !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    g_error ("could not write the article: %s", error->message);
  *size = g_bytes_get_size (bytes);
  return g_steal_pointer (&file);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
percentile_95 (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, (values->len * 95) / 100);
}

static void
watch_frames (CopydeskWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

/* From the call to the first painted frame with the article in it. */
static double
open_and_time (CopydeskApplication  *app,
               GFile                *file,
               gboolean              shown_first,
               CopydeskWindow      **out_window)
{
  CopydeskWindow *window = copydesk_window_new (GTK_APPLICATION (app));
  gint64 t0 = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (shown_first)
    {
      gtk_window_present (GTK_WINDOW (window));
      watch_frames (window);
      iterate_until_frame ();
      iterate_until_frame ();
    }
  t0 = g_get_monotonic_time ();
  copydesk_window_open (window, file, FALSE);
  while (copydesk_document_get_busy (copydesk_window_get_document (window)))
    g_main_context_iteration (NULL, TRUE);
  if (!shown_first)
    {
      gtk_window_present (GTK_WINDOW (window));
      watch_frames (window);
    }
  iterate_until_frame ();
  if (*out_window != NULL)
    {
      copydesk_document_set_modified (copydesk_window_get_document (*out_window), FALSE);
      gtk_window_destroy (GTK_WINDOW (*out_window));
    }
  *out_window = window;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Puts the cursor in the middle of the body, in view, and lets it settle. */
static GtkTextBuffer *
cursor_to_middle (CopydeskWindow *window)
{
  GtkTextView *view = GTK_TEXT_VIEW (_copydesk_window_get_body_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter middle;

  gtk_text_buffer_get_iter_at_line (buffer, &middle, gtk_text_buffer_get_line_count (buffer) / 2);
  gtk_text_buffer_place_cursor (buffer, &middle);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_view_scroll_to_mark (view, gtk_text_buffer_get_insert (buffer), 0.0, TRUE, 0.0, 0.5);
  for (guint i = 0; i < 5; i++)
    iterate_until_frame ();
  return buffer;
}

/* Runs the main loop until the preview has taken a change of the body and
 * painted it; FALSE when nothing came within two seconds. */
static gboolean
wait_for_preview (CopydeskPreviewPane *pane)
{
  gint64 limit = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!_copydesk_preview_pane_is_pending (pane) && g_get_monotonic_time () < limit)
    g_main_context_iteration (NULL, FALSE);
  while (_copydesk_preview_pane_is_pending (pane) && g_get_monotonic_time () < limit)
    g_main_context_iteration (NULL, TRUE);
  if (g_get_monotonic_time () >= limit)
    return FALSE;
  iterate_until_frame ();
  return TRUE;
}

/* With the preview and the photo panel shown: opening, and what a typed
 * character costs the preview (its update and the frame that shows it),
 * then the same from the key to the painted preview with both delays (the
 * body's parse after 100 ms, the preview's after 90 ms) counted. */
static void
time_preview (CopydeskApplication  *app,
              GFile                *file,
              CopydeskWindow      **window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GArray) update_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) latency_ms = g_array_new (FALSE, FALSE, sizeof (double));
  CopydeskPreviewPane *pane;
  GtkTextBuffer *buffer;
  double open_ms;
  guint missed = 0;

  g_settings_set_boolean (settings, "show-preview", TRUE);
  g_settings_set_boolean (settings, "show-photos", TRUE);
  open_ms = open_and_time (app, file, TRUE, window);
  pane = COPYDESK_PREVIEW_PANE (_copydesk_window_get_preview (*window));
  if (!gtk_widget_get_mapped (GTK_WIDGET (pane))
      || copydesk_reader_view_get_n_blocks (_copydesk_preview_pane_get_reader_view (pane)) == 0)
    g_error ("the preview is not showing the article");
  buffer = cursor_to_middle (*window);

  for (guint i = 0; i < N_PREVIEW_EDITS; i++)
    {
      gint64 start;
      double ms;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 6 == 5 ? " " : "y", 1, TRUE);
      _copydesk_window_flush_body (*window);
      start = g_get_monotonic_time ();
      if (!_copydesk_preview_pane_flush (pane))
        g_error ("the edit did not reach the preview");
      iterate_until_frame ();
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (update_ms, ms);
    }
  for (guint i = 0; i < N_PREVIEW_LATENCY; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, "z", 1, TRUE);
      if (!wait_for_preview (pane))
        {
          missed++;
          continue;
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (latency_ms, ms);
    }

  g_print ("| open to first frame, preview and photo panel shown | %.1f ms | < 800 ms |\n",
           open_ms);
  g_print ("| preview update after a one-character body edit (update + frame), median"
           " | %.2f ms | < 50 ms |\n", median (update_ms));
  g_print ("| the same, 95th percentile | %.2f ms | |\n", percentile_95 (update_ms));
  if (latency_ms->len > 0)
    g_print ("| key to painted preview, both debounce delays included, median | %.1f ms |"
             " < 150 ms after the last key + parse |\n", median (latency_ms));
  if (missed > 0)
    g_print ("| edits that did not reach the preview within 2 s | %u | 0 |\n", missed);
  g_settings_reset (settings, "show-preview");
  g_settings_reset (settings, "show-photos");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-bench-XXXXXX", NULL);
  g_autoptr(CopydeskApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) handler_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  CopydeskWindow *window = NULL;
  GtkTextBuffer *buffer;
  gsize size = 0;
  gint64 t0;
  double cold_ms, warm_ms, open_ms, parse_ms;

  gtk_init ();
  app = copydesk_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    return 1;
  file = write_article (dir, &size);

  /* Opening, cold: the first window of the process (its classes, template
   * and style sheet load too), then warm: another window, already shown. */
  cold_ms = open_and_time (app, file, FALSE, &window);
  warm_ms = open_and_time (app, file, TRUE, &window);
  open_ms = warm_ms;

  /* Typing in the middle of the body. */
  buffer = cursor_to_middle (window);
  for (guint i = 0; i < N_KEYS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double handler, frame, total;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 6 == 5 ? " " : "x", 1, TRUE);
      handler = (g_get_monotonic_time () - start) / 1000.0;
      iterate_until_frame ();
      frame = last_frame_us / 1000.0;
      total = handler + frame;
      g_array_append_val (handler_ms, handler);
      g_array_append_val (frame_ms, frame);
      g_array_append_val (total_ms, total);
    }

  /* A full parse, as before saving (after typing stops it runs on a worker). */
  t0 = g_get_monotonic_time ();
  _copydesk_window_flush_body (window);
  parse_ms = (g_get_monotonic_time () - t0) / 1000.0;

  g_print ("| measure (%u paragraphs, %.2f MB NewsML-G2, GSK_RENDERER=%s) | value | target |\n",
           N_PARAGRAPHS, size / 1048576.0,
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("| --- | ---: | ---: |\n");
  g_print ("| open to first frame, first window of the process | %.1f ms | |\n", cold_ms);
  g_print ("| open to first frame, new window (read, parse, show) | %.1f ms | < 500 ms |\n",
           open_ms);
  g_print ("| keystroke: handlers, median | %.2f ms | |\n", median (handler_ms));
  g_print ("| keystroke: frame (before-paint to after-paint), median | %.2f ms | |\n",
           median (frame_ms));
  g_print ("| keystroke: handlers + frame, median | %.2f ms | < 10 ms |\n", median (total_ms));
  g_print ("| keystroke: handlers + frame, 95th percentile | %.2f ms | |\n",
           percentile_95 (total_ms));
  g_print ("| full body parse (worker thread while typing; main thread before saving)"
           " | %.1f ms | |\n", parse_ms);

  time_preview (app, file, &window);

  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
  return 0;
}
