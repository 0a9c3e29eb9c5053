/* copydesk-newsml-async.c: the NewsML-G2 writer off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each call takes a snapshot of the article (copydesk_article_snapshot())
 * on the caller's thread, which is cheap (the body is shared), and writes
 * that in a worker thread: the editor goes on taking keys while a long
 * story is written, and whatever is typed meanwhile is not in this file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-newsml.h"

typedef struct
{
  CopydeskArticle *snapshot;
  GFile           *base_dir;
  GFile           *file;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->snapshot);
  g_clear_object (&job->base_dir);
  g_clear_object (&job->file);
  g_free (job);
}

static GTask *
start (CopydeskArticle     *article,
       GFile               *base_dir,
       GFile               *file,
       gpointer             source_tag,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  GTask *task = g_task_new (article, cancellable, callback, user_data);
  WriteJob *job = g_new0 (WriteJob, 1);

  job->snapshot = copydesk_article_snapshot (article);
  job->base_dir = base_dir != NULL ? g_object_ref (base_dir) : NULL;
  job->file = file != NULL ? g_object_ref (file) : NULL;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  return task;
}

static void
bytes_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;
  GBytes *bytes = copydesk_newsml_write (job->snapshot, job->base_dir, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

/**
 * copydesk_newsml_write_bytes_async:
 * @base_dir: (nullable): what photo hrefs are relative to
 *
 * Writes a snapshot of @article, as it is at this call, to NewsML-G2 in a
 * worker thread; copydesk_newsml_write_bytes_finish() gives the document.
 */
void
copydesk_newsml_write_bytes_async (CopydeskArticle     *article,
                                   GFile               *base_dir,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COPYDESK_IS_ARTICLE (article));
  g_return_if_fail (base_dir == NULL || G_IS_FILE (base_dir));

  task = start (article, base_dir, NULL, copydesk_newsml_write_bytes_async, cancellable,
                callback, user_data);
  g_task_run_in_thread (task, bytes_thread);
}

/**
 * copydesk_newsml_write_bytes_finish:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
GBytes *
copydesk_newsml_write_bytes_finish (CopydeskArticle  *article,
                                    GAsyncResult     *result,
                                    GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, article), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == copydesk_newsml_write_bytes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
file_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = copydesk_newsml_write (job->snapshot, job->base_dir, &error);
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  /* A new file beside the old one, renamed over it: a crash or a full disk
   * leaves the old file whole. */
  if (!g_file_replace_contents (job->file, data, length, NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    {
      g_autofree char *base = g_file_get_basename (job->file);
      g_autofree char *name = g_filename_display_name (base);

      g_task_return_new_error (task, error->domain, error->code,
                               _("Could not save “%s”: %s"), name, error->message);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * copydesk_newsml_write_async:
 * @file: where to write; photo hrefs are relative to its folder
 *
 * Writes a snapshot of @article, as it is at this call, to NewsML-G2 in a
 * worker thread, and replaces @file with it atomically: @file is either
 * the old one or the new one, never half of either.
 */
void
copydesk_newsml_write_async (CopydeskArticle     *article,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (COPYDESK_IS_ARTICLE (article));
  g_return_if_fail (G_IS_FILE (file));

  folder = g_file_get_parent (file);
  task = start (article, folder, file, copydesk_newsml_write_async, cancellable, callback,
                user_data);
  g_task_run_in_thread (task, file_thread);
}

gboolean
copydesk_newsml_write_finish (CopydeskArticle  *article,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, article), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == copydesk_newsml_write_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
