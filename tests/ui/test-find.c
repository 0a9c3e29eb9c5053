/* test-find.c: find and replace across every text field of the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Driven through the widgets a person uses, found by their accessible
 * names: the find entry, the match count, the fields the matches are in.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "copydesk-find-bar.h"
#include "editorux-test.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

static CopydeskFindBar *
find_bar (CopydeskWindow *window)
{
  GtkWidget *entry = editorux_field (GTK_WIDGET (window), "Find");
  GtkWidget *bar = gtk_widget_get_ancestor (entry, COPYDESK_TYPE_FIND_BAR);

  g_assert_nonnull (bar);
  return COPYDESK_FIND_BAR (bar);
}

static gboolean
searched (gpointer data)
{
  return *copydesk_find_bar_get_status (data) != '\0';
}

/* Types @text into the find entry, as a person does, and waits for the
 * search the entry starts a moment later. */
static void
search_for (CopydeskWindow *window,
            const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editorux_field (GTK_WIDGET (window), "Find")), text);
  editorux_wait_until (searched, find_bar (window), "the search");
}

static const char *
status (CopydeskWindow *window)
{
  editorux_run_for (20);
  return copydesk_find_bar_get_status (find_bar (window));
}

/* A story with "gate" in every kind of field. */
static CopydeskWindow *
gate_story (int width,
            int height)
{
  CopydeskWindow *window = editorux_new_window (app);
  CopydeskArticle *article = ui_test_article (window);
  g_autoptr(CopydeskAuthor) author = copydesk_author_new ("Ann Poe");
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new ("gate-dawn");

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  copydesk_author_set_bio (author, "Ann Poe has watched the gate for years.");
  copydesk_article_add_author (article, author);
  copydesk_article_set_headline (article, "Tide gate opens");
  copydesk_article_set_standfirst (article, "The new gate held back the spring tide.");
  editorux_set_body (window, "The gate failed at noon.\n\nA *gate* again, said the keeper.\n");
  copydesk_photo_set_caption (photo, "The gate at dawn");
  copydesk_photo_set_credit (photo, "Gate Photos");
  copydesk_photo_set_alt_text (photo, "A steel gate across the river");
  copydesk_article_add_photo (article, photo);
  copydesk_article_set_contributor_note (article, "Gate figures from the harbour office.");
  copydesk_article_set_creditline (article, "Tide Gate Press");
  copydesk_article_set_editorial_note (article, "Check the gate name.");
  editorux_run_for (50);
  return window;
}

/* The story's Credit in the details panel: an entry (a photo's Credit is
 * a row of its card). */
static GtkWidget *
credit_line_entry (GtkWidget *root)
{
  if (GTK_IS_ENTRY (root) && ui_test_find_labelled (root, "Credit") == root)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = credit_line_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
story_field (CopydeskWindow *window,
             const char     *field_name)
{
  GtkWidget *field = g_str_equal (field_name, "Credit") ? credit_line_entry (GTK_WIDGET (window))
                                                       : editorux_field (GTK_WIDGET (window),
                                                                         field_name);

  g_assert_nonnull (field);
  return field;
}

static void
assert_selected (CopydeskWindow *window,
                 const char     *field_name,
                 const char     *selected)
{
  GtkWidget *field = story_field (window, field_name);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autofree char *text = NULL;

  /* a field on screen gets the focus; one in a closed panel only the selection */
  if (gtk_widget_get_mapped (field) && focus != field && !gtk_widget_is_ancestor (focus, field))
    g_error ("the focus is in a %s, not in “%s”",
             focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing", field_name);
  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextIter start, end;

      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));

      g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
      text = gtk_text_iter_get_text (&start, &end);
    }
  else
    {
      int start, end;

      g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (field), &start, &end));
      text = gtk_editable_get_chars (GTK_EDITABLE (field), start, end);
    }
  g_assert_cmpstr (text, ==, selected);
}

static void
test_every_field (void)
{
  CopydeskWindow *window = gate_story (1280, 800);
  CopydeskFindBar *bar = find_bar (window);
  const struct { const char *field; const char *text; } order[] = {
    { "Headline", "gate" }, { "Standfirst", "gate" }, { "Author bio", "gate" },
    { "Body", "gate" }, { "Body", "gate" }, { "Contributor note", "Gate" },
    { "Credit", "Gate" }, { "Editorial note", "gate" },
  };
  g_autofree char *expected = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  search_for (window, "gate");
  /* headline, standfirst, bio, body twice, caption, credit, alt text, the
   * contributor's note, the story's credit line, the editorial note */
  g_assert_cmpstr (status (window), ==, "1 of 11");
  /* the highlights are in the fields themselves */
  g_assert_true (editorux_has_match_tag (editorux_field (GTK_WIDGET (window), "Headline")));
  g_assert_true (editorux_has_match_tag (editorux_field (GTK_WIDGET (window), "Body")));
  g_assert_true (editorux_has_match_tag (editorux_field (GTK_WIDGET (window), "Contributor note")));

  /* next goes field to field, with the focus and the selection */
  copydesk_find_bar_previous (bar);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint number = i + 1 + (i >= 5 ? 3 : 0);

      copydesk_find_bar_next (bar);
      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("%u of 11", number);
      g_assert_cmpstr (status (window), ==, expected);
      if (i == 4)
        {
          /* the photo's three fields come after the body */
          copydesk_find_bar_next (bar);
          copydesk_find_bar_next (bar);
          copydesk_find_bar_next (bar);
          g_assert_cmpstr (status (window), ==, "8 of 11");
          continue;
        }
      assert_selected (window, order[i].field, order[i].text);
    }
  /* round to the first, and back */
  copydesk_find_bar_next (bar);
  g_assert_cmpstr (status (window), ==, "1 of 11");
  assert_selected (window, "Headline", "gate");
  copydesk_find_bar_previous (bar);
  g_assert_cmpstr (status (window), ==, "11 of 11");
  assert_selected (window, "Editorial note", "gate");
  editorux_destroy (window);
}

/* Esc, from the body, closes the bar (through the editor's shortcut, as the
 * key press bubbles up from the body) and leaves no highlight behind. */
static void
press_escape_in (GtkWidget *field)
{
  for (GtkWidget *w = field; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut =
                g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger)
                  && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape
                  && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0
                  && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, w,
                                                   gtk_shortcut_get_arguments (shortcut)))
                return;
            }
        }
    }
  g_error ("nothing around the field handles Escape");
}

static void
test_escape_clears (void)
{
  CopydeskWindow *window = gate_story (1280, 800);
  GtkWidget *body = editorux_field (GTK_WIDGET (window), "Body");
  GtkWidget *revealer;

  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  search_for (window, "gate");
  g_assert_true (editorux_has_match_tag (body));
  gtk_widget_grab_focus (body);
  press_escape_in (body);
  editorux_run_for (50);
  revealer = gtk_widget_get_ancestor (editorux_field (GTK_WIDGET (window), "Find"),
                                      GTK_TYPE_REVEALER);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (editorux_has_match_tag (body));
  g_assert_false (editorux_has_match_tag (editorux_field (GTK_WIDGET (window), "Headline")));
  g_assert_false (editorux_has_match_tag (editorux_field (GTK_WIDGET (window), "Author bio")));
  editorux_destroy (window);
}

static void
on_replaced (CopydeskFindBar *bar,
             guint            n_replaced,
             const char      *message,
             char           **told)
{
  g_free (*told);
  *told = g_strdup (message);
}

static void
test_replace_all (void)
{
  CopydeskWindow *window = gate_story (1280, 800);
  CopydeskArticle *article = ui_test_article (window);
  GtkTextBuffer *body =
    gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_body_view (window)));
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  GtkWidget *credit = story_field (window, "Credit");
  g_autofree char *markup = NULL;
  g_autofree char *told = NULL;

  g_signal_connect (find_bar (window), "replaced", G_CALLBACK (on_replaced), &told);
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.replace", NULL);
  search_for (window, "gate");
  gtk_editable_set_text (GTK_EDITABLE (editorux_field (GTK_WIDGET (window), "Replace with")),
                         "barrier");
  editorux_run_for (50);
  g_signal_emit_by_name (editorux_field (GTK_WIDGET (window), "Replace all"), "clicked");
  editorux_run_for (50);
  /* what the toast says (the editor puts it in the window's toast overlay;
   * toasts queue, so it need not show at once) */
  g_assert_cmpstr (told, ==, "Replaced 11 matches");
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (find_bar (window)),
                                             ADW_TYPE_TOAST_OVERLAY));
  g_assert_cmpstr (status (window), ==, "No matches");
  g_assert_cmpstr (copydesk_article_get_headline (article), ==, "Tide barrier opens");
  g_assert_cmpstr (copydesk_photo_get_caption (photo), ==, "The barrier at dawn");
  g_assert_cmpstr (copydesk_photo_get_credit (photo), ==, "barrier Photos");
  g_assert_cmpstr (copydesk_article_get_editorial_note (article), ==, "Check the barrier name.");
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, "Tide barrier Press");
  /* the entry's own undo takes the replacement back, as in the other
   * entries: two steps there (GtkText records the deletion and the
   * insertion apart) */
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (credit))),
                                  "text.undo", NULL);
      editorux_run_for (20);
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (credit)), ==, "Tide Gate Press");
  g_assert_cmpstr (copydesk_article_get_creditline (article), ==, "Tide Gate Press");
  markup = editorux_body_markup (window);
  g_assert_cmpstr (markup, ==,
                   "The barrier failed at noon.\n\nA *barrier* again, said the keeper.\n");
  /* the body's replacements are one undo step */
  g_assert_true (gtk_text_buffer_get_can_undo (body));
  gtk_text_buffer_undo (body);
  g_clear_pointer (&markup, g_free);
  markup = editorux_body_markup (window);
  g_assert_cmpstr (markup, ==, "The gate failed at noon.\n\nA *gate* again, said the keeper.\n");
  editorux_destroy (window);
}

static gboolean
selection_in_view (gpointer data)
{
  GtkTextView *view = data;
  GdkRectangle visible, location;
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end))
    return FALSE;
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &start, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* The first match deep in a long body is scrolled into view, not left
 * just below it. */
static void
test_scrolled_into_view (void)
{
  CopydeskWindow *window = editorux_new_window (app);
  GtkTextView *view = GTK_TEXT_VIEW (ui_test_body_view (window));
  g_autoptr(GString) body = g_string_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (body, "Paragraph %u of the harbour report.\n\n", i);
  g_string_append (body, "The sluice opened at last.\n");
  editorux_set_body (window, body->str);
  editorux_run_for (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  search_for (window, "sluice");
  copydesk_find_bar_next (find_bar (window));
  g_assert_cmpstr (status (window), ==, "1 of 1");
  /* the view scrolls once its lines are laid out */
  editorux_wait_until (selection_in_view, view, "the match to scroll into view");
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
  g_test_add_func ("/find/every-field", test_every_field);
  g_test_add_func ("/find/escape-clears", test_escape_clears);
  g_test_add_func ("/find/replace-all", test_replace_all);
  g_test_add_func ("/find/scrolled-into-view", test_scrolled_into_view);
  status = g_test_run ();
  ui_test_app_free (app);
  return status;
}
