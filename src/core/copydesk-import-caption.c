/* copydesk-import-caption.c: photo captions and their credits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A photo leaves its caption in copied text, and the caption ends with the
 * photo's credit. Two shapes are recognised:
 *
 * - a credit in brackets at the very end: "(Jane Doe/Reuters)",
 *   "(JANE DOE / AFP)", "(Army Press Office, via AP)", "(AP Photo/Jane Doe)",
 *   "(Courtesy of the museum)", "[Jane Doe for The Paper]";
 * - a labelled credit after the caption's last sentence: "Photograph: Jane
 *   Doe/Reuters", "Photo: ...", "Illustration: ...", "Foto: ...", or
 *   "Photo by Jane Doe".
 *
 * When is a parenthesis a credit? Paragraphs end with parentheses too
 * ("... the rate (4.5%)"). The bracket must be short (at most 12 words, no
 * sentence inside, not ending with a full stop) and be credit-shaped: a slash
 * between two capitalised parts ("Name/Agency", not "km/h"), or a credit word
 * ("via", "Courtesy", "Photo", "Handout", "Getty Images", "File"...), or
 * "Name for Publication". A bracket holding only an agency's name ("(AP)")
 * is a weaker sign, because text cites agencies that way too: it counts only
 * when the caption before it ends a sentence.
 */
#include "config.h"

#include <string.h>

#include "copydesk-byline.h"
#include "copydesk-import-private.h"

/* Words that make a short bracket a credit wherever they stand in it. */
#define CREDIT_WORDS \
  "\\b(via|courtesy|photo|photos|photograph|photography|picture|pictures|pic|image|images|" \
  "handout|supplied|file|getty|shutterstock|alamy|istock|istockphoto|pool|afp|reuters|epa|" \
  "foto|fotos|bild|archivo|archiv|cortesía|illustration|ilustración|graphic|" \
  "associated press|ap photo|press association|pa wire|pa media|dpa|efe)\\b"

/* Labelled credits: "Photograph: Jane Doe/Reuters", "Photo / Jane Doe",
 * "| Photo Credit: Jane Doe" after the caption. The labels, in any language,
 * are in data/import/credit-labels.txt (built into the pattern once, letters
 * compared without case); the credit starts with a capital, a digit or a
 * letter of a script without case, so that "... what the picture: a mess"
 * stays a sentence. */
#define CREDIT_LABEL \
  "(?:^|\\s|\\|)\\s*(?i:{lexicon:credit-labels.txt})" \
  "(?:\\s*:\\s*|\\s+/\\s+)([\\p{Lu}\\p{Lo}\\d][^:]{0,99})$"

/* "A quay at dusk. © Jane Doe": a copyright sign names the credit. */
#define CREDIT_COPYRIGHT "(?:^|\\s)(?:©|\\([cC]\\))\\s*([\\p{Lu}\\p{Lo}\\d][^©:]{0,99})$"

/* "Stalls in the market square on Sunday. JOSÉ MARTÍN FOR « EL DIARIO »":
 * an unlabelled credit in capitals after the caption's last full stop, two
 * words or more (initials allowed: "J.L. MARTÍN"), with an outlet after
 * FOR / POUR / PARA / PER / FÜR (credit-for.txt) or a slash. A whole
 * caption in capitals has no full stop before its last words, so it stays
 * a caption. */
#define CREDIT_CAPS \
  "(?<=[.!?”\"’])\\s+(\\p{Lu}[\\p{Lu}.'’-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*)+" \
  "(?:\\s+(?i:{lexicon:credit-for.txt})\\s+[«“\"]?\\s*" \
  "[\\p{Lu}\\d][\\p{Lu}\\d\\s'’.-]{1,40}?\\s*[»”\"]?" \
  "|\\s*/\\s*[\\p{Lu}][\\p{Lu}\\s]{1,30})?)$"

#define BRACKET_LABEL "^{lexicon:credit-labels.txt}s?\\s*:\\s*"

/* "...last autumn.Credit...Jane Doe for The Paper": a credit run on after
 * the caption's full stop, as some sites print it. */
#define CREDIT_DOTS "(?:^|\\s|(?<=[.!?”\"’)]))Credit(?:\\.{2,}|…)\\s*([\\p{Lu}\\d][^:]{0,99})$"

/* A line that is nothing but a credit: "Scott Olson/Getty Images",
 * "AFP via Getty Images". Only agency and picture-library names count here:
 * a subheading such as "Photo finish" must stay a subheading. */
#define BARE_CREDIT_WORDS \
  "\\b(via|getty|shutterstock|alamy|istock|istockphoto|afp|reuters|epa|ap|pa|dpa|efe|" \
  "associated press|handout|supplied|pool|xinhua|anadolu|sipa|zuma|bloomberg)\\b"

/* "A pine scarred by fire. Jana Novak, CC BY-ND": a free licence names the
 * credit as surely as a label does. */
#define CREDIT_LICENCE \
  "(?:^|\\s)(\\p{Lu}[^.]{0,60}?,?\\s*(?:CC[ -]BY(?:-[A-Z]{2})*|CC0|Public domain)(?: \\d\\.\\d)?)$"

/* A label in front of a caption ("Image: The chancellor ..."). */
#define CAPTION_LEAD "^{lexicon:credit-labels.txt}\\s*:\\s*"

/* "Photo by Jane Doe" after a caption; alone on a line it is a byline. */
#define CREDIT_BY \
  "\\s((?:Photo|Picture|Image|Photograph)s?\\s+(?:by|courtesy(?:\\s+of)?)\\s+" \
  "[\\p{Lu}\\d][^:]{0,79})$"

#define SOURCE_LABEL "^(?:image|photo|picture|video) (?:source|credit)\\s*[,:]\\s*(\\S.{0,80})$"
#define CAPTION_LABEL "^(?:image|photo|picture|video) caption\\s*[,:]\\s*(\\S.*)$"

/* Whether SOURCE_LABEL or CAPTION_LABEL can match @text: both start with
 * image, photo, picture or video, whose letters have no case partner
 * outside ASCII, so the first byte tells. */
static gboolean
may_be_label (const char *text)
{
  return strchr ("iIpPvV", *text) != NULL && *text != '\0';
}

/* "Image caption, Fans celebrate": a caption line whose credit stands apart. */
char *
_copydesk_import_parse_caption_label (const char *text)
{
  static GRegex *label;

  if (!may_be_label (text))
    return NULL;
  return _copydesk_import_match_group (&label, CAPTION_LABEL, G_REGEX_CASELESS, text, 1);
}

/* A full stop that ends a sentence, not an initial's ("J. K. Smith",
 * "A.B./Agency"): after a word of two letters or more, before a space or
 * the end. A credit holds none; a caption's last sentence does. */
static gboolean
has_sentence_stop (const char *text)
{
  static GRegex *stop;

  return g_regex_match (_copydesk_import_regex (&stop, "\\p{L}{2}\\.(\\s|$)", 0), text, 0, NULL);
}

/* "Name/Agency": a slash with a capitalised part on each side. */
static gboolean
has_credit_slash (const char *inner)
{
  static GRegex *slash;

  if (strstr (inner, "://") != NULL || strstr (inner, "www.") != NULL)
    return FALSE;
  return g_regex_match (_copydesk_import_regex (&slash,
                                                "(^|\\s)\\p{Lu}[^/]*\\s*/\\s*(\\p{Lu}|i[A-Z])", 0),
                        inner, 0, NULL);
}

/* The short text inside a final bracket: is it a credit? Returns TRUE for a
 * strong sign; @weak is set for a bare agency name. */
static gboolean
bracket_is_credit (const char *inner,
                   gboolean   *weak)
{
  static GRegex *words, *for_pub;
  guint n_words = _copydesk_import_count_words (inner);

  *weak = FALSE;
  if (*inner == '\0' || n_words > 12 || g_utf8_strlen (inner, -1) > 90)
    return FALSE;
  if (has_sentence_stop (inner) ||
      g_regex_match_simple ("^[\\d\\s.,:;%/-]*$", inner, 0, 0))
    return FALSE;
  if (has_credit_slash (inner) || _copydesk_import_match (&words, CREDIT_WORDS, inner) ||
      g_regex_match (_copydesk_import_regex (&for_pub,
                                             "^\\p{Lu}\\S*( \\p{Lu}\\S*){1,3} for (the )?\\p{Lu}",
                                             0),
                     inner, 0, NULL))
    return TRUE;
  *weak = _copydesk_import_is_agency (inner);
  return FALSE;
}

static char *
trim_caption (const char *text,
              gsize       length)
{
  g_autofree char *head = g_strndup (text, length);

  /* "Caption – (Credit)" and "Caption. (Credit)": the dash goes, the stop stays */
  return _copydesk_import_strip (head, " -–—|");
}

static gboolean
parse_bracket (const char  *text,
               char       **caption,
               char       **credit)
{
  g_autofree char *body = _copydesk_import_strip (text, ". ");
  gsize len = strlen (body);
  char close, open;
  int depth = 0;
  gssize i;
  gboolean weak;
  static GRegex *label;
  g_autofree char *inner = NULL;
  g_autofree char *head = NULL;

  if (len < 3 || (body[len - 1] != ')' && body[len - 1] != ']'))
    return FALSE;
  close = body[len - 1];
  open = close == ')' ? '(' : '[';
  for (i = (gssize) len - 1; i >= 0; i--)
    {
      depth += body[i] == close ? 1 : body[i] == open ? -1 : 0;
      if (depth == 0)
        break;
    }
  if (i < 0)
    return FALSE;
  inner = g_strstrip (g_strndup (body + i + 1, len - i - 2));
  head = trim_caption (body, i);
  if (!bracket_is_credit (inner, &weak) &&
      !(weak && (*head == '\0' || _copydesk_import_ends_sentence (head))))
    return FALSE;
  *caption = g_steal_pointer (&head);
  /* "(Image: Jane Doe/Agency)": the label is not part of the credit */
  *credit = g_regex_replace (_copydesk_import_regex (&label, BRACKET_LABEL, G_REGEX_CASELESS),
                             inner, -1, 0, "", 0, NULL);
  return TRUE;
}

/* Whether the credit pattern @r of parse_labelled() can match @text at all,
 * tested by hand: each pattern needs a mark (a colon, "by", "©", a final
 * capital) that most paragraphs do not have, and the regex engine is the
 * importer's main cost on long copy. */
static gboolean
may_hold_credit (const char *text,
                 guint       r)
{
  const char *end = text + strlen (text);
  const char *last = end > text ? g_utf8_find_prev_char (text, end) : NULL;

  switch (r)
    {
    case 0: /* "Photo: ...", "Photo / ..." */
      return strchr (text, ':') != NULL || strstr (text, " / ") != NULL;
    case 1: /* "Photo by ...", "Picture courtesy of ..." (the nouns have a capital) */
      return (strstr (text, " by ") != NULL || strstr (text, " courtesy") != NULL) &&
             (strstr (text, "Photo") != NULL || strstr (text, "Picture") != NULL ||
              strstr (text, "Image") != NULL);
    case 2: /* "Credit...Jane Doe" */
      return strstr (text, "Credit") != NULL;
    case 3: /* "CC BY-ND", "CC0", "Public domain" */
      return strstr (text, "CC") != NULL || strstr (text, "Public domain") != NULL;
    case 4: /* "© Jane Doe" */
      return strstr (text, "©") != NULL || strstr (text, "(c)") != NULL ||
             strstr (text, "(C)") != NULL;
    case 5: /* "... Sunday. JOSÉ MARTÍN FOR « EL DIARIO »": ends in a capital or a closer */
      return last != NULL && (g_unichar_isupper (g_utf8_get_char (last)) ||
                              g_utf8_get_char (last) == 0x00BB || *last == '"' ||
                              g_utf8_get_char (last) == 0x201D);
    default:
      return TRUE;
    }
}

static gboolean
parse_labelled (const char  *text,
                char       **caption,
                char       **credit)
{
  static GRegex *label, *by, *dots, *licence, *copyright, *caps;
  GRegex *regexes[] = {
    _copydesk_import_regex (&label, CREDIT_LABEL, 0),
    _copydesk_import_regex (&by, CREDIT_BY, 0),
    _copydesk_import_regex (&dots, CREDIT_DOTS, 0),
    _copydesk_import_regex (&licence, CREDIT_LICENCE, 0),
    _copydesk_import_regex (&copyright, CREDIT_COPYRIGHT, 0),
    _copydesk_import_regex (&caps, CREDIT_CAPS, 0),
  };

  for (guint r = 0; r < G_N_ELEMENTS (regexes); r++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *found = NULL;
      int start = 0;

      if (!may_hold_credit (text, r) || !g_regex_match (regexes[r], text, 0, &match))
        continue;
      found = g_strstrip (g_match_info_fetch (match, 1));
      if (_copydesk_import_count_words (found) > 12 || has_sentence_stop (found))
        continue;
      g_match_info_fetch_pos (match, 0, &start, NULL);
      *caption = trim_caption (text, start);
      *credit = _copydesk_import_strip (found, ". ");
      if (r == 1)
        {
          /* "Photo by Jane Doe" credits Jane Doe; "Photo courtesy of X" stays whole */
          g_autofree char *folded = g_utf8_strdown (*credit, -1);
          const char *by_word = strstr (folded, " by ");

          if (by_word != NULL)
            {
              g_autofree char *name = g_strdup (*credit + (by_word - folded) + 4);

              g_free (*credit);
              *credit = g_steal_pointer (&name);
            }
        }
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_bare_credit (const char *text)
{
  static GRegex *words;
  g_auto(GStrv) parts = NULL;

  g_autoptr(ImportByline) byline = NULL;

  if (_copydesk_import_count_words (text) > 8 || has_sentence_stop (text) ||
      !_copydesk_import_is_short_plain (text))
    return FALSE;
  /* "By Jane Doe Associated Press" is a byline, "Avec AFP" a contributor note */
  if ((byline = _copydesk_import_parse_byline (text)) != NULL ||
      _copydesk_import_is_contributor_note (text))
    return FALSE;
  if (!has_credit_slash (text) && !_copydesk_import_match (&words, BARE_CREDIT_WORDS, text))
    return FALSE;
  /* every word capitalised, save "via", "for" and "of" */
  parts = g_regex_split_simple ("[\\s/]+", text, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && !g_unichar_isupper (g_utf8_get_char (parts[i])) &&
        !g_unichar_isdigit (g_utf8_get_char (parts[i])) &&
        !g_strv_contains ((const char * const[]) { "via", "for", "of", "the", "and", NULL },
                          parts[i]))
      return FALSE;
  return TRUE;
}

/**
 * _copydesk_import_parse_caption:
 * @text: one item of text
 * @caption: (out): the caption without its credit (may be empty)
 * @credit: (out): the credit, never empty
 *
 * Returns: whether @text ends with a photo credit
 */
gboolean
_copydesk_import_parse_caption (const char  *text,
                                char       **caption,
                                char       **credit)
{
  static GRegex *source;

  /* "Image source, Getty Images": a credit line of its own, before its caption */
  *credit = !may_be_label (text) ? NULL
                                  : _copydesk_import_match_group (&source, SOURCE_LABEL,
                                                                  G_REGEX_CASELESS, text, 1);
  *caption = *credit != NULL ? g_strdup ("") : NULL;
  if (*credit != NULL)
    return TRUE;
  if (is_bare_credit (text))
    {
      *caption = g_strdup ("");
      *credit = g_strdup (text);
      return TRUE;
    }
  if (parse_bracket (text, caption, credit) || parse_labelled (text, caption, credit))
    {
      static GRegex *lead;
      char *bare = g_regex_replace_literal (_copydesk_import_regex (&lead, CAPTION_LEAD,
                                                                    G_REGEX_CASELESS),
                                            *caption, -1, 0, "", 0, NULL);

      g_free (*caption);
      *caption = bare;
      if (**credit != '\0')
        return TRUE;
      g_clear_pointer (caption, g_free);
      g_clear_pointer (credit, g_free);
    }
  return FALSE;
}

/* The person in a credit, when there is one: "Jane Doe/Reuters" and
 * "AP Photo/Jane Doe" name Jane Doe; "Reuters", "Courtesy of X" and
 * "Army Press Office, via AP" name nobody. */
char *
_copydesk_import_photographer (const char *credit)
{
  g_auto(GStrv) parts = g_strsplit (credit, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pieces = g_strsplit (parts[i], ",", 2);
      g_autofree char *part = g_strstrip (g_strdup (pieces[0]));
      g_autofree char *named = _copydesk_import_name_case (part);

      /* parts[i]: "Hezbollah Military Media, via AP" is a credit, not a person */
      if (_copydesk_import_count_words (named) >= 2 && _copydesk_import_is_name (named) &&
          !copydesk_byline_is_organisation (parts[i]) &&
          !g_regex_match_simple (CREDIT_WORDS, named, G_REGEX_CASELESS, 0))
        return g_steal_pointer (&named);
    }
  return NULL;
}
