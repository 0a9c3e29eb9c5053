/* copydesk-save-photos.c: saving an article to a new folder with its photos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save As to another folder first copies the photos that live in the
 * article's old folder (the bundled sample's, say, in the install folder)
 * to the same places under the new one, so the saved file links to copies
 * beside it and not to a folder the user may not keep. The originals are
 * never touched. A copy that fails stops the save with an error naming the
 * photo, before anything is written; a photo whose file is already gone is
 * left as it is (the checks report it). If the article then fails to be
 * written, its photos point back at the originals.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-save-photos.h"

typedef struct
{
  GPtrArray *photos;   /* CopydeskPhoto, to move */
  GPtrArray *sources;  /* GFile, their files now */
  GPtrArray *targets;  /* GFile, their copies in the new folder */
  GFile     *file;
} SaveWith;

static void
save_with_free (SaveWith *data)
{
  g_ptr_array_unref (data->photos);
  g_ptr_array_unref (data->sources);
  g_ptr_array_unref (data->targets);
  g_clear_object (&data->file);
  g_free (data);
}

/* The photos inside @old_folder, and where they go under @new_folder. */
static void
plan_copies (CopydeskArticle *article,
             GFile           *old_folder,
             GFile           *new_folder,
             SaveWith        *data)
{
  GListModel *photos = copydesk_article_get_photos (article);

  if (old_folder == NULL || new_folder == NULL || g_file_equal (old_folder, new_folder))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      GFile *source = copydesk_photo_get_file (photo);
      g_autofree char *rel = source ? g_file_get_relative_path (old_folder, source) : NULL;

      if (rel == NULL)
        continue;
      g_ptr_array_add (data->photos, g_object_ref (photo));
      g_ptr_array_add (data->sources, g_object_ref (source));
      g_ptr_array_add (data->targets, g_file_resolve_relative_path (new_folder, rel));
    }
}

/* Whether @a and @b hold the same bytes. */
static gboolean
same_contents (GFile        *a,
               GFile        *b,
               GCancellable *cancellable)
{
  g_autoptr(GBytes) bytes_a = g_file_load_bytes (a, cancellable, NULL, NULL);
  g_autoptr(GBytes) bytes_b = g_file_load_bytes (b, cancellable, NULL, NULL);

  return bytes_a != NULL && bytes_b != NULL && g_bytes_equal (bytes_a, bytes_b);
}

static gboolean
copy_one (GFile         *source,
          GFile         *target,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autoptr(GError) local = NULL;
  g_autofree char *name = g_file_get_basename (source);

  if (!g_file_make_directory_with_parents (parent, cancellable, &local)
      && !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    goto failed;
  g_clear_error (&local);
  if (g_file_copy (source, target, G_FILE_COPY_NONE, cancellable, NULL, NULL, &local))
    return TRUE;
  /* A copy left by an earlier Save As is used as it is, a different file
   * of the same name never replaced. */
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      if (same_contents (source, target, cancellable))
        return TRUE;
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                   _("The photo “%s” could not be copied beside the article: "
                     "a different file of that name is already there"), name);
      return FALSE;
    }

failed:
  g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
               _("The photo “%s” could not be copied beside the article: %s"),
               name, local->message);
  return FALSE;
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveWith *data = task_data;
  GError *error = NULL;

  for (guint i = 0; i < data->sources->len; i++)
    {
      GFile *source = data->sources->pdata[i];

      if (!g_file_query_exists (source, cancellable))
        continue;
      if (!copy_one (source, data->targets->pdata[i], cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_boolean (task, TRUE);
}

/* Points each moved photo at @files (the copies, or the originals back). */
static void
point_photos (SaveWith  *data,
              GPtrArray *files)
{
  for (guint i = 0; i < data->photos->len; i++)
    if (g_file_query_exists (data->targets->pdata[i], NULL))
      copydesk_photo_set_file (data->photos->pdata[i], files->pdata[i]);
}

static void
on_written (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveWith *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!copydesk_newsml_write_finish (COPYDESK_ARTICLE (object), result, &error))
    {
      point_photos (data, data->sources);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_copied (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveWith *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  point_photos (data, data->targets);
  copydesk_newsml_write_async (COPYDESK_ARTICLE (object), data->file,
                               g_task_get_cancellable (task), on_written,
                               g_object_ref (task));
}

/**
 * copydesk_save_with_photos_async:
 * @old_file: (nullable): the file the article was in
 * @file: where to write it
 *
 * Writes @article to @file as copydesk_newsml_write_async() does, first
 * copying the photos that were in @old_file's folder beside @file when the
 * folder changes. The result's source object is @article.
 */
void
copydesk_save_with_photos_async (CopydeskArticle     *article,
                                 GFile               *old_file,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (article, cancellable, callback, user_data);
  g_autoptr(GTask) copy = NULL;
  g_autoptr(GFile) new_folder = g_file_get_parent (file);
  g_autoptr(GFile) old_folder = old_file ? g_file_get_parent (old_file) : NULL;
  SaveWith *data = g_new0 (SaveWith, 1);

  data->photos = g_ptr_array_new_with_free_func (g_object_unref);
  data->sources = g_ptr_array_new_with_free_func (g_object_unref);
  data->targets = g_ptr_array_new_with_free_func (g_object_unref);
  data->file = g_object_ref (file);
  g_task_set_source_tag (task, copydesk_save_with_photos_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_with_free);
  plan_copies (article, old_folder, new_folder, data);

  copy = g_task_new (article, cancellable, on_copied, g_steal_pointer (&task));
  g_task_set_task_data (copy, data, NULL);
  g_task_run_in_thread (copy, copy_thread);
}

gboolean
copydesk_save_with_photos_finish (CopydeskArticle  *article,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, article), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
