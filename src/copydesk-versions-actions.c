/* copydesk-versions-actions.c: the window's desk actions and embargo banner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.send-update, win.send-correction and win.kill-story on a saved story:
 * each asks for the note to receivers (edNote; required for a correction
 * and a kill), keeps the file as it was sent (copydesk_versions_keep()),
 * marks the article as the next version and saves it: the document's save
 * bumps the version. The signal stays on the article until the story is
 * next changed, when it goes back to none: a plain save after a correction
 * is not a second correction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-versions-actions.h"
#include "copydesk-window-internal.h"

#define DESK_KEY "copydesk-window-desk"

typedef struct
{
  GtkWidget    *banner;
  GtkWidget    *dialog;          /* weak */
  GSignalGroup *article_signals;
  gboolean      sent;            /* the last save was a send */
} DeskState;

static void
desk_state_free (gpointer data)
{
  DeskState *state = data;

  g_clear_weak_pointer (&state->dialog);
  g_clear_object (&state->article_signals);
  g_free (state);
}

static DeskState *
desk_state (CopydeskWindow *self)
{
  return g_object_get_data (G_OBJECT (self), DESK_KEY);
}

/* Enabled on a saved story (not the sample) that is not killed, while no
 * load or save is in flight. */
void
_copydesk_window_update_desk_actions (CopydeskWindow *self)
{
  const char *names[] = { "win.send-update", "win.send-correction", "win.kill-story" };
  gboolean enabled = self->document != NULL && !copydesk_document_get_busy (self->document)
                     && copydesk_document_get_file (self->document) != NULL
                     && !copydesk_document_get_is_sample (self->document)
                     && self->article != NULL
                     && copydesk_desk_get_pub_status (copydesk_article_get_desk (self->article))
                        != COPYDESK_PUB_STATUS_CANCELED;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), names[i], enabled);
}

/* Sending */

typedef struct
{
  CopydeskWindow      *window;
  CopydeskNextVersion  kind;
} SendData;

static void
on_sent (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SendData *data = user_data;
  CopydeskWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint version;

  if (!copydesk_document_save_finish (COPYDESK_DOCUMENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _copydesk_window_show_error (self, COPYDESK_NOTICE_VERSIONS, error->message);
      g_object_unref (self);
      g_free (data);
      return;
    }
  version = copydesk_article_get_version (copydesk_document_get_article (COPYDESK_DOCUMENT (object)));
  if (data->kind == COPYDESK_NEXT_UPDATE)
    message = g_strdup_printf (_("Version %u saved as an update"), version);
  else if (data->kind == COPYDESK_NEXT_CORRECTION)
    message = g_strdup_printf (_("Version %u saved as a correction"), version);
  else
    message = g_strdup_printf (_("Version %u saved: the story is killed"), version);
  desk_state (self)->sent = TRUE;
  _copydesk_window_toast (self, message);
  _copydesk_window_update_desk_actions (self);
  g_object_unref (self);
  g_free (data);
}

static void
send_next_version (CopydeskWindow      *self,
                   CopydeskNextVersion  kind,
                   const char          *note)
{
  GFile *file = copydesk_document_get_file (self->document);
  g_autoptr(GError) error = NULL;
  SendData *data;

  if (file == NULL || copydesk_document_get_busy (self->document))
    return;
  copydesk_document_flush (self->document);
  /* The file as receivers have it now is kept before it is replaced. */
  if (!copydesk_versions_keep (file, &error)
      || !copydesk_article_mark_next_version (copydesk_document_get_article (self->document),
                                              kind, note, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_VERSIONS, error->message);
      return;
    }
  data = g_new0 (SendData, 1);
  data->window = g_object_ref (self);
  data->kind = kind;
  copydesk_document_save_async (self->document, NULL, self->cancellable, on_sent, data);
}

/* A change after a send starts an ordinary version again. */
static void
on_modified (CopydeskWindow *self)
{
  DeskState *state = desk_state (self);

  if (!state->sent || !copydesk_document_get_modified (self->document) || self->article == NULL)
    return;
  state->sent = FALSE;
  copydesk_desk_set_signal (copydesk_article_get_desk (self->article), COPYDESK_SIGNAL_NONE);
}

/* Asking for the note */

static void
on_note_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gboolean required = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "required"));

  adw_message_dialog_set_response_enabled (dialog, "send", !required || *note != '\0');
}

static void
on_send_response (AdwMessageDialog *dialog,
                  const char       *response,
                  CopydeskWindow   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  CopydeskNextVersion kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));

  if (g_str_equal (response, "send"))
    send_next_version (self, kind, *note != '\0' ? note : NULL);
}

static void
ask_for_note (CopydeskWindow      *self,
              CopydeskNextVersion  kind)
{
  static const struct {
    const char *heading, *button;
  } texts[] = {
    { N_("Send an Update?"), N_("_Send Update") },
    { N_("Send a Correction?"), N_("_Send Correction") },
    { N_("Kill This Story?"), N_("_Kill Story") },
  };
  guint version = copydesk_article_get_version (self->article);
  g_autofree char *body = NULL;
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _(texts[kind].heading), NULL);
  GtkWidget *entry = gtk_entry_new ();

  if (kind == COPYDESK_NEXT_UPDATE)
    body = g_strdup_printf (_("Receivers replace version %u with the story as it is now, marked as "
                              "an update. Tell them what is new (optional)."), version);
  else if (kind == COPYDESK_NEXT_CORRECTION)
    body = g_strdup_printf (_("Receivers replace version %u with the story as it is now, marked as "
                              "a correction. Tell them what was wrong and what is right now."), version);
  else
    body = g_strdup_printf (_("Receivers withdraw version %u and must not publish it. A killed story "
                              "cannot be sent again: tell them why it is killed."), version);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), kind == COPYDESK_NEXT_UPDATE
                                  ? _("Note to receivers (optional)") : _("Note to receivers"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note to receivers"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "send", _(texts[kind].button),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send",
                                              kind == COPYDESK_NEXT_KILL ? ADW_RESPONSE_DESTRUCTIVE
                                                                         : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "send");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (dialog), "required", GINT_TO_POINTER (kind != COPYDESK_NEXT_UPDATE));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_note_changed), dialog, 0);
  on_note_changed (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_send_response), self, 0);
  g_set_weak_pointer (&desk_state (self)->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
action_send (GtkWidget  *user_data,
             const char *name,
             GVariant   *param)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);

  if (g_str_equal (name, "win.send-update"))
    ask_for_note (self, COPYDESK_NEXT_UPDATE);
  else if (g_str_equal (name, "win.send-correction"))
    ask_for_note (self, COPYDESK_NEXT_CORRECTION);
  else
    ask_for_note (self, COPYDESK_NEXT_KILL);
}

void
_copydesk_window_class_add_desk_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.send-update", NULL, action_send);
  gtk_widget_class_install_action (widget_class, "win.send-correction", NULL, action_send);
  gtk_widget_class_install_action (widget_class, "win.kill-story", NULL, action_send);
}

static void
on_article (CopydeskWindow *self)
{
  g_signal_group_set_target (desk_state (self)->article_signals, self->article);
  _copydesk_window_update_desk_actions (self);
}

/* The banner goes under the window's others; it follows the article. */
void
_copydesk_window_init_desk (CopydeskWindow *self)
{
  DeskState *state = g_new0 (DeskState, 1);
  GtkWidget *paste = GTK_WIDGET (self->paste_banner);

  g_object_set_data_full (G_OBJECT (self), DESK_KEY, state, desk_state_free);
  state->banner = copydesk_desk_banner_new ();
  gtk_widget_insert_after (state->banner, gtk_widget_get_parent (paste), paste);
  g_object_bind_property (self, "article", state->banner, "article", G_BINDING_SYNC_CREATE);
  state->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (state->article_signals, "changed",
                                  G_CALLBACK (_copydesk_window_update_desk_actions), self);
  g_signal_connect_object (self, "notify::article", G_CALLBACK (on_article), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file",
                           G_CALLBACK (_copydesk_window_update_desk_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::is-sample",
                           G_CALLBACK (_copydesk_window_update_desk_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::modified", G_CALLBACK (on_modified), self,
                           G_CONNECT_SWAPPED);
  on_article (self);
}

GtkWidget *
_copydesk_window_get_send_dialog (CopydeskWindow *self)
{
  DeskState *state = desk_state (self);

  return state != NULL ? state->dialog : NULL;
}

CopydeskDeskBanner *
_copydesk_window_get_embargo_banner (CopydeskWindow *self)
{
  DeskState *state = desk_state (self);

  return state != NULL ? COPYDESK_DESK_BANNER (state->banner) : NULL;
}
