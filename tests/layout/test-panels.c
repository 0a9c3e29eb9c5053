/* test-panels.c: side areas that cannot collide with the form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every combination of the side panels (no sidebar page or the photos, the
 * details or the checks; the preview or not) at 800, 1280 and 1920 pixels
 * wide: no two text areas are drawn over each other (one may lie under an
 * opaque overlay, never under a see-through pane), the form keeps its
 * minimum of 34 em, and no panel is shown, hidden or saved except when the
 * test asks (not after a resize, nor when the find bar opens and closes;
 * starting Find is an explicit action, and over a folded sidebar it
 * closes the sidebar so that the bar and the match show).
 * The tests use only what main had before the new layout (settings,
 * actions, accessible names), so that they can be run against it.
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-application.h"
#include "copydesk-find-bar.h"
#include "copydesk-window-private.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

/* The form's minimum, in ems of its text (style.css .story-area). */
#define FORM_MIN_EM 34

typedef struct
{
  GSettings *settings;
  guint      writes;   /* writes of the panel settings since the last reset */
} Watch;

static gboolean
has_key (GSettings  *settings,
         const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key);
}

static void
on_changed (GSettings  *settings,
            const char *key,
            Watch      *watch)
{
  if (g_str_has_prefix (key, "show-"))
    watch->writes++;
}

static void
watch_init (Watch *watch)
{
  watch->settings = g_settings_new (APP_ID);
  watch->writes = 0;
  g_signal_connect (watch->settings, "changed", G_CALLBACK (on_changed), watch);
}

static void
watch_clear (Watch *watch)
{
  g_clear_object (&watch->settings);
}

/* Sets the panels as the user would have left them: one sidebar page (or
 * none) and the preview, then forgets the writes. */
static void
set_panels (Watch      *watch,
            const char *page,
            gboolean    preview)
{
  const char *pages[] = { "photos", "details", "checks" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *key = g_strconcat ("show-", pages[i], NULL);

      if (has_key (watch->settings, key))
        g_settings_set_boolean (watch->settings, key, g_strcmp0 (page, pages[i]) == 0);
    }
  g_settings_set_boolean (watch->settings, "show-preview", preview);
  watch->writes = 0;
}

static void
assert_panels (Watch      *watch,
               const char *page,
               gboolean    preview,
               const char *when)
{
  const char *pages[] = { "photos", "details", "checks" };

  g_test_message ("panels after %s", when);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *key = g_strconcat ("show-", pages[i], NULL);

      if (has_key (watch->settings, key))
        g_assert_cmpint (g_settings_get_boolean (watch->settings, key), ==,
                         g_strcmp0 (page, pages[i]) == 0);
    }
  g_assert_cmpint (g_settings_get_boolean (watch->settings, "show-preview"), ==, preview);
  /* nothing was written by the window either, not even the same value */
  g_assert_cmpuint (watch->writes, ==, 0);
}

/* Text areas */

static gboolean
is_text_area (GtkWidget *widget)
{
  return GTK_IS_TEXT_VIEW (widget) || GTK_IS_TEXT (widget);
}

/* The part of @widget the window shows: its bounds, cut to the viewports
 * around it. FALSE when none of it is in view. */
static gboolean
visible_bounds (GtkWidget       *widget,
                GtkWidget       *window,
                graphene_rect_t *out)
{
  if (!gtk_widget_compute_bounds (widget, window, out))
    return FALSE;
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    {
      graphene_rect_t clip;

      if (!GTK_IS_SCROLLED_WINDOW (up) && gtk_widget_get_overflow (up) != GTK_OVERFLOW_HIDDEN)
        continue;
      if (!gtk_widget_compute_bounds (up, window, &clip)
          || !graphene_rect_intersection (out, &clip, out))
        return FALSE;
    }
  return out->size.width >= 1 && out->size.height >= 1;
}

static void
collect_text_areas (GtkWidget *widget,
                    GPtrArray *areas)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return;
  if (is_text_area (widget))
    g_ptr_array_add (areas, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text_areas (child, areas);
}

static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return ancestor != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

/* Whether @a may lie over @b: @a is in a flap that is an overlay now
 * (folded and shown), opaque, closing on Esc, and @b under it. */
static gboolean
covers (GtkWidget *a,
        GtkWidget *b)
{
  for (GtkWidget *up = gtk_widget_get_ancestor (a, ADW_TYPE_FLAP); up != NULL;
       up = gtk_widget_get_ancestor (gtk_widget_get_parent (up), ADW_TYPE_FLAP))
    {
      AdwFlap *flap = ADW_FLAP (up);
      GtkWidget *side = adw_flap_get_flap (flap);

      if (!adw_flap_get_folded (flap) || !adw_flap_get_reveal_flap (flap)
          || !is_inside (a, side) || !is_inside (b, adw_flap_get_content (flap)))
        continue;
      /* opaque: the side area or the one child it shows has a background */
      if (!gtk_widget_has_css_class (side, "background"))
        side = gtk_widget_get_first_child (side);
      g_assert_true (side != NULL && gtk_widget_has_css_class (side, "background"));
      g_assert_true (adw_flap_get_modal (flap));
      return TRUE;
    }
  return FALSE;
}

static const char *
describe (GtkWidget *widget)
{
  GtkWidget *named = widget;

  /* an entry's text is named by its entry */
  if (GTK_IS_TEXT (widget) && gtk_widget_get_parent (widget) != NULL)
    named = gtk_widget_get_parent (widget);
  return gtk_widget_get_name (named);
}

/* No two text areas of @window are drawn over each other. */
static void
assert_no_overlap (GtkWidget *window)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  collect_text_areas (window, areas);
  for (guint i = 0; i < areas->len; i++)
    {
      graphene_rect_t rect;

      if (!visible_bounds (areas->pdata[i], window, &rect))
        continue;
      g_ptr_array_add (shown, areas->pdata[i]);
      g_array_append_val (rects, rect);
    }
  /* the form's four fields at least */
  g_assert_cmpuint (shown->len, >=, 4);
  for (guint i = 0; i < shown->len; i++)
    for (guint j = i + 1; j < shown->len; j++)
      {
        graphene_rect_t *a = &g_array_index (rects, graphene_rect_t, i);
        graphene_rect_t *b = &g_array_index (rects, graphene_rect_t, j);
        graphene_rect_t both;

        if (!graphene_rect_intersection (a, b, &both)
            || both.size.width < 1 || both.size.height < 1)
          continue;
        if (covers (shown->pdata[i], shown->pdata[j]) || covers (shown->pdata[j], shown->pdata[i]))
          continue;
        g_test_message ("%s at %g,%g %g×%g overlaps %s at %g,%g %g×%g",
                        describe (shown->pdata[i]), a->origin.x, a->origin.y,
                        a->size.width, a->size.height,
                        describe (shown->pdata[j]), b->origin.x, b->origin.y,
                        b->size.width, b->size.height);
        g_assert_not_reached ();
      }
}

/* The form */

static GtkWidget *
form (CopydeskWindow *window)
{
  GtkWidget *editor = gtk_widget_get_ancestor (GTK_WIDGET (ui_test_body_view (window)),
                                               g_type_from_name ("CopydeskEditor"));

  g_assert_nonnull (editor);
  return editor;
}

/* One em of the form's text, in pixels. */
static double
em (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  g_assert_cmpfloat (size, >, 6);
  return size;
}

/* The form is at least 34 em wide, and all of it inside the window. */
static void
assert_form_width (CopydeskWindow *window)
{
  GtkWidget *editor = form (window);
  graphene_rect_t rect;
  double least = FORM_MIN_EM * em (editor);

  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (window), &rect));
  g_test_message ("form %g px wide at %g (34 em: %g px)", rect.size.width, rect.origin.x, least);
  g_assert_cmpfloat (rect.size.width, >=, least - 1);
  g_assert_cmpfloat (rect.origin.x, >=, 0);
  g_assert_cmpfloat (rect.origin.x + rect.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
}

static CopydeskFindBar *
find_bar (GtkWidget *widget)
{
  if (COPYDESK_IS_FIND_BAR (widget))
    return COPYDESK_FIND_BAR (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      CopydeskFindBar *found = find_bar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
settle (CopydeskWindow *window)
{
  preview_test_wait_frames (GTK_WIDGET (window), 4);
}

static void
resize (CopydeskWindow *window,
        int             width,
        int             height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  settle (window);
}

/* Opens the find bar and closes it as Esc and the × button do. */
static void
find_and_close (CopydeskWindow *window)
{
  CopydeskFindBar *bar;

  gtk_widget_activate_action (GTK_WIDGET (window), "editor.find", NULL);
  settle (window);
  bar = find_bar (GTK_WIDGET (window));
  g_assert_nonnull (bar);
  g_signal_emit_by_name (bar, "close");
  settle (window);
}

/* The sidebar is shown as an overlay over the form. */
static gboolean
sidebar_over_form (CopydeskWindow *window)
{
  GtkWidget *slug = ui_test_find_labelled (GTK_WIDGET (window), "Slugline");
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (slug, ADW_TYPE_FLAP));

  return adw_flap_get_folded (flap) && adw_flap_get_reveal_flap (flap);
}

/* Find over a folded sidebar closes it (the user's action, saved once);
 * otherwise the panels stay as they were. Put back as @page after. */
static void
assert_panels_after_find (Watch          *watch,
                          CopydeskWindow *window,
                          const char     *page,
                          gboolean        preview)
{
  gboolean folded = sidebar_over_form (window);

  find_and_close (window);
  if (!folded)
    {
      assert_panels (watch, page, preview, "the find bar");
      return;
    }
  g_assert_cmpuint (watch->writes, ==, 1);
  watch->writes = 0;
  assert_panels (watch, NULL, preview, "the find bar over a folded sidebar");
  set_panels (watch, page, preview);
  settle (window);
}

static CopydeskWindow *
open_window (Watch *watch,
             int    width,
             int    height)
{
  CopydeskWindow *window = ui_test_open_sample (app, width, height);

  settle (window);
  watch->writes = 0;
  return window;
}

static void
close_window (CopydeskWindow *window)
{
  copydesk_document_set_modified (copydesk_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const struct { int width, height; } sizes[] = {
  { 800, 600 }, { 1280, 800 }, { 1920, 1080 },
};

/* Every combination of panels at each width. */
static void
test_combinations (void)
{
  const char *pages[] = { NULL, "photos", "details", "checks" };
  Watch watch;

  watch_init (&watch);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      CopydeskWindow *window;

      set_panels (&watch, NULL, FALSE);
      window = open_window (&watch, sizes[s].width, sizes[s].height);
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        for (guint preview = 0; preview < 2; preview++)
          {
            g_autofree char *key = pages[p] ? g_strconcat ("show-", pages[p], NULL) : NULL;

            if (key != NULL && !has_key (watch.settings, key))
              {
                g_test_message ("no setting %s here: skipped", key);
                continue;
              }
            g_test_message ("%d×%d, sidebar %s, preview %s", sizes[s].width, sizes[s].height,
                            pages[p] ? pages[p] : "hidden", preview ? "shown" : "hidden");
            set_panels (&watch, pages[p], preview);
            settle (window);
            assert_no_overlap (GTK_WIDGET (window));
            assert_form_width (window);
            assert_panels (&watch, pages[p], preview, "showing them");

            assert_panels_after_find (&watch, window, pages[p], preview);
            assert_no_overlap (GTK_WIDGET (window));
            assert_form_width (window);

            /* narrower, wider, and back */
            for (guint other = 0; other < G_N_ELEMENTS (sizes); other++)
              {
                resize (window, sizes[other].width, sizes[other].height);
                assert_form_width (window);
                assert_no_overlap (GTK_WIDGET (window));
              }
            resize (window, sizes[s].width, sizes[s].height);
            assert_panels (&watch, pages[p], preview, "resizing");
            assert_no_overlap (GTK_WIDGET (window));
            assert_form_width (window);
          }
      close_window (window);
    }
  set_panels (&watch, NULL, TRUE);
  watch_clear (&watch);
}

/* Issue 15, item 1: with photos and preview shown at 1280 px, F9 brings
 * the details, and their text is not drawn over the form's. */
static void
test_details_not_over_form (void)
{
  Watch watch;
  CopydeskWindow *window;

  watch_init (&watch);
  set_panels (&watch, "photos", TRUE);
  window = open_window (&watch, 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-details", NULL);
  settle (window);
  g_assert_true (g_settings_get_boolean (watch.settings, "show-details"));
  g_assert_true (gtk_widget_get_mapped (ui_test_find_labelled (GTK_WIDGET (window), "Slugline")));
  assert_no_overlap (GTK_WIDGET (window));
  assert_form_width (window);
  close_window (window);
  set_panels (&watch, NULL, TRUE);
  watch_clear (&watch);
}

static void
assert_details_closed (CopydeskWindow *window,
                       Watch          *watch,
                       const char     *when)
{
  g_test_message ("details after %s", when);
  g_assert_false (g_settings_get_boolean (watch->settings, "show-details"));
  g_assert_false (gtk_widget_get_mapped (ui_test_find_labelled (GTK_WIDGET (window), "Slugline")));
}

/* Issue 15, item 2: the details never open by themselves, nor is
 * show-details written: after hiding the photos, closing the find bar,
 * hiding the preview at 800×600, widening the window. */
static void
test_details_stay_closed (void)
{
  Watch watch;
  CopydeskWindow *window;
  guint writes;

  watch_init (&watch);
  set_panels (&watch, "photos", TRUE);
  window = open_window (&watch, 1280, 800);
  assert_details_closed (window, &watch, "opening");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-photos", NULL);
  settle (window);
  g_assert_false (g_settings_get_boolean (watch.settings, "show-photos"));
  /* the one write is the user's: the photos */
  g_assert_cmpuint (watch.writes, ==, 1);
  assert_details_closed (window, &watch, "hiding the photos");

  writes = watch.writes;
  find_and_close (window);
  assert_details_closed (window, &watch, "closing the find bar");
  g_assert_cmpuint (watch.writes, ==, writes);

  resize (window, 800, 600);
  assert_details_closed (window, &watch, "narrowing to 800×600");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  settle (window);
  g_assert_false (g_settings_get_boolean (watch.settings, "show-preview"));
  g_assert_cmpuint (watch.writes, ==, writes + 1);
  assert_details_closed (window, &watch, "hiding the preview at 800×600");

  resize (window, 1920, 1080);
  assert_details_closed (window, &watch, "widening the window");
  g_assert_cmpuint (watch.writes, ==, writes + 1);
  close_window (window);
  set_panels (&watch, NULL, TRUE);
  watch_clear (&watch);
}

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

/* Issue 15, item 3: the form keeps its minimum with photos and preview at
 * 1280 px, with photos at 800×600, and when a 1280 window is made
 * narrower; the byline shows all it holds. */
static void
test_form_minimum (void)
{
  const struct { int width, height; } steps[] = { { 1280, 800 }, { 1000, 800 }, { 900, 700 } };
  Watch watch;
  CopydeskWindow *window;

  watch_init (&watch);
  set_panels (&watch, "photos", TRUE);
  window = open_window (&watch, 1280, 800);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("%d×%d, photos and preview", steps[i].width, steps[i].height);
      resize (window, steps[i].width, steps[i].height);
      assert_form_width (window);
      g_assert_true (shows_all_text (ui_test_find_labelled (GTK_WIDGET (window), "Byline")));
    }
  close_window (window);

  set_panels (&watch, "photos", FALSE);
  window = open_window (&watch, 800, 600);
  g_test_message ("800×600, photos");
  assert_form_width (window);
  assert_panels (&watch, "photos", FALSE, "opening at 800×600");
  close_window (window);
  set_panels (&watch, NULL, TRUE);
  watch_clear (&watch);
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
  /* the flaps reach their place at once */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = ui_test_app_new ();

  g_test_add_func ("/layout/panels/details-not-over-form", test_details_not_over_form);
  g_test_add_func ("/layout/panels/details-stay-closed", test_details_stay_closed);
  g_test_add_func ("/layout/panels/form-minimum", test_form_minimum);
  g_test_add_func ("/layout/panels/combinations", test_combinations);

  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  return status;
}
