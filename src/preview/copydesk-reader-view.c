/* copydesk-reader-view.c: the article as a reader sees it, in native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView in a centred column (AdwClampScrollable) shows the story's
 * header, one row per body block and a footer. Only the rows in view have
 * widgets, so a 2,000-paragraph story opens as fast as a short one: laying
 * out every paragraph up front costs seconds.
 *
 * GtkListView 4.8 binds about 200 rows around its anchor, far more than a
 * window shows; laying out 200 paragraphs cost most of the time to open a
 * long story. So one burst of binding builds at most MAX_BUILDS_PER_BURST
 * rows (the list binds from its anchor down, so these are the rows in
 * view); the others hold their place with an estimated height and are
 * built after the frame, a few per idle, those in view first.
 *
 * That the list binds from its anchor down is what GTK 4.8 does, not what
 * it promises; after a jump it may bind rows above the view first. So after
 * each layout of the frame, any row in view that still only holds its place
 * is built there and then: GDK runs the layout phase again before painting,
 * so the reader never sees a gap.
 *
 * Updates are incremental: bodies are immutable, so the rows of the blocks
 * that are equal at both ends of the old and new body stay in the model,
 * untouched, and only the changed middle is spliced in. The list keeps the
 * widgets of the rows that stay, and its scroll anchor, so a keystroke
 * rebuilds one paragraph and the page does not move.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-preview-row.h"
#include "copydesk-reader-view.h"

#define COLUMN_WIDTH 660
/* Rows out of view keep their widgets up to this many, for scrolling back. */
#define MAX_CACHED_ROWS 400
#define ROW_KEY "copydesk-list-item"
/* More than a tall window shows of the shortest rows. */
#define MAX_BUILDS_PER_BURST 40
/* Rows built per idle after the frame, once the visible ones are done. */
#define BUILDS_PER_IDLE 8
#define PLACEHOLDER_KEY "copydesk-placeholder"

struct _CopydeskReaderView
{
  GtkWidget            parent_instance;

  GtkWidget           *scroller;
  GtkWidget           *list;
  GListStore          *rows; /* header, one per block, footer */
  CopydeskPhotoLoader *loader;
  GQueue              *cached; /* rows holding a widget, oldest first */
  GtkTextDirection     direction;
  guint                n_builds;
  guint                reveal_position; /* waiting for a layout; 0 for none */
  guint                reveal_tick;
  guint                burst_builds;
  guint                burst_limit;
  guint                build_id;
  GdkFrameClock       *clock;
  gulong               layout_handler;
  gulong               paint_handler; /* deferred builds wait for the paint */
};

enum {
  BLOCK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CopydeskReaderView, copydesk_reader_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------ direction */

static gboolean
language_is_rtl (const char *language)
{
  static const char * const rtl[] = { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku-arab",
                                      "ps", "sd", "syr", "ug", "ur", "yi", NULL };
  g_autofree char *lower = g_ascii_strdown (language ? language : "", -1);

  for (guint i = 0; rtl[i] != NULL; i++)
    {
      gsize len = strlen (rtl[i]);

      if (strncmp (lower, rtl[i], len) == 0 && (lower[len] == '\0' || lower[len] == '-'))
        return TRUE;
    }
  return FALSE;
}

/* GTK widgets do not inherit a direction set on their parent. */
static void
set_direction_deep (GtkWidget        *widget,
                    GtkTextDirection  direction)
{
  gtk_widget_set_direction (widget, direction);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_direction_deep (child, direction);
}

/* ------------------------------------------------------------ list rows */

static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  CopydeskReaderView *self = user_data;
  GtkWidget *holder = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  copydesk_reader_view_activate_at (self, holder, x, y);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CopydeskReaderView       *self)
{
  GtkWidget *holder = adw_bin_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_object_set_data (G_OBJECT (holder), ROW_KEY, item);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (on_row_released), self, 0);
  gtk_widget_add_controller (holder, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, holder);
}

/* Keeps the widgets of at most MAX_CACHED_ROWS rows that are out of view. */
static void
trim_cache (CopydeskReaderView *self)
{
  guint n = g_queue_get_length (self->cached);

  for (guint i = 0; i < n && g_queue_get_length (self->cached) > MAX_CACHED_ROWS; i++)
    {
      CopydeskPreviewRow *row = g_queue_pop_head (self->cached);
      GtkWidget *widget = copydesk_preview_row_peek_widget (row);

      if (widget != NULL && gtk_widget_get_parent (widget) != NULL)
        g_queue_push_tail (self->cached, row); /* in view */
      else
        {
          copydesk_preview_row_drop_widget (row);
          g_object_unref (row);
        }
    }
}

static gboolean build_deferred_rows (gpointer user_data);

static void
start_deferred_builds (CopydeskReaderView *self)
{
  if (self->build_id == 0)
    self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_deferred_rows, self, NULL);
}

static void
on_frame_painted (GdkFrameClock      *clock,
                  CopydeskReaderView *self)
{
  g_clear_signal_handler (&self->paint_handler, self->clock);
  start_deferred_builds (self);
}

/* The rows out of view are built after the frame is painted, not in the
 * idle time before it: on a busy machine that time is long enough to build
 * hundreds of rows and delay the frame the reader is waiting for. */
static void
queue_deferred_builds (CopydeskReaderView *self)
{
  if (self->build_id != 0 || self->paint_handler != 0)
    return;
  if (self->clock == NULL)
    start_deferred_builds (self);
  else
    self->paint_handler = g_signal_connect (self->clock, "after-paint",
                                            G_CALLBACK (on_frame_painted), self);
}

/* Holds a row's place, at about its height, until the row is built. */
static void
hold_place (CopydeskReaderView *self,
            GtkWidget          *holder,
            CopydeskPreviewRow *row)
{
  GtkWidget *placeholder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_object_set_data (G_OBJECT (placeholder), PLACEHOLDER_KEY, GINT_TO_POINTER (TRUE));
  gtk_widget_set_size_request (placeholder, -1, copydesk_preview_row_estimate_height (row));
  adw_bin_set_child (ADW_BIN (holder), placeholder);
  queue_deferred_builds (self);
}

static gboolean
holds_place (GtkWidget *holder)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (holder));

  return child != NULL && g_object_get_data (G_OBJECT (child), PLACEHOLDER_KEY) != NULL;
}

static void show_row (CopydeskReaderView *self,
                      GtkWidget          *holder,
                      CopydeskPreviewRow *row);

/* GtkListView 4.8 binds every row after a change again; rows keep their
 * widgets, so binding an unchanged one only moves its widget. */
static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          CopydeskReaderView       *self)
{
  CopydeskPreviewRow *row = gtk_list_item_get_item (item);
  GtkWidget *holder = gtk_list_item_get_child (item);

  if (copydesk_preview_row_peek_widget (row) == NULL
      && self->burst_builds >= self->burst_limit)
    hold_place (self, holder, row);
  else
    show_row (self, holder, row);
}

/* Puts @row's widget, built now if need be, into @holder. */
static void
show_row (CopydeskReaderView *self,
          GtkWidget          *holder,
          CopydeskPreviewRow *row)
{
  gboolean built = FALSE;
  GtkWidget *content = copydesk_preview_row_get_widget (row, self->loader, &built);
  GtkWidget *parent = gtk_widget_get_parent (content);

  if (parent != NULL)
    adw_bin_set_child (ADW_BIN (parent), NULL);
  if (built)
    {
      self->n_builds++;
      self->burst_builds++;
      queue_deferred_builds (self); /* ends the burst after this frame */
      g_queue_push_tail (self->cached, g_object_ref (row));
      trim_cache (self);
    }
  if (gtk_widget_get_direction (content) != self->direction)
    set_direction_deep (content, self->direction);
  adw_bin_set_child (ADW_BIN (holder), content);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CopydeskReaderView       *self)
{
  CopydeskPreviewRow *row = gtk_list_item_get_item (item);
  GtkWidget *holder = gtk_list_item_get_child (item);

  if (adw_bin_get_child (ADW_BIN (holder)) == copydesk_preview_row_peek_widget (row)
      || holds_place (holder))
    adw_bin_set_child (ADW_BIN (holder), NULL);
}

/* Whether @holder is in the scrolled window's view. */
static gboolean
in_view (CopydeskReaderView *self,
         GtkWidget          *holder)
{
  graphene_rect_t bounds;

  /* Rows the list has not placed yet are nowhere, not at the top. */
  if (!gtk_widget_get_mapped (holder)
      || !gtk_widget_get_child_visible (gtk_widget_get_parent (holder))
      || !gtk_widget_compute_bounds (holder, self->scroller, &bounds))
    return FALSE;
  return bounds.origin.y + bounds.size.height >= 0
         && bounds.origin.y <= gtk_widget_get_height (self->scroller);
}

static CopydeskPreviewRow *
row_of_holder (GtkWidget *holder)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (holder), ROW_KEY);

  return item != NULL ? gtk_list_item_get_item (item) : NULL;
}

/* After a frame: builds the rows that only hold their place, those in view
 * first, a few at a time so that input and drawing go on meanwhile. */
static gboolean
build_deferred_rows (gpointer user_data)
{
  CopydeskReaderView *self = user_data;
  guint done = 0;
  gboolean more = FALSE;

  self->burst_builds = 0;
  for (int pass = 0; pass < 2; pass++)
    for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *holder = gtk_widget_get_first_child (child);
        CopydeskPreviewRow *row = holder != NULL ? row_of_holder (holder) : NULL;

        if (row == NULL || !holds_place (holder) || (pass == 0 && !in_view (self, holder)))
          continue;
        if (done >= BUILDS_PER_IDLE && pass == 1)
          {
            more = TRUE;
            break;
          }
        show_row (self, holder, row);
        done++;
      }
  self->burst_builds = 0;
  if (more)
    return G_SOURCE_CONTINUE;
  self->build_id = 0;
  return G_SOURCE_REMOVE;
}

/* After GTK has laid out the frame: builds the rows in view that only hold
 * their place. Building queues a resize, and GDK lays the frame out again
 * before it paints. */
static void
on_frame_layout (GdkFrameClock      *clock,
                 CopydeskReaderView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *holder = gtk_widget_get_first_child (child);
      CopydeskPreviewRow *row = holder != NULL ? row_of_holder (holder) : NULL;

      if (row != NULL && holds_place (holder) && in_view (self, holder))
        show_row (self, holder, row);
    }
}

static void
copydesk_reader_view_realize (GtkWidget *widget)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (widget);

  GTK_WIDGET_CLASS (copydesk_reader_view_parent_class)->realize (widget);
  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->layout_handler = g_signal_connect_after (self->clock, "layout",
                                                 G_CALLBACK (on_frame_layout), self);
}

static void
copydesk_reader_view_unrealize (GtkWidget *widget)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (widget);

  g_clear_signal_handler (&self->layout_handler, self->clock);
  if (self->paint_handler != 0)
    {
      /* no paint is coming: the waiting rows are built in idle time */
      g_clear_signal_handler (&self->paint_handler, self->clock);
      start_deferred_builds (self);
    }
  g_clear_object (&self->clock);
  GTK_WIDGET_CLASS (copydesk_reader_view_parent_class)->unrealize (widget);
}

/* For tests: how many rows one burst of binding may build before the
 * others hold their place (0 restores the default). */
void
_copydesk_reader_view_set_burst_limit (CopydeskReaderView *self,
                                       guint               limit)
{
  g_return_if_fail (COPYDESK_IS_READER_VIEW (self));

  self->burst_limit = limit != 0 ? limit : MAX_BUILDS_PER_BURST;
}

/* ------------------------------------------------------------ updates */

static CopydeskPreviewRow *
row_at (CopydeskReaderView *self,
        guint               position)
{
  g_autoptr(CopydeskPreviewRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  return row; /* the store holds it */
}

/* Replaces the row at @position when @fresh shows something else. */
static void
update_edge_row (CopydeskReaderView *self,
                 guint               position,
                 CopydeskPreviewRow *fresh)
{
  if (copydesk_preview_row_equal (row_at (self, position), fresh))
    return;
  g_list_store_splice (self->rows, position, 1, (gpointer *) &fresh, 1);
}

static void
update_body (CopydeskReaderView *self,
             CopydeskArticle    *article)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  guint n_new = copydesk_body_get_n_blocks (body);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows)) - 2;
  guint prefix = 0, suffix = 0;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  while (prefix < n_old && prefix < n_new &&
         copydesk_preview_row_shows (row_at (self, 1 + prefix), article,
                                     copydesk_body_get_block (body, prefix)))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         copydesk_preview_row_shows (row_at (self, n_old - suffix), article,
                                     copydesk_body_get_block (body, n_new - 1 - suffix)))
    suffix++;

  if (prefix == n_old && prefix == n_new)
    return;
  for (guint i = prefix; i < n_new - suffix; i++)
    g_ptr_array_add (added, copydesk_preview_row_new_block (article,
                                                            copydesk_body_get_block (body, i)));
  g_list_store_splice (self->rows, 1 + prefix, n_old - suffix - prefix, added->pdata, added->len);
}

/* A new direction needs every row rebuilt: widgets do not inherit it. */
static void
update_direction (CopydeskReaderView *self,
                  CopydeskArticle    *article)
{
  GtkTextDirection direction = language_is_rtl (copydesk_article_get_language (article))
                               ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (direction == self->direction)
    return;
  self->direction = direction;
  gtk_widget_set_direction (self->list, direction);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->rows), i));
  g_list_store_splice (self->rows, 0, n, rows->pdata, n);
}

/**
 * copydesk_reader_view_update:
 * @self: the view
 * @article: (nullable): the article, or %NULL for an empty page
 * @base_dir: (nullable): unused by the reader view; photo files are absolute
 *
 * Brings the view up to date with @article, rebuilding only what changed.
 */
void
copydesk_reader_view_update (CopydeskReaderView *self,
                             CopydeskArticle    *article,
                             GFile              *base_dir)
{
  g_autoptr(CopydeskArticle) empty = NULL;
  g_autoptr(CopydeskPreviewRow) header = NULL;
  g_autoptr(CopydeskPreviewRow) footer = NULL;

  g_return_if_fail (COPYDESK_IS_READER_VIEW (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (article == NULL)
    article = empty = copydesk_article_new ();
  header = copydesk_preview_row_new_header (article);
  footer = copydesk_preview_row_new_footer (article);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0)
    {
      g_list_store_append (self->rows, header);
      g_list_store_append (self->rows, footer);
    }
  update_edge_row (self, 0, header);
  update_body (self, article);
  update_edge_row (self, g_list_model_get_n_items (G_LIST_MODEL (self->rows)) - 1, footer);
  update_direction (self, article);
}

guint
copydesk_reader_view_get_n_blocks (CopydeskReaderView *self)
{
  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows)) - 2;
}

/* The holder of the list row at @position, when that row has a widget. */
static GtkWidget *
holder_at (CopydeskReaderView *self,
           guint               position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *holder = gtk_widget_get_first_child (child);
      GtkListItem *item = holder ? g_object_get_data (G_OBJECT (holder), ROW_KEY) : NULL;

      if (item != NULL && gtk_list_item_get_item (item) != NULL &&
          gtk_list_item_get_position (item) == position)
        return holder;
    }
  return NULL;
}

/**
 * copydesk_reader_view_get_block_widget:
 * @self: the view
 * @index: a block index
 *
 * Returns: (transfer none) (nullable): the widget showing block @index, or
 *   %NULL when the block is too far out of view to have one
 */
GtkWidget *
copydesk_reader_view_get_block_widget (CopydeskReaderView *self,
                                       guint               index)
{
  GtkWidget *holder;

  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), NULL);

  if (index >= copydesk_reader_view_get_n_blocks (self))
    return NULL;
  holder = holder_at (self, index + 1);
  if (holder != NULL && holds_place (holder))
    show_row (self, holder, row_of_holder (holder));
  return holder ? adw_bin_get_child (ADW_BIN (holder)) : NULL;
}

/* How many rows in view still hold their place instead of showing: after
 * a frame has been drawn this must be 0, or the reader saw a gap. */
guint
copydesk_reader_view_count_unbuilt_in_view (CopydeskReaderView *self)
{
  guint n = 0;

  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *holder = gtk_widget_get_first_child (child);

      if (holder != NULL && holds_place (holder) && in_view (self, holder))
        n++;
    }
  return n;
}

/* How many rows have been built since the view was made: what an update
 * cost, for tests. */
guint
copydesk_reader_view_get_n_builds (CopydeskReaderView *self)
{
  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), 0);

  return self->n_builds;
}

/* The list can only scroll once it has a size: wait for a frame. */
static gboolean
reveal_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (widget);

  if (gtk_widget_get_height (self->list) <= 0)
    return G_SOURCE_CONTINUE;
  if (self->reveal_position < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", self->reveal_position);
  self->reveal_position = 0;
  self->reveal_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * copydesk_reader_view_reveal_block:
 * @self: the view
 * @index: a block index
 *
 * Scrolls as little as needed to bring block @index into view, on the next
 * frame (when the view is laid out).
 */
void
copydesk_reader_view_reveal_block (CopydeskReaderView *self,
                                   guint               index)
{
  g_return_if_fail (COPYDESK_IS_READER_VIEW (self));

  if (index >= copydesk_reader_view_get_n_blocks (self))
    return;
  self->reveal_position = index + 1;
  if (self->reveal_tick == 0)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_on_tick,
                                                      NULL, NULL);
}

/**
 * copydesk_reader_view_activate_at:
 * @self: the view
 * @target: the widget @x and @y are relative to
 * @x: where the user clicked
 * @y: where the user clicked
 *
 * Emits #CopydeskReaderView::block-activated for the body block under the
 * point, if any.
 *
 * Returns: whether a body block was there
 */
gboolean
copydesk_reader_view_activate_at (CopydeskReaderView *self,
                                  GtkWidget          *target,
                                  double              x,
                                  double              y)
{
  GtkWidget *picked;
  GtkListItem *item = NULL;
  double lx, ly;
  guint position;

  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), FALSE);

  if (!gtk_widget_translate_coordinates (target, self->list, x, y, &lx, &ly))
    return FALSE;
  for (picked = gtk_widget_pick (self->list, lx, ly, GTK_PICK_DEFAULT);
       picked != NULL && item == NULL; picked = gtk_widget_get_parent (picked))
    item = g_object_get_data (G_OBJECT (picked), ROW_KEY);
  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return FALSE;

  position = gtk_list_item_get_position (item);
  if (copydesk_preview_row_get_kind (gtk_list_item_get_item (item)) != COPYDESK_PREVIEW_ROW_BLOCK)
    return FALSE;
  g_signal_emit (self, signals[BLOCK_ACTIVATED], 0, position - 1);
  return TRUE;
}

/* ------------------------------------------------------------ construction */

static void
copydesk_reader_view_dispose (GObject *object)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (object);

  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->rows);
  if (self->cached != NULL)
    {
      g_queue_free_full (self->cached, g_object_unref);
      self->cached = NULL;
    }
  g_clear_object (&self->loader);
  G_OBJECT_CLASS (copydesk_reader_view_parent_class)->dispose (object);
}

static void
copydesk_reader_view_class_init (CopydeskReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_reader_view_dispose;
  widget_class->realize = copydesk_reader_view_realize;
  widget_class->unrealize = copydesk_reader_view_unrealize;

  /**
   * CopydeskReaderView::block-activated:
   * @self: the view
   * @index: the index of the body block the user clicked
   */
  signals[BLOCK_ACTIVATED] = g_signal_new ("block-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "readerview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
copydesk_reader_view_init (CopydeskReaderView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();

  self->rows = g_list_store_new (COPYDESK_TYPE_PREVIEW_ROW);
  self->cached = g_queue_new ();
  self->loader = copydesk_photo_loader_new ();
  self->direction = GTK_TEXT_DIR_NONE;
  self->burst_limit = MAX_BUILDS_PER_BURST;

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                    g_object_ref (G_LIST_MODEL (self->rows)))),
                                  factory);
  gtk_widget_add_css_class (self->list, "story-page");

  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), COLUMN_WIDTH);
  adw_clamp_scrollable_set_tightening_threshold (ADW_CLAMP_SCROLLABLE (clamp), COLUMN_WIDTH - 80);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), self->list);

  self->scroller = gtk_scrolled_window_new ();
  gtk_widget_add_css_class (self->scroller, "story-view");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
copydesk_reader_view_new (void)
{
  return g_object_new (COPYDESK_TYPE_READER_VIEW, NULL);
}
