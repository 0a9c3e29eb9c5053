/* bench-vocab.c: how long loading the vocabularies and one keystroke's search take
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test (speed is no test's business): build and run by hand,
 *   meson compile -C _build tests/desk/bench-vocab && _build/tests/desk/bench-vocab
 * It types a few words letter by letter, in each language, and reports the
 * mean, median, 99th percentile and worst time per keystroke. On a machine
 * shared with other work the worst is mostly time spent descheduled; the
 * percentiles say more.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "copydesk-core.h"

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

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
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      for (gsize len = 1; len <= strlen (typed[i].text); len++)
        {
          g_autofree char *prefix = g_strndup (typed[i].text, len);
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr(GPtrArray) hits = copydesk_vocab_search (vocab, COPYDESK_SCHEME_MEDIA_TOPIC,
                                                             prefix, typed[i].language, 12);
          gint64 spent = g_get_monotonic_time () - t0;

          g_array_append_val (spans, spent);
          total += spent;
          worst = MAX (worst, spent);
          keystrokes++;
          results += hits->len;
        }
  printf ("load (first use, 2,851 concepts, labels folded): %.2f ms\n", loaded / 1000.0);
  g_array_sort (spans, compare_spans);
  printf ("search: %u keystrokes, mean %.3f ms, median %.3f ms, 99th percentile %.3f ms, "
          "worst %.3f ms (%u results)\n", keystrokes, (double) total / keystrokes / 1000.0,
          g_array_index (spans, gint64, spans->len / 2) / 1000.0,
          g_array_index (spans, gint64, spans->len * 99 / 100) / 1000.0, worst / 1000.0, results);
  return 0;
}
