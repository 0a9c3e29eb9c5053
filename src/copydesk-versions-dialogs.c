/* copydesk-versions-dialogs.c: an earlier version, read-only or compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are windows of their own beside the editor, so the desk can keep an
 * earlier version open while it writes the next one. Neither can change a
 * file: the version is shown in the reader view, the comparison in a text
 * view that cannot be edited.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-reader-view.h"
#include "copydesk-time.h"
#include "copydesk-versions-dialogs.h"

static const char *
signal_name (CopydeskVersion *version)
{
  if (copydesk_version_get_pub_status (version) == COPYDESK_PUB_STATUS_CANCELED)
    return _("Kill");
  switch (copydesk_version_get_signal (version))
    {
    case COPYDESK_SIGNAL_UPDATE: return _("Update");
    case COPYDESK_SIGNAL_CORRECTION: return _("Correction");
    case COPYDESK_SIGNAL_NONE:
    default: return copydesk_version_get_number (version) <= 1 ? _("First version") : _("Sent");
    }
}

char *
copydesk_versions_dup_title (CopydeskVersion *version)
{
  GDateTime *sent = copydesk_version_get_sent (version);
  g_autofree char *when = sent != NULL ? copydesk_format_time (sent, COPYDESK_TIME_STYLE_DATE_TIME)
                                       : g_strdup (_("time not known"));

  /* Translators: version number · what it was (Update, Correction) · when it was sent */
  return g_strdup_printf (_("Version %u · %s · %s"), copydesk_version_get_number (version),
                          signal_name (version), when);
}

static GtkWindow *
root_window (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
show_error (GtkWidget       *parent,
            CopydeskVersion *version,
            GError          *error)
{
  g_autofree char *heading = g_strdup_printf (_("Version %u cannot be read"),
                                              copydesk_version_get_number (version));
  GtkWidget *dialog = adw_message_dialog_new (root_window (parent), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static GtkWidget *
window_new (GtkWidget  *parent,
            const char *title,
            const char *subtitle,
            GtkWidget  *content)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), root_window (parent));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

GtkWidget *
copydesk_versions_show_version (GtkWidget       *parent,
                                CopydeskVersion *version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GFile) story_dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *reader;

  g_return_val_if_fail (COPYDESK_IS_VERSION (version), NULL);

  /* One story file: reading it is quick enough for a click. */
  article = copydesk_version_read (version, &error);
  if (article == NULL)
    return show_error (parent, version, error);
  /* The kept copy's photos are relative to the story's own folder. */
  story_dir = g_file_get_parent (copydesk_version_get_file (version));
  if (story_dir != NULL)
    g_set_object (&story_dir, g_file_get_parent (story_dir));
  title = g_strdup_printf (_("Version %u (read-only)"), copydesk_version_get_number (version));
  subtitle = copydesk_versions_dup_title (version);
  reader = copydesk_reader_view_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (reader), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, story_dir);
  return window_new (parent, title, subtitle, reader);
}

static void
fill_diff (GtkTextBuffer *buffer,
           GPtrArray     *parts)
{
  GtkTextIter end;

  gtk_text_buffer_create_tag (buffer, "removed", "strikethrough", TRUE,
                              "foreground", "#c01c28", "background", "rgba(224,27,36,0.12)", NULL);
  gtk_text_buffer_create_tag (buffer, "added", "foreground", "#26a269",
                              "background", "rgba(46,194,126,0.15)", "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  for (guint i = 0; i < parts->len; i++)
    {
      CopydeskDiffPart *part = g_ptr_array_index (parts, i);

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (part->kind == COPYDESK_DIFF_SAME)
        gtk_text_buffer_insert (buffer, &end, part->text, -1);
      else
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, part->text, -1,
                                                  part->kind == COPYDESK_DIFF_ADDED ? "added" : "removed",
                                                  NULL);
    }
}

GtkWidget *
copydesk_versions_show_diff (GtkWidget       *parent,
                             CopydeskVersion *version,
                             CopydeskArticle *current)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) before = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *scroller;
  GtkWidget *view;

  g_return_val_if_fail (COPYDESK_IS_VERSION (version), NULL);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (current), NULL);

  before = copydesk_version_read (version, &error);
  if (before == NULL)
    return show_error (parent, version, error);
  scroller = gtk_scrolled_window_new ();
  view = gtk_text_view_new ();
  parts = copydesk_article_word_diff (before, current);
  title = g_strdup_printf (_("Changes since version %u"), copydesk_version_get_number (version));
  subtitle = g_strdup (_("Struck through: taken out. Underlined: put in."));
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 18);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  fill_diff (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), parts);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  return window_new (parent, title, subtitle, scroller);
}
