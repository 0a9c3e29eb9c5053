/* copydesk-newsml-reader-partial.c: a read that had to leave part out says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's caps guard against floods in files from elsewhere; a file
 * Copydesk wrote has a cap ten times as high (10,000 photos), which only a
 * forged one reaches. When a cap left part of a file out, the
 * first warning says exactly what, whatever the cap on warnings, and the
 * article is marked, so that saving over the file can ask first.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-private.h"

static GQuark
partial_quark (void)
{
  return g_quark_from_static_string ("copydesk-newsml-read-partial");
}

void
_copydesk_reader_say_partial (Reader *r)
{
  char *line;

  /* only a foreign file is capped: one Copydesk wrote is read whole */
  /* TRANSLATORS: "… more than 1000 photos, … 37 were left out (urn:… to urn:…) …" */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only part of this file was read: it has more than "
                                       "%d photos, the most Copydesk reads from a file it "
                                       "did not write; %u was left out (%s to %s). Saving "
                                       "over the file would lose it.",
                                       "Only part of this file was read: it has more than "
                                       "%d photos, the most Copydesk reads from a file it "
                                       "did not write; %u were left out (%s to %s). Saving "
                                       "over the file would lose them.",
                                       r->photos_not_read),
                          COPYDESK_READER_MAX_PHOTOS, r->photos_not_read,
                          r->first_not_read, r->last_not_read);
  g_ptr_array_insert (r->warnings, 0, line);
  g_object_set_qdata (G_OBJECT (r->article), partial_quark (), GINT_TO_POINTER (TRUE));
}

/**
 * copydesk_newsml_read_is_partial:
 * @article: an article
 *
 * Whether @article came from a copydesk_newsml_read() that left part of the
 * file out (a file from elsewhere, past a cap; its first warning says what).
 * Saving it over the file it was read from would lose that part: the caller
 * asks first.
 *
 * Returns: %TRUE for an article read only in part
 */
gboolean
copydesk_newsml_read_is_partial (CopydeskArticle *article)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);

  return g_object_get_qdata (G_OBJECT (article), partial_quark ()) != NULL;
}
