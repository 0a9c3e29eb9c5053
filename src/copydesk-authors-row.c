/* copydesk-authors-row.c: one author of the story, in the authors list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row edits its author in place (name, job title, bio, each bound both
 * ways) and asks the list to move or remove it: the "move" signal (with -1
 * or +1, from the buttons or Alt+Up and Alt+Down) and "remove".
 */
#include "config.h"

#include "copydesk-authors-row.h"
#include "copydesk-single-line.h"

struct _CopydeskAuthorsRow
{
  GtkListBoxRow   parent_instance;

  GtkEntry       *name_entry;
  GtkEntry       *title_entry;
  GtkTextView    *bio_view;
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  GtkWidget      *remove_button;

  CopydeskAuthor *author;
};

G_DEFINE_FINAL_TYPE (CopydeskAuthorsRow, copydesk_authors_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_up_clicked (CopydeskAuthorsRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
on_down_clicked (CopydeskAuthorsRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
on_remove_clicked (CopydeskAuthorsRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
copydesk_authors_row_dispose (GObject *object)
{
  CopydeskAuthorsRow *self = COPYDESK_AUTHORS_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_AUTHORS_ROW);
  g_clear_object (&self->author);
  G_OBJECT_CLASS (copydesk_authors_row_parent_class)->dispose (object);
}

static void
copydesk_authors_row_class_init (CopydeskAuthorsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_authors_row_dispose;

  /**
   * CopydeskAuthorsRow::move:
   * @delta: -1 to move the author up the list, 1 down
   */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-authors-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, bio_view);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskAuthorsRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_up_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_down_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "move", "(i)", -1);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "move", "(i)", 1);
}

/* A name or title longer than its entry shows whole in the tooltip. */
static gboolean
on_query_tooltip (GtkWidget  *entry,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (*text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (entry, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (entry) - 16)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
copydesk_authors_row_init (CopydeskAuthorsRow *self)
{
  GtkWidget *entries[2];

  gtk_widget_init_template (GTK_WIDGET (self));
  entries[0] = GTK_WIDGET (self->name_entry);
  entries[1] = GTK_WIDGET (self->title_entry);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      copydesk_single_line_attach (entries[i]);
      gtk_widget_set_has_tooltip (entries[i], TRUE);
      g_signal_connect (entries[i], "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
    }
}

GtkWidget *
copydesk_authors_row_new (CopydeskAuthor *author)
{
  CopydeskAuthorsRow *self;
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_return_val_if_fail (COPYDESK_IS_AUTHOR (author), NULL);

  self = g_object_new (COPYDESK_TYPE_AUTHORS_ROW, NULL);
  self->author = g_object_ref (author);
  g_object_bind_property (author, "name", self->name_entry, "text", flags);
  g_object_bind_property (author, "job-title", self->title_entry, "text", flags);
  g_object_bind_property (author, "bio", gtk_text_view_get_buffer (self->bio_view), "text", flags);
  return GTK_WIDGET (self);
}

CopydeskAuthor *
copydesk_authors_row_get_author (CopydeskAuthorsRow *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHORS_ROW (self), NULL);

  return self->author;
}

/* The first cannot move up, nor the last down. */
void
copydesk_authors_row_set_position (CopydeskAuthorsRow *self,
                                   guint               position,
                                   guint               n_authors)
{
  g_return_if_fail (COPYDESK_IS_AUTHORS_ROW (self));

  gtk_widget_set_sensitive (self->up_button, position > 0);
  gtk_widget_set_sensitive (self->down_button, position + 1 < n_authors);
}

void
copydesk_authors_row_focus_name (CopydeskAuthorsRow *self)
{
  g_return_if_fail (COPYDESK_IS_AUTHORS_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/* After a move: the same button again, or the other one at either end. */
void
copydesk_authors_row_focus_move (CopydeskAuthorsRow *self,
                                 int                 delta)
{
  GtkWidget *button = delta < 0 ? self->up_button : self->down_button;
  GtkWidget *other = delta < 0 ? self->down_button : self->up_button;

  g_return_if_fail (COPYDESK_IS_AUTHORS_ROW (self));

  if (gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (button);
  else if (gtk_widget_get_sensitive (other))
    gtk_widget_grab_focus (other);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

GtkTextView *
copydesk_authors_row_get_bio_view (CopydeskAuthorsRow *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHORS_ROW (self), NULL);

  return self->bio_view;
}
