/* preview-demo.c: the preview pane beside a plain body-markup editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the bundled sample article. Typing in the left-hand text (body
 * markup, see README.md) updates the preview live. With --screenshot FILE it
 * waits for the photos, renders the window's content to a PNG and exits:
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" _build/tests/manual/preview-demo \
 *     --screenshot data/screenshots/preview-pane.png
 *
 * Not translated: it is a developer tool.
 */
#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "copydesk-figure-image.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-test-util.h"
#include "preview-test-util.h"
#include "sample-article.h"

typedef struct
{
  CopydeskArticle *article;
  GtkWidget       *content;
  GtkWidget       *pane;
  gboolean         closed;
} Demo;

static void
on_markup_changed (GtkTextBuffer *buffer,
                   Demo          *demo)
{
  g_autofree char *text = NULL;
  g_autoptr(CopydeskBody) body = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  body = copydesk_body_parse_markup (text, -1, NULL);
  if (body != NULL)
    copydesk_article_set_body (demo->article, body);
}

/* Which body block the cursor is in: blocks are separated by blank lines. */
static guint
block_at_cursor (GtkTextBuffer *buffer)
{
  GtkTextIter iter, start;
  g_autofree char *before = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean after_blank = TRUE;
  guint starts = 0;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_get_start_iter (buffer, &start);
  before = gtk_text_buffer_get_text (buffer, &start, &iter, FALSE);
  lines = g_strsplit (before, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean blank = g_strstrip (lines[i])[0] == '\0';

      if (!blank && after_blank)
        starts++;
      after_blank = blank;
    }
  return starts > 0 ? starts - 1 : 0;
}

static void
on_cursor_moved (GtkTextBuffer *buffer,
                 GParamSpec    *pspec,
                 Demo          *demo)
{
  copydesk_preview_pane_reveal_block (COPYDESK_PREVIEW_PANE (demo->pane),
                                      block_at_cursor (buffer));
}

static GtkWidget *
editor_new (Demo *demo)
{
  GtkSourceBuffer *buffer = gtk_source_buffer_new (NULL);
  GtkWidget *view = gtk_source_view_new_with_buffer (buffer);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (demo->article));

  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), markup, -1);
  gtk_source_buffer_set_style_scheme (buffer, gtk_source_style_scheme_manager_get_scheme (
    gtk_source_style_scheme_manager_get_default (),
    adw_style_manager_get_dark (adw_style_manager_get_default ()) ? "Adwaita-dark" : "Adwaita"));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 16);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 16);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 16);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 4);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_markup_changed), demo);
  g_signal_connect (buffer, "notify::cursor-position", G_CALLBACK (on_cursor_moved), demo);
  g_object_unref (buffer);
  return scroller;
}

static gboolean
photos_settled (gpointer data)
{
  Demo *demo = data;
  g_autoptr(GPtrArray) figures = preview_test_all_by_class (demo->pane, GTK_TYPE_BOX, "figure");

  for (guint i = 0; i < figures->len; i++)
    {
      GtkWidget *picture = gtk_widget_get_first_child (g_ptr_array_index (figures, i));

      if (copydesk_figure_image_get_paintable (COPYDESK_FIGURE_IMAGE (picture)) == NULL &&
          !gtk_widget_has_css_class (picture, "photo-missing"))
        return FALSE;
    }
  return gtk_widget_get_width (demo->content) > 0;
}

/* The end of a list view is only known once its last rows are laid out. */
static void
scroll_to_end (Demo *demo)
{
  GtkWidget *scroller = preview_test_find_by_class (demo->pane, GTK_TYPE_SCROLLED_WINDOW,
                                                    "story-view");
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  for (guint i = 0; i < 10; i++)
    {
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      preview_test_wait_frames (demo->content, 2);
    }
}

static void
on_close (GtkWindow *window,
          Demo      *demo)
{
  demo->closed = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *screenshot = NULL;
  g_autofree char *page = NULL;
  g_autofree char *language = NULL;
  g_autofree char *schema = NULL;
  gboolean dark = FALSE;
  gboolean end = FALSE;
  int scroll_to = -1;
  GOptionEntry entries[] = {
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Save a PNG and exit", "FILE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "reader or wire", "PAGE" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, "Article language", "TAG" },
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema, "NewsML-G2 schema", "XSD" },
    { "reveal", 0, 0, G_OPTION_ARG_INT, &scroll_to, "Keep this block in view", "N" },
    { "end", 0, 0, G_OPTION_ARG_NONE, &end, "Scroll to the end of the story", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("- Copydesk preview demo");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) base_dir = NULL;
  Demo demo = { NULL, NULL, NULL, FALSE };
  GtkWidget *window, *header, *paned;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("preview-demo: %s\n", error->message);
      return 2;
    }
  if (g_getenv ("COPYDESK_DATA_SRCDIR") == NULL)
    g_setenv ("COPYDESK_DATA_SRCDIR", SOURCE_ROOT "/data", TRUE);
  adw_init ();
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);

  dir = copydesk_test_data_path ("sample", NULL);
  base_dir = g_file_new_for_path (dir);
  demo.article = copydesk_test_build_sample_article (dir);
  if (language != NULL)
    copydesk_article_set_language (demo.article, language);

  demo.pane = copydesk_preview_pane_new ();
  copydesk_preview_pane_set_base_dir (COPYDESK_PREVIEW_PANE (demo.pane), base_dir);
  copydesk_preview_pane_set_schema_path (COPYDESK_PREVIEW_PANE (demo.pane), schema);
  copydesk_preview_pane_set_article (COPYDESK_PREVIEW_PANE (demo.pane), demo.article);
  if (page != NULL)
    copydesk_preview_pane_set_page (COPYDESK_PREVIEW_PANE (demo.pane), page);

  paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (paned), editor_new (&demo));
  gtk_paned_set_end_child (GTK_PANED (paned), demo.pane);
  gtk_paned_set_position (GTK_PANED (paned), 500);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (
    ADW_HEADER_BAR (header),
    adw_window_title_new (copydesk_article_get_slugline (demo.article),
                          "Copydesk — live preview"));
  demo.content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (demo.content, "background");
  gtk_box_append (GTK_BOX (demo.content), header);
  gtk_box_append (GTK_BOX (demo.content), paned);

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_window_set_content (ADW_WINDOW (window), demo.content);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close), &demo);
  gtk_window_present (GTK_WINDOW (window));
  if (scroll_to >= 0)
    copydesk_preview_pane_reveal_block (COPYDESK_PREVIEW_PANE (demo.pane), (guint) scroll_to);

  if (screenshot != NULL)
    {
      preview_test_wait (photos_settled, &demo);
      preview_test_wait_frames (demo.content, 4);
      if (end)
        scroll_to_end (&demo);
      if (!preview_test_save_png (demo.content, screenshot, &error))
        {
          g_printerr ("preview-demo: %s\n", error->message);
          return 1;
        }
      gtk_window_destroy (GTK_WINDOW (window));
      g_object_unref (demo.article);
      return 0;
    }

  while (!demo.closed)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (demo.article);
  return 0;
}
