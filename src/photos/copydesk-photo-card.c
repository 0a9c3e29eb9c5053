/* copydesk-photo-card.c: one photo of the article, as a card of the photo panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields are bound both ways to the photo, so the card never keeps a copy
 * of the article: typing changes the model, and a change of the model (undo,
 * embedded metadata arriving) shows at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-photo-card.h"
#include "copydesk-photo-meta.h"
#include "copydesk-photos-private.h"
#include "copydesk-thumbnail.h"

struct _CopydeskPhotoCard
{
  GtkWidget       parent_instance;

  CopydeskPhoto  *photo;
  GCancellable   *cancellable;
  guint           caption_limit;
  gboolean        placed;
  gboolean        has_thumbnail;

  GtkWidget      *box;
  GtkWidget      *thumb_stack;
  GtkWidget      *picture;
  GtkWidget      *title;
  GtkWidget      *unplaced;
  GtkWidget      *details;
  GtkWidget      *message;
  GtkWidget      *locate;
  GtkWidget      *caption_view;
  GtkWidget      *count;
  GtkWidget      *credit;
  GtkWidget      *photographer;
  GtkWidget      *alt_text;
};

G_DEFINE_FINAL_TYPE (CopydeskPhotoCard, copydesk_photo_card, GTK_TYPE_WIDGET)

enum {
  REMOVE,
  PLACE,
  REORDER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_message (CopydeskPhotoCard *self,
             const char        *message)
{
  gtk_label_set_text (GTK_LABEL (self->message), message ? message : "");
  gtk_widget_set_visible (self->message, message != NULL);
}

static void
update_details (CopydeskPhotoCard *self)
{
  GFile *file = copydesk_photo_get_file (self->photo);
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  g_autofree char *text = NULL;
  guint width = copydesk_photo_get_width (self->photo);
  guint height = copydesk_photo_get_height (self->photo);

  if (name == NULL)
    text = g_strdup (_("No file chosen"));
  else if (width > 0 && height > 0)
    /* Translators: file name, then the photo's width × height in pixels */
    text = g_strdup_printf (_("%s · %u × %u"), name, width, height);
  else
    text = g_strdup (name);
  gtk_label_set_text (GTK_LABEL (self->details), text);
  gtk_widget_set_tooltip_text (self->details, file ? g_file_peek_path (file) : NULL);
}

/* "Locate…" for a photo without its file; Replace for one with a file (a
 * better crop, the agency's version): the same chooser either way. */
static void
update_locate (CopydeskPhotoCard *self,
               gboolean           missing)
{
  const char *name = missing ? _("Locate the Photo File") : _("Replace the Photo File");

  /* Replace is an icon, as Remove is: the card keeps its width */
  /* no mnemonic: see new_button() */
  if (missing)
    gtk_button_set_label (GTK_BUTTON (self->locate), _("Locate…"));
  else
    gtk_button_set_icon_name (GTK_BUTTON (self->locate), "document-open-symbolic");
  gtk_widget_set_tooltip_text (self->locate, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->locate), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  gtk_widget_set_visible (self->locate, TRUE);
}

static void
show_thumbnail_error (CopydeskPhotoCard *self,
                      const GError      *error)
{
  gboolean missing = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  self->has_thumbnail = FALSE;
  gtk_stack_set_visible_child_name (GTK_STACK (self->thumb_stack), "error");
  set_message (self, error->message);
  update_locate (self, missing);
}

static void
on_thumbnail_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CopydeskPhotoCard) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = copydesk_thumbnail_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  if (texture == NULL)
    {
      show_thumbnail_error (self, error);
      return;
    }
  self->has_thumbnail = TRUE;
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (texture));
  gtk_stack_set_visible_child_name (GTK_STACK (self->thumb_stack), "picture");
}

static void
load_thumbnail (CopydeskPhotoCard *self)
{
  GFile *file = copydesk_photo_get_file (self->photo);

  self->has_thumbnail = FALSE;
  set_message (self, NULL);
  if (file == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->thumb_stack), "error");
      set_message (self, _("This photo has no file yet."));
      update_locate (self, TRUE);
      return;
    }
  update_locate (self, FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->thumb_stack), "loading");
  copydesk_thumbnail_load_async (file, COPYDESK_PHOTO_CARD_THUMBNAIL_SIZE, self->cancellable,
                                 on_thumbnail_loaded, g_object_ref (self));
}

static void
update_count (CopydeskPhotoCard *self)
{
  glong n = g_utf8_strlen (copydesk_photo_get_caption (self->photo), -1);
  g_autofree char *text = NULL;

  if (self->caption_limit == 0)
    /* Translators: the number of characters of a caption */
    text = g_strdup_printf (ngettext ("%ld character", "%ld characters", n), n);
  else
    text = g_strdup_printf ("%ld/%u", n, self->caption_limit);
  gtk_label_set_text (GTK_LABEL (self->count), text);
  if (self->caption_limit > 0 && n > (glong) self->caption_limit)
    {
      gtk_widget_add_css_class (self->count, "warning");
      gtk_widget_remove_css_class (self->count, "dim-label");
      gtk_widget_set_tooltip_text (self->count, _("The caption is longer than the limit"));
    }
  else
    {
      gtk_widget_remove_css_class (self->count, "warning");
      gtk_widget_add_css_class (self->count, "dim-label");
      gtk_widget_set_tooltip_text (self->count, NULL);
    }
}

static void
on_photo_notify (CopydeskPhotoCard *self,
                 GParamSpec        *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "file"))
    load_thumbnail (self);
  if (g_str_equal (name, "file") || g_str_equal (name, "width") || g_str_equal (name, "height"))
    update_details (self);
  else if (g_str_equal (name, "caption"))
    update_count (self);
  else if (g_str_equal (name, "id"))
    gtk_label_set_text (GTK_LABEL (self->title), copydesk_photo_get_id (self->photo));
}

static void
on_metadata_read (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CopydeskPhotoCard) self = user_data;
  g_autoptr(GError) error = NULL;

  if (copydesk_photo_meta_read_finish (COPYDESK_PHOTO (source), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  /* the thumbnail's message, if any, already says what is wrong */
  if (!gtk_widget_get_visible (self->message))
    set_message (self, error->message);
}

/**
 * copydesk_photo_card_read_metadata:
 *
 * Reads the photo file's embedded caption, credit, photographer and rights
 * into the photo's empty fields, in the background.
 */
void
copydesk_photo_card_read_metadata (CopydeskPhotoCard *self)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_CARD (self));

  if (copydesk_photo_get_file (self->photo) == NULL)
    return;
  copydesk_photo_meta_read_async (self->photo, self->cancellable, on_metadata_read,
                                  g_object_ref (self));
}

static void
on_locate_response (GtkNativeDialog   *chooser,
                    int                response,
                    CopydeskPhotoCard *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      copydesk_photo_set_file (self->photo, file);
      copydesk_photo_card_read_metadata (self);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

GtkFileFilter *
_copydesk_photo_image_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/tiff");
  gtk_file_filter_add_mime_type (filter, "image/webp");
  return filter;
}

static void
on_locate_clicked (CopydeskPhotoCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = _copydesk_photo_image_filter ();
  g_autofree char *title = g_strdup_printf (_("Locate Photo “%s”"),
                                            copydesk_photo_get_id (self->photo));

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Select"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_locate_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_clicked (CopydeskPhotoCard *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
on_place_clicked (CopydeskPhotoCard *self)
{
  g_signal_emit (self, signals[PLACE], 0);
}

/* Dragging the card carries its placement line, which a text view inserts
 * where it is dropped and another card reads as "move that photo here". */
static GdkContentProvider *
on_drag_prepare (GtkDragSource     *source,
                 double             x,
                 double             y,
                 CopydeskPhotoCard *self)
{
  g_autofree char *line = g_strdup_printf ("[photo: %s]", copydesk_photo_get_id (self->photo));

  if (self->has_thumbnail)
    gtk_drag_source_set_icon (source, gtk_picture_get_paintable (GTK_PICTURE (self->picture)),
                              0, 0);
  return gdk_content_provider_new_typed (G_TYPE_STRING, line);
}

/* Only cards dragged inside this application are taken: a file or a text
 * dragged in from elsewhere goes on to the panel (which adds files) or to
 * the text fields. */
static gboolean
on_drop_accept (GtkDropTarget *target,
                GdkDrop       *drop,
                gpointer       user_data)
{
  return gdk_drop_get_drag (drop) != NULL &&
         gdk_content_formats_contain_gtype (gdk_drop_get_formats (drop), G_TYPE_STRING);
}

static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         CopydeskPhotoCard *self)
{
  const char *text = g_value_get_string (value);
  g_autofree char *id = NULL;
  gsize len;

  if (text == NULL || !g_str_has_prefix (text, "[photo: ") || !g_str_has_suffix (text, "]"))
    return FALSE;
  len = strlen (text);
  id = g_strndup (text + 8, len - 9);
  if (g_str_equal (id, copydesk_photo_get_id (self->photo)))
    return FALSE;
  g_signal_emit (self, signals[REORDER], 0, id);
  return TRUE;
}

static void
copydesk_photo_card_dispose (GObject *object)
{
  CopydeskPhotoCard *self = (CopydeskPhotoCard *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->photo != NULL)
    g_signal_handlers_disconnect_by_data (self->photo, self);
  g_clear_object (&self->photo);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (copydesk_photo_card_parent_class)->dispose (object);
}

/* A widget with a layout manager does not look at its child's expand flags
 * by itself. */
static void
copydesk_photo_card_compute_expand (GtkWidget *widget,
                                    gboolean  *hexpand,
                                    gboolean  *vexpand)
{
  CopydeskPhotoCard *self = (CopydeskPhotoCard *) widget;

  *hexpand = self->box != NULL &&
             gtk_widget_compute_expand (self->box, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->box != NULL &&
             gtk_widget_compute_expand (self->box, GTK_ORIENTATION_VERTICAL);
}

static void
copydesk_photo_card_class_init (CopydeskPhotoCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_photo_card_dispose;

  signals[REMOVE] = g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PLACE] = g_signal_new ("place-requested", G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REORDER] = g_signal_new ("reorder-requested", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                   1, G_TYPE_STRING);

  widget_class->compute_expand = copydesk_photo_card_compute_expand;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "photocard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
label_widget (GtkWidget  *widget,
              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* No mnemonics: every card would add its own, GTK walks all of a window's
 * mnemonics on each key press (a long story has hundreds of cards, so
 * typing slowed down), and the same letter on every card reaches none of
 * them usefully. The buttons stay in the focus chain with their names. */
static GtkWidget *
new_button (const char *icon,
            const char *label,
            const char *tooltip)
{
  GtkWidget *button = label ? gtk_button_new_with_label (label)
                            : gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  label_widget (button, tooltip);
  /* a long label (German: "An der Schreibmarke platzieren") is cut short,
   * its whole text in the tooltip, rather than widening the sidebar past
   * its width (a wrapping label in a button upsets GTK 4.8's height for
   * width) */
  if (label != NULL && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (button))))
    gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                             PANGO_ELLIPSIZE_END);
  return button;
}

static GtkWidget *
build_thumbnail (CopydeskPhotoCard *self)
{
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *broken = gtk_image_new_from_icon_name ("image-missing-symbolic");
  GtkWidget *frame = gtk_frame_new (NULL);

  self->thumb_stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->thumb_stack),
                                 GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_size_request (self->thumb_stack, 112, 84);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_image_set_pixel_size (GTK_IMAGE (broken), 32);
  gtk_widget_add_css_class (broken, "dim-label");
  self->picture = gtk_picture_new ();
  gtk_picture_set_content_fit (GTK_PICTURE (self->picture), GTK_CONTENT_FIT_COVER);
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  label_widget (self->picture, _("Thumbnail"));
  gtk_stack_add_named (GTK_STACK (self->thumb_stack), spinner, "loading");
  gtk_stack_add_named (GTK_STACK (self->thumb_stack), self->picture, "picture");
  gtk_stack_add_named (GTK_STACK (self->thumb_stack), broken, "error");

  gtk_frame_set_child (GTK_FRAME (frame), self->thumb_stack);
  gtk_widget_set_valign (frame, GTK_ALIGN_START);
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);
  return frame;
}

static GtkWidget *
build_heading (CopydeskPhotoCard *self)
{
  GtkWidget *info = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *place = new_button (NULL, _("Place at Cursor"), _("Place at Cursor"));
  GtkWidget *remove = new_button ("user-trash-symbolic", NULL, _("Remove Photo"));

  self->title = gtk_label_new (copydesk_photo_get_id (self->photo));
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->title, "heading");
  self->unplaced = gtk_label_new (_("Not placed"));
  gtk_widget_add_css_class (self->unplaced, "caption");
  gtk_widget_add_css_class (self->unplaced, "warning");
  gtk_widget_set_tooltip_text (self->unplaced, _("No line of the body shows this photo"));
  gtk_box_append (GTK_BOX (title_row), self->title);
  gtk_box_append (GTK_BOX (title_row), self->unplaced);

  self->details = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->details), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (self->details, "dim-label");
  gtk_widget_add_css_class (self->details, "caption");

  self->message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_add_css_class (self->message, "caption");
  gtk_widget_set_visible (self->message, FALSE);

  self->locate = new_button (NULL, _("Locate…"), _("Locate the Photo File"));
  gtk_widget_set_visible (self->locate, FALSE);
  gtk_widget_set_hexpand (place, FALSE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_swapped (place, "clicked", G_CALLBACK (on_place_clicked), self);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  g_signal_connect_swapped (self->locate, "clicked", G_CALLBACK (on_locate_clicked), self);
  gtk_box_append (GTK_BOX (buttons), place);
  gtk_box_append (GTK_BOX (buttons), self->locate);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_widget_set_margin_top (buttons, 6);

  gtk_box_append (GTK_BOX (info), title_row);
  gtk_box_append (GTK_BOX (info), self->details);
  gtk_box_append (GTK_BOX (info), self->message);
  gtk_box_append (GTK_BOX (info), buttons);
  gtk_widget_set_hexpand (info, TRUE);
  return info;
}

/* The wheel over a caption that has nothing (more) to scroll moves the
 * photo panel, as over the rest of the card, instead of stopping dead. */
static gboolean
on_caption_scroll (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   gpointer                  user_data)
{
  GtkWidget *inner = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkAdjustment *own = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (inner));
  double value = gtk_adjustment_get_value (own);
  GtkWidget *outer = gtk_widget_get_ancestor (gtk_widget_get_parent (inner),
                                              GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step;

  if (dy == 0 || outer == NULL)
    return GDK_EVENT_PROPAGATE;
  if (dy < 0 ? value > gtk_adjustment_get_lower (own)
             : value < gtk_adjustment_get_upper (own) - gtk_adjustment_get_page_size (own))
    return GDK_EVENT_PROPAGATE; /* the caption scrolls itself */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (outer));
  /* a wheel click: about a tenth of the panel; a touchpad gives pixels */
  step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE
           ? 1.0 : MAX (gtk_adjustment_get_page_size (adjustment) / 10.0, 24.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);
  return GDK_EVENT_STOP;
}

static GtkWidget *
build_caption (CopydeskPhotoCard *self)
{
  GtkWidget *area = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Caption"));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *wheel;
  GtkTextBuffer *buffer;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  self->count = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count, "caption");
  gtk_widget_add_css_class (self->count, "numeric");
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (header), self->count);

  self->caption_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->caption_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->caption_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->caption_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->caption_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->caption_view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->caption_view), 10);
  gtk_widget_add_css_class (self->caption_view, "photo-caption");
  label_widget (self->caption_view, _("Caption"));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->caption_view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->count, NULL, -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->caption_view));
  gtk_text_buffer_set_text (buffer, copydesk_photo_get_caption (self->photo), -1);
  g_object_bind_property (self->photo, "caption", buffer, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  /* room for a caption of usual length; a longer one scrolls (a text view
   * cannot ask for the height its text needs at a width it does not have yet) */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 100);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->caption_view);
  wheel = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (wheel, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (wheel, "copydesk-caption-scroll");
  g_signal_connect (wheel, "scroll", G_CALLBACK (on_caption_scroll), NULL);
  gtk_widget_add_controller (scroller, wheel);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);

  gtk_box_append (GTK_BOX (area), header);
  gtk_box_append (GTK_BOX (area), frame);
  return area;
}

static GtkWidget *
entry_row (CopydeskPhotoCard *self,
           const char        *title,
           const char        *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  label_widget (row, title);
  g_object_bind_property (self->photo, property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

static GtkWidget *
build_fields (CopydeskPhotoCard *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->credit = entry_row (self, _("Credit"), "credit");
  self->photographer = entry_row (self, _("Photographer"), "photographer");
  self->alt_text = entry_row (self, _("Alt text"), "alt-text");
  gtk_widget_set_tooltip_text (self->alt_text,
                               _("What the photo shows, for readers who cannot see it"));
  gtk_list_box_append (GTK_LIST_BOX (list), self->credit);
  gtk_list_box_append (GTK_LIST_BOX (list), self->photographer);
  gtk_list_box_append (GTK_LIST_BOX (list), self->alt_text);
  return list;
}

static void
build (CopydeskPhotoCard *self)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  g_autofree char *name = NULL;

  name = g_strdup_printf (_("Photo “%s”"), copydesk_photo_get_id (self->photo));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  g_object_set (self->box, "margin-top", 0, NULL);

  gtk_box_append (GTK_BOX (top), build_thumbnail (self));
  gtk_box_append (GTK_BOX (top), build_heading (self));
  gtk_box_append (GTK_BOX (self->box), top);
  gtk_box_append (GTK_BOX (self->box), build_caption (self));
  gtk_box_append (GTK_BOX (self->box), build_fields (self));
  for (GtkWidget *child = gtk_widget_get_first_child (self->box); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_margin_start (child, 12);
      gtk_widget_set_margin_end (child, 12);
    }
  gtk_widget_set_margin_top (top, 12);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (self->box), 12);

  /* the top of the card is the handle: the text fields keep their own drags */
  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), self);
  gtk_widget_add_controller (top, GTK_EVENT_CONTROLLER (drag));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drop), GTK_PHASE_CAPTURE);
  g_signal_connect (drop, "accept", G_CALLBACK (on_drop_accept), NULL);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  label_widget (GTK_WIDGET (self), name);
}

static void
copydesk_photo_card_init (CopydeskPhotoCard *self)
{
  self->cancellable = g_cancellable_new ();
  self->placed = TRUE;
}

/**
 * copydesk_photo_card_new:
 *
 * Returns: (transfer floating): a card showing and editing @photo
 */
GtkWidget *
copydesk_photo_card_new (CopydeskPhoto *photo)
{
  CopydeskPhotoCard *self;

  g_return_val_if_fail (COPYDESK_IS_PHOTO (photo), NULL);

  self = g_object_new (COPYDESK_TYPE_PHOTO_CARD, NULL);
  self->photo = g_object_ref (photo);
  build (self);
  g_signal_connect_object (photo, "notify", G_CALLBACK (on_photo_notify), self,
                           G_CONNECT_SWAPPED);
  update_details (self);
  update_count (self);
  copydesk_photo_card_set_placed (self, TRUE);
  load_thumbnail (self);
  return GTK_WIDGET (self);
}

CopydeskPhoto *
copydesk_photo_card_get_photo (CopydeskPhotoCard *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_CARD (self), NULL);
  return self->photo;
}

void
copydesk_photo_card_set_caption_limit (CopydeskPhotoCard *self,
                                       guint              limit)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_CARD (self));

  self->caption_limit = limit;
  update_count (self);
}

void
copydesk_photo_card_set_placed (CopydeskPhotoCard *self,
                                gboolean           placed)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_CARD (self));

  self->placed = !!placed;
  gtk_widget_set_visible (self->unplaced, !self->placed);
}

gboolean
copydesk_photo_card_get_placed (CopydeskPhotoCard *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_CARD (self), FALSE);
  return self->placed;
}

GtkTextView *
_copydesk_photo_card_get_caption_view (CopydeskPhotoCard *self)
{
  return GTK_TEXT_VIEW (self->caption_view);
}

GtkEditable *
_copydesk_photo_card_get_credit (CopydeskPhotoCard *self)
{
  return GTK_EDITABLE (self->credit);
}

GtkLabel *
_copydesk_photo_card_get_count (CopydeskPhotoCard *self)
{
  return GTK_LABEL (self->count);
}

GtkLabel *
_copydesk_photo_card_get_message (CopydeskPhotoCard *self)
{
  return GTK_LABEL (self->message);
}

GtkWidget *
_copydesk_photo_card_get_unplaced (CopydeskPhotoCard *self)
{
  return self->unplaced;
}

GtkWidget *
_copydesk_photo_card_get_locate (CopydeskPhotoCard *self)
{
  return self->locate;
}

gboolean
_copydesk_photo_card_has_thumbnail (CopydeskPhotoCard *self)
{
  return self->has_thumbnail;
}
