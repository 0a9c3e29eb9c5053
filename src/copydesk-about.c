/* copydesk-about.c: the About window
 *
 * Version, licence, the people, and the credit that the IPTC vocabularies'
 * licence (CC BY 4.0) asks for wherever they are shown: who made them, a
 * link to the licence, and that Copydesk changed them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-about.h"

#define WEBSITE "https://github.com/copydesk/copydesk"

static void
add_iptc_credit (AdwAboutWindow *about)
{
  const char *standards[] = {
    "IPTC NewsML-G2 https://iptc.org/standards/newsml-g2/",
    "IPTC NewsCodes https://iptc.org/standards/newscodes/",
    NULL,
  };
  g_autofree char *licence = NULL;

  /* Translators: the heading over the standards Copydesk is built on */
  adw_about_window_add_acknowledgement_section (about, _("Standards"), standards);

  licence = g_strdup_printf (
    /* Translators: the credit the IPTC vocabularies' licence asks for; keep
     * the names "IPTC NewsCodes", "Media Topic", "Genre", "Subject Code" and
     * "CC BY 4.0" as they are. %s is a link to the licence. */
    _("Contains IPTC NewsCodes (Media Topic, Genre, Subject Code) by IPTC, "
      "the International Press Telecommunications Council, licensed under "
      "CC BY 4.0 (%s). Changed: converted to JSON and reduced to selected "
      "fields and languages. IPTC does not endorse Copydesk."),
    "<a href=\"https://creativecommons.org/licenses/by/4.0/\">"
    "https://creativecommons.org/licenses/by/4.0/</a>");
  adw_about_window_add_legal_section (about, "IPTC NewsCodes",
                                      "© IPTC, International Press Telecommunications "
                                      "Council, https://iptc.org",
                                      GTK_LICENSE_CUSTOM, licence);
}

static char *
debug_info (void)
{
  return g_strdup_printf ("Copydesk %s\nGLib %u.%u.%u\nGTK %u.%u.%u\nlibadwaita %u.%u.%u\n",
                          PACKAGE_VERSION,
                          glib_major_version, glib_minor_version, glib_micro_version,
                          gtk_get_major_version (), gtk_get_minor_version (),
                          gtk_get_micro_version (),
                          adw_get_major_version (), adw_get_minor_version (),
                          adw_get_micro_version ());
}

/**
 * copydesk_about_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer full): a new About window, not yet shown
 */
GtkWidget *
copydesk_about_window_new (GtkWindow *parent)
{
  const char *developers[] = { _("The Copydesk developers"), NULL };
  g_autofree char *debug = debug_info ();
  AdwAboutWindow *about;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, "Copydesk");
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Copydesk developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about, _("Write news stories as structured articles, "
                                          "saved as IPTC NewsML-G2"));
  adw_about_window_set_website (about, WEBSITE);
  adw_about_window_set_issue_url (about, WEBSITE "/issues");
  adw_about_window_set_copyright (about, _("© 2026 The Copydesk developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  /* Translators: your name, and your e-mail or web address in angle
   * brackets, one translator a line; shown in the About window's credits */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_set_debug_info (about, debug);
  add_iptc_credit (about);
  return GTK_WIDGET (about);
}

/**
 * copydesk_about_present:
 * @parent: (nullable): the window it belongs to
 *
 * Shows a new About window.
 */
void
copydesk_about_present (GtkWindow *parent)
{
  gtk_window_present (GTK_WINDOW (copydesk_about_window_new (parent)));
}
