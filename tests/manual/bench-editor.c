/* bench-editor.c: how fast the editor opens a long article and takes a key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/benchmark-editor runs it and it prints a table,
 * for the bundled sample article and for a generated 1 MB one (2,000
 * paragraphs). Times are taken in-process: opening runs until the window's
 * frame clock has painted the first frame with the article in it; a
 * keystroke is the insertion the text view makes for a typed character,
 * with every handler (highlighting, quote margins, the modified mark) plus
 * the frame that shows it, timed from the frame clock's before-paint phase
 * to after-paint; "key to painted preview" runs the main loop from the
 * insertion until the preview has taken the new body and painted it, every
 * pause included. Each figure is a median and a 90th percentile.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"
#include "ui-test-util.h"

#define N_PARAGRAPHS 2000
#define N_OPENS 5
#define N_KEYS 100
#define N_PREVIEW_EDITS 30
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
percentile (GArray *values,
            guint   percent)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (values->len * percent) / 100));
}

static void
watch_frames (CopydeskWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

/* From the call to the first painted frame with the article in it, in a
 * window already shown (as Open does). */
static double
open_and_time (CopydeskApplication  *app,
               GFile                *file,
               CopydeskWindow      **out_window)
{
  g_autoptr(CopydeskDocument) document =
    copydesk_session_add_document (copydesk_application_get_session (app));
  CopydeskWindow *window = copydesk_window_new (GTK_APPLICATION (app), document);
  gint64 t0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (window);
  iterate_until_frame ();
  iterate_until_frame ();
  if (*out_window != NULL)
    {
      copydesk_document_set_modified (copydesk_window_get_document (*out_window), FALSE);
      gtk_window_destroy (GTK_WINDOW (*out_window));
      *out_window = NULL;
    }
  /* Each open starts from a quiet process: the last window's background
   * work (the parser learning its text, photo decoding) is done. */
  t0 = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < t0)
    g_main_context_iteration (NULL, FALSE);
  iterate_until_frame ();
  t0 = g_get_monotonic_time ();
  copydesk_window_open (window, file, FALSE);
  while (copydesk_document_get_busy (copydesk_window_get_document (window)))
    g_main_context_iteration (NULL, TRUE);
  iterate_until_frame ();
  *out_window = window;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Puts the cursor in the middle of the body, in view, and lets it settle
 * (including the parser learning the loaded text in the background). */
static GtkTextBuffer *
cursor_to_middle (CopydeskWindow *window)
{
  GtkTextView *view = GTK_TEXT_VIEW (ui_test_body_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter middle;
  gint64 settle = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  gtk_text_buffer_get_iter_at_line (buffer, &middle, gtk_text_buffer_get_line_count (buffer) / 2);
  gtk_text_buffer_place_cursor (buffer, &middle);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_view_scroll_to_mark (view, gtk_text_buffer_get_insert (buffer), 0.0, TRUE, 0.0, 0.5);
  while (g_get_monotonic_time () < settle)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 3; i++)
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
  if (g_get_monotonic_time () >= limit)
    g_printerr ("the preview never took the edit\n");
  while (_copydesk_preview_pane_is_pending (pane) && g_get_monotonic_time () < limit)
    g_main_context_iteration (NULL, TRUE);
  if (g_get_monotonic_time () >= limit)
    return FALSE;
  iterate_until_frame ();
  return TRUE;
}

typedef enum
{
  OPEN_EDITOR,
  KEYSTROKE,
  PARSE_EDIT,
  PARSE_FULL,
  OPEN_PREVIEW,
  PREVIEW_UPDATE,
  KEY_TO_PREVIEW,
  N_MEASURES
} Measure;

static const struct
{
  const char *name;
  const char *target;
} measures[N_MEASURES] = {
  [OPEN_EDITOR] = { "open to first frame, editor only (read, parse, show)", "< 500 ms (1 MB)" },
  [KEYSTROKE] = { "keystroke in the body: handlers + frame", "< 10 ms" },
  [PARSE_EDIT] = { "body parse after a one-character edit (copy, partial parse, model)", "" },
  [PARSE_FULL] = { "full body parse (before: every pause in typing)", "" },
  [OPEN_PREVIEW] = { "open to first frame, preview and photo panel shown", "< 800 ms (1 MB)" },
  [PREVIEW_UPDATE] = { "preview update after a one-character edit (update + frame)", "< 50 ms" },
  [KEY_TO_PREVIEW] = { "key to painted preview (every pause included)", "< 150 ms" },
};

typedef struct
{
  const char *label;
  GArray     *values[N_MEASURES];
  guint       missed;
  guint       rows_built;  /* preview rows built by the first frame */
} Results;

static void
add (Results *results,
     Measure  measure,
     double   ms)
{
  g_array_append_val (results->values[measure], ms);
}

static void
time_editor (CopydeskApplication  *app,
             GFile                *file,
             Results              *results,
             CopydeskWindow      **window)
{
  GtkTextBuffer *buffer;

  for (guint i = 0; i < N_OPENS; i++)
    add (results, OPEN_EDITOR, open_and_time (app, file, window));

  buffer = cursor_to_middle (*window);
  for (guint i = 0; i < N_KEYS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double handler;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 6 == 5 ? " " : "x", 1, TRUE);
      handler = (g_get_monotonic_time () - start) / 1000.0;
      iterate_until_frame ();
      add (results, KEYSTROKE, handler + last_frame_us / 1000.0);
      if (i % 10 == 9)
        {
          /* What the pause after typing costs the main thread. */
          gtk_text_buffer_insert_interactive_at_cursor (buffer, "q", 1, TRUE);
          start = g_get_monotonic_time ();
          copydesk_document_flush (copydesk_window_get_document (*window));
          add (results, PARSE_EDIT, (g_get_monotonic_time () - start) / 1000.0);
        }
    }
  for (guint i = 0; i < 5; i++)
    {
      GtkTextIter first, last;
      g_autofree char *text = NULL;
      gint64 start;

      gtk_text_buffer_get_bounds (buffer, &first, &last);
      text = gtk_text_buffer_get_text (buffer, &first, &last, TRUE);
      start = g_get_monotonic_time ();
      copydesk_body_unref (copydesk_body_parse_markup (text, -1, NULL));
      add (results, PARSE_FULL, (g_get_monotonic_time () - start) / 1000.0);
    }
}

/* With the preview and the photo panel shown: opening, what a typed
 * character costs the preview (its update and the frame that shows it),
 * and the time from the key to the painted preview. */
static void
time_preview (CopydeskApplication  *app,
              GFile                *file,
              Results              *results,
              CopydeskWindow      **window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskPreviewPane *pane;
  GtkTextBuffer *buffer;

  g_settings_set_boolean (settings, "show-preview", TRUE);
  g_settings_set_boolean (settings, "show-photos", TRUE);
  for (guint i = 0; i < N_OPENS; i++)
    {
      CopydeskReaderView *reader;

      add (results, OPEN_PREVIEW, open_and_time (app, file, window));
      /* The first frame must show the story, not gaps filled later. */
      pane = COPYDESK_PREVIEW_PANE (_copydesk_window_get_preview (*window));
      reader = _copydesk_preview_pane_get_reader_view (pane);
      if (copydesk_reader_view_count_unbuilt_in_view (reader) > 0)
        g_error ("the first frame showed %u preview rows unbuilt",
                 copydesk_reader_view_count_unbuilt_in_view (reader));
      results->rows_built = MAX (results->rows_built, copydesk_reader_view_get_n_builds (reader));
    }
  pane = COPYDESK_PREVIEW_PANE (_copydesk_window_get_preview (*window));
  if (!gtk_widget_get_mapped (GTK_WIDGET (pane))
      || copydesk_reader_view_get_n_blocks (_copydesk_preview_pane_get_reader_view (pane)) == 0)
    g_error ("the preview is not showing the article");
  buffer = cursor_to_middle (*window);

  for (guint i = 0; i < N_PREVIEW_EDITS; i++)
    {
      gint64 start;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 6 == 5 ? " " : "y", 1, TRUE);
      copydesk_document_flush (copydesk_window_get_document (*window));
      start = g_get_monotonic_time ();
      if (!_copydesk_preview_pane_flush (pane))
        g_error ("the edit did not reach the preview");
      iterate_until_frame ();
      add (results, PREVIEW_UPDATE, (g_get_monotonic_time () - start) / 1000.0);
    }
  for (guint i = 0; i < N_PREVIEW_LATENCY; i++)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_text_buffer_insert_interactive_at_cursor (buffer, "z", 1, TRUE);
      if (!wait_for_preview (pane))
        results->missed++;
      else
        add (results, KEY_TO_PREVIEW, (g_get_monotonic_time () - start) / 1000.0);
    }
  g_settings_reset (settings, "show-preview");
  g_settings_reset (settings, "show-photos");
}

static void
print_table (Results *results,
             guint    n_results)
{
  g_print ("| measure (ms; GSK_RENDERER=%s)",
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  for (guint r = 0; r < n_results; r++)
    g_print (" | %s median | p90", results[r].label);
  g_print (" | target |\n| ---");
  for (guint r = 0; r < n_results; r++)
    g_print (" | ---: | ---:");
  g_print (" | ---: |\n");
  for (guint m = 0; m < N_MEASURES; m++)
    {
      g_print ("| %s", measures[m].name);
      for (guint r = 0; r < n_results; r++)
        g_print (" | %.1f | %.1f", percentile (results[r].values[m], 50),
                 percentile (results[r].values[m], 90));
      g_print (" | %s |\n", measures[m].target);
    }
  for (guint r = 0; r < n_results; r++)
    g_print ("\n%s: %u preview rows built for the first frame, none left unbuilt in view",
             results[r].label, results[r].rows_built);
  g_print ("\n");
  for (guint r = 0; r < n_results; r++)
    if (results[r].missed > 0)
      g_print ("| %s: edits that did not reach the preview within 2 s | %u |\n",
               results[r].label, results[r].missed);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("copydesk-bench-XXXXXX", NULL);
  g_autoptr(CopydeskApplication) app = NULL;
  g_autoptr(GFile) sample = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *long_label = NULL;
  Results results[2] = { { "sample", { NULL, }, 0, 0 }, { NULL, { NULL, }, 0, 0 } };
  CopydeskWindow *window = NULL;
  GFile *files[2];
  gsize size = 0;
  double cold_ms;

  gtk_init ();
  app = copydesk_application_new ();
  /* Never the editor a user may have open. */
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".Bench");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    return 1;
  sample = copydesk_application_dup_sample ();
  file = write_article (dir, &size);
  long_label = g_strdup_printf ("%.2f MB", size / 1048576.0);
  results[1].label = long_label;
  files[0] = sample;
  files[1] = file;
  for (guint r = 0; r < G_N_ELEMENTS (results); r++)
    for (guint m = 0; m < N_MEASURES; m++)
      results[r].values[m] = g_array_new (FALSE, FALSE, sizeof (double));

  /* The first window of the process loads classes, template and styles. */
  cold_ms = open_and_time (app, file, &window);

  for (guint r = 0; r < G_N_ELEMENTS (results); r++)
    time_editor (app, files[r], &results[r], &window);
  for (guint r = 0; r < G_N_ELEMENTS (results); r++)
    time_preview (app, files[r], &results[r], &window);

  g_print ("sample: %s; long: %u paragraphs, %s NewsML-G2; first window of the process"
           " (1 MB): %.1f ms\n\n", g_file_peek_path (sample), N_PARAGRAPHS, long_label, cold_ms);
  print_table (results, G_N_ELEMENTS (results));

  for (guint r = 0; r < G_N_ELEMENTS (results); r++)
    for (guint m = 0; m < N_MEASURES; m++)
      g_array_unref (results[r].values[m]);
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
  return 0;
}
