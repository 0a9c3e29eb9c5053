/* copydesk-version-diff.c: word-by-word comparison of two versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A longest common subsequence over words, after trimming what both texts
 * share at the start and end (a correction usually touches a few words).
 * Past a size where the table would be too big, the differing middle is
 * shown as removed and added whole: slower answers help nobody.
 */
#include "config.h"

#include <string.h>

#include "copydesk-version-diff.h"

#define MAX_CELLS (8 * 1024 * 1024)

/* A word with the whitespace after it. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      g_ptr_array_add (words, g_strndup (start, p - start));
    }
  return words;
}

/* Two words are the same if they are apart from the spacing after them. */
static gboolean
same_word (const char *a,
           const char *b)
{
  gsize la = strcspn (a, " \t\n\r\f\v");
  gsize lb = strcspn (b, " \t\n\r\f\v");

  return la == lb && strncmp (a, b, la) == 0;
}

static void
part_free (gpointer data)
{
  CopydeskDiffPart *part = data;

  g_free (part->text);
  g_free (part);
}

static void
add_part (GPtrArray        *parts,
          CopydeskDiffKind  kind,
          const char       *word)
{
  CopydeskDiffPart *last = parts->len ? g_ptr_array_index (parts, parts->len - 1) : NULL;
  CopydeskDiffPart *part;

  if (last != NULL && last->kind == kind)
    {
      char *joined = g_strconcat (last->text, word, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }
  part = g_new0 (CopydeskDiffPart, 1);
  part->kind = kind;
  part->text = g_strdup (word);
  g_ptr_array_add (parts, part);
}

/* lcs[i][j]: the common length of a[i..] and b[j..] */
static guint *
lcs_table (GPtrArray *a, guint a0, guint a1,
           GPtrArray *b, guint b0, guint b1)
{
  guint n = a1 - a0, m = b1 - b0;
  guint *t = g_new0 (guint, (gsize) (n + 1) * (m + 1));

  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      t[i * (m + 1) + j] = same_word (a->pdata[a0 + i], b->pdata[b0 + j])
                           ? t[(i + 1) * (m + 1) + j + 1] + 1
                           : MAX (t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
  return t;
}

/* The middle that differs, from the table; removals come first. */
static void
diff_middle (GPtrArray *parts,
             GPtrArray *a, guint a0, guint a1,
             GPtrArray *b, guint b0, guint b1)
{
  guint n = a1 - a0, m = b1 - b0, i = 0, j = 0;
  g_autofree guint *t = NULL;

  if ((guint64) (n + 1) * (m + 1) > MAX_CELLS)
    {
      for (; i < n; i++)
        add_part (parts, COPYDESK_DIFF_REMOVED, a->pdata[a0 + i]);
      for (; j < m; j++)
        add_part (parts, COPYDESK_DIFF_ADDED, b->pdata[b0 + j]);
      return;
    }
  t = lcs_table (a, a0, a1, b, b0, b1);
  while (i < n || j < m)
    {
      if (i < n && j < m && same_word (a->pdata[a0 + i], b->pdata[b0 + j]))
        {
          add_part (parts, COPYDESK_DIFF_SAME, b->pdata[b0 + j]);
          i++;
          j++;
        }
      else if (i < n && (j == m || t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]))
        add_part (parts, COPYDESK_DIFF_REMOVED, a->pdata[a0 + i++]);
      else
        add_part (parts, COPYDESK_DIFF_ADDED, b->pdata[b0 + j++]);
    }
}

GPtrArray *
copydesk_word_diff (const char *before,
                    const char *after)
{
  g_autoptr(GPtrArray) a = split_words (before ? before : "");
  g_autoptr(GPtrArray) b = split_words (after ? after : "");
  GPtrArray *parts = g_ptr_array_new_with_free_func (part_free);
  guint head = 0, tail = 0;

  while (head < a->len && head < b->len && g_str_equal (a->pdata[head], b->pdata[head]))
    add_part (parts, COPYDESK_DIFF_SAME, a->pdata[head++]);
  while (tail < a->len - head && tail < b->len - head &&
         g_str_equal (a->pdata[a->len - 1 - tail], b->pdata[b->len - 1 - tail]))
    tail++;
  diff_middle (parts, a, head, a->len - tail, b, head, b->len - tail);
  for (guint k = b->len - tail; k < b->len; k++)
    add_part (parts, COPYDESK_DIFF_SAME, b->pdata[k]);
  return parts;
}

char *
copydesk_article_dup_compared_text (CopydeskArticle *article)
{
  g_autofree char *body = NULL;
  const char *fields[5];
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  body = copydesk_body_to_markup (copydesk_article_get_body (article));
  fields[0] = copydesk_article_get_headline (article);
  fields[1] = copydesk_article_get_standfirst (article);
  fields[2] = copydesk_article_get_byline (article);
  fields[3] = copydesk_article_get_dateline (article);
  fields[4] = body;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (*fields[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, fields[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GPtrArray *
copydesk_article_word_diff (CopydeskArticle *before,
                            CopydeskArticle *after)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (before), NULL);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (after), NULL);

  a = copydesk_article_dup_compared_text (before);
  b = copydesk_article_dup_compared_text (after);
  return copydesk_word_diff (a, b);
}
