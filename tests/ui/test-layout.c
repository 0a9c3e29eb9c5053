/* test-layout.c: the editor window's layout at the sizes a newsroom uses,
 * and the widgets that make it hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-application.h"
#include "copydesk-checks-view.h"
#include "copydesk-field-pair.h"
#include "copydesk-photo-gutter.h"
#include "copydesk-width-bin.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

/* A pair like the window's: label, entry, label, entry. */
static GtkWidget *
new_pair (const char *first,
          const char *second)
{
  GtkWidget *pair = copydesk_field_pair_new ();
  const char *labels[] = { "Byline", "Dateline" };
  const char *texts[] = { first, second };

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *entry = gtk_entry_new ();

      gtk_editable_set_text (GTK_EDITABLE (entry), texts[i]);
      gtk_widget_set_parent (gtk_label_new (labels[i]), pair);
      gtk_widget_set_parent (entry, pair);
    }
  return pair;
}

static GtkWidget *
nth_child (GtkWidget *widget,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  while (n-- > 0 && child != NULL)
    child = gtk_widget_get_next_sibling (child);
  g_assert_nonnull (child);
  return child;
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *ancestor)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, ancestor, &bounds));
  return bounds;
}

/* Whether the entry's text area is wide enough for all of its text. */
static gboolean
shows_all_text (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (entry, text);
  GtkWidget *area = gtk_widget_get_first_child (entry);
  int width;

  while (area != NULL && !GTK_IS_TEXT (area))
    area = gtk_widget_get_next_sibling (area);
  g_assert_nonnull (area);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width <= gtk_widget_get_width (area);
}

/* Side by side from the threshold on, stacked below it: in what the pair
 * asks for and in where it puts the fields. */
static void
test_field_pair (void)
{
  GtkWidget *pair = new_pair ("By Eleri Vosper and Rhodri Kessell", "PORTHAVEN, Oct. 13");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *first, *second;
  int threshold, one_row, stacked;
  int widths[] = { 0, 0 };

  gtk_window_set_child (GTK_WINDOW (window), pair);
  threshold = copydesk_field_pair_get_threshold (COPYDESK_FIELD_PAIR (pair));
  g_assert_cmpint (threshold, >, 260 + 170);
  gtk_widget_measure (pair, GTK_ORIENTATION_VERTICAL, threshold, &one_row, NULL, NULL, NULL);
  gtk_widget_measure (pair, GTK_ORIENTATION_VERTICAL, threshold - 1, &stacked, NULL, NULL, NULL);
  g_assert_cmpint (one_row, >, 0);
  g_assert_cmpint (stacked, >=, 2 * one_row);

  /* laid out in a window, narrow then wide */
  widths[0] = threshold - 100;
  widths[1] = threshold + 100;
  first = nth_child (pair, 1);
  second = nth_child (pair, 3);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      graphene_rect_t a, b;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], -1);
      preview_test_wait_frames (window, 3);
      a = bounds_in (first, pair);
      b = bounds_in (second, pair);
      g_assert_cmpint (gtk_widget_get_width (pair) < threshold, ==,
                       copydesk_field_pair_get_stacked (COPYDESK_FIELD_PAIR (pair)));
      if (copydesk_field_pair_get_stacked (COPYDESK_FIELD_PAIR (pair)))
        {
          /* one under the other, starting at the same place */
          g_assert_cmpfloat (b.origin.y, >=, a.origin.y + a.size.height);
          g_assert_cmpfloat (b.origin.x, ==, a.origin.x);
          g_assert_cmpfloat (a.size.width, ==, b.size.width);
        }
      else
        {
          g_assert_cmpfloat (b.origin.y, ==, a.origin.y);
          g_assert_cmpfloat (b.origin.x, >, a.origin.x + a.size.width);
          g_assert_cmpfloat (a.size.width, >=, 260);
          g_assert_cmpfloat (b.size.width, >=, 170);
        }
      g_assert_true (shows_all_text (first));
      g_assert_true (shows_all_text (second));
    }
  g_assert_true (copydesk_field_pair_get_stacked (COPYDESK_FIELD_PAIR (pair)) == FALSE);

  /* right to left, the byline comes first from the right */
  gtk_widget_set_direction (pair, GTK_TEXT_DIR_RTL);
  preview_test_wait_frames (window, 3);
  {
    graphene_rect_t a = bounds_in (first, pair);
    graphene_rect_t b = bounds_in (second, pair);
    graphene_rect_t label = bounds_in (nth_child (pair, 0), pair);

    g_assert_cmpfloat (a.origin.x, >, b.origin.x + b.size.width);
    g_assert_cmpfloat (label.origin.x, >=, a.origin.x + a.size.width);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bin gives its child "narrow" or "wide" by its own width. */
static void
test_width_bin (void)
{
  GtkWidget *bin = copydesk_width_bin_new (440, 640);
  GtkWidget *child = gtk_label_new ("Story");
  GtkWidget *window = gtk_window_new ();
  const struct { int width; const char *class; } cases[] = {
    { 300, "narrow" }, { 500, NULL }, { 800, "wide" }, { 400, "narrow" },
  };

  g_assert_cmpstr (copydesk_width_bin_classify (COPYDESK_WIDTH_BIN (bin), 439), ==, "narrow");
  g_assert_null (copydesk_width_bin_classify (COPYDESK_WIDTH_BIN (bin), 440));
  g_assert_null (copydesk_width_bin_classify (COPYDESK_WIDTH_BIN (bin), 639));
  g_assert_cmpstr (copydesk_width_bin_classify (COPYDESK_WIDTH_BIN (bin), 640), ==, "wide");

  copydesk_width_bin_set_child (COPYDESK_WIDTH_BIN (bin), child);
  g_assert_true (copydesk_width_bin_get_child (COPYDESK_WIDTH_BIN (bin)) == child);
  gtk_window_set_child (GTK_WINDOW (window), bin);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *expected;

      gtk_window_set_default_size (GTK_WINDOW (window), cases[i].width, 200);
      preview_test_wait_frames (window, 3);
      expected = copydesk_width_bin_classify (COPYDESK_WIDTH_BIN (bin), gtk_widget_get_width (bin));
      g_assert_cmpstr (expected, ==, cases[i].class);
      g_assert_cmpint (gtk_widget_has_css_class (child, "narrow"), ==,
                       g_strcmp0 (expected, "narrow") == 0);
      g_assert_cmpint (gtk_widget_has_css_class (child, "wide"), ==,
                       g_strcmp0 (expected, "wide") == 0);
      g_assert_cmpint (gtk_widget_get_width (child), ==, gtk_widget_get_width (bin));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  int         width;
  int         height;
  gboolean    photos;
  gboolean    dark;
  gboolean    stacked;       /* byline and dateline */
  const char *preview_class; /* NULL: between narrow and wide */
} Size;

static CopydeskWindow *
open_sample (const Size *size)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "show-preview", TRUE);
  g_settings_set_boolean (settings, "show-photos", size->photos);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      size->dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                 : ADW_COLOR_SCHEME_FORCE_LIGHT);
  return ui_test_open_sample (app, size->width, size->height);
}

/* At each size the window keeps to the size it was given, the byline and
 * the dateline show all they hold (stacked when the form is narrow), and
 * the preview's type follows its width. */
static void
test_window_sizes (void)
{
  const Size sizes[] = {
    { 800, 600, FALSE, FALSE, TRUE, "narrow" },
    { 800, 600, FALSE, TRUE, TRUE, "narrow" },
    { 1280, 800, FALSE, FALSE, FALSE, NULL },
    { 1280, 800, TRUE, TRUE, TRUE, "narrow" },
    { 1920, 1080, FALSE, FALSE, FALSE, "wide" },
    { 1920, 1080, TRUE, FALSE, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      const Size *size = &sizes[i];
      CopydeskWindow *window;
      GtkWidget *pair, *preview, *content;

      g_settings_reset (settings, "preview-width");
      window = open_sample (size);
      /* The field pair holding the byline and the dateline. */
      pair = gtk_widget_get_parent (ui_test_find_labelled (GTK_WIDGET (window), "Byline"));
      preview = _copydesk_window_get_preview (window);
      content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
      g_test_message ("%d×%d%s%s", size->width, size->height, size->photos ? " with photos" : "",
                      size->dark ? ", dark" : "");
      /* Until the user chooses a width, the preview takes 35% of a large
       * window and 480 pixels of a middling one, and no more than 40% of
       * what the sidebar leaves beside it (360 pixels when it is not an
       * overlay). None of these is remembered. */
      g_assert_null (g_settings_get_user_value (settings, "preview-width"));
      {
        int beside = size->width - (size->photos && size->width >= 900 ? 360 : 0);
        int expected = MIN (MAX (480, size->width * 35 / 100), beside * 40 / 100);

        g_assert_cmpint (gtk_widget_get_width (preview), <=, expected + 1);
        g_assert_cmpint (gtk_widget_get_width (preview), >=, expected - 16);
      }
      g_assert_cmpint (gtk_widget_get_width (content), <=, size->width);
      g_assert_cmpint (gtk_widget_get_height (content), <=, size->height);
      g_assert_true (gtk_widget_get_mapped (preview));
      g_assert_cmpint (gtk_widget_get_mapped (_copydesk_window_get_photo_panel (window)), ==,
                       size->photos);
      g_assert_cmpint (copydesk_field_pair_get_stacked (COPYDESK_FIELD_PAIR (pair)), ==,
                       size->stacked);
      /* the preview opens at the top of the story, headline in view */
      {
        g_autoptr(GPtrArray) scrollers = preview_test_all_by_class (preview,
                                                                    GTK_TYPE_SCROLLED_WINDOW,
                                                                    "story-view");
        GtkAdjustment *adjustment;

        g_assert_cmpuint (scrollers->len, ==, 1);
        adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrollers, 0));
        g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);
      }
      g_assert_true (shows_all_text (nth_child (pair, 1)));
      g_assert_true (shows_all_text (nth_child (pair, 3)));
      g_assert_cmpint (gtk_widget_has_css_class (preview, "narrow"), ==,
                       g_strcmp0 (size->preview_class, "narrow") == 0);
      g_assert_cmpint (gtk_widget_has_css_class (preview, "wide"), ==,
                       g_strcmp0 (size->preview_class, "wide") == 0);
      copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
placements_are (gpointer data)
{
  gpointer *args = data;

  return copydesk_photo_gutter_get_has_placements (args[0]) == GPOINTER_TO_INT (args[1]);
}

/* The photo gutter takes no width until the body has a placement line, and
 * gives it back when the last one goes. */
static void
test_gutter_width (void)
{
  const Size size = { 1280, 800, FALSE, FALSE, FALSE, NULL };
  CopydeskWindow *window = open_sample (&size);
  GtkSourceView *view = ui_test_body_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkWidget *gutter = GTK_WIDGET (_copydesk_window_get_photo_gutter (window));
  const struct { const char *body; gboolean placements; } steps[] = {
    { "A first paragraph.\n\nA second one, without photos.\n", FALSE },
    { "A first paragraph.\n\n[photo: harbour-dawn]\n\nA second one.\n", TRUE },
    { "## Only a subheading\n\nAnd words.\n", FALSE },
  };

  /* the sample places photos */
  g_assert_true (copydesk_photo_gutter_get_has_placements (COPYDESK_PHOTO_GUTTER (gutter)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      gpointer args[2] = { gutter, GINT_TO_POINTER (steps[i].placements) };

      gtk_text_buffer_set_text (buffer, steps[i].body, -1);
      copydesk_document_flush (copydesk_window_get_document (window));
      preview_test_wait (placements_are, args);
      preview_test_wait_frames (GTK_WIDGET (window), 3);
      if (steps[i].placements)
        {
          /* a compact column: a thumbnail and its padding */
          g_assert_cmpint (gtk_widget_get_width (gutter), >, 0);
          g_assert_cmpint (gtk_widget_get_width (gutter), <=, 48);
          g_assert_cmpint (gtk_text_view_get_left_margin (GTK_TEXT_VIEW (view)), <, 24);
        }
      else
        {
          g_assert_cmpint (gtk_widget_get_width (gutter), ==, 0);
          g_assert_cmpint (gtk_text_view_get_left_margin (GTK_TEXT_VIEW (view)), ==, 24);
        }
    }
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A width the user set for the preview is what it asks for, also in a
 * large window; a window too small for it gives it less, and the window
 * never writes the setting. */
static void
test_preview_width (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const Size small = { 800, 600, FALSE, FALSE, TRUE, "narrow" };
  const Size large = { 1920, 1080, FALSE, FALSE, FALSE, NULL };
  CopydeskWindow *window;

  g_settings_set_int (settings, "preview-width", 420);
  window = open_sample (&large);
  g_assert_cmpint (gtk_widget_get_width (_copydesk_window_get_preview (window)), ==, 420);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_sample (&small);
  g_assert_cmpint (gtk_widget_get_width (_copydesk_window_get_preview (window)), <, 420);
  g_assert_cmpint (gtk_widget_get_width (_copydesk_window_get_preview (window)), >=, 280);
  g_assert_cmpint (g_settings_get_int (settings, "preview-width"), ==, 420);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "preview-width");
}

/* The sidebar's Checks page shows the Checks view, a placeholder while it
 * has none, and a view given later. */
static void
test_checks_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const Size size = { 1280, 800, FALSE, FALSE, FALSE, NULL };
  CopydeskWindow *window = open_sample (&size);
  GtkWidget *view = gtk_label_new ("Findings");
  GtkWidget *stack;

  /* the window puts its editor's Checks view there; taken away, the
   * placeholder is back */
  g_assert_true (COPYDESK_IS_CHECKS_VIEW (copydesk_window_get_checks_view (window)));
  copydesk_window_set_checks_view (window, NULL);
  g_assert_null (copydesk_window_get_checks_view (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-checks", NULL);
  preview_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (g_settings_get_boolean (settings, "show-checks"));
  g_assert_false (g_settings_get_boolean (settings, "show-photos"));
  stack = gtk_widget_get_ancestor (_copydesk_window_get_photo_panel (window), ADW_TYPE_VIEW_STACK);
  {
    GtkWidget *placeholder = adw_bin_get_child (
      ADW_BIN (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "checks")));

    g_assert_true (ADW_IS_STATUS_PAGE (placeholder));
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (placeholder)), ==,
                     "No checks yet");
    g_assert_true (gtk_widget_get_mapped (placeholder));
  }
  copydesk_window_set_checks_view (window, view);
  preview_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (copydesk_window_get_checks_view (window) == view);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "checks");
  /* the view switcher is the user's too: picking a page shows it */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "details");
  g_assert_true (g_settings_get_boolean (settings, "show-details"));
  g_assert_false (g_settings_get_boolean (settings, "show-checks"));
  copydesk_window_set_checks_view (window, NULL);
  g_assert_null (copydesk_window_get_checks_view (window));
  g_settings_reset (settings, "show-details");
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A newcomer sees the story and its preview, not the photo panel. */
static void
test_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) preview = g_settings_get_default_value (settings, "show-preview");
  g_autoptr(GVariant) photos = g_settings_get_default_value (settings, "show-photos");
  g_autoptr(GVariant) details = g_settings_get_default_value (settings, "show-details");

  g_assert_true (g_variant_get_boolean (preview));
  g_assert_false (g_variant_get_boolean (photos));
  g_assert_false (g_variant_get_boolean (details));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();
  adw_init ();
  /* the side areas reach their place at once */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = ui_test_app_new ();

  g_test_add_func ("/layout/defaults", test_defaults);
  g_test_add_func ("/layout/field-pair", test_field_pair);
  g_test_add_func ("/layout/width-bin", test_width_bin);
  g_test_add_func ("/layout/gutter-width", test_gutter_width);
  g_test_add_func ("/layout/window-sizes", test_window_sizes);
  g_test_add_func ("/layout/preview-width", test_preview_width);
  g_test_add_func ("/layout/checks-page", test_checks_page);

  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
