/* copydesk-newsml-reader-plain.c: a body sent as text/plain (inlineData)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "copydesk-newsml-reader-private.h"
#include "copydesk-text.h"

/* Some feeds send text/plain that is HTML after all: "<p>One.</p><p>Two.</p>". */
static gboolean
looks_tagged (const char *text)
{
  return g_regex_match_simple ("<(p|br|div|h[1-6])(\\s[^>]*)?/?>", text,
                               G_REGEX_CASELESS, 0);
}

/* Paragraph and line tags become blank lines and line breaks, other tags go,
 * and the five XML entities are read. */
static char *
untag (const char *text)
{
  static const char * const entities[][2] = {
    { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" }, { "&apos;", "'" },
    { "&nbsp;", "\u00a0" }, { "&amp;", "&" },
  };
  g_autoptr(GRegex) blocks = g_regex_new ("</?(p|div|h[1-6]|li|blockquote)(\\s[^>]*)?>",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) breaks = g_regex_new ("<br\\s*/?>", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autofree char *a = g_regex_replace_literal (blocks, text, -1, 0, "\n\n", 0, NULL);
  g_autofree char *b = g_regex_replace_literal (breaks, a, -1, 0, " ", 0, NULL);
  char *out = g_regex_replace_literal (tags, b, -1, 0, "", 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_auto(GStrv) parts = g_strsplit (out, entities[i][0], -1);

      g_free (out);
      out = g_strjoinv (entities[i][1], parts);
    }
  return out;
}

/* inlineData in text/plain: paragraphs are separated by blank lines. */
CopydeskBody *
_copydesk_reader_read_plain_body (Reader     *r,
                                  const char *text)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autofree char *normal = copydesk_text_normalize_newlines (text, strlen (text));
  g_auto(GStrv) paragraphs = NULL;

  if (looks_tagged (normal))
    {
      char *untagged = untag (normal);

      g_free (normal);
      normal = untagged;
    }
  paragraphs = g_strsplit (normal, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(CopydeskRun) run = copydesk_run_new_plain (paragraphs[i]);

      if (!copydesk_run_is_empty (run))
        g_ptr_array_add (blocks, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
    }
  return copydesk_body_new (blocks);
}
