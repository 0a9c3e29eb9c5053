/* copydesk-find-bar.c: find and replace across every text field of the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar searches the story the way copydesk-find.h does, field by field
 * in reading order (headline, standfirst, byline, bios, body, each photo's
 * caption, credit and alt text, the contributor's note, the story's credit
 * line, the editorial note), and shows the matches in the fields
 * themselves: a highlight in every text view, the current match
 * selected in its field and scrolled into view. The body is searched as it
 * is typed (its buffer's markup), the other fields as the article holds
 * them, which is what their fields show. Which widget shows a field is the
 * editor's to say (copydesk_find_bar_set_resolve()): a field nobody shows
 * is still counted and replaced, in the article.
 *
 * Replace All changes each field as one undo step (the body: one user
 * action on its buffer) and emits "replaced" with what a toast says.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "copydesk-find-bar.h"

#define MATCH_TAG "copydesk-find-match"

struct _CopydeskFindBar
{
  GtkWidget                parent_instance;

  GtkWidget               *grid;
  GtkSearchEntry          *search_entry;
  GtkEntry                *replace_entry;
  GtkLabel                *status_label;
  GtkWidget               *case_button;
  GtkWidget               *word_button;
  GtkToggleButton         *replace_toggle;

  GtkSourceView           *view;
  GtkSourceSearchSettings *settings;   /* the search text and the two options */
  CopydeskArticle         *article;
  GSignalGroup            *article_signals;
  GSignalGroup            *buffer_signals;
  CopydeskFindResolve      resolve;
  gpointer                 resolve_data;

  GArray                  *matches;    /* CopydeskFindMatch */
  int                      current;    /* -1: none selected */
  GPtrArray               *tagged;     /* GtkTextBuffer: the highlighted ones */
  guint                    refresh_source;
  GtkWidget               *revealing;  /* a field just revealed, to focus once mapped */
  gboolean                 active;
  gboolean                 applying;
};

G_DEFINE_FINAL_TYPE (CopydeskFindBar, copydesk_find_bar, GTK_TYPE_WIDGET)

enum {
  CLOSE,
  REPLACED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------ fields */

static const char *
needle (CopydeskFindBar *self)
{
  return gtk_source_search_settings_get_search_text (self->settings);
}

static CopydeskFindFlags
flags (CopydeskFindBar *self)
{
  return (gtk_source_search_settings_get_case_sensitive (self->settings)
          ? COPYDESK_FIND_MATCH_CASE : 0)
         | (gtk_source_search_settings_get_at_word_boundaries (self->settings)
            ? COPYDESK_FIND_WHOLE_WORD : 0);
}

static GtkWidget *
resolve (CopydeskFindBar *self,
         CopydeskField    field,
         guint            index)
{
  if (field == COPYDESK_FIELD_BODY && self->view != NULL)
    return GTK_WIDGET (self->view);
  return self->resolve != NULL ? self->resolve (field, index, self->resolve_data) : NULL;
}

/* (transfer full): what the field shows, or the article's text of it. */
static char *
field_text (CopydeskFindBar *self,
            CopydeskField    field,
            guint            index)
{
  GtkWidget *widget = resolve (self, field, index);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    }
  if (GTK_IS_EDITABLE (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  return copydesk_find_field_text (self->article, field, index);
}

static CopydeskFindMatch *
match_at (CopydeskFindBar *self,
          int              i)
{
  return &g_array_index (self->matches, CopydeskFindMatch, i);
}

/* ------------------------------------------------------------ highlights */

static void
clear_highlights (CopydeskFindBar *self)
{
  for (guint i = 0; i < self->tagged->len; i++)
    {
      GtkTextBuffer *buffer = g_ptr_array_index (self->tagged, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag_by_name (buffer, MATCH_TAG, &start, &end);
    }
  g_ptr_array_set_size (self->tagged, 0);
}

static void
highlight (CopydeskFindBar         *self,
           const CopydeskFindMatch *match)
{
  GtkWidget *widget = resolve (self, match->field, match->index);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), MATCH_TAG) == NULL)
    gtk_text_buffer_create_tag (buffer, MATCH_TAG,
                                "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.45 },
                                NULL);
  if (!g_ptr_array_find (self->tagged, buffer, NULL))
    g_ptr_array_add (self->tagged, g_object_ref (buffer));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
  gtk_text_buffer_apply_tag_by_name (buffer, MATCH_TAG, &start, &end);
}

/* ------------------------------------------------------------ searching */

/* The body's matches as typed: the article follows its buffer a moment later. */
static void
add_body_matches (CopydeskFindBar *self)
{
  g_autofree char *text = field_text (self, COPYDESK_FIELD_BODY, 0);
  g_autoptr(GArray) found = copydesk_find_in_text (text, needle (self), flags (self), TRUE);

  for (guint i = 0; i < found->len; i++)
    {
      CopydeskFindMatch m = g_array_index (found, CopydeskFindMatch, i);

      m.field = COPYDESK_FIELD_BODY;
      g_array_append_val (self->matches, m);
    }
}

/* The match the user has selected in a field, if any. */
static int
selected_match (CopydeskFindBar *self)
{
  for (guint i = 0; i < self->matches->len; i++)
    {
      CopydeskFindMatch *m = match_at (self, i);
      GtkWidget *widget = resolve (self, m->field, m->index);
      GtkTextBuffer *buffer = GTK_IS_TEXT_VIEW (widget)
                              ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)) : NULL;
      GtkTextIter start, end;
      int a, b;

      if (buffer != NULL && gtk_text_buffer_get_selection_bounds (buffer, &start, &end)
          && (guint) gtk_text_iter_get_offset (&start) == m->start
          && (guint) gtk_text_iter_get_offset (&end) == m->end)
        return i;
      if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT_VIEW (widget)
          && gtk_editable_get_selection_bounds (GTK_EDITABLE (widget), &a, &b)
          && (guint) a == m->start && (guint) b == m->end)
        return i;
    }
  return -1;
}

static void
update_status (CopydeskFindBar *self)
{
  g_autofree char *text = NULL;

  if (needle (self) == NULL || self->article == NULL)
    text = g_strdup ("");
  else
    text = copydesk_find_describe_position (self->current + 1, self->matches->len);
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_entry), self->matches->len > 0);
}

/* Every match again, from the fields as they are now. */
static void
refresh (CopydeskFindBar *self)
{
  g_autoptr(GArray) from_article = NULL;
  gboolean body_done = FALSE;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  clear_highlights (self);
  g_array_set_size (self->matches, 0);
  self->current = -1;
  if (needle (self) == NULL || self->article == NULL || !self->active)
    {
      update_status (self);
      return;
    }
  from_article = copydesk_find_in_article (self->article, needle (self), flags (self));
  for (guint i = 0; i <= from_article->len; i++)
    {
      CopydeskFindMatch *m = i < from_article->len
                             ? &g_array_index (from_article, CopydeskFindMatch, i) : NULL;

      if (!body_done && (m == NULL || m->field >= COPYDESK_FIELD_BODY))
        {
          add_body_matches (self);
          body_done = TRUE;
        }
      if (m != NULL && m->field != COPYDESK_FIELD_BODY)
        g_array_append_val (self->matches, *m);
    }
  for (guint i = 0; i < self->matches->len; i++)
    highlight (self, match_at (self, i));
  self->current = selected_match (self);
  update_status (self);
}

static gboolean
refresh_later (gpointer user_data)
{
  CopydeskFindBar *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (CopydeskFindBar *self)
{
  if (self->active && !self->applying && self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_later, self, NULL);
}

/* ------------------------------------------------------------ moving */

/* Scrolls every scrolled window around @widget so that it shows. */
static void
scroll_into_view (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkAdjustment *adj;
      graphene_rect_t bounds;
      double value, page, top, bottom;

      if (!GTK_IS_SCROLLED_WINDOW (w) || !gtk_widget_compute_bounds (widget, w, &bounds))
        continue;
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
      value = gtk_adjustment_get_value (adj);
      page = gtk_adjustment_get_page_size (adj);
      top = bounds.origin.y;
      bottom = MIN (top + bounds.size.height, top + page);
      if (top < 0)
        gtk_adjustment_set_value (adj, value + top - 12);
      else if (bottom > page)
        gtk_adjustment_set_value (adj, value + bottom - page + 12);
    }
}

/* Opens what hides @widget, outermost first: a closed flap it is in (the
 * sidebar), the stack page it is on (Photos, Details), a closed revealer.
 * The stack is told even when the page was already its visible one, so
 * its owner records the panel as shown. */
static void
reveal_ancestors (GtkWidget *widget)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i-- > 1;)
    {
      GtkWidget *up = chain->pdata[i], *child = chain->pdata[i - 1];

      if (ADW_IS_FLAP (up) && adw_flap_get_flap (ADW_FLAP (up)) == child)
        adw_flap_set_reveal_flap (ADW_FLAP (up), TRUE);
      else if (ADW_IS_VIEW_STACK (up) && adw_view_stack_get_page (ADW_VIEW_STACK (up), child))
        {
          adw_view_stack_set_visible_child (ADW_VIEW_STACK (up), child);
          g_object_notify (G_OBJECT (up), "visible-child-name");
        }
      else if (GTK_IS_REVEALER (up))
        gtk_revealer_set_reveal_child (GTK_REVEALER (up), TRUE);
    }
}

/* A field just revealed is mapped a frame later: it takes the focus and
 * scrolls into view then, unless another match was selected meanwhile. */
static void
stop_revealing (CopydeskFindBar *self)
{
  if (self->revealing == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->revealing, self);
  g_clear_weak_pointer (&self->revealing);
}

static void
on_revealed_map (CopydeskFindBar *self)
{
  GtkWidget *widget = self->revealing;

  stop_revealing (self);
  gtk_widget_grab_focus (widget);
  scroll_into_view (widget);
}

/* Frames during which a match just selected in a text view is brought back
 * into view if it is not there: the view scrolls to it at once when its
 * lines are laid out, but lines laid out later (a long body, a busy
 * machine, tags applied by the checks) can leave it outside. */
#define KEEP_IN_VIEW_FRAMES 60

static gboolean
insert_in_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible, location;
  GtkTextIter insert;

  gtk_text_buffer_get_iter_at_mark (buffer, &insert, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &insert, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static gboolean
keep_in_view_tick (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  guint *frames_left = data;
  GtkTextView *view = GTK_TEXT_VIEW (widget);

  if (insert_in_view (view) || --(*frames_left) == 0)
    return G_SOURCE_REMOVE;
  gtk_text_view_scroll_to_mark (view, gtk_text_buffer_get_insert (gtk_text_view_get_buffer (view)),
                                0.25, FALSE, 0.0, 0.0);
  return G_SOURCE_CONTINUE;
}

static void
keep_in_view (GtkTextView *view)
{
  guint *frames_left = g_new (guint, 1);

  *frames_left = KEEP_IN_VIEW_FRAMES;
  gtk_widget_add_tick_callback (GTK_WIDGET (view), keep_in_view_tick, frames_left, g_free);
}

static void
select_in_field (CopydeskFindBar         *self,
                 const CopydeskFindMatch *match,
                 gboolean                 focus)
{
  GtkWidget *widget = resolve (self, match->field, match->index);

  stop_revealing (self);
  if (widget == NULL)
    return;
  if (focus && !gtk_widget_get_mapped (widget))
    {
      reveal_ancestors (widget);
      g_set_weak_pointer (&self->revealing, widget);
      g_signal_connect_swapped (widget, "map", G_CALLBACK (on_revealed_map), self);
    }
  if (focus && gtk_widget_get_mapped (widget))
    gtk_widget_grab_focus (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
      gtk_text_buffer_select_range (buffer, &end, &start);
      /* well inside the view, not on its edge */
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (widget), gtk_text_buffer_get_insert (buffer),
                                    0.25, FALSE, 0.0, 0.0);
      keep_in_view (GTK_TEXT_VIEW (widget));
    }
  else if (GTK_IS_EDITABLE (widget))
    gtk_editable_select_region (GTK_EDITABLE (widget), match->start, match->end);
  scroll_into_view (widget);
}

/* Where the cursor is: the field with the focus, or the current match. */
static gboolean
cursor_position (CopydeskFindBar *self,
                 gboolean         forward,
                 CopydeskFindMatch *at)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (self->current >= 0)
    {
      *at = *match_at (self, self->current);
      at->start = forward ? at->end : at->start;
      return TRUE;
    }
  for (guint i = 0; focus != NULL && i < self->matches->len; i++)
    {
      CopydeskFindMatch *m = match_at (self, i);
      GtkWidget *widget = resolve (self, m->field, m->index);
      GtkTextIter start, end;

      if (widget == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
        continue;
      *at = *m;
      if (GTK_IS_TEXT_VIEW (widget))
        {
          gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                                                &start, &end);
          at->start = gtk_text_iter_get_offset (forward ? &end : &start);
        }
      else
        at->start = gtk_editable_get_position (GTK_EDITABLE (widget));
      return TRUE;
    }
  return FALSE;
}

static void
go_to (CopydeskFindBar *self,
       gboolean         forward,
       gboolean         focus)
{
  CopydeskFindMatch at = { COPYDESK_FIELD_HEADLINE, 0, 0, 0 };
  int i;

  if (self->refresh_source != 0)
    refresh (self);
  if (self->matches->len == 0)
    {
      update_status (self);
      return;
    }
  if (!cursor_position (self, forward, &at) && !forward)
    i = self->matches->len - 1;
  else if (forward)
    i = copydesk_find_next (self->matches, at.field, at.index, at.start);
  else
    i = copydesk_find_previous (self->matches, at.field, at.index, at.start);
  self->current = i;
  if (i >= 0)
    select_in_field (self, match_at (self, i), focus);
  update_status (self);
}

void
copydesk_find_bar_next (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  go_to (self, TRUE, TRUE);
}

void
copydesk_find_bar_previous (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  go_to (self, FALSE, TRUE);
}

/* Enter in the search entry: the next match, the typing staying there. */
static void
on_activate (CopydeskFindBar *self)
{
  go_to (self, TRUE, FALSE);
}

static void
on_search_changed (CopydeskFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The entry reports a change a moment after it is set: nothing new. */
  if (g_strcmp0 (needle (self), text[0] != '\0' ? text : NULL) == 0)
    return;
  gtk_source_search_settings_set_search_text (self->settings, text[0] != '\0' ? text : NULL);
}

static void
on_settings_changed (CopydeskFindBar *self)
{
  refresh (self);
  if (self->matches->len > 0)
    go_to (self, TRUE, FALSE);
}

static void
on_stop_search (CopydeskFindBar *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

/* ------------------------------------------------------------ replacing */

/* What goes in for one match: in the body, escaped so that it stays text. */
static char *
replacement_for (CopydeskFindBar         *self,
                 const CopydeskFindMatch *match,
                 const char              *matched)
{
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));

  if (match->field != COPYDESK_FIELD_BODY)
    return g_strdup (replacement);
  return copydesk_find_replace_in_text (matched, needle (self), replacement, flags (self), TRUE,
                                        NULL);
}

/* Replaces matches @first to @last (one field's) in the widget that shows
 * them, last first, as one user action; or in the article. */
static guint
replace_range (CopydeskFindBar *self,
               guint            first,
               guint            last)
{
  CopydeskFindMatch *m = match_at (self, first);
  GtkWidget *widget = resolve (self, m->field, m->index);
  g_autofree char *text = field_text (self, m->field, m->index);
  GtkTextBuffer *buffer = GTK_IS_TEXT_VIEW (widget)
                          ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)) : NULL;

  if (buffer != NULL)
    gtk_text_buffer_begin_user_action (buffer);
  for (guint i = last + 1; i > first; i--)
    {
      CopydeskFindMatch *r = match_at (self, i - 1);
      char *from = g_utf8_offset_to_pointer (text, r->start);
      char *to = g_utf8_offset_to_pointer (text, r->end);
      g_autofree char *matched = g_strndup (from, to - from);
      g_autofree char *with = replacement_for (self, r, matched);

      if (buffer != NULL)
        {
          GtkTextIter start, end;

          gtk_text_buffer_get_iter_at_offset (buffer, &start, r->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, r->end);
          gtk_text_buffer_delete (buffer, &start, &end);
          gtk_text_buffer_insert (buffer, &start, with, -1);
        }
      else if (GTK_IS_EDITABLE (widget))
        {
          int position = r->start;

          gtk_editable_delete_text (GTK_EDITABLE (widget), r->start, r->end);
          gtk_editable_insert_text (GTK_EDITABLE (widget), with, -1, &position);
        }
      else
        {
          g_autoptr(GString) changed = g_string_new_len (text, from - text);
          g_autoptr(GPtrArray) edits =
            g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_find_edit_free);
          CopydeskFindEdit *edit = g_new0 (CopydeskFindEdit, 1);
          g_autoptr(GError) error = NULL;

          g_string_append (changed, with);
          g_string_append (changed, to);
          edit->field = r->field;
          edit->index = r->index;
          edit->text = g_strdup (changed->str);
          edit->n_replaced = 1;
          g_ptr_array_add (edits, edit);
          if (!copydesk_find_apply_edits (self->article, edits, &error))
            g_warning ("Could not replace: %s", error->message);
          g_free (text);
          text = g_strdup (changed->str);
        }
    }
  if (buffer != NULL)
    gtk_text_buffer_end_user_action (buffer);
  return last - first + 1;
}

/* Replaces the selected match and moves to the next one. */
gboolean
copydesk_find_bar_replace (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), FALSE);

  if (self->refresh_source != 0)
    refresh (self);
  if (self->current < 0 || selected_match (self) != self->current)
    {
      go_to (self, TRUE, FALSE);
      return FALSE;
    }
  self->applying = TRUE;
  replace_range (self, self->current, self->current);
  self->applying = FALSE;
  {
    CopydeskFindMatch at = *match_at (self, self->current);
    g_autofree char *with = replacement_for (self, &at, "");
    int i;

    refresh (self);
    /* on from the end of what was put in */
    i = copydesk_find_next (self->matches, at.field, at.index, at.start + g_utf8_strlen (with, -1));
    self->current = i;
    if (i >= 0)
      select_in_field (self, match_at (self, i), FALSE);
    update_status (self);
  }
  return TRUE;
}

/**
 * copydesk_find_bar_replace_all:
 *
 * Replaces every match, each field in one undo step.
 *
 * Returns: how many were replaced
 */
guint
copydesk_find_bar_replace_all (CopydeskFindBar *self)
{
  g_autofree char *message = NULL;
  guint n = 0;

  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), 0);

  /* what the entry holds now, even before its search delay is over */
  on_search_changed (self);
  refresh (self);
  if (self->matches->len == 0)
    return 0;
  self->applying = TRUE;
  for (guint first = 0, last; first < self->matches->len; first = last + 1)
    {
      CopydeskFindMatch *m = match_at (self, first);

      last = first;
      while (last + 1 < self->matches->len && match_at (self, last + 1)->field == m->field
             && match_at (self, last + 1)->index == m->index)
        last++;
      n += replace_range (self, first, last);
    }
  self->applying = FALSE;
  refresh (self);
  message = copydesk_find_describe_replaced (n);
  g_signal_emit (self, signals[REPLACED], 0, n, message);
  return n;
}

static void
on_replace_clicked (CopydeskFindBar *self)
{
  copydesk_find_bar_replace (self);
}

static void
on_replace_all_clicked (CopydeskFindBar *self)
{
  copydesk_find_bar_replace_all (self);
}

/* ------------------------------------------------------------ GObject */

static void
copydesk_find_bar_dispose (GObject *object)
{
  CopydeskFindBar *self = COPYDESK_FIND_BAR (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  stop_revealing (self);
  if (self->tagged != NULL)
    clear_highlights (self);
  g_clear_pointer (&self->tagged, g_ptr_array_unref);
  g_clear_object (&self->article_signals);
  g_clear_object (&self->buffer_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_FIND_BAR);
  g_clear_object (&self->settings);
  g_clear_object (&self->article);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (copydesk_find_bar_parent_class)->dispose (object);
}

static void
copydesk_find_bar_finalize (GObject *object)
{
  CopydeskFindBar *self = COPYDESK_FIND_BAR (object);

  g_array_unref (self->matches);
  G_OBJECT_CLASS (copydesk_find_bar_parent_class)->finalize (object);
}

static void
copydesk_find_bar_class_init (CopydeskFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_find_bar_dispose;
  object_class->finalize = copydesk_find_bar_finalize;

  /**
   * CopydeskFindBar::close:
   *
   * The user asked to put the find bar away (Escape or the close button).
   */
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CopydeskFindBar::replaced:
   * @n_replaced: how many matches Replace All replaced
   * @message: what to tell the user ("Replaced 4")
   */
  signals[REPLACED] = g_signal_new ("replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT,
                                    G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, grid);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, case_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, word_button);
  gtk_widget_class_bind_template_child (widget_class, CopydeskFindBar, replace_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_replace_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_replace_all_clicked);
  gtk_widget_class_bind_template_callback (widget_class, copydesk_find_bar_next);
  gtk_widget_class_bind_template_callback (widget_class, copydesk_find_bar_previous);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0, "close", NULL);
}

static void
copydesk_find_bar_init (CopydeskFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->matches = g_array_new (FALSE, FALSE, sizeof (CopydeskFindMatch));
  self->tagged = g_ptr_array_new_with_free_func (g_object_unref);
  self->current = -1;
  self->settings = gtk_source_search_settings_new ();
  g_object_bind_property (self->case_button, "active", self->settings, "case-sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->word_button, "active", self->settings, "at-word-boundaries",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->settings, "notify", G_CALLBACK (on_settings_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  self->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (self->article_signals, "changed",
                                  G_CALLBACK (on_text_changed), self);
  self->buffer_signals = g_signal_group_new (GTK_TYPE_TEXT_BUFFER);
  g_signal_group_connect_swapped (self->buffer_signals, "changed",
                                  G_CALLBACK (on_text_changed), self);
}

/* ------------------------------------------------------------ API */

void
copydesk_find_bar_set_view (CopydeskFindBar *self,
                            GtkSourceView   *view)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));
  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  g_set_weak_pointer (&self->view, view);
  g_signal_group_set_target (self->buffer_signals, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  refresh (self);
}

void
copydesk_find_bar_set_article (CopydeskFindBar *self,
                               CopydeskArticle *article)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  g_signal_group_set_target (self->article_signals, article);
  refresh (self);
}

void
copydesk_find_bar_set_resolve (CopydeskFindBar     *self,
                               CopydeskFindResolve  resolve_func,
                               gpointer             user_data)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  self->resolve = resolve_func;
  self->resolve_data = user_data;
}

/* The bar shows: matches are looked for and highlighted until it stops. */
void
copydesk_find_bar_start (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  self->active = TRUE;
  refresh (self);
}

/* The bar is put away: no highlight stays behind. */
void
copydesk_find_bar_stop (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  self->active = FALSE;
  refresh (self);
}

void
copydesk_find_bar_set_replace_mode (CopydeskFindBar *self,
                                    gboolean         replace_mode)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_toggle_button_set_active (self->replace_toggle, replace_mode);
}

gboolean
copydesk_find_bar_get_replace_mode (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), FALSE);

  return gtk_toggle_button_get_active (self->replace_toggle);
}

void
copydesk_find_bar_set_search_text (CopydeskFindBar *self,
                                   const char      *text)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

void
copydesk_find_bar_set_replace_text (CopydeskFindBar *self,
                                    const char      *text)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->replace_entry), text);
}

void
copydesk_find_bar_focus_entry (CopydeskFindBar *self)
{
  g_return_if_fail (COPYDESK_IS_FIND_BAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

int
copydesk_find_bar_get_occurrences (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), -1);

  if (self->refresh_source != 0)
    refresh (self);
  return self->matches->len;
}

/* The selected match: %FALSE when none is. */
gboolean
copydesk_find_bar_get_current (CopydeskFindBar   *self,
                               CopydeskFindMatch *match)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), FALSE);

  if (self->current < 0)
    return FALSE;
  *match = *match_at (self, self->current);
  return TRUE;
}

const char *
copydesk_find_bar_get_status (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), NULL);

  update_status (self);
  return gtk_label_get_text (self->status_label);
}

GtkSourceSearchSettings *
copydesk_find_bar_get_settings (CopydeskFindBar *self)
{
  g_return_val_if_fail (COPYDESK_IS_FIND_BAR (self), NULL);

  return self->settings;
}
