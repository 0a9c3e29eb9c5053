/* bench-vocab.c: how long loading the vocabularies and one keystroke's search take
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test (speed is no test's business): build and run by hand,
 *   meson compile -C _build tests/desk/bench-vocab && _build/tests/desk/bench-vocab
 * It types a few words letter by letter, in each language, and reports the
 * mean and the worst time per keystroke over all of them.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "copydesk-core.h"

int
main (void)
{
  static const struct { const char *language; const char *text; } typed[] = {
    { "en-GB", "labour market" }, { "en-GB", "football" }, { "en-US", "soccer" },
    { "de", "Arbeitsmarkt" }, { "fr", "économie" }, { "es", "elecciones" },
    { "en-GB", "a" }, { "en-GB", "e" }, { "de", "s" },
  };
  gint64 start = g_get_monotonic_time ();
  gint64 total = 0, worst = 0;
  guint keystrokes = 0, results = 0;
  CopydeskVocab *vocab = copydesk_vocab_get_default ();
  gint64 loaded = g_get_monotonic_time () - start;

  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      for (gsize len = 1; len <= strlen (typed[i].text); len++)
        {
          g_autofree char *prefix = g_strndup (typed[i].text, len);
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr(GPtrArray) hits = copydesk_vocab_search (vocab, COPYDESK_SCHEME_MEDIA_TOPIC,
                                                             prefix, typed[i].language, 12);
          gint64 spent = g_get_monotonic_time () - t0;

          total += spent;
          worst = MAX (worst, spent);
          keystrokes++;
          results += hits->len;
        }
  printf ("load (first use, 2,851 concepts, labels folded): %.2f ms\n", loaded / 1000.0);
  printf ("search: %u keystrokes, mean %.3f ms, worst %.3f ms (%u results)\n", keystrokes,
          (double) total / keystrokes / 1000.0, worst / 1000.0, results);
  return 0;
}
