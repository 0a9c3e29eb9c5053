/* copydesk-window-banners.c: the window's banners and toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What happened, said in the window: the error banner, the notes an open
 * or an import left, the recovery banner, the offer to structure a pasted
 * story, and toasts. Part of CopydeskWindow (copydesk-window-internal.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-window-internal.h"

/* The banners show the document's notices (CopydeskNotices) and own none of
 * their messages: each source sets and clears its own there. */
static CopydeskNotices *
notices_of (CopydeskWindow *self)
{
  return copydesk_document_get_notices (self->document);
}

void
_copydesk_window_show_error (CopydeskWindow       *self,
                             CopydeskNoticeSource  source,
                             const char           *message)
{
  copydesk_notices_set_error (notices_of (self), source, message);
}

static void
on_error_changed (CopydeskWindow *self)
{
  const char *message = copydesk_notices_get_error (notices_of (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_info_bar_set_revealed (self->error_banner, message != NULL);
}

static void
on_error_banner_response (CopydeskWindow *self)
{
  copydesk_notices_dismiss_error (notices_of (self));
}

static void
on_recovery_changed (CopydeskWindow *self)
{
  CopydeskNotices *notices = notices_of (self);
  const char *message = copydesk_notices_get_recovery (notices);

  gtk_label_set_text (self->recovery_label, message != NULL ? message : "");
  gtk_info_bar_set_message_type (self->recovery_banner,
                                 copydesk_notices_get_recovery_failed (notices)
                                 ? GTK_MESSAGE_WARNING : GTK_MESSAGE_INFO);
  gtk_info_bar_set_revealed (self->recovery_banner, message != NULL);
}

static void
on_recovery_banner_response (CopydeskWindow *self)
{
  copydesk_notices_set_recovery (notices_of (self), NULL, FALSE);
}

/* @notes: what an import left out, or what a file held that cannot be kept. */
void
_copydesk_window_show_notes (CopydeskWindow *self,
                             GPtrArray      *notes,
                             gboolean        from_import)
{
  copydesk_notices_set_notes (notices_of (self), notes, from_import);
}

/* The first few right in the banner; all of them behind Show. */
static void
on_notes_changed (CopydeskWindow *self)
{
  g_autofree char *shown = copydesk_notices_dup_notes_text (notices_of (self));

  gtk_label_set_text (self->notes_label, shown != NULL ? shown : "");
  gtk_info_bar_set_revealed (self->notes_banner, shown != NULL);
}

static void
on_notes_banner_response (CopydeskWindow *self,
                          int             response)
{
  CopydeskNotices *notices = notices_of (self);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *title = g_strdup (copydesk_notices_get_notes_title (notices));
  GtkWidget *dialog, *list;

  if (copydesk_notices_get_notes (notices) != NULL)
    notes = g_ptr_array_ref (copydesk_notices_get_notes (notices));
  copydesk_notices_set_notes (notices, NULL, FALSE);
  if (notes == NULL || response != GTK_RESPONSE_ACCEPT)
    return;
  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (body, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (notes, i));
  /* The list in a label of its own, read from the left: the dialog's body
   * is centred, which makes a bulleted list ragged on both sides. */
  list = gtk_label_new (body->str);
  gtk_label_set_xalign (GTK_LABEL (list), 0.0);
  gtk_label_set_justify (GTK_LABEL (list), GTK_JUSTIFY_LEFT);
  gtk_label_set_wrap (GTK_LABEL (list), TRUE);
  gtk_label_set_selectable (GTK_LABEL (list), TRUE);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), title, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_copydesk_window_toast (CopydeskWindow *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
}

static void
on_article_pasted (CopydeskWindow *self)
{
  CopydeskArticle *a = self->article;

  if (copydesk_article_get_headline (a)[0] == '\0'
      && copydesk_article_get_standfirst (a)[0] == '\0'
      && copydesk_document_get_file (self->document) == NULL)
    gtk_info_bar_set_revealed (self->paste_banner, TRUE);
}

static void
action_structure_paste (GtkWidget  *user_data,
                        const char *name,
                        GVariant   *param)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);
  g_autofree char *text =
    copydesk_body_buffer_dup_text (copydesk_document_get_buffer (self->document));
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;

  gtk_info_bar_set_revealed (self->paste_banner, FALSE);
  if (!copydesk_document_import_text (self->document, text, &dropped, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_PASTE, error->message);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_PASTE, NULL);
  _copydesk_window_show_notes (self, dropped, TRUE);
}

static void
on_paste_banner_response (CopydeskWindow *self,
                          int             response)
{
  gtk_info_bar_set_revealed (self->paste_banner, FALSE);
  if (response == GTK_RESPONSE_ACCEPT)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.structure-paste", NULL);
}


void
_copydesk_window_class_bind_banners (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_error_banner_response);
  gtk_widget_class_bind_template_callback (widget_class, on_recovery_banner_response);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_banner_response);
  gtk_widget_class_bind_template_callback (widget_class, on_paste_banner_response);
  gtk_widget_class_install_action (widget_class, "win.structure-paste", NULL,
                                   action_structure_paste);
}

/* Once the window has its document. */
/* GTK 4.8 announces a menu button's own toggle button, not the menu button,
 * and names it after its icon ("GtkImage"): it gets the menu button's name. */
static void
name_menu_buttons (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *inner = gtk_widget_get_first_child (child);

      if (GTK_IS_MENU_BUTTON (child) && inner != NULL && gtk_widget_get_tooltip_text (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_widget_get_tooltip_text (child), -1);
      else
        name_menu_buttons (child);
    }
}

void
_copydesk_window_init_banners (CopydeskWindow *self)
{
  GtkWidget *header = gtk_widget_get_ancestor (GTK_WIDGET (self->spinner), ADW_TYPE_HEADER_BAR);

  name_menu_buttons (header);
  g_signal_connect_object (copydesk_document_get_buffer (self->document), "article-pasted",
                           G_CALLBACK (on_article_pasted), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (notices_of (self), "notify::error", G_CALLBACK (on_error_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (notices_of (self), "notify::notes-title",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (notices_of (self), "notify::recovery",
                           G_CALLBACK (on_recovery_changed), self, G_CONNECT_SWAPPED);
}
