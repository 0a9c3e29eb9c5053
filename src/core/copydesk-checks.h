/* copydesk-checks.h: house-style and wire checks on an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

/**
 * CopydeskCheck:
 *
 * Every check, each of which can be turned off. The nick of each value
 * (see copydesk_check_get_id()) names its GSettings key "check-NICK".
 */
typedef enum
{
  COPYDESK_CHECK_MISSING_HEADLINE,
  COPYDESK_CHECK_MISSING_BODY,
  COPYDESK_CHECK_MISSING_BYLINE,
  COPYDESK_CHECK_MISSING_CREDIT,
  COPYDESK_CHECK_HEADLINE_LENGTH,
  COPYDESK_CHECK_STANDFIRST_LENGTH,
  COPYDESK_CHECK_CAPTION_LENGTH,
  COPYDESK_CHECK_PLACEHOLDER,
  COPYDESK_CHECK_MISSING_ALT_TEXT,
  COPYDESK_CHECK_DUPLICATE_CAPTION,
  COPYDESK_CHECK_UNPLACED_PHOTO,
  COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO,
  COPYDESK_CHECK_CREDIT_IN_CAPTION,
  COPYDESK_CHECK_STRAIGHT_QUOTES,
  COPYDESK_CHECK_DOUBLE_SPACE,
  COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION,
  COPYDESK_CHECK_UNBALANCED,
  COPYDESK_CHECK_SUBHEADING_FULL_STOP,
  COPYDESK_CHECK_EMPTY_PARAGRAPH,
  COPYDESK_CHECK_BYLINE_NOT_AUTHOR,
  COPYDESK_CHECK_DATELINE_PATTERN,
  COPYDESK_CHECK_EMBARGO_PAST,
  COPYDESK_CHECK_SPELLING,
  COPYDESK_N_CHECKS,
} CopydeskCheck;

typedef enum
{
  COPYDESK_CHECK_ERROR,
  COPYDESK_CHECK_WARNING,
} CopydeskCheckSeverity;

/**
 * CopydeskCheckField:
 * @COPYDESK_CHECK_FIELD_ARTICLE: the article as a whole (no range)
 * @COPYDESK_CHECK_FIELD_BODY: one block of the body: the range counts in
 *   the block's markup, as copydesk_block_to_markup() prints it
 * @COPYDESK_CHECK_FIELD_PHOTO_CAPTION: the caption of the photo named by
 *   the finding's photo_id (and _CREDIT, _ALT_TEXT likewise)
 * @COPYDESK_CHECK_FIELD_PHOTO: the photo named by photo_id as a whole
 *
 * Where a finding is. Ranges count characters (Unicode code points, as a
 * GtkTextBuffer does) from the start of the field's text.
 */
typedef enum
{
  COPYDESK_CHECK_FIELD_ARTICLE,
  COPYDESK_CHECK_FIELD_HEADLINE,
  COPYDESK_CHECK_FIELD_STANDFIRST,
  COPYDESK_CHECK_FIELD_BYLINE,
  COPYDESK_CHECK_FIELD_DATELINE,
  COPYDESK_CHECK_FIELD_AUTHORS,
  COPYDESK_CHECK_FIELD_EMBARGO,
  COPYDESK_CHECK_FIELD_BODY,
  COPYDESK_CHECK_FIELD_PHOTO_CAPTION,
  COPYDESK_CHECK_FIELD_PHOTO_CREDIT,
  COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT,
  COPYDESK_CHECK_FIELD_PHOTO,
} CopydeskCheckField;

/**
 * CopydeskCheckFix:
 * @COPYDESK_CHECK_FIX_NONE: no quick fix
 * @COPYDESK_CHECK_FIX_CURLY_QUOTES: curl every straight quote and apostrophe
 * @COPYDESK_CHECK_FIX_DOUBLE_SPACES: one space where there are several
 * @COPYDESK_CHECK_FIX_SPACE_BEFORE_PUNCTUATION: remove the spaces
 * @COPYDESK_CHECK_FIX_SUBHEADING_FULL_STOP: remove the final full stop
 * @COPYDESK_CHECK_FIX_REMOVE_CREDIT: take the credit out of the caption
 * @COPYDESK_CHECK_FIX_REMOVE_BLOCK: the block goes (an empty paragraph)
 */
typedef enum
{
  COPYDESK_CHECK_FIX_NONE,
  COPYDESK_CHECK_FIX_CURLY_QUOTES,
  COPYDESK_CHECK_FIX_DOUBLE_SPACES,
  COPYDESK_CHECK_FIX_SPACE_BEFORE_PUNCTUATION,
  COPYDESK_CHECK_FIX_SUBHEADING_FULL_STOP,
  COPYDESK_CHECK_FIX_REMOVE_CREDIT,
  COPYDESK_CHECK_FIX_REMOVE_BLOCK,
} CopydeskCheckFix;

/**
 * CopydeskQuoteStyle:
 * @COPYDESK_QUOTE_STYLE_LANGUAGE: by the article's language: « » for
 *   French, „ “ for German, “ ” for the rest
 * @COPYDESK_QUOTE_STYLE_ENGLISH: “ ” and ‘ ’
 * @COPYDESK_QUOTE_STYLE_FRENCH: « » (with a no-break space inside) and ‹ ›
 * @COPYDESK_QUOTE_STYLE_GERMAN: „ “ and ‚ ‘
 * @COPYDESK_QUOTE_STYLE_STRAIGHT: the house keeps straight quotes
 */
typedef enum
{
  COPYDESK_QUOTE_STYLE_LANGUAGE,
  COPYDESK_QUOTE_STYLE_ENGLISH,
  COPYDESK_QUOTE_STYLE_FRENCH,
  COPYDESK_QUOTE_STYLE_GERMAN,
  COPYDESK_QUOTE_STYLE_STRAIGHT,
} CopydeskQuoteStyle;

/**
 * CopydeskCheckFinding:
 * @check: which check found it
 * @severity: an error stops the story going to the wire; a warning does not
 * @field: where it is
 * @block: the index of the body block (%COPYDESK_CHECK_FIELD_BODY)
 * @photo_id: (nullable): the photo (photo fields, and placements)
 * @start: the first character of the range in the field (or block markup)
 * @end: the character after it; @start == @end when there is no range
 * @message: what is wrong, for a journalist, translated
 * @fix: the quick fix, or %COPYDESK_CHECK_FIX_NONE
 * @count: how many times it occurs (misspelled words, straight quotes)
 */
typedef struct
{
  CopydeskCheck          check;
  CopydeskCheckSeverity  severity;
  CopydeskCheckField     field;
  guint                  block;
  char                  *photo_id;
  guint                  start;
  guint                  end;
  char                  *message;
  CopydeskCheckFix       fix;
  guint                  count;
} CopydeskCheckFinding;

/**
 * CopydeskChecksSpellFunc:
 * @text: a field's text, or one block's markup
 * @first: (out): the first misspelled word's range, in characters of @text
 * @user_data: what was given with the function
 *
 * Counts misspelled words. Called from the thread running the checks.
 *
 * Returns: how many words of @text are misspelled
 */
typedef guint (*CopydeskChecksSpellFunc) (const char *text,
                                          guint       first[2],
                                          gpointer    user_data);

/**
 * CopydeskChecksOptions:
 * @headline_limit: characters a headline may have (Preferences)
 * @standfirst_limit: characters a standfirst may have
 * @caption_limit: characters a caption may have
 * @quote_style: the quotes the house uses
 * @dateline_pattern: (nullable): a GRegex the dateline must match; %NULL
 *   or "" turn the check off
 * @now: (nullable): the time an embargo is compared with; %NULL for now
 * @spell_func: (nullable): counts misspellings; %NULL: no spelling finding
 * @spell_data: for @spell_func, which must outlive the run
 *
 * Use copydesk_checks_options_new() for the defaults (those of the
 * GSettings schema), or _new_from_settings(). The spell function and its
 * data are not owned: the caller keeps them alive for as long as a run that
 * was given them.
 */
typedef struct
{
  gboolean                 enabled[COPYDESK_N_CHECKS];
  guint                    headline_limit;
  guint                    standfirst_limit;
  guint                    caption_limit;
  CopydeskQuoteStyle       quote_style;
  char                    *dateline_pattern;
  GDateTime               *now;
  CopydeskChecksSpellFunc  spell_func;
  gpointer                 spell_data;
} CopydeskChecksOptions;

#define COPYDESK_CHECKS_DEFAULT_DATELINE_PATTERN \
  "^\\p{Lu}[\\p{Lu}\\p{M}’'. -]*, .*\\d.* —$"

const char            *copydesk_check_get_id                (CopydeskCheck          check);
gboolean               copydesk_check_from_id               (const char            *id,
                                                             CopydeskCheck         *check);

CopydeskChecksOptions *copydesk_checks_options_new          (void);
CopydeskChecksOptions *copydesk_checks_options_new_from_settings (GSettings     *settings);
CopydeskChecksOptions *copydesk_checks_options_copy         (const CopydeskChecksOptions *options);
void                   copydesk_checks_options_free         (CopydeskChecksOptions *options);

void                   copydesk_check_finding_free          (CopydeskCheckFinding  *finding);
char                  *copydesk_check_finding_to_string     (const CopydeskCheckFinding *finding);

GPtrArray             *copydesk_checks_run                  (CopydeskArticle       *article,
                                                             const CopydeskChecksOptions *options,
                                                             GCancellable          *cancellable);
void                   copydesk_checks_run_async            (CopydeskArticle       *snapshot,
                                                             const CopydeskChecksOptions *options,
                                                             GCancellable          *cancellable,
                                                             GAsyncReadyCallback    callback,
                                                             gpointer               user_data);
GPtrArray             *copydesk_checks_run_finish           (GAsyncResult          *result,
                                                             GError               **error);
GPtrArray             *copydesk_checks_run_text             (const char            *text,
                                                             CopydeskCheckField     field,
                                                             CopydeskBlockKind      kind,
                                                             const char            *language,
                                                             const CopydeskChecksOptions *options);
guint                  copydesk_checks_count_errors         (GPtrArray             *findings);

char                  *copydesk_checks_fix_text             (CopydeskCheckFix       fix,
                                                             const char            *text,
                                                             CopydeskCheckField     field,
                                                             CopydeskQuoteStyle     quote_style,
                                                             const char            *language);
char                  *copydesk_check_finding_fix           (const CopydeskCheckFinding *finding,
                                                             CopydeskArticle       *article,
                                                             const CopydeskChecksOptions *options);
guint                  copydesk_checks_count_chars          (const char            *text,
                                                             gssize                 length);
CopydeskQuoteStyle     copydesk_quote_style_for_language    (CopydeskQuoteStyle     style,
                                                             const char            *language);

GArray                *copydesk_checks_locate               (GBytes                *newsml,
                                                             CopydeskArticle       *article,
                                                             GPtrArray             *findings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskCheckFinding, copydesk_check_finding_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskChecksOptions, copydesk_checks_options_free)

G_END_DECLS
