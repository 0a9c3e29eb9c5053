/* copydesk-window-files.c: the editor window's files: open, import, save,
 * recent articles, and asking to save on close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-application.h"
#include "copydesk-time.h"
#include "copydesk-window-internal.h"

/* Recent files */

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/xml",
    .app_name = (char *) "Copydesk",
    .app_exec = (char *) "copydesk %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (tb, ta);
}

void
_copydesk_window_update_recent (CopydeskWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (GList *l = items; l != NULL; l = l->next)
    if (gtk_recent_info_has_application (l->data, "Copydesk") && gtk_recent_info_exists (l->data))
      g_ptr_array_add (ours, l->data);
  g_ptr_array_sort (ours, compare_recent);
  for (guint i = 0; i < MIN (ours->len, 10); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info),
                                                   NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (uri));
      g_menu_append_item (section, item);
    }
  if (ours->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Articles"), "win.none");

      g_menu_append_item (section, item);
    }
  g_menu_remove_all (self->recent_menu);
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (section));
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* Opening, importing, saving */

static void
on_opened (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  CopydeskDocument *document = COPYDESK_DOCUMENT (object);

  if (!copydesk_document_load_finish (document, result, &warnings, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, error->message);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, NULL);
  _copydesk_window_show_notes (self, warnings, FALSE);
  if (!copydesk_document_get_is_sample (document))
    add_recent (copydesk_document_get_file (document));
  _copydesk_window_offer_stories (self);
}

/* Reads @file into this window's document; see the open action for the
 * choice of window. */
void
copydesk_window_open (CopydeskWindow *self,
                      GFile          *file,
                      gboolean        is_sample)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  copydesk_document_load_async (self->document, file, is_sample, self->cancellable, on_opened,
                                g_object_ref (self));
}

static void
on_imported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;

  if (!copydesk_document_import_finish (COPYDESK_DOCUMENT (object), result, &dropped, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, error->message);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, NULL);
  _copydesk_window_show_notes (self, dropped, TRUE);
  if (dropped->len == 0)
    _copydesk_window_toast (self, _("Imported"));
}

void
copydesk_window_import (CopydeskWindow *self,
                        GFile          *file)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  copydesk_document_import_async (self->document, file, self->cancellable, on_imported,
                                  g_object_ref (self));
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  CopydeskDocument *document = COPYDESK_DOCUMENT (object);

  if (!copydesk_document_save_finish (document, result, &error))
    {
      self->close_after_save = FALSE;
      _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, error->message);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, NULL);
  add_recent (copydesk_document_get_file (document));
  _copydesk_window_toast (self, _("Saved"));
  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Saves to @file, or to the document's own file when %NULL. */
void
copydesk_window_save (CopydeskWindow *self,
                      GFile          *file)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));

  copydesk_document_save_async (self->document, file, self->cancellable, on_saved,
                                g_object_ref (self));
}

/* Recovery */

typedef struct
{
  CopydeskWindow    *window;
  CopydeskDraftInfo *info;
} RecoverData;

static void
recover_data_free (RecoverData *data)
{
  g_object_unref (data->window);
  copydesk_draft_info_free (data->info);
  g_free (data);
}

static void
on_recovered (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  RecoverData *data = user_data;
  CopydeskWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  /* "3 December 2026, 14:05", as the details panel says it: "12/03/26"
   * reads as March in half the world */
  g_autofree char *when = copydesk_format_time (data->info->saved,
                                                COPYDESK_TIME_STYLE_DATE_TIME);
  g_autofree char *message = NULL;

  if (!copydesk_document_recover_finish (COPYDESK_DOCUMENT (object), result, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      recover_data_free (data);
      return;
    }
  if (error == NULL)
    message = g_strdup_printf (_("Recovered unsaved changes from %s"), when);
  else
    /* The draft file stays for whoever wants to look at it by hand. */
    message = g_strdup_printf (_("Unsaved changes from %s could not be recovered. %s. "
                                 "The draft is kept in %s"),
                               when, error->message, g_file_peek_path (data->info->file));
  copydesk_notices_set_recovery (copydesk_document_get_notices (self->document), message,
                                 error != NULL);
  recover_data_free (data);
}

/**
 * copydesk_window_recover:
 *
 * Makes the draft @info, left by a session that did not end cleanly, this
 * window's document, and says so in a banner.
 */
void
copydesk_window_recover (CopydeskWindow          *self,
                         const CopydeskDraftInfo *info)
{
  RecoverData *data;

  g_return_if_fail (COPYDESK_IS_WINDOW (self));
  g_return_if_fail (info != NULL);

  data = g_new0 (RecoverData, 1);
  data->window = g_object_ref (self);
  data->info = copydesk_draft_info_copy (info);
  copydesk_document_recover_async (self->document,
                                   copydesk_document_get_draft_store (self->document), info,
                                   self->cancellable, on_recovered, data);
}

/* A new window, shown, on a new document of the application's session. */
static CopydeskWindow *
new_window_beside (CopydeskWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  CopydeskWindow *window;

  if (COPYDESK_IS_APPLICATION (app))
    return copydesk_application_new_window (COPYDESK_APPLICATION (app));
  window = copydesk_window_new (app, NULL);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A window with work in it keeps it; the file opens in a new window beside
 * it. A blank window, or the untouched sample, makes way. */
static void
open_in_place_or_beside (CopydeskWindow *self,
                         GFile          *file)
{
  CopydeskWindow *target = self;

  if (!copydesk_document_is_blank (self->document)
      && !(copydesk_document_get_is_sample (self->document)
           && !copydesk_document_get_modified (self->document)))
    {
      target = new_window_beside (self);
    }
  copydesk_window_open (target, file, FALSE);
}

/* Saving on quit (one dialog for every window: copydesk-quit-dialog.c) */

static void
on_saved_for_quit (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CopydeskWindow *self = g_task_get_source_object (task);
  CopydeskDocument *document = COPYDESK_DOCUMENT (object);
  GError *error = NULL;

  if (!copydesk_document_save_finish (document, result, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, error->message);
      g_task_return_error (task, error);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, NULL);
  add_recent (copydesk_document_get_file (document));
  g_task_return_boolean (task, TRUE);
}

/* Takes @task; @file is %NULL for the document's own file, or when the
 * person closed the file chooser (@chosen). */
static void
save_for_quit_to (GTask    *task,
                  GFile    *file,
                  gboolean  chosen)
{
  CopydeskWindow *self = g_task_get_source_object (task);

  if (file == NULL && chosen)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The story was not saved: no file was chosen"));
      g_object_unref (task);
      return;
    }
  copydesk_document_save_async (self->document, file, self->cancellable, on_saved_for_quit,
                                task);
}

void
_copydesk_window_confirm_close (CopydeskWindow *self,
                                gboolean        discard)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));

  if (discard)
    copydesk_document_discard_draft (self->document);
  self->close_confirmed = TRUE;
}

gboolean
_copydesk_window_save_for_quit_finish (CopydeskWindow  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* File choosers */

typedef enum {
  CHOOSE_OPEN,
  CHOOSE_IMPORT,
  CHOOSE_SAVE,
} ChooseKind;

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_auto(GStrv) patterns = g_strsplit (pattern, ";", -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);
  ChooseKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "close-after"));
  g_autoptr(GFile) file = NULL;

  GTask *quit_task = g_object_steal_data (G_OBJECT (chooser), "quit-task");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (quit_task != NULL)
    {
      save_for_quit_to (quit_task, file, TRUE);
      return;
    }
  if (file == NULL)
    return;

  switch (kind)
    {
    case CHOOSE_OPEN:
      open_in_place_or_beside (self, file);
      break;
    case CHOOSE_IMPORT:
      copydesk_window_import (self, file);
      break;
    case CHOOSE_SAVE:
      self->close_after_save = close_after;
      copydesk_window_save (self, file);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
choose_file (CopydeskWindow *self,
             ChooseKind      kind,
             gboolean        close_after)
{
  GtkFileChooserAction action = kind == CHOOSE_SAVE ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                    : GTK_FILE_CHOOSER_ACTION_OPEN;
  const char *title = kind == CHOOSE_OPEN ? _("Open Article")
                      : kind == CHOOSE_IMPORT ? _("Import Text")
                      : _("Save Article");
  const char *accept = kind == CHOOSE_OPEN ? _("_Open")
                       : kind == CHOOSE_IMPORT ? _("_Import")
                       : _("_Save");
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (kind == CHOOSE_IMPORT)
    {
      add_filter (GTK_FILE_CHOOSER (chooser), _("Plain text"), "text/plain", "*.txt");
      add_filter (GTK_FILE_CHOOSER (chooser), _("Web pages"), "text/html", "*.html;*.htm");
    }
  else
    add_filter (GTK_FILE_CHOOSER (chooser), _("NewsML-G2 articles"), "application/xml", "*.xml");
  if (kind != CHOOSE_SAVE)
    {
      /* in the article's folder, where its neighbours are, not in Recent */
      g_autoptr(GFile) folder = copydesk_document_dup_folder (self->document);

      if (folder != NULL && !copydesk_document_get_is_sample (self->document))
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  if (kind == CHOOSE_SAVE)
    {
      g_autofree char *name = copydesk_article_suggest_file_name (self->article);
      g_autoptr(GFile) folder = copydesk_document_dup_folder (self->document);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      if (folder != NULL && !copydesk_document_get_is_sample (self->document))
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (chooser), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
save_as_then (CopydeskWindow *self,
              gboolean        close_after)
{
  choose_file (self, CHOOSE_SAVE, close_after);
}

/* Actions */

static void
action_open (GtkWidget  *user_data,
             const char *name,
             GVariant   *param)
{
  choose_file (COPYDESK_WINDOW (user_data), CHOOSE_OPEN, FALSE);
}

static void
action_open_recent (GtkWidget  *user_data,
                    const char *name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_in_place_or_beside (COPYDESK_WINDOW (user_data), file);
}

static void
action_import (GtkWidget  *user_data,
               const char *name,
               GVariant   *param)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);

  if (!copydesk_document_is_blank (self->document)
      && copydesk_document_get_modified (self->document))
    {
      /* Never replace unsaved work: import into a new window. */
      self = new_window_beside (self);
    }
  choose_file (self, CHOOSE_IMPORT, FALSE);
}

/* (Saving over a file of several stories would lose the others: on quit,
 * that asks for a new name too.) */
static gboolean
needs_new_name (CopydeskWindow *self)
{
  return copydesk_document_get_file (self->document) == NULL
         || copydesk_document_get_is_sample (self->document)
         || _copydesk_window_overwrite_needs_asking (self);
}

static void
action_save (GtkWidget  *user_data,
             const char *name,
             GVariant   *param)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);

  if (copydesk_document_get_file (self->document) != NULL
      && _copydesk_window_overwrite_needs_asking (self))
    _copydesk_window_ask_overwrite (self);
  else if (needs_new_name (self))
    save_as_then (self, FALSE);
  else
    copydesk_window_save (self, NULL);
}

static void
action_save_as (GtkWidget  *user_data,
                const char *name,
                GVariant   *param)
{
  save_as_then (COPYDESK_WINDOW (user_data), FALSE);
}

void
_copydesk_window_save_for_quit_async (CopydeskWindow      *self,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (COPYDESK_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, _copydesk_window_save_for_quit_async);
  if (!needs_new_name (self))
    {
      save_for_quit_to (task, NULL, FALSE);
      return;
    }
  if (self->chooser != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("Choose where to save the story first"));
      g_object_unref (task);
      gtk_native_dialog_show (self->chooser);
      return;
    }
  gtk_window_present (GTK_WINDOW (self));
  choose_file (self, CHOOSE_SAVE, FALSE);
  g_object_set_data (G_OBJECT (self->chooser), "quit-task", task);
}

void
_copydesk_window_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", action_open_recent);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, action_import);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
}

/* Closing */

/* The dialog is still alive while it emits the response: the window must
 * outlive it, so it closes from the main loop. */
static gboolean
close_later (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);

  self->close_dialog = NULL;
  if (g_str_equal (response, "discard"))
    {
      copydesk_document_discard_draft (self->document);
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      if (needs_new_name (self))
        save_as_then (self, TRUE);
      else
        {
          self->close_after_save = TRUE;
          copydesk_window_save (self, NULL);
        }
    }
}

void
_copydesk_window_ask_to_save (CopydeskWindow *self)
{
  g_autofree char *title = copydesk_document_dup_title (self->document);
  AdwMessageDialog *dialog;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved. "
                                    "If you close without saving, they are lost."),
                                  title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  self->close_dialog = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
