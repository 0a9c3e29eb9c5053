/* copydesk-newsml-desk.c: the desk's metadata in NewsML-G2 2.35
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * itemMeta: embargoed, pubStatus, signal (edNote is the article's own).
 * contentMeta: located, genre, subject type="cpnat:abstract" with its name in
 * the article's language. Header: priority. Subject Codes (subj:) read from a
 * file stay Subject Codes; the UI shows their exact Media Topic.
 */
#include "config.h"

#include <string.h>

#include "copydesk-newsml.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"
#include "copydesk-vocab.h"

/* ------------------------------------------------------------ schema order */

static const char * const item_meta_order[] = {
  "itemClass", "provider", "versionCreated", "firstCreated", "embargoed", "pubStatus", "role",
  "fileName", "generator", "profile", "service", "title", "edNote", "memberOf", "instanceOf",
  "signal", "altRep", "deliverableOf", "hash", "expires", "origRep", "incomingFeedId",
  "metadataCreator", "link", "itemMetaExtProperty", NULL
};

static const char * const header_order[] = {
  "sent", "catalogRef", "catalog", "sender", "transmitId", "priority", "origin", "destination",
  "channel", "timestamp", "signal", NULL
};

/* contentMeta: what comes before located (the fixed part of the
 * administrative block), and what genre and subject follow (anything
 * administrative, language, and the genre and subjects written before, so
 * that the chosen order is kept). */
static const char * const admin_fixed[] = {
  "icon", "urgency", "contentCreated", "contentModified", "digitalSourceType", NULL
};
static const char * const admin_any[] = {
  "icon", "urgency", "contentCreated", "contentModified", "digitalSourceType", "located",
  "infoSource", "creator", "contributor", "audience", "exclAudience", "altId", "rating",
  "userInteraction", "language", "genre", "subject", NULL
};

static gboolean
is_g2_element (xmlNodePtr node)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, COPYDESK_NEWSML_NS) == 0;
}

static int
order_of (const char * const *order,
          const char         *name)
{
  for (int i = 0; order[i] != NULL; i++)
    if (g_str_equal (order[i], name))
      return i;
  return G_MAXINT;
}

/* Puts @node among @parent's children before the first one that the
 * schema's @order places after it. */
static xmlNodePtr
insert_ordered (xmlNodePtr          parent,
                xmlNodePtr          node,
                const char * const *order)
{
  int rank = order_of (order, (const char *) node->name);

  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    if (is_g2_element (child) && order_of (order, (const char *) child->name) > rank)
      return xmlAddPrevSibling (child, node);
  return xmlAddChild (parent, node);
}

/* Puts @node before the first child not named in @before. */
static xmlNodePtr
insert_after_all (xmlNodePtr          parent,
                  xmlNodePtr          node,
                  const char * const *before)
{
  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    if (is_g2_element (child) && !g_strv_contains (before, (const char *) child->name))
      return xmlAddPrevSibling (child, node);
  return xmlAddChild (parent, node);
}

static xmlNodePtr
new_element (xmlNsPtr    ns,
             const char *name)
{
  return xmlNewNode (ns, BAD_CAST name);
}

static void
set_attr (xmlNodePtr  node,
          const char *name,
          const char *value)
{
  g_autofree char *clean = copydesk_text_strip_xml_invalid (value);

  xmlSetProp (node, BAD_CAST name, BAD_CAST clean);
}

static xmlNodePtr
add_name (xmlNodePtr  parent,
          xmlNsPtr    ns,
          const char *text,
          const char *lang)
{
  g_autofree char *line = copydesk_text_collapse_whitespace (text);
  g_autofree char *clean = copydesk_text_strip_xml_invalid (line);
  xmlNodePtr name;

  if (*clean == '\0')
    return NULL;
  name = xmlNewChild (parent, ns, BAD_CAST "name", NULL);
  xmlAddChild (name, xmlNewText (BAD_CAST clean));
  if (lang != NULL)
    xmlNodeSetLang (name, BAD_CAST lang);
  return name;
}

static xmlNodePtr
find_child (xmlNodePtr  parent,
            const char *name)
{
  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    if (is_g2_element (child) && g_str_equal ((const char *) child->name, name))
      return child;
  return NULL;
}

/* ------------------------------------------------------------ writing */

static char *
format_time (GDateTime *time)
{
  if (g_date_time_get_utc_offset (time) == 0)
    return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

static char *attr (xmlNodePtr  node,
                   const char *name);

static gboolean
has_signal (xmlNodePtr  item_meta,
            const char *qcode)
{
  for (xmlNodePtr child = item_meta->children; child != NULL; child = child->next)
    {
      g_autofree char *have = NULL;

      if (!is_g2_element (child) || !g_str_equal ((const char *) child->name, "signal"))
        continue;
      have = attr (child, "qcode");
      if (g_strcmp0 (have, qcode) == 0)
        return TRUE;
    }
  return FALSE;
}

void
_copydesk_newsml_desk_write_item_meta (CopydeskArticle *article,
                                       xmlNodePtr       item_meta,
                                       xmlNsPtr         ns)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  const char *signal = copydesk_signal_to_qcode (copydesk_desk_get_signal (desk));
  xmlNodePtr status = find_child (item_meta, "pubStatus");

  g_return_if_fail (item_meta != NULL);

  if (status == NULL)
    status = insert_ordered (item_meta, new_element (ns, "pubStatus"), item_meta_order);
  set_attr (status, "qcode", copydesk_pub_status_to_qcode (copydesk_desk_get_pub_status (desk)));
  /* an agency's item may carry its own embargo and signals, kept as they
   * were: the article's embargo takes the one place there is, and its
   * signal is not said twice */
  if (copydesk_desk_get_embargo (desk) != NULL)
    {
      g_autofree char *text = format_time (copydesk_desk_get_embargo (desk));
      xmlNodePtr node = find_child (item_meta, "embargoed");

      if (node == NULL)
        node = insert_ordered (item_meta, new_element (ns, "embargoed"), item_meta_order);
      xmlNodeSetContent (node, BAD_CAST text);
    }
  if (signal != NULL && !has_signal (item_meta, signal))
    set_attr (insert_ordered (item_meta, new_element (ns, "signal"), item_meta_order),
              "qcode", signal);
}

/* The vocabulary's name in the article's language when it has one, tagged
 * with the language it is really in. */
static void
add_concept_name (xmlNodePtr             node,
                  xmlNsPtr               ns,
                  const CopydeskConcept *concept,
                  const char            *language)
{
  const char *tag = copydesk_concept_get_label_language (concept, language);
  const char *label = copydesk_concept_get_label (concept, language);
  gsize len = strlen (tag) < 2 ? strlen (tag) : 2;

  if (g_ascii_strncasecmp (tag, language, len) == 0 && g_ascii_strcasecmp (tag, "en-US") != 0)
    tag = language;
  add_name (node, ns, label, tag);
}

static xmlNodePtr
new_coded (xmlNsPtr      ns,
           const char   *element,
           const char   *qcode,
           const char   *file_name,
           const char   *language)
{
  const CopydeskConcept *concept = copydesk_vocab_lookup (copydesk_vocab_get_default (), qcode);
  xmlNodePtr node = new_element (ns, element);

  set_attr (node, "qcode", qcode);
  if (concept != NULL)
    add_concept_name (node, ns, concept, language);
  else if (file_name != NULL)
    add_name (node, ns, file_name, NULL);
  return node;
}

/* @element as the file gave it for @value, parsed where it goes, or %NULL
 * when the model's own is to be built. */
static xmlNodePtr
original_node (CopydeskDesk *desk,
               const char   *element,
               const char   *value,
               xmlNodePtr    content_meta)
{
  const char *xml = _copydesk_desk_get_original (desk, element, value);
  xmlNodePtr list = NULL;

  if (xml == NULL ||
      xmlParseInNodeContext (content_meta, xml, (int) strlen (xml),
                             XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR |
                             XML_PARSE_NOWARNING, &list) != XML_ERR_OK)
    {
      xmlFreeNodeList (list);
      return NULL;
    }
  if (list == NULL || list->next != NULL || list->type != XML_ELEMENT_NODE)
    {
      xmlFreeNodeList (list);
      return NULL;
    }
  return list;
}

static void
write_located (CopydeskDesk *desk,
               xmlNodePtr    content_meta,
               xmlNsPtr      ns)
{
  const char *name = copydesk_desk_get_located (desk);
  const char *qcode = copydesk_desk_get_located_qcode (desk);
  g_autofree char *line = copydesk_text_collapse_whitespace (name);
  xmlNodePtr node;

  if (*line == '\0' && *qcode == '\0')
    return;
  node = original_node (desk, "located", *qcode != '\0' ? qcode : line, content_meta);
  if (node == NULL)
    {
      node = new_element (ns, "located");
      if (*qcode != '\0')
        set_attr (node, "qcode", qcode);
      add_name (node, ns, line, NULL);
    }
  insert_after_all (content_meta, node, admin_fixed);
}

void
_copydesk_newsml_desk_write_content_meta (CopydeskArticle *article,
                                          xmlNodePtr       content_meta,
                                          xmlNsPtr         ns)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  const char *language = copydesk_article_get_language (article);
  const char * const *subjects = copydesk_desk_get_subjects (desk);
  const char *genre = copydesk_desk_get_genre (desk);

  g_return_if_fail (content_meta != NULL);

  write_located (desk, content_meta, ns);
  if (*genre != '\0')
    {
      xmlNodePtr node = original_node (desk, "genre", genre, content_meta);

      if (node == NULL)
        node = new_coded (ns, "genre", genre, NULL, language);
      insert_after_all (content_meta, node, admin_any);
    }
  for (guint i = 0; subjects[i] != NULL; i++)
    {
      xmlNodePtr node = original_node (desk, "subject", subjects[i], content_meta);

      if (node == NULL)
        {
          node = new_coded (ns, "subject", subjects[i],
                            copydesk_desk_get_subject_name (desk, subjects[i]), language);
          set_attr (node, "type", "cpnat:abstract");
        }
      insert_after_all (content_meta, node, admin_any);
    }
}

void
_copydesk_newsml_desk_write_header (CopydeskArticle *article,
                                    xmlNodePtr       header,
                                    xmlNsPtr         ns)
{
  guint priority = copydesk_desk_get_priority (copydesk_article_get_desk (article));
  g_autofree char *text = NULL;
  xmlNodePtr node;

  g_return_if_fail (header != NULL);

  if (priority == COPYDESK_PRIORITY_UNSET)
    return;
  text = g_strdup_printf ("%u", priority);
  node = new_element (ns, "priority");
  xmlAddChild (node, xmlNewText (BAD_CAST text));
  insert_ordered (header, node, header_order);
}

/* A package's references repeat the status of what they point to. */
static void
write_item_refs (CopydeskArticle *article,
                 xmlNodePtr       node)
{
  CopydeskPubStatus status = copydesk_desk_get_pub_status (copydesk_article_get_desk (article));

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (!is_g2_element (child))
        continue;
      if (g_str_equal ((const char *) child->name, "pubStatus") &&
          g_str_equal ((const char *) node->name, "itemRef"))
        set_attr (child, "qcode", copydesk_pub_status_to_qcode (status));
      else
        write_item_refs (article, child);
    }
}

static gboolean
is_text_item (CopydeskArticle *article,
              xmlNodePtr       item)
{
  xmlChar *guid = xmlGetNoNsProp (item, BAD_CAST "guid");
  gboolean same = guid != NULL && g_str_equal ((const char *) guid,
                                               copydesk_article_get_guid (article));

  xmlFree (guid);
  return same && g_str_equal ((const char *) item->name, "newsItem");
}

static void
write_item (CopydeskArticle *article,
            xmlNodePtr       item)
{
  xmlNodePtr item_meta = find_child (item, "itemMeta");
  xmlNodePtr content_meta = find_child (item, "contentMeta");

  if (item_meta != NULL)
    _copydesk_newsml_desk_write_item_meta (article, item_meta, item_meta->ns);
  if (content_meta != NULL && is_text_item (article, item))
    _copydesk_newsml_desk_write_content_meta (article, content_meta, content_meta->ns);
  if (find_child (item, "groupSet") != NULL)
    write_item_refs (article, find_child (item, "groupSet"));
}

void
_copydesk_newsml_desk_write (CopydeskArticle *article,
                             xmlNodePtr       message)
{
  xmlNodePtr header, item_set;

  g_return_if_fail (COPYDESK_IS_ARTICLE (article));
  g_return_if_fail (message != NULL);

  header = find_child (message, "header");
  item_set = find_child (message, "itemSet");
  if (header != NULL)
    _copydesk_newsml_desk_write_header (article, header, header->ns);
  for (xmlNodePtr item = item_set ? item_set->children : NULL; item != NULL; item = item->next)
    if (is_g2_element (item))
      write_item (article, item);
}

/* ------------------------------------------------------------ reading */

static char *
attr (xmlNodePtr  node,
      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static char *
node_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = copydesk_text_collapse_whitespace (content ? (const char *) content : "");

  xmlFree (content);
  return text;
}

static char *
first_name (xmlNodePtr node)
{
  xmlNodePtr name = find_child (node, "name");

  return name ? node_text (name) : NULL;
}

/* The QCode of a node coded by qcode or by a cv.iptc.org uri. */
static char *
node_qcode (xmlNodePtr node)
{
  g_autofree char *qcode = attr (node, "qcode");
  g_autofree char *uri = NULL;
  const CopydeskConcept *concept;

  if (qcode != NULL)
    return g_steal_pointer (&qcode);
  uri = attr (node, "uri");
  concept = uri ? copydesk_vocab_lookup (copydesk_vocab_get_default (), uri) : NULL;
  return concept ? g_strdup (copydesk_concept_get_qcode (concept)) : NULL;
}

/* Remembers @node as the file gave it, to be written back unchanged while
 * @value stays chosen: names in other languages, broader concepts, roles
 * and confidence are the agency's and are not lost. */
static void
keep_original (CopydeskDesk *desk,
               xmlNodePtr    node,
               const char   *value)
{
  xmlBufferPtr buffer = xmlBufferCreate ();

  xmlNodeDump (buffer, node->doc, node, 0, 0);
  _copydesk_desk_set_original (desk, (const char *) node->name, value,
                               (const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
}

/* Whether @node repeats an element already taken for @value; a different
 * one of the same value is left to the reader to keep. */
static gboolean
taken_before (CopydeskDesk *desk,
              xmlNodePtr    node,
              const char   *value,
              gboolean     *same)
{
  const char *before = _copydesk_desk_get_original (desk, (const char *) node->name, value);
  xmlBufferPtr buffer;

  if (before == NULL)
    return FALSE;
  buffer = xmlBufferCreate ();
  xmlNodeDump (buffer, node->doc, node, 0, 0);
  *same = g_str_equal (before, (const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return TRUE;
}

/* Subjects, genre and place become the model's, to edit as chips and
 * fields, whatever they hold: the element itself is remembered and written
 * back unchanged until the user changes that value. */
static gboolean
read_subject (CopydeskDesk *desk,
              xmlNodePtr    node)
{
  g_autofree char *qcode = node_qcode (node);
  g_autofree char *name = NULL;
  CopydeskScheme scheme;
  gboolean same = FALSE;

  if (qcode == NULL)
    return FALSE;
  scheme = copydesk_scheme_of_qcode (qcode);
  if (scheme != COPYDESK_SCHEME_MEDIA_TOPIC && scheme != COPYDESK_SCHEME_SUBJECT_CODE)
    return FALSE;
  if (taken_before (desk, node, qcode, &same))
    return same; /* a repeat says nothing new */
  /* a known code is named by the vocabulary when written; only the name of
   * a code the vocabulary lacks is worth keeping */
  if (copydesk_vocab_lookup (copydesk_vocab_get_default (), qcode) == NULL)
    name = first_name (node);
  copydesk_desk_add_subject (desk, qcode, name);
  keep_original (desk, node, qcode);
  return TRUE;
}

static gboolean
read_genre (CopydeskDesk *desk,
            xmlNodePtr    node)
{
  g_autofree char *qcode = node_qcode (node);
  gboolean same = FALSE;

  if (qcode == NULL || copydesk_scheme_of_qcode (qcode) != COPYDESK_SCHEME_GENRE)
    return FALSE;
  if (taken_before (desk, node, qcode, &same))
    return same;
  if (*copydesk_desk_get_genre (desk) != '\0')
    return FALSE; /* the model has one genre; a second is kept as it is */
  copydesk_desk_set_genre (desk, qcode);
  keep_original (desk, node, qcode);
  return TRUE;
}

static gboolean
read_located (CopydeskDesk *desk,
              xmlNodePtr    node)
{
  g_autofree char *qcode = attr (node, "qcode");
  g_autofree char *name = first_name (node);

  if (*copydesk_desk_get_located (desk) != '\0' ||
      *copydesk_desk_get_located_qcode (desk) != '\0' || (name == NULL && qcode == NULL))
    return FALSE;
  copydesk_desk_set_located (desk, name);
  copydesk_desk_set_located_qcode (desk, qcode);
  keep_original (desk, node, qcode != NULL ? qcode : copydesk_desk_get_located (desk));
  return TRUE;
}

static gboolean
read_embargo (CopydeskDesk *desk,
              xmlNodePtr    node)
{
  g_autofree char *text = node_text (node);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;

  /* an empty embargoed means "until further notice": not a time the model holds */
  if (*text == '\0')
    return FALSE;
  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL)
    return FALSE;
  copydesk_desk_set_embargo (desk, time);
  return TRUE;
}

static gboolean
read_coded_state (CopydeskDesk *desk,
                  xmlNodePtr    node)
{
  g_autofree char *qcode = attr (node, "qcode");
  CopydeskPubStatus status;
  CopydeskSignal signal;

  if (g_str_equal ((const char *) node->name, "pubStatus"))
    {
      if (!copydesk_pub_status_from_qcode (qcode, &status))
        return FALSE;
      copydesk_desk_set_pub_status (desk, status);
      return TRUE;
    }
  if (!copydesk_signal_from_qcode (qcode, &signal) ||
      (copydesk_desk_get_signal (desk) != COPYDESK_SIGNAL_NONE &&
       copydesk_desk_get_signal (desk) != signal))
    return FALSE;
  copydesk_desk_set_signal (desk, signal);
  return TRUE;
}

static gboolean
read_priority (CopydeskDesk *desk,
               xmlNodePtr    node)
{
  g_autofree char *text = node_text (node);
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 9, &number, NULL))
    return FALSE;
  copydesk_desk_set_priority (desk, (guint) number);
  return TRUE;
}

/* On an item other than the article's: what the writer repeats there from
 * the article (its status, embargo and signal) is taken as said; anything
 * else, such as an agency photo's own embargo or signal, is the reader's to
 * keep. The article's own state must have been read first. */
static gboolean
read_other_item (CopydeskDesk *desk,
                 xmlNodePtr    node)
{
  const char *name = (const char *) node->name;
  g_autofree char *qcode = attr (node, "qcode");
  CopydeskPubStatus status;
  CopydeskSignal signal;

  if (g_str_equal (name, "embargoed"))
    {
      g_autofree char *text = node_text (node);
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, utc);
      GDateTime *embargo = copydesk_desk_get_embargo (desk);

      return time != NULL && embargo != NULL && g_date_time_equal (time, embargo);
    }
  if (g_str_equal (name, "pubStatus"))
    return copydesk_pub_status_from_qcode (qcode, &status);
  if (g_str_equal (name, "signal"))
    return copydesk_signal_from_qcode (qcode, &signal) &&
           signal == copydesk_desk_get_signal (desk);
  return FALSE;
}

gboolean
_copydesk_newsml_desk_read (CopydeskArticle *article,
                            xmlNodePtr       node,
                            gboolean         main)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  const char *parent;
  const char *name;

  g_return_val_if_fail (node != NULL, FALSE);

  if (!is_g2_element (node) || node->parent == NULL || node->parent->name == NULL)
    return FALSE;
  parent = (const char *) node->parent->name;
  name = (const char *) node->name;

  if (g_str_equal (parent, "header"))
    return g_str_equal (name, "priority") && read_priority (desk, node);
  if (g_str_equal (parent, "itemMeta") && !main)
    return read_other_item (desk, node);
  if (g_str_equal (parent, "itemMeta"))
    {
      if (g_str_equal (name, "embargoed"))
        return read_embargo (desk, node);
      if (g_str_equal (name, "pubStatus") || g_str_equal (name, "signal"))
        return read_coded_state (desk, node);
      return FALSE;
    }
  if (!g_str_equal (parent, "contentMeta") || !main)
    return FALSE;
  if (g_str_equal (name, "subject"))
    return read_subject (desk, node);
  if (g_str_equal (name, "genre"))
    return read_genre (desk, node);
  if (g_str_equal (name, "located"))
    return read_located (desk, node);
  return FALSE;
}
