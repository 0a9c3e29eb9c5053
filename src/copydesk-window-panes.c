/* copydesk-window-panes.c: the side areas of the editor window (the
 * sidebar with photos, details and checks; the live preview), and "Export
 * for Wire…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview (src/preview/) and the photo widgets (src/photos/) know
 * nothing of the window. This file gives them the window's article and its
 * folder, keeps them in step when a file is opened or saved elsewhere, and
 * turns what they ask for (place a photo, go to a block) into edits of the
 * body.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-checks-view.h"
#include "copydesk-photo-gutter.h"
#include "copydesk-photo-panel.h"
#include "copydesk-placement-captions.h"
#include "copydesk-preview-pane.h"
#include "copydesk-width-bin.h"
#include "copydesk-window-internal.h"
#include "copydesk-wire-export-dialog.h"

/* The preview follows the body's cursor this long after it stops moving, so
 * that holding an arrow key does not scroll the preview at every line. */
#define REVEAL_DELAY_MS 120

/* Preview widths (pixels) where its type steps down and up (preview.css):
 * below the first a 34-pixel headline breaks after every other word; from
 * the second a larger one still keeps to a few lines. */
#define PREVIEW_NARROW_BELOW 440
#define PREVIEW_WIDE_FROM    640

/* Where the photos' relative hrefs start: the article's folder. */
static void
update_base_dir (CopydeskWindow *self)
{
  g_autoptr(GFile) folder = copydesk_document_dup_folder (self->document);

  copydesk_preview_pane_set_base_dir (COPYDESK_PREVIEW_PANE (self->preview), folder);
  copydesk_photo_panel_set_base_dir (COPYDESK_PHOTO_PANEL (self->photo_panel), folder);
}

/* The schema the preview validates against: the preference, else the
 * environment (for tests and packagers), else the built-in checks only. */
static void
update_schema_path (CopydeskWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "newsml-schema-path");
  const char *from_env = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  const char *chosen = NULL;

  if (path[0] != '\0')
    chosen = path;
  else if (from_env != NULL && from_env[0] != '\0')
    chosen = from_env;
  copydesk_preview_pane_set_schema_path (COPYDESK_PREVIEW_PANE (self->preview), chosen);
}

/* The body's text keeps its usual margin from the frame, except beside a
 * gutter of thumbnails, which is margin enough. */
#define BODY_MARGIN        24
#define BODY_MARGIN_GUTTER 8

static void
update_body_margin (CopydeskWindow *self)
{
  gboolean thumbnails = self->photo_gutter != NULL
                        && copydesk_photo_gutter_get_has_placements (
                             COPYDESK_PHOTO_GUTTER (self->photo_gutter));

  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->body_view),
                                 thumbnails ? BODY_MARGIN_GUTTER : BODY_MARGIN);
}

/* The gutter and the captions under placement lines take their article
 * when they are made, so a new article gets new ones. */
static void
replace_gutter (CopydeskWindow *self)
{
  GtkSourceGutter *gutter = gtk_source_view_get_gutter (GTK_SOURCE_VIEW (self->body_view),
                                                        GTK_TEXT_WINDOW_LEFT);

  if (self->photo_gutter != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->photo_gutter, self);
      gtk_source_gutter_remove (gutter, self->photo_gutter);
    }
  self->photo_gutter = NULL;
  g_clear_object (&self->placement_captions);
  if (self->article != NULL)
    {
      self->placement_captions = copydesk_placement_captions_new (GTK_TEXT_VIEW (self->body_view),
                                                                  self->article);
      self->photo_gutter = copydesk_photo_gutter_new (self->article);
      gtk_source_gutter_insert (gutter, self->photo_gutter, 0);
      g_signal_connect_object (self->photo_gutter, "notify::has-placements",
                               G_CALLBACK (update_body_margin), self, G_CONNECT_SWAPPED);
    }
  update_body_margin (self);
}

static void
on_window_article (CopydeskWindow *self)
{
  /* The folder first: a new one rebuilds the preview at once, and that is
   * cheaper before the new article is in than once more after it. */
  update_base_dir (self);
  copydesk_preview_pane_set_article (COPYDESK_PREVIEW_PANE (self->preview), self->article);
  copydesk_photo_panel_set_article (COPYDESK_PHOTO_PANEL (self->photo_panel), self->article);
  replace_gutter (self);
}

/* Clicking a block in the preview goes to it in the body. */
static void
on_block_activated (CopydeskWindow *self,
                    guint           index)
{
  _copydesk_window_place_cursor_at_block (self, index);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static void
on_place_photo (CopydeskWindow *self,
                const char     *photo_id)
{
  _copydesk_window_insert_placement (self, photo_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* Scroll sync: the preview keeps the block at the body's cursor in view. */

static gboolean
on_reveal_timeout (gpointer user_data)
{
  CopydeskWindow *self = user_data;

  self->reveal_id = 0;
  if (gtk_widget_get_mapped (self->preview))
    copydesk_preview_pane_reveal_block (COPYDESK_PREVIEW_PANE (self->preview),
                                        _copydesk_window_get_block_at_cursor (self));
  return G_SOURCE_REMOVE;
}

static void
on_cursor_moved (CopydeskWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkTextIter cursor;

  g_clear_handle_id (&self->reveal_id, g_source_remove);
  if (!gtk_widget_get_mapped (self->preview))
    return;
  /* At the very start of the body (as after opening) the preview stays at
   * the top of the story: revealing the first paragraph would scroll the
   * headline away, more so at the larger type of a wide preview. */
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (gtk_text_iter_is_start (&cursor))
    return;
  self->reveal_id = g_timeout_add (REVEAL_DELAY_MS, on_reveal_timeout, self);
}

/* Dropping a photo card on the body */

/* (transfer full) (nullable): the id when @text is one placement line. */
static char *
placement_id (const char *text)
{
  return text != NULL ? copydesk_body_placement_id (text) : NULL;
}

/* Takes only a card dragged inside Copydesk: text dragged within the body,
 * or from elsewhere, is left to the text view. */
static gboolean
on_photo_drop_accept (GtkDropTarget *target,
                      GdkDrop       *drop,
                      gpointer       user_data)
{
  GdkDrag *drag = gdk_drop_get_drag (drop);
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *id = NULL;

  if (drag == NULL)
    return FALSE;
  content = gdk_drag_get_content (drag);
  g_value_init (&value, G_TYPE_STRING);
  if (!gdk_content_provider_get_value (content, &value, NULL))
    return FALSE;
  id = placement_id (g_value_get_string (&value));
  return id != NULL;
}

static gboolean
on_photo_drop (GtkDropTarget *target,
               const GValue  *value,
               double         x,
               double         y,
               gpointer       user_data)
{
  CopydeskWindow *self = user_data;
  GtkTextView *view = GTK_TEXT_VIEW (self->body_view);
  g_autofree char *id = placement_id (g_value_get_string (value));
  GtkTextIter iter;
  int bx, by;

  if (id == NULL || !copydesk_photo_id_is_valid (id))
    return FALSE;
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &bx, &by);
  gtk_text_view_get_iter_at_location (view, &iter, bx, by);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (view), &iter);
  _copydesk_window_insert_placement (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  return TRUE;
}

static void
add_photo_drop_target (CopydeskWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY | GDK_ACTION_MOVE);

  /* ahead of the text view's own drop handling, which would splice the line
   * into the paragraph under the pointer */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (target), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), "copydesk-photo-drop");
  g_signal_connect (target, "accept", G_CALLBACK (on_photo_drop_accept), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_photo_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self->body_view), GTK_EVENT_CONTROLLER (target));
}

/* Export for Wire… */

static void
on_wire_exported (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = copydesk_wire_export_dialog_finish (result, &error);
  g_autofree char *message = NULL;

  if (file == NULL)
    {
      GtkWidget *checks = copydesk_window_get_checks_view (self);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _copydesk_window_show_error (self, COPYDESK_NOTICE_EXPORT, error->message);
      else if (checks != NULL && copydesk_wire_export_dialog_wants_review (result))
        copydesk_checks_view_review_first_error (COPYDESK_CHECKS_VIEW (checks));
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_EXPORT, NULL);
  message = copydesk_wire_export_dialog_describe (result);
  _copydesk_window_toast (self, message);
}

static void
action_export_wire (GtkWidget  *user_data,
                    const char *name,
                    GVariant   *param)
{
  CopydeskWindow *self = COPYDESK_WINDOW (user_data);
  g_autoptr(GFile) folder = copydesk_document_dup_folder (self->document);
  /* The article as it is now, body flushed by the document: the dialog is
   * modal, and the export runs on this in a worker thread. */
  g_autoptr(CopydeskArticle) snapshot = copydesk_document_snapshot (self->document);
  GtkWidget *checks = copydesk_window_get_checks_view (self);
  g_auto(GStrv) errors = NULL;

  if (checks != NULL)
    errors = copydesk_checks_view_dup_error_messages (COPYDESK_CHECKS_VIEW (checks));
  copydesk_wire_export_dialog_async (GTK_WINDOW (self), snapshot, folder,
                                     (const char * const *) errors, self->cancellable,
                                     on_wire_exported, g_object_ref (self));
}

void
_copydesk_window_class_add_pane_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-wire", NULL, action_export_wire);
}

void
_copydesk_window_export_wire_to (CopydeskWindow *self,
                                 GFile          *file)
{
  g_autoptr(CopydeskArticle) snapshot = NULL;
  GTask *task;

  g_return_if_fail (COPYDESK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  snapshot = copydesk_document_snapshot (self->document);
  task = g_task_new (snapshot, self->cancellable, on_wire_exported, g_object_ref (self));
  g_task_set_source_tag (task, copydesk_wire_export_dialog_async);
  _copydesk_wire_export_dialog_chosen (task, file);
}

/* The side areas
 *
 * One rule set at every width. The form keeps its minimum (.story-area in
 * style.css, about 34 em). The sidebar (one page at a time: photos,
 * details, checks) and the preview are AdwFlaps around it: each sits
 * beside the form while the width holds the form's minimum and its own,
 * and otherwise becomes an overlay with an opaque background that Esc, or
 * a click on the story, closes. The flaps are locked: folding and
 * unfolding never show or hide them. What is shown follows the settings
 * and changes only when the user asks (a header button, F9, the view
 * switcher, Esc, Find over a folded sidebar); the settings are written
 * only then. */

/* The sidebar's width, beside the form or over it. */
#define SIDEBAR_WIDTH 360

static const char * const side_pages[] = { "photos", "details", "checks" };

/* The setting that shows @page. */
static char *
side_key (const char *page)
{
  return g_strconcat ("show-", page, NULL);
}

/* (nullable): the page the settings show, the first if several do. */
static const char *
shown_side_page (CopydeskWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_pages); i++)
    {
      g_autofree char *key = side_key (side_pages[i]);

      if (g_settings_get_boolean (self->settings, key))
        return side_pages[i];
    }
  return NULL;
}

/* Writes @key only when it changes: every write is the user's. */
static void
set_key (CopydeskWindow *self,
         const char     *key,
         gboolean        value)
{
  if (g_settings_get_boolean (self->settings, key) != value)
    g_settings_set_boolean (self->settings, key, value);
}

/* One page at a time: the one asked for, or none. */
static void
show_side_page (CopydeskWindow *self,
                const char     *page)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_pages); i++)
    {
      g_autofree char *key = side_key (side_pages[i]);

      set_key (self, key, g_strcmp0 (page, side_pages[i]) == 0);
    }
}

/* The settings, to the widgets. */
static void
sync_sidebar (CopydeskWindow *self)
{
  const char *page = shown_side_page (self);

  self->syncing_sides = TRUE;
  if (page != NULL)
    adw_view_stack_set_visible_child_name (self->side_stack, page);
  adw_flap_set_reveal_flap (self->side_flap, page != NULL);
  self->syncing_sides = FALSE;
}

static void
sync_preview (CopydeskWindow *self)
{
  self->syncing_sides = TRUE;
  adw_flap_set_reveal_flap (self->preview_flap,
                            g_settings_get_boolean (self->settings, "show-preview"));
  self->syncing_sides = FALSE;
}

/* A page turned on (by its action or in the settings) turns the others off. */
static void
on_side_setting (CopydeskWindow *self,
                 const char     *key)
{
  if (g_settings_get_boolean (self->settings, key))
    show_side_page (self, key + strlen ("show-"));
  sync_sidebar (self);
}

/* The user picked a page in the view switcher. */
static void
on_side_page (CopydeskWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->side_stack);

  if (self->syncing_sides || page == NULL || !adw_flap_get_reveal_flap (self->side_flap))
    return;
  show_side_page (self, page);
}

/* The user closed an overlay (Esc, or a click on the story). */
static void
on_side_revealed (CopydeskWindow *self)
{
  if (self->syncing_sides || adw_flap_get_reveal_flap (self->side_flap))
    return;
  show_side_page (self, NULL);
}

/* The user started Find. Folded over the form, the sidebar would hide
 * the find bar and the match: it closes, as Esc would close it (and is
 * recorded as hidden). It stays when the selected match is in it (a
 * caption on the Photos page), and beside the form nothing changes. */
static void
on_find_shown (CopydeskWindow *self)
{
  GtkWidget *match = copydesk_editor_get_find_match_widget (self->editor);

  if (!adw_flap_get_folded (self->side_flap) || !adw_flap_get_reveal_flap (self->side_flap))
    return;
  if (match != NULL && gtk_widget_is_ancestor (match, adw_flap_get_flap (self->side_flap)))
    return;
  adw_flap_set_reveal_flap (self->side_flap, FALSE);
}

static void
on_preview_revealed (CopydeskWindow *self)
{
  if (self->syncing_sides)
    return;
  set_key (self, "show-preview", adw_flap_get_reveal_flap (self->preview_flap));
}

/* The preview's width beside the form */

/* Until the user sets a width, the preview asks for this part (percent)
 * of a large window, so that a 1920-pixel screen is not mostly margins. */
#define PREVIEW_SHARE_UNSET 35

/* The most of the width beside the sidebar (percent) the preview asks for. */
#define PREVIEW_SHARE_MAX 40

/* The preview's least width (its slot's width-request in the window). */
#define PREVIEW_MIN_WIDTH 280

/* The least width of the form, as its style sets it (.story-area). */
static int
form_min_width (CopydeskWindow *self)
{
  int min = 0;

  gtk_widget_measure (GTK_WIDGET (self->editor), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min, NULL, NULL, NULL);
  return min;
}

/* The preview asks for the width in the settings (or its share of a large
 * window); the flap gives it that much only while the form keeps its
 * minimum, and shares what is left between them. */
static void
update_preview_width (CopydeskWindow *self)
{
  g_autoptr(GVariant) chosen = g_settings_get_user_value (self->settings, "preview-width");
  int preview = g_settings_get_int (self->settings, "preview-width");
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height;

  /* The default size follows the window's size, except when maximized. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (chosen == NULL && width > 0)
    preview = MAX (preview, width * PREVIEW_SHARE_UNSET / 100);
  /* The story keeps the larger part of what the sidebar leaves. */
  if (adw_flap_get_reveal_flap (self->side_flap) && !adw_flap_get_folded (self->side_flap))
    width -= SIDEBAR_WIDTH;
  if (chosen == NULL && width > 0)
    preview = MIN (preview, width * PREVIEW_SHARE_MAX / 100);
  else if (width > 0)
    preview = MIN (preview, width - form_min_width (self));
  copydesk_width_bin_set_natural_width (COPYDESK_WIDTH_BIN (self->preview_bin),
                                        MAX (preview, PREVIEW_MIN_WIDTH));
}

/* The handle between the form and the preview: dragging it sets the
 * preview's width, between its least and what leaves the form its
 * minimum; the width is saved ("preview-width") when the drag ends. */

static int
dragged_width (CopydeskWindow *self,
               GtkGesture     *drag,
               double          offset_x)
{
  int start = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (drag), "start-width"));
  int room = gtk_widget_get_width (GTK_WIDGET (self->preview_flap)) - form_min_width (self);

  /* The preview is on the end side: dragging towards the start widens it. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    offset_x = -offset_x;
  return CLAMP (start - (int) offset_x, PREVIEW_MIN_WIDTH, MAX (room, PREVIEW_MIN_WIDTH));
}

static void
on_handle_begin (GtkGestureDrag *drag,
                 double          x,
                 double          y,
                 CopydeskWindow *self)
{
  g_object_set_data (G_OBJECT (drag), "start-width",
                     GINT_TO_POINTER (gtk_widget_get_width (GTK_WIDGET (self->preview_slot))));
}

static void
on_handle_update (GtkGestureDrag *drag,
                  double          offset_x,
                  double          offset_y,
                  CopydeskWindow *self)
{
  copydesk_width_bin_set_natural_width (COPYDESK_WIDTH_BIN (self->preview_bin),
                                        dragged_width (self, GTK_GESTURE (drag), offset_x));
}

static void
on_handle_end (GtkGestureDrag *drag,
               double          offset_x,
               double          offset_y,
               CopydeskWindow *self)
{
  g_settings_set_int (self->settings, "preview-width",
                      dragged_width (self, GTK_GESTURE (drag), offset_x));
}

static void
init_preview_handle (CopydeskWindow *self)
{
  GtkWidget *handle = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_widget_add_css_class (handle, "preview-handle");
  gtk_widget_set_cursor_from_name (handle, "col-resize");
  gtk_widget_set_tooltip_text (handle, _("Drag to change the width of the preview"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview width"), -1);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_handle_begin), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_handle_update), self, 0);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (on_handle_end), self, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag));
  adw_flap_set_separator (self->preview_flap, handle);
}

static void
init_side_areas (CopydeskWindow *self)
{
  const char *keys[] = { "changed::show-photos", "changed::show-details", "changed::show-checks" };

  GtkWidget *sidebar = adw_flap_get_flap (self->side_flap);
  GtkWidget *sidebar_bin = copydesk_width_bin_new (0, G_MAXINT);

  /* The sidebar asks for its least width, beside the form and over it:
   * the photo panel's cards would take half the window. */
  g_object_ref (sidebar);
  adw_flap_set_flap (self->side_flap, sidebar_bin);
  copydesk_width_bin_set_child (COPYDESK_WIDTH_BIN (sidebar_bin), sidebar);
  g_object_unref (sidebar);
  copydesk_width_bin_set_natural_width (COPYDESK_WIDTH_BIN (sidebar_bin), SIDEBAR_WIDTH);
  gtk_widget_add_css_class (copydesk_editor_get_details_page (self->editor), "details-panel");
  adw_bin_set_child (self->details_slot, copydesk_editor_get_details_page (self->editor));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_signal_connect_object (self->settings, keys[i], G_CALLBACK (on_side_setting), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::show-preview", G_CALLBACK (sync_preview),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_stack, "notify::visible-child-name",
                           G_CALLBACK (on_side_page), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_flap, "notify::reveal-flap", G_CALLBACK (on_side_revealed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "find-shown", G_CALLBACK (on_find_shown), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview_flap, "notify::reveal-flap",
                           G_CALLBACK (on_preview_revealed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_flap, "notify::reveal-flap",
                           G_CALLBACK (update_preview_width), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_flap, "notify::folded",
                           G_CALLBACK (update_preview_width), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::preview-width",
                           G_CALLBACK (update_preview_width), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (update_preview_width),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::maximized", G_CALLBACK (update_preview_width),
                           self, G_CONNECT_SWAPPED);
  init_preview_handle (self);
  update_preview_width (self);
  sync_sidebar (self);
  sync_preview (self);
}

/* The Checks page */

/**
 * copydesk_window_set_checks_view:
 * @view: (nullable): the widget for the sidebar's Checks page (a
 *   CopydeskChecksView); %NULL puts back the "No checks yet" placeholder
 *
 * The page is shown with win.show-checks (the "show-checks" setting) or
 * the sidebar's view switcher, beside the form or over it as the others.
 */
void
copydesk_window_set_checks_view (CopydeskWindow *self,
                                 GtkWidget      *view)
{
  g_return_if_fail (COPYDESK_IS_WINDOW (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  if (self->checks_placeholder == NULL)
    self->checks_placeholder = g_object_ref (adw_bin_get_child (self->checks_slot));
  adw_bin_set_child (self->checks_slot, view != NULL ? view : self->checks_placeholder);
}

/**
 * copydesk_window_get_checks_view:
 *
 * Returns: (transfer none) (nullable): the widget given to
 *   copydesk_window_set_checks_view(), %NULL while the placeholder shows
 */
GtkWidget *
copydesk_window_get_checks_view (CopydeskWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  child = adw_bin_get_child (self->checks_slot);
  return ADW_IS_STATUS_PAGE (child) ? NULL : child;
}

/* Setting up */

void
_copydesk_window_init_panes (CopydeskWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));

  self->preview_bin = copydesk_width_bin_new (PREVIEW_NARROW_BELOW, PREVIEW_WIDE_FROM);
  self->preview = copydesk_preview_pane_new ();
  gtk_widget_set_vexpand (self->preview, TRUE);
  copydesk_width_bin_set_child (COPYDESK_WIDTH_BIN (self->preview_bin), self->preview);
  gtk_box_append (self->preview_slot, self->preview_bin);
  self->photo_panel = copydesk_photo_panel_new ();
  gtk_widget_set_vexpand (self->photo_panel, TRUE);
  gtk_box_append (self->photos_slot, self->photo_panel);
  init_side_areas (self);

  g_settings_bind (self->settings, "caption-limit", self->photo_panel, "caption-limit",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->settings, "changed::newsml-schema-path",
                           G_CALLBACK (update_schema_path), self, G_CONNECT_SWAPPED);
  update_schema_path (self);

  g_signal_connect_object (self, "notify::article", G_CALLBACK (on_window_article), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (update_base_dir), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "block-activated", G_CALLBACK (on_block_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->photo_panel, "place-photo", G_CALLBACK (on_place_photo), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "notify::cursor-position", G_CALLBACK (on_cursor_moved), self,
                           G_CONNECT_SWAPPED);
  add_photo_drop_target (self);
  on_window_article (self);
}

void
_copydesk_window_dispose_panes (CopydeskWindow *self)
{
  g_clear_handle_id (&self->reveal_id, g_source_remove);
  g_clear_object (&self->placement_captions);
  g_clear_object (&self->checks_placeholder);
}

GtkWidget *
_copydesk_window_get_preview (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->preview;
}

GtkWidget *
_copydesk_window_get_photo_panel (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->photo_panel;
}

CopydeskPlacementCaptions *
_copydesk_window_get_placement_captions (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->placement_captions;
}

GtkSourceGutterRenderer *
_copydesk_window_get_photo_gutter (CopydeskWindow *self)
{
  g_return_val_if_fail (COPYDESK_IS_WINDOW (self), NULL);

  return self->photo_gutter;
}
