/* copydesk-wire-export-dialog.c: "Export for Wire…", from choosing the file to done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's action calls this and shows the outcome (a toast saying what
 * was and was not written, or the error); the export itself runs in a worker
 * thread on a snapshot of the article, so the person can go on editing.
 *
 * Before anything is written, a pre-flight (copydesk-preflight.h) looks at
 * what receivers would miss: photos without a file go out without a
 * picture, photos without credit or alt text without them. When there is
 * anything, a dialog lists it and asks; only "Export Anyway" goes on to the
 * file chooser.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "copydesk-photo-meta.h"
#include "copydesk-wire-export-dialog.h"

typedef struct
{
  CopydeskPreflight *preflight;
  GFile             *file;
  GtkWindow         *parent;
  GFile             *initial_folder;
  GStrv              check_errors;
  gboolean           review;
} Export;

static void
export_free (Export *e)
{
  g_clear_object (&e->preflight);
  g_clear_object (&e->file);
  g_clear_object (&e->parent);
  g_clear_object (&e->initial_folder);
  g_strfreev (e->check_errors);
  g_free (e);
}

/* The task's data, made on first use (tests make the task themselves). */
static Export *
export_of (GTask *task)
{
  Export *e = g_task_get_task_data (task);

  if (e == NULL)
    {
      e = g_new0 (Export, 1);
      g_task_set_task_data (task, e, (GDestroyNotify) export_free);
    }
  if (e->preflight == NULL)
    e->preflight = copydesk_preflight_new (g_task_get_source_object (task), NULL, NULL, NULL);
  return e;
}

/**
 * _copydesk_wire_export_dialog_list_problems:
 * @preflight: what the pre-flight found
 * @check_errors: (nullable): the checks engine's errors (spelling, house
 *   style, what the wire requires), one message each
 *
 * The one place that says what the prompt lists before an export: the
 * checks' errors first (they are the story's own), then what receivers will
 * miss, then the file's own problem when it is not valid.
 *
 * Returns: (transfer full): one line each; empty when there is nothing to ask
 */
GStrv
_copydesk_wire_export_dialog_list_problems (CopydeskPreflight  *preflight,
                                            const char * const *check_errors)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autofree char *receivers = copydesk_preflight_describe_receivers (preflight);
  g_auto(GStrv) split = g_strsplit (receivers, "\n", -1);

  for (guint i = 0; check_errors != NULL && check_errors[i] != NULL; i++)
    g_strv_builder_add (lines, check_errors[i]);
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      g_strv_builder_add (lines, split[i]);
  if (!copydesk_preflight_get_valid (preflight))
    {
      g_autofree char *validity = copydesk_preflight_describe_validity (preflight);

      g_strv_builder_add (lines, validity);
    }
  return g_strv_builder_end (lines);
}

/* ------------------------------------------------------------ exporting */

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
    g_task_return_pointer (task, g_object_ref (export_of (task)->file), g_object_unref);
}

void
_copydesk_wire_export_dialog_chosen (GTask *task,
                                     GFile *file)
{
  CopydeskArticle *article = g_task_get_source_object (task);

  g_set_object (&export_of (task)->file, file);
  copydesk_wire_export_async (article, file, g_task_get_cancellable (task), on_exported, task);
}

static void
return_cancelled (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The export was cancelled"));
  g_object_unref (task);
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
    return_cancelled (task);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (GTask *task)
{
  Export *e = export_of (task);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export for Wire"), e->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = copydesk_article_suggest_file_name (g_task_get_source_object (task));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (e->initial_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), e->initial_folder, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------ asking first */

static void
on_ask_response (AdwMessageDialog *dialog,
                 const char       *response,
                 gpointer          user_data)
{
  GTask *task = user_data;

  /* once: closing the dialog afterwards may send the close response too */
  g_signal_handlers_disconnect_by_func (dialog, on_ask_response, user_data);
  export_of (task)->review = g_str_equal (response, "review");
  if (g_str_equal (response, "export"))
    choose_file (task);
  else
    return_cancelled (task);
}

static GtkWidget *
problems_label (const char * const *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label;

  for (guint i = 0; problems[i] != NULL; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", problems[i]);
    }
  label = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_LEFT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_widget_set_name (label, "copydesk-export-problems");
  return label;
}

/**
 * _copydesk_wire_export_dialog_ask:
 *
 * Shows the pre-flight prompt for @task; for tests, returns it.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *
_copydesk_wire_export_dialog_ask (GTask              *task,
                                  const char * const *problems)
{
  Export *e = export_of (task);
  AdwMessageDialog *dialog;
  gboolean has_errors = e->check_errors != NULL && e->check_errors[0] != NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (e->parent,
                                                       has_errors
                                                       ? _("The Story Has Errors")
                                                       : _("Receivers Will Miss Something"),
                                                       NULL));
  adw_message_dialog_set_body (dialog, _("Nothing stops the export, but check these first:"));
  adw_message_dialog_set_extra_child (dialog, problems_label (problems));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  /* the window goes to the first error (copydesk_wire_export_dialog_wants_review()) */
  if (has_errors)
    adw_message_dialog_add_response (dialog, "review", _("_Go to First Error"));
  adw_message_dialog_add_response (dialog, "export", _("_Export Anyway"));
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_ask_response), task);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * copydesk_wire_export_dialog_async:
 * @parent: (nullable): the window the dialogs belong to
 * @initial_folder: (nullable): where the chooser starts
 * @check_errors: (nullable): the checks' errors, listed first when any
 */
void
copydesk_wire_export_dialog_async (GtkWindow           *parent,
                                   CopydeskArticle     *article,
                                   GFile               *initial_folder,
                                   const char * const  *check_errors,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;
  Export *e;
  g_auto(GStrv) problems = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (COPYDESK_IS_ARTICLE (article));

  task = g_task_new (article, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_wire_export_dialog_async);
  e = export_of (task);
  g_set_object (&e->parent, parent);
  g_set_object (&e->initial_folder, initial_folder);
  e->check_errors = g_strdupv ((char **) check_errors);
  problems = _copydesk_wire_export_dialog_list_problems (e->preflight, check_errors);
  if (problems[0] == NULL)
    choose_file (task);
  else
    _copydesk_wire_export_dialog_ask (task, (const char * const *) problems);
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

/**
 * copydesk_wire_export_dialog_wants_review:
 * @result: a cancelled export's result
 *
 * Returns: %TRUE when the person chose to go to the first error instead of
 *   exporting
 */
gboolean
copydesk_wire_export_dialog_wants_review (GAsyncResult *result)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return export_of (G_TASK (result))->review;
}

/**
 * copydesk_wire_export_dialog_describe:
 * @result: a successful export's result
 *
 * Returns: (transfer full): the toast: what was and was not written, and
 *   the file's name
 */
char *
copydesk_wire_export_dialog_describe (GAsyncResult *result)
{
  Export *e;
  guint n_photos, n_written;
  g_autofree char *what = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  e = export_of (G_TASK (result));
  n_photos = copydesk_preflight_get_n_photos (e->preflight);
  /* every photo with a file is copied, or the export fails as a whole */
  n_written = n_photos - g_strv_length ((GStrv) copydesk_preflight_get_without_file (e->preflight));
  what = copydesk_preflight_describe_export (e->preflight, n_written);
  name = e->file != NULL ? g_file_get_basename (e->file) : g_strdup ("");
  /* Translators: "Exported the story and 2 of 8 photos; 6 photos have no
   * file — “harbour.xml”" */
  return g_strdup_printf (_("%s — “%s”"), what, name);
}
