/* copydesk-import.c: plain text -> article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The second pass of the importer (the first is copydesk-import-items.c): it
 * walks the items and gives each its place in the article.
 *
 * 1. Chrome before the headline is dropped; the first item is the headline.
 * 2. The head: until the first paragraph, items may be a byline, the line
 *    under a byline (agency or job title), an author bio, a bare name (a
 *    byline without "By"), a photo caption, a date line (dropped), or the
 *    standfirst. The standfirst is the item straight after the headline
 *    (captions and dropped lines aside), unless it is a byline or opens with
 *    a dateline, in which case the article has no standfirst.
 * 3. The body: paragraphs, captions (photos placed where they stood), list
 *    entries. A contributor note ends the article when at most two real
 *    paragraphs follow it (see closes_article): what follows it is dropped,
 *    save more note lines and an author bio. An end mark ("###") ends it too.
 *    A heading such as "Most Popular" starts the page's furniture: it and
 *    the headline-like items after it are dropped, until a sentence (eight
 *    words or more, ending with a full stop) or a contributor note shows the
 *    article goes on. Date lines above the first paragraph are dropped.
 * 4. The finish: the first paragraph gives up its dateline; a short line with
 *    no closing punctuation (see _copydesk_import_is_short_plain) is a
 *    subheading when some text comes before it in the body (photos alone do
 *    not count) and a full paragraph or a list comes after it. A short line
 *    at the end of the article, or the first of two in a row, stays a
 *    paragraph; a short line just above a list ("Key points") is the list's
 *    heading even at the top of the body. List entries in a row make one list.
 *
 * Every item that is not taken into the article is reported in @dropped.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-import-private.h"
#include "copydesk-import.h"
#include "copydesk-text.h"

/* What lets furniture end: a sentence this long (links to other stories are
 * headlines, which seldom end with a full stop), or a contributor note. */
#define TAIL_PARAGRAPH_WORDS 8

typedef enum
{
  ENTRY_PARAGRAPH,
  ENTRY_PHOTO,
  ENTRY_BULLET,
  ENTRY_NUMBERED,
} EntryKind;

typedef struct
{
  EntryKind  kind;
  char      *text;   /* paragraph or list entry text, or the photo id */
} Entry;

typedef struct
{
  CopydeskArticle *article;
  GPtrArray       *items;
  GPtrArray       *dropped;
  GArray          *entries;
  GPtrArray       *contributors;
  GString         *note;
  CopydeskAuthor  *byline_author;  /* the one author of the last byline, or NULL */
  guint            n_photos;
  gboolean         have_byline;
  gboolean         have_paragraph;
  const char      *date_line;      /* the head's first date line, or NULL */
} Import;

static void
entry_clear (Entry *entry)
{
  g_free (entry->text);
}

static ImportItem *
item_at (Import *imp,
         guint   i)
{
  return g_ptr_array_index (imp->items, i);
}

static void
drop (Import     *imp,
      ImportItem *item)
{
  for (guint i = 0; item->lines[i] != NULL; i++)
    g_ptr_array_add (imp->dropped, g_strdup (item->lines[i]));
}

static void
add_entry (Import     *imp,
           EntryKind   kind,
           const char *text)
{
  Entry entry = { kind, g_strdup (text) };

  g_array_append_val (imp->entries, entry);
  if (kind == ENTRY_PARAGRAPH)
    imp->have_paragraph = TRUE;
}

static void
add_photo (Import     *imp,
           ImportItem *item)
{
  /* the article is new and only the importer adds photos, so numbering them
   * is enough (copydesk_article_new_photo_id() searches, which adds up to
   * cubic time on a long gallery) */
  g_autofree char *id = g_strdup_printf ("photo-%u", ++imp->n_photos);
  g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (id);
  g_autofree char *photographer = _copydesk_import_photographer (item->credit);

  copydesk_photo_set_caption (photo, item->caption);
  copydesk_photo_set_credit (photo, item->credit);
  if (photographer != NULL)
    copydesk_photo_set_photographer (photo, photographer);
  copydesk_article_add_photo (imp->article, photo);
  add_entry (imp, ENTRY_PHOTO, id);
}

static CopydeskAuthor *
find_author (Import     *imp,
             const char *name)
{
  GListModel *authors = copydesk_article_get_authors (imp->article);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      if (g_str_equal (copydesk_author_get_name (author), name))
        return author;
    }
  return NULL;
}

/* The job title or agency under a byline applies to its author; one title
 * under several names would be a guess about who holds it. */
static void
apply_affiliation (Import     *imp,
                   const char *title,
                   const char *agency)
{
  if (agency != NULL)
    copydesk_article_set_provider (imp->article, agency);
  if (title != NULL && imp->byline_author != NULL)
    copydesk_author_set_job_title (imp->byline_author, title);
}

static void
apply_byline (Import       *imp,
              ImportByline *byline)
{
  imp->byline_author = NULL;
  for (guint i = 0; i < byline->names->len; i++)
    {
      const char *name = g_ptr_array_index (byline->names, i);
      CopydeskAuthor *author = find_author (imp, name);

      if (author == NULL)
        {
          g_autoptr(CopydeskAuthor) added = copydesk_author_new (name);

          copydesk_article_add_author (imp->article, added);
          author = added;
        }
      if (byline->bio != NULL)
        copydesk_author_set_bio (author, byline->bio);
      if (byline->names->len == 1)
        imp->byline_author = author;
    }
  for (guint i = 0; i < byline->left_out->len; i++)
    g_ptr_array_add (imp->dropped, g_strdup (g_ptr_array_index (byline->left_out, i)));
  if (!imp->have_byline)
    copydesk_article_set_byline (imp->article, byline->byline);
  imp->have_byline = TRUE;
  /* "Por Ana Lobo, de Corumbá": the place is the dateline */
  if (byline->place != NULL && *copydesk_article_get_dateline (imp->article) == '\0')
    copydesk_article_set_dateline (imp->article, byline->place);
  apply_affiliation (imp, byline->title, byline->agency);
}

/* "Anna Price, Sian Roberts and Daniel Okoye" on a line of its own, before
 * the first paragraph, is a byline without "By": names of two words or more
 * only, so that a short heading is not taken for a name. */
static ImportByline *
parse_bare_names (const char *text)
{
  g_autofree char *by = g_strconcat ("By ", text, NULL);
  g_autoptr(ImportByline) byline = NULL;

  if (!_copydesk_import_is_short_plain (text) ||
      (byline = _copydesk_import_parse_byline (by)) == NULL)
    return NULL;
  /* two to four words a name, and no "in City": a title-case headline
   * ("Farmers Plant Again in Fields Cleared of Mines") is not a byline */
  for (guint i = 0; i < byline->names->len; i++)
    if (_copydesk_import_count_words (g_ptr_array_index (byline->names, i)) < 2 ||
        _copydesk_import_count_words (g_ptr_array_index (byline->names, i)) > 4)
      return NULL;
  if (byline->agency != NULL || byline->title != NULL || strstr (byline->byline, " in ") != NULL)
    return NULL;
  return byline->names->len > 0 ? g_steal_pointer (&byline) : NULL;
}

/* The line under a byline: "Associated Press", "Science Editor", or any
 * short name in capitals such as a desk ("Sport Wales"). */
static gboolean
take_affiliation (Import     *imp,
                  const char *text)
{
  g_autofree char *title = NULL;
  g_autofree char *agency = NULL;

  if (!_copydesk_import_parse_affiliation (text, &title, &agency))
    {
      g_auto(GStrv) words = g_strsplit (text, " ", -1);

      if (!_copydesk_import_is_short_plain (text) || g_strv_length (words) > 5)
        return FALSE;
      for (guint i = 0; words[i] != NULL; i++)
        if (!g_unichar_isupper (g_utf8_get_char (words[i])))
          return FALSE;
      agency = g_strdup (text);
    }
  apply_affiliation (imp, title, agency);
  return TRUE;
}

/* A bio counts when nobody is credited yet or it is about a credited author. */
static gboolean
take_bio (Import     *imp,
          const char *text)
{
  g_autoptr(ImportByline) bio = _copydesk_import_parse_bio (text);

  if (bio == NULL)
    return FALSE;
  if (imp->have_byline && find_author (imp, g_ptr_array_index (bio->names, 0)) == NULL)
    return FALSE;
  apply_byline (imp, bio);
  return TRUE;
}

static gboolean
opens_with_dateline (const char *text)
{
  g_autofree char *rest = NULL;
  g_autofree char *dateline = _copydesk_import_split_dateline (text, &rest);

  return dateline != NULL;
}

typedef void (*ArticleSetter) (CopydeskArticle *article,
                               const char      *value);

/* Labelled lines of the head, each giving one field:
 * - "Reporting from Kharkiv, Ukraine" under a byline says where the story
 *   was written: the dateline, unless the first paragraph brings its own;
 * - "From: Department for Transport" above a press release names its sender;
 * - "Eds: Updates with ..." above wire copy speaks to the desk, not to
 *   readers: it is the editorial note, which is never printed. */
static const struct
{
  const char    *pattern;
  ArticleSetter  set;
} head_labels[] = {
  { "^(?:reporting|reported|writing) from (\\p{Lu}[^.!?]{0,60})$", copydesk_article_set_dateline },
  { "^from:\\s*(\\p{Lu}[^.!?:]{0,60})$", copydesk_article_set_provider },
  { "^eds?\\s*:\\s*(\\S.*)$", copydesk_article_set_editorial_note },
};

static gboolean
take_head_label (Import     *imp,
                 const char *text)
{
  static GRegex *regexes[G_N_ELEMENTS (head_labels)];

  for (guint i = 0; i < G_N_ELEMENTS (head_labels); i++)
    {
      g_autofree char *value = _copydesk_import_match_group (&regexes[i], head_labels[i].pattern,
                                                             G_REGEX_CASELESS, text, 1);

      if (value != NULL)
        {
          head_labels[i].set (imp->article, value);
          return TRUE;
        }
    }
  return FALSE;
}

/* "Madrid - 05 mar 2024 - 10:42 CET" under the byline: the place is the
 * dateline; the date, which the article file carries elsewhere, is reported. */
static gboolean
take_place_date (Import     *imp,
                 ImportItem *item)
{
  g_autofree char *place = _copydesk_import_place_of_date_line (item->text);

  if (place == NULL)
    return FALSE;
  if (*copydesk_article_get_dateline (imp->article) == '\0')
    copydesk_article_set_dateline (imp->article, place);
  drop (imp, item);
  return TRUE;
}

/* "Updated – 12 March 2024, 09:15 IST – MUMBAI": the place among the
 * dates is the dateline, unless the byline or the first paragraph gives
 * one (the paragraph's wins later, see take_dateline). */
static void
take_date_line_place (Import     *imp,
                      ImportItem *item)
{
  g_autofree char *place = NULL;

  if (item->kind != ITEM_DATE || *copydesk_article_get_dateline (imp->article) != '\0')
    return;
  place = _copydesk_import_place_in_date_line (item->text);
  if (place != NULL)
    copydesk_article_set_dateline (imp->article, place);
}

/* "Editor's note: ..." and "Correction: ..." speak to readers: they stay in
 * the body, but are neither the standfirst nor the paragraph a dateline opens. */
static gboolean
is_readers_note (const char *text)
{
  static GRegex *note;

  return _copydesk_import_match (&note, "^(editor'?s'? note|editor’s note|correction|"
                                        "clarification|update)\\s*:", text);
}

/* One item of the head; FALSE when it is the first paragraph instead. */
static gboolean
read_head_item (Import     *imp,
                ImportItem *item,
                gboolean   *after_byline,
                gboolean   *standfirst_allowed)
{
  g_autoptr(ImportByline) byline = NULL;
  gboolean was_after_byline = *after_byline;

  *after_byline = FALSE;
  if (item->credit != NULL)
    {
      add_photo (imp, item);
      *after_byline = was_after_byline;
      return TRUE;
    }
  byline = _copydesk_import_parse_byline (item->text);
  if (byline != NULL && byline->role)
    {
      apply_byline (imp, byline);
      return TRUE;
    }
  /* bylines without "By": "DENVER: KAYLA BRENNAN", "Rhea Kulkarni in Mumbai
   * and Arjun Menon in New Delhi", "Anna Price, Sian Roberts". Labelled
   * lines ("From:", "Eds:") are tried first: they are not places. */
  if (byline == NULL && !imp->have_byline && take_head_label (imp, item->text))
    return TRUE;
  if (byline == NULL && !imp->have_byline)
    byline = _copydesk_import_parse_place_name (item->text);
  if (byline == NULL && !imp->have_byline)
    byline = _copydesk_import_parse_names_in_places (item->text);
  if (byline == NULL && !imp->have_byline)
    byline = parse_bare_names (item->text);
  if (byline != NULL && !imp->have_byline)
    {
      apply_byline (imp, byline);
      *after_byline = TRUE;
      *standfirst_allowed = FALSE;
      return TRUE;
    }
  if ((was_after_byline && take_affiliation (imp, item->text)) || take_bio (imp, item->text) ||
      take_head_label (imp, item->text) || take_place_date (imp, item))
    return TRUE;
  if (*standfirst_allowed && !opens_with_dateline (item->text) && !is_readers_note (item->text))
    {
      copydesk_article_set_standfirst (imp->article, item->text);
      *standfirst_allowed = FALSE;
      return TRUE;
    }
  return FALSE;
}

/* A section label over the headline ("World", "EXCLUSIVE", "Climate
 * crisis"): one or two words, or up to four in capitals, with no
 * punctuation, and straight after it a longer line that reads as a headline
 * (at most 20 words, no full stop). A two-word headline over a standfirst
 * without a full stop would be taken for a label: rare, and reported. */
static gboolean
is_kicker (Import *imp,
           guint   i)
{
  ImportItem *item = item_at (imp, i);
  ImportItem *next = i + 1 < imp->items->len ? item_at (imp, i + 1) : NULL;
  guint words = _copydesk_import_count_words (item->text);
  g_autofree char *upper = g_utf8_strup (item->text, -1);
  g_autoptr(ImportByline) byline = NULL;

  if (next == NULL || next->kind != ITEM_TEXT || next->credit != NULL ||
      !_copydesk_import_is_short_plain (item->text) ||
      _copydesk_import_count_words (next->text) < 4 ||
      _copydesk_import_count_words (next->text) > 20 || _copydesk_import_ends_sentence (next->text))
    return FALSE;
  if (words > 4 || (words > 2 && !g_str_equal (upper, item->text)))
    return FALSE;
  /* "By Jane Doe" first is a byline above the headline, not a label */
  byline = _copydesk_import_parse_byline (item->text);
  return byline == NULL;
}

/* Drops an item of the head; the first date line is kept aside for the
 * article's date (copydesk-import-date.c). */
static void
drop_head_item (Import     *imp,
                ImportItem *item)
{
  if (item->kind == ITEM_DATE && imp->date_line == NULL)
    imp->date_line = item->text;
  drop (imp, item);
}

static guint
read_head (Import *imp)
{
  guint i = 0;
  gboolean after_byline = FALSE;
  gboolean standfirst_allowed = TRUE;

  /* above the headline: furniture, a note to the desk, a note to readers */
  for (; i < imp->items->len; i++)
    {
      ImportItem *item = item_at (imp, i);

      if (item->kind == ITEM_TEXT && take_head_label (imp, item->text))
        continue;
      if (item->kind == ITEM_TEXT && is_readers_note (item->text))
        add_entry (imp, ENTRY_PARAGRAPH, item->text);
      else if (item->kind == ITEM_TEXT && !is_kicker (imp, i))
        break;
      else
        drop_head_item (imp, item);
    }
  if (i == imp->items->len)
    return i;
  copydesk_article_set_headline (imp->article, item_at (imp, i)->text);

  for (i++; i < imp->items->len; i++)
    {
      ImportItem *item = item_at (imp, i);

      if (item->kind == ITEM_CHROME || item->kind == ITEM_DATE)
        {
          take_date_line_place (imp, item);
          drop_head_item (imp, item);
          continue;
        }
      if (item->kind != ITEM_TEXT ||
          !read_head_item (imp, item, &after_byline, &standfirst_allowed))
        break;
    }
  return i;
}

static void
add_note (Import     *imp,
          const char *text)
{
  g_autoptr(GPtrArray) names = _copydesk_import_contributor_names (text);

  if (imp->note->len > 0)
    g_string_append_c (imp->note, ' ');
  g_string_append (imp->note, text);
  for (guint i = 0; i < names->len; i++)
    if (!g_ptr_array_find_with_equal_func (imp->contributors, g_ptr_array_index (names, i),
                                           g_str_equal, NULL))
      g_ptr_array_add (imp->contributors, g_strdup (g_ptr_array_index (names, i)));
}

/* After the end of the article: more note lines and a bio are kept. */
static void
read_after_end (Import     *imp,
                ImportItem *item,
                gboolean   *in_note)
{
  gboolean note = item->kind == ITEM_TEXT && _copydesk_import_is_contributor_note (item->text);

  if (*in_note && note)
    add_note (imp, item->text);
  else if (item->kind != ITEM_TEXT || !take_bio (imp, item->text))
    drop (imp, item);
  *in_note = note && *in_note;
}

/* Whether only furniture follows item @i: then a bio there closes the article. */
static gboolean
is_last_text (Import *imp,
              guint   i)
{
  for (guint j = i + 1; j < imp->items->len; j++)
    {
      ImportItem *item = item_at (imp, j);

      if (item->kind == ITEM_TAIL || item->kind == ITEM_END)
        return TRUE;
      if (item->kind == ITEM_TEXT || item->kind == ITEM_BULLET || item->kind == ITEM_NUMBERED)
        return FALSE;
    }
  return TRUE;
}

/* A contributor note ends the article only near its end: when three or more
 * real paragraphs (sentences of eight words or more) follow it before the
 * page's furniture, it is a line of the story, and stays a paragraph. */
static gboolean
closes_article (Import *imp,
                guint   i)
{
  guint paragraphs = 0;

  for (guint j = i + 1; j < imp->items->len && paragraphs < 3; j++)
    {
      ImportItem *item = item_at (imp, j);

      if (item->kind == ITEM_TAIL || item->kind == ITEM_END)
        break;
      if (item->kind == ITEM_TEXT && item->credit == NULL &&
          _copydesk_import_count_words (item->text) >= TAIL_PARAGRAPH_WORDS &&
          _copydesk_import_ends_sentence (item->text))
        paragraphs++;
    }
  return paragraphs < 3;
}

static void
read_body_text (Import     *imp,
                guint       i,
                gboolean   *ended,
                gboolean   *in_note)
{
  ImportItem *item = item_at (imp, i);

  if (item->credit != NULL)
    add_photo (imp, item);
  else if (imp->have_paragraph && _copydesk_import_is_contributor_note (item->text) &&
           closes_article (imp, i))
    {
      add_note (imp, item->text);
      *ended = *in_note = TRUE;
    }
  else if (!(imp->have_paragraph && is_last_text (imp, i) && take_bio (imp, item->text)))
    add_entry (imp, ENTRY_PARAGRAPH, item->text);
}

static void
read_body (Import *imp,
           guint   start)
{
  gboolean ended = FALSE, in_note = FALSE, in_tail = FALSE;

  for (guint i = start; i < imp->items->len; i++)
    {
      ImportItem *item = item_at (imp, i);

      if (ended)
        {
          read_after_end (imp, item, &in_note);
          continue;
        }
      if (in_tail && item->kind == ITEM_TEXT && item->credit == NULL &&
          ((_copydesk_import_count_words (item->text) >= TAIL_PARAGRAPH_WORDS &&
            _copydesk_import_ends_sentence (item->text)) ||
           _copydesk_import_is_contributor_note (item->text)))
        in_tail = FALSE;
      /* a date line above the first paragraph is the page's, not the story's */
      if (item->kind == ITEM_DATE && !imp->have_paragraph)
        {
          drop_head_item (imp, item);
          continue;
        }
      if (in_tail || item->kind == ITEM_CHROME || item->kind == ITEM_TAIL ||
          item->kind == ITEM_END)
        {
          drop (imp, item);
          in_tail = in_tail || item->kind == ITEM_TAIL;
          ended = item->kind == ITEM_END;
          continue;
        }
      if (item->kind == ITEM_BULLET || item->kind == ITEM_NUMBERED)
        add_entry (imp, item->kind == ITEM_BULLET ? ENTRY_BULLET : ENTRY_NUMBERED,
                   item->list_text);
      else
        read_body_text (imp, i, &ended, &in_note);
    }
}

static Entry *
entry_at (Import *imp,
          guint   i)
{
  return i < imp->entries->len ? &g_array_index (imp->entries, Entry, i) : NULL;
}

/* "What does it mean for fares?", "Qui reprendra les troupeaux ?": a short
 * question between paragraphs is a subheading too. Judgement call: at most
 * eight words and no quotation mark, so that a one-line quoted question
 * ("Why now?" she asked) stays a paragraph. */
static gboolean
is_short_question (const char *text)
{
  gsize len = strlen (text);

  return len > 1 && text[len - 1] == '?' && _copydesk_import_count_words (text) <= 8 &&
         g_unichar_isupper (g_utf8_get_char (text)) && strpbrk (text, "\"“”«»") == NULL &&
         strstr (text, "? ") == NULL;
}

static gboolean
is_subheading (Import *imp,
               guint   i)
{
  Entry *entry = entry_at (imp, i);
  Entry *next = entry_at (imp, i + 1);

  gboolean before_list = next != NULL &&
                         (next->kind == ENTRY_BULLET || next->kind == ENTRY_NUMBERED);

  gboolean text_before = FALSE;

  for (guint j = 0; j < i && !text_before; j++)
    text_before = g_array_index (imp->entries, Entry, j).kind != ENTRY_PHOTO;

  /* a list's heading ("Key points") may open the body; other subheadings
   * follow some text */
  return (text_before || before_list) && entry->kind == ENTRY_PARAGRAPH && next != NULL &&
         (before_list ||
          (next->kind == ENTRY_PARAGRAPH && !_copydesk_import_is_short_plain (next->text))) &&
         (_copydesk_import_is_short_plain (entry->text) || is_short_question (entry->text));
}

static CopydeskBlock *
text_block (CopydeskBlockKind  kind,
            const char        *text)
{
  g_autoptr(CopydeskRun) run = copydesk_run_new_plain (text);

  return copydesk_block_new_text (kind, run);
}

/* Entries from @i of one list kind make one list block; returns the next index. */
static guint
add_list (Import    *imp,
          GPtrArray *blocks,
          guint      i)
{
  EntryKind kind = entry_at (imp, i)->kind;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);

  for (; i < imp->entries->len && entry_at (imp, i)->kind == kind; i++)
    g_ptr_array_add (runs, copydesk_run_new_plain (entry_at (imp, i)->text));
  g_ptr_array_add (blocks, copydesk_block_new_items (kind == ENTRY_BULLET ?
                                                     COPYDESK_BLOCK_BULLET_LIST :
                                                     COPYDESK_BLOCK_NUMBERED_LIST,
                                                     runs));
  return i;
}

static void
take_dateline (Import *imp)
{
  for (guint i = 0; i < imp->entries->len; i++)
    {
      Entry *entry = entry_at (imp, i);
      g_autofree char *rest = NULL;
      g_autofree char *dateline = NULL;

      if (entry->kind != ENTRY_PARAGRAPH || is_readers_note (entry->text))
        continue;
      dateline = _copydesk_import_split_dateline (entry->text, &rest);
      if (dateline != NULL)
        {
          g_autofree char *agency = NULL;
          const char *open = strrchr (dateline, '(');

          /* "(Reuters)" in the dateline says who sent the story */
          if (open != NULL && g_str_has_suffix (open, ")"))
            agency = g_strndup (open + 1, strlen (open) - 2);
          if (agency != NULL && _copydesk_import_is_agency (agency) &&
              *copydesk_article_get_provider (imp->article) == '\0')
            copydesk_article_set_provider (imp->article, agency);
          copydesk_article_set_dateline (imp->article, dateline);
          g_free (entry->text);
          entry->text = g_steal_pointer (&rest);
        }
      return;
    }
}

static void
finish (Import *imp)
{
  g_autoptr(GPtrArray) blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GString) all_text = g_string_new (NULL);
  const char *language;

  g_string_append_printf (all_text, "%s\n%s\n", copydesk_article_get_headline (imp->article),
                          copydesk_article_get_standfirst (imp->article));
  take_dateline (imp);
  _copydesk_import_apply_date_line (imp->article, imp->date_line);
  for (guint i = 0; i < imp->entries->len;)
    {
      Entry *entry = entry_at (imp, i);

      if (entry->kind == ENTRY_BULLET || entry->kind == ENTRY_NUMBERED)
        {
          i = add_list (imp, blocks, i);
          continue;
        }
      if (entry->kind == ENTRY_PHOTO)
        g_ptr_array_add (blocks, copydesk_block_new_photo (entry->text));
      else
        {
          g_ptr_array_add (blocks, text_block (is_subheading (imp, i) ?
                                               COPYDESK_BLOCK_SUBHEADING :
                                               COPYDESK_BLOCK_PARAGRAPH, entry->text));
          g_string_append_printf (all_text, "%s\n", entry->text);
        }
      i++;
    }
  body = copydesk_body_new (blocks);
  copydesk_article_set_body (imp->article, body);

  if (imp->note->len > 0)
    copydesk_article_set_contributor_note (imp->article, imp->note->str);
  if (imp->contributors->len > 0)
    {
      g_ptr_array_add (imp->contributors, NULL);
      copydesk_article_set_contributors (imp->article,
                                         (const char * const *) imp->contributors->pdata);
    }
  language = _copydesk_import_guess_language (all_text->str);
  if (language != NULL)
    copydesk_article_set_language (imp->article, language);
}

/**
 * copydesk_import_plain_text:
 * @data: the text
 * @length: its length in bytes
 * @dropped: (out) (optional) (element-type utf8): lines that were not taken
 *   into the article, for the user to see
 * @error: return location for an error
 *
 * Reads an article copied as plain text (from a web page, a press release,
 * an email) into a structured article: headline, standfirst, byline and
 * authors, dateline, paragraphs, subheadings, lists, photos with caption and
 * credit (placed where the caption stood, no file yet), contributor note.
 * Site furniture is left out and listed in @dropped. A pure function: the
 * same text always gives the same article.
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
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) lost = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *text = NULL;
  Import imp = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!copydesk_text_validate_utf8 (data, length, _("The text"), error))
    return NULL;

  text = copydesk_text_normalize_newlines (data, length);
  items = _copydesk_import_read_items (text);
  article = copydesk_article_new ();
  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);

  imp.article = article;
  imp.items = items;
  imp.dropped = lost;
  imp.entries = entries;
  imp.contributors = contributors;
  imp.note = note;
  read_body (&imp, read_head (&imp));
  finish (&imp);

  if (dropped != NULL)
    *dropped = g_steal_pointer (&lost);
  return g_steal_pointer (&article);
}
