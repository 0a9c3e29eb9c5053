/* copydesk-newsml-reader.c: NewsML-G2 in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Placeholder until the reader issue lands: it refuses every document with
 * COPYDESK_ERROR_NOT_SUPPORTED, so callers can be written against the API.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"

CopydeskArticle *
copydesk_newsml_read (GBytes     *bytes,
                      GFile      *base_dir,
                      GPtrArray **warnings,
                      GError    **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_SUPPORTED,
                       _("Reading NewsML-G2 is not available yet"));
  return NULL;
}
