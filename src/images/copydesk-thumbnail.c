/* copydesk-thumbnail.c: photo thumbnails, decoded off the main thread and cached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used for the photo panel's thumbnails and the preview's figures alike.
 * The cache is keyed by the file, its modification time and the size, so a
 * photo edited on disk gets a fresh thumbnail and an unchanged one is decoded
 * once however many cards and gutters show it. Decoding is scaled while it
 * runs (the JPEG loader decodes at a fraction of full size), and images too
 * big to be sensible are refused before any decoding starts.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-core.h"
#include "copydesk-thumbnail.h"

G_LOCK_DEFINE_STATIC (cache);
static GHashTable *decoded;   /* "uri mtime size" -> GdkPixbuf, any thread */
static GHashTable *latest;    /* "uri size" -> GdkTexture, main thread */

typedef struct
{
  GFile *file;
  int    size;
} Request;

static void
request_free (Request *r)
{
  g_object_unref (r->file);
  g_free (r);
}

static char *
latest_key (GFile *file,
            int    size)
{
  g_autofree char *uri = g_file_get_uri (file);

  return g_strdup_printf ("%s %d", uri, size);
}

/* Starts like a JPEG or a PNG: then a failure to read it means damage. */
static gboolean
looks_like_image (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  guint8 head[8] = { 0 };
  gsize n = 0;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, NULL, NULL))
    return FALSE;
  return (n >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) ||
         (n == 8 && memcmp (head, "\x89PNG\r\n\x1a\n", 8) == 0);
}

static GdkPixbuf *
decode (GFile         *file,
        const char    *path,
        int            size,
        GError       **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GdkPixbuf) scaled = NULL;
  g_autoptr(GError) local_error = NULL;
  int width = 0, height = 0;

  if (gdk_pixbuf_get_file_info (path, &width, &height) == NULL)
    {
      if (looks_like_image (file))
        g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                     _("“%s” is damaged and cannot be shown"), name);
      else
        g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                     _("“%s” is not an image Copydesk can show"), name);
      return NULL;
    }
  if (width <= 0 || height <= 0 ||
      (guint64) width * (guint64) height > COPYDESK_THUMBNAIL_MAX_PIXELS)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("“%s” is too large to preview (%d × %d pixels)"), name, width, height);
      return NULL;
    }
  /* scaled down to @size, never up: the widget showing it scales as needed */
  if (width <= size && height <= size)
    scaled = gdk_pixbuf_new_from_file (path, &local_error);
  else
    scaled = gdk_pixbuf_new_from_file_at_scale (path, size, size, TRUE, &local_error);
  if (scaled == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("“%s” is damaged and cannot be shown"), name);
      return NULL;
    }
  return gdk_pixbuf_apply_embedded_orientation (scaled);
}

static GdkPixbuf *
load_in_thread (Request       *r,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = g_file_get_path (r->file);
  g_autofree char *name = g_file_get_basename (r->file);
  g_autofree char *uri = g_file_get_uri (r->file);
  g_autofree char *key = NULL;
  GdkPixbuf *pixbuf;

  info = g_file_query_info (r->file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info == NULL || path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The file “%s” is missing"), name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > COPYDESK_THUMBNAIL_MAX_BYTES)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("“%s” is too large to preview"), name);
      return NULL;
    }

  key = g_strdup_printf ("%s %" G_GUINT64_FORMAT " %d", uri,
                         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                         r->size);
  G_LOCK (cache);
  pixbuf = decoded ? g_hash_table_lookup (decoded, key) : NULL;
  if (pixbuf != NULL)
    g_object_ref (pixbuf);
  G_UNLOCK (cache);
  if (pixbuf != NULL)
    return pixbuf;

  pixbuf = decode (r->file, path, r->size, error);
  if (pixbuf == NULL)
    return NULL;
  G_LOCK (cache);
  if (decoded == NULL)
    decoded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_hash_table_replace (decoded, g_steal_pointer (&key), g_object_ref (pixbuf));
  G_UNLOCK (cache);
  return pixbuf;
}

static void
thumbnail_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  GdkPixbuf *pixbuf = load_in_thread (task_data, cancellable, &error);

  if (pixbuf == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pixbuf, g_object_unref);
}

/**
 * copydesk_thumbnail_load_async:
 * @size: the longest side, in pixels
 *
 * Decodes a thumbnail of @file in a worker thread (or takes it from the
 * cache). Missing, damaged, unknown and oversized images fail with a message
 * meant for the photo's card.
 */
void
copydesk_thumbnail_load_async (GFile               *file,
                               int                  size,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *r;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (size > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_thumbnail_load_async);
  r = g_new0 (Request, 1);
  r->file = g_object_ref (file);
  r->size = size;
  g_task_set_task_data (task, r, (GDestroyNotify) request_free);
  g_task_run_in_thread (task, thumbnail_thread);
}

/**
 * copydesk_thumbnail_load_finish:
 *
 * Returns: (transfer full): the thumbnail, or %NULL with @error set
 */
GdkTexture *
copydesk_thumbnail_load_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autofree char *key = NULL;
  GdkTexture *texture;
  Request *r;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  pixbuf = g_task_propagate_pointer (G_TASK (result), error);
  if (pixbuf == NULL)
    return NULL;
  r = g_task_get_task_data (G_TASK (result));
  if (latest == NULL)
    latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  key = latest_key (r->file, r->size);
  /* the same decoded image gives the same texture, so callers can tell
   * "nothing changed" from "a new thumbnail" by comparing pointers */
  texture = g_hash_table_lookup (latest, key);
  if (texture != NULL && g_object_get_data (G_OBJECT (texture), "copydesk-pixbuf") == pixbuf)
    return g_object_ref (texture);
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  g_object_set_data_full (G_OBJECT (texture), "copydesk-pixbuf", g_object_ref (pixbuf),
                          g_object_unref);
  g_hash_table_replace (latest, g_steal_pointer (&key), g_object_ref (texture));
  return texture;
}

/**
 * copydesk_thumbnail_peek:
 *
 * Returns: (transfer none) (nullable): the last thumbnail loaded for @file
 */
GdkTexture *
copydesk_thumbnail_peek (GFile *file,
                         int    size)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (latest == NULL)
    return NULL;
  key = latest_key (file, size);
  return g_hash_table_lookup (latest, key);
}
