/* editorux-screenshot.c: the form with three authors and the find bar open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: the picture issue 15's authors list and find bar are judged
 * by, under
 *   xvfb-run -a -s "-screen 0 1920x1080x24" \
 *     _build/tests/ui/editorux-screenshot [--dark] [--size 1280x800] FILE
 * with the environment the UI tests use (GSETTINGS_BACKEND=memory and the
 * built schema).
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-find-bar.h"
#include "editorux-test.h"
#include "preview-test-util.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = g_strdup ("1280x800");
  g_autofree char *needle = g_strdup ("harbour");
  gboolean dark = FALSE;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "find", 0, 0, G_OPTION_ARG_STRING, &needle, "What to find", "TEXT" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskAuthor) third = copydesk_author_new ("Tamsin Rowe");
  CopydeskApplication *app;
  CopydeskWindow *window;
  GtkWidget *content, *entry;
  int width = 0, height = 0;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error)
      || argc != 2 || sscanf (size, "%dx%d", &width, &height) != 2 || width <= 0 || height <= 0)
    {
      g_printerr ("editorux-screenshot: %s\n",
                  error ? error->message : "give one FILE and --size as WIDTHxHEIGHT");
      return 2;
    }
  gtk_init ();
  app = ui_test_app_new ();
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  window = ui_test_open_sample (app, width, height);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window),
                               2 * width - gtk_widget_get_width (content),
                               2 * height - gtk_widget_get_height (content));
  copydesk_author_set_job_title (third, "Harbour reporter");
  copydesk_author_set_bio (third, "Tamsin Rowe writes about the harbour and its boats.");
  copydesk_article_add_author (ui_test_article (window), third);
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.replace", NULL);
  entry = editorux_field (GTK_WIDGET (window), "Find");
  gtk_editable_set_text (GTK_EDITABLE (entry), needle);
  editorux_run_for (400);
  copydesk_find_bar_next (COPYDESK_FIND_BAR (gtk_widget_get_ancestor (entry,
                                                                      COPYDESK_TYPE_FIND_BAR)));
  editorux_run_for (800);
  gtk_widget_add_css_class (content, "background");
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  if (!preview_test_save_png (content, argv[1], &error))
    {
      g_printerr ("editorux-screenshot: %s\n", error->message);
      return 1;
    }
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_app_free (app);
  return 0;
}
