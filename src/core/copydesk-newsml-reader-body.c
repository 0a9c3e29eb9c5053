/* copydesk-newsml-reader-body.c: the body inside inlineXML, XHTML or NITF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One walker reads both vocabularies by element name, whatever namespace the
 * body is in (XHTML, none at all as in HTML served as XML, the NewsML-G2
 * default namespace leaking in, or NITF's): p, h2 and hl2, blockquote and bq,
 * ul/ol/li, figure and media, aside and tagline share the model's few block
 * kinds. Text never gets lost on the way: an element the walker does not
 * know is read as a container when it holds blocks and as inline text
 * otherwise.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-newsml-reader-private.h"
#include "copydesk-text.h"

typedef struct
{
  Reader             *r;
  GPtrArray          *blocks;   /* (element-type CopydeskBlock) */
  CopydeskRunBuilder *pending;  /* loose inline content between blocks */
  gboolean            pending_text;
  GPtrArray          *after;    /* photos met inside text, placed after it */
  gboolean            text_only; /* reading words only: photos are not placed */
} Walk;

static void walk_children (Walk       *w,
                           xmlNodePtr  parent);

/* Elements that start a block of their own (besides containers). */
static const char * const block_names[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "blockquote", "bq", "ul", "ol",
  "dl", "li", "dt", "dd", "figure", "media", "table", "tr", "pre", "hr", "div", "section",
  "article", "header", "footer", "main", "aside", "nav", "body", "html", "head", "title",
  "nitf", "body.head", "body.content", "body.end", "block", "hedline", "byline", "abstract",
  "dateline", "tagline", "note", "fn", "figcaption", "address", "details", "summary",
  "distributor", "series", "bibliography", "docdata", "nitf-table", "script", "style",
  "noscript", "template", "caption", "tbody", "thead", "tfoot",
};

static gboolean
is_block_name (xmlNodePtr node)
{
  for (guint i = 0; i < G_N_ELEMENTS (block_names); i++)
    {
      if (_copydesk_reader_is_local (node, block_names[i]))
        return TRUE;
    }
  return FALSE;
}

/* An unknown element is a block when a child of it is one. (One level only:
 * a deeper search at every level would make hostile nesting quadratic.) */
static gboolean
is_block (xmlNodePtr node)
{
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (is_block_name (node))
    return TRUE;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && is_block_name (child))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_any (xmlNodePtr          node,
        const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (_copydesk_reader_is_local (node, names[i]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_class (xmlNodePtr  node,
           const char *name)
{
  g_autofree char *classes = _copydesk_reader_attr (node, "class");
  g_auto(GStrv) words = NULL;

  if (classes == NULL)
    return FALSE;
  words = g_strsplit_set (classes, " \t\n", -1);
  return g_strv_contains ((const char * const *) words, name);
}

static gboolean
is_skipped (xmlNodePtr node)
{
  static const char * const names[] = { "script", "style", "noscript", "template", NULL };

  return is_any (node, names);
}

/* ------------------------------------------------------------ photos */

typedef struct
{
  char *guid;
  char *src;
  char *alt;
  char *caption;
  char *credit;
  char *photographer;
  char *width;
  char *height;
  char *content_type;
} Figure;

static void
figure_clear (Figure *f)
{
  g_free (f->guid);
  g_free (f->src);
  g_free (f->alt);
  g_free (f->caption);
  g_free (f->credit);
  g_free (f->photographer);
  g_free (f->width);
  g_free (f->height);
  g_free (f->content_type);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Figure, figure_clear)

static void
fill_string (CopydeskPhoto *photo,
             const char    *(*get) (CopydeskPhoto *),
             void           (*set) (CopydeskPhoto *, const char *),
             const char    *value)
{
  if (value != NULL && *value != '\0' && *get (photo) == '\0')
    set (photo, value);
}

/* The photo a figure shows: the picture item it names by guid, or a new
 * photo made from what the figure says. What the item left empty, the
 * figure fills in. */
static CopydeskBlock *
place_figure (Walk         *w,
              const Figure *f)
{
  CopydeskPhoto *photo = _copydesk_reader_find_photo_by_guid (w->r, f->guid);
  guint64 width, height;

  /* an image that names no photo and no file has nothing to keep */
  if (photo == NULL && (f->guid == NULL || *f->guid == '\0') && (f->src == NULL || *f->src == '\0'))
    return NULL;
  if (photo == NULL)
    {
      g_autoptr(GFile) file = _copydesk_reader_resolve_href (w->r, f->src);

      photo = _copydesk_reader_new_photo (w->r, NULL, f->guid);
      if (photo == NULL)
        return NULL;
      copydesk_photo_set_file (photo, file);
      if (f->content_type != NULL)
        copydesk_photo_set_content_type (photo, f->content_type);
    }
  fill_string (photo, copydesk_photo_get_caption, copydesk_photo_set_caption, f->caption);
  fill_string (photo, copydesk_photo_get_credit, copydesk_photo_set_credit, f->credit);
  fill_string (photo, copydesk_photo_get_alt_text, copydesk_photo_set_alt_text, f->alt);
  fill_string (photo, copydesk_photo_get_photographer, copydesk_photo_set_photographer,
               f->photographer);
  if (copydesk_photo_get_width (photo) == 0 && f->width != NULL && f->height != NULL &&
      g_ascii_string_to_unsigned (f->width, 10, 1, G_MAXUINT, &width, NULL) &&
      g_ascii_string_to_unsigned (f->height, 10, 1, G_MAXUINT, &height, NULL))
    copydesk_photo_set_pixel_size (photo, (guint) width, (guint) height);

  return copydesk_block_new_photo (copydesk_photo_get_id (photo));
}

static void
read_img (Walk       *w,
          xmlNodePtr  img,
          Figure     *f)
{
  f->guid = _copydesk_reader_attr (img, "data-uri");
  f->src = _copydesk_reader_attr (img, "src");
  f->alt = _copydesk_reader_attr (img, "alt");
  f->width = _copydesk_reader_attr (img, "width");
  f->height = _copydesk_reader_attr (img, "height");
}

static xmlNodePtr
find_descendant (xmlNodePtr  node,
                 const char *name)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      xmlNodePtr found;

      if (_copydesk_reader_is_local (child, name))
        return child;
      found = find_descendant (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A figcaption's own text, without the credit and byline parts. */
static void
read_figcaption (Walk       *w,
                 xmlNodePtr  node,
                 GString    *caption,
                 Figure     *f)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        g_string_append (caption, (const char *) child->content);
      else if (child->type != XML_ELEMENT_NODE)
        continue;
      else if (has_class (child, "credit") && f->credit == NULL)
        f->credit = _copydesk_reader_text (w->r, child);
      else if ((has_class (child, "byline") || has_class (child, "photographer")) &&
               f->photographer == NULL)
        f->photographer = _copydesk_reader_text (w->r, child);
      else
        read_figcaption (w, child, caption, f);
    }
}

static CopydeskBlock *
read_figure (Walk       *w,
             xmlNodePtr  figure)
{
  g_auto(Figure) f = { 0 };
  g_autoptr(GString) caption = g_string_new (NULL);
  xmlNodePtr img = find_descendant (figure, "img");
  xmlNodePtr figcaption = find_descendant (figure, "figcaption");
  CopydeskBlock *block;

  if (img == NULL)
    return NULL;
  read_img (w, img, &f);
  if (figcaption != NULL)
    {
      read_figcaption (w, figcaption, caption, &f);
      f.caption = w->r->ours ? g_strstrip (g_string_free (g_steal_pointer (&caption), FALSE))
                             : copydesk_text_collapse_whitespace (caption->str);
    }
  block = place_figure (w, &f);
  if (block == NULL && f.caption != NULL && *f.caption != '\0')
    {
      /* no photo to hang the caption on: the words stay, as a paragraph */
      g_autoptr(CopydeskRun) run = copydesk_run_new_plain (f.caption);

      block = copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH, run);
    }
  return block;
}

/* NITF: <media media-type="image"> with media-reference, media-caption and
 * media-producer. */
static CopydeskBlock *
read_media (Walk       *w,
            xmlNodePtr  media)
{
  g_auto(Figure) f = { 0 };
  xmlNodePtr ref = find_descendant (media, "media-reference");
  xmlNodePtr caption = find_descendant (media, "media-caption");
  xmlNodePtr producer = find_descendant (media, "media-producer");

  if (ref == NULL)
    return NULL;
  f.src = _copydesk_reader_attr (ref, "source");
  f.alt = _copydesk_reader_attr (ref, "alternate-text");
  f.width = _copydesk_reader_attr (ref, "width");
  f.height = _copydesk_reader_attr (ref, "height");
  f.content_type = _copydesk_reader_attr (ref, "mime-type");
  f.guid = _copydesk_reader_attr (ref, "data-uri");
  if (caption != NULL)
    f.caption = _copydesk_reader_text (w->r, caption);
  if (producer != NULL)
    f.credit = _copydesk_reader_text (w->r, producer);
  return place_figure (w, &f);
}

/* ------------------------------------------------------------ inline text */

/* A link's target as browsers read an href: tabs and line breaks go, and
 * blanks around it; an href with nothing left is no link (its words stay). */
static char *
link_of (xmlNodePtr node)
{
  g_autofree char *href = _copydesk_reader_attr (node, "href");
  GString *out;

  if (href == NULL)
    return NULL;
  out = g_string_sized_new (strlen (href));
  for (const char *p = href; *p != '\0'; p++)
    {
      if (*p != '\t' && *p != '\n' && *p != '\r')
        g_string_append_c (out, *p);
    }
  g_strstrip (out->str);
  if (out->str[0] == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void append_inline (Walk               *w,
                           CopydeskRunBuilder *builder,
                           xmlNodePtr          node,
                           CopydeskStyle       style,
                           const char         *href);

/* One node of a line of text: its words, with their emphasis and link. */
static void
append_node (Walk               *w,
             CopydeskRunBuilder *builder,
             xmlNodePtr          node,
             CopydeskStyle       style,
             const char         *href)
{
  static const char * const emphasis[] = { "em", "i", "cite", "dfn", "var", NULL };
  static const char * const strong[] = { "strong", "b", NULL };
  g_autofree char *link = NULL;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      copydesk_run_builder_append (builder, (const char *) node->content, -1, style, href);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || is_skipped (node))
    return;

  if (_copydesk_reader_is_local (node, "br"))
    copydesk_run_builder_append (builder, " ", -1, style, href);
  else if (w->text_only && (_copydesk_reader_is_local (node, "img") ||
                            _copydesk_reader_is_local (node, "media")))
    return;
  else if (_copydesk_reader_is_local (node, "img"))
    {
      g_auto(Figure) f = { 0 };

      CopydeskBlock *block;

      read_img (w, node, &f);
      block = place_figure (w, &f);
      if (block != NULL)
        g_ptr_array_add (w->after, block);
    }
  else if (_copydesk_reader_is_local (node, "media"))
    {
      CopydeskBlock *block = read_media (w, node);

      if (block != NULL)
        g_ptr_array_add (w->after, block);
    }
  else if (is_any (node, emphasis))
    append_inline (w, builder, node, style | COPYDESK_STYLE_EMPHASIS, href);
  else if (is_any (node, strong))
    append_inline (w, builder, node, style | COPYDESK_STYLE_STRONG, href);
  else if (_copydesk_reader_is_local (node, "a") && (link = link_of (node)) != NULL)
    append_inline (w, builder, node, style, link);
  else if (_copydesk_reader_is_local (node, "q"))
    {
      copydesk_run_builder_append (builder, "“", -1, style, href);
      append_inline (w, builder, node, style, href);
      copydesk_run_builder_append (builder, "”", -1, style, href);
    }
  else if (is_block (node))
    {
      /* a block inside a line of text: keep the words apart */
      copydesk_run_builder_append (builder, " ", -1, style, href);
      append_inline (w, builder, node, style, href);
      copydesk_run_builder_append (builder, " ", -1, style, href);
    }
  else
    append_inline (w, builder, node, style, href);
}

static void
append_inline (Walk               *w,
               CopydeskRunBuilder *builder,
               xmlNodePtr          node,
               CopydeskStyle       style,
               const char         *href)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    append_node (w, builder, child, style, href);
}

static CopydeskRun *
run_of (Walk       *w,
        xmlNodePtr  node)
{
  g_autoptr(CopydeskRunBuilder) builder = copydesk_run_builder_new ();

  append_inline (w, builder, node, COPYDESK_STYLE_NONE, NULL);
  return copydesk_run_builder_end (builder);
}

static void
add_block (Walk          *w,
           CopydeskBlock *block)
{
  if (block != NULL)
    g_ptr_array_add (w->blocks, block);
  for (guint i = 0; i < w->after->len; i++)
    g_ptr_array_add (w->blocks, g_ptr_array_index (w->after, i));
  g_ptr_array_set_size (w->after, 0);
}

static void
add_text_block (Walk              *w,
                CopydeskBlockKind  kind,
                CopydeskRun       *run)
{
  add_block (w, copydesk_run_is_empty (run) ? NULL : copydesk_block_new_text (kind, run));
}

static void
flush_pending (Walk *w)
{
  g_autoptr(CopydeskRun) run = copydesk_run_builder_end (w->pending);

  w->pending_text = FALSE;
  add_text_block (w, COPYDESK_BLOCK_PARAGRAPH, run);
}

/* ------------------------------------------------------------ blocks */

/* The items of a quote or a list: every leaf block and every stretch of
 * loose text is one item; lists in lists are flattened. */
static void
collect_items (Walk       *w,
               xmlNodePtr  node,
               GPtrArray  *runs)
{
  static const char * const leaves[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "hl2", "pre", "dt", "dd", "credit", NULL
  };
  g_autoptr(CopydeskRunBuilder) loose = copydesk_run_builder_new ();

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && is_skipped (child))
        continue;
      if (child->type == XML_ELEMENT_NODE && is_block (child))
        {
          g_ptr_array_add (runs, copydesk_run_builder_end (loose));
          if (is_any (child, leaves))
            g_ptr_array_add (runs, run_of (w, child));
          else
            collect_items (w, child, runs);
        }
      else
        append_node (w, loose, child, COPYDESK_STYLE_NONE, NULL);
    }
  g_ptr_array_add (runs, copydesk_run_builder_end (loose));
}

static void
add_items_block (Walk              *w,
                 CopydeskBlockKind  kind,
                 xmlNodePtr         node)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_run_unref);

  collect_items (w, node, runs);
  add_block (w, copydesk_block_new_items (kind, runs));
}

static char *
plain_text_of (Walk       *w,
               xmlNodePtr  node)
{
  g_autoptr(CopydeskRun) run = NULL;
  gboolean was = w->text_only;

  /* words only: a caller that keeps the node as a block places its photos */
  w->text_only = TRUE;
  run = run_of (w, node);
  w->text_only = was;
  return copydesk_run_to_plain_text (run);
}

/* A field of the article the body repeats or supplies (NITF body.head,
 * XHTML head/title and h1): kept when the field is empty, listed when it
 * says something else. */
static void
body_field (Walk        *w,
            xmlNodePtr   node,
            const char *(*get) (CopydeskArticle *),
            void         (*set) (CopydeskArticle *, const char *))
{
  g_autoptr(CopydeskRun) run = run_of (w, node);
  g_autofree char *text = copydesk_run_to_plain_text (run);
  g_autofree char *current = copydesk_text_collapse_whitespace (get (w->r->article));

  /* photos met in a head part have no text to follow */
  add_block (w, NULL);
  if (*text == '\0' || g_str_equal (text, current))
    return;
  if (*current == '\0')
    set (w->r->article, text);
  else
    {
      g_autofree char *what = _copydesk_reader_describe (node);

      _copydesk_reader_warn (w->r, _("%s (not kept)"), what);
    }
}

/* dpa repeats the teaser in the body as <p class="teaser">, others the
 * byline or dateline: such a paragraph fills its field when that is empty
 * and is left out when it says the same; otherwise it is an ordinary
 * paragraph. */
static gboolean
repeats_field (Walk       *w,
               xmlNodePtr  node)
{
  static const struct
  {
    const char  *class_name;
    const char *(*get) (CopydeskArticle *);
    void        (*set) (CopydeskArticle *, const char *);
  } fields[] = {
    { "teaser", copydesk_article_get_standfirst, copydesk_article_set_standfirst },
    { "lead", copydesk_article_get_standfirst, copydesk_article_set_standfirst },
    { "standfirst", copydesk_article_get_standfirst, copydesk_article_set_standfirst },
    { "byline", copydesk_article_get_byline, copydesk_article_set_byline },
    { "dateline", copydesk_article_get_dateline, copydesk_article_set_dateline },
  };

  if (w->r->ours)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *current = NULL;

      if (!has_class (node, fields[i].class_name))
        continue;
      text = plain_text_of (w, node);
      current = copydesk_text_collapse_whitespace (fields[i].get (w->r->article));
      if (*current == '\0')
        fields[i].set (w->r->article, text);
      return *current == '\0' || g_str_equal (current, text);
    }
  return FALSE;
}

static void
read_contributor_note (Walk       *w,
                       xmlNodePtr  node)
{
  const char *current = copydesk_article_get_contributor_note (w->r->article);
  g_autoptr(GString) note = g_string_new (current);
  gboolean any_p = FALSE;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (!_copydesk_reader_is_local (child, "p"))
        continue;
      any_p = TRUE;
      text = _copydesk_reader_text (w->r, child);
      if (*text == '\0')
        continue;
      if (note->len > 0)
        g_string_append (note, "\n\n");
      g_string_append (note, text);
    }
  if (!any_p)
    {
      g_autofree char *text = _copydesk_reader_text (w->r, node);

      if (note->len > 0 && *text != '\0')
        g_string_append (note, "\n\n");
      g_string_append (note, text);
    }
  copydesk_article_set_contributor_note (w->r->article, note->str);
}

/* The words of @node with a space at every element's edge: NITF writes a
 * byline as "By<person>Ann Lee</person><byttl>Staff</byttl>". */
static void
spaced_text (xmlNodePtr  node,
             GString    *out)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE && !is_skipped (child))
        {
          g_string_append_c (out, ' ');
          spaced_text (child, out);
          g_string_append_c (out, ' ');
        }
    }
}

static void
read_byline (Walk       *w,
             xmlNodePtr  node)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *current = copydesk_text_collapse_whitespace (copydesk_article_get_byline (w->r->article));

  spaced_text (node, raw);
  text = copydesk_text_collapse_whitespace (raw->str);
  {
    /* "Berg</person>, TT": no space comes before punctuation */
    g_autoptr(GRegex) before = g_regex_new (" ([,;:.!?)])", 0, 0, NULL);
    char *tidy = g_regex_replace (before, text, -1, 0, "\\1", 0, NULL);

    g_free (text);
    text = tidy;
  }
  add_block (w, NULL);
  if (*text == '\0' || g_str_equal (text, current))
    return;
  if (*current == '\0')
    copydesk_article_set_byline (w->r->article, text);
  else
    {
      g_autofree char *what = _copydesk_reader_describe (node);

      _copydesk_reader_warn (w->r, _("%s (not kept)"), what);
    }
}

static void
add_keyword (Walk       *w,
             const char *keyword)
{
  g_autofree char *line = copydesk_text_collapse_whitespace (keyword);

  if (*line == '\0' || w->r->keywords == NULL)
    return;
  for (guint i = 0; i < w->r->keywords->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (w->r->keywords, i), line))
        return;
    }
  g_ptr_array_add (w->r->keywords, g_steal_pointer (&line));
}

static gboolean
is_tag_list (xmlNodePtr node)
{
  static const char * const classes[] = { "tags", "tag", "keywords", "keyword", "subjects",
                                          "subject", "topics", NULL };

  for (guint i = 0; classes[i] != NULL; i++)
    {
      if (has_class (node, classes[i]))
        return TRUE;
    }
  return FALSE;
}

/* The tags of an XHTML header: each item, link or span of the list. */
static void
read_tags (Walk       *w,
           xmlNodePtr  node)
{
  gboolean any = FALSE;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_reader_is_local (child, "ul") || _copydesk_reader_is_local (child, "ol"))
        read_tags (w, child);
      else
        {
          g_autofree char *text = plain_text_of (w, child);

          add_keyword (w, text);
        }
      any = TRUE;
    }
  if (!any)
    {
      /* "a, b, c" in one element */
      g_autofree char *text = plain_text_of (w, node);
      g_auto(GStrv) parts = g_strsplit_set (text, ",;", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        add_keyword (w, parts[i]);
    }
}

/* An XHTML <header> (dpa's) is metadata, not text: the h1 is the headline,
 * a kicker or other heading the sub-headline (once), the byline and
 * dateline their fields, tags keywords; the rest (a timestamp, a genre
 * label) is listed. */
static void
read_header (Walk       *w,
             xmlNodePtr  node)
{
  static const char * const headings[] = { "h2", "h3", "h4", "h5", "h6", NULL };

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      text = plain_text_of (w, child);
      if (*text == '\0')
        continue;
      if (_copydesk_reader_is_local (child, "h1"))
        body_field (w, child, copydesk_article_get_headline, copydesk_article_set_headline);
      else if (is_tag_list (child))
        read_tags (w, child);
      else if (has_class (child, "byline") || _copydesk_reader_is_local (child, "address"))
        read_byline (w, child);
      else if (has_class (child, "dateline"))
        body_field (w, child, copydesk_article_get_dateline, copydesk_article_set_dateline);
      else if (is_any (child, headings) || has_class (child, "kicker") ||
               has_class (child, "subtitle") || has_class (child, "overline"))
        {
          if (w->r->subheadline == NULL)
            w->r->subheadline = g_steal_pointer (&text);
          else if (!g_str_equal (text, w->r->subheadline) &&
                   !g_str_equal (text, copydesk_article_get_headline (w->r->article)))
            {
              g_autofree char *what = _copydesk_reader_describe (child);

              _copydesk_reader_warn (w->r, _("%s (not kept)"), what);
            }
        }
      else if (!g_str_equal (text, copydesk_article_get_headline (w->r->article)))
        {
          g_autofree char *what = _copydesk_reader_describe (child);

          /* TRANSLATORS: "time “2026-03-01 10:00” in the body's header (not kept)" */
          _copydesk_reader_warn (w->r, _("%s in the body's header (not kept)"), what);
        }
    }
}

static void
read_hedline (Walk       *w,
              xmlNodePtr  node)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (_copydesk_reader_is_local (child, "hl1"))
        body_field (w, child, copydesk_article_get_headline, copydesk_article_set_headline);
      else if (_copydesk_reader_is_local (child, "hl2") && w->r->subheadline == NULL)
        {
          g_autoptr(CopydeskRun) run = run_of (w, child);

          w->r->subheadline = copydesk_run_to_plain_text (run);
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          g_autoptr(CopydeskRun) run = run_of (w, child);

          add_text_block (w, COPYDESK_BLOCK_SUBHEADING, run);
        }
    }
}

static void
read_table (Walk       *w,
            xmlNodePtr  node)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (_copydesk_reader_is_local (child, "tr"))
        {
          g_autoptr(CopydeskRunBuilder) row = copydesk_run_builder_new ();
          g_autoptr(CopydeskRun) run = NULL;
          gboolean first = TRUE;

          for (xmlNodePtr cell = child->children; cell != NULL; cell = cell->next)
            {
              if (cell->type != XML_ELEMENT_NODE)
                continue;
              if (!first)
                copydesk_run_builder_append (row, " | ", -1, COPYDESK_STYLE_NONE, NULL);
              append_inline (w, row, cell, COPYDESK_STYLE_NONE, NULL);
              first = FALSE;
            }
          run = copydesk_run_builder_end (row);
          add_text_block (w, COPYDESK_BLOCK_PARAGRAPH, run);
        }
      else if (child->type == XML_ELEMENT_NODE)
        read_table (w, child);
    }
}

static void
read_block (Walk       *w,
            xmlNodePtr  node)
{
  static const char * const paragraphs[] = {
    "p", "pre", "address", "dt", "dd", "summary", "caption", "li", "figcaption", NULL
  };
  static const char * const subheadings[] = { "h2", "h3", "h4", "h5", "h6", "hl2", NULL };
  static const char * const not_kept[] = {
    "distributor", "series", "bibliography", "docdata", "pubdata", "tobject", "iim",
    "revision-history", NULL
  };

  if (is_skipped (node) || _copydesk_reader_is_local (node, "hr"))
    return;

  if (is_any (node, paragraphs) && !repeats_field (w, node))
    {
      g_autoptr(CopydeskRun) run = run_of (w, node);

      add_text_block (w, COPYDESK_BLOCK_PARAGRAPH, run);
    }
  else if (is_any (node, paragraphs))
    {
      /* the words went to a field; the photos in it stay in the body */
      copydesk_run_unref (run_of (w, node));
      add_block (w, NULL);
    }
  else if (is_any (node, subheadings))
    {
      g_autoptr(CopydeskRun) run = run_of (w, node);

      add_text_block (w, COPYDESK_BLOCK_SUBHEADING, run);
    }
  else if (_copydesk_reader_is_local (node, "h1") || _copydesk_reader_is_local (node, "hl1") ||
           _copydesk_reader_is_local (node, "title"))
    {
      g_autofree char *text = plain_text_of (w, node);

      if (*copydesk_article_get_headline (w->r->article) == '\0' ||
          _copydesk_reader_is_local (node, "title"))
        body_field (w, node, copydesk_article_get_headline, copydesk_article_set_headline);
      else if (!g_str_equal (text, copydesk_article_get_headline (w->r->article)))
        {
          g_autoptr(CopydeskRun) run = run_of (w, node);

          add_text_block (w, COPYDESK_BLOCK_SUBHEADING, run);
        }
      else
        {
          /* the headline again: its photos are placed, once */
          copydesk_run_unref (run_of (w, node));
          add_block (w, NULL);
        }
    }
  else if (_copydesk_reader_is_local (node, "blockquote") || _copydesk_reader_is_local (node, "bq"))
    add_items_block (w, COPYDESK_BLOCK_QUOTE, node);
  else if (_copydesk_reader_is_local (node, "ul") || _copydesk_reader_is_local (node, "dl"))
    add_items_block (w, COPYDESK_BLOCK_BULLET_LIST, node);
  else if (_copydesk_reader_is_local (node, "ol"))
    add_items_block (w, COPYDESK_BLOCK_NUMBERED_LIST, node);
  else if (_copydesk_reader_is_local (node, "figure") && find_descendant (node, "img") != NULL)
    add_block (w, read_figure (w, node));
  else if (_copydesk_reader_is_local (node, "media") && find_descendant (node, "media-reference"))
    add_block (w, read_media (w, node));
  else if ((_copydesk_reader_is_local (node, "aside") && has_class (node, "contributor-note")) ||
           _copydesk_reader_is_local (node, "tagline"))
    read_contributor_note (w, node);
  else if (_copydesk_reader_is_local (node, "hedline"))
    read_hedline (w, node);
  else if (_copydesk_reader_is_local (node, "byline"))
    read_byline (w, node);
  else if (_copydesk_reader_is_local (node, "header") && !w->r->ours)
    read_header (w, node);
  else if (_copydesk_reader_is_local (node, "abstract"))
    body_field (w, node, copydesk_article_get_standfirst, copydesk_article_set_standfirst);
  else if (_copydesk_reader_is_local (node, "dateline"))
    body_field (w, node, copydesk_article_get_dateline, copydesk_article_set_dateline);
  else if (_copydesk_reader_is_local (node, "table"))
    read_table (w, node);
  else if (is_any (node, not_kept))
    {
      g_autofree char *what = _copydesk_reader_describe (node);

      _copydesk_reader_warn (w->r, _("%s (not kept)"), what);
    }
  else if (_copydesk_reader_is_local (node, "head"))
    {
      /* of the head, the title is text and NITF's docdata is metadata */
      for (xmlNodePtr child = node->children; child != NULL; child = child->next)
        {
          if (_copydesk_reader_is_local (child, "title") || is_any (child, not_kept))
            read_block (w, child);
        }
    }
  else
    {
      /* a container: div, section, body, body.content, block, … */
      walk_children (w, node);
      flush_pending (w);
    }
}

static void
walk_children (Walk       *w,
               xmlNodePtr  parent)
{
  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          const char *text = (const char *) child->content;
          gboolean blank = TRUE;

          for (const char *p = text; *p != '\0' && blank; p++)
            blank = g_ascii_isspace (*p);
          if (blank && !w->pending_text)
            continue;
          copydesk_run_builder_append (w->pending, text, -1, COPYDESK_STYLE_NONE, NULL);
          w->pending_text = TRUE;
        }
      else if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      else if (is_block (child))
        {
          flush_pending (w);
          read_block (w, child);
        }
      else
        {
          /* inline markup loose between blocks joins the pending paragraph */
          append_node (w, w->pending, child, COPYDESK_STYLE_NONE, NULL);
          w->pending_text = TRUE;
        }
    }
}

CopydeskBody *
_copydesk_reader_read_body (Reader     *r,
                            xmlNodePtr  root)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autoptr(CopydeskRunBuilder) pending = copydesk_run_builder_new ();
  Walk w = { r, blocks, pending, FALSE, after, FALSE };

  read_block (&w, root);
  flush_pending (&w);
  return copydesk_body_new (blocks);
}
