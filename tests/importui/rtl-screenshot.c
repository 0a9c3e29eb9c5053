/* rtl-screenshot.c: the window on an Arabic story, as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test. Imports the story of rtl-story.h into the editor window
 * (1280x800 unless --size says otherwise), with the preview shown, and
 * saves the window's content:
 *   xvfb-run -a rtl-screenshot [--size WxH] OUT.png
 */
#include "config.h"

#include <stdio.h>

#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "rtl-story.h"
#include "ui-test-util.h"

static gboolean
preview_current (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = g_strdup ("1280x800");
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  CopydeskApplication *app;
  CopydeskWindow *window;
  GtkWidget *content;
  int width = 0, height = 0;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error)
      || argc != 2 || sscanf (size, "%dx%d", &width, &height) != 2 || width <= 0 || height <= 0)
    {
      g_printerr ("rtl-screenshot: %s\n",
                  error ? error->message : "give one FILE and --size as WIDTHxHEIGHT");
      return 2;
    }
  gtk_init ();
  app = ui_test_app_new ();
  window = ui_test_open_sample (app, width, height);
  if (!copydesk_document_import_text (copydesk_window_get_document (window), rtl_story, NULL,
                                      &error))
    {
      g_printerr ("rtl-screenshot: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-preview",
                                  g_variant_new_boolean (TRUE));
  preview_test_wait (preview_current, _copydesk_window_get_preview (window));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_widget_add_css_class (content, "background");
  preview_test_wait_frames (GTK_WIDGET (window), 8);
  if (!preview_test_save_png (content, argv[1], &error))
    {
      g_printerr ("rtl-screenshot: %s\n", error->message);
      return 1;
    }
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_app_free (app);
  return 0;
}
