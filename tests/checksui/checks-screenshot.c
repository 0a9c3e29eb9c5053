/* checks-screenshot.c: the window on a flawed article, for the screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/checks-screenshots runs it under Xvfb. It opens the
 * editor window (WIDTHxHEIGHT, details shown) on an original, flawed story
 * in en-GB, waits for the checks and the underlines, prints the window
 * coordinates of the misspelled word "harbuor" in the standfirst as "WORD X Y" and then keeps
 * running until killed, so that a script can right-click it with xdotool
 * and take the screen. With a second argument "export", it then starts
 * Export for Wire, whose dialog names the story's errors.
 */
#include "config.h"

#include <stdio.h>

#include "copydesk-checks-view.h"
#include "copydesk-window-private.h"
#include "ui-test-util.h"

static const char *body_markup =
  "The council said the flood barrier would be \"ready by May\", but engineers  found "
  "cracked welds on the southern gate, and the harbuor master says TK.\n\n"
  "## What happens next.\n\n"
  "Traders on the quay face another winter of sandbags. The gate goes to a dry dock "
  "in January for repairs that the council has not yet costed.\n";

static void
wait_idle (CopydeskChecksView *view)
{
  CopydeskSpellHelper *helper = copydesk_checks_view_get_body_helper (view);

  while (copydesk_checks_view_get_pending (view)
         || (helper != NULL && copydesk_spell_helper_get_pending (helper)))
    g_main_context_iteration (NULL, TRUE);
}

static void
print_word (CopydeskWindow *window,
            GtkTextView    *view,
            const char     *word)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match, end;
  GdkRectangle rect;
  graphene_point_t in_view, in_window;
  int x, y;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, word, 0, &match, &end, NULL))
    return;
  gtk_text_iter_forward_chars (&match, 2);
  gtk_text_view_get_iter_location (view, &match, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  in_view = GRAPHENE_POINT_INIT (x, y + rect.height / 2.f);
  if (!gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window), &in_view, &in_window))
    return;
  printf ("WORD %d %d\n", (int) in_window.x, (int) in_window.y);
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (CopydeskArticle) article = copydesk_article_new ();
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (body_markup, -1, NULL);
  CopydeskApplication *app;
  CopydeskWindow *window;
  CopydeskEditor *editor;
  int width = 1280, height = 800;

  if (argc > 1)
    sscanf (argv[1], "%dx%d", &width, &height);
  gtk_init ();
  app = ui_test_app_new ();
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "show-details", TRUE);
  g_settings_set_boolean (settings, "show-preview", FALSE);
  copydesk_article_set_headline (article,
                                 "Harbour gate fails \"load tests\" for the second time");
  copydesk_article_set_standfirst (article,
                                   "Engineers found cracked welds  on the harbuor’s south gate.");
  copydesk_article_set_dateline (article, "PORTHAVEN, Oct. 13 —");
  copydesk_article_set_language (article, "en-GB");
  copydesk_article_set_body (article, body);
  window = ui_test_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  copydesk_document_set_article (copydesk_window_get_document (window), article);
  editor = COPYDESK_EDITOR (gtk_widget_get_ancestor (
    GTK_WIDGET (ui_test_body_view (window)), COPYDESK_TYPE_EDITOR));
  wait_idle (copydesk_checks_view_get_for_editor (editor));
  /* the standfirst's, high enough for the whole menu to fit below it */
  print_word (window, GTK_TEXT_VIEW (copydesk_editor_get_field_widget (
                editor, COPYDESK_CHECK_FIELD_STANDFIRST)), "harbuor");
  if (argc > 2 && g_str_equal (argv[2], "export"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.export-wire", NULL);
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
