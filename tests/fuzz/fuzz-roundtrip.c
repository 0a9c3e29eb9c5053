/* fuzz-roundtrip.c: for any file that reads, the round trip is lossless
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * write(read(write(read(x)))) == write(read(x)), and the body read is the
 * one its markup parses to (the editor's way). Input that is not NewsML-G2
 * is taken as body markup (the first line the headline), so that any body
 * the editor can hold goes through the writer and the reader too.
 */
#include "config.h"

#include <string.h>

#include "copydesk-text.h"
#include "fuzz-common.h"

static CopydeskArticle *
article_from_markup (const char *data,
                     gsize       size)
{
  const char *nl = memchr (data, '\n', size);
  gsize head = nl ? (gsize) (nl - data) : size;
  g_autofree char *raw = g_utf8_make_valid (data, (gssize) head);
  /* one line, as the headline entry gives it: the body is what is fuzzed
   * here (a headline ending in a control character is left to the writer's
   * own tests: written, its <title> keeps the blank before it) */
  g_autofree char *clean = copydesk_text_strip_xml_invalid (raw);
  g_autofree char *headline = copydesk_text_collapse_whitespace (clean);
  g_autoptr(CopydeskBody) body = NULL;
  CopydeskArticle *article;

  if (nl == NULL)
    return NULL;
  body = copydesk_body_parse_markup (nl + 1, (gssize) (size - head - 1), NULL);
  if (body == NULL)
    return NULL;
  article = copydesk_article_new ();
  copydesk_article_set_headline (article, headline);
  copydesk_article_set_body (article, body);
  return article;
}

/* The editor shows the body as markup and saves what it parses back: the
 * body read must be the body its markup parses to. */
static void
assert_body_survives_markup (CopydeskBody *body,
                             const char   *what)
{
  g_autofree char *markup = copydesk_body_to_markup (body);
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskBody) again = copydesk_body_parse_markup (markup, -1, &error);

  if (again == NULL)
    fuzz_fail ("%s: the body's markup does not parse: %s\n%s", what, error->message, markup);
  if (!copydesk_body_equal (body, again))
    {
      g_autofree char *reprinted = copydesk_body_to_markup (again);

      fuzz_fail ("%s: the body, printed as markup, parses to another body:\n"
                 "--- printed:\n%s\n--- parsed and printed again:\n%s", what, markup, reprinted);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GBytes) written = NULL;
  const char *what = "the file read";

  fuzz_init ();
  article = copydesk_newsml_read (bytes, fuzz_base_dir (), NULL, NULL);
  if (article == NULL)
    {
      article = article_from_markup ((const char *) data, size);
      what = "an article of that markup";
    }
  if (article == NULL)
    return 0;
  assert_body_survives_markup (copydesk_article_get_body (article), what);
  written = fuzz_write (article, what);
  fuzz_assert_round_trip (written, what);
  return 0;
}
