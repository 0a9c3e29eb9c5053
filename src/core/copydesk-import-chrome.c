/* copydesk-import-chrome.c: what a line is on its own (site chrome, dates, list entries)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Site chrome is the furniture a web page puts around an article: share
 * buttons, "Advertisement" slots, sign-up prompts, comment counters, lists of
 * other stories. A line is chrome only when it is *nothing but* such
 * furniture: the patterns are anchored at the start (most at both ends) and
 * only tried on short lines, so a paragraph that mentions a newsletter or an
 * advertisement is never taken for one. Dropped lines are always reported to
 * the user by the caller.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import-private.h"

/* Whole-line furniture: buttons, slots and labels. */
#define CHROME_WORDS \
  "^(advertisement|advertising|ads?|anzeige|werbung|publicidad|publicité|sponsored( content)?|" \
  "paid (content|post|partner content)|partner content|" \
  "(story|article) continues (below|after)( (this )?advertisement)?|" \
  "continue reading( (below|the main story|main story))?|scroll to continue( with content)?|" \
  "skip (to|advertisement|ad)\\b.{0,60}|" \
  "(listen|play) (to )?(this )?(article|story)([ ,:-].{0,20})?|" \
  "\\d+[ -](min|minute|mins|minutes)( read| listen| to read| reading time)?|" \
  "share( this| full| the)?( article| story| page| post)?( on \\S+)?|share (on|via|to) \\S+|" \
  "tweet|e-?mail|print|copy( the)? link|link copied|save( article| story| for later)?|saved|" \
  "bookmark|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|" \
  "comments?( \\(\\d+\\))?|\\d+ comments?|" \
  "(show|view|load|read|see|join) (all |the )?(\\d+ )?comments?|" \
  "leave a (comment|reply)|join the (conversation|discussion)|kommentare?|comentarios?|" \
  "image|photo|video|gallery|enlarge( this)? image|open image in gallery|" \
  "view image in fullscreen|expand|close|toggle caption|hide caption|" \
  "(image|photo|picture) \\d+ (of|/) \\d+|\\d+ ?/ ?\\d+|menu|search|home|back to top|" \
  "log ?in|sign ?in|subscribe( now| today)?|register|close menu|cookie settings|" \
  "accept( all)?( cookies)?|print this (article|page)|font size|a\\+? ?a-?|" \
  "share (or comment on )?(this )?(article|story|page)|reuse this content|" \
  "(for immediate release|press release|news release|media release)( .{0,40})?|" \
  "gift (this )?article|listen|comment on this (story|article)|published|updated|from|" \
  "(artikel )?teilen|drucken|compartir|imprimir|partager|imprimer|embedded content|embed|" \
  "(story|article) continues( below)?)[.:]?$"

/* Print-edition notes, which run long ("A version of this article appears
 * in print on ..., with the headline: ..."). */
#define CHROME_PRINT \
  "^(a version of this (article|story) appears? in print\\b.*|order reprints\\b.*)$"

/* Whole-line furniture is short: past this many words only CHROME_PRINT,
 * the labels, sign-up, follow and copyright lines are tried (a cheap word
 * count saves a dozen pattern runs on every line of a long paragraph). */
#define CHROME_WORDS_MAX 14

/* A label and a colon or an arrow, then a link's text: "Read more: ...". */
#define CHROME_LABELS \
  "^((read|see|watch) more( (from|on|about) [^:|›»>]{1,40})?|read (also|next)|also read|" \
  "see (also|more)( on)?|" \
  "related( story| article| stories| articles)?|" \
  "more|watch|listen|recommended|most popular|tags|topics|filed under|" \
  "explore more on (these|this) topics?|more on this story|follow( us)?|sign up|subscribe|" \
  "newsletter|get the app|download the app|lesen sie auch|auch interessant|mehr (dazu|zum thema)|" \
  "lee también|te puede interesar|leer más|ver más|lire aussi|à lire aussi)\\s*[:|›»>]"

/* Sign-up prompts and the small print that comes with them. */
#define CHROME_SIGNUP \
  "^(sign up|subscribe|register|join|get|want)\\b.{0,200}\\b(newsletter|inbox|briefing|alerts|" \
  "subscription|subscriber)s?\\b|" \
  "^(our|the|this) .{0,40}newsletter\\b.{0,160}\\b(sign up|subscribe|inbox)\\b|" \
  "\\b(unsubscribe at any time|by (signing up|subscribing)\\b.{0,120}\\bprivacy)\\b|" \
  "^already (a subscriber|have an account)|^(thanks|thank you) for (signing up|subscribing)"

/* Following, handles, addresses and copyright lines. */
#define CHROME_FOLLOW \
  "^(follow|puedes seguir|síguenos|sigue|folgen sie|suivez|retrouvez|join)\\b.{0,120}" \
  "\\b(facebook|twitter|instagram|whatsapp|telegram|tiktok|linkedin|youtube|bluesky|threads)\\b"

#define CHROME_SOCIAL \
  "^(follow|like) (us|me|\\S+( \\S+)?) on (twitter|x|facebook|instagram|tiktok|threads|bluesky|" \
  "linkedin|youtube|mastodon)\\b|" \
  "^@\\w+$|^(twitter|x|email|e-mail|instagram|bluesky|threads|linkedin|mastodon)\\s*:\\s*\\S+$|" \
  "^[^\\s@]+@[^\\s@]+\\.[a-z]{2,}$|^(©|\\(c\\)|copyright)(\\s*(©|\\(c\\)))?\\s*\\d{4}|" \
  "\\b(all rights reserved|riproduzione riservata|todos los derechos reservados|" \
  "alle rechte vorbehalten|tous droits réservés)\\b|" \
  "\\bmay not be (published|reproduced|redistributed)\\b|" \
  "^\\p{Lu}[\\p{L}'’. -]{1,40} can be (reached|contacted|emailed) at\\b|" \
  "^(contact|email|e-mail) (the )?(writer|reporter|author)\\b"

/* Wire furniture: slug lines ("BC-US--Storm-Flooding,1st Ld-Writethru"),
 * standards links, "click here" prompts. */
#define CHROME_WIRE \
  "^[A-Z]{1,3}-[A-Z]{2,4}-{1,2}[\\w,/ -]{3,80}$|" \
  "(?i)^(our|editorial) standards\\b|^click here\\b|\\btrust principles\\b"

/* Navigation: breadcrumbs ("News > World > Europe", "Home / India / Mumbai";
 * three parts at least with a slash, so that "Jane Doe / Reuters" is a
 * credit) and rule lines. */
#define CHROME_NAV \
  "^[^.!?]{1,40}( [>›»|/] [^.!?]{1,40}){2,}$|^[^.!?]{1,40} [>›»] [^.!?]{1,40}$|" \
  "^[-—–_=*·•~ ]{3,}$"

/* Headings that open the page's lists of other stories. What follows them is
 * dropped as long as it looks like a list of headlines (see copydesk-import.c). */
#define TAIL_HEADINGS \
  "^(most (popular|read|viewed|shared|commented)" \
  "( (now|today|this week|stories|articles|from .{1,30}))?|" \
  "trending( now| stories| news| topics)?|popular( now| stories| on \\S+)?|" \
  "related( story| article| stories| articles| content| coverage| topics| links| news| reading)?|" \
  "more (from|on|in|about) .{1,40}|more (stories|news|coverage|like this|to read)|" \
  "you (may|might) (also )?(like|enjoy|be interested in)|" \
  "recommended( for you| stories| reading| articles)?|top stories|" \
  "latest( news| stories| headlines)?|editor'?s'? picks|what to read next|don'?t miss|" \
  "further reading|topics|tags|explore more on (these|this) topics?|more on this story|" \
  "also on \\S+|(from )?around the web|(sponsored|promoted) stories|archivado en|themen|" \
  "schlagwörter|temas|etiquetas|sujets|mots-clés|" \
  "weitere artikel|mehr zum thema|das könnte sie auch interessieren|meistgelesen|" \
  "te puede interesar|noticias relacionadas|lo más leído|más noticias|à lire aussi)[.:]?$"

#define END_MARKS "^(#{3,}|-+ ?ends? ?-+|–+ ?ends? ?–+|ends|-30-|\\[?ends?\\]?|- ?end ?-)$"

/* "Published 9 January 2024", "Updated: 14:05 GMT" and the like. */
#define DATE_LABELS \
  "^{lexicon:date-labels.txt}\\b(?!:? by\\b)" \
  ".{0,80}\\d"


/* A line made of nothing but a date and a time ("Tue 9 Jan 2024 14.05 GMT"). */
static gboolean
is_bare_date (const char *line)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) token = g_string_new (NULL);
  guint n = 0, numbers = 0;
  gboolean number = FALSE;

  if (g_utf8_strlen (line, -1) > 60)
    return FALSE;
  folded = g_utf8_strdown (line, -1);
  /* one scan: tokens are runs of letters, digits and apostrophes; a token
   * that starts with a digit (any script's digits) is a number */
  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '\''))
        {
          if (token->len == 0)
            number = g_unichar_isdigit (c);
          g_string_append_unichar (token, c);
          continue;
        }
      if (token->len > 0)
        {
          n++;
          if (number)
            numbers++;
          else if (!_copydesk_import_lexicon_has ("date-words.txt", token->str))
            return FALSE;
          g_string_truncate (token, 0);
        }
      if (c == 0)
        break;
    }
  return numbers > 0 && n <= 12;
}

static ItemKind
list_kind (const char  *line,
           char       **list_text)
{
  static GRegex *bullet, *numbered;
  gunichar first = g_utf8_get_char (line);
  GRegex *regexes[2];

  /* lists start with a digit or a bullet */
  if (first == 0 || (!g_ascii_isdigit (*line) && g_utf8_strchr ("•·▪◦‣●■►*-", -1, first) == NULL))
    return ITEM_TEXT;
  regexes[0] = _copydesk_import_regex (&bullet, "^[•·▪◦‣●■►*-]\\s+(\\S.*)$", 0);
  regexes[1] = _copydesk_import_regex (&numbered, "^\\d{1,2}[.)]\\s+(\\S.*)$", 0);

  for (guint i = 0; i < G_N_ELEMENTS (regexes); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regexes[i], line, 0, &match))
        {
          *list_text = g_match_info_fetch (match, 1);
          return i == 0 ? ITEM_BULLET : ITEM_NUMBERED;
        }
    }
  return ITEM_TEXT;
}

/* What @line is on its own. Chrome patterns only apply to short lines (at
 * most 40 words): real paragraphs are longer or do not match at all. */
/* "(Story continues below)", "[embedded content]": furniture in brackets. */
static gboolean
is_bracketed_chrome (const char *line)
{
  static GRegex *words;
  gsize len = strlen (line);
  g_autofree char *inner = NULL;

  if (len < 3 || !((line[0] == '(' && line[len - 1] == ')') ||
                   (line[0] == '[' && line[len - 1] == ']')))
    return FALSE;
  inner = g_strndup (line + 1, len - 2);
  return _copydesk_import_match (&words, CHROME_WORDS, inner);
}

/* What a line must hold for a pattern to be worth running: a scan of the
 * line in ASCII lower case is much cheaper than the pattern, and most
 * lines of a story hold none of these. Each list covers its pattern's
 * alternatives (CHROME_PRINT, CHROME_SIGNUP, CHROME_FOLLOW, and the long
 * forms of CHROME_SOCIAL). */
static const char * const print_stems[] = { "a version of this", "order reprints", NULL };
static const char * const signup_stems[] = {
  "newsletter", "inbox", "briefing", "alert", "subscri", "privacy", "already", "thank", NULL
};
static const char * const network_stems[] = {
  "facebook", "twitter", "instagram", "whatsapp", "telegram", "tiktok", "linkedin", "youtube",
  "bluesky", "threads", NULL
};
static const char * const social_stems[] = {
  "rights", "riservat", "derechos", "rechte", "droits", "may not be", " can be ", "contact",
  "mail", "@", "\xc2\xa9", "(c)", "copyright", NULL
};

static gboolean
has_stem (const char         *lower,
          const char * const *stems)
{
  for (guint i = 0; stems[i] != NULL; i++)
    if (strstr (lower, stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* What CHROME_WIRE needs: a slug ("AP-US-Flood--") starts with a capital
 * and has a dash in its first five characters; the other forms hold these
 * stems, chosen without the letters s and k, which match a non-ASCII
 * letter too when case is ignored. */
static const char * const wire_stems[] = { "tandard", "clic", "principle", NULL };

static gboolean
may_be_wire (const char *line,
             const char *lower)
{
  return (g_ascii_isupper (line[0]) && memchr (line, '-', strnlen (line, 5)) != NULL) ||
         has_stem (lower, wire_stems);
}

/* Labels and breadcrumbs need a colon, a bar, an arrow, a slash or a rule. */
static gboolean
has_label_mark (const char *line)
{
  return strpbrk (line, ":|>/-=*_~") != NULL || strstr (line, "›") != NULL ||
         strstr (line, "»") != NULL || strstr (line, "—") != NULL || strstr (line, "–") != NULL ||
         strstr (line, "·") != NULL || strstr (line, "•") != NULL;
}

/* A whole line that is one of the furniture phrases of chrome-lines.txt
 * ("Premium", "Abonnez-vous", "WATCH LIVE"), compared without case or the
 * punctuation around it. */
static gboolean
is_lexicon_chrome (const char *line,
                   guint       n_words)
{
  g_autofree char *folded = NULL;
  g_autofree char *bare = NULL;

  if (n_words > 8)
    return FALSE;
  folded = g_utf8_casefold (line, -1);
  bare = _copydesk_import_strip (folded, " .:!|›»>-–—•·");
  return _copydesk_import_lexicon_has ("chrome-lines.txt", bare);
}

/* "📲 Download our app", "🔔 Sign up for alerts": a short line that opens
 * with a pictograph is a promotion, in any language; paragraphs do not
 * start with emoji. */
static gboolean
is_emoji_promo (const char *line,
                guint       n_words)
{
  gunichar c = g_utf8_get_char (line);

  return n_words <= 25 && g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL &&
         (c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF));
}

ItemKind
_copydesk_import_line_kind (const char  *line,
                            char       **list_text)
{
  static GRegex *words, *labels, *signup, *follow, *wire, *social, *nav, *tail, *end, *dates;
  static GRegex *print;
  guint n_words = _copydesk_import_count_words (line);
  g_autofree char *lower = NULL;

  *list_text = NULL;
  /* each pattern runs only on lines that hold what it needs (see stems) */
  if (n_words <= 3 && _copydesk_import_match (&end, END_MARKS, line))
    return ITEM_END;
  if (n_words <= 12 && _copydesk_import_match (&tail, TAIL_HEADINGS, line))
    return ITEM_TAIL;
  /* "Read more from Sky News:" with nothing after it heads a list of links */
  if (n_words <= 8 && g_str_has_suffix (line, ":") &&
      _copydesk_import_match (&labels, CHROME_LABELS, line))
    return ITEM_TAIL;
  if (is_lexicon_chrome (line, n_words) || is_emoji_promo (line, n_words))
    return ITEM_CHROME;
  if (n_words > 40)
    return list_kind (line, list_text);
  lower = g_ascii_strdown (line, -1);
  if ((n_words <= CHROME_WORDS_MAX && _copydesk_import_match (&words, CHROME_WORDS, line)) ||
      (has_stem (lower, print_stems) && _copydesk_import_match (&print, CHROME_PRINT, line)) ||
      (n_words <= 25 && has_label_mark (line) &&
       _copydesk_import_match (&labels, CHROME_LABELS, line)) ||
      (n_words <= 30 && has_stem (lower, signup_stems) &&
       _copydesk_import_match (&signup, CHROME_SIGNUP, line)) ||
      (n_words <= 30 && has_stem (lower, network_stems) &&
       _copydesk_import_match (&follow, CHROME_FOLLOW, line)) ||
      (n_words <= 20 && may_be_wire (line, lower) &&
       g_regex_match (_copydesk_import_regex (&wire, CHROME_WIRE, 0), line, 0, NULL)) ||
      ((n_words <= CHROME_WORDS_MAX || has_stem (lower, social_stems)) &&
       _copydesk_import_match (&social, CHROME_SOCIAL, line)) ||
      (n_words <= CHROME_WORDS_MAX && is_bracketed_chrome (line)) ||
      (n_words <= 30 && has_label_mark (line) && _copydesk_import_match (&nav, CHROME_NAV, line)))
    return ITEM_CHROME;
  if (n_words <= 16 && (_copydesk_import_match (&dates, DATE_LABELS, line) || is_bare_date (line)))
    return ITEM_DATE;
  return list_kind (line, list_text);
}
