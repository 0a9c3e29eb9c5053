/* copydesk-names.c: file names made from an article's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save, Export, the photo panel and the draft store all name files after
 * what the journalist typed; the rules live here, once.
 */
#include "config.h"

#include <string.h>

#include "copydesk-names.h"

/**
 * copydesk_safe_name:
 *
 * Returns: (transfer full) (nullable): the stem, or %NULL
 */
char *
copydesk_safe_name (const char *text,
                    gsize       max_len)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  ascii = g_str_to_ascii (text, "C");
  for (p = ascii; *p != '\0' && name->len < max_len; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, g_ascii_tolower (*p));
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  /* Cut in the middle of a word: back to the end of the last whole one
   * ("harbour-flood-barr" reads as a typo), unless it is the only word. */
  if (g_ascii_isalnum (*p) && name->len > 0 && g_ascii_isalnum (name->str[name->len - 1]))
    {
      const char *dash = strrchr (name->str, '-');

      if (dash != NULL)
        g_string_truncate (name, dash - name->str);
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * copydesk_article_suggest_file_name:
 *
 * Returns: (transfer full): a file name for the article's NewsML-G2 file
 */
char *
copydesk_article_suggest_file_name (CopydeskArticle *article)
{
  const char *from;
  g_autofree char *stem = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  from = copydesk_article_get_slugline (article);
  stem = copydesk_safe_name (from, 60);
  if (stem == NULL)
    stem = copydesk_safe_name (copydesk_article_get_headline (article), 60);
  return g_strconcat (stem != NULL ? stem : "article", ".xml", NULL);
}

/**
 * copydesk_guid_to_file_name:
 *
 * Returns: (transfer full): the file name
 */
char *
copydesk_guid_to_file_name (const char *guid,
                            const char *suffix)
{
  GString *name;

  g_return_val_if_fail (guid != NULL, NULL);

  name = g_string_new (NULL);
  for (const char *p = guid; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' || *p == '.' ? *p : '_');
  if (suffix != NULL)
    g_string_append (name, suffix);
  return g_string_free (name, FALSE);
}
