/* copydesk-newsml-check.c: built-in checks and schema validation of NewsML-G2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in checks need nothing but the bytes: encoding, characters XML
 * cannot carry, well-formedness, the parts every Copydesk file must have and
 * the XHTML elements a body may use. When a schema path is given, libxml2's
 * XSD validation runs as well. Parsed schemas are cached per path behind a
 * mutex; a parsed schema is only read while validating, so several worker
 * threads may validate against it at once.
 *
 * Nothing is ever fetched from the network: documents are parsed with
 * XML_PARSE_NONET and no entity substitution, and the first call installs an
 * entity loader that refuses remote URLs for the schema's own imports.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-check.h"
#include "copydesk-text.h"

#define DOCUMENT_NAME "newsml.xml"

typedef struct
{
  GPtrArray *problems;
  guint      n_errors;
} Report;

/* The elements the XHTML body profile allows (shared/newsml-g2/schema). */
static const char * const xhtml_elements[] = {
  "a", "abbr", "aside", "b", "blockquote", "body", "br", "cite", "em", "figcaption", "figure",
  "h2", "h3", "h4", "head", "hr", "html", "i", "img", "li", "meta", "ol", "p", "q", "span",
  "strong", "sub", "sup", "title", "ul",
};

static GMutex schema_lock;
static GHashTable *schema_cache; /* path -> xmlSchemaPtr, under schema_lock */
static xmlExternalEntityLoader next_loader;

/* ------------------------------------------------------------ problems */

void
copydesk_newsml_problem_free (CopydeskNewsmlProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

/**
 * copydesk_newsml_problem_to_string:
 * @problem: a problem
 *
 * Returns: (transfer full): the problem as one line, with its line number
 */
char *
copydesk_newsml_problem_to_string (const CopydeskNewsmlProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->line == 0)
    return g_strdup (problem->message);
  /* TRANSLATORS: a problem found in a NewsML-G2 file, e.g. "Line 12: …" */
  return g_strdup_printf (_("Line %u: %s"), problem->line, problem->message);
}

static gboolean
report_full (Report *report)
{
  return report->n_errors >= COPYDESK_NEWSML_CHECK_MAX_PROBLEMS;
}

static void
report_add (Report     *report,
            guint       line,
            gboolean    is_note,
            const char *message)
{
  CopydeskNewsmlProblem *problem;
  g_autofree char *clean = g_strstrip (g_strdup (message));

  if (!is_note && report_full (report))
    return;
  /* libxml2 tends to say the same thing twice about one place */
  for (guint i = 0; i < report->problems->len; i++)
    {
      CopydeskNewsmlProblem *seen = g_ptr_array_index (report->problems, i);

      if (seen->line == line && strcmp (seen->message, clean) == 0)
        return;
    }
  problem = g_new0 (CopydeskNewsmlProblem, 1);
  problem->line = line;
  problem->is_note = is_note;
  problem->message = g_steal_pointer (&clean);
  g_ptr_array_add (report->problems, problem);
  if (!is_note)
    report->n_errors++;
}

static void
report_node (Report     *report,
             xmlNodePtr  node,
             const char *message)
{
  long line = xmlGetLineNo (node);

  report_add (report, line > 0 ? (guint) line : 0, FALSE, message);
}

/* libxml2 names elements as {namespace}name; the namespace is noise here. */
static char *
drop_namespaces (const char *message)
{
  GString *out = g_string_new (NULL);

  for (const char *p = message; *p != '\0'; p++)
    {
      const char *close = NULL;

      if (*p == '{' && (close = strchr (p, '}')) != NULL)
        p = close;
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
report_xml_error (Report      *report,
                  xmlErrorPtr  err)
{
  g_autofree char *message = NULL;

  if (err == NULL || err->message == NULL)
    return;
  message = drop_namespaces (err->message);
  report_add (report, err->line > 0 ? (guint) err->line : 0, FALSE, message);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const CopydeskNewsmlProblem *pa = *(CopydeskNewsmlProblem * const *) a;
  const CopydeskNewsmlProblem *pb = *(CopydeskNewsmlProblem * const *) b;

  if (pa->is_note != pb->is_note)
    return pa->is_note ? -1 : 1;
  return (pa->line > pb->line) - (pa->line < pb->line);
}

/* ------------------------------------------------------------ characters */

static guint
count_lines (const char *data,
             const char *end)
{
  guint line = 1;

  for (const char *p = data; p < end && (p = memchr (p, '\n', end - p)) != NULL; p++)
    line++;
  return line;
}

static gboolean
check_characters (Report     *report,
                  const char *data,
                  gsize       length)
{
  const char *end = NULL;
  const char *p = data;
  const char *limit = data + length;
  guint line = 1;
  gboolean ok = TRUE;

  if (!g_utf8_validate_len (data, length, &end))
    {
      report_add (report, count_lines (data, end), FALSE,
                  _("The text is not valid UTF-8 (the file may be damaged or in another "
                    "encoding)"));
      return FALSE;
    }

  while (p < limit && !report_full (report))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        line++;
      else if (!copydesk_text_is_xml_char (c))
        {
          g_autofree char *msg = NULL;

          msg = g_strdup_printf (_("The character U+%04X is not allowed in a NewsML-G2 file"), c);
          report_add (report, line, FALSE, msg);
          ok = FALSE;
        }
      p = g_utf8_next_char (p);
    }
  return ok;
}

/* ------------------------------------------------------------ structure */

static gboolean
is_element (xmlNodePtr  node,
            const char *ns,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *) node->name, name) == 0 &&
         node->ns != NULL && strcmp ((const char *) node->ns->href, ns) == 0;
}

static xmlNodePtr
find_child (xmlNodePtr  parent,
            const char *ns,
            const char *name)
{
  for (xmlNodePtr child = parent ? parent->children : NULL; child != NULL; child = child->next)
    if (is_element (child, ns, name))
      return child;
  return NULL;
}

static gboolean
has_attr (xmlNodePtr  node,
          const char *name)
{
  g_autofree xmlChar *value = xmlGetProp (node, BAD_CAST name);

  return value != NULL && g_strstrip ((char *) value)[0] != '\0';
}

static void
require_child (Report     *report,
               xmlNodePtr  parent,
               const char *name)
{
  g_autofree char *msg = NULL;

  if (find_child (parent, COPYDESK_NEWSML_NS, name) != NULL)
    return;
  msg = g_strdup_printf (_("<%s> has no <%s>, which every NewsML-G2 item needs"),
                         (const char *) parent->name, name);
  report_node (report, parent, msg);
}

static gboolean
is_unsafe_link (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);

  g_strstrip (lower);
  return g_str_has_prefix (lower, "javascript:") || g_str_has_prefix (lower, "vbscript:") ||
         g_str_has_prefix (lower, "data:text/html");
}

static void
check_xhtml_attributes (Report     *report,
                        xmlNodePtr  node)
{
  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      g_autofree xmlChar *value = xmlNodeGetContent ((xmlNodePtr) attr);
      g_autofree char *msg = NULL;

      if (g_ascii_strncasecmp (name, "on", 2) == 0)
        msg = g_strdup_printf (_("The body may not carry scripts (attribute “%s” on <%s>)"),
                               name, (const char *) node->name);
      else if ((strcmp (name, "href") == 0 || strcmp (name, "src") == 0) && value != NULL &&
               is_unsafe_link ((const char *) value))
        msg = g_strdup_printf (_("The link in <%s> runs a script instead of opening a page"),
                               (const char *) node->name);
      if (msg != NULL)
        report_node (report, node, msg);
    }
}

static void
check_xhtml (Report     *report,
             xmlNodePtr  node)
{
  for (; node != NULL && !report_full (report); node = node->next)
    {
      g_autofree char *msg = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (node->ns == NULL || strcmp ((const char *) node->ns->href, COPYDESK_XHTML_NS) != 0)
        msg = g_strdup_printf (_("<%s> in the body is not XHTML"), (const char *) node->name);
      else if (!g_strv_contains (xhtml_elements, (const char *) node->name))
        msg = g_strdup_printf (_("<%s> is not allowed in the body of a story"),
                               (const char *) node->name);
      if (msg != NULL)
        {
          report_node (report, node, msg);
          continue;
        }
      check_xhtml_attributes (report, node);
      check_xhtml (report, node->children);
    }
}

static void
check_content_set (Report     *report,
                   xmlNodePtr  item)
{
  xmlNodePtr content_set = find_child (item, COPYDESK_NEWSML_NS, "contentSet");

  if (content_set == NULL)
    return;
  for (xmlNodePtr child = content_set->children; child != NULL; child = child->next)
    {
      if (is_element (child, COPYDESK_NEWSML_NS, "inlineXML"))
        {
          xmlNodePtr html = child->children;

          while (html != NULL && html->type != XML_ELEMENT_NODE)
            html = html->next;
          /* a NITF rendition of the same text, for receivers without XHTML */
          if (is_element (html, "http://iptc.org/std/NITF/2006-10-18/", "nitf"))
            continue;
          if (!is_element (html, COPYDESK_XHTML_NS, "html"))
            report_node (report, child, _("The story text is not an XHTML document"));
          check_xhtml (report, html);
        }
      else if (is_element (child, COPYDESK_NEWSML_NS, "remoteContent") &&
               !has_attr (child, "href"))
        report_node (report, child, _("A photo does not say where its file is (no href)"));
    }
}

static void
check_item (Report     *report,
            xmlNodePtr  item,
            GHashTable *guids)
{
  g_autofree xmlChar *guid = xmlGetProp (item, BAD_CAST "guid");
  xmlNodePtr item_meta = find_child (item, COPYDESK_NEWSML_NS, "itemMeta");

  if (guid == NULL || *guid == '\0')
    report_node (report, item, _("An item has no identifier (guid)"));
  else if (!g_hash_table_add (guids, g_strdup ((const char *) guid)))
    report_node (report, item, _("Two items share the same identifier (guid)"));
  if (!has_attr (item, "standard") || !has_attr (item, "standardversion"))
    report_node (report, item, _("An item does not say which NewsML-G2 version it follows"));
  require_child (report, item, "itemMeta");
  if (item_meta != NULL)
    require_child (report, item_meta, "itemClass");
  if (is_element (item, COPYDESK_NEWSML_NS, "newsItem"))
    {
      require_child (report, item, "contentMeta");
      require_child (report, item, "contentSet");
      check_content_set (report, item);
    }
  else
    require_child (report, item, "groupSet");
}

static void
check_structure (Report    *report,
                 xmlDocPtr  doc)
{
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr header, item_set;
  g_autoptr(GHashTable) guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_items = 0;

  if (doc->intSubset != NULL)
    report_node (report, (xmlNodePtr) doc->intSubset,
                 _("A NewsML-G2 file may not carry a document type declaration"));
  if (!is_element (root, COPYDESK_NEWSML_NS, "newsMessage"))
    {
      g_autofree char *msg = g_strdup_printf (_("This is not a NewsML-G2 news message: it "
                                                "starts with <%s>"),
                                              root ? (const char *) root->name : "");

      report_node (report, root, msg);
      return;
    }
  header = find_child (root, COPYDESK_NEWSML_NS, "header");
  item_set = find_child (root, COPYDESK_NEWSML_NS, "itemSet");
  require_child (report, root, "header");
  if (header != NULL)
    require_child (report, header, "sent");
  require_child (report, root, "itemSet");

  for (xmlNodePtr item = item_set ? item_set->children : NULL; item != NULL; item = item->next)
    {
      if (!is_element (item, COPYDESK_NEWSML_NS, "newsItem") &&
          !is_element (item, COPYDESK_NEWSML_NS, "packageItem"))
        continue;
      check_item (report, item, guids);
      n_items++;
    }
  if (item_set != NULL && n_items == 0)
    report_node (report, item_set, _("The message holds no story: its item set is empty"));
}

/* ------------------------------------------------------------ schema */

static xmlParserInputPtr
load_entity_locally (const char       *url,
                     const char       *id,
                     xmlParserCtxtPtr  ctxt)
{
  if (url != NULL && (g_ascii_strncasecmp (url, "http://", 7) == 0 ||
                      g_ascii_strncasecmp (url, "https://", 8) == 0 ||
                      g_ascii_strncasecmp (url, "ftp://", 6) == 0))
    return NULL; /* the caller reports that the import could not be loaded */
  return next_loader (url, id, ctxt);
}

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  next_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (load_entity_locally);
  return NULL;
}

static void
collect_schema_error (void        *user_data,
                      xmlErrorPtr  err)
{
  GString *messages = user_data;

  if (err != NULL && err->message != NULL && messages->len < 2000)
    g_string_append (messages, err->message);
}

/* Returns the cached schema for @path, parsing it on first use; NULL with
 * @error set when it cannot be used. Called with schema_lock held. */
static xmlSchemaPtr
get_schema_locked (const char  *path,
                   GError     **error)
{
  xmlSchemaParserCtxtPtr parser;
  xmlSchemaPtr schema;
  g_autoptr(GString) messages = g_string_new (NULL);

  if (schema_cache == NULL)
    schema_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  schema = g_hash_table_lookup (schema_cache, path);
  if (schema != NULL)
    return schema;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_SUPPORTED,
                   _("The NewsML-G2 schema “%s” was not found"), path);
      return NULL;
    }
  parser = xmlSchemaNewParserCtxt (path);
  if (parser == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                           _("Out of memory while loading the NewsML-G2 schema"));
      return NULL;
    }
  xmlSchemaSetParserStructuredErrors (parser, collect_schema_error, messages);
  schema = xmlSchemaParse (parser);
  xmlSchemaFreeParserCtxt (parser);
  if (schema == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("The NewsML-G2 schema “%s” could not be loaded: %s"), path,
                   g_strstrip (messages->str));
      return NULL;
    }
  g_hash_table_insert (schema_cache, g_strdup (path), schema);
  return schema;
}

static void
collect_validity_error (void        *user_data,
                        xmlErrorPtr  err)
{
  report_xml_error (user_data, err);
}

/* FALSE when the schema could not be used (a note says why). */
static gboolean
check_schema (Report     *report,
              xmlDocPtr   doc,
              const char *schema_path)
{
  g_autoptr(GError) error = NULL;
  xmlSchemaValidCtxtPtr ctxt;
  xmlSchemaPtr schema;

  g_mutex_lock (&schema_lock);
  schema = get_schema_locked (schema_path, &error);
  g_mutex_unlock (&schema_lock);
  if (schema == NULL)
    {
      g_autofree char *note = g_strdup_printf (_("%s. Only the built-in checks were run."),
                                               error->message);

      report_add (report, 0, TRUE, note);
      return FALSE;
    }

  ctxt = xmlSchemaNewValidCtxt (schema);
  if (ctxt == NULL)
    {
      report_add (report, 0, TRUE, _("Out of memory while validating against the schema"));
      return FALSE;
    }
  xmlSchemaSetValidStructuredErrors (ctxt, collect_validity_error, report);
  if (xmlSchemaValidateDoc (ctxt, doc) != 0 && report->n_errors == 0)
    report_add (report, 0, FALSE, _("The file does not follow the NewsML-G2 schema"));
  xmlSchemaFreeValidCtxt (ctxt);
  return TRUE;
}

/* ------------------------------------------------------------ entry point */

static xmlDocPtr
parse_document (Report     *report,
                const char *data,
                gsize       length,
                GError    **error)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  xmlDocPtr doc;

  if (ctxt == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                           _("Out of memory while checking the NewsML-G2 file"));
      return NULL;
    }
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, DOCUMENT_NAME, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA);
  if (doc == NULL || !ctxt->wellFormed)
    {
      report_xml_error (report, xmlCtxtGetLastError (ctxt));
      if (report->n_errors == 0)
        report_add (report, 0, FALSE, _("The file is not well-formed XML"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

/**
 * copydesk_newsml_check:
 * @xml: the document
 * @schema_path: (nullable): the NewsML-G2 XSD to validate against as well
 * @problems: (out) (optional) (element-type CopydeskNewsmlProblem): the first
 *   problems found (at most %COPYDESK_NEWSML_CHECK_MAX_PROBLEMS, plus notes),
 *   ordered by line, notes first
 * @error: return location for an error
 *
 * Checks @xml without the network. Safe to call from any thread.
 *
 * Returns: the verdict; %COPYDESK_NEWSML_CHECK_FAILED with @error set only
 *   when the check could not run at all
 */
CopydeskNewsmlCheck
copydesk_newsml_check (GBytes      *xml,
                       const char  *schema_path,
                       GPtrArray  **problems,
                       GError     **error)
{
  static GOnce once = G_ONCE_INIT;
  Report report = { NULL, 0 };
  gboolean schema_used = FALSE;
  xmlDocPtr doc;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (xml != NULL, COPYDESK_NEWSML_CHECK_FAILED);
  g_return_val_if_fail (error == NULL || *error == NULL, COPYDESK_NEWSML_CHECK_FAILED);

  g_once (&once, init_libxml, NULL);
  report.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_newsml_problem_free);
  data = g_bytes_get_data (xml, &length);

  if (length == 0)
    report_add (&report, 0, FALSE, _("The file is empty"));
  else if (length > G_MAXINT)
    report_add (&report, 0, FALSE, _("The file is too large to be a news story"));
  else if (check_characters (&report, data, length))
    {
      doc = parse_document (&report, data, length, error);
      if (doc == NULL && report.n_errors == 0)
        {
          g_ptr_array_unref (report.problems);
          return COPYDESK_NEWSML_CHECK_FAILED;
        }
      if (doc != NULL)
        {
          check_structure (&report, doc);
          if (schema_path != NULL && *schema_path != '\0')
            schema_used = check_schema (&report, doc, schema_path);
          xmlFreeDoc (doc);
        }
    }

  g_ptr_array_sort (report.problems, compare_problems);
  if (problems != NULL)
    *problems = g_steal_pointer (&report.problems);
  else
    g_ptr_array_unref (report.problems);

  if (report.n_errors > 0)
    return COPYDESK_NEWSML_CHECK_INVALID;
  return schema_used ? COPYDESK_NEWSML_CHECK_VALID : COPYDESK_NEWSML_CHECK_VALID_BUILTIN;
}
