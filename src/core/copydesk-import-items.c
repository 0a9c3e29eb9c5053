/* copydesk-import-items.c: clean the text and cut it into items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cleaning: tabs, no-break and other Unicode spaces become plain spaces
 * (copied text is full of &nbsp; that nobody typed on purpose), zero-width
 * characters, soft hyphens and control characters go, runs of spaces collapse
 * and lines are trimmed. Quotes are kept as typed.
 *
 * Cutting: blocks are separated by blank lines. Inside a block, are the lines
 * one paragraph that was wrapped by hand (an email, a press release), or
 * separate items that lost their blank lines (a scraper's output)?
 *
 * - A line longer than any hand-wrapping width (100 characters) means the
 *   block is not wrapped: each of its lines is an item.
 * - Otherwise lines are joined, except that an item ends after a line that
 *   is much shorter than the block's longest line (under 60 %: the end of a
 *   paragraph or a heading), after a line that ends a sentence and is
 *   clearly short of the wrapping width (under 75 %; a wrapped line falls
 *   short of it by one word at most), after a caption's credit, before a
 *   credit line, after a "By" line, and before a repeated line.
 * - Lines that are chrome, dates or list entries are always items of their own.
 * - A label alone on its line ("From:", "Author") is joined to the value on
 *   the next one, and a dateline set over several lines ("Washington", "WNN",
 *   "—", text) is put back on one line, before any of the above.
 * - Repeated items are kept once; a caption line and a credit line of the
 *   same block make one caption.
 */
#include "config.h"

#include <string.h>

#include "copydesk-import-private.h"
#include "copydesk-text.h"

#define WRAP_MAX_CHARS 100

void
_copydesk_import_item_free (ImportItem *item)
{
  g_free (item->text);
  g_strfreev (item->lines);
  g_free (item->caption);
  g_free (item->credit);
  g_free (item->list_text);
  g_free (item);
}

static gboolean
is_invisible (gunichar c)
{
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         c == 0x00AD || c == 0xFFFE || c == 0xFFFF ||
         (g_unichar_type (c) == G_UNICODE_CONTROL && c != '\t') ||
         (g_unichar_type (c) == G_UNICODE_FORMAT && c != 0x200E && c != 0x200F);
}

/* Every kind of space becomes a plain one (the core's collapsing keeps
 * no-break spaces, which copied text is full of without anyone meaning
 * them), invisible characters go, then runs of spaces collapse. */
static char *
clean_line (const char *line,
            gsize       length)
{
  const char *end = line + length;
  g_autoptr(GString) out = g_string_sized_new (length);

  for (const char *p = line; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p;

      /* ASCII, as most of any text is: the same tests as below, by hand
       * (tab, line feed, form feed and return are spaces; the other
       * controls, vertical tab and delete included, are invisible) */
      if (c < 0x80)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r')
            g_string_append_c (out, ' ');
          else if (c >= 0x20 && c != 0x7F)
            g_string_append_c (out, (char) c);
          continue;
        }
      c = g_utf8_get_char (p);
      if (c == '\t' || g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        g_string_append_c (out, ' ');
      else if (!is_invisible (c))
        g_string_append_unichar (out, c);
    }
  return copydesk_text_collapse_whitespace (out->str);
}

static ImportItem *
item_new (ItemKind      kind,
          const char  **lines,
          guint         n_lines,
          char         *list_text)
{
  ImportItem *item = g_new0 (ImportItem, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *text;

  for (guint i = 0; i < n_lines; i++)
    g_strv_builder_add (builder, lines[i]);
  item->lines = g_strv_builder_end (builder);
  item->kind = kind;
  item->text = g_strjoinv (" ", item->lines);
  text = item->text;
  item->list_text = list_text;
  if (kind != ITEM_TEXT)
    return item;
  item->caption = _copydesk_import_parse_caption_label (text);
  if (item->caption != NULL)
    item->credit = g_strdup ("");
  else
    _copydesk_import_parse_caption (text, &item->caption, &item->credit);
  return item;
}

static gboolean
is_credit_only (ImportItem *item)
{
  return item->credit != NULL && *item->caption == '\0' && *item->credit != '\0';
}

static gboolean
is_caption_only (ImportItem *item)
{
  return item->credit != NULL && *item->credit == '\0';
}

/* A credit line and a caption line that belong together ("Image source, X"
 * then "Image caption, Y", in either order) make one caption. */
static gboolean
merge_caption (ImportItem *prev,
               ImportItem *item)
{
  if (is_credit_only (prev) && is_caption_only (item))
    {
      g_free (prev->caption);
      prev->caption = g_steal_pointer (&item->caption);
      return TRUE;
    }
  if (is_caption_only (prev) && is_credit_only (item))
    {
      g_free (prev->credit);
      prev->credit = g_steal_pointer (&item->credit);
      return TRUE;
    }
  return FALSE;
}

/* Appends @item, unless it repeats the item before it (scrapers print some
 * captions twice), or it is a bare credit line under a caption line of the
 * same block ("A man rows ...\nPhotograph: Jane Doe/Reuters"). */
static void
add_item (GPtrArray  *items,
          ImportItem *item,
          gboolean    same_block)
{
  ImportItem *prev = items->len > 0 ? g_ptr_array_index (items, items->len - 1) : NULL;

  if (prev != NULL && (g_str_equal (prev->text, item->text) || merge_caption (prev, item)))
    {
      _copydesk_import_item_free (item);
      return;
    }
  /* "Caption." then "Caption. (Credit)": the first was the same caption */
  if (prev != NULL && prev->kind == ITEM_TEXT && prev->credit == NULL && item->caption != NULL &&
      g_str_equal (prev->text, item->caption))
    {
      g_ptr_array_remove_index (items, items->len - 1);
      prev = NULL;
    }
  if (prev != NULL && same_block && prev->kind == ITEM_TEXT && prev->credit == NULL &&
      is_credit_only (item) && items->len > 1)
    {
      prev->caption = g_strdup (prev->text);
      prev->credit = g_steal_pointer (&item->credit);
      _copydesk_import_item_free (item);
      return;
    }
  g_ptr_array_add (items, item);
}

/* Whether an item ends after line @i of the run of text lines @lines. */
static gboolean
breaks_after (GPtrArray *lines,
              guint      i,
              glong      width)
{
  const char *line = g_ptr_array_index (lines, i);
  const char *next = g_ptr_array_index (lines, i + 1);
  glong len = g_utf8_strlen (line, -1);
  g_autofree char *caption = NULL;
  g_autofree char *credit = NULL;

  g_autoptr(ImportByline) byline = NULL;

  if (width > WRAP_MAX_CHARS || g_str_equal (line, next))
    return TRUE;
  /* "By Jane Doe" over "Sport Wales": the byline is a line of its own */
  if ((byline = _copydesk_import_parse_byline (line)) != NULL && byline->names->len > 0 &&
      g_ascii_strncasecmp (line, "by ", 3) == 0)
    return TRUE;
  if (len * 10 < width * 6 || (_copydesk_import_ends_sentence (line) && len * 100 < width * 75))
    return TRUE;
  if (_copydesk_import_parse_caption (line, &caption, &credit))
    return TRUE;
  g_clear_pointer (&caption, g_free);
  g_clear_pointer (&credit, g_free);
  /* a credit on the next line closes the caption above it */
  return _copydesk_import_parse_caption (next, &caption, &credit) && *caption == '\0';
}

static void
flush_run (GPtrArray *items,
           GPtrArray *lines,
           gboolean  *first_in_block)
{
  glong width = 0;
  guint start = 0;

  for (guint i = 0; i < lines->len; i++)
    width = MAX (width, g_utf8_strlen (g_ptr_array_index (lines, i), -1));
  for (guint i = 0; i < lines->len; i++)
    {
      if (i + 1 < lines->len && !breaks_after (lines, i, width))
        continue;
      add_item (items, item_new (ITEM_TEXT, (const char **) lines->pdata + start, i + 1 - start,
                                 NULL),
                !*first_in_block);
      *first_in_block = FALSE;
      start = i + 1;
    }
  g_ptr_array_set_size (lines, 0);
}

/* "WNN", "KQED": a station or agency in capitals, at most two words. */
static gboolean
is_call_sign (const char *line)
{
  static GRegex *caps;

  return _copydesk_import_count_words (line) <= 2 &&
         g_regex_match (_copydesk_import_regex (&caps,
                                                "^[\\p{Lu}\\d&-]{2,8}( [\\p{Lu}\\d&-]{1,8})?$", 0),
                        line, 0, NULL);
}

static gboolean
is_lone_dash (const char *line)
{
  return g_str_equal (line, "—") || g_str_equal (line, "–") || g_str_equal (line, "-") ||
         g_str_equal (line, "--");
}

/* Some pages set the dateline's parts on lines of their own ("Washington",
 * "CNN", "—", then the paragraph): they are put back on one line, the agency
 * in brackets, so that the dateline is read as usual. */
static void
join_split_dateline (GPtrArray *block)
{
  for (guint d = 1; d + 1 < block->len; d++)
    {
      const char *before = g_ptr_array_index (block, d - 1);
      const char *place = d >= 2 ? g_ptr_array_index (block, d - 2) : NULL;
      g_autofree char *joined = NULL;
      guint first = d - 1;

      if (!is_lone_dash (g_ptr_array_index (block, d)) || _copydesk_import_count_words (before) > 4)
        continue;
      if (place != NULL && _copydesk_import_count_words (place) <= 4 &&
          (_copydesk_import_is_agency (before) || is_call_sign (before)))
        {
          joined = g_strdup_printf ("%s (%s) — %s", place, before,
                                    (char *) g_ptr_array_index (block, d + 1));
          first = d - 2;
        }
      else
        joined = g_strdup_printf ("%s — %s", before, (char *) g_ptr_array_index (block, d + 1));
      g_ptr_array_remove_range (block, first, d + 2 - first);
      g_ptr_array_insert (block, first, g_steal_pointer (&joined));
      return;
    }
}

/* A label alone on its line ("From:", "Published") and its value on the
 * next one are one line, as the page meant them. */
static void
join_labels (GPtrArray *block)
{
  static GRegex *label, *author;

  for (guint i = 0; i + 1 < block->len; i++)
    {
      const char *line = g_ptr_array_index (block, i);
      const char *value = g_ptr_array_index (block, i + 1);
      char *joined = NULL;

      /* "Author" over a name is a byline */
      if (_copydesk_import_match (&author, "^{lexicon:author-labels.txt}\\s*:?$", line))
        joined = g_strdup_printf ("By %s", value);
      else if (_copydesk_import_match (&label, "^(?:{lexicon:date-labels.txt}|from|date|source|"
                                               "location)\\s*:?$", line))
        joined = g_strdup_printf ("%s %s", line, value);
      if (joined != NULL)
        {
          g_ptr_array_remove_range (block, i, 2);
          g_ptr_array_insert (block, i, joined);
        }
    }
}

/* "Harbour Weekly" over "News | Coast | Sport" at the very top: the site's
 * name above its menu, not the headline. Judgement call: only a short line
 * (four words at most, no closing punctuation) directly over a menu line
 * (chrome with bars or arrows between its parts) in the text's first block. */
static gboolean
is_masthead (GPtrArray *items,
             GPtrArray *block)
{
  const char *name, *menu;
  char *list_text = NULL;
  ItemKind kind;

  if (items->len > 0 || block->len < 2)
    return FALSE;
  name = g_ptr_array_index (block, 0);
  menu = g_ptr_array_index (block, 1);
  if (!_copydesk_import_is_short_plain (name) || _copydesk_import_count_words (name) > 4 ||
      strpbrk (menu, "|>") == NULL)
    return FALSE;
  kind = _copydesk_import_line_kind (menu, &list_text);
  g_free (list_text);
  return kind == ITEM_CHROME;
}

static void
add_block (GPtrArray *items,
           GPtrArray *block)
{
  g_autoptr(GPtrArray) run = g_ptr_array_new ();
  gboolean first = TRUE;

  join_labels (block);
  join_split_dateline (block);
  if (is_masthead (items, block))
    {
      add_item (items, item_new (ITEM_CHROME, (const char **) block->pdata, 1, NULL), FALSE);
      g_ptr_array_remove_index (block, 0);
      first = FALSE;
    }

  for (guint i = 0; i < block->len; i++)
    {
      const char *line = g_ptr_array_index (block, i);
      char *list_text = NULL;
      ItemKind kind = _copydesk_import_line_kind (line, &list_text);

      if (kind == ITEM_TEXT)
        {
          g_ptr_array_add (run, (gpointer) line);
          continue;
        }
      flush_run (items, run, &first);
      add_item (items, item_new (kind, &line, 1, list_text), !first);
      first = FALSE;
    }
  flush_run (items, run, &first);
}

/**
 * _copydesk_import_read_items:
 * @text: valid UTF-8 with "\n" line ends
 *
 * Returns: (transfer full) (element-type ImportItem): the items, in order
 */
GPtrArray *
_copydesk_import_read_items (const char *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) _copydesk_import_item_free);
  g_autoptr(GPtrArray) block = g_ptr_array_new_with_free_func (g_free);

  /* line by line in place: no copy of the whole text split up first */
  for (const char *start = text, *next = NULL; *text != '\0'; start = next + 1)
    {
      char *line;

      next = strchr (start, '\n');
      line = clean_line (start, next != NULL ? (gsize) (next - start) : strlen (start));
      if (*line != '\0')
        g_ptr_array_add (block, line);
      else
        {
          g_free (line);
          add_block (items, block);
          g_ptr_array_set_size (block, 0);
        }
      if (next == NULL)
        break;
    }
  add_block (items, block);
  return items;
}
