/* copydesk-photo-gutter.c: thumbnails beside the body's placement lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside every "[photo: ID]" line of the body the gutter draws that photo's
 * thumbnail, so the writer sees the picture rather than an id, and a warning
 * sign when the id names no photo or the photo's file cannot be shown. The
 * caption is the line's tooltip. Thumbnails come from the shared cache and
 * are loaded off the main thread; the gutter redraws when one arrives.
 *
 * A body without placement lines gets no gutter at all: the column would
 * be an empty strip beside every line, taking width from the text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-photo-gutter.h"
#include "copydesk-thumbnail.h"

#define THUMB_SIZE   96   /* decoded longest side */
#define CELL_WIDTH   32   /* drawn width, at most: a compact thumbnail */
#define RETRY_USEC   (5 * G_USEC_PER_SEC)

struct _CopydeskPhotoGutter
{
  GtkSourceGutterRenderer  parent_instance;

  CopydeskArticle         *article;
  GCancellable            *cancellable;
  GHashTable              *pending;   /* uri -> gint64: 0 loading, else when last checked */
  GHashTable              *failed;    /* uri -> Failure */
  gboolean                 has_placements;
};

typedef struct
{
  char   *message;
  gint64  when;
} Failure;

G_DEFINE_FINAL_TYPE (CopydeskPhotoGutter, copydesk_photo_gutter, GTK_SOURCE_TYPE_GUTTER_RENDERER)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_HAS_PLACEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
failure_free (gpointer data)
{
  Failure *f = data;

  g_free (f->message);
  g_free (f);
}

static const Failure *
fresh_failure (CopydeskPhotoGutter *self,
               GFile               *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  Failure *f = g_hash_table_lookup (self->failed, uri);

  if (f != NULL && g_get_monotonic_time () - f->when > RETRY_USEC)
    {
      g_hash_table_remove (self->failed, uri);
      return NULL;
    }
  return f;
}

/**
 * copydesk_photo_gutter_describe_line:
 *
 * Returns: (transfer full) (nullable): the tooltip for @line, or %NULL when
 *   it is not a placement line
 */
char *
copydesk_photo_gutter_describe_line (CopydeskPhotoGutter *self,
                                     const char          *line,
                                     gboolean            *problem)
{
  g_autofree char *id = copydesk_body_placement_id (line);
  CopydeskPhoto *photo;
  GFile *file;
  const Failure *failure;
  const char *caption;

  g_return_val_if_fail (COPYDESK_IS_PHOTO_GUTTER (self), NULL);

  *problem = FALSE;
  if (id == NULL || self->article == NULL)
    return NULL;
  photo = copydesk_article_find_photo (self->article, id);
  file = photo ? copydesk_photo_get_file (photo) : NULL;
  *problem = TRUE;
  if (photo == NULL)
    return g_strdup_printf (_("No photo is called “%s”"), id);
  if (file == NULL)
    return g_strdup_printf (_("Photo “%s” has no file yet"), id);
  failure = fresh_failure (self, file);
  if (failure != NULL)
    return g_strdup (failure->message);
  *problem = FALSE;
  caption = copydesk_photo_get_caption (photo);
  if (*caption == '\0')
    return g_strdup_printf (_("Photo “%s” (no caption yet)"), id);
  return g_strdup (caption);
}

typedef struct
{
  CopydeskPhotoGutter *self;
  GFile               *file;
} Load;

static void
on_thumbnail (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(CopydeskPhotoGutter) self = load->self;
  g_autoptr(GFile) file = load->file;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  GdkTexture *before = NULL;
  gint64 *checked;

  g_free (load);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  before = copydesk_thumbnail_peek (file, THUMB_SIZE);
  texture = copydesk_thumbnail_load_finish (result, &error);
  checked = g_hash_table_lookup (self->pending, uri);
  if (checked != NULL)
    *checked = g_get_monotonic_time ();
  if (texture == NULL)
    {
      Failure *f = g_new0 (Failure, 1);

      f->message = g_strdup (error->message);
      f->when = g_get_monotonic_time ();
      g_hash_table_replace (self->failed, g_steal_pointer (&uri), f);
    }
  else
    g_hash_table_remove (self->failed, uri);
  /* redraw only for news: a new thumbnail, or a failure to show */
  if (texture == NULL || texture != before)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The file is checked again (it may have been edited on disk) at most every
 * few seconds, never on every redraw. */
static void
request_thumbnail (CopydeskPhotoGutter *self,
                   GFile               *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  gint64 now = g_get_monotonic_time ();
  gint64 *last = g_hash_table_lookup (self->pending, uri);
  Load *load;

  if (last != NULL && (*last == 0 || now - *last < RETRY_USEC))
    return;
  last = g_new (gint64, 1);
  *last = 0;   /* in flight */
  g_hash_table_replace (self->pending, g_strdup (uri), last);
  load = g_new0 (Load, 1);
  load->self = g_object_ref (self);
  load->file = g_object_ref (file);
  copydesk_thumbnail_load_async (file, THUMB_SIZE, self->cancellable, on_thumbnail, load);
}

static GdkPaintable *
warning_icon (CopydeskPhotoGutter *self)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

  return GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, "dialog-warning-symbolic", NULL, 16,
                                                    gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                                    GTK_TEXT_DIR_NONE, 0));
}

static char *
line_text (GtkSourceGutterLines *lines,
           guint                 line)
{
  GtkTextIter start, end;

  gtk_source_gutter_lines_get_iter_at_line (lines, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  return gtk_text_iter_get_slice (&start, &end);
}

static void
draw_warning (CopydeskPhotoGutter *self,
              GtkSnapshot         *snapshot,
              double               x,
              double               y,
              double               height)
{
  g_autoptr(GdkPaintable) icon = warning_icon (self);
  const GdkRGBA amber = { 0.90, 0.65, 0.04, 1.0 };
  const GdkRGBA colors[4] = { amber, amber, amber, amber };
  double size = MIN (16.0, height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (CELL_WIDTH - size) / 2,
                                                          y + (height - size) / 2));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, size, size,
                                            colors, G_N_ELEMENTS (colors));
  gtk_snapshot_restore (snapshot);
}

static void
draw_thumbnail (GtkSnapshot  *snapshot,
                GdkPaintable *paintable,
                double        x,
                double        y,
                double        height)
{
  double ratio = gdk_paintable_get_intrinsic_aspect_ratio (paintable);
  double h = MAX (height - 2, 1);
  double w = ratio > 0 ? MIN (h * ratio, CELL_WIDTH) : h;

  h = ratio > 0 ? w / ratio : h;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (CELL_WIDTH - w) / 2,
                                                          y + (height - h) / 2));
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  gtk_snapshot_restore (snapshot);
}

static void
copydesk_photo_gutter_snapshot_line (GtkSourceGutterRenderer *renderer,
                                     GtkSnapshot             *snapshot,
                                     GtkSourceGutterLines    *lines,
                                     guint                    line)
{
  CopydeskPhotoGutter *self = COPYDESK_PHOTO_GUTTER (renderer);
  g_autofree char *text = line_text (lines, line);
  g_autofree char *id = copydesk_body_placement_id (text);
  g_autofree char *tooltip = NULL;
  CopydeskPhoto *photo;
  GdkTexture *texture;
  gboolean problem;
  int line_y, line_height;
  double y, height;
  double x = gtk_source_gutter_renderer_get_xpad (renderer);

  if (id == NULL || self->article == NULL)
    return;
  tooltip = copydesk_photo_gutter_describe_line (self, text, &problem);
  gtk_source_gutter_lines_get_line_yrange (lines, line,
                                           GTK_SOURCE_GUTTER_RENDERER_ALIGNMENT_MODE_FIRST,
                                           &line_y, &line_height);
  y = line_y;
  height = line_height;
  if (problem)
    {
      draw_warning (self, snapshot, x, y, height);
      return;
    }
  photo = copydesk_article_find_photo (self->article, id);
  texture = copydesk_thumbnail_peek (copydesk_photo_get_file (photo), THUMB_SIZE);
  /* a stale thumbnail is shown while the current one loads */
  request_thumbnail (self, copydesk_photo_get_file (photo));
  if (texture != NULL)
    draw_thumbnail (snapshot, GDK_PAINTABLE (texture), x, y, height);
}

static gboolean
copydesk_photo_gutter_query_tooltip (GtkWidget  *widget,
                                     int         x,
                                     int         y,
                                     gboolean    keyboard,
                                     GtkTooltip *tooltip)
{
  CopydeskPhotoGutter *self = COPYDESK_PHOTO_GUTTER (widget);
  GtkSourceView *view = gtk_source_gutter_renderer_get_view (GTK_SOURCE_GUTTER_RENDERER (self));
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  GtkTextIter start, end;
  gboolean problem;
  int bx, by;

  if (view == NULL)
    return FALSE;
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_LEFT, x, y,
                                         &bx, &by);
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (view), &start, by, NULL);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_iter_get_slice (&start, &end);
  description = copydesk_photo_gutter_describe_line (self, text, &problem);
  if (description == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

static void
copydesk_photo_gutter_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  CopydeskPhotoGutter *self = COPYDESK_PHOTO_GUTTER (widget);
  int pad = gtk_source_gutter_renderer_get_xpad (GTK_SOURCE_GUTTER_RENDERER (widget));

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->has_placements)
    *minimum = *natural = CELL_WIDTH + 2 * pad;
  *minimum_baseline = *natural_baseline = -1;
}

static gboolean
body_has_placements (CopydeskBody *body)
{
  guint n = body ? copydesk_body_get_n_blocks (body) : 0;

  for (guint i = 0; i < n; i++)
    if (copydesk_block_get_kind (copydesk_body_get_block (body, i)) == COPYDESK_BLOCK_PHOTO)
      return TRUE;
  return FALSE;
}

/* The width follows the parsed body, so it changes once a placement line is
 * complete rather than at every keystroke that starts one. */
static void
update_has_placements (CopydeskPhotoGutter *self)
{
  gboolean has = self->article != NULL
                 && body_has_placements (copydesk_article_get_body (self->article));

  if (has == self->has_placements)
    return;
  self->has_placements = has;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PLACEMENTS]);
}

static void
on_article_changed (CopydeskPhotoGutter *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Held weakly: GtkSourceView 5.6 keeps gutter renderers alive after their
 * view is gone, and that must not keep the article alive too. */
static void
set_article (CopydeskPhotoGutter *self,
             CopydeskArticle     *article)
{
  if (self->article != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->article, self);
      g_object_remove_weak_pointer (G_OBJECT (self->article), (gpointer *) &self->article);
    }
  self->article = article;
  if (article != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (article), (gpointer *) &self->article);
      g_signal_connect_object (article, "changed", G_CALLBACK (on_article_changed), self,
                               G_CONNECT_SWAPPED);
      /* only a new body can add or remove a placement line */
      g_signal_connect_object (article, "notify::body", G_CALLBACK (update_has_placements), self,
                               G_CONNECT_SWAPPED);
    }
  update_has_placements (self);
}

static void
copydesk_photo_gutter_dispose (GObject *object)
{
  CopydeskPhotoGutter *self = (CopydeskPhotoGutter *) object;

  g_cancellable_cancel (self->cancellable);
  set_article (self, NULL);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->failed, g_hash_table_unref);

  G_OBJECT_CLASS (copydesk_photo_gutter_parent_class)->dispose (object);
}

static void
copydesk_photo_gutter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CopydeskPhotoGutter *self = COPYDESK_PHOTO_GUTTER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    case PROP_HAS_PLACEMENTS: g_value_set_boolean (value, self->has_placements); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_photo_gutter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CopydeskPhotoGutter *self = COPYDESK_PHOTO_GUTTER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: set_article (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_photo_gutter_class_init (CopydeskPhotoGutterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkSourceGutterRendererClass *renderer_class = GTK_SOURCE_GUTTER_RENDERER_CLASS (klass);

  object_class->dispose = copydesk_photo_gutter_dispose;
  object_class->get_property = copydesk_photo_gutter_get_property;
  object_class->set_property = copydesk_photo_gutter_set_property;
  widget_class->measure = copydesk_photo_gutter_measure;
  widget_class->query_tooltip = copydesk_photo_gutter_query_tooltip;
  renderer_class->snapshot_line = copydesk_photo_gutter_snapshot_line;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /* whether the body has a placement line, and so whether the gutter takes
   * any width */
  properties[PROP_HAS_PLACEMENTS] = g_param_spec_boolean ("has-placements", NULL, NULL, FALSE,
                                                          G_PARAM_READABLE |
                                                          G_PARAM_EXPLICIT_NOTIFY |
                                                          G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_photo_gutter_init (CopydeskPhotoGutter *self)
{
  self->cancellable = g_cancellable_new ();
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, failure_free);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_source_gutter_renderer_set_xpad (GTK_SOURCE_GUTTER_RENDERER (self), 4);
}

/**
 * copydesk_photo_gutter_new:
 * @article: the article whose body the view shows
 *
 * Returns: (transfer floating): a renderer for the view's left gutter
 */
GtkSourceGutterRenderer *
copydesk_photo_gutter_new (CopydeskArticle *article)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  return g_object_new (COPYDESK_TYPE_PHOTO_GUTTER, "article", article, NULL);
}

CopydeskArticle *
copydesk_photo_gutter_get_article (CopydeskPhotoGutter *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_GUTTER (self), NULL);
  return self->article;
}

gboolean
copydesk_photo_gutter_get_has_placements (CopydeskPhotoGutter *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_GUTTER (self), FALSE);
  return self->has_placements;
}
