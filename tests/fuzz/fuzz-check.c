/* fuzz-check.c: the NewsML-G2 checker takes any bytes without crashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built-in checks only: the schema is a fixed file, and libxml2's schema
 * code is not ours to fuzz.
 */
#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  CopydeskNewsmlCheck result;

  fuzz_init ();
  result = copydesk_newsml_check (bytes, NULL, &problems, &error);
  if ((result == COPYDESK_NEWSML_CHECK_FAILED) != (error != NULL))
    fuzz_fail ("the check failed without an error, or set one and went on");
  if (result == COPYDESK_NEWSML_CHECK_VALID)
    fuzz_fail ("the check says a schema passed, but none was given");
  if (result == COPYDESK_NEWSML_CHECK_INVALID && (problems == NULL || problems->len == 0))
    fuzz_fail ("the check says invalid but names no problem");
  if (problems != NULL && problems->len > COPYDESK_NEWSML_CHECK_MAX_PROBLEMS + 1)
    fuzz_fail ("the check listed %u problems, past its cap", problems->len);
  return 0;
}
