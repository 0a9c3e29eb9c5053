/* editorux-test.c: what the authors, find and paste tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "editorux-test.h"

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so, failing after ten seconds. */
void
editorux_wait_until (EditoruxCondition  done,
                     gpointer           data,
                     const char        *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (UI_TEST_WAIT_SECONDS, on_timeout, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  if (timed_out)
    g_error ("timed out waiting for %s", what);
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

void
editorux_run_for (guint ms)
{
  gboolean elapsed = FALSE;

  g_timeout_add (ms, on_timeout, &elapsed);
  editorux_wait_until (flag_set, &elapsed, "a short delay");
}

/* The widget with accessible name @label under @root; fails without one. */
GtkWidget *
editorux_field (GtkWidget  *root,
                const char *label)
{
  GtkWidget *widget = ui_test_find_labelled (root, label);

  if (widget == NULL)
    g_error ("no widget has the accessible name “%s”", label);
  return widget;
}

CopydeskWindow *
editorux_new_window (CopydeskApplication *app)
{
  CopydeskWindow *window = ui_test_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  editorux_run_for (50);
  return window;
}

void
editorux_destroy (CopydeskWindow *window)
{
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  editorux_run_for (20);
}

/* (transfer full): what a field shows. */
char *
editorux_text_of (GtkWidget *widget)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* What typing does: insert at the end of an entry, or at the cursor of a
 * text view as one user action. */
void
editorux_type_into (GtkWidget  *widget,
                    const char *text)
{
  if (GTK_IS_EDITABLE (widget))
    {
      int position;

      gtk_editable_set_position (GTK_EDITABLE (widget), -1);
      position = gtk_editable_get_position (GTK_EDITABLE (widget));
      gtk_editable_insert_text (GTK_EDITABLE (widget), text, -1, &position);
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
    }
}

void
editorux_set_body (CopydeskWindow *window,
                   const char     *text)
{
  GtkTextBuffer *buffer =
    gtk_text_view_get_buffer (GTK_TEXT_VIEW (_copydesk_window_get_body_view (window)));

  gtk_text_buffer_set_text (buffer, text, -1);
  copydesk_document_flush (copydesk_window_get_document (window));
}

/* (transfer full): the body's markup as typed. */
char *
editorux_body_markup (CopydeskWindow *window)
{
  return editorux_text_of (GTK_WIDGET (_copydesk_window_get_body_view (window)));
}
