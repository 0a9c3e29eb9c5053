/* test-widgets.c: every widget of the editor comes and goes whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One test per widget: it is shown with what it needs, used a little, and
 * must be finalized once its window is gone (g_assert_finalize_object), so
 * that a reference cycle or a signal left connected fails here.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-counter.h"
#include "copydesk-editor.h"
#include "copydesk-field-pair.h"
#include "copydesk-find-bar.h"
#include "copydesk-width-bin.h"
#include "preview-test-util.h"
#include "ui-test-util.h"

static CopydeskApplication *app;

/* Shows @widget (a new, floating widget) in a window of its own, then
 * destroys the window: @widget must go with it. */
static void
show_then_finalize (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  preview_test_wait_frames (window, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (widget);
}

static void
test_counter (void)
{
  GtkWidget *counter = copydesk_counter_new ();

  copydesk_counter_set_limit (COPYDESK_COUNTER (counter), 10);
  copydesk_counter_set_count (COPYDESK_COUNTER (counter), 12);
  show_then_finalize (counter);
}

static void
test_field_pair (void)
{
  GtkWidget *pair = copydesk_field_pair_new ();

  for (guint i = 0; i < 4; i++)
    gtk_widget_set_parent (i % 2 == 0 ? gtk_label_new ("Label") : gtk_entry_new (), pair);
  show_then_finalize (pair);
}

static void
test_width_bin (void)
{
  GtkWidget *bin = copydesk_width_bin_new (300, 600);

  copydesk_width_bin_set_child (COPYDESK_WIDTH_BIN (bin), gtk_label_new ("Inside"));
  show_then_finalize (bin);
}

static void
test_find_bar (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = copydesk_body_view_new ();
  GtkWidget *bar = g_object_ref_sink (g_object_new (COPYDESK_TYPE_FIND_BAR, NULL));

  gtk_text_view_set_buffer (GTK_TEXT_VIEW (view),
                            GTK_TEXT_BUFFER (copydesk_document_get_buffer (document)));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), view);
  copydesk_find_bar_set_view (COPYDESK_FIND_BAR (bar), GTK_SOURCE_VIEW (view));
  copydesk_find_bar_set_search_text (COPYDESK_FIND_BAR (bar), "harbour");
  show_then_finalize (box);
  g_assert_finalize_object (bar);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_body_view (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  GtkWidget *view = copydesk_body_view_new ();

  gtk_text_view_set_buffer (GTK_TEXT_VIEW (view),
                            GTK_TEXT_BUFFER (copydesk_document_get_buffer (document)));
  show_then_finalize (view);
  /* The view only viewed: the document and its buffer go too. */
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_editor (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GtkWidget *editor = copydesk_editor_new ();

  copydesk_editor_set_document (COPYDESK_EDITOR (editor), document);
  /* Another article in the same document: the editor follows it. */
  copydesk_article_set_headline (article, "Ferry strike ends");
  copydesk_document_set_article (document, article);
  g_assert_nonnull (ui_test_find_labelled (editor, "Headline"));
  show_then_finalize (editor);
  g_assert_finalize_object (g_steal_pointer (&document));
  g_assert_finalize_object (g_steal_pointer (&article));
}

static gboolean
find_shown (CopydeskEditor *editor)
{
  GtkWidget *matches = ui_test_find_labelled (GTK_WIDGET (editor), "Next match");
  GtkWidget *revealer = gtk_widget_get_ancestor (matches, GTK_TYPE_REVEALER);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* Each editor page has its own "editor." actions: Find on one opens its
 * find bar and leaves the other's closed. */
static void
test_editor_actions (void)
{
  g_autoptr(CopydeskDocument) first_doc = copydesk_document_new ();
  g_autoptr(CopydeskDocument) second_doc = copydesk_document_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *first = copydesk_editor_new ();
  GtkWidget *second = copydesk_editor_new ();

  copydesk_editor_set_document (COPYDESK_EDITOR (first), first_doc);
  copydesk_editor_set_document (COPYDESK_EDITOR (second), second_doc);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  g_assert_true (copydesk_editor_get_actions (COPYDESK_EDITOR (first))
                 != copydesk_editor_get_actions (COPYDESK_EDITOR (second)));
  g_assert_false (find_shown (COPYDESK_EDITOR (first)));
  g_assert_true (gtk_widget_activate_action (second, "editor.replace", NULL));
  g_assert_true (find_shown (COPYDESK_EDITOR (second)));
  g_assert_false (find_shown (COPYDESK_EDITOR (first)));
  g_assert_true (gtk_widget_activate_action (first, "editor.find", NULL));
  g_assert_true (find_shown (COPYDESK_EDITOR (first)));
  g_object_ref (first);
  g_object_ref (second);
  show_then_finalize (box);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
  g_assert_finalize_object (g_steal_pointer (&first_doc));
  g_assert_finalize_object (g_steal_pointer (&second_doc));
}

/* The window and the session's document, once it is closed. */
static void
test_window (void)
{
  CopydeskWindow *window = copydesk_application_new_window (app);
  CopydeskDocument *document = copydesk_window_get_document (window);

  g_object_ref (window);
  g_object_ref (document);
  preview_test_wait_frames (GTK_WIDGET (window), 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  app = ui_test_app_new ();
  g_test_add_func ("/widgets/counter", test_counter);
  g_test_add_func ("/widgets/field-pair", test_field_pair);
  g_test_add_func ("/widgets/width-bin", test_width_bin);
  g_test_add_func ("/widgets/find-bar", test_find_bar);
  g_test_add_func ("/widgets/body-view", test_body_view);
  g_test_add_func ("/widgets/editor", test_editor);
  g_test_add_func ("/widgets/editor-actions", test_editor_actions);
  g_test_add_func ("/widgets/window", test_window);
  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
