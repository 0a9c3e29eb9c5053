/* copydesk-checks.c: house-style and wire checks on an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A run reads the article through its getters only: no signal is
 * connected, nothing is cached on it, and nothing outside the run is
 * written, so that a worker thread can check a frozen snapshot while the
 * editor goes on (copydesk_checks_run_async()). The order of findings is the
 * order of the story: the fields at the top (with the byline against the
 * authors, the dateline's pattern and the embargo), the body block by
 * block, the photos, and last the count of misspelled words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-checks-private.h"

static const struct
{
  const char            *id;
  CopydeskCheckSeverity  severity;
} checks[COPYDESK_N_CHECKS] = {
  [COPYDESK_CHECK_MISSING_HEADLINE] = { "missing-headline", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_MISSING_BODY] = { "missing-body", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_MISSING_BYLINE] = { "missing-byline", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_MISSING_CREDIT] = { "missing-credit", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_HEADLINE_LENGTH] = { "headline-length", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_STANDFIRST_LENGTH] = { "standfirst-length", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_CAPTION_LENGTH] = { "caption-length", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_PLACEHOLDER] = { "placeholder", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_MISSING_ALT_TEXT] = { "missing-alt-text", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_DUPLICATE_CAPTION] = { "duplicate-caption", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_UNPLACED_PHOTO] = { "unplaced-photo", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO] = { "placement-without-photo", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_CREDIT_IN_CAPTION] = { "credit-in-caption", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_STRAIGHT_QUOTES] = { "straight-quotes", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_DOUBLE_SPACE] = { "double-space", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_SPACE_BEFORE_PUNCTUATION] = { "space-before-punctuation",
                                                COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_UNBALANCED] = { "unbalanced", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_SUBHEADING_FULL_STOP] = { "subheading-full-stop", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_EMPTY_PARAGRAPH] = { "empty-paragraph", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_BYLINE_NOT_AUTHOR] = { "byline-not-author", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_DATELINE_PATTERN] = { "dateline-pattern", COPYDESK_CHECK_WARNING },
  [COPYDESK_CHECK_EMBARGO_PAST] = { "embargo-past", COPYDESK_CHECK_ERROR },
  [COPYDESK_CHECK_SPELLING] = { "spelling", COPYDESK_CHECK_WARNING },
};

/**
 * copydesk_check_get_id:
 *
 * Returns: a stable name for @check ("straight-quotes"); its setting is the
 *   GSettings key "check-" followed by it
 */
const char *
copydesk_check_get_id (CopydeskCheck check)
{
  g_return_val_if_fail (check < COPYDESK_N_CHECKS, NULL);
  return checks[check].id;
}

gboolean
copydesk_check_from_id (const char    *id,
                        CopydeskCheck *check)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < COPYDESK_N_CHECKS; i++)
    if (g_str_equal (checks[i].id, id))
      {
        if (check != NULL)
          *check = i;
        return TRUE;
      }
  return FALSE;
}

CopydeskCheckSeverity
_cdx_severity (CopydeskCheck check)
{
  return checks[check].severity;
}

/* ----------------------------------------------------------------- options */

/**
 * copydesk_checks_options_new:
 *
 * Returns: (transfer full): every check on, the schema's default limits
 */
CopydeskChecksOptions *
copydesk_checks_options_new (void)
{
  CopydeskChecksOptions *o = g_new0 (CopydeskChecksOptions, 1);

  for (guint i = 0; i < COPYDESK_N_CHECKS; i++)
    o->enabled[i] = TRUE;
  o->headline_limit = 64;
  o->standfirst_limit = 160;
  o->caption_limit = 200;
  o->quote_style = COPYDESK_QUOTE_STYLE_LANGUAGE;
  o->dateline_pattern = g_strdup (COPYDESK_CHECKS_DEFAULT_DATELINE_PATTERN);
  return o;
}

static CopydeskQuoteStyle
quote_style_from_string (const char *s)
{
  static const char * const names[] = { "language", "english", "french", "german", "straight" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (s, names[i]))
      return (CopydeskQuoteStyle) i;
  return COPYDESK_QUOTE_STYLE_LANGUAGE;
}

/**
 * copydesk_checks_options_new_from_settings:
 * @settings: the application's settings (schema org.copydesk.Copydesk)
 *
 * Reads "check-ID" for each check, the three length limits,
 * "quote-style" and "house-dateline-pattern". Call it on the main thread
 * and hand the result to the worker.
 *
 * Returns: (transfer full): the options
 */
CopydeskChecksOptions *
copydesk_checks_options_new_from_settings (GSettings *settings)
{
  CopydeskChecksOptions *o = copydesk_checks_options_new ();
  g_autofree char *quotes = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), o);

  for (guint i = 0; i < COPYDESK_N_CHECKS; i++)
    {
      g_autofree char *key = g_strconcat ("check-", checks[i].id, NULL);

      o->enabled[i] = g_settings_get_boolean (settings, key);
    }
  o->headline_limit = g_settings_get_uint (settings, "headline-limit");
  o->standfirst_limit = g_settings_get_uint (settings, "standfirst-limit");
  o->caption_limit = g_settings_get_uint (settings, "caption-limit");
  quotes = g_settings_get_string (settings, "quote-style");
  o->quote_style = quote_style_from_string (quotes);
  g_free (o->dateline_pattern);
  o->dateline_pattern = g_settings_get_string (settings, "house-dateline-pattern");
  return o;
}

CopydeskChecksOptions *
copydesk_checks_options_copy (const CopydeskChecksOptions *options)
{
  CopydeskChecksOptions *o;

  g_return_val_if_fail (options != NULL, NULL);

  o = g_memdup2 (options, sizeof *options);
  o->dateline_pattern = g_strdup (options->dateline_pattern);
  if (options->now != NULL)
    o->now = g_date_time_ref (options->now);
  return o;
}

void
copydesk_checks_options_free (CopydeskChecksOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->dateline_pattern);
  g_clear_pointer (&options->now, g_date_time_unref);
  g_free (options);
}

/* ---------------------------------------------------------------- findings */

void
copydesk_check_finding_free (CopydeskCheckFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->photo_id);
  g_free (finding->message);
  g_free (finding);
}

/**
 * copydesk_check_finding_to_string:
 *
 * Returns: (transfer full): "error: MESSAGE" or "warning: MESSAGE", the
 *   words "error" and "warning" untranslated, as compilers print them
 */
char *
copydesk_check_finding_to_string (const CopydeskCheckFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return g_strdup_printf ("%s: %s",
                          finding->severity == COPYDESK_CHECK_ERROR ? "error" : "warning",
                          finding->message);
}

gboolean
_cdx_enabled (const CdxRun  *run,
              CopydeskCheck  check)
{
  return run->options->enabled[check];
}

/* Takes @message; offsets are bytes of @source. */
CopydeskCheckFinding *
_cdx_add (CdxRun         *run,
          CopydeskCheck   check,
          const CdxPlace *place,
          const char     *source,
          gsize           byte_start,
          gsize           byte_end,
          char           *message)
{
  CopydeskCheckFinding *f = g_new0 (CopydeskCheckFinding, 1);

  f->check = check;
  f->severity = checks[check].severity;
  f->field = place->field;
  f->block = place->block;
  f->photo_id = g_strdup (place->photo_id);
  if (source != NULL)
    {
      f->start = (guint) g_utf8_pointer_to_offset (source, source + byte_start);
      f->end = (guint) g_utf8_pointer_to_offset (source, source + byte_end);
    }
  f->message = message;
  f->count = 1;
  g_ptr_array_add (run->findings, f);
  return f;
}

/**
 * copydesk_checks_count_errors:
 * @findings: (element-type CopydeskCheckFinding): what a run found
 *
 * Returns: how many of them are errors
 */
guint
copydesk_checks_count_errors (GPtrArray *findings)
{
  guint n = 0;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len; i++)
    if (((CopydeskCheckFinding *) g_ptr_array_index (findings, i))->severity ==
        COPYDESK_CHECK_ERROR)
      n++;
  return n;
}

/* ---------------------------------------------------------------- counting */

static gboolean
is_regional_indicator (gunichar ch)
{
  return ch >= 0x1F1E6 && ch <= 0x1F1FF;
}

static gboolean
extends_cluster (gunichar ch)
{
  return g_unichar_ismark (ch) ||             /* accents, variation selectors */
         (ch >= 0x1F3FB && ch <= 0x1F3FF) ||  /* skin tones */
         (ch >= 0xE0020 && ch <= 0xE007F);    /* emoji tags (flags of regions) */
}

/* Past the character that starts at @p: it, its marks, what a zero-width
 * joiner ties to it, the second half of a flag. */
static const char *
next_cluster (const char *p,
              const char *end)
{
  gunichar base = g_utf8_get_char (p);

  p = g_utf8_next_char (p);
  if (base == '\r' && p < end && *p == '\n')
    return p + 1;
  if (is_regional_indicator (base) && p < end && is_regional_indicator (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  while (p < end)
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == 0x200D && g_utf8_next_char (p) < end)
        p = g_utf8_next_char (g_utf8_next_char (p));
      else if (extends_cluster (ch))
        p = g_utf8_next_char (p);
      else
        break;
    }
  return p;
}

/**
 * copydesk_checks_count_chars:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1
 *
 * Counts characters as a reader sees them: "é" is one whether typed as one
 * code point or as "e" and an accent, "😀" is one, a flag "🇫🇷" is one, and
 * so is a family joined by zero-width joiners. GLib has no grapheme
 * clusters, so this follows the parts of Unicode's rules (UAX #29) that
 * news copy meets: combining marks, joiners, skin tones, flag pairs and
 * emoji tags. Hangul jamo sequences count per jamo.
 *
 * Returns: the number of characters
 */
guint
copydesk_checks_count_chars (const char *text,
                             gssize      length)
{
  const char *end;
  guint n = 0;

  g_return_val_if_fail (text != NULL, 0);

  end = length < 0 ? text + strlen (text) : text + length;
  for (const char *p = text; p < end; p = next_cluster (p, end))
    n++;
  return n;
}

/* The byte where character number @n (counted as above) starts. */
static gsize
cluster_offset (const char *text,
                guint       n)
{
  const char *end = text + strlen (text);
  const char *p = text;

  for (guint i = 0; i < n && p < end; i++)
    p = next_cluster (p, end);
  return p - text;
}

/**
 * copydesk_quote_style_for_language:
 *
 * Returns: @style, or for %COPYDESK_QUOTE_STYLE_LANGUAGE the style of
 *   @language: French « », German „ “, English “ ” for the rest
 */
CopydeskQuoteStyle
copydesk_quote_style_for_language (CopydeskQuoteStyle  style,
                                   const char         *language)
{
  if (style != COPYDESK_QUOTE_STYLE_LANGUAGE)
    return style;
  if (language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0 &&
      (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
    return COPYDESK_QUOTE_STYLE_FRENCH;
  if (language != NULL && g_ascii_strncasecmp (language, "de", 2) == 0 &&
      (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
    return COPYDESK_QUOTE_STYLE_GERMAN;
  return COPYDESK_QUOTE_STYLE_ENGLISH;
}

/* ------------------------------------------------------------------ fields */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
check_required (CdxRun             *run,
                CopydeskCheck       check,
                CopydeskCheckField  field,
                const char         *text,
                const char         *message)
{
  CdxPlace place = { field, 0, NULL, 0 };

  if (_cdx_enabled (run, check) && is_blank (text))
    _cdx_add (run, check, &place, NULL, 0, 0, g_strdup (message));
}

static char *
length_message (CopydeskCheck check,
                guint         n,
                guint         limit)
{
  if (check == COPYDESK_CHECK_HEADLINE_LENGTH)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The headline has %u character; the limit is %u.",
                                         "The headline has %u characters; the limit is %u.", n),
                            n, limit);
  if (check == COPYDESK_CHECK_STANDFIRST_LENGTH)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The standfirst has %u character; the limit is %u.",
                                         "The standfirst has %u characters; the limit is %u.", n),
                            n, limit);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The caption has %u character; the limit is %u.",
                                       "The caption has %u characters; the limit is %u.", n),
                          n, limit);
}

void
_cdx_check_length (CdxRun         *run,
                   CopydeskCheck   check,
                   const CdxPlace *place,
                   const char     *text,
                   guint           limit)
{
  guint n = copydesk_checks_count_chars (text, -1);

  if (!_cdx_enabled (run, check) || limit == 0 || n <= limit)
    return;
  /* the range is what runs over, for the editor to underline */
  _cdx_add (run, check, place, text, cluster_offset (text, limit), strlen (text),
            length_message (check, n, limit));
}

static void
check_field (CdxRun             *run,
             CopydeskCheckField  field,
             const char         *text)
{
  CdxPlace place = { field, 0, NULL, 0 };

  if (text != NULL && text[0] != '\0')
    _cdx_check_text (run, &place, text, FALSE, FALSE);
}

static void
check_fields (CdxRun *run)
{
  CopydeskArticle *a = run->article;
  CdxPlace headline = { COPYDESK_CHECK_FIELD_HEADLINE, 0, NULL, 0 };
  CdxPlace standfirst = { COPYDESK_CHECK_FIELD_STANDFIRST, 0, NULL, 0 };

  check_required (run, COPYDESK_CHECK_MISSING_HEADLINE, COPYDESK_CHECK_FIELD_HEADLINE,
                  copydesk_article_get_headline (a),
                  _("The story has no headline, which the wire requires."));
  _cdx_check_length (run, COPYDESK_CHECK_HEADLINE_LENGTH, &headline,
                     copydesk_article_get_headline (a), run->options->headline_limit);
  check_field (run, COPYDESK_CHECK_FIELD_HEADLINE, copydesk_article_get_headline (a));
  _cdx_check_length (run, COPYDESK_CHECK_STANDFIRST_LENGTH, &standfirst,
                     copydesk_article_get_standfirst (a), run->options->standfirst_limit);
  check_field (run, COPYDESK_CHECK_FIELD_STANDFIRST, copydesk_article_get_standfirst (a));
  check_required (run, COPYDESK_CHECK_MISSING_BYLINE, COPYDESK_CHECK_FIELD_BYLINE,
                  copydesk_article_get_byline (a),
                  _("The story has no byline, which the wire requires."));
  check_field (run, COPYDESK_CHECK_FIELD_BYLINE, copydesk_article_get_byline (a));
  check_field (run, COPYDESK_CHECK_FIELD_DATELINE, copydesk_article_get_dateline (a));
}

/* -------------------------------------------------------------------- body */

static gboolean
body_has_text (CopydeskBody *body)
{
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);

      if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PHOTO &&
          copydesk_block_count_words (block) > 0)
        return TRUE;
    }
  return FALSE;
}

static char *
text_markup (CopydeskBlock *block)
{
  if (block == NULL || copydesk_block_get_kind (block) == COPYDESK_BLOCK_PHOTO)
    return NULL;
  return copydesk_block_to_markup (block);
}

static void
check_body (CdxRun       *run,
            GCancellable *cancellable)
{
  CopydeskBody *body = copydesk_article_get_body (run->article);
  guint n = copydesk_body_get_n_blocks (body);
  g_autofree char *next = NULL;
  CdxPlace place = { COPYDESK_CHECK_FIELD_BODY, 0, NULL, 0 };

  if (_cdx_enabled (run, COPYDESK_CHECK_MISSING_BODY) && !body_has_text (body))
    _cdx_add (run, COPYDESK_CHECK_MISSING_BODY, &place, NULL, 0, 0,
              g_strdup (_("The story has no body text, which the wire requires.")));

  next = n > 0 ? text_markup (copydesk_body_get_block (body, 0)) : NULL;
  for (guint i = 0; i < n && !g_cancellable_is_cancelled (cancellable); i++)
    {
      CopydeskBlock *block = copydesk_body_get_block (body, i);
      g_autofree char *markup = g_steal_pointer (&next);
      gboolean continues;

      next = i + 1 < n ? text_markup (copydesk_body_get_block (body, i + 1)) : NULL;
      place.block = i;
      place.kind = copydesk_block_get_kind (block);
      if (place.kind == COPYDESK_BLOCK_PHOTO)
        {
          _cdx_check_placement (run, i, block);
          continue;
        }
      continues = next != NULL && _cdx_starts_with_open_quote (next);
      _cdx_check_text (run, &place, markup, TRUE, continues);
    }
}

/* ---------------------------------------------------------------- spelling */

typedef struct
{
  guint       total;
  gboolean    found;
  CdxPlace    place;
  guint       first[2];
  GHashTable *names;    /* the story's own names: not misspellings */
} SpellTally;

static void
spell_one (CdxRun         *run,
           SpellTally     *tally,
           const CdxPlace *place,
           const char     *text)
{
  g_autofree char *masked = NULL;
  guint first[2] = { 0, 0 };
  guint n;

  if (text == NULL || text[0] == '\0')
    return;
  masked = _cdx_mask_names (tally->names, text);
  n = run->options->spell_func (masked != NULL ? masked : text, first,
                                run->options->spell_data);
  if (n > 0 && !tally->found)
    {
      tally->found = TRUE;
      tally->place = *place;
      tally->first[0] = first[0];
      tally->first[1] = first[1];
    }
  tally->total += n;
}

/* Byline and dateline are names of people and places: left out. So are the
 * names the story establishes (copydesk-checks-names.c). */
static void
check_spelling (CdxRun       *run,
                GCancellable *cancellable)
{
  CopydeskArticle *a = run->article;
  CopydeskBody *body = copydesk_article_get_body (a);
  GListModel *photos = copydesk_article_get_photos (a);
  g_autoptr (GHashTable) names = NULL;
  SpellTally tally = { 0, };
  CdxPlace place = { COPYDESK_CHECK_FIELD_HEADLINE, 0, NULL, 0 };
  CopydeskCheckFinding *f;

  if (run->options->spell_func == NULL || !_cdx_enabled (run, COPYDESK_CHECK_SPELLING))
    return;
  names = _cdx_story_names (a);
  tally.names = names;
  spell_one (run, &tally, &place, copydesk_article_get_headline (a));
  place.field = COPYDESK_CHECK_FIELD_STANDFIRST;
  spell_one (run, &tally, &place, copydesk_article_get_standfirst (a));
  place.field = COPYDESK_CHECK_FIELD_BODY;
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      g_autofree char *markup = text_markup (copydesk_body_get_block (body, i));

      if (g_cancellable_is_cancelled (cancellable))
        return;
      place.block = i;
      spell_one (run, &tally, &place, markup);
    }
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      CdxPlace caption = { COPYDESK_CHECK_FIELD_PHOTO_CAPTION, 0,
                           copydesk_photo_get_id (photo), 0 };
      CdxPlace alt = { COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT, 0, copydesk_photo_get_id (photo), 0 };

      spell_one (run, &tally, &caption, copydesk_photo_get_caption (photo));
      spell_one (run, &tally, &alt, copydesk_photo_get_alt_text (photo));
    }
  if (tally.total == 0)
    return;
  f = _cdx_add (run, COPYDESK_CHECK_SPELLING, &tally.place, NULL, 0, 0,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u word may be misspelled.",
                                              "%u words may be misspelled.", tally.total),
                                 tally.total));
  f->start = tally.first[0];
  f->end = tally.first[1];
  f->count = tally.total;
}

/* --------------------------------------------------------------------- run */

/**
 * copydesk_checks_run:
 * @article: the article, read only (a snapshot when in another thread)
 * @options: which checks, with which limits
 * @cancellable: (nullable): stops the run between blocks
 *
 * Runs every check that @options leaves on. Safe in any thread, as long as
 * nobody changes @article meanwhile.
 *
 * Returns: (transfer full) (element-type CopydeskCheckFinding): the
 *   findings, in the order of the story (what was found before a
 *   cancellation)
 */
GPtrArray *
copydesk_checks_run (CopydeskArticle             *article,
                     const CopydeskChecksOptions *options,
                     GCancellable                *cancellable)
{
  CdxRun run = { article, options, NULL, 0, FALSE };
  const char *language;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  language = copydesk_article_get_language (article);
  run.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_check_finding_free);
  run.quotes = copydesk_quote_style_for_language (options->quote_style, language);
  run.french = copydesk_quote_style_for_language (COPYDESK_QUOTE_STYLE_LANGUAGE, language) ==
               COPYDESK_QUOTE_STYLE_FRENCH;

  check_fields (&run);
  _cdx_check_consistency (&run);
  check_body (&run, cancellable);
  _cdx_check_photos (&run);
  check_spelling (&run, cancellable);
  return run.findings;
}

/**
 * copydesk_checks_run_text:
 * @text: the text of a field, or one block of body markup as the editor
 *   holds it (which may differ from the model: a double space typed in the
 *   body is collapsed in the model, but is in the buffer)
 * @field: which field; %COPYDESK_CHECK_FIELD_BODY for markup
 * @kind: for the body, the kind of block (%COPYDESK_BLOCK_SUBHEADING for
 *   a "## " line, and so on)
 * @language: (nullable): the article's language
 * @options: which checks
 *
 * Runs the checks that look at one text alone: placeholders and
 * typography. What an editor calls on the blocks that changed, for live
 * underlines, before the model has them. Ranges count in @text; the
 * findings' block is 0.
 *
 * Returns: (transfer full) (element-type CopydeskCheckFinding): findings
 */
GPtrArray *
copydesk_checks_run_text (const char                  *text,
                          CopydeskCheckField           field,
                          CopydeskBlockKind            kind,
                          const char                  *language,
                          const CopydeskChecksOptions *options)
{
  CdxRun run = { NULL, options, NULL, 0, FALSE };
  CdxPlace place = { field, 0, NULL, kind };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  run.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_check_finding_free);
  run.quotes = copydesk_quote_style_for_language (options->quote_style, language);
  run.french = copydesk_quote_style_for_language (COPYDESK_QUOTE_STYLE_LANGUAGE, language) ==
               COPYDESK_QUOTE_STYLE_FRENCH;
  if (kind != COPYDESK_BLOCK_PHOTO)
    _cdx_check_text (&run, &place, text, field == COPYDESK_CHECK_FIELD_BODY, FALSE);
  return run.findings;
}

typedef struct
{
  CopydeskArticle       *article;
  CopydeskChecksOptions *options;
} RunData;

static void
run_data_free (RunData *data)
{
  g_object_unref (data->article);
  copydesk_checks_options_free (data->options);
  g_free (data);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RunData *data = task_data;
  g_autoptr (GPtrArray) findings = copydesk_checks_run (data->article, data->options,
                                                        cancellable);

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, g_steal_pointer (&findings), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * copydesk_checks_run_async:
 * @snapshot: a frozen article (copydesk_article_snapshot()): it is read in
 *   a worker thread, so nothing may change it meanwhile
 * @options: copied; its spell function is called in the worker thread
 *
 * Runs copydesk_checks_run() in a worker thread.
 */
void
copydesk_checks_run_async (CopydeskArticle             *snapshot,
                           const CopydeskChecksOptions *options,
                           GCancellable                *cancellable,
                           GAsyncReadyCallback          callback,
                           gpointer                     user_data)
{
  g_autoptr (GTask) task = NULL;
  RunData *data;

  g_return_if_fail (COPYDESK_IS_ARTICLE (snapshot));
  g_return_if_fail (options != NULL);

  data = g_new0 (RunData, 1);
  data->article = g_object_ref (snapshot);
  data->options = copydesk_checks_options_copy (options);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_checks_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * copydesk_checks_run_finish:
 *
 * Returns: (transfer full) (element-type CopydeskCheckFinding): the
 *   findings, or %NULL with %G_IO_ERROR_CANCELLED
 */
GPtrArray *
copydesk_checks_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
