/* copydesk-body-view.c: shows a CopydeskBodyBuffer in a GtkSourceView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view only views. The text, its parsing into the article and its
 * errors belong to the buffer, which the document owns; the view lays the
 * text out like the printed story, follows the light or dark style, and
 * scrolls to where the buffer puts the cursor.
 *
 * Paste keeps what a browser or word processor copied: when the clipboard
 * holds `text/html`, copydesk_import_html_fragment() turns it into body
 * markup (emphasis, strong, links, lists, subheadings, quotes) inserted at
 * the cursor as one user action; otherwise the plain text is pasted.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-import.h"

#include "copydesk-body-view.h"

struct _CopydeskBodyView
{
  GtkSourceView parent_instance;
};

G_DEFINE_FINAL_TYPE (CopydeskBodyView, copydesk_body_view, GTK_SOURCE_TYPE_VIEW)

static void
update_scheme (CopydeskBodyView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (style) ? "copydesk-dark" : "copydesk";
  GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (schemes, id);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  if (scheme != NULL && GTK_SOURCE_IS_BUFFER (buffer))
    gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer), scheme);
}

static void
copydesk_body_view_constructed (GObject *object)
{
  CopydeskBodyView *self = COPYDESK_BODY_VIEW (object);
  GtkTextView *text_view = GTK_TEXT_VIEW (self);

  G_OBJECT_CLASS (copydesk_body_view_parent_class)->constructed (object);

  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (text_view, FALSE);
  gtk_text_view_set_left_margin (text_view, 24);
  gtk_text_view_set_right_margin (text_view, 24);
  gtk_text_view_set_top_margin (text_view, 18);
  gtk_text_view_set_bottom_margin (text_view, 48);
  gtk_text_view_set_pixels_inside_wrap (text_view, 2);
  gtk_source_view_set_show_line_numbers (GTK_SOURCE_VIEW (self), FALSE);
  gtk_source_view_set_highlight_current_line (GTK_SOURCE_VIEW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "body-view");

  g_signal_connect (self, "notify::buffer", G_CALLBACK (update_scheme), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_scheme), self, G_CONNECT_SWAPPED);
  update_scheme (self);
}

/* Paste */

/* Markup of several blocks goes in as blocks of its own: a blank line
 * between it and the text either side, unless it starts or ends a line. */
static void
insert_markup (CopydeskBodyView *self,
               const char       *markup)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autofree char *text = g_strdup (markup);
  g_autoptr(GString) piece = NULL;
  gboolean editable = gtk_text_view_get_editable (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  g_strstrip (text);
  if (*text == '\0')
    return;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, editable);
  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
  piece = g_string_new (text);
  if (strchr (text, '\n') != NULL)
    {
      end = start;
      if (!gtk_text_iter_starts_line (&start))
        g_string_prepend (piece, "\n\n");
      if (!gtk_text_iter_ends_line (&end))
        g_string_append (piece, "\n\n");
    }
  gtk_text_buffer_insert_interactive (buffer, &start, piece->str, -1, editable);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

static void
on_html_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CopydeskBodyView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GOutputStream *out = G_OUTPUT_STREAM (source);

  if (g_output_stream_splice_finish (out, result, &error) < 0)
    {
      g_warning ("Could not read the copied text: %s", error->message);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  markup = copydesk_import_html_fragment (g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), &error);
  if (markup == NULL)
    {
      g_warning ("Could not paste the copied text: %s", error->message);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    insert_markup (self, markup);
}

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CopydeskBodyView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GOutputStream) out = NULL;

  in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (in == NULL)
    {
      g_warning ("Could not read the clipboard: %s", error->message);
      return;
    }
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                         | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_html_read, g_object_ref (self));
}

static void
copydesk_body_view_paste_clipboard (GtkTextView *text_view)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (text_view));
  static const char *mime_types[] = { "text/html", NULL };

  if (!gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                              "text/html"))
    {
      GTK_TEXT_VIEW_CLASS (copydesk_body_view_parent_class)->paste_clipboard (text_view);
      return;
    }
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL,
                            on_clipboard_read, g_object_ref (text_view));
}

static void
copydesk_body_view_class_init (CopydeskBodyViewClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = copydesk_body_view_constructed;
  GTK_TEXT_VIEW_CLASS (klass)->paste_clipboard = copydesk_body_view_paste_clipboard;
}

static void
copydesk_body_view_init (CopydeskBodyView *self)
{
}

GtkWidget *
copydesk_body_view_new (void)
{
  return g_object_new (COPYDESK_TYPE_BODY_VIEW, NULL);
}

/* Puts the cursor at the start of block @index (the last block when there
 * are fewer) and scrolls it into view. */
void
copydesk_body_view_place_cursor_at_block (CopydeskBodyView *self,
                                          guint             index)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (COPYDESK_IS_BODY_VIEW (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_return_if_fail (COPYDESK_IS_BODY_BUFFER (buffer));

  copydesk_body_buffer_place_cursor_at_block (COPYDESK_BODY_BUFFER (buffer), index);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
}
