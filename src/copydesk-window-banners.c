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

/* The error banner says one thing at a time; it remembers whose it is, so
 * that autosave, when it works again, takes back only its own message. */
static void
show_error_from (CopydeskWindow *self,
                 const char     *message,
                 gboolean        from_drafts)
{
  self->error_from_drafts = message != NULL && from_drafts;
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_info_bar_set_revealed (self->error_banner, message != NULL);
}

void
_copydesk_window_show_error (CopydeskWindow *self,
                             const char     *message)
{
  show_error_from (self, message, FALSE);
}

static void
on_error_banner_response (CopydeskWindow *self)
{
  gtk_info_bar_set_revealed (self->error_banner, FALSE);
  self->error_from_drafts = FALSE;
}

static void
on_recovery_banner_response (CopydeskWindow *self)
{
  gtk_info_bar_set_revealed (self->recovery_banner, FALSE);
}

/* Autosave never stops the work: a draft that cannot be written is said in
 * the error banner, and saving goes on as before. */
static void
on_draft_error (CopydeskWindow *self)
{
  const char *error = copydesk_document_get_draft_error (self->document);
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      /* Drafts are written again: take the failure away, if it still shows. */
      if (self->error_from_drafts)
        show_error_from (self, NULL, FALSE);
      return;
    }
  message = g_strdup_printf (_("Autosave failed: %s. Save the article to keep your changes."),
                             error);
  show_error_from (self, message, TRUE);
}

/* @notes: what an import left out, or what a file held that cannot be kept. */
void
_copydesk_window_show_notes (CopydeskWindow *self,
            GPtrArray      *notes,
            gboolean        from_import)
{
  g_autofree char *title = NULL;

  g_clear_pointer (&self->notes, g_ptr_array_unref);
  if (notes == NULL || notes->len == 0)
    {
      gtk_info_bar_set_revealed (self->notes_banner, FALSE);
      return;
    }
  self->notes = g_ptr_array_ref (notes);
  if (from_import)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Imported; %u line was left out",
                                          "Imported; %u lines were left out", notes->len),
                             notes->len);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Opened; %u thing in the file could not be kept",
                                          "Opened; %u things in the file could not be kept",
                                          notes->len),
                             notes->len);
  g_free (self->notes_title);
  self->notes_title = g_strdup (title);
  gtk_label_set_text (self->notes_label, title);
  {
    /* The first few right in the banner; all of them behind Show. */
    g_autoptr(GString) shown = g_string_new (title);

    for (guint i = 0; i < MIN (notes->len, 3); i++)
      g_string_append_printf (shown, "%s“%s”", i == 0 ? ": " : ", ",
                              (const char *) g_ptr_array_index (notes, i));
    if (notes->len > 3)
      g_string_append (shown, ", …");
    gtk_label_set_text (self->notes_label, shown->str);
  }
  gtk_info_bar_set_revealed (self->notes_banner, TRUE);
}

static void
on_notes_banner_response (CopydeskWindow *self,
                          int             response)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog, *list;

  gtk_info_bar_set_revealed (self->notes_banner, FALSE);
  if (self->notes == NULL || response != GTK_RESPONSE_ACCEPT)
    return;
  for (guint i = 0; i < self->notes->len; i++)
    g_string_append_printf (body, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->notes, i));
  /* The list in a label of its own, read from the left: the dialog's body
   * is centred, which makes a bulleted list ragged on both sides. */
  list = gtk_label_new (body->str);
  gtk_label_set_xalign (GTK_LABEL (list), 0.0);
  gtk_label_set_justify (GTK_LABEL (list), GTK_JUSTIFY_LEFT);
  gtk_label_set_wrap (GTK_LABEL (list), TRUE);
  gtk_label_set_selectable (GTK_LABEL (list), TRUE);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), self->notes_title, NULL);
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
      _copydesk_window_show_error (self, error->message);
      return;
    }
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
  g_signal_connect_object (self->document, "notify::draft-error", G_CALLBACK (on_draft_error),
                           self, G_CONNECT_SWAPPED);
}
