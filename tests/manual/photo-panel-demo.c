/* photo-panel-demo.c: the photo panel on its own, with the sample article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   photo-panel-demo [SAMPLE_DIR]                 a window to try the panel in
 *   photo-panel-demo --screenshot FILE [SAMPLE_DIR]  writes a PNG of the panel
 *                                                 once its thumbnails are in
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-photo-card.h"
#include "copydesk-photo-panel.h"
#include "sample-article.h"

#define WIDTH  440
#define HEIGHT 1020

typedef struct
{
  GtkWidget  *window;
  GtkWidget  *panel;
  const char *screenshot;
  int         status;
  guint       settled;
  gboolean    done;
} Demo;

static gboolean
thumbnails_in (Demo *demo)
{
  CopydeskPhotoPanel *panel = COPYDESK_PHOTO_PANEL (demo->panel);

  for (guint i = 0; i < _copydesk_photo_panel_get_n_cards (panel); i++)
    {
      CopydeskPhotoCard *card = COPYDESK_PHOTO_CARD (_copydesk_photo_panel_get_card (panel, i));

      if (!_copydesk_photo_card_has_thumbnail (card))
        return FALSE;
    }
  return TRUE;
}

static void
save_screenshot (Demo *demo)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (demo->window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (demo->window));
  int width = gtk_widget_get_width (demo->window);
  int height = gtk_widget_get_height (demo->window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, demo->screenshot))
    {
      g_printerr ("Could not write %s\n", demo->screenshot);
      demo->status = 1;
    }
  else
    g_print ("%s: %d × %d\n", demo->screenshot, width, height);
}

static gboolean
poll_for_screenshot (gpointer data)
{
  Demo *demo = data;

  /* then a few more frames, for the cross-fades and the layout to settle */
  if (!thumbnails_in (demo) || ++demo->settled < 20)
    return G_SOURCE_CONTINUE;
  save_screenshot (demo);
  demo->done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_close (Demo *demo)
{
  demo->done = TRUE;
}

/* The panel's states at a glance: the town-hall photo first, not placed in
 * the body yet, with a caption over the limit. */
static void
show_states (CopydeskArticle *article)
{
  CopydeskPhoto *town_hall = copydesk_article_find_photo (article, "town-hall");
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (article));
  g_autoptr(GString) edited = g_string_new (markup);
  g_autoptr(CopydeskBody) body = NULL;

  g_string_replace (edited, "[photo: town-hall]\n\n", "", 1);
  body = copydesk_body_parse_markup (edited->str, -1, NULL);
  copydesk_article_set_body (article, body);
  copydesk_article_move_photo (article, town_hall, 0);
  copydesk_photo_set_caption (town_hall,
                              "The Guildhall, where Councillor Zoë Penwarden’s coastal committee "
                              "heard the engineers’ findings on Monday night, after a two-hour "
                              "debate that ran long past the advertised close of the meeting.");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CopydeskArticle) article = NULL;
  g_autofree char *sample_dir = NULL;
  g_autoptr(GFile) base_dir = NULL;
  GtkWidget *toolbar;
  GtkWidget *box;
  Demo demo = { 0 };
  int first = 1;

  if (argc > 2 && g_str_equal (argv[1], "--screenshot"))
    {
      demo.screenshot = argv[2];
      first = 3;
    }
  sample_dir = g_strdup (argc > first ? argv[first] : "data/sample");
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);

  article = copydesk_test_build_sample_article (sample_dir);
  base_dir = g_file_new_for_path (sample_dir);
  show_states (article);

  demo.panel = copydesk_photo_panel_new ();
  copydesk_photo_panel_set_article (COPYDESK_PHOTO_PANEL (demo.panel), article);
  copydesk_photo_panel_set_base_dir (COPYDESK_PHOTO_PANEL (demo.panel), base_dir);
  g_object_set (demo.panel, "caption-limit", 160, NULL);

  demo.window = adw_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  toolbar = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (toolbar),
                                   adw_window_title_new ("Copydesk",
                                                         copydesk_article_get_slugline (article)));
  gtk_box_append (GTK_BOX (box), toolbar);
  gtk_box_append (GTK_BOX (box), demo.panel);
  adw_window_set_content (ADW_WINDOW (demo.window), box);
  gtk_window_set_default_size (GTK_WINDOW (demo.window), WIDTH, HEIGHT);
  g_signal_connect_swapped (demo.window, "close-request", G_CALLBACK (on_close), &demo);
  gtk_window_present (GTK_WINDOW (demo.window));

  if (demo.screenshot != NULL)
    g_timeout_add (200, poll_for_screenshot, &demo);
  while (!demo.done)
    g_main_context_iteration (NULL, TRUE);
  return demo.status;
}
