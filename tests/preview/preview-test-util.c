/* preview-test-util.c: what the preview's UI tests and demo share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "preview-test-util.h"

/* A guard against a hung test, not a performance limit; AddressSanitizer
 * makes everything several times slower, and the machine may be shared. */
#if defined(__SANITIZE_ADDRESS__)
#define WAIT_LIMIT_SECONDS 150
#else
#define WAIT_LIMIT_SECONDS 20
#endif

static void
collect (GtkWidget  *widget,
         GType       type,
         const char *css_class,
         GPtrArray  *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, css_class, out);
}

/* Every widget of @type with @css_class under @root, depth first. */
GPtrArray *
preview_test_all_by_class (GtkWidget  *root,
                           GType       type,
                           const char *css_class)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, type, css_class, out);
  return out;
}

GtkWidget *
preview_test_find_by_class (GtkWidget  *root,
                            GType       type,
                            const char *css_class)
{
  g_autoptr(GPtrArray) all = preview_test_all_by_class (root, type, css_class);

  return all->len > 0 ? g_ptr_array_index (all, 0) : NULL;
}

static gboolean
on_limit (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so. */
void
preview_test_wait (gboolean (*done) (gpointer data),
                   gpointer   data)
{
  gboolean expired = FALSE;
  guint limit = g_timeout_add_seconds (WAIT_LIMIT_SECONDS, on_limit, &expired);

  while (!done (data) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (expired)
    g_error ("gave up waiting after %d s", WAIT_LIMIT_SECONDS);
  g_source_remove (limit);
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  --*(int *) data;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_passed (gpointer data)
{
  return *(int *) data <= 0;
}

/* Runs the main loop until @widget has been through @n frames. */
void
preview_test_wait_frames (GtkWidget *widget,
                          int        n)
{
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &n, NULL);

  preview_test_wait (frames_passed, &n);
  gtk_widget_remove_tick_callback (widget, id);
}

/* Renders @widget (which must be shown in a window) to a PNG file. */
gboolean
preview_test_save_png (GtkWidget   *widget,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing to render");
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write %s", path);
      return FALSE;
    }
  return TRUE;
}
