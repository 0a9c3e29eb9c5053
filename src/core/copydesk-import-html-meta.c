/* copydesk-import-html-meta.c: what a web page says about its article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * schema.org JSON-LD is read first: a NewsArticle, Article or
 * ReportageNewsArticle (or any type ending in "NewsArticle"), on its own, in
 * an array or in an "@graph". Its headline, description, authors (with
 * their job titles), dates, images (with caption and credit) and language
 * fill the fields. OpenGraph and <meta> tags then fill what is still empty:
 * they are shorter, and on many sites written for social previews rather
 * than for the article ("og:title" often carries the site's name).
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "copydesk-import-html-private.h"
#include "copydesk-text.h"

/* A page can hold any number of JSON-LD blocks and nest them; this many
 * levels is more than schema.org needs, and keeps a hostile page from
 * making the walk deep. */
#define MAX_JSON_DEPTH 16

static void
author_free (HtmlAuthor *author)
{
  g_free (author->name);
  g_free (author->job_title);
  g_free (author);
}

static void
image_free (HtmlImage *image)
{
  g_free (image->url);
  g_free (image->caption);
  g_free (image->credit);
  g_free (image);
}

HtmlMeta *
_copydesk_html_meta_new (void)
{
  HtmlMeta *meta = g_new0 (HtmlMeta, 1);

  meta->authors = g_ptr_array_new_with_free_func ((GDestroyNotify) author_free);
  meta->images = g_ptr_array_new_with_free_func ((GDestroyNotify) image_free);
  return meta;
}

void
_copydesk_html_meta_free (HtmlMeta *meta)
{
  g_free (meta->headline);
  g_free (meta->og_title);
  g_free (meta->description);
  g_free (meta->language);
  g_free (meta->published);
  g_free (meta->modified);
  g_ptr_array_unref (meta->authors);
  g_ptr_array_unref (meta->images);
  g_free (meta);
}

/* A field is set once: the first source that has it wins. */
static void
set_once (char       **field,
          const char  *value)
{
  g_autofree char *clean = NULL;

  if (*field != NULL || value == NULL)
    return;
  clean = copydesk_text_collapse_whitespace (value);
  if (clean[0] != '\0')
    *field = g_steal_pointer (&clean);
}

/* A string member, or the "name" (or "@value") of an object member. */
static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);

      if (json_object_has_member (inner, "name"))
        return member_string (inner, "name");
      if (json_object_has_member (inner, "@value"))
        return member_string (inner, "@value");
    }
  return NULL;
}

static gboolean
is_article_type (const char *type)
{
  return type != NULL && (g_str_equal (type, "Article") || g_str_has_suffix (type, "NewsArticle") ||
                          g_str_equal (type, "BlogPosting") || g_str_equal (type, "Report"));
}

static gboolean
has_article_type (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type))
    return is_article_type (json_node_get_string (type));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *one = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (one) && is_article_type (json_node_get_string (one)))
            return TRUE;
        }
    }
  return FALSE;
}

static void
add_author (HtmlMeta *meta,
            JsonNode *node)
{
  HtmlAuthor *author;
  const char *name = NULL, *title = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    name = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *type = member_string (object, "@type");

      /* an Organization as author is the outlet, not a person */
      if (type != NULL && g_str_equal (type, "Organization"))
        return;
      name = member_string (object, "name");
      title = member_string (object, "jobTitle");
    }
  if (name == NULL)
    return;
  author = g_new0 (HtmlAuthor, 1);
  set_once (&author->name, name);
  set_once (&author->job_title, title);
  if (author->name == NULL)
    {
      author_free (author);
      return;
    }
  g_ptr_array_add (meta->authors, author);
}

static void
add_image (HtmlMeta *meta,
           JsonNode *node)
{
  HtmlImage *image = g_new0 (HtmlImage, 1);

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    set_once (&image->url, json_node_get_string (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      set_once (&image->url, member_string (object, "url"));
      set_once (&image->url, member_string (object, "contentUrl"));
      set_once (&image->caption, member_string (object, "caption"));
      set_once (&image->caption, member_string (object, "description"));
      set_once (&image->credit, member_string (object, "creditText"));
      set_once (&image->credit, member_string (object, "author"));
      set_once (&image->credit, member_string (object, "creator"));
      set_once (&image->credit, member_string (object, "copyrightHolder"));
    }
  if (image->url == NULL)
    {
      image_free (image);
      return;
    }
  g_ptr_array_add (meta->images, image);
}

/* "author" and "image" take one value or an array of them. */
static void
for_each_value (HtmlMeta   *meta,
                JsonObject *object,
                const char *member,
                void      (*add) (HtmlMeta *, JsonNode *))
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add (meta, json_array_get_element (array, i));
    }
  else
    add (meta, node);
}

static void
read_article (HtmlMeta   *meta,
              JsonObject *object)
{
  gboolean first = !meta->from_json_ld;

  set_once (&meta->headline, member_string (object, "headline"));
  set_once (&meta->headline, member_string (object, "name"));
  set_once (&meta->description, member_string (object, "description"));
  set_once (&meta->description, member_string (object, "abstract"));
  set_once (&meta->language, member_string (object, "inLanguage"));
  set_once (&meta->published, member_string (object, "datePublished"));
  set_once (&meta->modified, member_string (object, "dateModified"));
  /* the authors and images of one article only: a page that describes
   * several (a live blog) would otherwise merge their credits */
  if (first)
    {
      for_each_value (meta, object, "author", add_author);
      for_each_value (meta, object, "image", add_image);
      for_each_value (meta, object, "associatedMedia", add_image);
    }
  meta->from_json_ld = TRUE;
}

static void
walk (HtmlMeta *meta,
      JsonNode *node,
      guint     depth)
{
  if (node == NULL || depth > MAX_JSON_DEPTH)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        walk (meta, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (has_article_type (object))
        read_article (meta, object);
      walk (meta, json_object_get_member (object, "@graph"), depth + 1);
      walk (meta, json_object_get_member (object, "mainEntity"), depth + 1);
    }
}

/**
 * _copydesk_html_meta_read_json_ld:
 * @meta: what is known so far
 * @json: the text of one `<script type="application/ld+json">`
 * @length: its length, or -1
 *
 * Broken JSON is skipped: pages often carry a broken block beside a good one.
 */
void
_copydesk_html_meta_read_json_ld (HtmlMeta   *meta,
                                  const char *json,
                                  gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, json, length, &error))
    {
      g_debug ("JSON-LD skipped: %s", error->message);
      return;
    }
  walk (meta, json_parser_get_root (parser), 0);
}

/**
 * _copydesk_html_meta_read_tag:
 * @meta: what is known so far
 * @node: a `<meta>` element
 *
 * OpenGraph (property="og:…", "article:…") and named tags ("description",
 * "author"); they fill only what JSON-LD left empty.
 */
void
_copydesk_html_meta_read_tag (HtmlMeta *meta,
                              xmlNode  *node)
{
  g_autofree char *property = _copydesk_html_get_attr (node, "property");
  g_autofree char *name = _copydesk_html_get_attr (node, "name");
  g_autofree char *content = _copydesk_html_get_attr (node, "content");
  const char *key = property != NULL ? property : name;

  if (key == NULL || content == NULL)
    return;
  if (g_ascii_strcasecmp (key, "og:title") == 0)
    set_once (&meta->og_title, content);
  else if (g_ascii_strcasecmp (key, "og:description") == 0 ||
           g_ascii_strcasecmp (key, "description") == 0)
    set_once (&meta->description, content);
  else if (g_ascii_strcasecmp (key, "og:locale") == 0)
    {
      g_autofree char *tag = g_strdelimit (g_strdup (content), "_", '-');

      set_once (&meta->language, tag);
    }
  else if (g_ascii_strcasecmp (key, "article:published_time") == 0)
    set_once (&meta->published, content);
  else if (g_ascii_strcasecmp (key, "article:modified_time") == 0)
    set_once (&meta->modified, content);
  else if ((g_ascii_strcasecmp (key, "author") == 0 ||
            g_ascii_strcasecmp (key, "article:author") == 0) && meta->authors->len == 0 &&
           !g_str_has_prefix (content, "http"))
    {
      HtmlAuthor *author = g_new0 (HtmlAuthor, 1);

      set_once (&author->name, content);
      if (author->name != NULL)
        g_ptr_array_add (meta->authors, author);
      else
        author_free (author);
    }
}

/**
 * _copydesk_html_get_attr:
 *
 * Returns: (transfer full) (nullable): the attribute's value
 */
char *
_copydesk_html_get_attr (xmlNode    *node,
                         const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

gboolean
_copydesk_html_is_element (xmlNode    *node,
                           const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
is_inline_name (const xmlChar *name)
{
  static const char * const inline_names[] = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    "wbr", "ins", "del", "label", NULL
  };
  g_autofree char *lower = g_ascii_strdown ((const char *) name, -1);

  return g_strv_contains (inline_names, lower);
}

/**
 * _copydesk_html_node_text:
 *
 * The text of @node and below, a space between blocks ("Related" and the
 * links under it do not run together), white space collapsed. Walks
 * without recursion: the parser allows deeper nesting than the stack might.
 *
 * Returns: (transfer full): the text (never %NULL)
 */
char *
_copydesk_html_node_text (xmlNode *node)
{
  g_autoptr(GString) text = g_string_new (NULL);
  xmlNode *at = node;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    return copydesk_text_collapse_whitespace ((const char *) node->content);
  at = node->children;
  while (at != NULL)
    {
      if (at->type == XML_TEXT_NODE || at->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) at->content);
      else if (at->type == XML_ELEMENT_NODE && !is_inline_name (at->name))
        g_string_append_c (text, ' ');
      if (at->type == XML_ELEMENT_NODE && at->children != NULL &&
          g_ascii_strcasecmp ((const char *) at->name, "script") != 0 &&
          g_ascii_strcasecmp ((const char *) at->name, "style") != 0)
        {
          at = at->children;
          continue;
        }
      while (at != NULL && at->next == NULL)
        {
          at = at->parent;
          if (at == node)
            at = NULL;
          else if (at != NULL && at->type == XML_ELEMENT_NODE && !is_inline_name (at->name))
            g_string_append_c (text, ' ');
        }
      if (at != NULL)
        at = at->next;
    }
  return copydesk_text_collapse_whitespace (text->str);
}
