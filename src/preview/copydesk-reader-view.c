/* copydesk-reader-view.c: the article as a reader sees it, in native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A centred column (AdwClamp) holds the story's header, one widget per body
 * block and the contributor note. Updates are incremental: bodies are
 * immutable, so the blocks equal at both ends of the old and new body keep
 * their widgets and only the changed middle is rebuilt. A keystroke in a
 * 2,000-paragraph story therefore replaces one label, and since the widgets
 * above it stay, so does the scroll position.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-preview-blocks.h"
#include "copydesk-reader-view.h"

#define COLUMN_WIDTH 660
#define REVEAL_MARGIN 48
/* Frames to wait for a layout that makes the block reachable. */
#define REVEAL_MAX_FRAMES 30

typedef struct
{
  CopydeskBlock *block;
  char          *photo_key; /* photo blocks only */
  GtkWidget     *widget;    /* owned by the body box */
} Entry;

struct _CopydeskReaderView
{
  GtkWidget            parent_instance;

  GtkWidget           *scroller;
  GtkWidget           *page;
  GtkWidget           *headline;
  GtkWidget           *standfirst;
  GtkWidget           *byline;
  GtkWidget           *roles;
  GtkWidget           *bios;
  GtkWidget           *dateline;
  GtkWidget           *body;
  GtkWidget           *note;

  GPtrArray           *entries;
  CopydeskPhotoLoader *loader;
  guint                reveal_index;
  guint                reveal_tick;
  guint                reveal_frames;
  GtkTextDirection     direction;
};

enum {
  BLOCK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CopydeskReaderView, copydesk_reader_view, GTK_TYPE_WIDGET)

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->block, copydesk_block_unref);
  g_free (entry->photo_key);
  g_free (entry);
}

/* ------------------------------------------------------------ header */

static void
set_label_text (GtkWidget  *label,
                const char *text)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, *text != '\0');
}

/* "Name, Job title" for under the byline. */
static char *
author_role_markup (CopydeskAuthor *author)
{
  g_autofree char *name = g_markup_escape_text (copydesk_author_get_name (author), -1);
  g_autofree char *job = g_markup_escape_text (copydesk_author_get_job_title (author), -1);

  if (*job == '\0')
    return g_steal_pointer (&name);
  return g_strdup_printf ("%s, <i>%s</i>", name, job);
}

/* The bio that closes the story; "" without one. */
static char *
author_bio_markup (CopydeskAuthor *author)
{
  g_autofree char *name = g_markup_escape_text (copydesk_author_get_name (author), -1);
  g_autofree char *bio = g_markup_escape_text (copydesk_author_get_bio (author), -1);

  if (*bio == '\0')
    return g_strdup ("");
  return g_strdup_printf ("<b>%s</b>\n%s", name, bio);
}

/* Keeps one label per author in @box, with the markup @make gives. */
static void
update_author_labels (GtkWidget  *box,
                      const char *css_class,
                      GListModel *authors,
                      char     *(*make) (CopydeskAuthor *author))
{
  GtkWidget *child = gtk_widget_get_first_child (box);
  guint n = g_list_model_get_n_items (authors);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);
      g_autofree char *markup = make (author);

      if (child == NULL)
        {
          child = copydesk_preview_label_new (css_class);
          gtk_box_append (GTK_BOX (box), child);
        }
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), markup) != 0)
        gtk_label_set_markup (GTK_LABEL (child), markup);
      gtk_widget_set_visible (child, *markup != '\0');
      any |= *markup != '\0';
      child = gtk_widget_get_next_sibling (child);
    }
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (box), child);
      child = next;
    }
  gtk_widget_set_visible (box, any);
}

static void
update_authors (CopydeskReaderView *self,
                GListModel         *authors)
{
  update_author_labels (self->roles, "author-role", authors, author_role_markup);
  update_author_labels (self->bios, "author-bio", authors, author_bio_markup);
}

static gboolean
language_is_rtl (const char *language)
{
  static const char * const rtl[] = { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku-Arab",
                                      "ps", "sd", "syr", "ug", "ur", "yi", NULL };
  g_autofree char *lower = g_ascii_strdown (language ? language : "", -1);

  for (guint i = 0; rtl[i] != NULL; i++)
    {
      g_autofree char *tag = g_ascii_strdown (rtl[i], -1);
      gsize len = strlen (tag);

      if (strncmp (lower, tag, len) == 0 && (lower[len] == '\0' || lower[len] == '-'))
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

static void
update_header (CopydeskReaderView *self,
               CopydeskArticle    *article)
{
  gboolean rtl = language_is_rtl (copydesk_article_get_language (article));
  GtkTextDirection direction = rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;

  if (direction != self->direction)
    {
      self->direction = direction;
      set_direction_deep (self->page, direction);
    }
  set_label_text (self->headline, copydesk_article_get_headline (article));
  set_label_text (self->standfirst, copydesk_article_get_standfirst (article));
  set_label_text (self->byline, copydesk_article_get_byline (article));
  set_label_text (self->dateline, copydesk_article_get_dateline (article));
  set_label_text (self->note, copydesk_article_get_contributor_note (article));
  update_authors (self, copydesk_article_get_authors (article));
  set_direction_deep (self->roles, direction);
  set_direction_deep (self->bios, direction);
}

/* ------------------------------------------------------------ body */

static Entry *
entry_new (CopydeskReaderView *self,
           CopydeskArticle    *article,
           CopydeskBlock      *block,
           char               *photo_key)
{
  Entry *entry = g_new0 (Entry, 1);
  CopydeskPhoto *photo = NULL;

  if (copydesk_block_get_kind (block) == COPYDESK_BLOCK_PHOTO)
    photo = copydesk_article_find_photo (article, copydesk_block_get_photo_id (block));
  entry->block = copydesk_block_ref (block);
  entry->photo_key = photo_key;
  entry->widget = copydesk_preview_block_new (block, photo, self->loader);
  gtk_widget_add_css_class (entry->widget, "block");
  set_direction_deep (entry->widget, self->direction);
  return entry;
}

static char *
photo_key_for (CopydeskArticle *article,
               CopydeskBlock   *block)
{
  if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PHOTO)
    return NULL;
  return copydesk_preview_photo_key (copydesk_article_find_photo (article,
                                                                  copydesk_block_get_photo_id (block)));
}

/* Whether @entry can stay for @block; takes @key (the block's photo key). */
static gboolean
entry_matches (Entry         *entry,
               CopydeskBlock *block,
               char         **key)
{
  gboolean same = copydesk_block_equal (entry->block, block) &&
                  g_strcmp0 (entry->photo_key, *key) == 0;

  if (same)
    {
      /* hold the new body's block, so the old body can go */
      copydesk_block_ref (block);
      copydesk_block_unref (entry->block);
      entry->block = block;
    }
  g_clear_pointer (key, g_free);
  return same;
}

static void
update_body (CopydeskReaderView *self,
             CopydeskArticle    *article)
{
  CopydeskBody *body = copydesk_article_get_body (article);
  guint n_new = copydesk_body_get_n_blocks (body);
  guint n_old = self->entries->len;
  guint prefix = 0, suffix = 0;
  GtkWidget *after;

  while (prefix < n_old && prefix < n_new)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, prefix);
      char *key = photo_key_for (article, block);

      if (!entry_matches (g_ptr_array_index (self->entries, prefix), block, &key))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, n_new - 1 - suffix);
      char *key = photo_key_for (article, block);

      if (!entry_matches (g_ptr_array_index (self->entries, n_old - 1 - suffix), block, &key))
        break;
      suffix++;
    }

  for (guint i = prefix; i < n_old - suffix; i++)
    gtk_box_remove (GTK_BOX (self->body), ((Entry *) g_ptr_array_index (self->entries, i))->widget);
  g_ptr_array_remove_range (self->entries, prefix, n_old - suffix - prefix);

  after = prefix > 0 ? ((Entry *) g_ptr_array_index (self->entries, prefix - 1))->widget : NULL;
  for (guint i = prefix; i < n_new - suffix; i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);
      Entry *entry = entry_new (self, article, block, photo_key_for (article, block));

      gtk_box_insert_child_after (GTK_BOX (self->body), entry->widget, after);
      g_ptr_array_insert (self->entries, (int) i, entry);
      after = entry->widget;
    }
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

  g_return_if_fail (COPYDESK_IS_READER_VIEW (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (article == NULL)
    article = empty = copydesk_article_new ();
  update_header (self, article);
  update_body (self, article);
}

guint
copydesk_reader_view_get_n_blocks (CopydeskReaderView *self)
{
  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), 0);

  return self->entries->len;
}

/**
 * copydesk_reader_view_get_block_widget:
 * @self: the view
 * @index: a block index
 *
 * Returns: (transfer none) (nullable): the widget showing block @index
 */
GtkWidget *
copydesk_reader_view_get_block_widget (CopydeskReaderView *self,
                                       guint               index)
{
  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), NULL);

  if (index >= self->entries->len)
    return NULL;
  return ((Entry *) g_ptr_array_index (self->entries, index))->widget;
}

/* ------------------------------------------------------------ scroll sync */

static gboolean
scroll_to_block (CopydeskReaderView *self)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  /* the page's coordinates are those of the scrolled content */
  GtkWidget *content = self->page;
  GtkWidget *widget = copydesk_reader_view_get_block_widget (self, self->reveal_index);
  double value = gtk_adjustment_get_value (adj);
  double page = gtk_adjustment_get_page_size (adj);
  graphene_rect_t bounds;

  if (widget == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
    return FALSE;
  if (bounds.size.height <= 0 || page <= 0)
    return FALSE; /* not laid out yet */

  if (bounds.origin.y < value + REVEAL_MARGIN || bounds.size.height + 2 * REVEAL_MARGIN > page)
    value = bounds.origin.y - REVEAL_MARGIN;
  else if (bounds.origin.y + bounds.size.height > value + page - REVEAL_MARGIN)
    value = bounds.origin.y + bounds.size.height - page + REVEAL_MARGIN;
  else
    return TRUE;
  gtk_adjustment_set_value (adj, value);
  /* the adjustment clamps to the old layout's height until the new one is done */
  return gtk_adjustment_get_value (adj) >= value - 1;
}

static gboolean
reveal_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (widget);

  if (!scroll_to_block (self) && ++self->reveal_frames < REVEAL_MAX_FRAMES)
    return G_SOURCE_CONTINUE;
  self->reveal_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * copydesk_reader_view_reveal_block:
 * @self: the view
 * @index: a block index
 *
 * Scrolls as little as needed to keep block @index in view; when the block
 * is not laid out yet, as soon as it is.
 */
void
copydesk_reader_view_reveal_block (CopydeskReaderView *self,
                                   guint               index)
{
  g_return_if_fail (COPYDESK_IS_READER_VIEW (self));

  self->reveal_index = index;
  self->reveal_frames = 0;
  if (self->reveal_tick == 0 && !scroll_to_block (self))
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_on_tick,
                                                      NULL, NULL);
}

/* ------------------------------------------------------------ activation */

/**
 * copydesk_reader_view_activate_at:
 * @self: the view
 * @target: the widget @x and @y are relative to
 * @x: where the user clicked
 * @y: where the user clicked
 *
 * Emits #CopydeskReaderView::block-activated for the block under the
 * point, if any.
 *
 * Returns: whether a block was there
 */
gboolean
copydesk_reader_view_activate_at (CopydeskReaderView *self,
                                  GtkWidget          *target,
                                  double              x,
                                  double              y)
{
  GtkWidget *picked;
  double bx, by;

  g_return_val_if_fail (COPYDESK_IS_READER_VIEW (self), FALSE);

  if (!gtk_widget_translate_coordinates (target, self->body, x, y, &bx, &by))
    return FALSE;
  picked = gtk_widget_pick (self->body, bx, by, GTK_PICK_DEFAULT);
  while (picked != NULL && gtk_widget_get_parent (picked) != self->body)
    picked = gtk_widget_get_parent (picked);
  if (picked == NULL)
    return FALSE;

  for (guint i = 0; i < self->entries->len; i++)
    if (((Entry *) g_ptr_array_index (self->entries, i))->widget == picked)
      {
        g_signal_emit (self, signals[BLOCK_ACTIVATED], 0, i);
        return TRUE;
      }
  return FALSE;
}

static void
on_body_released (GtkGestureClick    *gesture,
                  int                 n_press,
                  double              x,
                  double              y,
                  CopydeskReaderView *self)
{
  copydesk_reader_view_activate_at (self, self->body, x, y);
}

/* ------------------------------------------------------------ construction */

static GtkWidget *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = copydesk_preview_label_new (css_class);

  gtk_widget_set_visible (label, FALSE);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
build_page (CopydeskReaderView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkWidget *masthead = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *viewport;

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->page, "story-page");
  gtk_widget_add_css_class (masthead, "story-header");
  gtk_box_append (GTK_BOX (self->page), masthead);
  self->headline = add_label (masthead, "headline");
  self->standfirst = add_label (masthead, "standfirst");
  self->byline = add_label (masthead, "byline");
  self->roles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (self->roles, FALSE);
  gtk_box_append (GTK_BOX (masthead), self->roles);
  self->dateline = add_label (masthead, "dateline");

  self->body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->body, "story-body");
  gtk_box_append (GTK_BOX (self->page), self->body);
  self->bios = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (self->bios, "author-bios");
  gtk_widget_set_visible (self->bios, FALSE);
  gtk_box_append (GTK_BOX (self->page), self->bios);
  self->note = add_label (self->page, "contributor-note");

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (on_body_released), self, 0);
  gtk_widget_add_controller (self->body, GTK_EVENT_CONTROLLER (click));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), COLUMN_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), COLUMN_WIDTH - 80);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->page);

  /* natural height, or photos (which may shrink) would get none */
  viewport = gtk_viewport_new (NULL, NULL);
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (viewport), GTK_SCROLL_NATURAL);
  gtk_viewport_set_child (GTK_VIEWPORT (viewport), clamp);
  self->scroller = gtk_scrolled_window_new ();
  gtk_widget_add_css_class (self->scroller, "story-view");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), viewport);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

static void
copydesk_reader_view_dispose (GObject *object)
{
  CopydeskReaderView *self = COPYDESK_READER_VIEW (object);

  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->loader);
  G_OBJECT_CLASS (copydesk_reader_view_parent_class)->dispose (object);
}

static void
copydesk_reader_view_class_init (CopydeskReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_reader_view_dispose;

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
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->loader = copydesk_photo_loader_new ();
  self->direction = GTK_TEXT_DIR_NONE;
  build_page (self);
}

GtkWidget *
copydesk_reader_view_new (void)
{
  return g_object_new (COPYDESK_TYPE_READER_VIEW, NULL);
}
