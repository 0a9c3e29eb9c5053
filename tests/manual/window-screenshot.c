/* window-screenshot.c: the editor window on the sample, saved as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: how the pictures in data/screenshots/ are made, under
 *   xvfb-run -a -s "-screen 0 1280x800x24" \
 *     _build/tests/manual/window-screenshot [--photos] [--no-preview] [--dark] \
 *     [--size 1280x800] FILE
 * with the environment the UI tests use (GSETTINGS_BACKEND=memory and the
 * built schema; build-aux/window-screenshots sets it up).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "copydesk-application.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "ui-test-util.h"

static gboolean
timer_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Thumbnails and preview images load off the main thread; give them time. */
static void
settle (GtkWidget *widget)
{
  gboolean done = FALSE;

  g_timeout_add (1500, timer_done, &done);
  preview_test_wait (is_true, &done);
  preview_test_wait_frames (widget, 4);
}

/* Puts the body's cursor on its first placement line, a third of the way
 * down, so that the picture shows its thumbnail in the gutter and its
 * caption under it. */
static void
show_first_placement (CopydeskWindow *window)
{
  GtkTextView *view = GTK_TEXT_VIEW (ui_test_body_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match;
  GtkTextMark *mark;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, "[photo:", GTK_TEXT_SEARCH_TEXT_ONLY, &match, NULL,
                                     NULL))
    return;
  gtk_text_buffer_place_cursor (buffer, &match);
  /* A mark, not an iter: the view scrolls once its lines are laid out.
   * The first scroll goes by estimated line heights, so it is made again
   * once the lines before are measured. */
  mark = gtk_text_buffer_create_mark (buffer, NULL, &match, TRUE);
  for (guint i = 0; i < 3; i++)
    {
      gtk_text_view_scroll_to_mark (view, mark, 0.0, TRUE, 0.0, 0.35);
      settle (GTK_WIDGET (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = g_strdup ("1280x800");
  g_autofree char *page = NULL;
  gboolean photos = FALSE, no_preview = FALSE, dark = FALSE;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "photos", 0, 0, G_OPTION_ARG_NONE, &photos, "Show the photo panel", NULL },
    { "sidebar", 0, 0, G_OPTION_ARG_STRING, &page, "Show this sidebar page",
      "photos|details|checks" },
    { "no-preview", 0, 0, G_OPTION_ARG_NONE, &no_preview, "Hide the preview", NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("FILE - the editor window as a PNG");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  CopydeskApplication *app;
  CopydeskWindow *window;
  GtkWidget *content;
  int width = 0, height = 0;

  /* translated screenshots: LANGUAGE=de with the build's catalogues */
  setlocale (LC_ALL, "");
  if (g_getenv ("COPYDESK_LOCALE_DIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("COPYDESK_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error)
      || argc != 2 || sscanf (size, "%dx%d", &width, &height) != 2 || width <= 0 || height <= 0)
    {
      g_printerr ("window-screenshot: %s\n",
                  error ? error->message : "give one FILE and --size as WIDTHxHEIGHT");
      return 2;
    }
  gtk_init ();
  app = ui_test_app_new ();
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "show-preview", !no_preview);
  g_settings_set_boolean (settings, "show-photos", photos);
  if (page != NULL)
    {
      g_autofree char *key = g_strconcat ("show-", page, NULL);

      g_settings_set_boolean (settings, key, TRUE);
      photos = g_str_equal (page, "photos");
    }

  window = ui_test_open_sample (app, width, height);
  settle (GTK_WIDGET (window));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  /* the default size counts the frame around the content (client-side
   * decorations); the picture is of the content, at the size asked for */
  gtk_window_set_default_size (GTK_WINDOW (window),
                               2 * width - gtk_widget_get_width (content),
                               2 * height - gtk_widget_get_height (content));
  if (photos)
    show_first_placement (window);
  settle (GTK_WIDGET (window));
  /* the window, not its content, paints the background */
  gtk_widget_add_css_class (content, "background");
  settle (GTK_WIDGET (window));
  if (!preview_test_save_png (content, argv[1], &error))
    {
      g_printerr ("window-screenshot: %s\n", error->message);
      return 1;
    }
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_app_free (app);
  return 0;
}
