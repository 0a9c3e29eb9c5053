/* copydesk-body-view.c: shows a CopydeskBodyBuffer in a GtkSourceView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view only views. The text, its parsing into the article and its
 * errors belong to the buffer, which the document owns; the view lays the
 * text out like the printed story, follows the light or dark style, and
 * scrolls to where the buffer puts the cursor.
 */
#include "config.h"

#include <adwaita.h>

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

static void
copydesk_body_view_class_init (CopydeskBodyViewClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = copydesk_body_view_constructed;
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
