/* copydesk-single-line.c: fields of one line, whatever is pasted into them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A headline, a byline or a dateline is one line. Text pasted into one with
 * line breaks in it ("Port strike\n  ends after a week") reads as typed on
 * one line: each break, with the spaces and tabs either side of it, becomes
 * one space, and breaks at either end of the text go. Attach it to a
 * GtkTextView (its buffer) or to a GtkEditable (its delegate).
 */
#include "config.h"

#include <string.h>

#include "copydesk-single-line.h"

static gboolean
is_break (char c)
{
  return c == '\n' || c == '\r';
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/**
 * copydesk_single_line_flatten:
 * @length: of @text in bytes, or -1 when it ends in a NUL
 *
 * Returns: (transfer full): @text on one line, no double space made
 */
char *
copydesk_single_line_flatten (const char *text,
                              gssize      length)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  GString *out = g_string_sized_new (len);
  gsize i = 0;

  while (i < len)
    {
      gsize run = i;
      gboolean has_break = FALSE;

      while (run < len && (is_blank (text[run]) || is_break (text[run])))
        has_break |= is_break (text[run++]);
      if (run == i)
        {
          g_string_append_c (out, text[i++]);
          continue;
        }
      if (!has_break)
        g_string_append_len (out, text + i, run - i);
      else if (i > 0 && run < len)
        g_string_append_c (out, ' ');
      i = run;
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_break (const char *text,
           int         length)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;

  return memchr (text, '\n', len) != NULL || memchr (text, '\r', len) != NULL;
}

static void
on_buffer_insert (GtkTextBuffer *buffer,
                  GtkTextIter   *location,
                  const char    *text,
                  int            length,
                  gpointer       user_data)
{
  g_autofree char *flat = NULL;

  if (!has_break (text, length))
    return;
  g_signal_stop_emission_by_name (buffer, "insert-text");
  flat = copydesk_single_line_flatten (text, length);
  g_signal_handlers_block_by_func (buffer, on_buffer_insert, user_data);
  gtk_text_buffer_insert (buffer, location, flat, -1);
  g_signal_handlers_unblock_by_func (buffer, on_buffer_insert, user_data);
}

static void
on_editable_insert (GtkEditable *editable,
                    const char  *text,
                    int          length,
                    int         *position,
                    gpointer     user_data)
{
  g_autofree char *flat = NULL;

  if (!has_break (text, length))
    return;
  g_signal_stop_emission_by_name (editable, "insert-text");
  flat = copydesk_single_line_flatten (text, length);
  g_signal_handlers_block_by_func (editable, on_editable_insert, user_data);
  gtk_editable_insert_text (editable, flat, -1, position);
  g_signal_handlers_unblock_by_func (editable, on_editable_insert, user_data);
}

/**
 * copydesk_single_line_attach:
 * @field: a #GtkTextView or a #GtkEditable
 *
 * Makes whatever is inserted into @field one line.
 */
void
copydesk_single_line_attach (GtkWidget *field)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (field) || GTK_IS_EDITABLE (field));

  if (GTK_IS_TEXT_VIEW (field))
    {
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), "insert-text",
                        G_CALLBACK (on_buffer_insert), NULL);
      return;
    }
  {
    GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (field));

    g_signal_connect (delegate != NULL ? delegate : GTK_EDITABLE (field), "insert-text",
                      G_CALLBACK (on_editable_insert), NULL);
  }
}
