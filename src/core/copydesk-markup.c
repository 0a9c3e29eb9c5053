/* copydesk-markup.c: the body's text form, parsed and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks are separated by blank lines. A block's first line decides what it
 * is: "## " a subheading, ">" a quote, "- " a bulleted list, "1. " a
 * numbered list, anything else a paragraph whose lines are joined. A line
 * "[photo: ID]" is always a block of its own. Inline: *emphasis*,
 * **strong**, [text](url), and a backslash before \ * [ ] ( ) # > - . makes
 * that character literal.
 *
 * Two promises, both tested: parsing what the printer wrote gives back the
 * same body, whatever it holds; and printing a parsed body gives back the
 * text that was parsed, when that text is in the form the printer writes
 * (one line per paragraph, one blank line between blocks). To keep the second
 * promise for ordinary text, the printer escapes nothing at first and checks
 * its output by parsing it; only a block that would read back differently is
 * printed again with every special character escaped.
 */
#include "config.h"

#include <string.h>

#include "copydesk-body.h"
#include "copydesk-markup-private.h"
#include "copydesk-text.h"

#define ESCAPABLE "\\*[]()#>-."
/* U+FEFF: at the very start of a text it is a byte-order mark and goes;
 * a paragraph that really starts with one is printed with a backslash. */
#define BOM "\xEF\xBB\xBF"
#define BOM_LEN 3
#define PHOTO_PREFIX "[photo:"

/* ---------------------------------------------------------------- inline */

typedef enum
{
  TOKEN_TEXT,   /* literal text, [start, end) of the source */
  TOKEN_DELIM,  /* a run of '*' */
  TOKEN_LINK,   /* [text](url): text is [start, end) */
} TokenKind;

typedef struct
{
  TokenKind  kind;
  gsize      start;
  gsize      end;
  char      *url;          /* TOKEN_LINK */
  guint      stars;        /* TOKEN_DELIM */
  gboolean   can_open;
  gboolean   can_close;
  guint      opens;        /* CopydeskStyle bits this delimiter turns on */
  guint      closes;       /* ... and turns off */
} Token;

static void
token_clear (gpointer data)
{
  g_free (((Token *) data)->url);
}

static gboolean
is_space_at (const char *text,
             gsize       pos,
             gsize       start,
             gsize       end)
{
  if (pos < start || pos >= end)
    return TRUE;
  return text[pos] == ' ' || text[pos] == '\t';
}

/* Finds the "]" closing the "[" at @open and the "(url)" right after it.
 * Returns the index just past ")", or 0 when this is no link. */
static gsize
scan_link (const char  *text,
           gsize        open,
           gsize        end,
           gsize       *text_end,
           char       **url)
{
  gsize i = open + 1;
  guint depth = 0;
  GString *href;
  char *clean;

  for (; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end)
        i++;
      else if (text[i] == '[')
        depth++;
      else if (text[i] == ']' && depth > 0)
        depth--;
      else if (text[i] == ']')
        break;
    }
  if (i >= end || i == open + 1 || i + 1 >= end || text[i + 1] != '(')
    return 0;

  *text_end = i;
  href = g_string_new (NULL);
  depth = 0;
  for (i += 2; i < end; i++)
    {
      if (text[i] == '\\' && i + 1 < end && strchr (ESCAPABLE, text[i + 1]) != NULL)
        {
          g_string_append_c (href, text[++i]);
          continue;
        }
      if (text[i] == '(')
        depth++;
      else if (text[i] == ')' && depth == 0)
        break;
      else if (text[i] == ')')
        depth--;
      g_string_append_c (href, text[i]);
    }
  clean = copydesk_text_strip_xml_invalid (href->str);
  g_string_free (href, TRUE);
  g_strstrip (clean);
  if (i >= end || clean[0] == '\0')
    {
      g_free (clean);
      return 0;
    }
  *url = clean;
  return i + 1;
}

static void
tokenize (const char *text,
          gsize       start,
          gsize       end,
          gboolean    in_link,
          GArray     *tokens)
{
  gsize i = start;

  while (i < end)
    {
      Token token = { TOKEN_TEXT, i, i + 1, NULL, 0, FALSE, FALSE, 0, 0 };

      if (text[i] == '\\' && i + 1 < end && strchr (ESCAPABLE, text[i + 1]) != NULL)
        {
          token.start = i + 1;
          token.end = i + 2;
        }
      else if (text[i] == '\\' && end - i > BOM_LEN && memcmp (text + i + 1, BOM, BOM_LEN) == 0)
        {
          token.start = i + 1;
          token.end = i + 1 + BOM_LEN;
        }
      else if (text[i] == '*')
        {
          while (token.end < end && text[token.end] == '*')
            token.end++;
          token.kind = TOKEN_DELIM;
          token.stars = token.end - token.start;
          token.can_open = !is_space_at (text, token.end, start, end);
          token.can_close = !is_space_at (text, i - 1, start, end);
        }
      else if (text[i] == '[' && !in_link)
        {
          gsize text_end = 0;
          gsize next = scan_link (text, i, end, &text_end, &token.url);

          if (next != 0)
            {
              token.kind = TOKEN_LINK;
              token.start = i + 1;
              token.end = text_end;
              g_array_append_val (tokens, token);
              i = next;
              continue;
            }
        }
      else
        {
          /* a stretch of ordinary bytes is one token */
          while (token.end < end && strchr ("\\*[", text[token.end]) == NULL)
            token.end++;
        }

      g_array_append_val (tokens, token);
      i = token.end;
    }
}

/* Pairs delimiters one style at a time: a style opens at a delimiter that
 * can open and closes at the next one that can close. An opener left without
 * a closer stays literal. Since a closer is any delimiter with a non-space
 * before it, no closer can follow an unmatched opener, so one pass is exact. */
static void
resolve_style (GArray        *tokens,
               CopydeskStyle  style,
               guint          stars_bit)
{
  Token *opener = NULL;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);

      if (token->kind != TOKEN_DELIM || token->stars > 3 || (token->stars & stars_bit) == 0)
        continue;

      if (opener != NULL && token->can_close)
        {
          opener->opens |= style;
          token->closes |= style;
          opener = NULL;
        }
      else if (opener == NULL && token->can_open)
        opener = token;
    }
}

static void emit_tokens (const char *text, GArray *tokens, CopydeskStyle base_style,
                         const char *href, CopydeskRunBuilder *builder);

static void
parse_inline_range (const char         *text,
                    gsize               start,
                    gsize               end,
                    CopydeskStyle       base_style,
                    const char         *href,
                    CopydeskRunBuilder *builder)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));

  g_array_set_clear_func (tokens, token_clear);
  tokenize (text, start, end, href != NULL, tokens);
  resolve_style (tokens, COPYDESK_STYLE_EMPHASIS, 1);
  resolve_style (tokens, COPYDESK_STYLE_STRONG, 2);
  emit_tokens (text, tokens, base_style, href, builder);
}

/* Text of the body, without what XML 1.0 cannot carry (control characters,
 * U+FFFE, U+FFFF): the writer would drop them, and the body would not be
 * the one its file reads back as. */
static void
append_text (CopydeskRunBuilder *builder,
             const char         *text,
             gsize               length,
             CopydeskStyle       style,
             const char         *href)
{
  gsize start = 0, i = 0;

  while (i < length)
    {
      guchar c = (guchar) text[i];
      gsize skip = 0;

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        skip = 1;
      else if (c == 0xEF && length - i >= 3 && (guchar) text[i + 1] == 0xBF &&
               ((guchar) text[i + 2] == 0xBE || (guchar) text[i + 2] == 0xBF))
        skip = 3;
      if (skip == 0)
        {
          i++;
          continue;
        }
      if (i > start)
        copydesk_run_builder_append (builder, text + start, (gssize) (i - start), style, href);
      i += skip;
      start = i;
    }
  if (length > start)
    copydesk_run_builder_append (builder, text + start, (gssize) (length - start), style, href);
}

static void
emit_stars (CopydeskRunBuilder *builder,
            guint               n,
            CopydeskStyle       style,
            const char         *href)
{
  static const char stars[] = "***";

  if (n > 0)
    copydesk_run_builder_append (builder, stars, n, style, href);
}

static void
emit_tokens (const char         *text,
             GArray             *tokens,
             CopydeskStyle       base_style,
             const char         *href,
             CopydeskRunBuilder *builder)
{
  CopydeskStyle style = COPYDESK_STYLE_NONE;

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      guint used, literal;

      switch (token->kind)
        {
        case TOKEN_TEXT:
          append_text (builder, text + token->start, token->end - token->start,
                       style | base_style, href);
          break;

        case TOKEN_LINK:
          parse_inline_range (text, token->start, token->end, style | base_style,
                              token->url, builder);
          break;

        case TOKEN_DELIM:
          used = ((token->opens | token->closes) & COPYDESK_STYLE_EMPHASIS ? 1 : 0) +
                 ((token->opens | token->closes) & COPYDESK_STYLE_STRONG ? 2 : 0);
          literal = token->stars - used;
          if (token->stars > 3)
            {
              copydesk_run_builder_append (builder, text + token->start, token->stars,
                                           style | base_style, href);
              break;
            }
          /* stars that pair with nothing are text, outside the style they border */
          style &= ~token->closes;
          emit_stars (builder, token->closes ? 0 : literal, style | base_style, href);
          style |= token->opens;
          emit_stars (builder, token->closes ? literal : 0, style | base_style, href);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static CopydeskRun *
parse_inline (const char *text)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();

  parse_inline_range (text, 0, strlen (text), COPYDESK_STYLE_NONE, NULL, builder);
  return copydesk_run_builder_end (builder);
}

/* ---------------------------------------------------------------- blocks */

static const char *
skip_blanks (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  return line;
}

static gboolean
is_blank (const char *line)
{
  return *skip_blanks (line) == '\0';
}

/**
 * copydesk_body_placement_id:
 * @line: one line of body markup
 *
 * Returns: (transfer full) (nullable): the photo id when @line is a
 *   placement line ("[photo: ID]", spaces allowed around it and the id),
 *   or %NULL when it is anything else
 */
char *
copydesk_body_placement_id (const char *line)
{
  g_autofree char *copy = g_strstrip (g_strdup (line));
  gsize len = strlen (copy);

  if (!g_str_has_prefix (copy, PHOTO_PREFIX) || len < 2 || copy[len - 1] != ']')
    return NULL;

  copy[len - 1] = '\0';
  g_strstrip (copy + strlen (PHOTO_PREFIX));
  if (!copydesk_photo_id_is_valid (copy + strlen (PHOTO_PREFIX)))
    return NULL;
  return g_strdup (copy + strlen (PHOTO_PREFIX));
}

/* Length of a numbered-list marker ("12. ") at @line, or 0. */
static gsize
numbered_marker (const char *line)
{
  gsize i = 0;

  while (g_ascii_isdigit (line[i]) && i < 9)
    i++;
  if (i == 0 || line[i] != '.' || (line[i + 1] != ' ' && line[i + 1] != '\0'))
    return 0;
  return line[i + 1] == ' ' ? i + 2 : i + 1;
}

static gsize
bullet_marker (const char *line)
{
  if (line[0] == '-' && line[1] == ' ')
    return 2;
  if (line[0] == '-' && line[1] == '\0')
    return 1;
  return 0;
}

static void
add_text_block (GPtrArray         *blocks,
                CopydeskBlockKind  kind,
                const char        *text)
{
  g_autoptr(CopydeskRun) run = parse_inline (text);

  if (!copydesk_run_is_empty (run))
    g_ptr_array_add (blocks, copydesk_block_new_text (kind, run));
}

static void
add_items_block (GPtrArray         *blocks,
                 CopydeskBlockKind  kind,
                 GPtrArray         *texts)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);
  CopydeskBlock *block;

  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (runs, parse_inline (((GString *) g_ptr_array_index (texts, i))->str));

  block = copydesk_block_new_items (kind, runs);
  if (copydesk_block_get_n_items (block) > 0)
    g_ptr_array_add (blocks, block);
  else
    copydesk_block_unref (block);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static GString *
append_line (GPtrArray  *texts,
             const char *line,
             gboolean    new_item)
{
  GString *item;

  if (new_item || texts->len == 0)
    {
      item = g_string_new (line);
      g_ptr_array_add (texts, item);
      return item;
    }
  item = g_ptr_array_index (texts, texts->len - 1);
  if (item->len > 0 && *line != '\0')
    g_string_append_c (item, ' ');
  g_string_append (item, line);
  return item;
}

static void
parse_quote (GPtrArray  *blocks,
             char      **lines,
             guint       n_lines)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (string_free);
  gboolean new_item = TRUE;

  for (guint i = 0; i < n_lines; i++)
    {
      const char *line = skip_blanks (lines[i]);

      if (*line == '>')
        {
          line++;
          if (*line == ' ')
            line++;
          if (is_blank (line))
            {
              new_item = TRUE;
              continue;
            }
        }
      append_line (texts, line, new_item);
      new_item = FALSE;
    }
  add_items_block (blocks, COPYDESK_BLOCK_QUOTE, texts);
}

static void
parse_list (GPtrArray          *blocks,
            CopydeskBlockKind   kind,
            char              **lines,
            guint               n_lines)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (string_free);

  for (guint i = 0; i < n_lines; i++)
    {
      const char *line = skip_blanks (lines[i]);
      gsize marker = bullet_marker (line);

      if (marker == 0)
        marker = numbered_marker (line);
      append_line (texts, line + marker, marker > 0);
    }
  add_items_block (blocks, kind, texts);
}

static void
parse_block (GPtrArray  *blocks,
             char      **lines,
             guint       n_lines)
{
  const char *first = skip_blanks (lines[0]);

  if (g_str_has_prefix (first, "## "))
    {
      add_text_block (blocks, COPYDESK_BLOCK_SUBHEADING, first + 3);
      if (n_lines > 1)
        parse_block (blocks, lines + 1, n_lines - 1);
    }
  else if (*first == '>')
    parse_quote (blocks, lines, n_lines);
  else if (bullet_marker (first) > 0)
    parse_list (blocks, COPYDESK_BLOCK_BULLET_LIST, lines, n_lines);
  else if (numbered_marker (first) > 0)
    parse_list (blocks, COPYDESK_BLOCK_NUMBERED_LIST, lines, n_lines);
  else
    {
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; i < n_lines; i++)
        {
          if (i > 0)
            g_string_append_c (joined, ' ');
          g_string_append (joined, lines[i]);
        }
      add_text_block (blocks, COPYDESK_BLOCK_PARAGRAPH, joined->str);
    }
}

/* Parses lines [from, to) of @text (at most one trailing newline) as the
 * body of one group: the lines between two blank or photo lines. */
static void
parse_group (GPtrArray  *blocks,
             const char *text,
             gsize       from,
             gsize       to)
{
  g_autofree char *group = NULL;
  g_auto(GStrv) lines = NULL;

  if (to > from && text[to - 1] == '\n')
    to--;
  if (to <= from)
    return;
  group = g_strndup (text + from, to - from);
  lines = g_strsplit (group, "\n", -1);
  parse_block (blocks, lines, g_strv_length (lines));
}

/**
 * _copydesk_markup_parse_region:
 * @text: normalized markup (no carriage returns)
 * @from: where to start: 0 or a cut point
 * @to: where to stop: a cut point after @from, or the length of @text
 * @blocks: the blocks parsed are appended here
 * @cuts: (element-type CopydeskMarkupCut): the cut points met are appended
 *   here, @from first, each with the index in @blocks of its first block
 *
 * A cut point is the start of a line that follows a blank line or a photo
 * line (or the start of the text): what comes after it parses the same
 * whatever comes before, so a body can be parsed again piece by piece.
 */
void
_copydesk_markup_parse_region (const char *text,
                               gsize       from,
                               gsize       to,
                               GPtrArray  *blocks,
                               GArray     *cuts)
{
  gsize pos = from;
  gsize group = from;
  gboolean at_cut = TRUE;

  while (pos < to)
    {
      const char *newline = memchr (text + pos, '\n', to - pos);
      gsize eol = newline != NULL ? (gsize) (newline - text) : to;
      g_autofree char *line = g_strndup (text + pos, eol - pos);
      g_autofree char *photo_id = NULL;

      if (at_cut)
        {
          CopydeskMarkupCut cut = { pos, blocks->len };

          g_array_append_val (cuts, cut);
          at_cut = FALSE;
        }
      if (!is_blank (line))
        photo_id = copydesk_body_placement_id (line);
      if (is_blank (line) || photo_id != NULL)
        {
          parse_group (blocks, text, group, pos);
          if (photo_id != NULL)
            g_ptr_array_add (blocks, copydesk_block_new_photo (photo_id));
          group = eol + 1;
          at_cut = TRUE;
        }
      pos = eol + 1;
    }
  if (group < to)
    parse_group (blocks, text, group, to);
}

/**
 * copydesk_body_parse_markup:
 * @markup: the body markup, UTF-8
 * @length: its length in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Parses body markup. Every text is some body, so the only failure is text
 * that is not UTF-8 (%COPYDESK_ERROR_INVALID_UTF8, naming the byte offset).
 *
 * Returns: (transfer full): the body, or %NULL with @error set
 */
CopydeskBody *
copydesk_body_parse_markup (const char  *markup,
                            gssize       length,
                            GError     **error)
{
  g_autofree char *normal = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GArray) cuts = NULL;
  gsize len;

  g_return_val_if_fail (markup != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (markup) : (gsize) length;
  if (!copydesk_text_validate_utf8 (markup, len, "The body", error))
    return NULL;

  /* one mark or more (a file saved twice by tools that add one): all go */
  while (len >= BOM_LEN && memcmp (markup, BOM, BOM_LEN) == 0)
    {
      markup += BOM_LEN;
      len -= BOM_LEN;
    }
  normal = copydesk_text_normalize_newlines (markup, len);
  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  cuts = g_array_new (FALSE, FALSE, sizeof (CopydeskMarkupCut));
  _copydesk_markup_parse_region (normal, 0, strlen (normal), blocks, cuts);
  return copydesk_body_new (blocks);
}

/* ---------------------------------------------------------------- printing */

static void
append_escaped (GString    *out,
                const char *text,
                const char *specials,
                gboolean    escape)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (escape && strchr (specials, *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_style_change (GString       *out,
                     CopydeskStyle  from,
                     CopydeskStyle  to)
{
  CopydeskStyle changed = from ^ to;

  if (changed & COPYDESK_STYLE_STRONG)
    g_string_append (out, "**");
  if (changed & COPYDESK_STYLE_EMPHASIS)
    g_string_append_c (out, '*');
}

static void
print_run (GString           *out,
           const CopydeskRun *run,
           gboolean           escape)
{
  CopydeskStyle style = COPYDESK_STYLE_NONE;
  const char *href = NULL;

  for (guint i = 0; i <= copydesk_run_get_n_spans (run); i++)
    {
      const CopydeskSpan *span = i < copydesk_run_get_n_spans (run) ?
                                 copydesk_run_get_span (run, i) : NULL;
      const char *next_href = span ? span->href : NULL;

      /* styles never straddle a link's edge: close them, reopen inside */
      if (span == NULL || g_strcmp0 (href, next_href) != 0)
        {
          append_style_change (out, style, COPYDESK_STYLE_NONE);
          style = COPYDESK_STYLE_NONE;
          if (href != NULL)
            {
              g_string_append (out, "](");
              append_escaped (out, href, "\\()", escape);
              g_string_append_c (out, ')');
            }
          if (next_href != NULL)
            g_string_append_c (out, '[');
          href = next_href;
        }
      if (span == NULL)
        break;

      append_style_change (out, style, span->style);
      style = span->style;
      append_escaped (out, span->text, "\\*[]", escape);
    }
}

/* A paragraph must not read as another kind of block. */
static void
escape_block_start (GString *out,
                    gsize    start)
{
  const char *text = out->str + start;
  gsize digits = 0;

  if (*text == '#' || *text == '>' || *text == '-')
    {
      g_string_insert_c (out, start, '\\');
      return;
    }
  while (g_ascii_isdigit (text[digits]))
    digits++;
  if (digits > 0 && text[digits] == '.')
    g_string_insert_c (out, start + digits, '\\');
}

static void
print_block (GString             *out,
             const CopydeskBlock *block,
             gboolean             escape)
{
  CopydeskBlockKind kind = copydesk_block_get_kind (block);
  gsize start = out->len;

  switch (kind)
    {
    case COPYDESK_BLOCK_PARAGRAPH:
      print_run (out, copydesk_block_get_run (block), escape);
      if (escape)
        escape_block_start (out, start);
      break;

    case COPYDESK_BLOCK_SUBHEADING:
      g_string_append (out, "## ");
      print_run (out, copydesk_block_get_run (block), escape);
      break;

    case COPYDESK_BLOCK_QUOTE:
    case COPYDESK_BLOCK_BULLET_LIST:
    case COPYDESK_BLOCK_NUMBERED_LIST:
      for (guint i = 0; i < copydesk_block_get_n_items (block); i++)
        {
          if (i > 0)
            g_string_append (out, kind == COPYDESK_BLOCK_QUOTE ? "\n>\n" : "\n");
          if (kind == COPYDESK_BLOCK_QUOTE)
            g_string_append (out, "> ");
          else if (kind == COPYDESK_BLOCK_BULLET_LIST)
            g_string_append (out, "- ");
          else
            g_string_append_printf (out, "%u. ", i + 1);
          print_run (out, copydesk_block_get_item (block, i), escape);
        }
      break;

    case COPYDESK_BLOCK_PHOTO:
      g_string_append_printf (out, PHOTO_PREFIX " %s]", copydesk_block_get_photo_id (block));
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
reads_back_as (const char          *text,
               const CopydeskBlock *block)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (
    (GDestroyNotify) copydesk_block_unref);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (CopydeskMarkupCut));

  _copydesk_markup_parse_region (text, 0, strlen (text), blocks, cuts);
  return blocks->len == 1 && copydesk_block_equal (g_ptr_array_index (blocks, 0), block);
}

static void
append_block_markup (GString             *out,
                     const CopydeskBlock *block)
{
  gsize start = out->len;

  print_block (out, block, FALSE);
  if (reads_back_as (out->str + start, block))
    return;

  g_string_truncate (out, start);
  print_block (out, block, TRUE);
}

/**
 * copydesk_block_to_markup:
 *
 * Returns: (transfer full): the markup of one block, without a line end
 */
char *
copydesk_block_to_markup (const CopydeskBlock *block)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (block != NULL, NULL);

  append_block_markup (out, block);
  return g_string_free (out, FALSE);
}

/**
 * copydesk_body_to_markup:
 *
 * Returns: (transfer full): the body markup: blocks separated by a blank
 *   line, the last one followed by a line end; "" for an empty body
 */
char *
copydesk_body_to_markup (const CopydeskBody *body)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (body != NULL, NULL);

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    {
      if (i > 0)
        g_string_append (out, "\n\n");
      append_block_markup (out, copydesk_body_get_block (body, i));
    }
  /* a first paragraph that starts with U+FEFF keeps it */
  if (out->len >= BOM_LEN && memcmp (out->str, BOM, BOM_LEN) == 0)
    g_string_prepend_c (out, '\\');
  if (out->len > 0)
    g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
