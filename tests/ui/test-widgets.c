/* test-widgets.c: every widget of the editor comes and goes whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One test per widget: it is shown with what it needs, used a little, and
 * must be finalized once its window is gone (g_assert_finalize_object), so
 * that a reference cycle or a signal left connected fails here.
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-counter.h"
#include "copydesk-editor.h"
#include "copydesk-field-pair.h"
#include "copydesk-find-bar.h"
#include "copydesk-photo-card.h"
#include "copydesk-photo-panel.h"
#include "copydesk-preview-pane-private.h"
#include "copydesk-preview-pane.h"
#include "copydesk-reader-view.h"
#include "copydesk-width-bin.h"
#include "copydesk-wire-view.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

/* Shows @widget (a new, floating widget) in a window of its own, which it
 * returns; destroy_then_finalize() destroys it: @widget must go with it. */
static GtkWidget *
show_in_window (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  preview_test_wait_frames (window, 2);
  return window;
}

static void
destroy_then_finalize (GtkWidget *window,
                       GtkWidget *widget)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (widget);
}

static void
show_then_finalize (GtkWidget *widget)
{
  destroy_then_finalize (show_in_window (widget), widget);
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

/* Whether a label or a text view under @root shows @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  if (GTK_IS_TEXT_VIEW (root))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (root));
      GtkTextIter start, end;
      g_autofree char *shown = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (strstr (shown, text) != NULL)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
preview_settled (gpointer data)
{
  return !_copydesk_preview_pane_is_pending (data);
}

/* The preview shows the document's article, and follows a change to it. */
static void
test_preview_pane (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  GtkWidget *pane = copydesk_preview_pane_new ();
  GtkWidget *window;

  copydesk_article_set_headline (article, "Ferry strike ends");
  copydesk_preview_pane_set_article (COPYDESK_PREVIEW_PANE (pane), article);
  window = show_in_window (pane);
  preview_test_wait (preview_settled, pane);
  g_assert_true (shows_text (pane, "Ferry strike ends"));
  copydesk_article_set_headline (article, "Ferry strike resumes");
  preview_test_wait (preview_settled, pane);
  preview_test_wait_frames (window, 1);
  g_assert_true (shows_text (pane, "Ferry strike resumes"));
  g_assert_false (shows_text (pane, "Ferry strike ends"));
  copydesk_preview_pane_set_article (COPYDESK_PREVIEW_PANE (pane), NULL);
  destroy_then_finalize (window, pane);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* The reader view shows the article it is given, and the next one. */
static void
test_reader_view (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  GtkWidget *view = copydesk_reader_view_new ();
  GtkWidget *window = show_in_window (view);

  copydesk_article_set_headline (article, "Library opens late");
  copydesk_reader_view_update (COPYDESK_READER_VIEW (view), article, NULL);
  preview_test_wait_frames (window, 2);
  g_assert_true (shows_text (view, "Library opens late"));
  copydesk_article_set_headline (article, "Library opens early");
  copydesk_reader_view_update (COPYDESK_READER_VIEW (view), article, NULL);
  preview_test_wait_frames (window, 2);
  g_assert_true (shows_text (view, "Library opens early"));
  g_assert_false (shows_text (view, "Library opens late"));
  destroy_then_finalize (window, view);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* The file the preview pane gives the wire view: the article, written off
 * the main thread. */
static GBytes *
write_wire (CopydeskArticle *article)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *xml;

  copydesk_newsml_write_bytes_async (article, NULL, NULL, store_result, &result);
  preview_test_wait (has_result, &result);
  xml = copydesk_newsml_write_bytes_finish (article, result, &error);
  g_assert_no_error (error);
  return xml;
}

static gboolean
wire_checked (gpointer data)
{
  return !copydesk_wire_view_is_checking (data);
}

/* Gives @view the article's file as the preview pane does, and waits for
 * its check. */
static void
show_wire (CopydeskWireView *view,
           CopydeskArticle  *article)
{
  g_autoptr(GBytes) xml = write_wire (article);

  copydesk_wire_view_set_article (view, article, NULL);
  copydesk_wire_view_set_xml (view, xml);
  preview_test_wait (wire_checked, view);
}

/* The wire view shows the file it is given, says whether it is valid and
 * what receivers miss, and follows the next file. It sits in a scrolled
 * window, as in the preview pane, where its width is the pane's. */
static void
test_wire_view (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GtkWidget *view = copydesk_wire_view_new ();
  CopydeskWireView *wire = COPYDESK_WIRE_VIEW (view);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *window;

  g_object_ref (view);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  window = show_in_window (scroller);
  copydesk_article_set_headline (article, "Tide mill restored");
  show_wire (wire, article);
  g_assert_true (shows_text (view, "Tide mill restored"));
  g_assert_true (shows_text (view, "<newsMessage"));
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (wire), "Valid NewsML-G2"));
  g_assert_cmpstr (copydesk_wire_view_get_receivers (wire), ==,
                   "Receivers miss nothing: the story has no photos");
  copydesk_article_set_headline (article, "Tide mill grinds again");
  show_wire (wire, article);
  preview_test_wait_frames (window, 1);
  g_assert_true (shows_text (view, "Tide mill grinds again"));
  g_assert_false (shows_text (view, "Tide mill restored"));
  destroy_then_finalize (window, scroller);
  g_assert_finalize_object (view);
  g_assert_finalize_object (g_steal_pointer (&article));
}

static CopydeskPhoto *
photo_with_caption (const char *id,
                    const char *caption)
{
  CopydeskPhoto *photo = copydesk_photo_new (id);

  copydesk_photo_set_caption (photo, caption);
  return photo;
}

/* A card per photo of the article, following the article's list. */
static void
test_photo_panel (void)
{
  g_autoptr(CopydeskDocument) document = copydesk_document_new ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  g_autoptr(CopydeskPhoto) first = photo_with_caption ("quay", "The quay at dawn");
  g_autoptr(CopydeskPhoto) second = photo_with_caption ("crane", "A crane over the dock");
  GtkWidget *panel = copydesk_photo_panel_new ();
  GtkWidget *window;

  copydesk_article_add_photo (article, first);
  copydesk_photo_panel_set_article (COPYDESK_PHOTO_PANEL (panel), article);
  window = show_in_window (panel);
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (COPYDESK_PHOTO_PANEL (panel)), ==, 1);
  g_assert_true (shows_text (panel, "The quay at dawn"));
  copydesk_article_add_photo (article, second);
  preview_test_wait_frames (window, 1);
  g_assert_cmpuint (_copydesk_photo_panel_get_n_cards (COPYDESK_PHOTO_PANEL (panel)), ==, 2);
  g_assert_true (shows_text (panel, "A crane over the dock"));
  copydesk_photo_panel_set_article (COPYDESK_PHOTO_PANEL (panel), NULL);
  destroy_then_finalize (window, panel);
  g_assert_finalize_object (g_steal_pointer (&document));
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

/* The card shows its photo's caption, and a new caption as it is set. */
static void
test_photo_card (void)
{
  g_autoptr(CopydeskPhoto) photo = photo_with_caption ("market", "Stalls in the square");
  GtkWidget *card = copydesk_photo_card_new (photo);
  GtkWidget *window = show_in_window (card);

  g_assert_true (shows_text (card, "Stalls in the square"));
  copydesk_photo_set_caption (photo, "Stalls packed away");
  g_assert_true (shows_text (card, "Stalls packed away"));
  g_assert_false (shows_text (card, "Stalls in the square"));
  copydesk_photo_card_set_placed (COPYDESK_PHOTO_CARD (card), TRUE);
  g_assert_true (copydesk_photo_card_get_placed (COPYDESK_PHOTO_CARD (card)));
  destroy_then_finalize (window, card);
  g_assert_finalize_object (g_steal_pointer (&photo));
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
  toolkit_warnings_install ();
  gtk_init ();
  app = ui_test_app_new ();
  g_test_add_func ("/widgets/counter", test_counter);
  g_test_add_func ("/widgets/field-pair", test_field_pair);
  g_test_add_func ("/widgets/width-bin", test_width_bin);
  g_test_add_func ("/widgets/find-bar", test_find_bar);
  g_test_add_func ("/widgets/body-view", test_body_view);
  g_test_add_func ("/widgets/editor", test_editor);
  g_test_add_func ("/widgets/editor-actions", test_editor_actions);
  g_test_add_func ("/widgets/preview-pane", test_preview_pane);
  g_test_add_func ("/widgets/reader-view", test_reader_view);
  g_test_add_func ("/widgets/wire-view", test_wire_view);
  g_test_add_func ("/widgets/photo-panel", test_photo_panel);
  g_test_add_func ("/widgets/photo-card", test_photo_card);
  g_test_add_func ("/widgets/window", test_window);
  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
