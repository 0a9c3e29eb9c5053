/* copydesk-checks-names.c: the names a story establishes, kept out of the
 * spelling count
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dictionary does not know "Porthaven" or "Penwarden", but the story
 * vouches for them: a word is a name when it stands in the byline, the
 * dateline, an author's name or a credit, or when it is written with a
 * capital in the middle of a sentence at least twice (a single capital at
 * the start of a sentence says nothing). Names are compared case-folded and
 * without a possessive "’s", so "PORTHAVEN," in the dateline vouches for
 * "Porthaven’s" in the body. The headline is not read for capitals: some
 * houses write headlines in title case.
 *
 * The spell function only counts, so the names are blanked out of the text
 * it is given, one space per character: the character offsets of what it
 * still finds stay those of the text.
 */
#include "config.h"

#include "copydesk-checks-private.h"

typedef struct
{
  const char *start;
  const char *end;
} Word;

static gboolean
is_letter (gunichar ch)
{
  return g_unichar_isalpha (ch) || g_unichar_ismark (ch);
}

static gboolean
is_apostrophe (gunichar ch)
{
  return ch == '\'' || ch == 0x2019;
}

/* The next word at or after @p: letters, with apostrophes that have letters
 * on both sides. A hyphen ends a word ("Porthaven-based" is two). */
static gboolean
next_word (const char *p,
           Word       *word)
{
  while (*p != '\0' && !is_letter (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return FALSE;
  word->start = p;
  while (*p != '\0')
    {
      gunichar ch = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (!is_letter (ch) && !(is_apostrophe (ch) && word->start < p &&
                               *next != '\0' && is_letter (g_utf8_get_char (next))))
        break;
      p = next;
    }
  word->end = p;
  return TRUE;
}

/* Case-folded, without a possessive "’s" or "'s". */
static char *
word_key (const Word *word)
{
  gsize len = word->end - word->start;
  g_autofree char *fold = NULL;

  if (len > 2 && (word->end[-1] == 's' || word->end[-1] == 'S'))
    {
      if (word->end[-2] == '\'')
        len -= 2;
      else if (len > 4 && g_str_has_prefix (word->end - 4, "’"))
        len -= 4;
    }
  fold = g_utf8_casefold (word->start, len);
  return g_utf8_normalize (fold, -1, G_NORMALIZE_NFC);
}

static void
add_all_words (GHashTable *names,
               const char *text)
{
  Word word;

  for (const char *p = text; p != NULL && next_word (p, &word); p = word.end)
    g_hash_table_add (names, word_key (&word));
}

static gboolean
is_capitalized (const Word *word)
{
  gboolean lower = FALSE;

  if (!g_unichar_isupper (g_utf8_get_char (word->start)))
    return FALSE;
  for (const char *p = g_utf8_next_char (word->start); p < word->end; p = g_utf8_next_char (p))
    lower = lower || g_unichar_islower (g_utf8_get_char (p));
  return lower;
}

/* Does a sentence end between @from and @to (the gap before a word)? */
static gboolean
ends_sentence (const char *from,
               const char *to)
{
  for (const char *p = from; p < to; p++)
    if (*p == '.' || *p == '!' || *p == '?' || *p == '\n')
      return TRUE;
  return FALSE;
}

/* Counts, in @capitals, each word written with a capital mid-sentence. */
static void
count_capitals (GHashTable *capitals,
                const char *text)
{
  const char *gap = text;
  Word word;

  if (text == NULL)
    return;
  for (const char *p = text; next_word (p, &word); p = gap = word.end)
    {
      char *key;

      if (gap == text || ends_sentence (gap, word.start) || !is_capitalized (&word))
        continue;
      key = word_key (&word);
      g_hash_table_insert (capitals, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (capitals, key)) + 1));
    }
}

static void
add_vouched (GHashTable      *names,
             CopydeskArticle *article)
{
  GListModel *authors = copydesk_article_get_authors (article);
  GListModel *photos = copydesk_article_get_photos (article);

  add_all_words (names, copydesk_article_get_byline (article));
  add_all_words (names, copydesk_article_get_dateline (article));
  add_all_words (names, copydesk_article_get_creditline (article));
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr (CopydeskAuthor) author = g_list_model_get_item (authors, i);

      add_all_words (names, copydesk_author_get_name (author));
    }
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      add_all_words (names, copydesk_photo_get_credit (photo));
    }
}

static void
add_capitalized (GHashTable      *names,
                 CopydeskArticle *article)
{
  g_autoptr (GHashTable) capitals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CopydeskBody *body = copydesk_article_get_body (article);
  GListModel *photos = copydesk_article_get_photos (article);
  GHashTableIter iter;
  gpointer key, count;

  count_capitals (capitals, copydesk_article_get_standfirst (article));
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);
      g_autofree char *markup = NULL;

      if (copydesk_block_get_kind (block) == COPYDESK_BLOCK_PHOTO)
        continue;
      markup = copydesk_block_to_markup (block);
      count_capitals (capitals, markup);
    }
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      count_capitals (capitals, copydesk_photo_get_caption (photo));
    }
  g_hash_table_iter_init (&iter, capitals);
  while (g_hash_table_iter_next (&iter, &key, &count))
    if (GPOINTER_TO_UINT (count) >= 2)
      g_hash_table_add (names, g_strdup (key));
}

/* The names @article establishes, case-folded: a set of strings. */
GHashTable *
_cdx_story_names (CopydeskArticle *article)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_vouched (names, article);
  add_capitalized (names, article);
  return names;
}

/* @text with each word of @names blanked, one space per character; NULL
 * when it has none of them. */
char *
_cdx_mask_names (GHashTable *names,
                 const char *text)
{
  g_autoptr (GString) masked = g_string_new (NULL);
  const char *copied = text;
  gboolean any = FALSE;
  Word word;

  for (const char *p = text; p != NULL && next_word (p, &word); p = word.end)
    {
      g_autofree char *key = word_key (&word);

      if (!g_hash_table_contains (names, key))
        continue;
      any = TRUE;
      g_string_append_len (masked, copied, word.start - copied);
      for (const char *c = word.start; c < word.end; c = g_utf8_next_char (c))
        g_string_append_c (masked, ' ');
      copied = word.end;
    }
  if (!any)
    return NULL;
  g_string_append (masked, copied);
  return g_string_free (g_steal_pointer (&masked), FALSE);
}
