/* fuzz-reader.c: the NewsML-G2 reader takes any bytes without crashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = NULL;

  fuzz_init ();
  article = copydesk_newsml_read (bytes, fuzz_base_dir (), &warnings, &error);
  if ((article == NULL) == (error == NULL))
    fuzz_fail ("the reader must give an article or an error, not %s",
               article ? "both" : "neither");
  if (error != NULL && (error->message == NULL || *error->message == '\0'))
    fuzz_fail ("the reader failed without saying why");
  return 0;
}
