/* copydesk-core-private.h: helpers shared inside the core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stores a copy of @value ("" for %NULL) in *@field; %TRUE if it changed. */
static inline gboolean
_copydesk_set_string (char       **field,
                      const char  *value)
{
  if (value == NULL)
    value = "";
  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Same for a string vector; %NULL and an empty vector are the same. */
static inline gboolean
_copydesk_set_strv (char               ***field,
                    const char * const   *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

G_END_DECLS
