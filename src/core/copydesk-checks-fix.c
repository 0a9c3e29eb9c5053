/* copydesk-checks-fix.c: quick fixes, as pure functions on text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fix takes the whole text of a field (or the markup of one body block)
 * and gives back the whole text mended, so that an editor replaces it in one
 * undoable step. Markup and web addresses are never touched: the fix works
 * on the prose (copydesk-checks-prose.c) and edits the characters of the
 * source that the prose came from.
 */
#include "config.h"

#include <string.h>

#include "copydesk-checks-private.h"

typedef struct
{
  gsize       start;
  gsize       end;
  const char *replacement;
  char       *owned;
} Edit;

static void
edit_clear (gpointer data)
{
  g_free (((Edit *) data)->owned);
}

/* Replaces the character at prose byte @pos. */
static void
add_edit (GArray         *edits,
          const CdxProse *prose,
          gsize           pos,
          char           *replacement)
{
  gsize len = g_utf8_next_char (prose->text->str + pos) - (prose->text->str + pos);
  Edit e = { _cdx_prose_source_at (prose, pos), _cdx_prose_source_at (prose, pos + len - 1) + 1,
             replacement, replacement };

  g_array_append_val (edits, e);
}

static char *
apply_edits (const char *source,
             GArray     *edits)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;

  for (guint i = 0; i < edits->len; i++)
    {
      const Edit *e = &g_array_index (edits, Edit, i);

      g_string_append_len (out, source + at, e->start - at);
      g_string_append (out, e->replacement);
      at = e->end;
    }
  g_string_append (out, source + at);
  return g_string_free (out, FALSE);
}

static gunichar
prose_char (const GString *s,
            gssize         pos)
{
  return pos >= 0 && (gsize) pos < s->len ? g_utf8_get_char (s->str + pos) : 0;
}

static gunichar
prose_before (const GString *s,
              gsize          pos)
{
  return pos > 0 ? g_utf8_get_char (g_utf8_prev_char (s->str + pos)) : 0;
}

static gboolean
opens_after (gunichar prev)
{
  return prev == 0 || prev == '\n' || _cdx_is_space (prev) ||
         (prev < 0x80 && strchr ("([{/-", (int) prev) != NULL) ||
         prev == 0x2014 || prev == 0x2013 || prev == 0x201C || prev == 0x2018 ||
         prev == 0x00AB || prev == 0x201E || prev == 0x201A;
}

static char *
curl_double (gboolean            open,
             gunichar            prev,
             gunichar            next,
             CopydeskQuoteStyle  quotes)
{
  switch (quotes)
    {
    case COPYDESK_QUOTE_STYLE_FRENCH:
      if (open)
        return g_strdup (_cdx_is_space (next) ? "«" : "«\u00A0");
      return g_strdup (_cdx_is_space (prev) ? "»" : "\u00A0»");
    case COPYDESK_QUOTE_STYLE_GERMAN:
      return g_strdup (open ? "„" : "“");
    case COPYDESK_QUOTE_STYLE_LANGUAGE:
    case COPYDESK_QUOTE_STYLE_ENGLISH:
    case COPYDESK_QUOTE_STYLE_STRAIGHT:
    default:
      return g_strdup (open ? "“" : "”");
    }
}

static char *
curl_single (gboolean            open,
             gunichar            prev,
             gunichar            next,
             CopydeskQuoteStyle  quotes)
{
  /* it's, rock 'n' roll, the '90s: an apostrophe */
  if ((g_unichar_isalnum (prev) && g_unichar_isalnum (next)) || (open && g_unichar_isdigit (next)))
    return g_strdup ("’");
  if (quotes == COPYDESK_QUOTE_STYLE_GERMAN)
    return g_strdup (open ? "‚" : "‘");
  return g_strdup (open && quotes != COPYDESK_QUOTE_STYLE_FRENCH ? "‘" : "’");
}

static void
fix_quotes (GArray             *edits,
            const CdxProse     *prose,
            CopydeskQuoteStyle  quotes)
{
  const GString *s = prose->text;

  for (gsize i = 0; i < s->len; i++)
    {
      gunichar prev, next;
      gboolean open;

      if ((s->str[i] != '"' && s->str[i] != '\'') || (i > 0 && g_ascii_isdigit (s->str[i - 1])))
        continue;
      prev = prose_before (s, i);
      next = prose_char (s, (gssize) i + 1);
      open = opens_after (prev);
      add_edit (edits, prose, i, s->str[i] == '"' ? curl_double (open, prev, next, quotes)
                                                  : curl_single (open, prev, next, quotes));
    }
}

/* Deletes the spaces of each run but the first, or all of a run that
 * stands before a punctuation mark. */
static void
fix_spaces (GArray         *edits,
            const CdxProse *prose,
            gboolean        before_punctuation,
            gboolean        french)
{
  const GString *s = prose->text;
  gsize pos = 0;

  while (pos < s->len)
    {
      gsize end = pos;
      guint n = 0;
      gunichar before = prose_before (s, pos);

      while (end < s->len && _cdx_is_space (prose_char (s, (gssize) end)))
        end = g_utf8_next_char (s->str + end) - s->str, n++;
      if (n == 0)
        {
          pos = g_utf8_next_char (s->str + pos) - s->str;
          continue;
        }
      if (!before_punctuation && n >= 2)
        for (gsize i = g_utf8_next_char (s->str + pos) - s->str; i < end;
             i = g_utf8_next_char (s->str + i) - s->str)
          add_edit (edits, prose, i, g_strdup (""));
      if (before_punctuation && before != 0 && before != '\n' &&
          _cdx_space_before_is_wrong (s, end, french))
        for (gsize i = pos; i < end; i = g_utf8_next_char (s->str + i) - s->str)
          add_edit (edits, prose, i, g_strdup (""));
      pos = end;
    }
}

static void
fix_full_stop (GArray         *edits,
               const CdxProse *prose)
{
  const GString *s = prose->text;
  gsize end = s->len;

  while (end > 0 && _cdx_is_space (prose_before (s, end)))
    end = g_utf8_prev_char (s->str + end) - s->str;
  if (end > 0 && s->str[end - 1] == '.' && (end < 2 || s->str[end - 2] != '.'))
    add_edit (edits, prose, end - 1, g_strdup (""));
}

/**
 * copydesk_checks_fix_text:
 * @fix: the quick fix
 * @text: the whole text of the field, or the markup of the body block
 * @field: which field @text is (%COPYDESK_CHECK_FIELD_BODY for markup)
 * @quote_style: the house quotes (%COPYDESK_QUOTE_STYLE_LANGUAGE: by @language)
 * @language: (nullable): the article's language
 *
 * Mends every occurrence in @text, leaving markup and web addresses alone.
 * %COPYDESK_CHECK_FIX_REMOVE_BLOCK gives "" (the editor drops the block);
 * %COPYDESK_CHECK_FIX_REMOVE_CREDIT needs the credit: use
 * copydesk_check_finding_fix().
 *
 * Returns: (transfer full) (nullable): the mended text, %NULL for a fix
 *   that cannot be made from @text alone
 */
char *
copydesk_checks_fix_text (CopydeskCheckFix    fix,
                          const char         *text,
                          CopydeskCheckField  field,
                          CopydeskQuoteStyle  quote_style,
                          const char         *language)
{
  g_autoptr (GArray) edits = NULL;
  CopydeskQuoteStyle quotes = copydesk_quote_style_for_language (quote_style, language);
  gboolean french = copydesk_quote_style_for_language (COPYDESK_QUOTE_STYLE_LANGUAGE, language) ==
                    COPYDESK_QUOTE_STYLE_FRENCH;
  CdxProse prose;
  char *result;

  g_return_val_if_fail (text != NULL, NULL);

  if (fix == COPYDESK_CHECK_FIX_REMOVE_BLOCK)
    return g_strdup ("");
  if (fix == COPYDESK_CHECK_FIX_NONE || fix == COPYDESK_CHECK_FIX_REMOVE_CREDIT)
    return NULL;

  edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  g_array_set_clear_func (edits, edit_clear);
  _cdx_prose_init (&prose, text, field == COPYDESK_CHECK_FIELD_BODY);
  if (fix == COPYDESK_CHECK_FIX_CURLY_QUOTES && quotes != COPYDESK_QUOTE_STYLE_STRAIGHT)
    fix_quotes (edits, &prose, quotes);
  else if (fix == COPYDESK_CHECK_FIX_DOUBLE_SPACES)
    fix_spaces (edits, &prose, FALSE, french);
  else if (fix == COPYDESK_CHECK_FIX_SPACE_BEFORE_PUNCTUATION)
    fix_spaces (edits, &prose, TRUE, french);
  else if (fix == COPYDESK_CHECK_FIX_SUBHEADING_FULL_STOP)
    fix_full_stop (edits, &prose);
  result = apply_edits (text, edits);
  _cdx_prose_clear (&prose);
  return result;
}

static const char *
field_text (CopydeskArticle            *article,
            const CopydeskCheckFinding *finding,
            char                      **owned)
{
  CopydeskPhoto *photo = NULL;
  CopydeskBody *body;

  switch (finding->field)
    {
    case COPYDESK_CHECK_FIELD_HEADLINE:
      return copydesk_article_get_headline (article);
    case COPYDESK_CHECK_FIELD_STANDFIRST:
      return copydesk_article_get_standfirst (article);
    case COPYDESK_CHECK_FIELD_BYLINE:
      return copydesk_article_get_byline (article);
    case COPYDESK_CHECK_FIELD_DATELINE:
      return copydesk_article_get_dateline (article);
    case COPYDESK_CHECK_FIELD_BODY:
      body = copydesk_article_get_body (article);
      if (finding->block >= copydesk_body_get_n_blocks (body))
        return NULL;
      *owned = copydesk_block_to_markup (copydesk_body_get_block (body, finding->block));
      return *owned;
    case COPYDESK_CHECK_FIELD_PHOTO_CAPTION:
    case COPYDESK_CHECK_FIELD_PHOTO_CREDIT:
    case COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT:
      photo = finding->photo_id != NULL ? copydesk_article_find_photo (article, finding->photo_id)
                                        : NULL;
      if (photo == NULL)
        return NULL;
      if (finding->field == COPYDESK_CHECK_FIELD_PHOTO_CAPTION)
        return copydesk_photo_get_caption (photo);
      return finding->field == COPYDESK_CHECK_FIELD_PHOTO_CREDIT
             ? copydesk_photo_get_credit (photo) : copydesk_photo_get_alt_text (photo);
    case COPYDESK_CHECK_FIELD_ARTICLE:
    case COPYDESK_CHECK_FIELD_AUTHORS:
    case COPYDESK_CHECK_FIELD_EMBARGO:
    case COPYDESK_CHECK_FIELD_PHOTO:
    default:
      return NULL;
    }
}

/**
 * copydesk_check_finding_fix:
 * @finding: a finding with a quick fix
 * @article: the article as it is now (the text is read from it)
 * @options: the options of the run (for the house quotes)
 *
 * Returns: (transfer full) (nullable): the whole new text of the finding's
 *   field (for the body: the new markup of its block, "" to drop it), or
 *   %NULL when there is no fix or the field is gone
 */
char *
copydesk_check_finding_fix (const CopydeskCheckFinding  *finding,
                            CopydeskArticle             *article,
                            const CopydeskChecksOptions *options)
{
  g_autofree char *owned = NULL;
  const char *text;

  g_return_val_if_fail (finding != NULL, NULL);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  text = field_text (article, finding, &owned);
  if (text == NULL || finding->fix == COPYDESK_CHECK_FIX_NONE)
    return NULL;
  if (finding->fix == COPYDESK_CHECK_FIX_REMOVE_CREDIT)
    {
      CopydeskPhoto *photo = copydesk_article_find_photo (article, finding->photo_id);

      return _cdx_remove_credit (text, copydesk_photo_get_credit (photo));
    }
  return copydesk_checks_fix_text (finding->fix, text, finding->field, options->quote_style,
                                   copydesk_article_get_language (article));
}
