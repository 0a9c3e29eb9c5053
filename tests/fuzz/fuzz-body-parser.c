/* fuzz-body-parser.c: the incremental parser gives what a full parse gives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a series of texts separated by NUL bytes: the edits a writer
 * makes, one after another. One parser parses them in turn, as the editor
 * does, and each body must equal the full parse of that text (or both fail).
 * A single text is also edited by the input itself: its middle third cut
 * out, then put back, so that even seeds without NULs test the cuts.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body-parser.h"
#include "fuzz-common.h"

static void
parse_both (CopydeskBodyParser *parser,
            const char         *text,
            gsize               length,
            guint               step)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) full_error = NULL;
  g_autoptr(CopydeskBody) body = copydesk_body_parser_parse (parser, text, (gssize) length, &error);
  g_autoptr(CopydeskBody) full = copydesk_body_parse_markup (text, (gssize) length, &full_error);

  if ((body == NULL) != (full == NULL))
    fuzz_fail ("step %u: the incremental parse %s, the full one %s", step,
               body ? "succeeded" : "failed", full ? "succeeded" : "failed");
  if (body != NULL && !copydesk_body_equal (body, full))
    {
      g_autofree char *a = copydesk_body_to_markup (body);
      g_autofree char *b = copydesk_body_to_markup (full);

      fuzz_fail ("step %u: the incremental parse differs from the full one:\n"
                 "--- incremental:\n%s\n--- full:\n%s", step, a, b);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CopydeskBodyParser) parser = copydesk_body_parser_new ();
  const char *text = (const char *) data;
  const char *end = text + size;
  guint step = 0;

  fuzz_init ();
  if (memchr (data, '\0', size) == NULL)
    {
      g_autoptr(GString) cut = g_string_new_len (text, (gssize) (size / 3));

      g_string_append_len (cut, text + 2 * (size / 3), (gssize) (size - 2 * (size / 3)));
      parse_both (parser, text, size, step++);
      parse_both (parser, cut->str, cut->len, step++);
      parse_both (parser, text, size, step++);
      return 0;
    }
  while (text <= end)
    {
      const char *nul = memchr (text, '\0', (gsize) (end - text));
      gsize length = nul ? (gsize) (nul - text) : (gsize) (end - text);

      parse_both (parser, text, length, step++);
      text += length + 1;
    }
  return 0;
}
