/* copydesk-import.c: plain text -> article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first reading: the first block is the headline, the second the
 * standfirst, every other block a paragraph. Blocks are separated by blank
 * lines; lines inside a block are joined.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import.h"
#include "copydesk-text.h"

/**
 * copydesk_import_plain_text:
 * @data: the text
 * @length: its length in bytes
 * @dropped: (out) (optional) (element-type utf8): lines that were not taken
 *   into the article, for the user to see
 * @error: return location for an error
 *
 * Returns: (transfer full): a new article, or %NULL with @error set
 *   (%COPYDESK_ERROR_INVALID_UTF8 names the offset of the first bad byte)
 */
CopydeskArticle *
copydesk_import_plain_text (const char  *data,
                            gsize        length,
                            GPtrArray  **dropped,
                            GError     **error)
{
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskBody) body = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *block = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!copydesk_text_validate_utf8 (data, length, "The text", error))
    return NULL;

  text = copydesk_text_normalize_newlines (data, length);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = copydesk_text_collapse_whitespace (lines[i]);

      if (*line == '\0')
        {
          if (block != NULL)
            g_ptr_array_add (blocks, g_string_free (g_steal_pointer (&block), FALSE));
          continue;
        }
      if (block == NULL)
        block = g_string_new (line);
      else
        g_string_append_printf (block, " %s", line);
    }
  if (block != NULL)
    g_ptr_array_add (blocks, g_string_free (block, FALSE));

  article = copydesk_article_new ();
  if (blocks->len > 0)
    copydesk_article_set_headline (article, g_ptr_array_index (blocks, 0));
  if (blocks->len > 1)
    copydesk_article_set_standfirst (article, g_ptr_array_index (blocks, 1));
  for (guint i = 2; i < blocks->len; i++)
    {
      g_autoptr(CopydeskRun) run = copydesk_run_new_plain (g_ptr_array_index (blocks, i));

      g_ptr_array_add (paragraphs, copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run));
    }
  body = copydesk_body_new (paragraphs);
  copydesk_article_set_body (article, body);

  if (dropped != NULL)
    *dropped = g_ptr_array_new_with_free_func (g_free);
  return g_steal_pointer (&article);
}
