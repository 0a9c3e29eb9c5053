/* copydesk-photo-loader.c: photo files as textures, loaded off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decoding a camera JPEG takes longer than a frame, so files are decoded,
 * scaled down to the column, in a worker thread by copydesk-thumbnail, which
 * also refuses absurdly large images and caches what it decoded (the photo
 * panel shares that cache). A figure rebuilt for a file already shown gets
 * its texture at once. Several pictures waiting for the same file share one
 * load.
 */
#include "config.h"

#include "copydesk-photo-loader.h"
#include "copydesk-thumbnail.h"

#define PICTURE_URI_KEY "copydesk-photo-uri"

struct _CopydeskPhotoLoader
{
  GObject       parent_instance;
  GHashTable   *waiting;  /* uri -> GPtrArray of GWeakRef* to CopydeskFigureImage */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (CopydeskPhotoLoader, copydesk_photo_loader, G_TYPE_OBJECT)

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
copydesk_photo_loader_dispose (GObject *object)
{
  CopydeskPhotoLoader *self = COPYDESK_PHOTO_LOADER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->waiting, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (copydesk_photo_loader_parent_class)->dispose (object);
}

static void
copydesk_photo_loader_class_init (CopydeskPhotoLoaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = copydesk_photo_loader_dispose;
}

static void
copydesk_photo_loader_init (CopydeskPhotoLoader *self)
{
  self->waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->cancellable = g_cancellable_new ();
}

CopydeskPhotoLoader *
copydesk_photo_loader_new (void)
{
  return g_object_new (COPYDESK_TYPE_PHOTO_LOADER, NULL);
}

/* ------------------------------------------------------------ main thread */

/* One file being decoded: the loader is kept alive until it is done. */
typedef struct
{
  CopydeskPhotoLoader *self;
  char                *uri;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->self);
  g_free (load->uri);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static void
show_on_picture (CopydeskFigureImage *picture,
                 GdkPaintable        *paintable,
                 const char          *problem)
{
  GtkWidget *widget = GTK_WIDGET (picture);

  copydesk_figure_image_set_paintable (picture, paintable);
  gtk_widget_set_tooltip_text (widget, problem);
  if (paintable == NULL)
    gtk_widget_add_css_class (widget, "photo-missing");
  else
    gtk_widget_remove_css_class (widget, "photo-missing");
}

static void
on_decoded (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  const char *uri = load->uri;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) waiters = NULL;
  g_autofree char *key = NULL;
  CopydeskPhotoLoader *self;

  texture = copydesk_thumbnail_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = load->self;
  if (self->waiting == NULL ||
      !g_hash_table_steal_extended (self->waiting, uri, (gpointer *) &key, (gpointer *) &waiters))
    return;
  for (guint i = 0; i < waiters->len; i++)
    {
      g_autoptr(CopydeskFigureImage) picture = g_weak_ref_get (g_ptr_array_index (waiters, i));

      /* the figure may have been given another file meanwhile */
      if (picture != NULL &&
          g_strcmp0 (g_object_get_data (G_OBJECT (picture), PICTURE_URI_KEY), uri) == 0)
        show_on_picture (picture, GDK_PAINTABLE (texture), error ? error->message : NULL);
    }
}

/**
 * copydesk_photo_loader_show:
 * @self: the loader
 * @file: the photo file
 * @picture: the picture that should show it
 *
 * Shows @file on @picture: at once when it is cached, otherwise when it has
 * been decoded. A file that cannot be read leaves the picture empty with the
 * "photo-missing" style class and the reason as its tooltip.
 */
void
copydesk_photo_loader_show (CopydeskPhotoLoader *self,
                            GFile               *file,
                            CopydeskFigureImage *picture)
{
  g_autofree char *uri = NULL;
  GdkTexture *texture;
  GPtrArray *waiters;
  GWeakRef *ref;

  g_return_if_fail (COPYDESK_IS_PHOTO_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (COPYDESK_IS_FIGURE_IMAGE (picture));

  uri = g_file_get_uri (file);
  g_object_set_data_full (G_OBJECT (picture), PICTURE_URI_KEY, g_strdup (uri), g_free);
  texture = copydesk_thumbnail_peek (file, COPYDESK_PHOTO_LOADER_MAX_WIDTH);
  if (texture != NULL)
    {
      show_on_picture (picture, GDK_PAINTABLE (texture), NULL);
      return;
    }

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, picture);
  waiters = g_hash_table_lookup (self->waiting, uri);
  if (waiters == NULL)
    {
      Load *load = g_new0 (Load, 1);

      load->self = g_object_ref (self);
      load->uri = g_strdup (uri);
      waiters = g_ptr_array_new_with_free_func ((GDestroyNotify) weak_ref_free);
      g_hash_table_insert (self->waiting, g_strdup (uri), waiters);
      copydesk_thumbnail_load_async (file, COPYDESK_PHOTO_LOADER_MAX_WIDTH, self->cancellable,
                                     on_decoded, load);
    }
  g_ptr_array_add (waiters, ref);
}
