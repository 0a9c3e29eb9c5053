/* desk-screenshot.c: the details panel with subjects and versions, as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test. Copies the sample into a temporary folder, tags it, embargoes
 * it, saves it, sends a correction from the window, then shoots the window
 * with the details panel scrolled to the wire desk:
 *   desk-screenshot [--size WxH] OUT.png
 */
#include "config.h"

#include <gtk/gtk.h>

#include "copydesk-versions-actions.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "ui-test-util.h"

static gboolean
not_busy (gpointer data)
{
  return !copydesk_document_get_busy (copydesk_window_get_document (data));
}

static gboolean
quit_later (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
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

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!copydesk_document_save_finish (COPYDESK_DOCUMENT (object), result, &error))
    g_printerr ("%s\n", error->message);
}

/* What win.send-* does once the note is given, without its toast (which
 * would cover the versions list in the picture). */
static void
send (CopydeskWindow      *window,
      CopydeskNextVersion  kind,
      const char          *note)
{
  CopydeskDocument *document = copydesk_window_get_document (window);
  g_autoptr(GError) error = NULL;

  if (!copydesk_versions_keep (copydesk_document_get_file (document), &error)
      || !copydesk_article_mark_next_version (copydesk_document_get_article (document), kind, note,
                                              &error))
    {
      g_printerr ("%s\n", error->message);
      return;
    }
  copydesk_document_save_async (document, NULL, NULL, on_saved, NULL);
  preview_test_wait (not_busy, window);
}

static void
tag (CopydeskArticle *article)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) embargo = g_date_time_new_local (g_date_time_get_year (day),
                                                        g_date_time_get_month (day),
                                                        g_date_time_get_day_of_month (day), 6, 0, 0);

  copydesk_desk_add_subject (desk, "medtop:20000523", NULL);
  copydesk_desk_add_subject (desk, "medtop:06000000", NULL);
  copydesk_desk_set_genre (desk, "genre:Current");
  copydesk_desk_set_priority (desk, 3);
  copydesk_desk_set_embargo (desk, embargo);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = NULL;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("OUT.png");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr(GFile) dir = NULL, file = NULL, sample = NULL;
  CopydeskApplication *app;
  CopydeskWindow *window;
  GtkWidget *panel, *scroller;
  int width = 1280, height = 800;
  gboolean waited = FALSE;
  graphene_point_t at;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: desk-screenshot [--size WxH] OUT.png");
      return 2;
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    return 2;
  gtk_init ();
  app = ui_test_app_new ();
  dir_path = g_dir_make_tmp ("copydesk-desk-shot-XXXXXX", NULL);
  dir = g_file_new_for_path (dir_path);
  file = g_file_get_child (dir, "story.xml");
  sample = copydesk_application_dup_sample ();
  window = ui_test_open_sample (app, width, height);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-details", NULL);
  tag (ui_test_article (window));
  copydesk_window_save (window, file);
  preview_test_wait (not_busy, window);
  send (window, COPYDESK_NEXT_UPDATE, "Adds the mayor's statement.");
  send (window, COPYDESK_NEXT_CORRECTION, "Corrects the mayor's name in the third paragraph.");
  /* Let "Saved" go before the picture. */
  g_timeout_add_seconds (6, quit_later, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  panel = find_type (GTK_WIDGET (window), g_type_from_name ("CopydeskDeskPanel"));
  scroller = gtk_widget_get_ancestor (panel, GTK_TYPE_SCROLLED_WINDOW);
  if (gtk_widget_compute_point (panel, scroller, &GRAPHENE_POINT_INIT (0, 0), &at))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + at.y - 8);
    }
  preview_test_wait_frames (GTK_WIDGET (window), 6);
  if (!preview_test_save_png (GTK_WIDGET (window), argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
  ui_test_app_free (app);
  return 0;
}
