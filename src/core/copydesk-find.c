/* copydesk-find.c: find and replace across every text field of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The needle is plain text. Without COPYDESK_FIND_MATCH_CASE both sides are
 * compared after Unicode case folding; in both modes after canonical
 * decomposition, so that a composed "é" and "e" + combining acute are one
 * letter. The text is folded one character at a time and a match must start
 * and end on the boundary of an original character, so that every match
 * maps back to exact offsets in the original text ("É" is never half of a
 * match, and "ß" matches "ss" only as a whole).
 *
 * In body markup, only the text a reader sees can match. Syntax is never
 * part of a match and no match reaches across it: a placement line
 * ("[photo: ID]"), a link's brackets and its "(url)", the block markers at
 * the start of a line ("## ", "> ", "- ", "1. "), the asterisks of emphasis
 * and strong, line breaks, and the indentation before a line. Asterisks
 * are syntax only where they open or close a style, as the parser pairs
 * them ("5 * 3" and "A*" are text). The backslash of an escape ("\*") is
 * left out of the text, so that the escaped character matches as itself.
 * Links are found within one line, as the printer writes them. A
 * replacement put into the body is escaped so that it stays text.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-byline.h"
#include "copydesk-error.h"
#include "copydesk-find.h"
#include "copydesk-find-private.h"

#define BARRIER '\x01'


/* A match in bytes of the source text. */
typedef struct
{
  gsize start;
  gsize end;
} Range;

void
copydesk_find_edit_free (CopydeskFindEdit *edit)
{
  g_free (edit->text);
  g_free (edit);
}

/* ------------------------------------------------------------- matching */

/* The text as searched: syntax replaced by one BARRIER byte per run, and
 * for each byte of it the byte of the source it came from. */
typedef struct
{
  GString *text;
  GArray  *source;   /* gsize */
} Visible;

static void
visible_clear (Visible *v)
{
  g_string_free (v->text, TRUE);
  g_array_unref (v->source);
}

static void
visible_init (Visible    *v,
              const char *text,
              gsize       len,
              gboolean    markup)
{
  g_autofree guint8 *mask = markup ? _copydesk_find_mask_markup (text, len) : g_malloc0 (len + 1);

  v->text = g_string_sized_new (len);
  v->source = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 1);
  for (gsize i = 0; i < len; i++)
    {
      if (mask[i] == MASK_DROP ||
          (mask[i] == MASK_SYNTAX && v->text->len > 0 && v->text->str[v->text->len - 1] == BARRIER))
        continue;
      g_string_append_c (v->text, mask[i] == MASK_SYNTAX ? BARRIER : text[i]);
      g_array_append_val (v->source, i);
    }
}

/* One character, as compared. */
static char *
fold_char (const char        *p,
           CopydeskFindFlags  flags)
{
  gsize len = g_utf8_next_char (p) - p;
  g_autofree char *folded = (flags & COPYDESK_FIND_MATCH_CASE) ? g_strndup (p, len)
                                                               : g_utf8_casefold (p, len);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
}

static char *
fold_text (const char        *text,
           CopydeskFindFlags  flags)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *piece = fold_char (p, flags);

      g_string_append (out, piece);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '_';
}

static gboolean
is_whole_word (const char *text,
               gsize       start,
               gsize       end)
{
  if (start > 0 &&
      is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, text + start))))
    return FALSE;
  return text[end] == '\0' || !is_word_char (g_utf8_get_char (text + end));
}

/* Matches in @visible, as byte ranges of @visible. Each character is folded
 * on its own; @piece_at holds where each one's folding starts. */
static GArray *
match_visible (const char        *visible,
               const char        *needle,
               CopydeskFindFlags  flags)
{
  g_autofree char *folded_needle = fold_text (needle, flags);
  gsize n_len = strlen (folded_needle);
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GArray) piece_at = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) char_at = g_array_new (FALSE, FALSE, sizeof (gsize));
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  guint i = 0;

  if (n_len == 0 || strchr (needle, BARRIER) != NULL)
    return ranges;
  for (const char *p = visible; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *piece = fold_char (p, flags);
      gsize at = p - visible;

      g_array_append_val (piece_at, folded->len);
      g_array_append_val (char_at, at);
      g_string_append (folded, piece);
    }
  g_array_append_val (piece_at, folded->len);
  {
    gsize end = strlen (visible);
    g_array_append_val (char_at, end);
  }

  while (i + 1 < piece_at->len)
    {
      gsize from = g_array_index (piece_at, gsize, i);
      guint j = i;

      if (folded->len - from >= n_len && memcmp (folded->str + from, folded_needle, n_len) == 0)
        while (j < piece_at->len && g_array_index (piece_at, gsize, j) < from + n_len)
          j++;
      if (j > i && j < piece_at->len && g_array_index (piece_at, gsize, j) == from + n_len)
        {
          Range r = { g_array_index (char_at, gsize, i), g_array_index (char_at, gsize, j) };

          /* "e" is not the start of "e" + combining acute */
          gboolean cut_letter = visible[r.end] != '\0' &&
                                g_unichar_ismark (g_utf8_get_char (visible + r.end));

          if (!cut_letter &&
              (!(flags & COPYDESK_FIND_WHOLE_WORD) || is_whole_word (visible, r.start, r.end)))
            {
              g_array_append_val (ranges, r);
              i = j;
              continue;
            }
        }
      i++;
    }
  return ranges;
}

/* Matches in @text, as byte ranges of @text. */
static GArray *
find_ranges (const char        *text,
             const char        *needle,
             CopydeskFindFlags  flags,
             gboolean           markup)
{
  Visible v;
  GArray *ranges;

  visible_init (&v, text, strlen (text), markup);
  ranges = match_visible (v.text->str, needle, flags);
  for (guint i = 0; i < ranges->len; i++)
    {
      Range *r = &g_array_index (ranges, Range, i);

      r->start = g_array_index (v.source, gsize, r->start);
      r->end = g_array_index (v.source, gsize, r->end - 1) + 1;
    }
  visible_clear (&v);
  return ranges;
}

static void
append_matches (GArray        *matches,
                const char    *text,
                GArray        *ranges,
                CopydeskField  field,
                guint          index)
{
  gsize byte = 0;
  guint chars = 0;

  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *r = &g_array_index (ranges, Range, i);
      CopydeskFindMatch match = { field, index, 0, 0 };

      chars += g_utf8_strlen (text + byte, r->start - byte);
      match.start = chars;
      chars += g_utf8_strlen (text + r->start, r->end - r->start);
      match.end = chars;
      byte = r->end;
      g_array_append_val (matches, match);
    }
}

/**
 * copydesk_find_in_text:
 * @text: a field's text
 * @needle: what to find, as plain text
 * @markup: whether @text is body markup (see the rule at the top of this file)
 *
 * What the find bar needs for one text view, such as the body's buffer.
 *
 * Returns: (transfer full) (element-type CopydeskFindMatch): the matches, in
 *   order and not overlapping, in characters; field and index are 0
 */
GArray *
copydesk_find_in_text (const char        *text,
                       const char        *needle,
                       CopydeskFindFlags  flags,
                       gboolean           markup)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (CopydeskFindMatch));
  g_autoptr(GArray) ranges = NULL;

  g_return_val_if_fail (text != NULL && needle != NULL, matches);

  ranges = find_ranges (text, needle, flags, markup);
  append_matches (matches, text, ranges, 0, 0);
  return matches;
}

/* In body markup, a replacement stays text: what the markup reads as syntax
 * is escaped, and the line-start markers only where a line starts. */
static void
append_replacement (GString    *out,
                    const char *replacement,
                    gboolean    markup,
                    gboolean    line_start)
{
  if (!markup)
    {
      g_string_append (out, replacement);
      return;
    }
  for (const char *p = replacement; *p != '\0'; p++)
    {
      if (strchr ("\\*[]", *p) != NULL ||
          (p == replacement && line_start && strchr ("#>-", *p) != NULL))
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

/**
 * copydesk_find_replace_in_text:
 * @n_replaced: (out) (optional): how many matches were replaced
 *
 * Returns: (transfer full): @text with every match replaced
 */
char *
copydesk_find_replace_in_text (const char        *text,
                               const char        *needle,
                               const char        *replacement,
                               CopydeskFindFlags  flags,
                               gboolean           markup,
                               guint             *n_replaced)
{
  g_autoptr(GArray) ranges = NULL;
  GString *out;
  gsize from = 0;

  g_return_val_if_fail (text != NULL && needle != NULL && replacement != NULL, NULL);

  ranges = find_ranges (text, needle, flags, markup);
  out = g_string_sized_new (strlen (text));
  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *r = &g_array_index (ranges, Range, i);

      g_string_append_len (out, text + from, r->start - from);
      append_replacement (out, replacement, markup, r->start == 0 || text[r->start - 1] == '\n');
      from = r->end;
    }
  g_string_append (out, text + from);
  if (n_replaced != NULL)
    *n_replaced = ranges->len;
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------- articles */

static CopydeskPhoto *
photo_at (CopydeskArticle *article,
          guint            index)
{
  GListModel *photos = copydesk_article_get_photos (article);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, index);

  return photo;
}

static CopydeskAuthor *
author_at (CopydeskArticle *article,
           guint            index)
{
  GListModel *authors = copydesk_article_get_authors (article);
  g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, index);

  return author;
}

/**
 * copydesk_find_field_text:
 * @index: the author or photo, for their fields
 *
 * Returns: (transfer full) (nullable): the text that the offsets of a match
 *   in that field count in; %NULL when there is no such author or photo
 */
char *
copydesk_find_field_text (CopydeskArticle *article,
                          CopydeskField    field,
                          guint            index)
{
  CopydeskPhoto *photo = NULL;
  CopydeskAuthor *author = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  if (field >= COPYDESK_FIELD_PHOTO_CAPTION && field <= COPYDESK_FIELD_PHOTO_ALT_TEXT &&
      (photo = photo_at (article, index)) == NULL)
    return NULL;
  if (field == COPYDESK_FIELD_AUTHOR_BIO && (author = author_at (article, index)) == NULL)
    return NULL;

  switch (field)
    {
    case COPYDESK_FIELD_HEADLINE: return g_strdup (copydesk_article_get_headline (article));
    case COPYDESK_FIELD_STANDFIRST: return g_strdup (copydesk_article_get_standfirst (article));
    case COPYDESK_FIELD_BYLINE: return g_strdup (copydesk_article_get_byline (article));
    case COPYDESK_FIELD_AUTHOR_BIO: return g_strdup (copydesk_author_get_bio (author));
    case COPYDESK_FIELD_BODY: return copydesk_body_to_markup (copydesk_article_get_body (article));
    case COPYDESK_FIELD_PHOTO_CAPTION: return g_strdup (copydesk_photo_get_caption (photo));
    case COPYDESK_FIELD_PHOTO_CREDIT: return g_strdup (copydesk_photo_get_credit (photo));
    case COPYDESK_FIELD_PHOTO_ALT_TEXT: return g_strdup (copydesk_photo_get_alt_text (photo));
    case COPYDESK_FIELD_CONTRIBUTOR_NOTE:
      return g_strdup (copydesk_article_get_contributor_note (article));
    case COPYDESK_FIELD_CREDITLINE: return g_strdup (copydesk_article_get_creditline (article));
    case COPYDESK_FIELD_EDITORIAL_NOTE:
      return g_strdup (copydesk_article_get_editorial_note (article));
    default:
      g_return_val_if_reached (NULL);
    }
}

typedef void (*FieldFunc) (CopydeskArticle *article,
                           CopydeskField    field,
                           guint            index,
                           gpointer         data);

/* Calls @func for every field, in the order of the search. */
static void
foreach_field (CopydeskArticle *article,
               FieldFunc        func,
               gpointer         data)
{
  guint n_authors = g_list_model_get_n_items (copydesk_article_get_authors (article));
  guint n_photos = g_list_model_get_n_items (copydesk_article_get_photos (article));

  func (article, COPYDESK_FIELD_HEADLINE, 0, data);
  func (article, COPYDESK_FIELD_STANDFIRST, 0, data);
  func (article, COPYDESK_FIELD_BYLINE, 0, data);
  for (guint i = 0; i < n_authors; i++)
    func (article, COPYDESK_FIELD_AUTHOR_BIO, i, data);
  func (article, COPYDESK_FIELD_BODY, 0, data);
  for (guint i = 0; i < n_photos; i++)
    for (CopydeskField f = COPYDESK_FIELD_PHOTO_CAPTION; f <= COPYDESK_FIELD_PHOTO_ALT_TEXT; f++)
      func (article, f, i, data);
  func (article, COPYDESK_FIELD_CONTRIBUTOR_NOTE, 0, data);
  func (article, COPYDESK_FIELD_CREDITLINE, 0, data);
  func (article, COPYDESK_FIELD_EDITORIAL_NOTE, 0, data);
}

typedef struct
{
  const char        *needle;
  const char        *replacement;
  CopydeskFindFlags  flags;
  GArray            *matches;
  GPtrArray         *edits;
  guint              n_replaced;
} Search;

static void
find_in_field (CopydeskArticle *article,
               CopydeskField    field,
               guint            index,
               gpointer         data)
{
  Search *s = data;
  g_autofree char *text = copydesk_find_field_text (article, field, index);
  g_autoptr(GArray) ranges = find_ranges (text, s->needle, s->flags, field == COPYDESK_FIELD_BODY);

  append_matches (s->matches, text, ranges, field, index);
}

/**
 * copydesk_find_in_article:
 * @article: (transfer none): read only; a snapshot will do
 *
 * Returns: (transfer full) (element-type CopydeskFindMatch): every match,
 *   field by field in the order of #CopydeskField, in characters
 */
GArray *
copydesk_find_in_article (CopydeskArticle   *article,
                          const char        *needle,
                          CopydeskFindFlags  flags)
{
  Search s = { needle, NULL, flags, NULL, NULL, 0 };

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (needle != NULL, NULL);

  s.matches = g_array_new (FALSE, FALSE, sizeof (CopydeskFindMatch));
  foreach_field (article, find_in_field, &s);
  return s.matches;
}

/* Where a field comes in the search: group, author or photo, field of a photo. */
static guint64
field_rank (CopydeskField field,
            guint         index)
{
  guint64 group, sub = 0;

  if (field >= COPYDESK_FIELD_PHOTO_CAPTION && field <= COPYDESK_FIELD_PHOTO_ALT_TEXT)
    {
      group = COPYDESK_FIELD_PHOTO_CAPTION;
      sub = field - COPYDESK_FIELD_PHOTO_CAPTION;
    }
  else
    group = field;
  if (field != COPYDESK_FIELD_AUTHOR_BIO && group != COPYDESK_FIELD_PHOTO_CAPTION)
    index = 0;
  return (group << 40) | ((guint64) index << 8) | sub;
}

static int
compare_position (const CopydeskFindMatch *match,
                  guint64                  rank,
                  guint                    offset)
{
  guint64 mine = field_rank (match->field, match->index);

  if (mine != rank)
    return mine < rank ? -1 : 1;
  return match->start < offset ? -1 : match->start > offset ? 1 : 0;
}

/**
 * copydesk_find_next:
 * @matches: (element-type CopydeskFindMatch): from copydesk_find_in_article()
 * @field: where the cursor is
 * @index: its author or photo
 * @offset: the cursor, in characters (after a selected match: its end)
 *
 * Returns: the first match that starts at or after the cursor, across the
 *   following fields and round to the first; -1 when there is none
 */
int
copydesk_find_next (GArray        *matches,
                    CopydeskField  field,
                    guint          index,
                    guint          offset)
{
  guint64 rank = field_rank (field, index);

  g_return_val_if_fail (matches != NULL, -1);

  for (guint i = 0; i < matches->len; i++)
    if (compare_position (&g_array_index (matches, CopydeskFindMatch, i), rank, offset) >= 0)
      return i;
  return matches->len > 0 ? 0 : -1;
}

/**
 * copydesk_find_previous:
 * @offset: the cursor, in characters (on a selected match: its start)
 *
 * Returns: the last match that starts before the cursor, across the fields
 *   before and round to the last; -1 when there is none
 */
int
copydesk_find_previous (GArray        *matches,
                        CopydeskField  field,
                        guint          index,
                        guint          offset)
{
  guint64 rank = field_rank (field, index);

  g_return_val_if_fail (matches != NULL, -1);

  for (guint i = matches->len; i > 0; i--)
    if (compare_position (&g_array_index (matches, CopydeskFindMatch, i - 1), rank, offset) < 0)
      return i - 1;
  return (int) matches->len - 1;
}

static void
replace_in_field (CopydeskArticle *article,
                  CopydeskField    field,
                  guint            index,
                  gpointer         data)
{
  Search *s = data;
  g_autofree char *text = copydesk_find_field_text (article, field, index);
  CopydeskFindEdit *edit;
  guint n = 0;
  char *replaced = copydesk_find_replace_in_text (text, s->needle, s->replacement, s->flags,
                                                  field == COPYDESK_FIELD_BODY, &n);

  if (n == 0)
    {
      g_free (replaced);
      return;
    }
  edit = g_new0 (CopydeskFindEdit, 1);
  edit->field = field;
  edit->index = index;
  edit->text = replaced;
  edit->n_replaced = n;
  g_ptr_array_add (s->edits, edit);
  s->n_replaced += n;
}

/**
 * copydesk_find_replace_all:
 * @article: (transfer none): read only; a snapshot will do
 * @n_replaced: (out) (optional): how many matches were replaced in all
 *
 * Computes "Replace All" without changing the article, so that the editor
 * can apply it as one undo step (or copydesk_find_apply_edits() can).
 *
 * Returns: (transfer full) (element-type CopydeskFindEdit): one edit per
 *   field that changes, in the order of the search
 */
GPtrArray *
copydesk_find_replace_all (CopydeskArticle   *article,
                           const char        *needle,
                           const char        *replacement,
                           CopydeskFindFlags  flags,
                           guint             *n_replaced)
{
  Search s = { needle, replacement, flags, NULL, NULL, 0 };

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (needle != NULL && replacement != NULL, NULL);

  s.edits = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_find_edit_free);
  foreach_field (article, replace_in_field, &s);
  if (n_replaced != NULL)
    *n_replaced = s.n_replaced;
  return s.edits;
}

static void
apply_photo_edit (CopydeskPhoto          *photo,
                  const CopydeskFindEdit *edit)
{
  if (edit->field == COPYDESK_FIELD_PHOTO_CAPTION)
    copydesk_photo_set_caption (photo, edit->text);
  else if (edit->field == COPYDESK_FIELD_PHOTO_CREDIT)
    copydesk_photo_set_credit (photo, edit->text);
  else
    copydesk_photo_set_alt_text (photo, edit->text);
}

static void
apply_edit (CopydeskArticle        *article,
            const CopydeskFindEdit *edit,
            CopydeskBody           *body)
{
  switch (edit->field)
    {
    case COPYDESK_FIELD_HEADLINE: copydesk_article_set_headline (article, edit->text); break;
    case COPYDESK_FIELD_STANDFIRST: copydesk_article_set_standfirst (article, edit->text); break;
    case COPYDESK_FIELD_BYLINE: copydesk_article_set_byline (article, edit->text); break;
    case COPYDESK_FIELD_AUTHOR_BIO:
      copydesk_author_set_bio (author_at (article, edit->index), edit->text);
      break;
    case COPYDESK_FIELD_BODY: copydesk_article_set_body (article, body); break;
    case COPYDESK_FIELD_CONTRIBUTOR_NOTE:
      copydesk_article_set_contributor_note (article, edit->text);
      break;
    case COPYDESK_FIELD_CREDITLINE: copydesk_article_set_creditline (article, edit->text); break;
    case COPYDESK_FIELD_EDITORIAL_NOTE:
      copydesk_article_set_editorial_note (article, edit->text);
      break;
    case COPYDESK_FIELD_PHOTO_CAPTION:
    case COPYDESK_FIELD_PHOTO_CREDIT:
    case COPYDESK_FIELD_PHOTO_ALT_TEXT:
      apply_photo_edit (photo_at (article, edit->index), edit);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
edit_fits (CopydeskArticle        *article,
           const CopydeskFindEdit *edit)
{
  g_autofree char *text = copydesk_find_field_text (article, edit->field, edit->index);

  return text != NULL;
}

/**
 * copydesk_find_apply_edits:
 * @edits: (element-type CopydeskFindEdit): from copydesk_find_replace_all()
 *
 * Applies the edits to @article; all or nothing: a body that no longer
 * parses, or an author or photo that is gone, changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
copydesk_find_apply_edits (CopydeskArticle  *article,
                           GPtrArray        *edits,
                           GError          **error)
{
  g_autoptr(CopydeskBody) body = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (edits != NULL, FALSE);

  for (guint i = 0; i < edits->len; i++)
    {
      const CopydeskFindEdit *edit = g_ptr_array_index (edits, i);

      if (!edit_fits (article, edit))
        {
          g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                               _("The story changed since the search: search again before "
                                 "replacing"));
          return FALSE;
        }
      if (edit->field == COPYDESK_FIELD_BODY &&
          (body = copydesk_body_parse_markup (edit->text, -1, error)) == NULL)
        return FALSE;
    }
  g_object_freeze_notify (G_OBJECT (article));
  for (guint i = 0; i < edits->len; i++)
    apply_edit (article, g_ptr_array_index (edits, i), body);
  g_object_thaw_notify (G_OBJECT (article));
  return TRUE;
}

/**
 * copydesk_find_describe_position:
 * @number: the current match, counted from 1; 0 for none selected
 *
 * Returns: (transfer full): "3 of 12", "12 matches", or "No matches"
 */
char *
copydesk_find_describe_position (guint number,
                                 guint n_matches)
{
  if (n_matches == 0)
    return g_strdup (_("No matches"));
  if (number == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n_matches),
                            n_matches);
  /* Translators: the find bar's count, "3 of 12" */
  return g_strdup_printf (_("%u of %u"), number, n_matches);
}

/**
 * copydesk_find_describe_replaced:
 *
 * Returns: (transfer full): the toast after Replace All, "Replaced 3 matches"
 */
char *
copydesk_find_describe_replaced (guint n_replaced)
{
  if (n_replaced == 0)
    return g_strdup (_("Nothing to replace"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced %u match", "Replaced %u matches",
                                       n_replaced),
                          n_replaced);
}
