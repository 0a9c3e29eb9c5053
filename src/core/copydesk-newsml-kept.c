/* copydesk-newsml-kept.c: metadata kept whole from file to file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Agency copy carries much the article does not edit: subjects, genre, the
 * located place, an embargo, rights, services, links, altIds, infoSources…
 * The reader keeps every such element of itemMeta, contentMeta and
 * rightsInfo as XML, in document order, with the catalog entries its codes
 * need; the writer puts each back where the schema places it. The article
 * (and each photo) holds them as one string, an XML fragment:
 *
 *   <kept xmlns="http://iptc.org/std/nar/2006-10-01/">
 *     <catalogRef href="…"/>   <catalog>…</catalog>
 *     <rightsInfo>…</rightsInfo>
 *     <itemMeta>…</itemMeta>   <contentMeta>…</contentMeta>
 *   </kept>
 *
 * Which elements the model owns (reads into fields, writes from fields) is
 * said once, in owned_item_meta[] and owned_content_meta[]: an element named
 * there is read by the reader, anything else is kept. To make a kept element
 * an edited one, add its name there and read and write it.
 *
 * An element the schema has no place for in that part is not kept (the file
 * written would not validate); the reader says so.
 */
#include "config.h"

#include <libxml/parser.h>
#include <string.h>

#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-private.h"
#include "copydesk-newsml-writer-private.h"

/* ------------------------------------------------------------ the model's part */

static const char * const owned_item_meta[] = {
  "itemClass", "provider", "versionCreated", "firstCreated", "pubStatus", "fileName",
  "generator", "edNote", NULL
};

static const char * const owned_content_meta[] = {
  "urgency", "contentCreated", "contentModified", "creator", "contributor", "language",
  "keyword", "slugline", "headline", "dateline", "by", "creditline", "description", NULL
};

static const char * const owned_rights_info[] = {
  "copyrightNotice", "usageTerms", NULL
};

gboolean
_copydesk_kept_is_owned (const char *part,
                         const char *name)
{
  const char * const *owned = g_str_equal (part, "itemMeta") ? owned_item_meta :
                              g_str_equal (part, "contentMeta") ? owned_content_meta :
                              owned_rights_info;

  return g_strv_contains (owned, name);
}

/* ------------------------------------------------------------ schema order */

typedef struct
{
  const char *name;
  guint       rank;
} Rank;

/* NewsML-G2 2.35: the rank of each child in its parent's sequence; children
 * of equal rank may come in any order. */
static const Rank item_meta_ranks[] = {
  { "itemClass", 1 }, { "provider", 2 }, { "versionCreated", 3 }, { "firstCreated", 4 },
  { "embargoed", 5 }, { "pubStatus", 6 }, { "role", 7 }, { "fileName", 8 }, { "generator", 9 },
  { "profile", 10 }, { "service", 11 }, { "title", 12 }, { "edNote", 13 }, { "memberOf", 14 },
  { "instanceOf", 15 }, { "signal", 16 }, { "altRep", 17 }, { "deliverableOf", 18 },
  { "hash", 19 }, { "expires", 20 }, { "origRep", 21 }, { "incomingFeedId", 22 },
  { "metadataCreator", 23 }, { "link", 24 }, { "itemMetaExtProperty", 25 }, { NULL, 0 }
};

static const Rank content_meta_ranks[] = {
  { "icon", 1 }, { "urgency", 2 }, { "contentCreated", 3 }, { "contentModified", 4 },
  { "digitalSourceType", 5 },
  { "located", 6 }, { "infoSource", 6 }, { "creator", 6 }, { "contributor", 6 },
  { "audience", 6 }, { "exclAudience", 6 }, { "altId", 6 }, { "rating", 6 },
  { "userInteraction", 6 },
  { "language", 7 }, { "genre", 7 }, { "keyword", 7 }, { "subject", 7 }, { "slugline", 7 },
  { "headline", 7 }, { "dateline", 7 }, { "by", 7 }, { "creditline", 7 }, { "description", 7 },
  { "contentMetaExtProperty", 8 }, { NULL, 0 }
};

static const Rank rights_info_ranks[] = {
  { "accountable", 1 }, { "copyrightHolder", 2 }, { "copyrightNotice", 3 }, { "usageTerms", 3 },
  { "link", 3 }, { "rightsInfoExtProperty", 3 }, { "rightsExpressionXML", 3 },
  { "rightsExpressionData", 3 }, { "dataMining", 4 }, { NULL, 0 }
};

static const Rank *
ranks_of (const char *part)
{
  if (g_str_equal (part, "itemMeta"))
    return item_meta_ranks;
  if (g_str_equal (part, "contentMeta"))
    return content_meta_ranks;
  return rights_info_ranks;
}

/* 0 for an element that has no place in @part. */
static guint
rank_of (const Rank *ranks,
         xmlNodePtr  node)
{
  if (node->type != XML_ELEMENT_NODE || node->ns == NULL ||
      !g_str_equal ((const char *) node->ns->href, COPYDESK_NEWSML_NS))
    return 0;
  for (guint i = 0; ranks[i].name != NULL; i++)
    {
      if (g_str_equal ((const char *) node->name, ranks[i].name))
        return ranks[i].rank;
    }
  return 0;
}

/* ------------------------------------------------------------ reading */

struct _CopydeskKept
{
  xmlDocPtr  doc;
  xmlNodePtr root;
  const char *scope;  /* NULL for the item itself, or "package" */
  xmlNsPtr   ns;
  guint      n_kept;
};

CopydeskKept *
_copydesk_kept_new (void)
{
  CopydeskKept *kept = g_new0 (CopydeskKept, 1);

  kept->doc = xmlNewDoc (BAD_CAST "1.0");
  kept->root = xmlNewDocNode (kept->doc, NULL, BAD_CAST "kept", NULL);
  xmlDocSetRootElement (kept->doc, kept->root);
  kept->ns = xmlNewNs (kept->root, BAD_CAST COPYDESK_NEWSML_NS, NULL);
  xmlSetNs (kept->root, kept->ns);
  return kept;
}

void
_copydesk_kept_free (CopydeskKept *kept)
{
  if (kept == NULL)
    return;
  xmlFreeDoc (kept->doc);
  g_free (kept);
}

static xmlNodePtr
part_node (CopydeskKept *kept,
           xmlNodePtr    parent,
           const char   *part)
{
  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    {
      if (g_str_equal ((const char *) child->name, part))
        return child;
    }
  return xmlNewChild (parent, kept->ns, BAD_CAST part, NULL);
}

/* What is kept next belongs to the text item (@scope %NULL) or to the
 * package ("package"): the writer puts it back in the same item. */
void
_copydesk_kept_set_scope (CopydeskKept *kept,
                          const char   *scope)
{
  kept->scope = scope;
}

/* Where kept elements go now; the <package> is made when first needed. */
static xmlNodePtr
scope_node (CopydeskKept *kept)
{
  return kept->scope ? part_node (kept, kept->root, kept->scope) : kept->root;
}

guint
_copydesk_kept_count (CopydeskKept *kept)
{
  return kept->n_kept;
}

/* Indentation between elements is layout, not text: an element whose text is
 * all white space loses it (mixed content, with words in it, stays whole). */
static void
drop_layout (xmlNodePtr node)
{
  gboolean has_words = FALSE;
  gboolean has_elements = FALSE;
  xmlNodePtr next;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE)
        has_elements = TRUE;
      else if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        has_words = TRUE;
    }
  for (xmlNodePtr child = node->children; child != NULL; child = next)
    {
      next = child->next;
      if (child->type == XML_ELEMENT_NODE)
        drop_layout (child);
      else if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE ||
               (has_elements && !has_words && child->type == XML_TEXT_NODE))
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
    }
}

static void
copy_into (CopydeskKept *kept,
           xmlNodePtr    parent,
           xmlNodePtr    node)
{
  xmlNodePtr copy = NULL;

  if (xmlDOMWrapCloneNode (NULL, node->doc, node, &copy, kept->doc, parent, 1, 0) != 0 ||
      copy == NULL)
    return;
  xmlAddChild (parent, copy);
  xmlReconciliateNs (kept->doc, copy);
  drop_layout (copy);
}

/* Keeps @node, a child of @part ("itemMeta", "contentMeta" or "rightsInfo",
 * or "item" for a whole rightsInfo of a text item). %FALSE when the schema
 * has no place for it there. */
gboolean
_copydesk_kept_add (CopydeskKept *kept,
                    const char   *part,
                    xmlNodePtr    node)
{
  if (g_str_equal (part, "item"))
    {
      if (!_copydesk_reader_is (node, COPYDESK_NEWSML_NS, "rightsInfo"))
        return FALSE;
    }
  else if (rank_of (ranks_of (part), node) == 0)
    return FALSE;
  copy_into (kept, g_str_equal (part, "item") ? scope_node (kept)
                                              : part_node (kept, scope_node (kept), part),
             node);
  kept->n_kept++;
  return TRUE;
}

/* The item's catalogs, for the codes of what is kept; Copydesk's own are
 * written anyway. */
void
_copydesk_kept_add_catalogs (CopydeskKept *kept,
                             xmlNodePtr    item)
{
  xmlNodePtr catalog = NULL;

  for (xmlNodePtr child = item->children; child != NULL; child = child->next)
    {
      if (_copydesk_reader_is (child, COPYDESK_NEWSML_NS, "catalogRef"))
        {
          g_autofree char *href = _copydesk_reader_attr (child, "href");

          if (href != NULL && !g_str_equal (href, COPYDESK_IPTC_CATALOG))
            copy_into (kept, scope_node (kept), child);
        }
      else if (_copydesk_reader_is (child, COPYDESK_NEWSML_NS, "catalog"))
        {
          for (xmlNodePtr scheme = child->children; scheme != NULL; scheme = scheme->next)
            {
              g_autofree char *alias = NULL;

              if (!_copydesk_reader_is (scheme, COPYDESK_NEWSML_NS, "scheme"))
                continue;
              alias = _copydesk_reader_attr (scheme, "alias");
              if (g_strcmp0 (alias, COPYDESK_SCHEME_ALIAS) == 0)
                continue;
              if (catalog == NULL)
                catalog = xmlNewChild (scope_node (kept), kept->ns, BAD_CAST "catalog", NULL);
              copy_into (kept, catalog, scheme);
            }
        }
    }
}

/* The fragment to store, "" when nothing was kept. */
char *
_copydesk_kept_finish (CopydeskKept *kept)
{
  xmlBufferPtr buffer;
  char *out;

  if (kept->n_kept == 0)
    return g_strdup ("");
  buffer = xmlBufferCreate ();
  xmlNodeDump (buffer, kept->doc, kept->root, 0, 0);
  out = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return out;
}

/* ------------------------------------------------------------ writing */

static xmlDocPtr
parse_kept (const char *kept)
{
  xmlDocPtr doc;

  if (kept == NULL || *kept == '\0')
    return NULL;
  doc = xmlReadMemory (kept, (int) strlen (kept), NULL, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc != NULL && !_copydesk_reader_is (xmlDocGetRootElement (doc), COPYDESK_NEWSML_NS, "kept"))
    g_clear_pointer (&doc, xmlFreeDoc);
  return doc;
}

gboolean
_copydesk_kept_has (const char *kept,
                    const char *part,
                    const char *name)
{
  xmlDocPtr doc = parse_kept (kept);
  gboolean found = FALSE;

  if (doc == NULL)
    return FALSE;
  for (xmlNodePtr p = xmlDocGetRootElement (doc)->children; p != NULL && !found; p = p->next)
    {
      if (!_copydesk_reader_is (p, COPYDESK_NEWSML_NS, part))
        continue;
      for (xmlNodePtr child = p->children; child != NULL && !found; child = child->next)
        found = _copydesk_reader_is (child, COPYDESK_NEWSML_NS, name);
    }
  xmlFreeDoc (doc);
  return found;
}

static xmlNodePtr
clone_for (xmlNodePtr node,
           xmlNodePtr parent)
{
  xmlNodePtr copy = NULL;

  if (xmlDOMWrapCloneNode (NULL, node->doc, node, &copy, parent->doc, parent, 1, 0) != 0)
    return NULL;
  return copy;
}

/* Each child of @from into @into, after the last child of lower or equal
 * rank: the schema's order, and the file's order among equals. */
static void
merge_part (xmlNodePtr  into,
            xmlNodePtr  from,
            const Rank *ranks)
{
  for (xmlNodePtr child = from->children; child != NULL; child = child->next)
    {
      guint rank = rank_of (ranks, child);
      xmlNodePtr after = NULL;
      xmlNodePtr copy;

      if (rank == 0 || (copy = clone_for (child, into)) == NULL)
        continue;
      for (xmlNodePtr have = into->children; have != NULL; have = have->next)
        {
          guint r = rank_of (ranks, have);

          if (r != 0 && r <= rank)
            after = have;
        }
      if (after != NULL)
        xmlAddNextSibling (after, copy);
      else if (into->children != NULL)
        xmlAddPrevSibling (into->children, copy);
      else
        xmlAddChild (into, copy);
      xmlReconciliateNs (into->doc, copy);
    }
}

static xmlNodePtr
child_named (xmlNodePtr  node,
             const char *name)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (_copydesk_reader_is (child, COPYDESK_NEWSML_NS, name))
        return child;
    }
  return NULL;
}

/* @item is an item as the writer built it: catalogRef, catalog,
 * rightsInfo?, itemMeta, contentMeta, then its content. @scope: %NULL for
 * what was kept of the text or picture item, "package" for the package's. */
void
_copydesk_kept_write (xmlNodePtr  item,
                      const char *kept,
                      const char *scope)
{
  xmlDocPtr doc = parse_kept (kept);
  xmlNodePtr last_catalog = NULL;
  xmlNodePtr item_meta, own_rights, from;

  if (doc == NULL)
    return;
  from = scope ? child_named (xmlDocGetRootElement (doc), scope) : xmlDocGetRootElement (doc);
  if (from == NULL)
    {
      xmlFreeDoc (doc);
      return;
    }
  item_meta = child_named (item, "itemMeta");
  own_rights = child_named (item, "rightsInfo");
  for (xmlNodePtr child = item->children; child != NULL && child != item_meta; child = child->next)
    {
      if (_copydesk_reader_is (child, COPYDESK_NEWSML_NS, "catalogRef") ||
          _copydesk_reader_is (child, COPYDESK_NEWSML_NS, "catalog"))
        last_catalog = child;
    }

  for (xmlNodePtr part = from->children; part != NULL; part = part->next)
    {
      xmlNodePtr target, copy;

      if (part->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_reader_is (part, COPYDESK_NEWSML_NS, "catalogRef") ||
          _copydesk_reader_is (part, COPYDESK_NEWSML_NS, "catalog"))
        {
          if (last_catalog == NULL || (copy = clone_for (part, item)) == NULL)
            continue;
          last_catalog = xmlAddNextSibling (last_catalog, copy);
          xmlReconciliateNs (item->doc, copy);
        }
      else if (_copydesk_reader_is (part, COPYDESK_NEWSML_NS, "rightsInfo"))
        {
          /* a photo's own rightsInfo takes the rest of its rights; a text
           * item's rightsInfo elements come back whole */
          if (own_rights != NULL)
            merge_part (own_rights, part, rights_info_ranks);
          else if (item_meta != NULL && (copy = clone_for (part, item)) != NULL)
            {
              xmlAddPrevSibling (item_meta, copy);
              xmlReconciliateNs (item->doc, copy);
            }
        }
      else if (_copydesk_reader_is (part, COPYDESK_NEWSML_NS, "itemMeta") && item_meta != NULL)
        merge_part (item_meta, part, item_meta_ranks);
      else if (_copydesk_reader_is (part, COPYDESK_NEWSML_NS, "contentMeta") &&
               (target = child_named (item, "contentMeta")) != NULL)
        merge_part (target, part, content_meta_ranks);
    }
  xmlFreeDoc (doc);
}
