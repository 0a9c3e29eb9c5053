/* copydesk-checks-lines.c: on which line of a NewsML-G2 file a finding is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader builds the model without keeping its nodes, so for
 * `copydesk-convert --check` the file is parsed once more (with the same
 * safety: no network, no entities, no DTD) and each finding is matched to
 * the element its field was read from, with libxml2's line numbers:
 * headline, by, dateline and the summary in the text item's contentMeta;
 * body block N to the Nth element of the XHTML body (the contributor's
 * aside left out), when the counts agree, else the body element; a photo's
 * caption, credit and alt text to its own newsItem (matched by the
 * cdx:photoid altId). What cannot be matched gets the text item's line.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "copydesk-checks.h"

static gboolean
named (xmlNode    *node,
       const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_str_equal ((const char *) node->name, name);
}

static xmlNode *
child (xmlNode    *parent,
       const char *name,
       const char *role)
{
  for (xmlNode *n = parent != NULL ? parent->children : NULL; n != NULL; n = n->next)
    {
      g_autofree char *value = NULL;

      if (!named (n, name))
        continue;
      if (role == NULL)
        return n;
      value = (char *) xmlGetProp (n, (const xmlChar *) (g_str_equal (name, "altId") ? "type"
                                                                                       : "role"));
      if (g_strcmp0 (value, role) == 0)
        return n;
    }
  return NULL;
}

static xmlNode *
find_descendant (xmlNode    *node,
                 const char *name)
{
  for (xmlNode *n = node != NULL ? node->children : NULL; n != NULL; n = n->next)
    {
      xmlNode *found;

      if (named (n, name))
        return n;
      if ((found = find_descendant (n, name)) != NULL)
        return found;
    }
  return NULL;
}

static xmlNode *
items (xmlNode *root)
{
  xmlNode *set = child (root, "itemSet", NULL);

  return set != NULL ? set->children : (named (root, "newsItem") ? root : NULL);
}

static xmlNode *
text_item (xmlNode *root)
{
  for (xmlNode *n = items (root); n != NULL; n = n->next)
    if (named (n, "newsItem") && find_descendant (n, "inlineXML") != NULL)
      return n;
  return named (root, "newsItem") ? root : NULL;
}

static xmlNode *
photo_item (xmlNode    *root,
            const char *id)
{
  for (xmlNode *n = items (root); n != NULL && id != NULL; n = n->next)
    {
      xmlNode *alt = child (child (n, "contentMeta", NULL), "altId", "cdx:photoid");
      g_autofree char *text = alt != NULL ? (char *) xmlNodeGetContent (alt) : NULL;

      if (named (n, "newsItem") && text != NULL && g_str_equal (g_strstrip (text), id))
        return n;
    }
  return NULL;
}

static GPtrArray *
body_elements (xmlNode *item)
{
  GPtrArray *out = g_ptr_array_new ();
  xmlNode *body = find_descendant (find_descendant (item, "inlineXML"), "body");

  for (xmlNode *n = body != NULL ? body->children : NULL; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && !named (n, "aside"))
      g_ptr_array_add (out, n);
  return out;
}

static long
line_of (xmlNode *node,
         xmlNode *fallback)
{
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  if (line <= 0 && fallback != NULL)
    line = xmlGetLineNo (fallback);
  return MAX (line, 0);
}

typedef struct
{
  xmlNode   *root;
  xmlNode   *item;
  xmlNode   *meta;
  GPtrArray *blocks;
  guint      n_blocks;
} Map;

static long
locate_photo (const Map                  *map,
              const CopydeskCheckFinding *f)
{
  xmlNode *photo = photo_item (map->root, f->photo_id);
  xmlNode *meta = child (photo, "contentMeta", NULL);

  switch (f->field)
    {
    case COPYDESK_CHECK_FIELD_PHOTO_CAPTION:
      return line_of (child (meta, "description", "drol:caption"), photo ? photo : map->item);
    case COPYDESK_CHECK_FIELD_PHOTO_CREDIT:
      return line_of (child (meta, "creditline", NULL), photo ? photo : map->item);
    case COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT:
      return line_of (child (meta, "description", "cdx:alttext"), photo ? photo : map->item);
    case COPYDESK_CHECK_FIELD_PHOTO:
    case COPYDESK_CHECK_FIELD_ARTICLE:
    case COPYDESK_CHECK_FIELD_HEADLINE:
    case COPYDESK_CHECK_FIELD_STANDFIRST:
    case COPYDESK_CHECK_FIELD_BYLINE:
    case COPYDESK_CHECK_FIELD_DATELINE:
    case COPYDESK_CHECK_FIELD_AUTHORS:
    case COPYDESK_CHECK_FIELD_EMBARGO:
    case COPYDESK_CHECK_FIELD_BODY:
    default:
      return line_of (photo, map->item);
    }
}

static long
locate (const Map                  *map,
        const CopydeskCheckFinding *f)
{
  switch (f->field)
    {
    case COPYDESK_CHECK_FIELD_HEADLINE:
      return line_of (child (map->meta, "headline", NULL), map->meta);
    case COPYDESK_CHECK_FIELD_STANDFIRST:
      return line_of (child (map->meta, "description", "drol:summary"), map->meta);
    case COPYDESK_CHECK_FIELD_BYLINE:
      return line_of (child (map->meta, "by", NULL), map->meta);
    case COPYDESK_CHECK_FIELD_DATELINE:
      return line_of (child (map->meta, "dateline", NULL), map->meta);
    case COPYDESK_CHECK_FIELD_AUTHORS:
      return line_of (child (map->meta, "creator", NULL), map->meta);
    case COPYDESK_CHECK_FIELD_BODY:
      if (map->blocks->len == map->n_blocks && f->block < map->blocks->len)
        return line_of (g_ptr_array_index (map->blocks, f->block), map->item);
      return line_of (find_descendant (find_descendant (map->item, "inlineXML"), "body"),
                      map->item);
    case COPYDESK_CHECK_FIELD_PHOTO_CAPTION:
    case COPYDESK_CHECK_FIELD_PHOTO_CREDIT:
    case COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT:
    case COPYDESK_CHECK_FIELD_PHOTO:
      return locate_photo (map, f);
    case COPYDESK_CHECK_FIELD_ARTICLE:
    case COPYDESK_CHECK_FIELD_EMBARGO:
    default:
      return line_of (map->meta, map->item);
    }
}

/**
 * copydesk_checks_locate:
 * @newsml: the NewsML-G2 file @article was read from
 * @article: what copydesk_newsml_read() made of it
 * @findings: (element-type CopydeskCheckFinding): the findings on @article
 *
 * Returns: (transfer full) (element-type guint): for each finding, the line
 *   of the file its field starts on (1-based), or 0 when it is not known
 */
GArray *
copydesk_checks_locate (GBytes          *newsml,
                        CopydeskArticle *article,
                        GPtrArray       *findings)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (guint));
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA;
  gsize len;
  const char *data;
  xmlDoc *doc;
  Map map = { NULL, };

  g_return_val_if_fail (newsml != NULL && findings != NULL, lines);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), lines);

  g_array_set_size (lines, findings->len);
  data = g_bytes_get_data (newsml, &len);
  doc = len <= G_MAXINT ? xmlReadMemory (data, (int) len, NULL, NULL, options) : NULL;
  if (doc == NULL)
    return lines;
  map.root = xmlDocGetRootElement (doc);
  map.item = text_item (map.root);
  map.meta = child (map.item, "contentMeta", NULL);
  map.blocks = body_elements (map.item);
  map.n_blocks = copydesk_body_get_n_blocks (copydesk_article_get_body (article));
  for (guint i = 0; i < findings->len; i++)
    g_array_index (lines, guint, i) = (guint) MIN (locate (&map, g_ptr_array_index (findings, i)),
                                                   G_MAXUINT);
  g_ptr_array_unref (map.blocks);
  xmlFreeDoc (doc);
  return lines;
}
