/* toolkit-warnings.c: UI tests fail on every warning but one of the toolkit's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "toolkit-warnings.h"

static gboolean
is_toolkit_gizmo_warning (const char *domain,
                          const char *message)
{
  return g_strcmp0 (domain, "Gtk") == 0 &&
         g_str_has_prefix (message, "Trying to snapshot GtkGizmo") &&
         g_str_has_suffix (message, "without a current allocation");
}

static GLogWriterOutput
write_and_judge (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  const char *message = "";
  const char *domain = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length >= 0)
        continue;
      if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
    }
  if ((log_level & G_LOG_LEVEL_WARNING) && !is_toolkit_gizmo_warning (domain, message))
    {
      const char *test = g_test_get_path ();

      /* outside any test case (in main, before or after g_test_run) there
       * is no test to fail: stop there, as fatal warnings did */
      if (test == NULL || *test == '\0')
        {
          g_log_writer_default (log_level, fields, n_fields, user_data);
          g_abort ();
        }
      g_test_fail_printf ("a warning: %s: %s", domain ? domain : "", message);
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
toolkit_warnings_install (void)
{
  g_log_set_writer_func (write_and_judge, NULL, NULL);
  /* warnings are judged above; criticals stay fatal */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
}
