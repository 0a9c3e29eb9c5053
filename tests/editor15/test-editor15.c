/* test-editor15.c: the leftovers of issue 15 in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "copydesk-body-buffer.h"
#include "copydesk-editor.h"
#include "copydesk-find-bar.h"
#include "copydesk-window-private.h"
#include "copydesk-test-util.h"
#include "editorux-test.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

static void
assert_placement (const char *before,
                  int         cursor,
                  const char *after)
{
  g_autoptr(CopydeskBodyBuffer) buffer = copydesk_body_buffer_new ();
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GtkTextBuffer *text = GTK_TEXT_BUFFER (buffer);
  GtkTextIter iter;
  g_autofree char *got = NULL;

  copydesk_body_buffer_set_article (buffer, article);
  gtk_text_buffer_set_text (text, before, -1);
  gtk_text_buffer_get_iter_at_offset (text, &iter, cursor);
  gtk_text_buffer_place_cursor (text, &iter);
  copydesk_body_buffer_insert_placement (buffer, "quay");
  got = copydesk_body_buffer_dup_text (buffer);
  g_assert_cmpstr (got, ==, after);
}

/* Exactly one blank line on each side of a placed photo, whatever
 * follows the cursor's line (issue 15: "Place at Cursor leaves an extra
 * blank line"). */
static void
test_placement_blank_lines (void)
{
  assert_placement ("First.\n\nSecond.", 2,
                    "First.\n\n[photo: quay]\n\nSecond.");
  assert_placement ("First.\nSecond.", 2,
                    "First.\n\n[photo: quay]\n\nSecond.");
  assert_placement ("First.\n\n\nSecond.", 0,
                    "First.\n\n[photo: quay]\n\n\nSecond.");
  assert_placement ("First.", 3, "First.\n\n[photo: quay]");
  assert_placement ("First.\n", 3, "First.\n\n[photo: quay]\n");
  assert_placement ("", 0, "[photo: quay]");
}

/* Border nodes (a CSS outline is drawn as one) in what @widget draws. */
static guint
count_borders (GskRenderNode *node)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);
  guint n = 0;

  if (type == GSK_BORDER_NODE)
    return 1;
  if (type == GSK_CONTAINER_NODE)
    {
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_borders (gsk_container_node_get_child (node, i));
      return n;
    }
  if (type == GSK_TRANSFORM_NODE)
    return count_borders (gsk_transform_node_get_child (node));
  if (type == GSK_CLIP_NODE)
    return count_borders (gsk_clip_node_get_child (node));
  if (type == GSK_ROUNDED_CLIP_NODE)
    return count_borders (gsk_rounded_clip_node_get_child (node));
  if (type == GSK_OPACITY_NODE)
    return count_borders (gsk_opacity_node_get_child (node));
  if (type == GSK_DEBUG_NODE)
    return count_borders (gsk_debug_node_get_child (node));
  return 0;
}

static guint
borders_drawn (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  return node != NULL ? count_borders (node) : 0;
}

/* The body, like every other field, draws a focus ring while it has the
 * keyboard focus (issue 15: "no focus ring on the body"). */
static void
test_body_focus_ring (void)
{
  CopydeskWindow *window = ui_test_open_sample (app, 1280, 800);
  GtkWidget *body = ui_test_find_labelled (GTK_WIDGET (window), "Body");
  GtkWidget *headline = ui_test_find_labelled (GTK_WIDGET (window), "Headline");
  GtkWidget *frame = gtk_widget_get_ancestor (body, GTK_TYPE_SCROLLED_WINDOW);
  guint unfocused, focused;

  g_assert_nonnull (frame);
  g_assert_true (gtk_widget_grab_focus (headline));
  preview_test_wait_frames (GTK_WIDGET (window), 2);
  unfocused = borders_drawn (frame);
  g_assert_true (gtk_widget_grab_focus (body));
  preview_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_has_focus (body));
  focused = borders_drawn (frame);
  g_assert_cmpuint (focused, >, unfocused);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkGesture *
drag_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return GTK_GESTURE (controller);
    }
  return NULL;
}

/* Drags @handle by @dx pixels the way a pointer does: the gesture's
 * signals in order (GTK 4 cannot synthesize pointer events in-process). */
static void
drag_handle (GtkWidget *window,
             GtkWidget *handle,
             double     dx)
{
  GtkGesture *drag = drag_of (handle);

  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", 3.0, 100.0);
  g_signal_emit_by_name (drag, "drag-update", dx, 0.0);
  g_signal_emit_by_name (drag, "drag-end", dx, 0.0);
  preview_test_wait_frames (window, 4);
}

static void
show_only_preview (GSettings *settings)
{
  g_settings_set_boolean (settings, "show-preview", TRUE);
  g_settings_set_boolean (settings, "show-photos", FALSE);
  g_settings_set_boolean (settings, "show-details", FALSE);
  g_settings_set_boolean (settings, "show-checks", FALSE);
}

/* A handle before the preview sets its width; the width is remembered, and
 * neither the preview drops below its least nor the form below its
 * minimum (issue 15: "no way to set the preview width"). */
static void
test_preview_handle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskWindow *window;
  GtkWidget *handle, *preview, *editor;
  int before, form_min;

  show_only_preview (settings);
  g_settings_reset (settings, "preview-width");
  window = ui_test_open_sample (app, 1280, 800);
  handle = ui_test_find_labelled (GTK_WIDGET (window), "Preview width");
  g_assert_nonnull (handle);
  preview = GTK_WIDGET (_copydesk_window_get_preview (window));
  editor = gtk_widget_get_ancestor (ui_test_find_labelled (GTK_WIDGET (window), "Body"),
                                    COPYDESK_TYPE_EDITOR);
  g_assert_nonnull (editor);
  gtk_widget_measure (editor, GTK_ORIENTATION_HORIZONTAL, -1, &form_min, NULL, NULL, NULL);
  before = gtk_widget_get_width (preview);

  drag_handle (GTK_WIDGET (window), handle, -60);
  g_assert_cmpint (g_settings_get_int (settings, "preview-width"), ==, before + 60);
  g_assert_cmpint (gtk_widget_get_width (preview), >=, before + 50);

  drag_handle (GTK_WIDGET (window), handle, -5000);
  g_assert_cmpint (gtk_widget_get_width (editor), >=, form_min);
  g_assert_cmpint (gtk_widget_get_width (preview), >, before + 60);

  drag_handle (GTK_WIDGET (window), handle, 5000);
  g_assert_cmpint (g_settings_get_int (settings, "preview-width"), ==, 280);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window takes the width that was set. */
  window = ui_test_open_sample (app, 1280, 800);
  preview = GTK_WIDGET (_copydesk_window_get_preview (window));
  g_assert_cmpint (gtk_widget_get_width (preview), <, before);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "preview-width");
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static CopydeskDocument *
load_sample (void)
{
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  CopydeskDocument *document = copydesk_document_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  copydesk_document_load_async (document, sample, TRUE, NULL, on_done, &result);
  g_assert_true (copydesk_document_load_finish (document, wait_result (&result), NULL, &error));
  g_assert_no_error (error);
  return document;
}

static gboolean
save_to (CopydeskDocument *document,
         GFile            *file,
         GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  copydesk_document_save_async (document, file, NULL, on_done, &result);
  return copydesk_document_save_finish (document, wait_result (&result), error);
}

/* Saving the bundled sample elsewhere copies its photos beside the saved
 * file, which then links to them and not to the install folder; the
 * originals stay (issue 15). */
static void
test_save_as_copies_photos (void)
{
  g_autoptr(CopydeskDocument) document = load_sample ();
  g_autoptr(GFile) sample = copydesk_application_dup_sample ();
  g_autoptr(GFile) sample_dir = g_file_get_parent (sample);
  g_autofree char *sample_path = g_file_get_path (sample_dir);
  g_autoptr(GFile) folder = g_file_new_for_path (g_dir_make_tmp ("editor15-XXXXXX", NULL));
  g_autoptr(GFile) story = g_file_get_child (folder, "story.xml");
  GListModel *photos = copydesk_article_get_photos (copydesk_document_get_article (document));
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  guint copied = 0;

  g_assert_true (save_to (document, story, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      GFile *file = copydesk_photo_get_file (photo);
      g_autofree char *name = NULL;
      g_autoptr(GFile) original = NULL;
      g_autoptr(GBytes) a = NULL, b = NULL;

      if (file == NULL)
        continue;
      g_assert_true (g_file_has_prefix (file, folder));
      name = g_file_get_basename (file);
      original = g_file_get_child (sample_dir, name);
      a = g_file_load_bytes (file, NULL, NULL, NULL);
      b = g_file_load_bytes (original, NULL, NULL, NULL);
      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_true (g_bytes_equal (a, b));
      copied++;
    }
  g_assert_cmpuint (copied, >, 0);
  g_assert_true (g_file_load_contents (story, NULL, &xml, NULL, NULL, NULL));
  g_assert_null (strstr (xml, "../"));
  g_assert_null (strstr (xml, sample_path));
  ui_test_remove_tree (folder);
}

/* A different file of a photo's name in the new folder is never replaced:
 * the save stops with an error naming the photo, and writes nothing. */
static void
test_save_as_photo_conflict (void)
{
  g_autoptr(CopydeskDocument) document = load_sample ();
  GListModel *photos = copydesk_article_get_photos (copydesk_document_get_article (document));
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, 0);
  g_autofree char *name = g_file_get_basename (copydesk_photo_get_file (photo));
  g_autoptr(GFile) folder = g_file_new_for_path (g_dir_make_tmp ("editor15-XXXXXX", NULL));
  g_autoptr(GFile) story = g_file_get_child (folder, "story.xml");
  g_autoptr(GFile) other = g_file_get_child (folder, name);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  GFile *source = copydesk_photo_get_file (photo);
  g_autoptr(GFile) original = g_object_ref (source);

  g_assert_true (g_file_replace_contents (other, "mine", 4, NULL, FALSE, 0, NULL, NULL, NULL));
  g_assert_false (save_to (document, story, &error));
  g_assert_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_false (g_file_query_exists (story, NULL));
  g_assert_true (g_file_load_contents (other, NULL, &kept, NULL, NULL, NULL));
  g_assert_cmpstr (kept, ==, "mine");
  g_assert_true (g_file_equal (copydesk_photo_get_file (photo), original));
  ui_test_remove_tree (folder);
}

/* Whether @entry shows all of its text. */
static gboolean
text_fits (GtkWidget *entry)
{
  g_autoptr(PangoLayout) layout =
    gtk_widget_create_pango_layout (entry, gtk_editable_get_text (GTK_EDITABLE (entry)));
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width <= gtk_widget_get_width (entry) - 16;
}

/* At 800 × 600 a long name and a long job title show whole in the author
 * row (issue 15: "author rows cut long names and job titles"). */
static void
test_author_row_long_text (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskWindow *window;
  GtkWidget *name, *title;

  show_only_preview (settings);
  g_settings_set_boolean (settings, "show-preview", FALSE);
  window = ui_test_open_sample (app, 800, 600);
  name = ui_test_find_labelled (GTK_WIDGET (window), "Author name");
  title = ui_test_find_labelled (GTK_WIDGET (window), "Job title");
  g_assert_nonnull (name);
  g_assert_nonnull (title);
  gtk_editable_set_text (GTK_EDITABLE (name), "Margarethe Oyelaran-Villanueva de Souza");
  gtk_editable_set_text (GTK_EDITABLE (title),
                         "Senior Correspondent for Regional and Municipal Affairs");
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_true (text_fits (name));
  g_assert_true (text_fits (title));
  g_assert_true (gtk_widget_get_has_tooltip (title));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
searched (gpointer data)
{
  return *copydesk_find_bar_get_status (data) != '\0';
}

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

/* A match in a closed panel (the editorial note, on the sidebar's Details
 * page) opens the panel, selects the match and gives it the focus; the
 * panel is recorded as shown (issue 15: "Find does not open a closed
 * panel"). */
static void
test_find_reveals_closed_panel (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskWindow *window;
  GtkWidget *note, *entry;
  CopydeskFindBar *bar;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;

  show_only_preview (settings);
  g_settings_set_boolean (settings, "show-preview", FALSE);
  window = ui_test_open_sample (app, 1280, 800);
  note = editorux_field (GTK_WIDGET (window), "Editorial note");
  g_assert_false (gtk_widget_get_mapped (note));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note));
  gtk_text_buffer_set_text (buffer, "Check the zebra crossing with the council.", -1);

  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  entry = editorux_field (GTK_WIDGET (window), "Find");
  bar = COPYDESK_FIND_BAR (gtk_widget_get_ancestor (entry, COPYDESK_TYPE_FIND_BAR));
  gtk_editable_set_text (GTK_EDITABLE (entry), "zebra");
  editorux_wait_until (searched, bar, "the search");
  copydesk_find_bar_next (bar);
  editorux_wait_until (mapped, note, "the editorial note to show");
  preview_test_wait_frames (GTK_WIDGET (window), 4);

  g_assert_true (g_settings_get_boolean (settings, "show-details"));
  g_assert_true (gtk_widget_has_focus (note));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (selected, ==, "zebra");
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_set_boolean (settings, "show-details", FALSE);
}

/* The sidebar's AdwFlap (around the Details page's fields). */
static AdwFlap *
side_flap (CopydeskWindow *window)
{
  GtkWidget *note = editorux_field (GTK_WIDGET (window), "Editorial note");

  return ADW_FLAP (gtk_widget_get_ancestor (note, ADW_TYPE_FLAP));
}

/* Whether @widget shows: mapped and not under the revealed sidebar. */
static gboolean
shows_beside_sidebar (GtkWidget *widget,
                      AdwFlap   *flap)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t a, b, both;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (!adw_flap_get_reveal_flap (flap))
    return TRUE;
  g_assert_true (gtk_widget_compute_bounds (widget, root, &a));
  g_assert_true (gtk_widget_compute_bounds (adw_flap_get_flap (flap), root, &b));
  return !graphene_rect_intersection (&a, &b, &both);
}

/* At 800 × 600 the sidebar is an overlay over the form: Find closes it,
 * so the find entry and the match show (it opened under the overlay),
 * and records it as hidden. A match in the sidebar's own fields (the
 * editorial note, on the Details page) opens it again, and Find then
 * leaves it open. */
static void
test_find_over_folded_sidebar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskWindow *window;
  GtkWidget *note, *entry, *focus;
  CopydeskFindBar *bar;
  AdwFlap *flap;

  show_only_preview (settings);
  g_settings_set_boolean (settings, "show-preview", FALSE);
  g_settings_set_boolean (settings, "show-details", TRUE);
  window = ui_test_open_sample (app, 800, 600);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  flap = side_flap (window);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  note = editorux_field (GTK_WIDGET (window), "Editorial note");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)),
                            "Check the zebra crossing with the council.", -1);

  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  entry = editorux_field (GTK_WIDGET (window), "Find");
  editorux_wait_until (mapped, entry, "the find entry to show");
  g_assert_false (adw_flap_get_reveal_flap (flap));
  editorux_wait_until (unmapped, note, "the sidebar to close");
  g_assert_true (shows_beside_sidebar (entry, flap));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  g_assert_false (g_settings_get_boolean (settings, "show-details"));

  bar = COPYDESK_FIND_BAR (gtk_widget_get_ancestor (entry, COPYDESK_TYPE_FIND_BAR));
  gtk_editable_set_text (GTK_EDITABLE (entry), "zebra");
  editorux_wait_until (searched, bar, "the search");
  copydesk_find_bar_next (bar);
  editorux_wait_until (mapped, note, "the editorial note to show");
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_mapped (note));
  gtk_window_destroy (GTK_WINDOW (window));

  /* beside the form, Find leaves the sidebar as it is */
  g_settings_set_boolean (settings, "show-details", TRUE);
  window = ui_test_open_sample (app, 1920, 1080);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  flap = side_flap (window);
  g_assert_false (adw_flap_get_folded (flap));
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  preview_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (g_settings_get_boolean (settings, "show-details"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_set_boolean (settings, "show-details", FALSE);
}

/* Runs xdotool with @args; its output, or %NULL when it failed. */
static char *
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* Presses @key for real: xdotool gives this process's window the X input
 * focus and sends the key through the X server, so the event travels
 * GTK's way from the focused widget up (GTK 4 cannot make key events
 * in-process). FALSE when there is no xdotool or no X display. */
static gboolean
press_key (GtkWidget  *window,
           const char *key)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *path = g_find_program_in_path ("xdotool");
  g_autofree char *id = NULL;

  if (path == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  id = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_free (xdotool ((const char *[]) { "windowfocus", "--sync", id, NULL }));
  preview_test_wait_frames (window, 2);
  g_free (xdotool ((const char *[]) { "key", key, NULL }));
  preview_test_wait_frames (window, 6);
  return TRUE;
}

/* A real Esc key in the body closes the find bar and clears its
 * highlights; a second one, at 800 px where the sidebar is an overlay,
 * closes the sidebar. */
static void
test_escape_keys (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CopydeskWindow *window;
  GtkWidget *body, *entry, *revealer;

  show_only_preview (settings);
  g_settings_set_boolean (settings, "show-preview", FALSE);
  window = ui_test_open_sample (app, 1280, 800);
  body = editorux_field (GTK_WIDGET (window), "Body");
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  entry = editorux_field (GTK_WIDGET (window), "Find");
  gtk_editable_set_text (GTK_EDITABLE (entry), "the");
  editorux_wait_until (searched, gtk_widget_get_ancestor (entry, COPYDESK_TYPE_FIND_BAR),
                       "the search");
  g_assert_true (editorux_has_match_tag (body));
  gtk_widget_grab_focus (body);
  if (!press_key (GTK_WIDGET (window), "Escape"))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("xdotool or an X display is missing: no real key events");
      return;
    }
  revealer = gtk_widget_get_ancestor (entry, GTK_TYPE_REVEALER);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (editorux_has_match_tag (body));
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_set_boolean (settings, "show-details", TRUE);
  window = ui_test_open_sample (app, 800, 600);
  gtk_widget_grab_focus (editorux_field (GTK_WIDGET (window), "Editorial note"));
  press_key (GTK_WIDGET (window), "Escape");
  g_assert_false (g_settings_get_boolean (settings, "show-details"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();
  app = ui_test_app_new ();

  g_test_add_func ("/editor15/placement-blank-lines", test_placement_blank_lines);
  g_test_add_func ("/editor15/body-focus-ring", test_body_focus_ring);
  g_test_add_func ("/editor15/preview-handle", test_preview_handle);
  g_test_add_func ("/editor15/save-as-copies-photos", test_save_as_copies_photos);
  g_test_add_func ("/editor15/save-as-photo-conflict", test_save_as_photo_conflict);
  g_test_add_func ("/editor15/author-row-long-text", test_author_row_long_text);
  g_test_add_func ("/editor15/find-reveals-closed-panel", test_find_reveals_closed_panel);
  g_test_add_func ("/editor15/escape-keys", test_escape_keys);
  g_test_add_func ("/editor15/find-over-folded-sidebar", test_find_over_folded_sidebar);
  status = g_test_run ();
  ui_test_app_free (app);
  return status;
}
