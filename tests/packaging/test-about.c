/* test-about.c: the About window says what Copydesk is, under which licence,
 * and credits the IPTC vocabularies as their licence asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-about.h"
#include "copydesk-window.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

/* Every label's text below @widget, one a line, so that a test can look
 * for what the window shows whichever page it is on. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_identity (void)
{
  GtkWidget *widget = copydesk_about_window_new (NULL);
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (widget);
  const char * const *developers = adw_about_window_get_developers (about);

  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Copydesk");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (developers);
  g_assert_cmpstr (developers[0], ==, "The Copydesk developers");
  g_assert_true (g_str_has_prefix (adw_about_window_get_website (about), "https://"));
  g_assert_true (g_str_has_suffix (adw_about_window_get_issue_url (about), "/issues"));
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (about), "GTK 4."));
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
test_iptc_credit (void)
{
  GtkWidget *widget = copydesk_about_window_new (NULL);
  g_autoptr(GString) shown = g_string_new (NULL);

  collect_labels (widget, shown);
  /* the legal section: who, which licence with its link, what was changed */
  g_assert_nonnull (strstr (shown->str, "IPTC NewsCodes"));
  g_assert_nonnull (strstr (shown->str, "International Press Telecommunications Council"));
  g_assert_nonnull (strstr (shown->str, "CC BY 4.0"));
  g_assert_nonnull (strstr (shown->str,
                            "<a href=\"https://creativecommons.org/licenses/by/4.0/\">"));
  g_assert_nonnull (strstr (shown->str, "Changed:"));
  /* the link is a link, not markup shown as text */
  g_assert_true (gtk_label_get_use_markup (find_label (widget, "CC BY 4.0")));
  /* and Copydesk's own licence beside it */
  g_assert_nonnull (strstr (shown->str, "GNU General Public License"));
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
test_transient_for_its_window (void)
{
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *about = copydesk_about_window_new (GTK_WINDOW (parent));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (parent));
  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (parent));
}

static AdwAboutWindow *
find_about_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window);
    }
  return NULL;
}

/* The main menu's "About Copydesk" item. */
static void
test_app_about_action (void)
{
  CopydeskApplication *app = ui_test_app_new ();
  AdwAboutWindow *about;

  g_assert_null (find_about_window ());
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_about_window ();
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  /* this window, with the issue tracker and the IPTC credit */
  g_assert_true (g_str_has_suffix (adw_about_window_get_issue_url (about), "/issues"));
  gtk_window_destroy (GTK_WINDOW (about));
  ui_test_app_free (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();

  g_test_add_func ("/about/identity", test_identity);
  g_test_add_func ("/about/iptc-credit", test_iptc_credit);
  g_test_add_func ("/about/transient-for-its-window", test_transient_for_its_window);
  g_test_add_func ("/about/app-about-action", test_app_about_action);

  return g_test_run ();
}
