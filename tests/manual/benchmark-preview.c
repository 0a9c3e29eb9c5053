/* benchmark-preview.c: how fast the live preview follows a long story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run through build-aux/benchmark-preview, which prints the table this
 * writes. A generated story of 2,000 paragraphs (about 1 MB of text, plus
 * the sample's photos) is opened in a window with the preview shown; then
 * one character is added to a paragraph in the middle, again and again.
 * Figures are wall-clock times on this machine, not assertions.
 */
#include <adwaita.h>
#include <string.h>

#include "copydesk-preview-pane-private.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

#define N_PARAGRAPHS 2000
#define TARGET_BYTES (1024 * 1024)
#define N_EDITS 41
#define N_OPENS 5

static const char * const words[] = {
  "the", "council", "barrier", "harbour", "said", "tide", "engineers", "gate", "residents",
  "million", "week", "report", "flood", "traders", "Porthaven", "would", "contract", "winter",
  "repair", "Quay", "Street", "steel", "welds", "surge", "meeting", "delay", "cost", "town",
  "sandbags", "committee", "inspectors", "divers", "autumn", "insurance", "shops", "and", "of",
  "to", "in", "that", "was", "not", "on", "for", "with", "by", "its", "after", "before", "year",
};

typedef struct
{
  gint64 *stamp;
  gboolean painted;
} FrameWait;

static char *
make_paragraph (GRand *rand,
                gsize  length)
{
  GString *text = g_string_new (NULL);

  while (text->len < length)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word);
      if (g_rand_int_range (rand, 0, 14) == 0)
        g_string_append_c (text, g_rand_boolean (rand) ? ',' : '.');
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* The sample article with a generated body of N_PARAGRAPHS paragraphs, a
 * subheading every 100 and the sample's three photos spread through it. */
static CopydeskArticle *
make_long_article (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  CopydeskArticle *article = copydesk_test_build_sample_article (dir);
  g_autoptr(GPtrArray) blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_auto(GStrv) photo_ids = copydesk_body_get_photo_ids (copydesk_article_get_body (article));
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(CopydeskBody) body = NULL;
  gsize per_paragraph = TARGET_BYTES / N_PARAGRAPHS;

  for (guint i = 0; i < N_PARAGRAPHS; i++)
    {
      g_autofree char *text = make_paragraph (rand, per_paragraph);
      g_autoptr(CopydeskRun) run = copydesk_run_new_plain (text);

      if (i > 0 && i % 100 == 0)
        {
          g_autoptr(CopydeskRun) heading = copydesk_run_new_plain ("Traders brace for winter");

          g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_SUBHEADING, heading));
        }
      if (i % 600 == 300 && photo_ids[i / 600] != NULL)
        g_ptr_array_add (blocks, copydesk_block_new_photo (photo_ids[i / 600]));
      g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
    }
  body = copydesk_body_new (blocks);
  copydesk_article_set_body (article, body);
  return article;
}

/* A copy of the body with one more character at the end of block @index. */
static CopydeskBody *
body_with_one_more_char (CopydeskBody *body,
                         guint         index,
                         char          c)
{
  g_autoptr(GPtrArray) blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);

      if (i == index)
        {
          g_autofree char *text = copydesk_run_to_plain_text (copydesk_block_get_run (block));
          g_autofree char *longer = g_strdup_printf ("%s%c", text, c);
          g_autoptr(CopydeskRun) run = copydesk_run_new_plain (longer);

          g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
        }
      else
        g_ptr_array_add (blocks, copydesk_block_ref (block));
    }
  return copydesk_body_new (blocks);
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameWait     *wait)
{
  if (wait->painted)
    return;
  *wait->stamp = g_get_monotonic_time ();
  wait->painted = TRUE;
}

/* Runs the main loop until @widget's window has painted a frame. */
static gint64
wait_for_paint (GtkWidget *widget)
{
  gint64 stamp = 0;
  FrameWait wait = { &stamp, FALSE };
  GdkFrameClock *clock;
  gulong id;

  while ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  gtk_widget_queue_draw (widget);
  while (!wait.painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return stamp;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_row (const char *what,
           GArray     *ms,
           const char *target)
{
  double *v = (double *) ms->data;

  g_array_sort (ms, compare_doubles);
  g_print ("| %-52s | %4u | %8.1f | %8.1f | %8.1f | %-8s |\n", what, ms->len, v[ms->len / 2],
           v[(ms->len * 9) / 10 < ms->len ? (ms->len * 9) / 10 : ms->len - 1], v[ms->len - 1],
           target);
}

static GtkWidget *
open_window (CopydeskArticle *article,
             GFile           *base_dir,
             double          *ms)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pane = copydesk_preview_pane_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 800);
  copydesk_preview_pane_set_base_dir (COPYDESK_PREVIEW_PANE (pane), base_dir);
  copydesk_preview_pane_set_article (COPYDESK_PREVIEW_PANE (pane), article);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_present (GTK_WINDOW (window));
  *ms = (wait_for_paint (window) - start) / 1000.0;
  return window;
}

static void
measure_edits (GtkWidget       *window,
               CopydeskArticle *article,
               const char      *label)
{
  CopydeskPreviewPane *pane = COPYDESK_PREVIEW_PANE (gtk_window_get_child (GTK_WINDOW (window)));
  g_autoptr(GArray) update = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  guint middle = copydesk_body_get_n_blocks (copydesk_article_get_body (article)) / 2;
  g_autofree char *update_label = g_strdup_printf ("%s: update after 1-char edit", label);
  g_autofree char *frame_label = g_strdup_printf ("%s: 1-char edit to painted frame", label);

  copydesk_preview_pane_reveal_block (pane, middle);
  wait_for_paint (window);
  for (guint i = 0; i < N_EDITS; i++)
    {
      CopydeskBody *body = copydesk_article_get_body (article);
      g_autoptr(CopydeskBody) edited = body_with_one_more_char (body, middle, 'a' + i % 26);
      gint64 start, updated, painted;
      double ms;

      /* the edit itself (made by the editor) is not the preview's cost */
      start = g_get_monotonic_time ();
      copydesk_article_set_body (article, edited);
      _copydesk_preview_pane_flush (pane);
      updated = g_get_monotonic_time ();
      painted = wait_for_paint (window);
      ms = (updated - start) / 1000.0;
      g_array_append_val (update, ms);
      ms = (painted - start) / 1000.0;
      g_array_append_val (frame, ms);
    }
  print_row (update_label, update, "< 50 ms");
  print_row (frame_label, frame, "");
}

/* What the Wire tab pays on every update, before any widget work. */
static void
measure_writer (CopydeskArticle *article,
                GFile           *base_dir)
{
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) check = g_array_new (FALSE, FALSE, sizeof (double));
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");

  for (guint i = 0; i < 11; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) xml = copydesk_newsml_write (article, base_dir, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (write, ms);
      start = g_get_monotonic_time ();
      copydesk_newsml_check (xml, schema, NULL, NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (check, ms);
    }
  print_row ("copydesk_newsml_write of the story (main thread)", write, "");
  print_row (schema ? "copydesk_newsml_check with schema (worker thread)"
                    : "copydesk_newsml_check, built-in only (worker thread)", check, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GFile) base_dir = NULL;
  g_autoptr(GArray) cold = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *markup = NULL;
  g_autofree char *dir = NULL;
  GtkWidget *window = NULL;
  gint64 start;
  double ms;

  adw_init ();
  dir = copydesk_test_data_path ("sample", NULL);
  base_dir = g_file_new_for_path (dir);
  start = g_get_monotonic_time ();
  article = make_long_article ();
  markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("Preview benchmark: %u blocks, %zu bytes of body markup (generated in %.0f ms)\n\n",
           copydesk_body_get_n_blocks (copydesk_article_get_body (article)), strlen (markup), ms);
  g_print ("| %-52s | %4s | %8s | %8s | %8s | %-8s |\n", "measure (ms)", "runs", "median", "p90",
           "max", "target");
  g_print ("|%s|------|----------|----------|----------|----------|\n",
           "------------------------------------------------------");

  for (guint i = 0; i < (argc > 1 ? 1 : N_OPENS); i++)
    {
      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      window = open_window (article, base_dir, &ms);
      g_array_append_val (i == 0 ? cold : warm, ms);
    }
  if (argc > 1 && g_str_equal (argv[1], "--open-only"))
    {
      GtkWidget *pane = gtk_window_get_child (GTK_WINDOW (window));

      g_print ("open: %.1f ms, %u rows built\n", ms,
               copydesk_reader_view_get_n_builds (
                 _copydesk_preview_pane_get_reader_view (COPYDESK_PREVIEW_PANE (pane))));
      return 0;
    }
  print_row ("open with preview shown to first frame (first)", cold, "< 800 ms");
  print_row ("open with preview shown to first frame (again)", warm, "< 800 ms");
  measure_writer (article, base_dir);

  measure_edits (window, article, "Reader tab");
  copydesk_preview_pane_set_page (
    COPYDESK_PREVIEW_PANE (gtk_window_get_child (GTK_WINDOW (window))), "wire");
  wait_for_paint (window);
  measure_edits (window, article, "Wire tab");

  g_print ("\nRenderer: %s\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
