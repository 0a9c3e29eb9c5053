/* copydesk-placement-captions.c: each placement line of the body, captioned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under every "[photo: ID]" line of the body the writer reads that photo's
 * caption, with its credit dimmed after it, or a warning when the id names
 * no photo or the photo's file is missing.
 *
 * How, and why this way:
 * - A GtkTextChildAnchor would put U+FFFC into the buffer, which is body
 *   markup that is parsed, saved and undone: out.
 * - A gutter renderer draws only in a narrow column beside the text, so a
 *   caption there would be a few letters wide.
 * - Text view overlays (gtk_text_view_add_overlay) are widgets laid over
 *   the text window in buffer coordinates: they scroll with the text, take
 *   CSS and ellipsize like any label, and leave the buffer alone. To keep
 *   them off the following text, a tag on each placement line adds room
 *   below it (pixels-below-lines), much as the body view's quote tag sets
 *   margins; tags are not text, so neither the markup nor undo sees them.
 * Overlays are placed only for the lines in view, from a pool of rows that
 * is reused, once per painted frame (see on_after_paint), so that a burst
 * of changes (typing, scrolling, a new layout width) costs one pass.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-photo-gutter.h"
#include "copydesk-placement-captions.h"

#define ROOM_GAP       8      /* pixels around a caption row, within its room */
#define CREDIT_MIN_WIDTH 360  /* narrowest row that shows the credit too */
#define ROOM_GUESS     26     /* room before a row has been measured */
#define RECHECK_USEC   (5 * G_USEC_PER_SEC)

/* The rows are kept on the view and go with it: GTK 4.8 cannot take an
 * overlay out of a text view again (gtk_text_view_remove knows only
 * anchored children), so the captions of the next article reuse the rows
 * of the last, hidden in between. One CopydeskPlacementCaptions per view
 * at a time. */
#define POOL_KEY       "copydesk-placement-caption-rows"

/* One caption: a row that lays its labels out as wide as it is told (the
 * text column), whatever width the text view gives the overlay. */

#define COPYDESK_TYPE_CAPTION_ROW (copydesk_caption_row_get_type ())
G_DECLARE_FINAL_TYPE (CopydeskCaptionRow, copydesk_caption_row, COPYDESK, CAPTION_ROW, GtkWidget)

struct _CopydeskCaptionRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *caption;
  GtkWidget *credit;
  int        width;
  int        line;
  int        x;          /* where it belongs, in buffer coordinates */
  int        y;
  int        ox;         /* what the text view was last told */
  int        oy;
};

G_DEFINE_FINAL_TYPE (CopydeskCaptionRow, copydesk_caption_row, GTK_TYPE_WIDGET)

static void
copydesk_caption_row_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  CopydeskCaptionRow *self = COPYDESK_CAPTION_ROW (widget);
  int child_min = 0, child_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The text view's minimum width takes in its overlays' minimums:
       * a row that asked for the column's width would keep the column
       * from ever getting narrower. So the row asks for little, and lays
       * its content out at the width it was told (size_allocate). */
      gtk_widget_measure (self->box, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = 1;
      *natural = MAX (self->width, child_min);
    }
  else
    {
      gtk_widget_measure (self->box, orientation, for_size < 0 ? self->width : for_size,
                          minimum, natural, NULL, NULL);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
copydesk_caption_row_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  CopydeskCaptionRow *self = COPYDESK_CAPTION_ROW (widget);
  int child_min = 0;

  /* GTK 4.8 gives an overlay its minimum width: the content overflows it
   * (rows take no input), up to the column's width */
  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  gtk_widget_allocate (self->box, MAX (MAX (width, self->width), child_min), height, -1, NULL);
}

static void
copydesk_caption_row_dispose (GObject *object)
{
  CopydeskCaptionRow *self = COPYDESK_CAPTION_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (copydesk_caption_row_parent_class)->dispose (object);
}

static void
copydesk_caption_row_class_init (CopydeskCaptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_caption_row_dispose;
  widget_class->measure = copydesk_caption_row_measure;
  widget_class->size_allocate = copydesk_caption_row_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "placementcaption");
}

static GtkWidget *
caption_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
copydesk_caption_row_init (CopydeskCaptionRow *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  self->caption = caption_label ("caption");
  self->credit = caption_label ("credit");
  gtk_widget_add_css_class (self->credit, "dim-label");
  /* in a narrow column the caption keeps most of the room, and a long
   * credit gives way to it */
  gtk_label_set_width_chars (GTK_LABEL (self->caption), 28);
  gtk_label_set_max_width_chars (GTK_LABEL (self->credit), 16);
  gtk_box_append (GTK_BOX (self->box), self->icon);
  gtk_box_append (GTK_BOX (self->box), self->caption);
  gtk_box_append (GTK_BOX (self->box), self->credit);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "placement-caption");
  /* clicks in the room under a placement line go to the text */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
  self->width = 1;
}

static void
caption_row_show (CopydeskCaptionRow *self,
                  const char         *text,
                  const char         *credit,
                  gboolean            problem)
{
  /* a column too narrow for both keeps the caption */
  if (self->width < CREDIT_MIN_WIDTH)
    credit = "";
  /* unchanged text is left alone: a new one would lay the row out again */
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->caption)), text) != 0)
    gtk_label_set_text (GTK_LABEL (self->caption), text);
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->credit)), credit) != 0)
    gtk_label_set_text (GTK_LABEL (self->credit), credit);
  gtk_widget_set_visible (self->credit, *credit != '\0');
  gtk_widget_set_visible (self->icon, problem);
  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
}

/* The captions */

typedef struct
{
  gboolean  checking;
  gboolean  missing;
  gint64    when;
} FileState;

struct _CopydeskPlacementCaptions
{
  GObject          parent_instance;

  GtkTextView     *view;      /* weak */
  GtkTextBuffer   *buffer;
  CopydeskArticle *article;
  GtkAdjustment   *hadjustment;
  GtkAdjustment   *vadjustment;
  GtkTextTag      *room_tag;
  int              room;
  GPtrArray       *rows;      /* CopydeskCaptionRow: the view's POOL_KEY */
  guint            n_shown;
  GdkFrameClock   *clock;
  gulong           after_paint_id;
  GHashTable      *files;     /* uri -> FileState */
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (CopydeskPlacementCaptions, copydesk_placement_captions, G_TYPE_OBJECT)

/* The captions are placed after each frame is painted, when the text view
 * has measured the lines in view (before, their heights may be estimates):
 * a burst of changes (typing, scrolling, a new width) costs one pass, and a
 * pass that finds everything in place changes nothing, so asks for no
 * further frame. */
static void
on_after_paint (CopydeskPlacementCaptions *self)
{
  /* the clock is the window's: other widgets' frames come here too */
  if (self->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    copydesk_placement_captions_update (self);
}

static void
watch_frame_clock (CopydeskPlacementCaptions *self)
{
  GdkFrameClock *clock = NULL;

  if (self->view != NULL && gtk_widget_get_realized (GTK_WIDGET (self->view)))
    clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->view));
  if (clock == self->clock)
    return;
  if (self->clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->clock);
  g_set_object (&self->clock, clock);
  if (clock != NULL)
    self->after_paint_id = g_signal_connect_swapped (clock, "after-paint",
                                                     G_CALLBACK (on_after_paint), self);
}

/* Asks for a frame, for news that does not redraw the view by itself (an
 * edited caption); an unmapped view waits until it is mapped. */
static void
schedule_update (CopydeskPlacementCaptions *self)
{
  if (self->clock == NULL || self->view == NULL
      || !gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    return;
  gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

static char *
line_placement_id (GtkTextIter *start)
{
  GtkTextIter end;
  g_autofree char *text = NULL;

  gtk_text_iter_set_line_offset (start, 0);
  /* most lines are paragraphs: tell them by their first letter, uncopied */
  end = *start;
  while (!gtk_text_iter_ends_line (&end) && g_unichar_isspace (gtk_text_iter_get_char (&end)))
    gtk_text_iter_forward_char (&end);
  if (gtk_text_iter_get_char (&end) != '[')
    return NULL;
  gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_iter_get_slice (start, &end);
  return copydesk_body_placement_id (text);
}

/* Whether a line that is no longer a placement still has room below it.
 * Its first and last letters tell, without walking the buffer; and a tag
 * removed from every paragraph would cost a relayout of each. */
static gboolean
has_room (CopydeskPlacementCaptions *self,
          const GtkTextIter         *start,
          const GtkTextIter         *end)
{
  GtkTextIter last = *end;

  if (gtk_text_iter_equal (start, end))
    return FALSE;
  gtk_text_iter_backward_char (&last);
  return gtk_text_iter_has_tag (start, self->room_tag)
         || gtk_text_iter_has_tag (&last, self->room_tag);
}

/* Gives each placement line among @first..@last room below it, and takes
 * it from lines that are no longer placements. */
static void
make_room (CopydeskPlacementCaptions *self,
           int                        first,
           int                        last)
{
  GtkTextIter start, end;

  for (int line = first; line <= last; line++)
    {
      g_autofree char *id = NULL;

      if (!gtk_text_buffer_get_iter_at_line (self->buffer, &start, line))
        break;
      id = line_placement_id (&start);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      if (id != NULL)
        gtk_text_buffer_apply_tag (self->buffer, self->room_tag, &start, &end);
      else if (has_room (self, &start, &end))
        gtk_text_buffer_remove_tag (self->buffer, self->room_tag, &start, &end);
    }
}

static void
on_insert_text (CopydeskPlacementCaptions *self,
                GtkTextIter               *location,
                const char                *text,
                int                        length)
{
  int last = gtk_text_iter_get_line (location);
  GtkTextIter start = *location;

  gtk_text_iter_backward_chars (&start, (int) g_utf8_strlen (text, length));
  make_room (self, gtk_text_iter_get_line (&start), last);
  schedule_update (self);
}

static void
on_delete_range (CopydeskPlacementCaptions *self,
                 GtkTextIter               *start)
{
  int line = gtk_text_iter_get_line (start);

  make_room (self, line, line);
  schedule_update (self);
}

/* A file check does not keep the captions alive: whoever drops them
 * expects them gone from the view at once. Disposing cancels the check,
 * and the answer of a cancelled one is never read. */
typedef struct
{
  CopydeskPlacementCaptions *self;         /* unowned */
  GCancellable              *cancellable;
  char                      *uri;
} Check;

static void
on_file_checked (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Check *check = user_data;
  CopydeskPlacementCaptions *self = check->self;
  g_autoptr(GCancellable) cancellable = check->cancellable;
  g_autofree char *uri = check->uri;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  FileState *state;
  gboolean missing;

  g_free (check);
  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_cancellable_is_cancelled (cancellable))
    return;
  state = g_hash_table_lookup (self->files, uri);
  if (state == NULL)
    return;
  missing = info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR;
  state->checking = FALSE;
  state->when = g_get_monotonic_time ();
  if (missing != state->missing)
    {
      state->missing = missing;
      schedule_update (self);
    }
}

/* Whether @file is known to be missing. Files are looked at off the main
 * thread, again at most every few seconds (one may be put back or moved
 * away while the article is open); the answer comes at a later frame. */
static gboolean
file_missing (CopydeskPlacementCaptions *self,
              GFile                     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  FileState *state = g_hash_table_lookup (self->files, uri);
  gint64 now = g_get_monotonic_time ();
  Check *check;

  if (state != NULL && (state->checking || now - state->when < RECHECK_USEC))
    return state->missing;
  if (state == NULL)
    {
      state = g_new0 (FileState, 1);
      g_hash_table_insert (self->files, g_strdup (uri), state);
    }
  state->checking = TRUE;
  check = g_new0 (Check, 1);
  check->self = self;
  check->cancellable = g_object_ref (self->cancellable);
  check->uri = g_steal_pointer (&uri);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, on_file_checked, check);
  return state->missing;
}

static void
fill_row (CopydeskPlacementCaptions *self,
          CopydeskCaptionRow        *row,
          const char                *id)
{
  CopydeskPhoto *photo = copydesk_article_find_photo (self->article, id);
  GFile *file = photo != NULL ? copydesk_photo_get_file (photo) : NULL;
  g_autofree char *problem = NULL;
  g_autofree char *name = NULL;
  const char *caption;

  if (photo == NULL)
    problem = g_strdup_printf (_("No photo is called “%s”"), id);
  else if (file == NULL)
    problem = g_strdup_printf (_("Photo “%s” has no file yet"), id);
  else if (file_missing (self, file))
    {
      name = g_file_get_basename (file);
      /* Translators: %s is the name of a photo's file */
      problem = g_strdup_printf (_("The photo file “%s” is missing"), name);
    }
  if (problem != NULL)
    {
      caption_row_show (row, problem, "", TRUE);
      return;
    }
  caption = copydesk_photo_get_caption (photo);
  caption_row_show (row, *caption != '\0' ? caption : _("No caption yet"),
                    copydesk_photo_get_credit (photo), FALSE);
}

/* Tells the text view where @row goes. GTK 4.8 places an overlay at the
 * position it was given less the scroll offset that the text window had
 * when the view last allocated it, and a scroll alone need not allocate it
 * again (it only redraws): the row would stay where the text was. So the
 * position given makes up for the offset in use, read back from where the
 * row is now (passes run after painting, so the last position given has
 * been allocated); once GTK catches up, the next pass puts it right again. */
static void
place_row (CopydeskPlacementCaptions *self,
           CopydeskCaptionRow        *row)
{
  GtkWidget *window = gtk_widget_get_parent (GTK_WIDGET (row));
  graphene_point_t at;
  int ox = row->x, oy = row->y;
  int wx, wy;

  if (window != NULL && gtk_widget_get_visible (GTK_WIDGET (row))
      && gtk_widget_compute_point (GTK_WIDGET (row), window, &GRAPHENE_POINT_INIT (0, 0), &at))
    {
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_TEXT, row->x, row->y,
                                             &wx, &wy);
      ox = wx + row->ox - (int) at.x;
      oy = wy + row->oy - (int) at.y;
    }
  if (ox == row->ox && oy == row->oy)
    return;
  row->ox = ox;
  row->oy = oy;
  gtk_text_view_move_overlay (self->view, GTK_WIDGET (row), ox, oy);
}

static CopydeskCaptionRow *
take_row (CopydeskPlacementCaptions *self,
          guint                      i)
{
  GtkWidget *row;

  if (i < self->rows->len)
    return g_ptr_array_index (self->rows, i);
  row = g_object_new (COPYDESK_TYPE_CAPTION_ROW, NULL);
  gtk_text_view_add_overlay (self->view, row, 0, 0);
  g_ptr_array_add (self->rows, row);
  return COPYDESK_CAPTION_ROW (row);
}

/* The room below a placement line follows the height of a caption row,
 * which depends on the font. */
static void
fit_room (CopydeskPlacementCaptions *self,
          CopydeskCaptionRow        *row)
{
  int height = 0;
  int room;

  gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_VERTICAL, row->width, NULL, &height,
                      NULL, NULL);
  room = height + ROOM_GAP;
  if (height <= 0 || room == self->room)
    return;
  self->room = room;
  g_object_set (self->room_tag, "pixels-below-lines", room, NULL);
  schedule_update (self);
}

/**
 * copydesk_placement_captions_update:
 *
 * Places a caption under each placement line in view, and hides the rest.
 */
void
copydesk_placement_captions_update (CopydeskPlacementCaptions *self)
{
  GdkRectangle visible;
  GtkTextIter iter;
  guint n = 0;
  int right;

  g_return_if_fail (COPYDESK_IS_PLACEMENT_CAPTIONS (self));

  if (self->view == NULL || self->article == NULL)
    return;
  gtk_text_view_get_visible_rect (self->view, &visible);
  right = visible.x + visible.width - gtk_text_view_get_right_margin (self->view);
  gtk_text_view_get_line_at_y (self->view, &iter, visible.y, NULL);
  while (visible.width > 0)
    {
      g_autofree char *id = NULL;
      int y, height;

      gtk_text_view_get_line_yrange (self->view, &iter, &y, &height);
      if (y >= visible.y + visible.height)
        break;
      id = line_placement_id (&iter);
      if (id != NULL)
        {
          CopydeskCaptionRow *row = take_row (self, n++);
          GdkRectangle start;
          int width;

          gtk_text_view_get_iter_location (self->view, &iter, &start);
          width = MAX (right - start.x, 1);
          if (width != row->width)
            {
              row->width = width;
              gtk_widget_queue_resize (GTK_WIDGET (row));
            }
          fill_row (self, row, id);
          if (n == 1)
            fit_room (self, row);
          row->line = gtk_text_iter_get_line (&iter);
          row->x = start.x;
          row->y = y + height - self->room + ROOM_GAP / 4;
          place_row (self, row);
          gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
        }
      if (!gtk_text_iter_forward_line (&iter))
        break;
    }
  for (guint i = n; i < self->rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->rows, i), FALSE);
  self->n_shown = n;
}

/* Scrolling brings other lines into view; a new width or a layout that
 * has measured more lines moves them. */
static void
watch_adjustment (CopydeskPlacementCaptions *self,
                  GtkAdjustment            **slot,
                  GtkAdjustment             *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, adjustment);
  if (adjustment == NULL)
    return;
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (schedule_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (schedule_update), self,
                           G_CONNECT_SWAPPED);
}

static void
on_adjustments (CopydeskPlacementCaptions *self)
{
  GtkScrollable *scrollable;

  if (self->view == NULL)
    return;
  scrollable = GTK_SCROLLABLE (self->view);
  watch_adjustment (self, &self->hadjustment, gtk_scrollable_get_hadjustment (scrollable));
  watch_adjustment (self, &self->vadjustment, gtk_scrollable_get_vadjustment (scrollable));
  schedule_update (self);
}

static void
copydesk_placement_captions_dispose (GObject *object)
{
  CopydeskPlacementCaptions *self = COPYDESK_PLACEMENT_CAPTIONS (object);

  g_cancellable_cancel (self->cancellable);
  if (self->view != NULL)
    {
      for (guint i = 0; i < self->rows->len; i++)
        gtk_widget_set_visible (g_ptr_array_index (self->rows, i), FALSE);
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  watch_frame_clock (self);
  self->n_shown = 0;
  watch_adjustment (self, &self->hadjustment, NULL);
  watch_adjustment (self, &self->vadjustment, NULL);
  if (self->buffer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), self->room_tag);
    }
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  g_clear_object (&self->room_tag);
  g_clear_object (&self->buffer);
  g_clear_object (&self->article);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (copydesk_placement_captions_parent_class)->dispose (object);
}

static void
copydesk_placement_captions_class_init (CopydeskPlacementCaptionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = copydesk_placement_captions_dispose;
}

static void
copydesk_placement_captions_init (CopydeskPlacementCaptions *self)
{
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cancellable = g_cancellable_new ();
  self->room = ROOM_GUESS;
}

/**
 * copydesk_placement_captions_new:
 * @view: the body's text view
 * @article: the article whose photos the body places
 *
 * Returns: (transfer full): the captions, shown until the object is disposed
 */
CopydeskPlacementCaptions *
copydesk_placement_captions_new (GtkTextView     *view,
                                 CopydeskArticle *article)
{
  CopydeskPlacementCaptions *self;
  GtkTextIter end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  self = g_object_new (COPYDESK_TYPE_PLACEMENT_CAPTIONS, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  self->rows = g_object_get_data (G_OBJECT (view), POOL_KEY);
  if (self->rows == NULL)
    {
      self->rows = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (view), POOL_KEY, self->rows,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_ref (self->rows);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  self->article = g_object_ref (article);
  /* unnamed: the captions of the next article may come before these go */
  self->room_tag = gtk_text_tag_new (NULL);
  g_object_set (self->room_tag, "pixels-below-lines", self->room, NULL);
  gtk_text_tag_table_add (gtk_text_buffer_get_tag_table (self->buffer), self->room_tag);

  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (on_insert_text), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->buffer, "delete-range", G_CALLBACK (on_delete_range), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  /* a caption, credit, id or photo list edited in the photo panel */
  g_signal_connect_object (article, "changed", G_CALLBACK (schedule_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "realize", G_CALLBACK (watch_frame_clock), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "unrealize", G_CALLBACK (watch_frame_clock), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (view, "map", G_CALLBACK (schedule_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::hadjustment", G_CALLBACK (on_adjustments), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::vadjustment", G_CALLBACK (on_adjustments), self,
                           G_CONNECT_SWAPPED);
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  make_room (self, 0, gtk_text_iter_get_line (&end));
  watch_frame_clock (self);
  on_adjustments (self);
  return self;
}

static CopydeskCaptionRow *
shown_row (CopydeskPlacementCaptions *self,
           guint                      i)
{
  g_return_val_if_fail (COPYDESK_IS_PLACEMENT_CAPTIONS (self), NULL);
  g_return_val_if_fail (i < self->n_shown, NULL);
  return g_ptr_array_index (self->rows, i);
}

guint
copydesk_placement_captions_get_n_shown (CopydeskPlacementCaptions *self)
{
  g_return_val_if_fail (COPYDESK_IS_PLACEMENT_CAPTIONS (self), 0);
  return self->n_shown;
}

guint
copydesk_placement_captions_get_n_widgets (CopydeskPlacementCaptions *self)
{
  g_return_val_if_fail (COPYDESK_IS_PLACEMENT_CAPTIONS (self), 0);
  return self->rows->len;
}

GtkWidget *
copydesk_placement_captions_get_widget (CopydeskPlacementCaptions *self,
                                        guint                      i)
{
  return GTK_WIDGET (shown_row (self, i));
}

int
copydesk_placement_captions_get_line (CopydeskPlacementCaptions *self,
                                      guint                      i)
{
  CopydeskCaptionRow *row = shown_row (self, i);

  return row != NULL ? row->line : -1;
}

int
copydesk_placement_captions_get_y (CopydeskPlacementCaptions *self,
                                   guint                      i)
{
  CopydeskCaptionRow *row = shown_row (self, i);

  return row != NULL ? row->y : -1;
}

const char *
copydesk_placement_captions_get_text (CopydeskPlacementCaptions *self,
                                      guint                      i)
{
  CopydeskCaptionRow *row = shown_row (self, i);

  return row != NULL ? gtk_label_get_text (GTK_LABEL (row->caption)) : NULL;
}

const char *
copydesk_placement_captions_get_credit (CopydeskPlacementCaptions *self,
                                        guint                      i)
{
  CopydeskCaptionRow *row = shown_row (self, i);

  if (row == NULL)
    return NULL;
  return gtk_widget_get_visible (row->credit) ? gtk_label_get_text (GTK_LABEL (row->credit)) : "";
}
