/* test-paste.c: what a browser copied keeps its form in the body; a
 * single-line field takes pasted lines as one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "editorux-test.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

/* The clipboard as a browser leaves it: HTML, and the same as plain text. */
static void
copy_html (GtkWidget  *widget,
           const char *html,
           const char *plain)
{
  g_autoptr(GBytes) html_bytes = g_bytes_new (html, strlen (html));
  g_autoptr(GBytes) plain_bytes = g_bytes_new (plain, strlen (plain));
  GdkContentProvider *providers[] = {
    gdk_content_provider_new_for_bytes ("text/html", html_bytes),
    gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", plain_bytes),
  };
  g_autoptr(GdkContentProvider) union_provider = gdk_content_provider_new_union (providers, 2);

  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), union_provider);
}

static gboolean
body_contains_list (gpointer data)
{
  g_autofree char *markup = editorux_body_markup (data);

  return strstr (markup, "- ") != NULL;
}

static void
test_html_into_body (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  GtkWidget *body = editorux_field (GTK_WIDGET (window), "Body");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  g_autofree char *markup = NULL;
  GtkTextIter end;

  editorux_set_body (window, "The council met on Tuesday.");
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (body);
  copy_html (body,
             "<meta charset=\"utf-8\"><h2>What was agreed</h2>"
             "<p>The harbour fee goes up by <em>two</em> pounds, "
             "<strong>from April</strong>, as the <a href=\"https://example.org/minutes\">"
             "minutes</a> say.</p>"
             "<ul><li>Moorings</li><li>Slipway</li></ul>"
             "<blockquote><p>It had to be done.</p></blockquote>",
             "What was agreed\nThe harbour fee goes up by two pounds, from April, as the "
             "minutes say.\nMoorings\nSlipway\nIt had to be done.");
  gtk_widget_activate_action (body, "clipboard.paste", NULL);
  editorux_wait_until (body_contains_list, window, "the pasted list");
  markup = editorux_body_markup (window);
  g_test_message ("pasted: %s", markup);
  g_assert_nonnull (strstr (markup, "The council met on Tuesday.\n\n## What was agreed\n\n"));
  g_assert_nonnull (strstr (markup, "*two*"));
  g_assert_nonnull (strstr (markup, "**from April**"));
  g_assert_nonnull (strstr (markup, "[minutes](https://example.org/minutes)"));
  /* two items, never merged into one */
  g_assert_nonnull (strstr (markup, "- Moorings\n- Slipway\n"));
  g_assert_nonnull (strstr (markup, "> It had to be done."));
  /* and it is one undo step */
  gtk_text_buffer_undo (buffer);
  g_clear_pointer (&markup, g_free);
  markup = editorux_body_markup (window);
  g_assert_cmpstr (markup, ==, "The council met on Tuesday.");
  editorux_destroy (window);
}

static gboolean
body_changed (gpointer data)
{
  g_autofree char *markup = editorux_body_markup (data);

  return strstr (markup, "plain") != NULL;
}

/* Plain text stays plain text. */
static void
test_plain_into_body (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  GtkWidget *body = editorux_field (GTK_WIDGET (window), "Body");
  g_autofree char *markup = NULL;

  gtk_widget_grab_focus (body);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (body), "Just plain words.");
  gtk_widget_activate_action (body, "clipboard.paste", NULL);
  editorux_wait_until (body_changed, window, "the pasted text");
  markup = editorux_body_markup (window);
  g_assert_cmpstr (markup, ==, "Just plain words.");
  editorux_destroy (window);
}

static gboolean
field_not_empty (gpointer data)
{
  g_autofree char *text = editorux_text_of (data);

  return *text != '\0';
}

/* Lines pasted into a field of one line are joined with single spaces. */
static void
test_lines_into_single_line (void)
{
  const char *fields[] = { "Headline", "Byline", "Dateline" };
  CopydeskWindow *window = editorux_new_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *field = editorux_field (GTK_WIDGET (window), fields[i]);
      g_autofree char *text = NULL;

      gtk_widget_grab_focus (field);
      gdk_clipboard_set_text (gtk_widget_get_clipboard (field),
                              "Harbour fee \n  rises\r\nfrom April\n");
      /* an entry's text is its delegate's */
      gtk_widget_activate_action (GTK_IS_EDITABLE (field)
                                  ? GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (field)))
                                  : field,
                                  "clipboard.paste", NULL);
      editorux_wait_until (field_not_empty, field, "the pasted line");
      text = editorux_text_of (field);
      g_assert_cmpstr (text, ==, "Harbour fee rises from April");
    }
  editorux_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  app = ui_test_app_new ();
  g_test_add_func ("/paste/html-into-body", test_html_into_body);
  g_test_add_func ("/paste/plain-into-body", test_plain_into_body);
  g_test_add_func ("/paste/lines-into-single-line", test_lines_into_single_line);
  status = g_test_run ();
  ui_test_app_free (app);
  return status;
}
