/* copydesk-spell-helper.c: misspellings underlined in a text view as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit marks the lines it touched with an invisible "dirty" tag; 200 ms
 * after the last edit the dirty stretches are checked, a short one (a
 * paragraph being typed) at once, a long one (a body just opened) on a
 * worker thread in chunks of whole lines, each on a copy of its text. A
 * chunk's result is applied only if the buffer did not change while it was
 * checked; otherwise its lines are still dirty and are checked again. The
 * right-click menu (the view's extra menu) offers the word's suggestions,
 * "Add to Dictionary" and "Ignore", as actions in the view's "spell" group.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-spell-helper.h"

#define DEBOUNCE_MS      200
#define SYNC_MAX_CHARS   4000
#define CHUNK_CHARS      65536
#define MAX_SUGGESTIONS  6

struct _CopydeskSpellHelper
{
  GObject               parent_instance;

  GtkTextView          *view;      /* weak */
  GtkTextBuffer        *buffer;
  CopydeskSpellChecker *checker;
  GtkTextTag           *error_tag;
  GtkTextTag           *dirty_tag;
  GMenu                *menu;
  GSimpleActionGroup   *actions;
  GtkTextMark          *word_start;
  GtkTextMark          *word_end;
  guint64               generation;
  guint                 timeout_id;
  GCancellable         *cancellable;
  gboolean              running;
};

G_DEFINE_FINAL_TYPE (CopydeskSpellHelper, copydesk_spell_helper, G_TYPE_OBJECT)

enum {
  WORD_LEARNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule (CopydeskSpellHelper *self);
static void carry_on (CopydeskSpellHelper *self);

/* Marking what changed */

static void
mark_lines (CopydeskSpellHelper *self,
            const GtkTextIter   *from,
            const GtkTextIter   *to)
{
  GtkTextIter start = *from, end = *to;

  gtk_text_iter_set_line_offset (&start, 0);
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_apply_tag (self->buffer, self->dirty_tag, &start, &end);
  schedule (self);
}

static void
on_insert_text (CopydeskSpellHelper *self,
                GtkTextIter         *location,
                const char          *text,
                int                  length)
{
  GtkTextIter start = *location;

  self->generation++;
  if (self->checker == NULL)
    return;
  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, length));
  mark_lines (self, &start, location);
}

static void
on_delete_range (CopydeskSpellHelper *self,
                 GtkTextIter         *start,
                 GtkTextIter         *end)
{
  self->generation++;
  if (self->checker != NULL)
    mark_lines (self, start, end);
}

static void
mark_all (CopydeskSpellHelper *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->error_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->dirty_tag, &start, &end);
  if (self->checker != NULL)
    mark_lines (self, &start, &end);
}

/* Checking */

typedef struct
{
  CopydeskSpellHelper *self;
  int                  start;
  int                  end;
  guint64              generation;
} Chunk;

static gboolean
next_chunk (CopydeskSpellHelper *self,
            GtkTextIter         *start,
            GtkTextIter         *end)
{
  gtk_text_buffer_get_start_iter (self->buffer, start);
  if (!gtk_text_iter_has_tag (start, self->dirty_tag)
      && !gtk_text_iter_forward_to_tag_toggle (start, self->dirty_tag))
    return FALSE;
  *end = *start;
  gtk_text_iter_forward_to_tag_toggle (end, self->dirty_tag);
  if (gtk_text_iter_get_offset (end) - gtk_text_iter_get_offset (start) > CHUNK_CHARS)
    {
      *end = *start;
      gtk_text_iter_forward_chars (end, CHUNK_CHARS);
      if (!gtk_text_iter_ends_line (end))
        gtk_text_iter_forward_to_line_end (end);
    }
  return TRUE;
}

static void
apply (CopydeskSpellHelper *self,
       int                  offset,
       int                  end_offset,
       GArray              *wrong)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, offset);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, end_offset);
  gtk_text_buffer_remove_tag (self->buffer, self->error_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->dirty_tag, &start, &end);
  for (guint i = 0; i < wrong->len; i++)
    {
      const CopydeskSpellRange *r = &g_array_index (wrong, CopydeskSpellRange, i);
      GtkTextIter ws, we;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &ws, offset + (int) r->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &we, offset + (int) r->end);
      gtk_text_buffer_apply_tag (self->buffer, self->error_tag, &ws, &we);
    }
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CopydeskSpellChecker *checker = source;
  const char *text = task_data;
  gint64 t = g_get_monotonic_time ();
  GArray *wrong = copydesk_spell_checker_check_text (checker, text, -1);

  g_debug ("Spelling: a chunk checked in %.1f ms", (g_get_monotonic_time () - t) / 1000.0);
  g_task_return_pointer (task, wrong, (GDestroyNotify) g_array_unref);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autofree Chunk *chunk = user_data;
  g_autoptr (GArray) wrong = g_task_propagate_pointer (G_TASK (result), NULL);
  CopydeskSpellHelper *self = chunk->self;

  if (wrong == NULL || self->buffer == NULL)   /* cancelled, or disposed meanwhile */
    {
      g_object_unref (self);
      return;
    }
  self->running = FALSE;
  if (chunk->generation == self->generation
      && source == (GObject *) self->checker)
    {
      gint64 t = g_get_monotonic_time ();

      apply (self, chunk->start, chunk->end, wrong);
      g_debug ("Spelling: %d–%d applied in %.1f ms", chunk->start, chunk->end,
               (g_get_monotonic_time () - t) / 1000.0);
      carry_on (self);
    }
  else
    {
      g_debug ("Spelling: %d–%d changed while checked, again", chunk->start, chunk->end);
      schedule (self);
    }
  g_object_unref (self);
}

static gboolean
check_some (gpointer user_data)
{
  CopydeskSpellHelper *self = user_data;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  self->timeout_id = 0;
  if (self->running || self->checker == NULL || !next_chunk (self, &start, &end))
    return G_SOURCE_REMOVE;
  text = gtk_text_iter_get_slice (&start, &end);
  if (gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&start) <= SYNC_MAX_CHARS)
    {
      g_autoptr (GArray) wrong = copydesk_spell_checker_check_text (self->checker, text, -1);

      apply (self, gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end), wrong);
      carry_on (self);
    }
  else
    {
      Chunk *chunk = g_new0 (Chunk, 1);
      g_autoptr (GTask) task = g_task_new (self->checker, self->cancellable, on_checked, chunk);

      chunk->self = g_object_ref (self);
      chunk->start = gtk_text_iter_get_offset (&start);
      chunk->end = gtk_text_iter_get_offset (&end);
      chunk->generation = self->generation;
      g_task_set_return_on_cancel (task, TRUE);
      g_task_set_task_data (task, g_steal_pointer (&text), g_free);
      self->running = TRUE;
      g_debug ("Spelling: %d–%d on a worker", chunk->start, chunk->end);
      g_task_run_in_thread (task, check_thread);
    }
  return G_SOURCE_REMOVE;
}

static void
schedule (CopydeskSpellHelper *self)
{
  if (self->running || self->checker == NULL)
    return;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (DEBOUNCE_MS, check_some, self);
}

/* The next chunk at once, unless an edit asks for the pause again. */
static void
carry_on (CopydeskSpellHelper *self)
{
  if (self->timeout_id != 0 || self->checker == NULL)
    return;
  /* Before the text view lays out the lines the last chunk re-tagged:
   * otherwise each chunk waits for a relayout of the whole text. */
  self->timeout_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, check_some, self, NULL);
}

/* The context menu */

static gboolean
word_at (CopydeskSpellHelper *self,
         const GtkTextIter   *iter,
         GtkTextIter         *start,
         GtkTextIter         *end)
{
  if (!gtk_text_iter_has_tag (iter, self->error_tag))
    return FALSE;
  *start = *end = *iter;
  if (!gtk_text_iter_starts_tag (start, self->error_tag))
    gtk_text_iter_backward_to_tag_toggle (start, self->error_tag);
  gtk_text_iter_forward_to_tag_toggle (end, self->error_tag);
  return TRUE;
}

static char *
dup_menu_word (CopydeskSpellHelper *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);
  if (gtk_text_iter_equal (&start, &end))
    return NULL;
  return gtk_text_iter_get_slice (&start, &end);
}

static void
fill_menu (CopydeskSpellHelper *self,
           const char          *word)
{
  g_autoptr (GMenu) suggestions = g_menu_new ();
  g_autoptr (GMenu) learn = g_menu_new ();
  g_auto (GStrv) words = copydesk_spell_checker_suggest (self->checker, word, -1);

  for (guint i = 0; words != NULL && words[i] != NULL && i < MAX_SUGGESTIONS; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (words[i], NULL);

      g_menu_item_set_action_and_target (item, "spell.replace", "s", words[i]);
      g_menu_append_item (suggestions, item);
    }
  if (words == NULL || words[0] == NULL)
    g_menu_append (suggestions, _("No Suggestions"), "spell.none");
  g_menu_append (learn, _("Add to Dictionary"), "spell.add");
  g_menu_append (learn, _("Ignore"), "spell.ignore");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (suggestions));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (learn));
}

/**
 * copydesk_spell_helper_popup_at:
 * @iter: where the user right-clicked
 *
 * Fills the menu for the misspelled word at @iter, or empties it when there
 * is none (what a right-click does before the view shows its menu).
 */
void
copydesk_spell_helper_popup_at (CopydeskSpellHelper *self,
                                const GtkTextIter   *iter)
{
  GtkTextIter start, end;
  g_autofree char *word = NULL;

  g_return_if_fail (COPYDESK_IS_SPELL_HELPER (self));

  g_menu_remove_all (self->menu);
  if (self->checker == NULL || !word_at (self, iter, &start, &end))
    {
      gtk_text_buffer_move_mark (self->buffer, self->word_start, iter);
      gtk_text_buffer_move_mark (self->buffer, self->word_end, iter);
      return;
    }
  gtk_text_buffer_move_mark (self->buffer, self->word_start, &start);
  gtk_text_buffer_move_mark (self->buffer, self->word_end, &end);
  word = gtk_text_iter_get_slice (&start, &end);
  fill_menu (self, word);
}

static void
on_right_click (GtkGestureClick     *gesture,
                int                  n_press,
                double               x,
                double               y,
                CopydeskSpellHelper *self)
{
  GtkTextIter iter;
  int bx, by;

  if (self->view == NULL)
    return;
  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &bx, &by);
  gtk_text_view_get_iter_at_location (self->view, &iter, bx, by);
  copydesk_spell_helper_popup_at (self, &iter);
}

static void
replace_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CopydeskSpellHelper *self = user_data;
  GtkTextIter start, end;
  const char *text = g_variant_get_string (parameter, NULL);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->word_end);
  if (gtk_text_iter_equal (&start, &end))
    return;
  /* One undo step for the whole replacement. */
  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_insert (self->buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (self->buffer);
}

static void
learn (CopydeskSpellHelper *self,
       gboolean             add)
{
  g_autofree char *word = dup_menu_word (self);

  if (word == NULL || self->checker == NULL)
    return;
  if (add)
    copydesk_spell_checker_add_word (self->checker, word, -1);
  else
    copydesk_spell_checker_ignore_word (self->checker, word, -1);
  copydesk_spell_helper_forget_word (self, word);
  g_signal_emit (self, signals[WORD_LEARNED], 0, word);
}

static void
add_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  learn (user_data, TRUE);
}

static void
ignore_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  learn (user_data, FALSE);
}

/**
 * copydesk_spell_helper_forget_word:
 * @word: a word the checker now accepts
 *
 * Takes the underline off every occurrence of @word.
 */
void
copydesk_spell_helper_forget_word (CopydeskSpellHelper *self,
                                   const char          *word)
{
  GtkTextIter iter, end;

  g_return_if_fail (COPYDESK_IS_SPELL_HELPER (self));

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  while (gtk_text_iter_starts_tag (&iter, self->error_tag)
         || gtk_text_iter_forward_to_tag_toggle (&iter, self->error_tag))
    {
      g_autofree char *text = NULL;

      end = iter;
      gtk_text_iter_forward_to_tag_toggle (&end, self->error_tag);
      text = gtk_text_iter_get_slice (&iter, &end);
      if (g_strcmp0 (text, word) == 0)
        gtk_text_buffer_remove_tag (self->buffer, self->error_tag, &iter, &end);
      iter = end;
      if (gtk_text_iter_is_end (&iter))
        break;
    }
}

/* GObject */

static void
copydesk_spell_helper_dispose (GObject *object)
{
  CopydeskSpellHelper *self = COPYDESK_SPELL_HELPER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->buffer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      gtk_text_buffer_delete_mark (self->buffer, self->word_start);
      gtk_text_buffer_delete_mark (self->buffer, self->word_end);
    }
  if (self->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
  self->view = NULL;
  g_clear_object (&self->buffer);
  g_clear_object (&self->checker);
  g_clear_object (&self->menu);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (copydesk_spell_helper_parent_class)->dispose (object);
}

static void
copydesk_spell_helper_class_init (CopydeskSpellHelperClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = copydesk_spell_helper_dispose;

  /**
   * CopydeskSpellHelper::word-learned:
   * @word: a word added to the dictionary or ignored
   *
   * So that the other fields checked with the same checker forget it too.
   */
  signals[WORD_LEARNED] = g_signal_new ("word-learned", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
copydesk_spell_helper_init (CopydeskSpellHelper *self)
{
  static const GActionEntry entries[] = {
    { "replace", replace_action, "s", NULL, NULL, { 0 } },
    { "add", add_action, NULL, NULL, NULL, { 0 } },
    { "ignore", ignore_action, NULL, NULL, NULL, { 0 } },
  };

  self->cancellable = g_cancellable_new ();
  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
}

static void
attach (CopydeskSpellHelper *self,
        GtkTextView         *view)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkTextIter start;

  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  /* The buffer is the view's for good: the document keeps its buffer. */
  self->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  self->error_tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                "underline", PANGO_UNDERLINE_ERROR, NULL);
  self->dirty_tag = gtk_text_buffer_create_tag (self->buffer, NULL, NULL);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->word_start = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  self->word_end = gtk_text_buffer_create_mark (self->buffer, NULL, &start, FALSE);
  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (on_insert_text), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->buffer, "delete-range", G_CALLBACK (on_delete_range), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_right_click), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));
  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (self->menu));
  gtk_widget_insert_action_group (GTK_WIDGET (view), "spell", G_ACTION_GROUP (self->actions));
}

/**
 * copydesk_spell_helper_new:
 * @view: the text view to underline in; its buffer must stay its buffer
 *
 * Returns: (transfer full): a helper, checking nothing until given a checker
 */
CopydeskSpellHelper *
copydesk_spell_helper_new (GtkTextView *view)
{
  CopydeskSpellHelper *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (COPYDESK_TYPE_SPELL_HELPER, NULL);
  attach (self, view);
  return self;
}

CopydeskSpellChecker *
copydesk_spell_helper_get_checker (CopydeskSpellHelper *self)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_HELPER (self), NULL);

  return self->checker;
}

/**
 * copydesk_spell_helper_set_checker:
 * @checker: (nullable): the language to check in; %NULL takes every
 *   underline away (no dictionary)
 */
void
copydesk_spell_helper_set_checker (CopydeskSpellHelper  *self,
                                   CopydeskSpellChecker *checker)
{
  g_return_if_fail (COPYDESK_IS_SPELL_HELPER (self));

  if (self->checker == checker)
    return;
  g_set_object (&self->checker, checker);
  /* A chunk on its way belongs to the old checker: on_checked drops it. */
  self->running = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  mark_all (self);
}

/* Whether some text is still to be checked (tests and benchmarks wait). */
gboolean
copydesk_spell_helper_get_pending (CopydeskSpellHelper *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (COPYDESK_IS_SPELL_HELPER (self), FALSE);

  return self->checker != NULL && (self->running || next_chunk (self, &start, &end));
}

/* How many words are underlined. */
guint
copydesk_spell_helper_count_marked (CopydeskSpellHelper *self)
{
  GtkTextIter iter;
  guint n = 0;

  g_return_val_if_fail (COPYDESK_IS_SPELL_HELPER (self), 0);

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, self->error_tag))
    n++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, self->error_tag))
    if (gtk_text_iter_starts_tag (&iter, self->error_tag))
      n++;
  return n;
}

gboolean
copydesk_spell_helper_is_marked (CopydeskSpellHelper *self,
                                 const GtkTextIter   *iter)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_HELPER (self), FALSE);

  return gtk_text_iter_has_tag (iter, self->error_tag);
}

GMenuModel *
copydesk_spell_helper_get_menu (CopydeskSpellHelper *self)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_HELPER (self), NULL);

  return G_MENU_MODEL (self->menu);
}
