/* copydesk-newsml-reader-parse.c: NewsML-G2 in, the bytes checked, then parsed safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the reader (see copydesk-newsml-reader.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-doc.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"

/* Agency files are kilobytes; a megabyte is a long feature. */
#define MAX_INPUT_SIZE (64 * 1024 * 1024)
/* NewsML-G2 itself is about eight levels deep; bodies add a few more. */
#define MAX_DEPTH      128
/* A long feature has a few thousand elements. Past 250,000 (a 10 MB
 * article), a file may hold one element per 64 bytes of it: Copydesk writes
 * one per 128 bytes or so, so its own files always pass, while a file of
 * empty elements that would make a tree many times its size does not. */
#define MAX_ELEMENTS   250000
#define BYTES_PER_ELEMENT 64

/* ------------------------------------------------------------ safe parsing */

guint
_copydesk_reader_max_elements (gsize len)
{
  return MAX (MAX_ELEMENTS, MIN (len, MAX_INPUT_SIZE) / BYTES_PER_ELEMENT);
}

typedef struct
{
  startElementNsSAX2Func  start;
  endElementNsSAX2Func    end;
  guint                   depth;
  guint                   elements;
  guint                   max_elements;
  gboolean                doctype;
  gboolean                too_deep;
  gboolean                too_many;
  int                     line;
} Guard;

static void
guard_internal_subset (void          *user_data,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  Guard *guard = ctxt->_private;

  guard->doctype = TRUE;
  guard->line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

static void
guard_start_element (void           *user_data,
                     const xmlChar  *localname,
                     const xmlChar  *prefix,
                     const xmlChar  *uri,
                     int             nb_namespaces,
                     const xmlChar **namespaces,
                     int             nb_attributes,
                     int             nb_defaulted,
                     const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = user_data;
  Guard *guard = ctxt->_private;

  guard->too_deep = ++guard->depth > MAX_DEPTH;
  guard->too_many = ++guard->elements > guard->max_elements;
  if (guard->too_deep || guard->too_many)
    {
      guard->line = xmlSAX2GetLineNumber (ctxt);
      xmlStopParser (ctxt);
      return;
    }
  guard->start (user_data, localname, prefix, uri, nb_namespaces, namespaces,
                nb_attributes, nb_defaulted, attributes);
}

static void
guard_end_element (void          *user_data,
                   const xmlChar *localname,
                   const xmlChar *prefix,
                   const xmlChar *uri)
{
  xmlParserCtxtPtr ctxt = user_data;
  Guard *guard = ctxt->_private;

  guard->depth--;
  guard->end (user_data, localname, prefix, uri);
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
    }
  return line;
}

/* What can be told from the bytes alone, before any parsing. */
static gboolean
check_bytes (const char  *data,
             gsize        len,
             GError     **error)
{
  const guchar *u = (const guchar *) data;
  const char *zero, *end = NULL;
  gsize i = 0;

  if (len > MAX_INPUT_SIZE)
    {
      g_autofree char *size = g_format_size_full (len, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (MAX_INPUT_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                   _("The file is %s; Copydesk opens NewsML-G2 files of up to %s"), size, limit);
      return FALSE;
    }
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i == len)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                           _("The file is empty"));
      return FALSE;
    }
  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
                   (u[0] == '<' && u[1] == 0) || (u[0] == 0 && u[1] == '<') ||
                   (u[0] == 0 && u[1] == 0)))
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8,
                           _("The file is in UTF-16 or UTF-32; Copydesk reads NewsML-G2 "
                             "files in UTF-8 only (convert it first, for example with iconv)"));
      return FALSE;
    }
  zero = memchr (data, 0, len);
  if (zero != NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                   _("Line %u: the file holds binary data (a zero byte at offset %lu), "
                     "so it is not an XML document"),
                   line_of_offset (data, zero - data), (unsigned long) (zero - data));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, len, &end))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8,
                   _("Line %u: the file is not valid UTF-8 text (bad byte at offset %lu); "
                     "Copydesk reads NewsML-G2 files in UTF-8 only"),
                   line_of_offset (data, end - data), (unsigned long) (end - data));
      return FALSE;
    }
  return TRUE;
}

static void
set_parse_error (xmlParserCtxtPtr   ctxt,
                 const Guard       *guard,
                 GError           **error)
{
  const xmlError *e = xmlCtxtGetLastError (ctxt);
  g_autofree char *detail = NULL;

  if (guard->doctype)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_UNSAFE,
                   _("Line %d: the file declares a document type (<!DOCTYPE>). NewsML-G2 "
                     "files have none, and Copydesk refuses them because they can read "
                     "other files or expand without limit"), guard->line);
      return;
    }
  if (guard->too_deep)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                   _("Line %d: elements are nested more than %d deep, far more than any "
                     "news file needs"), guard->line, MAX_DEPTH);
      return;
    }
  if (guard->too_many)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                   _("Line %d: the file holds more than %d elements, far more than any "
                     "news file needs"), guard->line, (int) guard->max_elements);
      return;
    }
  if (e == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                           _("The file holds no XML document"));
      return;
    }
  if (e->code == XML_ERR_DOCUMENT_EMPTY)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                   _("Line %d: the file is not XML (it does not open with an element)"), e->line);
      return;
    }

  detail = g_strstrip (g_strdup (e->message ? e->message : ""));
  if (e->code == XML_ERR_ENTITY_LOOP)
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_TOO_LARGE,
                 _("Line %d: the file expands beyond any reasonable size (%s)"), e->line, detail);
  else
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_MALFORMED,
                 _("Line %d: the file is not well-formed XML; it may be cut short or "
                   "damaged (%s)"), e->line, detail);
}

/* libxml2 2.9 initialises itself lazily, which two threads may race on. */
static void
ensure_libxml (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
}

static xmlDocPtr
parse_safely (const char  *data,
              gsize        len,
              GError     **error)
{
  /* no XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: see the top */
  const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  Guard guard = { 0 };

  ensure_libxml ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                           _("Out of memory while reading the NewsML-G2 file"));
      return NULL;
    }
  guard.max_elements = MAX (MAX_ELEMENTS, len / BYTES_PER_ELEMENT);
  guard.start = ctxt->sax->startElementNs;
  guard.end = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = guard_start_element;
  ctxt->sax->endElementNs = guard_end_element;
  ctxt->sax->internalSubset = guard_internal_subset;
  ctxt->_private = &guard;

  doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, NULL, options);
  if (doc == NULL || !ctxt->wellFormed || guard.doctype || guard.too_deep || guard.too_many ||
      xmlDocGetRootElement (doc) == NULL)
    {
      set_parse_error (ctxt, &guard, error);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc->encoding != NULL &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0 &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF8") != 0 &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "US-ASCII") != 0)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8,
                   _("The file says it is in the %s encoding; Copydesk reads NewsML-G2 "
                     "files in UTF-8 only (convert it first, for example with iconv)"),
                   (const char *) doc->encoding);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}


xmlDocPtr
parse_bytes (GBytes  *bytes,
             GError **error)
{
  const char *data;
  gsize len;

  data = g_bytes_get_data (bytes, &len);
  if (!check_bytes (data ? data : "", data ? len : 0, error))
    return NULL;
  return parse_safely (data, len, error);
}

/**
 * copydesk_newsml_read_story:
 * @bytes: the document
 * @base_dir: (nullable): the folder the document was read from, against
 *   which relative photo references are resolved; %NULL for the current folder
 * @index: which story of a message of several to read, from 0 (see
 *   copydesk_newsml_list_stories())
 * @warnings: (out) (optional) (element-type utf8) (transfer full): what the
 *   document held that the article cannot carry, one line each
 * @error: return location for an error
 *
 * Reads a NewsML-G2 newsMessage, newsItem or packageItem. A file written by
 * copydesk_newsml_write() comes back field for field. Fails with
 * %COPYDESK_ERROR_MALFORMED, %COPYDESK_ERROR_INVALID_UTF8,
 * %COPYDESK_ERROR_NOT_NEWSML (also for an @index past the last story),
 * %COPYDESK_ERROR_UNSAFE or %COPYDESK_ERROR_TOO_LARGE, with the line where
 * it went wrong.
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
