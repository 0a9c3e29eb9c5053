/* fuzz-import.c: the plain-text importer takes any bytes without crashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GBytes) xml = NULL;

  fuzz_init ();
  article = copydesk_import_plain_text ((const char *) data, size, &dropped, &error);
  if ((article == NULL) == (error == NULL))
    fuzz_fail ("the importer must give an article or an error, not %s",
               article ? "both" : "neither");
  if (article == NULL)
    return 0;
  /* whatever it made, the writer writes, and the file reads back the same */
  xml = fuzz_write (article, "the imported article");
  fuzz_assert_round_trip (xml, "the imported article");
  return 0;
}
