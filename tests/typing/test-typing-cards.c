/* test-typing-cards.c: the photo cards' buttons, with no mnemonics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card's buttons carry no mnemonic (GTK walks every mnemonic of a window
 * on each key press, and a long story has hundreds of cards), yet each is
 * still found by its accessible name, takes the keyboard focus and acts.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-photo-card.h"
#include "copydesk-test-util.h"
#include "sample-article.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static void
on_place (CopydeskPhotoCard *card,
          guint             *count)
{
  (*count)++;
}

static void
check_button (GtkWidget  *root,
              const char *name,
              const char *text)
{
  GtkWidget *button = ui_test_find_labelled (root, name);

  g_assert_nonnull (button);
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_false (gtk_button_get_use_underline (GTK_BUTTON (button)));
  if (text != NULL)
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, text);
}

static void
test_buttons_without_mnemonics (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (copydesk_article_get_photos (article), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = copydesk_photo_card_new (photo);
  GtkWidget *place;
  guint placed = 0;

  gtk_window_set_child (GTK_WINDOW (window), card);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (card, "place-requested", G_CALLBACK (on_place), &placed);

  check_button (card, "Place at Cursor", "Place at Cursor");
  check_button (card, "Remove Photo", NULL);
  /* the sample's photo has its file: Replace, an icon like Remove */
  check_button (card, "Replace the Photo File", NULL);

  /* Reached by the keyboard: focused, then activated as Enter would. */
  place = ui_test_find_labelled (card, "Place at Cursor");
  g_assert_true (gtk_widget_grab_focus (place));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == place);
  g_assert_true (gtk_widget_activate (place));
  /* a button shows itself pressed for a moment before it acts */
  while (placed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (placed, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();
  g_test_add_func ("/typing/card-buttons-without-mnemonics", test_buttons_without_mnemonics);
  return g_test_run ();
}
