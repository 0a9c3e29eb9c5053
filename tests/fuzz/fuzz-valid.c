/* fuzz-valid.c: every file the writer produces validates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever reads (NewsML-G2), or else whatever parses as body markup, is
 * written and the output validated against the schema named by
 * $COPYDESK_NEWSML_SCHEMA (loaded once); without one it skips.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GBytes) written = NULL;
  const char *what = "the file read";

  fuzz_init ();
  if (!fuzz_have_schema ())
    {
      if (fuzz_current_input == NULL)
        fuzz_fail ("fuzz-valid needs the schema: set COPYDESK_NEWSML_SCHEMA");
      /* replaying: a test that says it skipped */
      printf ("fuzz-valid: SKIPPED: COPYDESK_NEWSML_SCHEMA names no schema "
              "(../shared is not beside the tree)\n");
      exit (77);
    }
  article = copydesk_newsml_read (bytes, fuzz_base_dir (), NULL, NULL);
  if (article == NULL)
    {
      g_autoptr(CopydeskBody) body = copydesk_body_parse_markup ((const char *) data,
                                                                 (gssize) size, NULL);

      if (body == NULL)
        return 0;
      article = copydesk_article_new ();
      copydesk_article_set_headline (article, "Fuzzed body");
      copydesk_article_set_body (article, body);
      what = "an article of that markup";
    }
  written = fuzz_write (article, what);
  fuzz_assert_valid (written, what);
  return 0;
}
