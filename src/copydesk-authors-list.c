/* copydesk-authors-list.c: the story's authors, in the form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The author list is the truth of who wrote the story (written as its
 * creators, with their job titles and bios); the byline is made from it
 * unless the user typed their own (copydesk-byline.h). The list shows the
 * article's authors as rows, adds one, removes one, and moves one up or
 * down (with the buttons, or Alt+Up and Alt+Down in the row), keeping the
 * focus on the row that moved.
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-authors-list.h"
#include "copydesk-authors-row.h"

struct _CopydeskAuthorsList
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkListBox      *list_box;
  GtkWidget       *add_button;

  CopydeskArticle *article;
  GSignalGroup    *authors_signals;
};

G_DEFINE_FINAL_TYPE (CopydeskAuthorsList, copydesk_authors_list, GTK_TYPE_WIDGET)

static CopydeskAuthorsRow *
row_at (CopydeskAuthorsList *self,
        guint                index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, index);

  return row != NULL ? COPYDESK_AUTHORS_ROW (row) : NULL;
}

static guint
n_authors (CopydeskAuthorsList *self)
{
  return self->article != NULL
         ? g_list_model_get_n_items (copydesk_article_get_authors (self->article)) : 0;
}

static void
update_positions (CopydeskAuthorsList *self)
{
  guint n = n_authors (self);

  for (guint i = 0; i < n; i++)
    {
      CopydeskAuthorsRow *row = row_at (self, i);

      if (row != NULL)
        copydesk_authors_row_set_position (row, i, n);
    }
}

static void
on_row_move (CopydeskAuthorsList *self,
             int                  delta,
             CopydeskAuthorsRow  *row)
{
  int from = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  int to = from + delta;
  CopydeskAuthorsRow *moved;

  if (self->article == NULL || from < 0 || to < 0 || to >= (int) n_authors (self))
    return;
  copydesk_article_move_author (self->article, copydesk_authors_row_get_author (row), to);
  moved = row_at (self, to);
  if (moved != NULL)
    copydesk_authors_row_focus_move (moved, delta);
}

static void
on_row_remove (CopydeskAuthorsList *self,
               CopydeskAuthorsRow  *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  CopydeskAuthorsRow *next;

  if (self->article == NULL || index < 0)
    return;
  copydesk_article_remove_author (self->article, copydesk_authors_row_get_author (row));
  next = row_at (self, MIN ((guint) index, n_authors (self) - (n_authors (self) > 0)));
  if (next != NULL && n_authors (self) > 0)
    copydesk_authors_row_focus_name (next);
  else
    gtk_widget_grab_focus (self->add_button);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CopydeskAuthorsList *self = user_data;
  GtkWidget *row = copydesk_authors_row_new (COPYDESK_AUTHOR (item));

  g_signal_connect_object (row, "move", G_CALLBACK (on_row_move), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, G_CONNECT_SWAPPED);
  return row;
}

/**
 * copydesk_authors_list_add:
 *
 * Adds an author and puts the cursor in their name. With no author yet, the
 * names the byline holds come first ("By Jane Doe and John Roe" gives two),
 * so that the byline typed before the list was used is not lost.
 */
void
copydesk_authors_list_add (CopydeskAuthorsList *self)
{
  const char *byline;
  CopydeskAuthorsRow *row;

  g_return_if_fail (COPYDESK_IS_AUTHORS_LIST (self));

  if (self->article == NULL)
    return;
  byline = copydesk_article_get_byline (self->article);
  if (n_authors (self) > 0 || *byline == '\0'
      || copydesk_byline_fill_authors (self->article, byline) == 0)
    {
      g_autoptr(CopydeskAuthor) author = copydesk_author_new ("");

      copydesk_article_add_author (self->article, author);
    }
  row = row_at (self, n_authors (self) - 1);
  if (row != NULL)
    copydesk_authors_row_focus_name (row);
}

static void
copydesk_authors_list_dispose (GObject *object)
{
  CopydeskAuthorsList *self = COPYDESK_AUTHORS_LIST (object);

  g_clear_object (&self->authors_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_AUTHORS_LIST);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (copydesk_authors_list_parent_class)->dispose (object);
}

static void
copydesk_authors_list_class_init (CopydeskAuthorsListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_authors_list_dispose;

  g_type_ensure (COPYDESK_TYPE_AUTHORS_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-authors-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsList, box);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsList, list_box);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsList, add_button);
  gtk_widget_class_bind_template_callback (widget_class, copydesk_authors_list_add);
}

static void
copydesk_authors_list_init (CopydeskAuthorsList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* after the list box's own handler, so that the rows are there */
  self->authors_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->authors_signals, "items-changed",
                                  G_CALLBACK (update_positions), self);
}

GtkWidget *
copydesk_authors_list_new (void)
{
  return g_object_new (COPYDESK_TYPE_AUTHORS_LIST, NULL);
}

CopydeskArticle *
copydesk_authors_list_get_article (CopydeskAuthorsList *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHORS_LIST (self), NULL);

  return self->article;
}

void
copydesk_authors_list_set_article (CopydeskAuthorsList *self,
                                   CopydeskArticle     *article)
{
  GListModel *authors;

  g_return_if_fail (COPYDESK_IS_AUTHORS_LIST (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  authors = article != NULL ? copydesk_article_get_authors (article) : NULL;
  g_signal_group_set_target (self->authors_signals, NULL);
  gtk_list_box_bind_model (self->list_box, authors, authors != NULL ? create_row : NULL,
                           self, NULL);
  g_signal_group_set_target (self->authors_signals, authors);
  update_positions (self);
}

/* (nullable): the bio field of author @index, for find. */
GtkTextView *
copydesk_authors_list_get_bio_view (CopydeskAuthorsList *self,
                                    guint                index)
{
  CopydeskAuthorsRow *row;

  g_return_val_if_fail (COPYDESK_IS_AUTHORS_LIST (self), NULL);

  row = row_at (self, index);
  return row != NULL ? copydesk_authors_row_get_bio_view (row) : NULL;
}
