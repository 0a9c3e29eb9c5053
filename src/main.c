/* main.c: the copydesk program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "copydesk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CopydeskApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* COPYDESK_LOCALE_DIR: the build's catalogues, for tests and uninstalled runs */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("COPYDESK_LOCALE_DIR") != NULL
                                   ? g_getenv ("COPYDESK_LOCALE_DIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name ("Copydesk");

  app = copydesk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
