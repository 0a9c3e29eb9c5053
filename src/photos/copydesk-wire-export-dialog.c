/* copydesk-wire-export-dialog.c: "Export for Wire…", from choosing the file to done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's action calls this and shows the outcome (a toast with the
 * folder, or the error); the export itself runs in a worker thread on a
 * snapshot of the article, so the person can go on editing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-photo-meta.h"
#include "copydesk-wire-export-dialog.h"

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!copydesk_wire_export_finish (COPYDESK_ARTICLE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (g_task_get_task_data (task)), g_object_unref);
}

void
_copydesk_wire_export_dialog_chosen (GTask *task,
                                     GFile *file)
{
  CopydeskArticle *article = g_task_get_source_object (task);

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  copydesk_wire_export_async (article, file, g_task_get_cancellable (task), on_exported, task);
}

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             gpointer         user_data)
{
  GTask *task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _copydesk_wire_export_dialog_chosen (task, file);
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled"));
      g_object_unref (task);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * copydesk_wire_export_dialog_async:
 * @parent: (nullable): the window the chooser belongs to
 * @initial_folder: (nullable): where the chooser starts
 */
void
copydesk_wire_export_dialog_async (GtkWindow           *parent,
                                   CopydeskArticle     *article,
                                   GFile               *initial_folder,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (COPYDESK_IS_ARTICLE (article));

  task = g_task_new (article, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_wire_export_dialog_async);
  chooser = gtk_file_chooser_native_new (_("Export for Wire"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = copydesk_article_suggest_file_name (article);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (initial_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), initial_folder, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * copydesk_wire_export_dialog_finish:
 *
 * Returns: (transfer full): the NewsML-G2 file, or %NULL with @error set
 */
GFile *
copydesk_wire_export_dialog_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
