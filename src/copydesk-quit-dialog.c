/* copydesk-quit-dialog.c: one dialog for every unsaved story on quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quit asks once, whatever the number of windows (as GNOME Text Editor
 * does): every story with unsaved changes is a row with a check box, ticked
 * to save. "Save All" saves the ticked ones through each document's own
 * save (a new story asks for its file name first) and discards the rest;
 * the application quits only when every one of those saves succeeded. A
 * save that fails keeps every window open, its error shown in its window.
 * "Discard All" quits without saving; "Cancel" changes nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-quit-dialog.h"
#include "copydesk-document.h"
#include "copydesk-window-private.h"

struct _CopydeskQuitDialog
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *list;
  GtkApplication   *app;
  GPtrArray        *windows; /* CopydeskWindow, unsaved */
  GPtrArray        *checks;  /* GtkCheckButton, one per window */
};

G_DEFINE_FINAL_TYPE (CopydeskQuitDialog, copydesk_quit_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* ------------------------------------------------------------ quitting */

/* Saves in flight for one "Save All"; it outlives the dialog. */
typedef struct
{
  GtkApplication *app;
  GPtrArray      *save;    /* windows to save, then close */
  GPtrArray      *discard; /* windows to close without saving */
  guint           pending;
  gboolean        failed;
} QuitRun;

static void
quit_run_free (QuitRun *run)
{
  g_object_unref (run->app);
  g_ptr_array_unref (run->save);
  g_ptr_array_unref (run->discard);
  g_free (run);
}

/* Every window goes: the discarded ones without asking again, the saved
 * and the unmodified ones as they would anyway (one modified again while
 * its save ran still asks: nothing typed is lost unasked). */
static void
close_all (GtkApplication *app,
           GPtrArray      *discard)
{
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  for (guint i = 0; discard != NULL && i < discard->len; i++)
    _copydesk_window_confirm_close (g_ptr_array_index (discard, i), TRUE);
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static gboolean
discard_all_later (gpointer user_data)
{
  QuitRun *run = user_data;

  close_all (run->app, run->discard);
  quit_run_free (run);
  return G_SOURCE_REMOVE;
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  QuitRun *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!_copydesk_window_save_for_quit_finish (COPYDESK_WINDOW (object), result, &error))
    run->failed = TRUE;
  if (--run->pending > 0)
    return;
  if (!run->failed)
    close_all (run->app, run->discard);
  quit_run_free (run);
}

static void
save_then_quit (CopydeskQuitDialog *self)
{
  QuitRun *run = g_new0 (QuitRun, 1);

  run->app = g_object_ref (self->app);
  run->save = g_ptr_array_new_with_free_func (g_object_unref);
  run->discard = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->windows->len; i++)
    g_ptr_array_add (gtk_check_button_get_active (g_ptr_array_index (self->checks, i))
                       ? run->save : run->discard,
                     g_object_ref (g_ptr_array_index (self->windows, i)));
  if (run->save->len == 0)
    {
      g_idle_add (discard_all_later, run);
      return;
    }
  run->pending = run->save->len;
  for (guint i = 0; i < run->save->len; i++)
    _copydesk_window_save_for_quit_async (g_ptr_array_index (run->save, i), on_saved, run);
}

/* The windows close from the main loop: the dialog belongs to one of them,
 * and is still emitting its response. */
static void
on_response (CopydeskQuitDialog *self,
             const char         *response)
{
  if (g_str_equal (response, "save"))
    save_then_quit (self);
  else if (g_str_equal (response, "discard"))
    {
      QuitRun *run = g_new0 (QuitRun, 1);

      run->app = g_object_ref (self->app);
      run->save = g_ptr_array_new ();
      run->discard = g_ptr_array_copy (self->windows, (GCopyFunc) (void (*) (void)) g_object_ref,
                                       NULL);
      g_ptr_array_set_free_func (run->discard, g_object_unref);
      g_idle_add (discard_all_later, run);
    }
}

/* ------------------------------------------------------------ rows */

static guint
n_ticked (CopydeskQuitDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  return n;
}

/* "Save All" while every story is ticked, "Save" for some, and nothing to
 * save when none is: then only Discard All and Cancel make sense. */
static void
update_save_response (CopydeskQuitDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  guint n = n_ticked (self);

  adw_message_dialog_set_response_label (dialog, "save",
                                         n == self->checks->len ? _("_Save All")
                                                                : _("_Save Selected"));
  adw_message_dialog_set_response_enabled (dialog, "save", n > 0);
}

static GtkWidget *
story_row (CopydeskQuitDialog *self,
           CopydeskWindow     *window)
{
  CopydeskDocument *document = copydesk_window_get_document (window);
  g_autofree char *title = copydesk_document_dup_title (document);
  GFile *file = copydesk_document_get_file (document);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *where = NULL;

  if (file != NULL && !copydesk_document_get_is_sample (document))
    where = g_file_get_parse_name (file);
  else
    where = g_strdup (_("New story: asks where to save it"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "notify::active", G_CALLBACK (update_save_response), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->checks, check);
  return row;
}

/* ------------------------------------------------------------ API */

static GPtrArray *
unsaved_windows (GtkApplication *app)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (COPYDESK_IS_WINDOW (l->data)
        && copydesk_document_get_modified (copydesk_window_get_document (l->data)))
      g_ptr_array_insert (out, 0, g_object_ref (l->data)); /* oldest first */
  return out;
}

/**
 * copydesk_quit_dialog_new:
 * @app: the application, whose windows' unsaved stories are listed
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer floating): the dialog, not shown yet
 */
CopydeskQuitDialog *
copydesk_quit_dialog_new (GtkApplication *app,
                          GtkWindow      *parent)
{
  CopydeskQuitDialog *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);

  self = g_object_new (COPYDESK_TYPE_QUIT_DIALOG, "transient-for", parent, NULL);
  self->app = g_object_ref (app);
  self->windows = unsaved_windows (app);
  for (guint i = 0; i < self->windows->len; i++)
    gtk_list_box_append (self->list, story_row (self, g_ptr_array_index (self->windows, i)));
  if (self->windows->len == 1)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("This story has changes that are not saved. "
                                   "If you quit without saving, they are lost."));
  update_save_response (self);
  return self;
}

/**
 * copydesk_quit_dialog_quit:
 * @app: the application
 *
 * Quits: at once when nothing is unsaved, otherwise after one dialog.
 *
 * Returns: %TRUE when the dialog was shown
 */
gboolean
copydesk_quit_dialog_quit (GtkApplication *app)
{
  g_autoptr(GPtrArray) unsaved = unsaved_windows (app);
  CopydeskQuitDialog *dialog;

  if (unsaved->len == 0)
    {
      close_all (app, NULL);
      return FALSE;
    }
  dialog = copydesk_quit_dialog_new (app, gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

guint
copydesk_quit_dialog_get_n_stories (CopydeskQuitDialog *self)
{
  g_return_val_if_fail (COPYDESK_IS_QUIT_DIALOG (self), 0);
  return self->windows->len;
}

const char *
copydesk_quit_dialog_get_title (CopydeskQuitDialog *self,
                                guint               index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (COPYDESK_IS_QUIT_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->windows->len, NULL);

  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

void
copydesk_quit_dialog_set_save (CopydeskQuitDialog *self,
                               guint               index,
                               gboolean            save)
{
  g_return_if_fail (COPYDESK_IS_QUIT_DIALOG (self));
  g_return_if_fail (index < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), save);
}

/* ------------------------------------------------------------ GObject */

static void
copydesk_quit_dialog_dispose (GObject *object)
{
  CopydeskQuitDialog *self = COPYDESK_QUIT_DIALOG (object);

  g_clear_object (&self->app);
  g_clear_pointer (&self->windows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_QUIT_DIALOG);
  G_OBJECT_CLASS (copydesk_quit_dialog_parent_class)->dispose (object);
}

static void
copydesk_quit_dialog_class_init (CopydeskQuitDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = copydesk_quit_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-quit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskQuitDialog, list);
}

static void
copydesk_quit_dialog_init (CopydeskQuitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  g_signal_connect (self, "response", G_CALLBACK (on_response), NULL);
}
