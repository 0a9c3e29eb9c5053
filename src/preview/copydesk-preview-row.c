/* copydesk-preview-row.c: one row of the reader view's list, as a snapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader view is a list: the story's header, one row per body block,
 * then a footer (author bios, contributor note). A row keeps what its widget
 * shows, so that the view can tell which rows changed without building any
 * widget, and so that a recycled list row can be rebuilt from it at any time.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "copydesk-preview-blocks.h"
#include "copydesk-preview-row.h"
#include "copydesk-time.h"

enum {
  HEADER_HEADLINE,
  HEADER_STANDFIRST,
  HEADER_BYLINE,
  HEADER_DATELINE,
  HEADER_EMBARGO,  /* last: %NULL when the story is not held */
  N_HEADER_FIELDS
};

struct _CopydeskPreviewRow
{
  GObject                 parent_instance;
  CopydeskPreviewRowKind  kind;

  /* blocks */
  CopydeskBlock          *block;
  CopydeskPhoto          *photo;
  char                   *photo_key;

  /* header: the fields above, and one "Name, job" markup per author;
   * footer: one bio markup per author, and the contributor note */
  char                  **fields;
  char                  **authors;

  /* the widget last built for the row, kept while the view caches it */
  GtkWidget              *widget;
};

G_DEFINE_FINAL_TYPE (CopydeskPreviewRow, copydesk_preview_row, G_TYPE_OBJECT)

static void
copydesk_preview_row_finalize (GObject *object)
{
  CopydeskPreviewRow *self = COPYDESK_PREVIEW_ROW (object);

  copydesk_preview_row_drop_widget (self);
  g_clear_pointer (&self->block, copydesk_block_unref);
  g_clear_object (&self->photo);
  g_free (self->photo_key);
  g_strfreev (self->fields);
  g_strfreev (self->authors);
  G_OBJECT_CLASS (copydesk_preview_row_parent_class)->finalize (object);
}

static void
copydesk_preview_row_class_init (CopydeskPreviewRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = copydesk_preview_row_finalize;
}

static void
copydesk_preview_row_init (CopydeskPreviewRow *self)
{
}

/* ------------------------------------------------------------ snapshots */

/* "Name, <i>Job title</i>", for under the byline; "" without a job title,
 * where the line would only say again the name the byline just gave. */
static char *
author_role_markup (CopydeskAuthor *author)
{
  g_autofree char *name = g_markup_escape_text (copydesk_author_get_name (author), -1);
  g_autofree char *job = g_markup_escape_text (copydesk_author_get_job_title (author), -1);

  if (*job == '\0')
    return g_strdup ("");
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

static char **
author_markups (CopydeskArticle *article,
                char          *(*make) (CopydeskAuthor *author))
{
  GListModel *authors = copydesk_article_get_authors (article);
  guint n = g_list_model_get_n_items (authors);
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      out[i] = make (author);
    }
  return out;
}

/* "Embargoed until …" over the story while it is held, as a desk reads it. */
static char *
embargo_line (CopydeskArticle *article)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = NULL;

  if (!copydesk_desk_is_embargoed_at (desk, now))
    return NULL;
  when = copydesk_format_time (copydesk_desk_get_embargo (desk), COPYDESK_TIME_STYLE_DATE_TIME);
  /* Translators: over the story in the preview; %s is a date and time */
  return g_strdup_printf (_("Embargoed until %s"), when);
}

CopydeskPreviewRow *
copydesk_preview_row_new_header (CopydeskArticle *article)
{
  CopydeskPreviewRow *self = g_object_new (COPYDESK_TYPE_PREVIEW_ROW, NULL);

  self->kind = COPYDESK_PREVIEW_ROW_HEADER;
  self->fields = g_new0 (char *, N_HEADER_FIELDS + 1);
  self->fields[HEADER_HEADLINE] = g_strdup (copydesk_article_get_headline (article));
  self->fields[HEADER_STANDFIRST] = g_strdup (copydesk_article_get_standfirst (article));
  self->fields[HEADER_BYLINE] = g_strdup (copydesk_article_get_byline (article));
  self->fields[HEADER_DATELINE] = g_strdup (copydesk_article_get_dateline (article));
  self->fields[HEADER_EMBARGO] = embargo_line (article);
  self->authors = author_markups (article, author_role_markup);
  return self;
}

CopydeskPreviewRow *
copydesk_preview_row_new_footer (CopydeskArticle *article)
{
  CopydeskPreviewRow *self = g_object_new (COPYDESK_TYPE_PREVIEW_ROW, NULL);

  self->kind = COPYDESK_PREVIEW_ROW_FOOTER;
  self->fields = g_new0 (char *, 2);
  self->fields[0] = g_strdup (copydesk_article_get_contributor_note (article));
  self->authors = author_markups (article, author_bio_markup);
  return self;
}

static CopydeskPhoto *
placed_photo (CopydeskArticle *article,
              CopydeskBlock   *block)
{
  if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PHOTO)
    return NULL;
  return copydesk_article_find_photo (article, copydesk_block_get_photo_id (block));
}

CopydeskPreviewRow *
copydesk_preview_row_new_block (CopydeskArticle *article,
                                CopydeskBlock   *block)
{
  CopydeskPreviewRow *self = g_object_new (COPYDESK_TYPE_PREVIEW_ROW, NULL);
  CopydeskPhoto *photo = placed_photo (article, block);

  self->kind = COPYDESK_PREVIEW_ROW_BLOCK;
  self->block = copydesk_block_ref (block);
  if (copydesk_block_get_kind (block) == COPYDESK_BLOCK_PHOTO)
    {
      self->photo = photo ? g_object_ref (photo) : NULL;
      self->photo_key = copydesk_preview_photo_key (photo);
    }
  return self;
}

CopydeskPreviewRowKind
copydesk_preview_row_get_kind (CopydeskPreviewRow *self)
{
  return self->kind;
}

/**
 * copydesk_preview_row_shows:
 * @self: a block row
 * @article: the article
 * @block: a block of @article's body
 *
 * Whether @self already shows @block as it is now (photo included). When it
 * does, the row takes @block in place of its own equal one, so that an old
 * body is not kept alive by the rows.
 */
gboolean
copydesk_preview_row_shows (CopydeskPreviewRow *self,
                            CopydeskArticle    *article,
                            CopydeskBlock      *block)
{
  g_autofree char *key = NULL;

  if (self->kind != COPYDESK_PREVIEW_ROW_BLOCK || !copydesk_block_equal (self->block, block))
    return FALSE;
  if (copydesk_block_get_kind (block) == COPYDESK_BLOCK_PHOTO)
    {
      key = copydesk_preview_photo_key (placed_photo (article, block));
      if (g_strcmp0 (key, self->photo_key) != 0)
        return FALSE;
    }
  if (self->block != block)
    {
      copydesk_block_unref (self->block);
      self->block = copydesk_block_ref (block);
    }
  return TRUE;
}

gboolean
copydesk_preview_row_equal (CopydeskPreviewRow *a,
                            CopydeskPreviewRow *b)
{
  if (a->kind != b->kind)
    return FALSE;
  if (a->kind == COPYDESK_PREVIEW_ROW_BLOCK)
    return copydesk_block_equal (a->block, b->block) && g_strcmp0 (a->photo_key, b->photo_key) == 0;
  return g_strv_equal ((const char * const *) a->fields, (const char * const *) b->fields) &&
         g_strv_equal ((const char * const *) a->authors, (const char * const *) b->authors);
}

/* ------------------------------------------------------------ widgets */

static void
add_text (GtkWidget  *box,
          const char *css_class,
          const char *text,
          gboolean    markup)
{
  GtkWidget *label;

  if (text == NULL || *text == '\0')
    return;
  label = copydesk_preview_label_new (css_class);
  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_box_append (GTK_BOX (box), label);
}

static GtkWidget *
build_header (CopydeskPreviewRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (box, "story-header");
  add_text (box, "embargo", self->fields[HEADER_EMBARGO], FALSE);
  add_text (box, "headline", self->fields[HEADER_HEADLINE], FALSE);
  add_text (box, "standfirst", self->fields[HEADER_STANDFIRST], FALSE);
  add_text (box, "byline", self->fields[HEADER_BYLINE], FALSE);
  for (guint i = 0; self->authors[i] != NULL; i++)
    add_text (box, "author-role", self->authors[i], TRUE);
  add_text (box, "dateline", self->fields[HEADER_DATELINE], FALSE);
  return box;
}

static GtkWidget *
build_footer (CopydeskPreviewRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bios = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

  gtk_widget_add_css_class (box, "story-footer");
  gtk_widget_add_css_class (bios, "author-bios");
  gtk_box_append (GTK_BOX (box), bios);
  for (guint i = 0; self->authors[i] != NULL; i++)
    add_text (bios, "author-bio", self->authors[i], TRUE);
  gtk_widget_set_visible (bios, gtk_widget_get_first_child (bios) != NULL);
  add_text (box, "contributor-note", self->fields[0], FALSE);
  return box;
}

static GtkWidget *
build (CopydeskPreviewRow  *self,
       CopydeskPhotoLoader *loader)
{
  GtkWidget *widget;

  switch (self->kind)
    {
    case COPYDESK_PREVIEW_ROW_HEADER:
      return build_header (self);
    case COPYDESK_PREVIEW_ROW_FOOTER:
      return build_footer (self);
    case COPYDESK_PREVIEW_ROW_BLOCK:
      widget = copydesk_preview_block_new (self->block, self->photo, loader);
      gtk_widget_add_css_class (widget, "block");
      return widget;
    default:
      g_assert_not_reached ();
    }
}

/**
 * copydesk_preview_row_get_widget:
 * @self: the row
 * @loader: where figures get their images
 * @built: (out): whether the widget had to be built
 *
 * The widget showing the row: the one built before, if the row still has
 * it, so that a list row bound again costs nothing.
 *
 * Returns: (transfer none): the widget, owned by the row
 */
GtkWidget *
copydesk_preview_row_get_widget (CopydeskPreviewRow  *self,
                                 CopydeskPhotoLoader *loader,
                                 gboolean            *built)
{
  *built = self->widget == NULL;
  if (self->widget == NULL)
    self->widget = g_object_ref_sink (build (self, loader));
  return self->widget;
}

/* Returns: (transfer none) (nullable): the widget the row holds, if any */
GtkWidget *
copydesk_preview_row_peek_widget (CopydeskPreviewRow *self)
{
  return self->widget;
}

/* Lets go of the row's widget, taking it out of its parent first. */
void
copydesk_preview_row_drop_widget (CopydeskPreviewRow *self)
{
  GtkWidget *parent;

  if (self->widget == NULL)
    return;
  parent = gtk_widget_get_parent (self->widget);
  if (ADW_IS_BIN (parent))
    adw_bin_set_child (ADW_BIN (parent), NULL);
  else if (parent != NULL)
    gtk_widget_unparent (self->widget);
  g_clear_object (&self->widget);
}

/* The height, in pixels, to hold for the row until its widget is built: a
 * text block by its length at the column's measure (about 70 characters a
 * line), anything else by a typical photo or header. A guess only for rows
 * out of view; the list corrects its positions once the widget exists. */
int
copydesk_preview_row_estimate_height (CopydeskPreviewRow *self)
{
  guint chars, lines;

  g_return_val_if_fail (COPYDESK_IS_PREVIEW_ROW (self), 0);

  if (self->kind != COPYDESK_PREVIEW_ROW_BLOCK
      || copydesk_block_get_kind (self->block) == COPYDESK_BLOCK_PHOTO)
    return 320;
  chars = copydesk_block_count_chars (self->block);
  lines = chars / 70 + copydesk_block_get_n_items (self->block);
  return (int) lines * 28 + 24;
}
