/* rtl-screenshot.c: the window on an Arabic story, as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test. Imports the story of rtl-story.h into the editor window,
 * with the preview shown, and saves the window's content at 1280x800:
 *   xvfb-run -a rtl-screenshot OUT.png
 */
#include "config.h"

#include "copydesk-preview-pane-private.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "rtl-story.h"
#include "ui-test-util.h"

#define WIDTH 1280
#define HEIGHT 800

static gboolean
preview_current (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  CopydeskApplication *app;
  CopydeskWindow *window;
  GtkWidget *content;

  if (argc != 2)
    {
      g_printerr ("usage: rtl-screenshot OUT.png\n");
      return 2;
    }
  gtk_init ();
  app = ui_test_app_new ();
  window = ui_test_open_sample (app, WIDTH, HEIGHT);
  if (!copydesk_document_import_text (copydesk_window_get_document (window), rtl_story, NULL,
                                      &error))
    {
      g_printerr ("rtl-screenshot: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-preview",
                                  g_variant_new_boolean (TRUE));
  preview_test_wait (preview_current, _copydesk_window_get_preview (window));
  /* the content, not the window with its frame, at WIDTH x HEIGHT */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 2 * WIDTH - gtk_widget_get_width (content),
                               2 * HEIGHT - gtk_widget_get_height (content));
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
