/* bench-spell-editor.c: spelling in the editor on a 1 MB body, while typing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test (nothing asserts, meson test never runs it): it prints figures.
 *
 *   build-aux/with-display env GSETTINGS_BACKEND=memory \
 *     GSETTINGS_SCHEMA_DIR=_build/data _build/tests/checksui/bench-spell-editor [LANG]
 *
 * With the machine's dictionary for LANG (default en-GB), on an editor in a
 * 1280x800 window: the time from setting the 1 MB article (2,100 paragraphs
 * of 80 words, a misspelling in about 60 words) until the whole body is
 * underlined; a typed character's key-to-frame (the insertion with every
 * handler, plus the frame that shows it) with spelling on and off; and,
 * after a key, the time until its paragraph is underlined again (the 200 ms
 * pause included) and the main thread's share of that re-check.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-checks-view.h"
#include "copydesk-editor.h"
#include "copydesk-spell-helper.h"

#define N_PARAGRAPHS 2100
#define N_WORDS 80
#define N_KEYS 100
#define N_RECHECKS 20

static gint64 frame_start;
static gint64 last_frame_us;
static guint frames;

static void
on_before_paint (void)
{
  frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (void)
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
make_body (void)
{
  static const char * const words[] = {
    "the", "council", "said", "flood", "barrier", "would", "open", "in", "autumn", "after",
    "engineers", "found", "cracked", "welds", "on", "a", "steel", "gate", "and", "traders",
    "on", "the", "quay", "face", "another", "winter", "of", "sandbags", "while", "residents",
  };
  static const char * const typos[] = { "harbuor", "councl", "enginers", "wnter" };
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < N_PARAGRAPHS; p++)
    for (guint w = 0; w < N_WORDS; w++)
      {
        guint k = p * 31 + w * 7;

        g_string_append (s, k % 61 == 0 ? typos[k % G_N_ELEMENTS (typos)]
                                        : words[k % G_N_ELEMENTS (words)]);
        g_string_append (s, w + 1 < N_WORDS ? " " : ".\n\n");
      }
  return g_string_free (s, FALSE);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            guint   p)
{
  g_array_sort (values, compare);
  return values->len ? g_array_index (values, double, (values->len - 1) * p / 100) : 0;
}

static void
print_row (const char *name,
           GArray     *values)
{
  g_print ("| %s | %.2f | %.2f |\n", name, percentile (values, 50), percentile (values, 90));
}

static void
wait_spelled (CopydeskSpellHelper *helper)
{
  while (copydesk_spell_helper_get_pending (helper))
    g_main_context_iteration (NULL, TRUE);
}

static GArray *
time_keys (GtkTextBuffer *buffer)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_KEYS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 6 == 5 ? " " : "x", 1, TRUE);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      iterate_until_frame ();
      ms += last_frame_us / 1000.0;
      g_array_append_val (keys, ms);
    }
  return keys;
}

/* From a key until its paragraph is underlined again. */
static void
time_rechecks (GtkTextBuffer       *buffer,
               CopydeskSpellHelper *helper,
               GArray              *latency)
{
  for (guint i = 0; i < N_RECHECKS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 2 ? "q" : " ", 1, TRUE);
      wait_spelled (helper);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (latency, ms);
      iterate_until_frame ();
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *language = argc > 1 ? argv[1] : "en-GB";
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (CopydeskApplication) app = NULL;
  g_autoptr (CopydeskArticle) article = copydesk_article_new ();
  g_autoptr (CopydeskDocument) document = copydesk_document_new ();
  g_autoptr (CopydeskBody) body = NULL;
  g_autofree char *markup = make_body ();
  g_autoptr (GArray) on = NULL;
  g_autoptr (GArray) off = NULL;
  g_autoptr (GArray) latency = g_array_new (FALSE, FALSE, sizeof (double));
  CopydeskChecksView *view;
  CopydeskSpellHelper *helper;
  CopydeskEditor *editor;
  GtkTextBuffer *buffer;
  GtkTextIter middle;
  GtkWidget *window;
  GdkFrameClock *clock;
  gint64 t0;
  double whole_ms;
  guint marked;
  g_autofree char *dictionary = NULL;

  gtk_init ();
  app = copydesk_application_new ();
  /* Never the editor a user may have open; registering loads the resources. */
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".BenchSpell");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    return 1;
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "show-details", TRUE);
  body = copydesk_body_parse_markup (markup, -1, NULL);
  copydesk_article_set_headline (article, "Harbour gate");
  copydesk_article_set_language (article, language);
  window = gtk_window_new ();
  editor = COPYDESK_EDITOR (copydesk_editor_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  iterate_until_frame ();
  copydesk_editor_set_document (editor, document);
  view = copydesk_checks_view_get_for_editor (editor);

  t0 = g_get_monotonic_time ();
  copydesk_article_set_body (article, body);
  copydesk_document_set_article (document, article);
  helper = copydesk_checks_view_get_body_helper (view);
  if (copydesk_checks_view_get_checker (view) == NULL)
    {
      g_printerr ("%s\n", copydesk_checks_view_get_spell_status (view));
      return 1;
    }
  wait_spelled (helper);
  whole_ms = (g_get_monotonic_time () - t0) / 1000.0;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (copydesk_editor_get_body_view (editor)));
  gtk_text_buffer_get_iter_at_line (buffer, &middle, gtk_text_buffer_get_line_count (buffer) / 2);
  gtk_text_buffer_place_cursor (buffer, &middle);
  gtk_widget_grab_focus (GTK_WIDGET (copydesk_editor_get_body_view (editor)));
  iterate_until_frame ();
  on = time_keys (buffer);
  wait_spelled (helper);
  time_rechecks (buffer, helper, latency);
  marked = copydesk_spell_helper_count_marked (helper);
  dictionary = g_strdup (copydesk_spell_checker_get_dictionary (
    copydesk_checks_view_get_checker (view)));
  g_settings_set_boolean (settings, "check-spelling", FALSE);
  wait_spelled (helper);
  off = time_keys (buffer);

  g_print ("%u characters, %u misspelled words underlined, dictionary %s (%s)\n\n",
           gtk_text_buffer_get_char_count (buffer), marked, dictionary, language);
  g_print ("| measure (ms) | median | p90 |\n| --- | ---: | ---: |\n");
  g_print ("| whole body underlined after opening | %.1f | |\n", whole_ms);
  print_row ("key to frame, spelling on", on);
  print_row ("key to frame, spelling off", off);
  print_row ("key to paragraph underlined again (200 ms pause included)", latency);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
