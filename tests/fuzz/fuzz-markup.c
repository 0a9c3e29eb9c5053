/* fuzz-markup.c: body markup, parsed and printed, is a fixed point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For any text that parses, print(parse(x)) parses to the same body and
 * prints to the same text again: what the editor shows after a load is what
 * it saves.
 */
#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(CopydeskBody) again = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *reprinted = NULL;

  fuzz_init ();
  body = copydesk_body_parse_markup ((const char *) data, (gssize) size, &error);
  if ((body == NULL) == (error == NULL))
    fuzz_fail ("the parser must give a body or an error");
  if (body == NULL)
    return 0;
  printed = copydesk_body_to_markup (body);
  again = copydesk_body_parse_markup (printed, -1, &error);
  if (again == NULL)
    fuzz_fail ("the printer's markup does not parse: %s\n%s", error->message, printed);
  if (!copydesk_body_equal (body, again))
    fuzz_fail ("the printed markup parses to another body:\n%s", printed);
  reprinted = copydesk_body_to_markup (again);
  if (g_strcmp0 (printed, reprinted) != 0)
    fuzz_fail ("print(parse(x)) is not a fixed point:\n--- once:\n%s\n--- twice:\n%s",
               printed, reprinted);
  return 0;
}
