/* copydesk-import-html.c: a web page (or a fragment of one) -> article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is parsed by libxml2's HTML parser from memory: no network, no
 * external entities, nothing run. Its metadata comes first (see
 * copydesk-import-html-meta.c), then the markup:
 *
 * 1. The article is the <article> with the most paragraphs, else <main>,
 *    else the body. Everything outside it is the page's furniture: each of
 *    its blocks that holds text is reported, as one dropped line.
 * 2. Inside it, h1 is the headline (unless the metadata has one), p a
 *    paragraph, h2-h6 a subheading, blockquote a quote, ul/ol a list,
 *    figure a photo whose caption and credit come from its figcaption (a
 *    credit element inside it, or the plain-text importer's credit rules),
 *    em/i emphasis, strong/b strong, a a link.
 * 3. Dropped wherever they stand, and reported when they hold text: nav,
 *    aside, footer, form, script, style and the like, and blocks whose class
 *    or id names share buttons, newsletters, paywalls, advertising or
 *    related links (the words are in data/import/html-chrome.txt). A header
 *    outside the article is furniture; inside it, it holds the headline and
 *    byline and is read.
 * 4. Before the first paragraph, a block marked as byline or standfirst
 *    (by class), or a line the plain-text importer reads as a byline, fills
 *    that field when the metadata left it empty; date lines there are
 *    dropped and reported.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-import-html-private.h"
#include "copydesk-import-private.h"
#include "copydesk-import.h"
#include "copydesk-text.h"

/* As in the NewsML reader: a page larger than this is not an article. */
#define MAX_INPUT_SIZE (64 * 1024 * 1024)

/* ------------------------------------------------------------ what is what */

static const char * const skipped_elements[] = {
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
  "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "menu",
  "dialog", "video", "audio", "map", "head", "title", "link", "meta", NULL
};

/* elements with no text a reader could miss: dropped without a report */
static const char * const silent_elements[] = {
  "script", "style", "noscript", "template", "svg", "canvas", "head", "title", "link", "meta",
  "input", "select", "textarea", NULL
};

static const char * const inline_elements[] = {
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
  "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
  "wbr", "br", "ins", "del", "label", NULL
};

static gboolean
element_in (xmlNode            *node,
            const char * const *names)
{
  g_autofree char *name = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  name = g_ascii_strdown ((const char *) node->name, -1);
  return g_strv_contains (names, name);
}

static gboolean
is_inline (xmlNode *node)
{
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE ||
         node->type == XML_ENTITY_REF_NODE || element_in (node, inline_elements);
}

/* The class and id of @node, lower case, cut into words at anything that is
 * not a letter or a digit ("c-share-bar__item" -> "c", "share", "bar",
 * "item"). */
static GStrv
name_words (xmlNode *node)
{
  g_autofree char *class = _copydesk_html_get_attr (node, "class");
  g_autofree char *id = _copydesk_html_get_attr (node, "id");
  g_autofree char *role = _copydesk_html_get_attr (node, "role");
  g_autofree char *all = g_strjoin (" ", class ? class : "", id ? id : "", role ? role : "",
                                    NULL);
  g_autofree char *lower = g_ascii_strdown (all, -1);

  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';
  return g_strsplit_set (g_strstrip (lower), " ", -1);
}

gboolean
_copydesk_html_names_any (xmlNode            *node,
           const char * const *words)
{
  g_auto(GStrv) names = NULL;

  if (node->type != XML_ELEMENT_NODE || words == NULL)
    return FALSE;
  names = name_words (node);
  for (guint i = 0; names[i] != NULL; i++)
    if (names[i][0] != '\0' && g_strv_contains (words, names[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_chrome_block (Html    *h,
                 xmlNode *node)
{
  return element_in (node, skipped_elements) || _copydesk_html_names_any (node, h->chrome_words);
}

void
_copydesk_html_report (Html    *h,
        xmlNode *node)
{
  g_autofree char *text = NULL;

  if (element_in (node, silent_elements))
    return;
  text = _copydesk_html_node_text (node);
  if (text[0] != '\0')
    g_ptr_array_add (h->dropped, g_steal_pointer (&text));
}

/* ------------------------------------------------------------------ inline */

/* Whether the style attribute of @node says @what ("font-weight:700"),
 * compared without spaces or case. */
static gboolean
style_says (xmlNode    *node,
            const char *what)
{
  g_autofree char *style = _copydesk_html_get_attr (node, "style");
  g_autoptr(GString) compact = NULL;

  if (style == NULL)
    return FALSE;
  compact = g_string_sized_new (strlen (style));
  for (const char *p = style; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (compact, g_ascii_tolower (*p));
  return strstr (compact->str, what) != NULL;
}

/* Word processors and mail clients mark styles on spans, and wrap a whole
 * paste in <b style="font-weight:normal">: the style attribute wins. */
static CopydeskStyle
inline_style (xmlNode       *node,
              CopydeskStyle  style)
{
  const char *name = (const char *) node->name;

  if (g_ascii_strcasecmp (name, "em") == 0 || g_ascii_strcasecmp (name, "i") == 0 ||
      g_ascii_strcasecmp (name, "cite") == 0)
    style |= COPYDESK_STYLE_EMPHASIS;
  if (g_ascii_strcasecmp (name, "strong") == 0 || g_ascii_strcasecmp (name, "b") == 0)
    style |= COPYDESK_STYLE_STRONG;
  if (style_says (node, "font-weight:bold") || style_says (node, "font-weight:700") ||
      style_says (node, "font-weight:600"))
    style |= COPYDESK_STYLE_STRONG;
  if (style_says (node, "font-weight:normal") || style_says (node, "font-weight:400"))
    style &= ~COPYDESK_STYLE_STRONG;
  if (style_says (node, "font-style:italic"))
    style |= COPYDESK_STYLE_EMPHASIS;
  return style;
}

/* Only links a reader can follow from the article file: absolute web and
 * mail addresses. A relative link would point nowhere once imported. */
static char *
link_target (xmlNode *node)
{
  g_autofree char *href = _copydesk_html_get_attr (node, "href");

  if (href == NULL)
    return NULL;
  g_strstrip (href);
  if (g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://") ||
      g_str_has_prefix (href, "mailto:"))
    return g_steal_pointer (&href);
  return NULL;
}

static void add_inline (CopydeskRunBuilder *builder, xmlNode *node, CopydeskStyle style,
                        const char *href, guint depth);

/* One node of inline content, with the style and link around it. */
static void
add_inline_one (CopydeskRunBuilder *builder,
                xmlNode            *node,
                CopydeskStyle       style,
                const char         *href,
                guint               depth)
{
  g_autofree char *target = NULL;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      copydesk_run_builder_append (builder, (const char *) node->content, -1, style, href);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || element_in (node, skipped_elements))
    return;
  if (_copydesk_html_is_element (node, "br") || depth > HTML_MAX_DEPTH)
    {
      /* too deep to walk: its text, without its styles */
      g_autofree char *text = depth > HTML_MAX_DEPTH ? _copydesk_html_node_text (node) : NULL;

      copydesk_run_builder_append (builder, text ? text : " ", -1, style, href);
      return;
    }
  if (_copydesk_html_is_element (node, "a"))
    target = link_target (node);
  add_inline (builder, node, inline_style (node, style), target ? target : href, depth + 1);
}

static void
add_inline (CopydeskRunBuilder *builder,
            xmlNode            *node,
            CopydeskStyle       style,
            const char         *href,
            guint               depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_inline_one (builder, child, style, href, depth);
}

/* The inline content of @node as a run; NULL when it holds no text. */
static CopydeskRun *
node_run (xmlNode *node,
          guint    depth)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();
  g_autoptr(CopydeskRun) run = NULL;

  add_inline (builder, node, COPYDESK_STYLE_NONE, NULL, depth);
  run = copydesk_run_builder_end (builder);
  return copydesk_run_is_empty (run) ? NULL : g_steal_pointer (&run);
}

/* ------------------------------------------------------------------ blocks */

/* Chrome and date lines are short ("Advertisement", "Updated 5 March 2024,
 * 10:42 GMT"): a longer paragraph is text without asking. */
#define MAX_CHROME_LINE 160

/* What the plain-text importer makes of @text as a line on its own. */
static ItemKind
line_kind (const char *text)
{
  g_autofree char *list_text = NULL;

  if (strlen (text) > MAX_CHROME_LINE)
    return ITEM_TEXT;
  return _copydesk_import_line_kind (text, &list_text);
}

static void walk (Html *h, xmlNode *node, guint depth);

static void
add_text_block (Html              *h,
                CopydeskBlockKind  kind,
                CopydeskRun       *run)
{
  g_ptr_array_add (h->blocks, copydesk_block_new_text (kind, run));
  if (kind == COPYDESK_BLOCK_PARAGRAPH)
    h->have_paragraph = TRUE;
}

/* Names in a class that say what a block of the head is. */
static const char * const byline_names[] = {
  "byline", "author", "authors", "contributor", "contributors", "writer", "autor", "autores",
  "auteur", "signature", "firma", NULL
};
static const char * const standfirst_names[] = {
  "standfirst", "dek", "deck", "lede", "lead", "summary", "subtitle", "subheadline",
  "strapline", "intro", "teaser", "excerpt", "description", NULL
};
static const char * const date_names[] = {
  "date", "dateline", "timestamp", "time", "published", "updated", "modified", "pubdate",
  "meta", "data", "fecha", "datum", NULL
};
static const char * const bio_names[] = {
  "bio", "biography", "authorbio", "about", NULL
};
/* The head of the article: a byline, a standfirst or a date line before the
 * first paragraph. TRUE when @node was one of them. */
static gboolean
take_head_block (Html       *h,
                 xmlNode    *node,
                 const char *text)
{
  g_autoptr(ImportByline) byline = NULL;

  if (h->fragment || h->have_paragraph)
    return FALSE;
  /* above the headline: a section label ("Transport"), a date, a button */
  if (h->before_h1)
    {
      g_ptr_array_add (h->dropped, g_strdup (text));
      return TRUE;
    }
  if (_copydesk_html_names_any (node, byline_names) ||
      _copydesk_html_is_element (node, "address") ||
      (byline = _copydesk_import_parse_byline (text)) != NULL)
    {
      if (byline == NULL)
        byline = _copydesk_import_parse_byline (text);
      if (h->byline == NULL)
        h->byline = g_strdup (text);
      if (byline != NULL)
        for (guint i = 0; i < byline->left_out->len; i++)
          g_ptr_array_add (h->dropped, g_strdup (g_ptr_array_index (byline->left_out, i)));
      return TRUE;
    }
  if (_copydesk_html_names_any (node, standfirst_names) && h->standfirst == NULL)
    {
      h->standfirst = g_strdup (text);
      return TRUE;
    }
  if (h->meta->description != NULL && g_str_equal (text, h->meta->description))
    return TRUE;
  if (_copydesk_html_names_any (node, date_names) || _copydesk_html_is_element (node, "time") ||
      line_kind (text) == ITEM_DATE)
    {
      g_ptr_array_add (h->dropped, g_strdup (text));
      return TRUE;
    }
  return FALSE;
}

static void
read_paragraph (Html    *h,
                xmlNode *node,
                guint    depth)
{
  g_autoptr(CopydeskRun) run = node_run (node, depth);
  g_autofree char *text = NULL;

  if (run == NULL)
    return;
  text = copydesk_run_to_plain_text (run);
  if (take_head_block (h, node, text))
    return;
  if (!h->fragment && h->have_paragraph && _copydesk_html_names_any (node, bio_names) &&
      h->bio == NULL)
    {
      h->bio = g_steal_pointer (&text);
      return;
    }
  /* a line of the page's furniture written as a paragraph ("Advertisement",
   * "Share this article") */
  if (!h->fragment && line_kind (text) == ITEM_CHROME)
    {
      g_ptr_array_add (h->dropped, g_steal_pointer (&text));
      return;
    }
  add_text_block (h, COPYDESK_BLOCK_PARAGRAPH, run);
}

static void
read_heading (Html    *h,
              xmlNode *node,
              guint    depth)
{
  g_autoptr(CopydeskRun) run = node_run (node, depth);
  g_autofree char *text = NULL;

  if (run == NULL)
    return;
  text = copydesk_run_to_plain_text (run);
  if (!h->fragment && _copydesk_html_is_element (node, "h1") && h->headline == NULL)
    {
      h->before_h1 = FALSE;
      h->headline = g_steal_pointer (&text);
      return;
    }
  if (!h->fragment && !h->have_paragraph && _copydesk_html_names_any (node, standfirst_names) &&
      h->standfirst == NULL)
    {
      h->standfirst = g_steal_pointer (&text);
      return;
    }
  add_text_block (h, COPYDESK_BLOCK_SUBHEADING, run);
}

/* One item per child block, or the whole quote as one item. */
static void
read_items (Html              *h,
            xmlNode           *node,
            CopydeskBlockKind  kind,
            const char        *item_name,
            guint              depth)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);
  gboolean all_links = TRUE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      CopydeskRun *run;

      if (!_copydesk_html_is_element (child, item_name))
        continue;
      run = node_run (child, depth + 1);
      if (run == NULL)
        continue;
      for (guint i = 0; i < copydesk_run_get_n_spans (run); i++)
        all_links = all_links && copydesk_run_get_span (run, i)->href != NULL;
      g_ptr_array_add (runs, run);
    }
  if (runs->len == 0 && kind == COPYDESK_BLOCK_QUOTE)
    {
      CopydeskRun *run = node_run (node, depth + 1);

      if (run != NULL)
        g_ptr_array_add (runs, run);
    }
  if (runs->len == 0)
    return;
  /* a list of nothing but links on a page is a box of other stories */
  if (!h->fragment && all_links && kind != COPYDESK_BLOCK_QUOTE)
    {
      _copydesk_html_report (h, node);
      return;
    }
  g_ptr_array_add (h->blocks, copydesk_block_new_items (kind, runs));
}

static gboolean
is_blank (xmlNode *node)
{
  if (node->type != XML_TEXT_NODE)
    return node->type == XML_COMMENT_NODE;
  for (const char *p = (const char *) node->content; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void
end_inline_paragraph (Html                *h,
                      xmlNode             *parent,
                      CopydeskRunBuilder **builder)
{
  /* ending a run empties the builder for the next paragraph */
  g_autoptr(CopydeskRun) run = copydesk_run_builder_end (*builder);
  g_autofree char *text = NULL;

  if (copydesk_run_is_empty (run))
    return;
  text = copydesk_run_to_plain_text (run);
  if (take_head_block (h, parent, text))
    return;
  if (!h->fragment && line_kind (text) == ITEM_CHROME)
    g_ptr_array_add (h->dropped, g_steal_pointer (&text));
  else
    add_text_block (h, COPYDESK_BLOCK_PARAGRAPH, run);
}

/* Inline content straight inside a container (<div>text<br><br>text</div>)
 * makes paragraphs: two line breaks in a row end one. */
static void
flush_inline (Html    *h,
              xmlNode *first,
              xmlNode *stop,
              guint    depth)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();
  gboolean after_break = FALSE;

  for (xmlNode *node = first; node != stop; node = node->next)
    {
      gboolean is_break = _copydesk_html_is_element (node, "br");

      if (is_break && after_break)
        {
          end_inline_paragraph (h, first->parent, &builder);
          after_break = FALSE;
          continue;
        }
      if (is_break)
        after_break = TRUE;
      else if (!is_blank (node))
        after_break = FALSE;
      add_inline_one (builder, node, COPYDESK_STYLE_NONE, NULL, depth);
    }
  end_inline_paragraph (h, first->parent, &builder);
}

static void
read_block (Html    *h,
            xmlNode *node,
            guint    depth)
{
  const char *name = (const char *) node->name;

  if (is_chrome_block (h, node))
    _copydesk_html_report (h, node);
  else if (g_ascii_strcasecmp (name, "p") == 0 || g_ascii_strcasecmp (name, "pre") == 0)
    read_paragraph (h, node, depth);
  else if (g_ascii_strcasecmp (name, "address") == 0)
    read_paragraph (h, node, depth);
  else if (name[0] != '\0' && g_ascii_tolower (name[0]) == 'h' && name[1] >= '1' &&
           name[1] <= '6' && name[2] == '\0')
    read_heading (h, node, depth);
  else if (g_ascii_strcasecmp (name, "blockquote") == 0)
    read_items (h, node, COPYDESK_BLOCK_QUOTE, "p", depth);
  else if (g_ascii_strcasecmp (name, "ul") == 0)
    read_items (h, node, COPYDESK_BLOCK_BULLET_LIST, "li", depth);
  else if (g_ascii_strcasecmp (name, "ol") == 0)
    read_items (h, node, COPYDESK_BLOCK_NUMBERED_LIST, "li", depth);
  else if (g_ascii_strcasecmp (name, "figure") == 0)
    _copydesk_html_read_figure (h, node);
  else if (g_ascii_strcasecmp (name, "header") == 0 && h->root != NULL &&
           !_copydesk_html_holds (h->root, node))
    _copydesk_html_report (h, node);
  else if (g_ascii_strcasecmp (name, "hr") != 0 && g_ascii_strcasecmp (name, "img") != 0)
    walk (h, node, depth + 1);
}

/* The children of a container: runs of inline content between blocks make
 * paragraphs. Past HTML_MAX_DEPTH the rest is read as one paragraph of text. */
static void
walk (Html    *h,
      xmlNode *node,
      guint    depth)
{
  xmlNode *inline_start = NULL;

  if (depth > HTML_MAX_DEPTH)
    {
      flush_inline (h, node, node->next, depth);
      return;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_inline (child) || is_blank (child))
        {
          if (inline_start == NULL)
            inline_start = child;
          continue;
        }
      if (inline_start != NULL)
        flush_inline (h, inline_start, child, depth);
      inline_start = NULL;
      if (child->type == XML_ELEMENT_NODE)
        read_block (h, child, depth);
    }
  if (inline_start != NULL)
    flush_inline (h, inline_start, NULL, depth);
}

/* ------------------------------------------------------------ the article */

static guint
count_paragraphs (xmlNode *node,
                  guint    depth)
{
  guint n = 0;

  for (xmlNode *child = node->children; child != NULL && depth < HTML_MAX_DEPTH;
       child = child->next)
    if (_copydesk_html_is_element (child, "p"))
      n++;
    else if (child->type == XML_ELEMENT_NODE)
      n += count_paragraphs (child, depth + 1);
  return n;
}

typedef struct
{
  xmlNode *best;
  guint    paragraphs;
} Candidate;

static void
find_root (xmlNode    *node,
           const char *name,
           Candidate  *found,
           guint       depth)
{
  for (xmlNode *child = node->children; child != NULL && depth < HTML_MAX_DEPTH;
       child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_html_is_element (child, name))
        {
          guint n = count_paragraphs (child, depth + 1);

          if (found->best == NULL || n > found->paragraphs)
            *found = (Candidate) { child, n };
          continue;
        }
      find_root (child, name, found, depth + 1);
    }
}

static xmlNode *
choose_root (xmlNode *body)
{
  Candidate found = { NULL, 0 };

  find_root (body, "article", &found, 0);
  if (found.best == NULL || found.paragraphs == 0)
    {
      Candidate main = { NULL, 0 };

      find_root (body, "main", &main, 0);
      if (main.best != NULL && main.paragraphs > found.paragraphs)
        found = main;
    }
  return found.best != NULL && found.paragraphs > 0 ? found.best : body;
}

static void
report_except (Html    *h,
               xmlNode *node,
               xmlNode *keep)
{
  g_autofree char *text = _copydesk_html_text_without (node, keep);

  if (text[0] != '\0')
    g_ptr_array_add (h->dropped, g_steal_pointer (&text));
}

/* Outside the article: its h1 may still be the headline (many pages put it
 * in a header above the article); every other block with text is reported. */
static xmlNode *
outside_h1 (xmlNode *node,
            guint    depth)
{
  if (_copydesk_html_is_element (node, "h1"))
    return node;
  return _copydesk_html_find_element (node, "h1", depth);
}

static void
read_outside (Html    *h,
              xmlNode *node,
              guint    depth)
{
  xmlNode *h1;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child == h->root)
        walk (h, child, depth + 1);
      else if (child->type == XML_ELEMENT_NODE && _copydesk_html_holds (child, h->root) &&
               depth < HTML_MAX_DEPTH)
        read_outside (h, child, depth + 1);
      else if (child->type == XML_ELEMENT_NODE && h->headline == NULL &&
               !is_chrome_block (h, child) && (h1 = outside_h1 (child, depth)) != NULL)
        {

          h->headline = _copydesk_html_node_text (h1);
          report_except (h, child, h1);
        }
      else if (child->type == XML_ELEMENT_NODE)
        _copydesk_html_report (h, child);
      else if (child->type == XML_TEXT_NODE && !is_blank (child))
        _copydesk_html_report (h, child);
    }
}

static void
html_clear (Html *h)
{
  g_clear_pointer (&h->meta, _copydesk_html_meta_free);
  g_clear_pointer (&h->blocks, g_ptr_array_unref);
  g_clear_pointer (&h->dropped, g_ptr_array_unref);
  g_clear_pointer (&h->photos, g_ptr_array_unref);
  g_clear_pointer (&h->headline, g_free);
  g_clear_pointer (&h->standfirst, g_free);
  g_clear_pointer (&h->byline, g_free);
  g_clear_pointer (&h->bio, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Html, html_clear)

/* Refuses what cannot be a web page before the parser sees it. */
static gboolean
check_input (const char  *data,
             gsize        length,
             GError     **error)
{
  const char *nul;

  if (length > MAX_INPUT_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (MAX_INPUT_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                   _("The page is %s; Copydesk imports web pages of up to %s"), size, limit);
      return FALSE;
    }
  /* text never holds a NUL byte: this is an image, an archive or a program */
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("This is not a web page: it holds binary data (a NUL byte at offset %lu)"),
                   (unsigned long) (nul - data));
      return FALSE;
    }
  return TRUE;
}

static htmlDocPtr
parse (const char  *data,
       gsize        length,
       GError     **error)
{
  /* UTF-8 unless the bytes say otherwise; then the page's <meta charset> */
  const char *encoding = g_utf8_validate_len (data, length, NULL) ? "UTF-8" : NULL;
  htmlParserCtxtPtr ctxt;
  htmlDocPtr doc;

  if (!check_input (data, length, error))
    return NULL;
  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED, _("Out of memory"));
      return NULL;
    }
  doc = htmlCtxtReadMemory (ctxt, length > 0 ? data : " ", length > 0 ? (int) length : 1, NULL,
                            encoding, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                            HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
  /* The parser forgives broken markup, but stops for good at a limit (256
   * levels of nesting): the rest of the page would be lost without a word,
   * so the page is refused instead. */
  if (doc != NULL && ctxt->disableSAX)
    {
      xmlFreeDoc (doc);
      doc = NULL;
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                   _("The page is nested too deeply to be read whole (more than 256 levels); "
                     "nothing was imported"));
    }
  else if (doc == NULL)
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                 _("The page could not be read as HTML"));
  htmlFreeParserCtxt (ctxt);
  return doc;
}

static xmlNode *
document_body (htmlDocPtr doc)
{
  xmlNode *html = xmlDocGetRootElement (doc);
  xmlNode *body = html != NULL ? _copydesk_html_find_element (html, "body", 0) : NULL;

  return body != NULL ? body : html;
}

static void
html_init (Html    *h,
           gboolean fragment)
{
  h->meta = _copydesk_html_meta_new ();
  h->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  h->dropped = g_ptr_array_new_with_free_func (g_free);
  h->photos = g_ptr_array_new_with_free_func (g_object_unref);
  h->chrome_words = _copydesk_import_lexicon ("html-chrome.txt");
  h->fragment = fragment;
}

/**
 * copydesk_import_html:
 * @data: the page, in UTF-8 or in the encoding its `<meta charset>` names
 * @length: its length in bytes
 * @dropped: (out) (optional) (element-type utf8): the blocks that were not
 *   taken into the article (navigation, share buttons, related links...),
 *   one line of text each, for the user to see
 * @error: return location for an error
 *
 * Reads a web page (saved from a browser, or a whole page on the clipboard)
 * into a structured article: headline, standfirst, authors with their job
 * titles, dates, language, and the body with its subheadings, quotes,
 * lists, photos (caption and credit; no file) and inline emphasis and links.
 * The page's schema.org JSON-LD and OpenGraph metadata come first. Nothing
 * is fetched from the network and no script runs. A pure function.
 *
 * Returns: (transfer full): a new article, or %NULL with @error set (a page
 *   too large, or binary data)
 */
CopydeskArticle *
copydesk_import_html (const char  *data,
                      gsize        length,
                      GPtrArray  **dropped,
                      GError     **error)
{
  g_auto(Html) h = { 0 };
  htmlDocPtr doc;
  xmlNode *body;
  CopydeskArticle *article;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if ((doc = parse (data, length, error)) == NULL)
    return NULL;
  html_init (&h, FALSE);
  _copydesk_html_read_meta (h.meta, (xmlNode *) doc, 0);
  body = document_body (doc);
  if (body != NULL)
    {
      h.root = choose_root (body);
      h.before_h1 = _copydesk_html_find_element (h.root, "h1", 0) != NULL;
      if (h.root == body)
        walk (&h, body, 0);
      else
        read_outside (&h, body, 0);
    }
  article = _copydesk_html_build_article (&h, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
  if (dropped != NULL)
    *dropped = g_steal_pointer (&h.dropped);
  return article;
}

/**
 * copydesk_import_html_fragment:
 * @data: a fragment of HTML, as a browser or a word processor puts it on
 *   the clipboard (`text/html`)
 * @length: its length in bytes
 * @error: return location for an error
 *
 * What pasting @data into the body gives: body markup with the fragment's
 * paragraphs, subheadings, quotes and lists, and its emphasis, strong text
 * and links kept. Scripts, styles, forms and the like are left out; photos
 * are not pasted (they have no file to place).
 *
 * Returns: (transfer full): body markup (see README.md, "Body markup"),
 *   possibly empty, or %NULL with @error set
 */
char *
copydesk_import_html_fragment (const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_auto(Html) h = { 0 };
  g_autoptr(CopydeskBody) body = NULL;
  htmlDocPtr doc;
  xmlNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if ((doc = parse (data, length, error)) == NULL)
    return NULL;
  html_init (&h, TRUE);
  root = document_body (doc);
  if (root != NULL)
    walk (&h, root, 0);
  xmlFreeDoc (doc);
  body = copydesk_body_new (h.blocks);
  return copydesk_body_to_markup (body);
}

/**
 * copydesk_import_looks_like_html:
 * @file_name: (nullable): the file's name, or %NULL for a paste
 * @data: its contents
 * @length: their length in bytes
 *
 * Whether the file is a web page: its name ends in .html or .htm, or its
 * first tag is `<html` or `<!DOCTYPE html`.
 */
gboolean
copydesk_import_looks_like_html (const char *file_name,
                                 const char *data,
                                 gsize       length)
{
  gsize i = 0;

  if (file_name != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (file_name, -1);

      if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
        return TRUE;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  return (length - i >= 5 && g_ascii_strncasecmp (data + i, "<html", 5) == 0) ||
         (length - i >= 14 && g_ascii_strncasecmp (data + i, "<!doctype html", 14) == 0);
}

/**
 * copydesk_import_file_contents:
 * @file_name: (nullable): the file's name, to tell a web page from text
 * @data: its contents
 * @length: their length in bytes
 * @dropped: (out) (optional) (element-type utf8): what was left out
 * @error: return location for an error
 *
 * Imports a web page with copydesk_import_html() and anything else with
 * copydesk_import_plain_text().
 *
 * Returns: (transfer full): a new article, or %NULL with @error set
 */
CopydeskArticle *
copydesk_import_file_contents (const char  *file_name,
                               const char  *data,
                               gsize        length,
                               GPtrArray  **dropped,
                               GError     **error)
{
  if (copydesk_import_looks_like_html (file_name, data, length))
    return copydesk_import_html (data, length, dropped, error);
  return copydesk_import_plain_text (data, length, dropped, error);
}
