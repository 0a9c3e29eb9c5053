/* copydesk-newsml-reader.c: NewsML-G2 in, one article out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads what copydesk-newsml-writer.c writes, field for field, and what news
 * agencies send: a newsMessage, a lone newsItem (text or picture) or a
 * packageItem. The body is read by copydesk-newsml-reader-body.c.
 *
 * Safety first: the bytes are checked (size, encoding, binary data) before
 * libxml2 sees them, and libxml2 parses from memory with no network, no
 * entity substitution, no DTD loading and no XInclude. A document type
 * declaration is refused outright the moment the parser meets it, which
 * stops external entities, external DTDs and entity bombs before any of them
 * is expanded; nesting is capped by a depth counter on the SAX callbacks.
 *
 * What the model cannot hold is reported, one readable line each, in the
 * warnings array: nothing is dropped silently.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-private.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"

/* Agency files are kilobytes; a megabyte is a long feature. */
#define MAX_INPUT_SIZE (64 * 1024 * 1024)
/* NewsML-G2 itself is about eight levels deep; bodies add a few more. */
#define MAX_DEPTH      128
/* A long feature has a few thousand elements; this is a 10 MB article. */
#define MAX_ELEMENTS   250000
/* A gallery of a hundred photos is a big one. Only foreign files are held
 * to it: a file Copydesk wrote is read back whole, whatever it holds (the
 * article's photo index keeps adding photos linear). */
#define MAX_PHOTOS     COPYDESK_READER_MAX_PHOTOS
/* Past this, one line says how many more there were. */
#define MAX_WARNINGS   500

/* ------------------------------------------------------------ node helpers */

gboolean
_copydesk_reader_is (xmlNodePtr  node,
                     const char *ns,
                     const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, ns) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

/* By local name alone: bodies come in and out of namespaces. */
gboolean
_copydesk_reader_is_local (xmlNodePtr  node,
                           const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
is_g2 (xmlNodePtr  node,
       const char *name)
{
  return _copydesk_reader_is (node, COPYDESK_NEWSML_NS, name);
}

/* An attribute without a namespace, or %NULL. */
char *
_copydesk_reader_attr (xmlNodePtr  node,
                       const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
attr_is (xmlNodePtr  node,
         const char *name,
         const char *expected)
{
  g_autofree char *value = _copydesk_reader_attr (node, name);

  return g_strcmp0 (value, expected) == 0;
}

static gboolean
attr_has_suffix (xmlNodePtr  node,
                 const char *name,
                 const char *suffix)
{
  g_autofree char *value = _copydesk_reader_attr (node, name);

  return value != NULL && g_str_has_suffix (value, suffix);
}

static char *
raw_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

/* The text of an element. Our own files keep their line breaks, trimmed at
 * both ends as the writer trims them (a hand-edited file then reads as the
 * writer would write it); agency copy is indented and wrapped at random, so
 * its white space is collapsed. */
char *
_copydesk_reader_text (Reader     *r,
                       xmlNodePtr  node)
{
  g_autofree char *text = raw_text (node);

  if (r->ours)
    return g_strdup (g_strstrip (text));
  return copydesk_text_collapse_whitespace (text);
}

static char *
single_line (xmlNodePtr node)
{
  g_autofree char *text = raw_text (node);

  return copydesk_text_collapse_whitespace (text);
}

void
_copydesk_reader_warn (Reader     *r,
                       const char *format,
                       ...)
{
  va_list args;
  char *line;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  /* a package often repeats its items' metadata: one line is enough */
  if (g_hash_table_contains (r->seen_warnings, line))
    g_free (line);
  else if (r->warnings->len >= MAX_WARNINGS)
    {
      r->more_warnings++;
      g_free (line);
    }
  else
    {
      g_ptr_array_add (r->warnings, line);
      g_hash_table_add (r->seen_warnings, line);
    }
}

static xmlNodePtr
first_child (xmlNodePtr  node,
             const char *name)
{
  for (xmlNodePtr child = node ? node->children : NULL; child != NULL; child = child->next)
    {
      if (is_g2 (child, name))
        return child;
    }
  return NULL;
}

/* "subject medtop:20000523 “labour market”": what a warning shows of an
 * element: its name, its code and its name or text, shortened. */
char *
_copydesk_reader_describe (xmlNodePtr node)
{
  static const char * const id_attrs[] = { "qcode", "literal", "uri", "href", "tag", "type", "id" };
  GString *out = g_string_new ((const char *) node->name);
  xmlNodePtr name = first_child (node, "name");
  g_autofree char *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (id_attrs); i++)
    {
      g_autofree char *value = _copydesk_reader_attr (node, id_attrs[i]);

      if (value != NULL && *value != '\0')
        {
          g_autofree char *line = copydesk_text_collapse_whitespace (value);

          g_string_append_printf (out, " %s", line);
          break;
        }
    }

  label = single_line (name ? name : node);
  if (g_utf8_strlen (label, -1) > 80)
    {
      char *cut = g_utf8_offset_to_pointer (label, 79);

      *cut = '\0';
      g_string_append_printf (out, " “%s…”", label);
    }
  else if (*label != '\0')
    g_string_append_printf (out, " “%s”", label);
  return g_string_free (out, FALSE);
}

static void
warn_not_kept (Reader     *r,
               const char *context,
               xmlNodePtr  node)
{
  g_autofree char *what = _copydesk_reader_describe (node);

  if (context != NULL)
    /* TRANSLATORS: "photo-1: subject medtop:20000523 “labour market” (not kept)" */
    _copydesk_reader_warn (r, _("%s: %s (not kept)"), context, what);
  else
    /* TRANSLATORS: "subject medtop:20000523 “labour market” (not kept)" */
    _copydesk_reader_warn (r, _("%s (not kept)"), what);
}

/* An element the model does not edit: kept whole for the writer when the
 * item is being kept and the schema has a place for it, listed otherwise. */
static void
keep_or_warn (Reader     *r,
              const char *part,
              const char *context,
              xmlNodePtr  node)
{
  if (r->kept != NULL && _copydesk_kept_add (r->kept, part, node))
    return;
  warn_not_kept (r, context, node);
}

/* "caption" for drol:caption, descRole:caption, MWdrole:caption or a roleuri
 * ending in /caption: agencies give IPTC's codes their own aliases, so a role
 * is known by its code. "" for none. */
static char *
role_code (xmlNodePtr node)
{
  g_autofree char *role = _copydesk_reader_attr (node, "role");
  const char *cut;

  if (role == NULL)
    role = _copydesk_reader_attr (node, "roleuri");
  if (role == NULL)
    return g_strdup ("");
  g_strstrip (role);
  cut = strrchr (role, ':');
  if (cut == NULL || strrchr (role, '/') > cut)
    cut = strrchr (role, '/');
  return g_ascii_strdown (cut ? cut + 1 : role, -1);
}

static gboolean
code_is (const char         *code,
         const char * const *codes)
{
  return g_strv_contains (codes, code);
}

static const char * const summary_codes[] = {
  "", "summary", "teaser", "abstract", "intro", "lead", "lede", "standfirst", "ingress",
  "description", NULL
};
static const char * const caption_codes[] = { "", "caption", NULL };
static const char * const main_headline_codes[] = {
  "", "main", "title", "headline", "hl1", "head", "mainheadline", NULL
};
static const char * const sub_headline_codes[] = {
  "sub", "subtitle", "subheadline", "subhead", "hl2", "dek", "deck", "subtitle1", "kicker",
  "overline", "underline", NULL
};

static GDateTime *
parse_time (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  return g_date_time_new_from_iso8601 (trimmed, utc);
}

static gboolean
parse_uint (const char *text,
            guint64     max,
            guint64    *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return g_ascii_string_to_unsigned (trimmed, 10, 0, max, out, NULL);
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  return g_date_time_equal (a, b) &&
         g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

/* ------------------------------------------------------------ photos */

CopydeskPhoto *
_copydesk_reader_find_photo_by_guid (Reader     *r,
                                     const char *guid)
{
  return guid != NULL ? g_hash_table_lookup (r->photo_guids, guid) : NULL;
}

/* A photo added to the article under @id, or under the first free
 * "photo-N" when @id is %NULL, taken or malformed; %NULL past the limit. */
CopydeskPhoto *
_copydesk_reader_new_photo (Reader     *r,
                            const char *id,
                            const char *guid)
{
  g_autoptr(CopydeskPhoto) photo = NULL;
  g_autofree char *free_id = NULL;

  if (!r->ours && g_hash_table_size (r->photo_ids) >= MAX_PHOTOS)
    {
      const char *what = guid && *guid ? guid : id ? id : "";

      r->too_many_photos = TRUE;
      if (r->not_read == NULL)
        r->not_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      /* a photo is met as an item, in the package and in the body: once */
      if (!g_hash_table_add (r->not_read, g_strdup (what)))
        return NULL;
      if (r->photos_not_read++ == 0)
        r->first_not_read = g_strdup (what);
      g_free (r->last_not_read);
      r->last_not_read = g_strdup (what);
      return NULL;
    }
  if (id == NULL || !copydesk_photo_id_is_valid (id) || g_hash_table_contains (r->photo_ids, id))
    {
      do
        {
          g_free (free_id);
          free_id = g_strdup_printf ("photo-%u", ++r->next_photo);
        }
      while (g_hash_table_contains (r->photo_ids, free_id));
      id = free_id;
    }

  photo = copydesk_photo_new (id);
  /* a guid names one photo: a second photo under it gets a new one, or
   * its placements would show the first */
  if (guid != NULL && *guid != '\0' && g_hash_table_contains (r->photo_guids, guid))
    {
      /* TRANSLATORS: "two photos have the guid urn:…; the second gets a new one" */
      _copydesk_reader_warn (r, _("two photos have the guid %s; the second gets a new one"), guid);
      guid = NULL;
    }
  /* an empty guid is kept only where Copydesk wrote it */
  if (guid != NULL && (*guid != '\0' || r->ours))
    copydesk_photo_set_guid (photo, guid);
  g_hash_table_add (r->photo_ids, g_strdup (id));
  if (!g_hash_table_contains (r->photo_guids, copydesk_photo_get_guid (photo)))
    g_hash_table_insert (r->photo_guids, g_strdup (copydesk_photo_get_guid (photo)), photo);
  copydesk_article_add_photo (r->article, photo);
  return photo;
}

/* A local file for a relative reference or a file: URI; %NULL (with a
 * warning) for anything on a server. */
GFile *
_copydesk_reader_resolve_href (Reader     *r,
                               const char *href)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;

  if (href == NULL || *href == '\0')
    return NULL;

  scheme = g_uri_parse_scheme (href);
  if (scheme != NULL)
    {
      if (g_ascii_strcasecmp (scheme, "file") == 0)
        {
          path = g_filename_from_uri (href, NULL, NULL);
          if (path != NULL)
            return g_file_new_for_path (path);
        }
      _copydesk_reader_warn (r, _("photo file %s is not a local file (not kept)"), href);
      return NULL;
    }

  path = g_uri_unescape_string (href, NULL);
  if (path == NULL || *path == '\0')
    {
      _copydesk_reader_warn (r, _("photo file %s is not a usable file name (not kept)"), href);
      return NULL;
    }
  if (g_path_is_absolute (path) || r->base_dir == NULL)
    return g_file_new_for_path (path);
  return g_file_resolve_relative_path (r->base_dir, path);
}

/* ------------------------------------------------------------ safe parsing */

typedef struct
{
  startElementNsSAX2Func  start;
  endElementNsSAX2Func    end;
  guint                   depth;
  guint                   elements;
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
  guard->too_many = ++guard->elements > MAX_ELEMENTS;
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
                     "news file needs"), guard->line, MAX_ELEMENTS);
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

/* ------------------------------------------------------------ reading items */

typedef struct
{
  Reader      r;
  xmlNodePtr  text;
  GPtrArray  *pictures;
  GPtrArray  *packages;
  GPtrArray  *keywords;
  GPtrArray  *contributors;
  GString    *ed_note;
  GHashTable *seen_notes;
  gboolean    have_created;
  gboolean    have_modified;
  gboolean    have_standfirst;
  /* the input, for a guid of its own when it names none */
  GBytes       *bytes;
  gboolean      have_guid;
  /* what the article's items hold that the model does not edit */
  CopydeskKept *article_kept;
  /* the story to read (0 for the first text item) and how many there are */
  guint       story;
  guint       n_stories;
  GPtrArray  *story_titles;   /* (element-type utf8), when listing */
} Doc;

static void
doc_clear (Doc *d)
{
  g_clear_object (&d->r.article);
  g_clear_pointer (&d->r.warnings, g_ptr_array_unref);
  g_clear_pointer (&d->r.subheadline, g_free);
  g_clear_pointer (&d->pictures, g_ptr_array_unref);
  g_clear_pointer (&d->packages, g_ptr_array_unref);
  g_clear_pointer (&d->keywords, g_ptr_array_unref);
  g_clear_pointer (&d->contributors, g_ptr_array_unref);
  if (d->ed_note != NULL)
    g_string_free (d->ed_note, TRUE);
  d->ed_note = NULL;
  g_clear_pointer (&d->seen_notes, g_hash_table_unref);
  g_clear_pointer (&d->r.seen_warnings, g_hash_table_unref);
  g_clear_pointer (&d->r.photo_guids, g_hash_table_unref);
  g_clear_pointer (&d->r.photo_ids, g_hash_table_unref);
  if (d->r.kept != d->article_kept)
    g_clear_pointer (&d->r.kept, _copydesk_kept_free);
  g_clear_pointer (&d->article_kept, _copydesk_kept_free);
  d->r.kept = NULL;
  g_clear_pointer (&d->story_titles, g_ptr_array_unref);
  g_clear_pointer (&d->r.not_read, g_hash_table_unref);
  g_clear_pointer (&d->r.first_not_read, g_free);
  g_clear_pointer (&d->r.last_not_read, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Doc, doc_clear)

/* "text", "picture", "composite", …: the ninat code of an item (or of an
 * itemRef), from its QCode or its URI. */
static char *
item_class (xmlNodePtr item)
{
  xmlNodePtr meta = first_child (item, "itemMeta");
  xmlNodePtr klass = first_child (meta ? meta : item, "itemClass");
  g_autofree char *code = NULL;
  const char *cut;

  if (klass == NULL)
    return g_strdup ("");
  code = _copydesk_reader_attr (klass, "qcode");
  if (code != NULL)
    cut = strrchr (code, ':');
  else
    {
      code = _copydesk_reader_attr (klass, "uri");
      if (code == NULL)
        return g_strdup ("");
      cut = strrchr (code, '/');
    }
  return g_strstrip (g_strdup (cut ? cut + 1 : code));
}

static void
sort_item (Doc        *d,
           xmlNodePtr  item)
{
  g_autofree char *klass = NULL;
  g_autofree char *guid = NULL;

  if (is_g2 (item, "packageItem"))
    {
      g_ptr_array_add (d->packages, item);
      return;
    }
  if (!is_g2 (item, "newsItem"))
    {
      if (item->type == XML_ELEMENT_NODE)
        warn_not_kept (&d->r, NULL, item);
      return;
    }

  klass = item_class (item);
  guid = _copydesk_reader_attr (item, "guid");
  if (g_str_equal (klass, "picture") || g_str_equal (klass, "graphic"))
    g_ptr_array_add (d->pictures, item);
  else if (g_str_equal (klass, "text") || *klass == '\0')
    {
      xmlNodePtr headline = first_child (first_child (item, "contentMeta"), "headline");
      g_autofree char *title = headline ? single_line (headline) : g_strdup ("");

      if (d->story_titles != NULL)
        g_ptr_array_add (d->story_titles, g_strdup (*title ? title : guid ? guid : ""));
      if (d->n_stories++ == d->story)
        d->text = item;
      else
        /* TRANSLATORS: "story 2 of the message, urn:… “Headline”, is opened on its own" */
        _copydesk_reader_warn (&d->r, _("story %u of the message, %s “%s”, is opened on its own "
                                        "(copydesk-convert --item %u)"),
                               d->n_stories, guid ? guid : "", title, d->n_stories);
    }
  else
    {
      xmlNodePtr headline = first_child (first_child (item, "contentMeta"), "headline");
      g_autofree char *title = headline ? single_line (headline) : g_strdup ("");

      /* TRANSLATORS: "a further video item urn:… “Headline” (not read)" */
      _copydesk_reader_warn (&d->r, _("a further %s item %s “%s” (not read)"),
                             klass, guid ? guid : "", title);
    }
}

/* %FALSE for a content time that differs from the item's: kept as it is. */
static gboolean
set_time (Doc        *d,
          xmlNodePtr  node,
          gboolean    created)
{
  g_autofree char *text = raw_text (node);
  g_autoptr(GDateTime) time = parse_time (text);
  gboolean *have = created ? &d->have_created : &d->have_modified;
  GDateTime *current = created ? copydesk_article_get_created (d->r.article)
                               : copydesk_article_get_modified (d->r.article);

  if (time == NULL)
    {
      g_autofree char *what = _copydesk_reader_describe (node);

      /* TRANSLATORS: "firstCreated “yesterday” is not a date and time (not kept)" */
      _copydesk_reader_warn (&d->r, _("%s is not a date and time (not kept)"), what);
      return TRUE;
    }
  if (!*have)
    {
      if (created)
        copydesk_article_set_created (d->r.article, time);
      else
        copydesk_article_set_modified (d->r.article, time);
      *have = TRUE;
    }
  else if (!same_time (current, time))
    {
      /* the content's creation is a fact of its own; its modification is
       * this version's, which Copydesk writes */
      if (created && is_g2 (node, "contentCreated") && d->r.kept != NULL)
        return FALSE;
      if (is_g2 (node, "contentModified"))
        {
          g_autofree char *what = _copydesk_reader_describe (node);

          _copydesk_reader_warn (&d->r, _("%s (not kept: Copydesk writes the time of the "
                                          "version)"), what);
        }
      else
        warn_not_kept (&d->r, NULL, node);
    }
  return TRUE;
}

static void
add_ed_note (Doc        *d,
             xmlNodePtr  node)
{
  g_autofree char *text = _copydesk_reader_text (&d->r, node);

  if (*text == '\0' || g_hash_table_contains (d->seen_notes, text))
    return;
  g_hash_table_add (d->seen_notes, g_strdup (text));
  if (d->ed_note->len > 0)
    g_string_append (d->ed_note, "\n\n");
  g_string_append (d->ed_note, text);
}

static char *
provider_name (xmlNodePtr node)
{
  static const char * const attrs[] = { "literal", "qcode", "uri" };
  xmlNodePtr name = first_child (node, "name");

  if (name != NULL)
    return single_line (name);
  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      g_autofree char *value = _copydesk_reader_attr (node, attrs[i]);

      if (value != NULL)
        return copydesk_text_collapse_whitespace (value);
    }
  return g_strdup ("");
}

/* The provider names the article's; on any other item, a different one is
 * news. */
static void
read_provider (Doc        *d,
               xmlNodePtr  node,
               gboolean    main,
               const char *context)
{
  g_autofree char *name = provider_name (node);

  /* the writer's stand-in for "no provider" */
  if (d->r.ours && g_str_equal (name, "Copydesk"))
    g_clear_pointer (&name, g_free);
  if (main)
    copydesk_article_set_provider (d->r.article, name);
  else if (g_strcmp0 (name ? name : "", copydesk_article_get_provider (d->r.article)) != 0)
    warn_not_kept (&d->r, context, node);
}

/* The writer's own generator element. */
static gboolean
is_copydesk (xmlNodePtr generator)
{
  g_autofree char *name = single_line (generator);

  return g_str_equal (name, "Copydesk");
}

/* itemMeta. @main: the item the article is made from. */
static void
read_item_meta (Doc           *d,
                xmlNodePtr     meta,
                gboolean       main,
                const char    *context,
                CopydeskPhoto *photo)
{
  for (xmlNodePtr child = meta ? meta->children : NULL; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_g2 (child, "itemClass") ||
          _copydesk_newsml_desk_read (d->r.article, child, main))
        continue;

      if (is_g2 (child, "provider"))
        read_provider (d, child, main, context);
      else if (is_g2 (child, "versionCreated") || is_g2 (child, "firstCreated"))
        {
          if (main)
            set_time (d, child, is_g2 (child, "firstCreated"));
        }
      else if (is_g2 (child, "pubStatus"))
        {
          if (!attr_is (child, "qcode", "stat:usable"))
            warn_not_kept (&d->r, context, child);
        }
      else if (is_g2 (child, "generator") && d->r.ours && is_copydesk (child))
        continue;
      else if (is_g2 (child, "edNote"))
        add_ed_note (d, child);
      else if (is_g2 (child, "fileName") && photo != NULL && copydesk_photo_get_file (photo) != NULL)
        {
          /* the writer repeats the file's name here; another name is news */
          g_autofree char *name = single_line (child);
          g_autofree char *basename = g_file_get_basename (copydesk_photo_get_file (photo));

          if (!g_str_equal (name, basename))
            warn_not_kept (&d->r, context, child);
        }
      else if (is_g2 (child, "generator") || !_copydesk_kept_is_owned ("itemMeta", (const char *) child->name))
        keep_or_warn (&d->r, "itemMeta", context, child);
      else
        warn_not_kept (&d->r, context, child);
    }
}

/* A person's code or link says who they are beyond the name: not kept, so
 * said. */
static void
warn_identity (Doc        *d,
               const char *context,
               const char *name,
               xmlNodePtr  node)
{
  static const char * const attrs[] = { "qcode", "uri", "jobtitle" };

  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      g_autofree char *value = _copydesk_reader_attr (node, attrs[i]);

      if (value == NULL)
        continue;
      if (context != NULL)
        /* TRANSLATORS: "photo-1: “John Smith”: qcode pers:JS001 (not kept)" */
        _copydesk_reader_warn (&d->r, _("%s: “%s”: %s %s (not kept)"), context, name, attrs[i],
                               value);
      else
        /* TRANSLATORS: "“Meredith Jameson”: uri http://… (not kept)" */
        _copydesk_reader_warn (&d->r, _("“%s”: %s %s (not kept)"), name, attrs[i], value);
    }
}

static void
read_creator (Doc        *d,
              xmlNodePtr  node)
{
  g_autoptr(CopydeskAuthor) author = NULL;
  g_autofree char *name = NULL;
  g_autofree char *job = NULL;
  g_autoptr(GString) bio = g_string_new (NULL);

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_g2 (child, "name") && name == NULL)
        name = single_line (child);
      else if (is_g2 (child, "note") && attr_is (child, "role", COPYDESK_SCHEME_ALIAS ":jobtitle") &&
               job == NULL)
        job = _copydesk_reader_text (&d->r, child);
      else if (is_g2 (child, "related") && job == NULL && attr_has_suffix (child, "rel", ":jobtitle") &&
               first_child (child, "name") != NULL)
        job = single_line (first_child (child, "name"));
      else if ((is_g2 (child, "note") || is_g2 (child, "definition")) &&
               !xmlHasProp (child, BAD_CAST "role"))
        {
          g_autofree char *text = _copydesk_reader_text (&d->r, child);

          if (bio->len > 0 && *text != '\0')
            g_string_append (bio, "\n\n");
          g_string_append (bio, text);
        }
      else
        warn_not_kept (&d->r, NULL, child);
    }

  if (name == NULL)
    {
      name = _copydesk_reader_attr (node, "literal");
      if (name == NULL && job == NULL && bio->len == 0)
        {
          warn_not_kept (&d->r, NULL, node);
          return;
        }
    }
  warn_identity (d, NULL, name, node);
  author = copydesk_author_new (name);
  copydesk_author_set_job_title (author, job);
  copydesk_author_set_bio (author, bio->str);
  copydesk_article_add_author (d->r.article, author);
}

/* A contributor the article lists by name; %FALSE for one who is more than
 * a name (a role of the agency's, a code, details), kept whole instead. */
static gboolean
read_contributor (Doc        *d,
                  xmlNodePtr  node)
{
  g_autofree char *role = _copydesk_reader_attr (node, "role");
  xmlNodePtr name_node = first_child (node, "name");
  g_autofree char *name = name_node ? single_line (name_node) : NULL;
  gboolean more = FALSE;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    more |= child->type == XML_ELEMENT_NODE && child != name_node;
  if (d->r.kept != NULL && (more || xmlHasProp (node, BAD_CAST "qcode") ||
                            xmlHasProp (node, BAD_CAST "uri") ||
                            (role != NULL && !g_str_equal (role, COPYDESK_SCHEME_ALIAS ":reporting"))))
    return FALSE;
  if (name == NULL || *name == '\0')
    {
      warn_not_kept (&d->r, NULL, node);
      return TRUE;
    }
  g_ptr_array_add (d->contributors, g_strdup (name));
  warn_identity (d, NULL, name, node);
  if (role != NULL && !g_str_equal (role, COPYDESK_SCHEME_ALIAS ":reporting"))
    _copydesk_reader_warn (&d->r, _("contributor “%s”: role %s (not kept)"), name, role);
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && child != name_node)
        {
          g_autofree char *what = _copydesk_reader_describe (child);

          _copydesk_reader_warn (&d->r, _("contributor “%s”: %s (not kept)"), name, what);
        }
    }
  return TRUE;
}

static void
read_language (Doc        *d,
               const char *tag,
               xmlNodePtr  node)
{
  g_autofree char *normal = copydesk_language_tag_normalize (tag);

  if (copydesk_language_tag_is_valid (normal))
    copydesk_article_set_language (d->r.article, normal);
  else if (node != NULL)
    warn_not_kept (&d->r, NULL, node);
}

/* The main headline is the first one without a role or with a main role
 * (hlrole:main, apahltype:title, …); one with a sub role is the
 * sub-headline. %FALSE for a headline the article has no place for. */
static gboolean
read_headline (Doc        *d,
               xmlNodePtr  node)
{
  g_autofree char *text = _copydesk_reader_text (&d->r, node);
  g_autofree char *code = role_code (node);
  const char *headline = copydesk_article_get_headline (d->r.article);

  if (*text == '\0' || g_str_equal (text, headline) ||
      g_strcmp0 (text, d->r.subheadline) == 0)
    return TRUE;
  if (code_is (code, main_headline_codes) && *headline == '\0')
    copydesk_article_set_headline (d->r.article, text);
  else if (d->r.subheadline == NULL &&
           (*headline != '\0' || code_is (code, sub_headline_codes)))
    d->r.subheadline = g_steal_pointer (&text);
  else
    return FALSE;
  return TRUE;
}

/* When every headline has a sub role, the first is the headline. */
static void
settle_headline (Doc *d)
{
  if (*copydesk_article_get_headline (d->r.article) != '\0' || d->r.subheadline == NULL)
    return;
  copydesk_article_set_headline (d->r.article, d->r.subheadline);
  g_clear_pointer (&d->r.subheadline, g_free);
}

/* One child of the contentMeta the article is made from; %FALSE when the
 * article has no place for it. */
static gboolean
read_article_field (Doc        *d,
                xmlNodePtr  child)
{
  CopydeskArticle *a = d->r.article;
  g_autofree char *code = role_code (child);
  guint64 number;

  if (is_g2 (child, "urgency"))
    {
      g_autofree char *text = raw_text (child);

      if (parse_uint (text, 9, &number) && number >= 1)
        copydesk_article_set_urgency (a, (guint) number);
      else
        warn_not_kept (&d->r, NULL, child);
    }
  else if (is_g2 (child, "contentCreated") || is_g2 (child, "contentModified"))
    return set_time (d, child, is_g2 (child, "contentCreated"));
  else if (is_g2 (child, "creator"))
    read_creator (d, child);
  else if (is_g2 (child, "contributor"))
    return read_contributor (d, child);
  else if (is_g2 (child, "language"))
    {
      g_autofree char *tag = _copydesk_reader_attr (child, "tag");

      read_language (d, tag, child);
    }
  else if (is_g2 (child, "keyword"))
    {
      g_autofree char *keyword = single_line (child);
      g_autofree char *role = _copydesk_reader_attr (child, "role");

      if (role != NULL && *keyword != '\0')
        /* TRANSLATORS: "keyword “KLNT”: role mwkw:ticker (not kept: keywords are words alone)" */
        _copydesk_reader_warn (&d->r, _("keyword “%s”: role %s (not kept: keywords are words "
                                        "alone)"), keyword, role);
      if (*keyword != '\0')
        g_ptr_array_add (d->keywords, g_steal_pointer (&keyword));
    }
  else if (is_g2 (child, "slugline") && *copydesk_article_get_slugline (a) == '\0')
    {
      g_autofree char *text = single_line (child);

      copydesk_article_set_slugline (a, text);
    }
  else if (is_g2 (child, "headline"))
    return read_headline (d, child);
  else if (is_g2 (child, "dateline") && *copydesk_article_get_dateline (a) == '\0')
    {
      g_autofree char *text = _copydesk_reader_text (&d->r, child);

      copydesk_article_set_dateline (a, text);
    }
  else if (is_g2 (child, "by") && *copydesk_article_get_byline (a) == '\0')
    {
      g_autofree char *text = _copydesk_reader_text (&d->r, child);

      copydesk_article_set_byline (a, text);
    }
  else if (is_g2 (child, "creditline") && *copydesk_article_get_creditline (a) == '\0')
    {
      g_autofree char *text = single_line (child);

      copydesk_article_set_creditline (a, text);
    }
  else if (is_g2 (child, "description") && code_is (code, summary_codes) && !d->have_standfirst)
    {
      g_autofree char *text = _copydesk_reader_text (&d->r, child);

      copydesk_article_set_standfirst (a, text);
      d->have_standfirst = TRUE;
    }
  else
    return FALSE;
  return TRUE;
}

/* contentMeta of the text item (or the package or picture the article is
 * made from). */
static void
read_content_meta (Doc        *d,
                   xmlNodePtr  meta)
{
  for (xmlNodePtr child = meta ? meta->children : NULL; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      /* what the desk's metadata takes is the model's, not kept as XML */
      if (_copydesk_newsml_desk_read (d->r.article, child, TRUE))
        continue;
      if (!_copydesk_kept_is_owned ("contentMeta", (const char *) child->name) ||
          !read_article_field (d, child))
        keep_or_warn (&d->r, "contentMeta", NULL, child);
    }
}

static void
warn_rights (Doc        *d,
             xmlNodePtr  rights,
             const char *context)
{
  for (xmlNodePtr child = rights->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE)
        warn_not_kept (&d->r, context, child);
    }
}

static gboolean
is_item_frame (xmlNodePtr node)
{
  return is_g2 (node, "catalogRef") || is_g2 (node, "catalog") || is_g2 (node, "itemMeta") ||
         is_g2 (node, "contentMeta");
}

static void
append_body (GPtrArray    *blocks,
             CopydeskBody *body)
{
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    g_ptr_array_add (blocks, copydesk_block_ref (copydesk_body_get_block (body, i)));
}

static void finish_kept (Doc           *d,
                         xmlNodePtr     item,
                         CopydeskPhoto *photo);

/* The first inlineXML or inlineData is the body; further renditions of the
 * same text are listed. */
static void
read_content_set (Doc        *d,
                  xmlNodePtr  set,
                  GPtrArray  *blocks)
{
  gboolean have_body = FALSE;

  for (xmlNodePtr child = set->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *encoding = NULL;
      gboolean roots = FALSE;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (have_body && (is_g2 (child, "inlineXML") || is_g2 (child, "inlineData")))
        {
          g_autofree char *type = _copydesk_reader_attr (child, "contenttype");

          /* the writer's NITF rendition repeats its XHTML one */
          if (!d->r.ours)
            /* TRANSLATORS: "another rendition of the body, application/nitf+xml (not read: …)" */
            _copydesk_reader_warn (&d->r, _("another rendition of the body, %s (not read: it "
                                            "repeats the first, which is the one edited)"),
                                   type ? type : "");
          continue;
        }
      if (have_body || !(is_g2 (child, "inlineXML") || is_g2 (child, "inlineData")))
        {
          warn_not_kept (&d->r, NULL, child);
          continue;
        }
      encoding = _copydesk_reader_attr (child, "encoding");
      if (encoding != NULL && *encoding != '\0')
        {
          /* base64 and friends: not text to read */
          warn_not_kept (&d->r, NULL, child);
          continue;
        }

      /* one root is what the schema allows; more are read all the same */
      for (xmlNodePtr root = child->children; root != NULL; root = root->next)
        {
          if (root->type == XML_ELEMENT_NODE && is_g2 (child, "inlineXML"))
            {
              g_autoptr(CopydeskBody) body = _copydesk_reader_read_body (&d->r, root);

              append_body (blocks, body);
              roots = TRUE;
            }
        }
      text = raw_text (child);
      if (!roots && g_strstrip (text)[0] != '\0')
        {
          /* bare text, as inlineData holds and some feeds put in inlineXML */
          g_autoptr(CopydeskBody) body = _copydesk_reader_read_plain_body (&d->r, text);

          append_body (blocks, body);
          roots = TRUE;
        }
      /* an empty inlineXML is a placeholder, as in IPTC's own example */
      have_body = roots;
    }
}

static void
read_text_item (Doc        *d,
                xmlNodePtr  item,
                GPtrArray  *blocks)
{
  g_autofree char *guid = _copydesk_reader_attr (item, "guid");
  g_autofree char *version = _copydesk_reader_attr (item, "version");
  xmlChar *lang = xmlNodeGetLang (item);
  guint64 number;

  if (guid != NULL && *guid != '\0')
    {
      copydesk_article_set_guid (d->r.article, guid);
      d->have_guid = TRUE;
    }
  if (parse_uint (version, G_MAXUINT, &number) && number >= 1)
    copydesk_article_set_version (d->r.article, (guint) number);
  if (lang != NULL)
    read_language (d, (const char *) lang, NULL);
  xmlFree (lang);

  d->r.kept = d->article_kept;
  for (xmlNodePtr child = item->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_g2 (child, "catalogRef") || is_g2 (child, "catalog"))
        continue;
      if (is_g2 (child, "itemMeta"))
        read_item_meta (d, child, TRUE, NULL, NULL);
      else if (is_g2 (child, "contentMeta"))
        read_content_meta (d, child);
      else if (is_g2 (child, "rightsInfo") && d->r.kept != NULL && _copydesk_kept_add (d->r.kept, "item", child))
        continue;
      else if (is_g2 (child, "rightsInfo"))
        warn_rights (d, child, NULL);
      else if (is_g2 (child, "contentSet"))
        read_content_set (d, child, blocks);
      else
        warn_not_kept (&d->r, NULL, child);
    }
  finish_kept (d, item, NULL);
}

/* The first remoteContent is the photo's file; further renditions are
 * listed. */
static void
read_remote_content (Doc           *d,
                     CopydeskPhoto *photo,
                     xmlNodePtr     set)
{
  const char *id = copydesk_photo_get_id (photo);
  gboolean have_file = FALSE;

  for (xmlNodePtr child = set->children; child != NULL; child = child->next)
    {
      g_autofree char *href = NULL;
      g_autofree char *type = NULL;
      g_autofree char *width = NULL;
      g_autofree char *height = NULL;
      g_autofree char *size = NULL;
      g_autoptr(GFile) file = NULL;
      guint64 w, h, bytes;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_g2 (child, "remoteContent") && have_file)
        {
          g_autofree char *what = _copydesk_reader_describe (child);

          /* TRANSLATORS: "photo-1: remoteContent a-web.jpg (not kept: …)" */
          _copydesk_reader_warn (&d->r, _("%s: %s (not kept: Copydesk keeps one file for each "
                                          "photo, the first)"), id, what);
          continue;
        }
      if (!is_g2 (child, "remoteContent"))
        {
          warn_not_kept (&d->r, id, child);
          continue;
        }

      href = _copydesk_reader_attr (child, "href");
      file = _copydesk_reader_resolve_href (&d->r, href);
      if (file == NULL)
        continue;
      have_file = TRUE;
      copydesk_photo_set_file (photo, file);
      type = _copydesk_reader_attr (child, "contenttype");
      copydesk_photo_set_content_type (photo, type);
      width = _copydesk_reader_attr (child, "width");
      height = _copydesk_reader_attr (child, "height");
      if (parse_uint (width, G_MAXUINT, &w) && parse_uint (height, G_MAXUINT, &h))
        copydesk_photo_set_pixel_size (photo, (guint) w, (guint) h);
      size = _copydesk_reader_attr (child, "size");
      if (parse_uint (size, G_MAXUINT64, &bytes))
        copydesk_photo_set_byte_size (photo, bytes);
    }
}

static void
read_picture_meta (Doc           *d,
                   CopydeskPhoto *photo,
                   xmlNodePtr     meta,
                   gboolean       main)
{
  const char *id = copydesk_photo_get_id (photo);
  g_autoptr(GString) photographer = g_string_new (NULL);
  g_autofree char *bylines = NULL;
  xmlNodePtr headline = NULL;

  for (xmlNodePtr child = meta->children; child != NULL; child = child->next)
    {
      g_autofree char *role = NULL;
      g_autofree char *code = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      role = _copydesk_reader_attr (child, "role");
      code = role_code (child);

      if (is_g2 (child, "creator") && first_child (child, "name") != NULL)
        {
          xmlNodePtr name_node = first_child (child, "name");
          g_autofree char *name = single_line (name_node);

          if (photographer->len > 0)
            g_string_append (photographer, ", ");
          g_string_append (photographer, name);
          warn_identity (d, id, name, child);
          for (xmlNodePtr part = child->children; part != NULL; part = part->next)
            {
              if (part->type == XML_ELEMENT_NODE && part != name_node)
                warn_not_kept (&d->r, id, part);
            }
        }
      else if (is_g2 (child, "altId") && attr_is (child, "type", COPYDESK_SCHEME_ALIAS ":photoid"))
        continue;
      else if (is_g2 (child, "language"))
        {
          g_autofree char *tag = _copydesk_reader_attr (child, "tag");

          if (main)
            read_language (d, tag, child);
          else if (g_strcmp0 (tag, copydesk_article_get_language (d->r.article)) != 0)
            warn_not_kept (&d->r, id, child);
        }
      else if (is_g2 (child, "creditline"))
        {
          g_autofree char *text = single_line (child);

          copydesk_photo_set_credit (photo, text);
        }
      else if (is_g2 (child, "description") && g_strcmp0 (role, COPYDESK_SCHEME_ALIAS ":alttext") == 0)
        {
          g_autofree char *text = _copydesk_reader_text (&d->r, child);

          copydesk_photo_set_alt_text (photo, text);
        }
      else if (is_g2 (child, "description") && code_is (code, caption_codes) &&
               *copydesk_photo_get_caption (photo) == '\0')
        {
          g_autofree char *text = _copydesk_reader_text (&d->r, child);

          copydesk_photo_set_caption (photo, text);
        }
      else if (main && (is_g2 (child, "headline") || is_g2 (child, "keyword") ||
                        is_g2 (child, "urgency") || is_g2 (child, "slugline") ||
                        is_g2 (child, "contentCreated") || is_g2 (child, "contentModified")))
        /* a lone picture: what describes it describes the article */
        read_article_field (d, child);
      else if (is_g2 (child, "by") && bylines == NULL)
        bylines = single_line (child);
      else if (is_g2 (child, "headline") && d->r.ours && headline == NULL)
        headline = child;  /* maybe the writer's own, from the caption */
      else
        keep_or_warn (&d->r, "contentMeta", id, child);
    }
  /* the writer's byline repeats the photographer; an agency's may be all
   * there is */
  if (bylines != NULL && photographer->len == 0)
    g_string_append (photographer, bylines);
  else if (bylines != NULL && !g_str_equal (bylines, photographer->str))
    keep_or_warn (&d->r, "contentMeta", id, first_child (meta, "by"));
  copydesk_photo_set_photographer (photo, photographer->str);
  if (headline != NULL)
    {
      g_autofree char *text = single_line (headline);
      g_autofree char *derived = copydesk_photo_derive_headline (photo);

      if (!g_str_equal (text, derived))
        keep_or_warn (&d->r, "contentMeta", id, headline);
    }
}

/* What was kept of @item goes to @photo; the text item's stays with the
 * article's until the end of the document. */
static void
finish_kept (Doc           *d,
             xmlNodePtr     item,
             CopydeskPhoto *photo)
{
  g_autofree char *xml = NULL;

  _copydesk_kept_add_catalogs (d->r.kept, item);
  if (photo == NULL)
    {
      d->r.kept = NULL;
      return;
    }
  xml = _copydesk_kept_finish (d->r.kept);
  copydesk_photo_set_kept_metadata (photo, xml);
  g_clear_pointer (&d->r.kept, _copydesk_kept_free);
}

static void
read_picture_item (Doc        *d,
                   xmlNodePtr  item,
                   gboolean    main)
{
  g_autofree char *guid = _copydesk_reader_attr (item, "guid");
  xmlNodePtr content_meta = first_child (item, "contentMeta");
  xmlNodePtr content_set;
  g_autofree char *wanted = NULL;
  CopydeskPhoto *photo;
  const char *id;

  /* our own files name the photo; agency copy gets photo-1, photo-2, … */
  for (xmlNodePtr child = content_meta ? content_meta->children : NULL; child; child = child->next)
    {
      if (is_g2 (child, "altId") && attr_is (child, "type", COPYDESK_SCHEME_ALIAS ":photoid"))
        {
          wanted = single_line (child);
          break;
        }
    }
  photo = _copydesk_reader_new_photo (&d->r, wanted, guid);
  if (photo == NULL)
    return;
  id = copydesk_photo_get_id (photo);
  d->r.kept = _copydesk_kept_new ();

  /* the file first: the item's fileName is checked against it */
  content_set = first_child (item, "contentSet");
  if (content_set != NULL)
    read_remote_content (d, photo, content_set);
  for (xmlNodePtr child = item->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_g2 (child, "catalogRef") || is_g2 (child, "catalog"))
        continue;
      if (is_g2 (child, "itemMeta"))
        read_item_meta (d, child, main, id, photo);
      else if (is_g2 (child, "contentMeta"))
        read_picture_meta (d, photo, child, main);
      else if (is_g2 (child, "rightsInfo"))
        {
          for (xmlNodePtr right = child->children; right != NULL; right = right->next)
            {
              g_autofree char *text = NULL;

              if (right->type != XML_ELEMENT_NODE)
                continue;
              text = _copydesk_reader_text (&d->r, right);
              if (is_g2 (right, "copyrightNotice") &&
                  *copydesk_photo_get_copyright_notice (photo) == '\0')
                copydesk_photo_set_copyright_notice (photo, text);
              else if (is_g2 (right, "usageTerms") && *copydesk_photo_get_usage_terms (photo) == '\0')
                copydesk_photo_set_usage_terms (photo, text);
              else
                keep_or_warn (&d->r, "rightsInfo", id, right);
            }
        }
      else if (!is_g2 (child, "contentSet"))
        warn_not_kept (&d->r, id, child);
    }
  finish_kept (d, item, photo);
}

/* A package's references to items that did not come with it: their titles
 * and captions are all there is to keep. */
static void
read_package_refs (Doc        *d,
                   xmlNodePtr  node,
                   gboolean    have_text)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *residref = NULL;
      g_autofree char *klass = NULL;
      xmlNodePtr description, title;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_g2 (child, "group"))
        {
          read_package_refs (d, child, have_text || d->text != NULL);
          continue;
        }
      if (!is_g2 (child, "itemRef"))
        continue;

      residref = _copydesk_reader_attr (child, "residref");
      if (residref == NULL || g_str_equal (residref, copydesk_article_get_guid (d->r.article)) ||
          _copydesk_reader_find_photo_by_guid (&d->r, residref) != NULL)
        continue;

      klass = item_class (child);
      description = first_child (child, "description");
      title = first_child (child, "title");
      if (g_str_equal (klass, "picture") || g_str_equal (klass, "graphic"))
        {
          CopydeskPhoto *photo = _copydesk_reader_new_photo (&d->r, NULL, residref);

          if (photo == NULL)
            continue;
          if (description != NULL)
            {
              g_autofree char *caption = single_line (description);

              copydesk_photo_set_caption (photo, caption);
            }
          _copydesk_reader_warn (&d->r, _("%s: the picture %s is not in this file; only its "
                                          "caption is kept"),
                                 copydesk_photo_get_id (photo), residref);
          if (title != NULL)
            warn_not_kept (&d->r, copydesk_photo_get_id (photo), title);
        }
      else if (!have_text && g_str_equal (klass, "text"))
        {
          /* the article is known by its reference alone */
          copydesk_article_set_guid (d->r.article, residref);
          d->have_guid = TRUE;
          if (title != NULL && *copydesk_article_get_headline (d->r.article) == '\0')
            {
              g_autofree char *text = single_line (title);

              copydesk_article_set_headline (d->r.article, text);
            }
          else if (title != NULL)
            read_headline (d, title);
          if (description != NULL && !d->have_standfirst)
            {
              g_autofree char *text = single_line (description);

              copydesk_article_set_standfirst (d->r.article, text);
              d->have_standfirst = TRUE;
            }
          _copydesk_reader_warn (&d->r, _("the text item %s is not in this file; only its "
                                          "title and summary are kept"), residref);
          have_text = TRUE;
        }
      else
        warn_not_kept (&d->r, NULL, child);
    }
}

/* Our own package repeats the text item; what it holds besides is what was
 * kept of an agency's package. */
static void
keep_unowned (Doc        *d,
              xmlNodePtr  part,
              const char *name)
{
  for (xmlNodePtr child = part->children; child != NULL; child = child->next)
    {
      /* of contentMeta, the writer gives its package the headline alone */
      gboolean owned = g_str_equal (name, "contentMeta") ? is_g2 (child, "headline")
                       : _copydesk_kept_is_owned (name, (const char *) child->name);

      if (child->type == XML_ELEMENT_NODE && !owned &&
          !_copydesk_newsml_desk_read (d->r.article, child, FALSE))
        keep_or_warn (&d->r, name, NULL, child);
    }
}

static void
read_package (Doc        *d,
              xmlNodePtr  package,
              gboolean    main)
{
  guint before = _copydesk_kept_count (d->article_kept);

  /* what the package says besides goes back into the package */
  _copydesk_kept_set_scope (d->article_kept, "package");
  d->r.kept = d->article_kept;
  for (xmlNodePtr child = package->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_g2 (child, "groupSet"))
        read_package_refs (d, child, d->text != NULL);
      else if (is_g2 (child, "rightsInfo") && _copydesk_kept_add (d->r.kept, "item", child))
        continue;
      else if (is_g2 (child, "rightsInfo"))
        warn_rights (d, child, NULL);
      else if (d->r.ours && (is_g2 (child, "itemMeta") || is_g2 (child, "contentMeta")))
        keep_unowned (d, child, (const char *) child->name);
      else if (d->r.ours)
        continue;
      else if (is_g2 (child, "itemMeta"))
        read_item_meta (d, child, main, NULL, NULL);
      else if (is_g2 (child, "contentMeta") && main)
        read_content_meta (d, child);
      else if (is_g2 (child, "contentMeta"))
        {
          for (xmlNodePtr m = child->children; m != NULL; m = m->next)
            {
              if (m->type == XML_ELEMENT_NODE && (!is_g2 (m, "headline") || !read_headline (d, m)))
                keep_or_warn (&d->r, "contentMeta", NULL, m);
            }
        }
      else if (!is_item_frame (child))
        warn_not_kept (&d->r, NULL, child);
    }
  if (_copydesk_kept_count (d->article_kept) > before)
    _copydesk_kept_add_catalogs (d->article_kept, package);
  _copydesk_kept_set_scope (d->article_kept, NULL);
  d->r.kept = NULL;
}

/* The article's own guid and version, when it is made from a package or a
 * picture rather than from a text item. */
static void
read_identity (Doc        *d,
               xmlNodePtr  item)
{
  g_autofree char *version = _copydesk_reader_attr (item, "version");
  xmlChar *lang = xmlNodeGetLang (item);
  guint64 number;

  if (parse_uint (version, G_MAXUINT, &number) && number >= 1)
    copydesk_article_set_version (d->r.article, (guint) number);
  if (lang != NULL)
    read_language (d, (const char *) lang, NULL);
  xmlFree (lang);
}

/* Finds the items, whichever way they came. */
static gboolean
collect_items (Doc         *d,
               xmlNodePtr   root,
               GError     **error)
{
  if (root->ns == NULL || !g_str_equal ((const char *) root->ns->href, COPYDESK_NEWSML_NS))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the document is <%s> in the namespace “%s”, not a NewsML-G2 "
                     "document (namespace %s)"),
                   xmlGetLineNo (root), (const char *) root->name,
                   root->ns ? (const char *) root->ns->href : "", COPYDESK_NEWSML_NS);
      return FALSE;
    }

  if (is_g2 (root, "newsMessage"))
    {
      for (xmlNodePtr child = root->children; child != NULL; child = child->next)
        {
          if (is_g2 (child, "header"))
            for (xmlNodePtr part = child->children; part != NULL; part = part->next)
              _copydesk_newsml_desk_read (d->r.article, part, TRUE);
          if (is_g2 (child, "itemSet"))
            {
              for (xmlNodePtr item = child->children; item != NULL; item = item->next)
                sort_item (d, item);
            }
        }
    }
  else if (is_g2 (root, "newsItem") || is_g2 (root, "packageItem"))
    sort_item (d, root);
  else
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the document is a NewsML-G2 <%s>, which holds no news article; "
                     "Copydesk opens newsMessage, newsItem and packageItem documents"),
                   xmlGetLineNo (root), (const char *) root->name);
      return FALSE;
    }

  if (d->text == NULL && d->pictures->len == 0 && d->packages->len == 0)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the NewsML-G2 document holds no text, picture or package item"),
                   xmlGetLineNo (root));
      return FALSE;
    }
  return TRUE;
}

/* An article that the file gives no guid (a lone picture, a text item
 * without one) gets one made from the file's bytes, not a random one: two
 * readings of a file give the same article. */
static void
settle_guid (Doc *d)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;
  g_autofree char *guid = NULL;

  if (d->have_guid || d->bytes == NULL)
    return;
  g_checksum_update (sum, g_bytes_get_data (d->bytes, NULL), g_bytes_get_size (d->bytes));
  g_checksum_get_digest (sum, digest, &len);
  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;
  guid = g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
  copydesk_article_set_guid (d->r.article, guid);
}

/* Times come from the file or not at all: without firstCreated, the
 * content's creation or the version's time stands in for it, and the other
 * way round. */
static void
settle_times (Doc *d)
{
  if (!d->have_created && d->have_modified)
    copydesk_article_set_created (d->r.article, copydesk_article_get_modified (d->r.article));
  else if (d->have_created && !d->have_modified)
    copydesk_article_set_modified (d->r.article, copydesk_article_get_created (d->r.article));
  else if (!d->have_created && !d->have_modified)
    _copydesk_reader_warn (&d->r, _("the file gives no date or time; the article is dated "
                                    "when it was opened"));
}

/* A sub-headline has no field of its own: it becomes the standfirst when
 * there is none, and the body's opening subheading otherwise. */
static void
place_subheadline (Doc       *d,
                   GPtrArray *blocks)
{
  g_autoptr(CopydeskRun) run = NULL;

  if (d->r.subheadline == NULL || *d->r.subheadline == '\0' ||
      g_str_equal (d->r.subheadline, copydesk_article_get_headline (d->r.article)))
    return;
  if (*copydesk_article_get_standfirst (d->r.article) == '\0')
    {
      copydesk_article_set_standfirst (d->r.article, d->r.subheadline);
      d->have_standfirst = TRUE;
      _copydesk_reader_warn (&d->r, _("sub-headline “%s” kept as the standfirst"),
                             d->r.subheadline);
      return;
    }
  run = copydesk_run_new_plain (d->r.subheadline);
  g_ptr_array_insert (blocks, 0, copydesk_block_new_text (COPYDESK_BLOCK_SUBHEADING, run));
  _copydesk_reader_warn (&d->r, _("sub-headline “%s” kept as the first subheading of the body"),
                         d->r.subheadline);
}

static void
collect_refs (xmlNodePtr  node,
              GHashTable *refs)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (is_g2 (child, "itemRef"))
        {
          char *residref = _copydesk_reader_attr (child, "residref");

          if (residref != NULL)
            g_hash_table_add (refs, residref);
        }
      else if (child->type == XML_ELEMENT_NODE)
        collect_refs (child, refs);
    }
}

/* In a message of several stories, a story's pictures are those its
 * package names; without a package, every picture goes with every story. */
static void
select_story (Doc *d)
{
  g_autoptr(GHashTable) refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *guid = NULL;
  guint i = 0;

  if (d->n_stories < 2 || d->text == NULL)
    return;
  guid = _copydesk_reader_attr (d->text, "guid");
  while (i < d->packages->len)
    {
      g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key;

      collect_refs (g_ptr_array_index (d->packages, i), own);
      if (guid == NULL || !g_hash_table_contains (own, guid))
        {
          g_ptr_array_remove_index (d->packages, i);
          continue;
        }
      g_hash_table_iter_init (&iter, own);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (refs, g_strdup (key));
      i++;
    }
  if (g_hash_table_size (refs) == 0)
    return;
  i = 0;
  while (i < d->pictures->len)
    {
      g_autofree char *picture = _copydesk_reader_attr (g_ptr_array_index (d->pictures, i), "guid");

      if (picture == NULL || !g_hash_table_contains (refs, picture))
        g_ptr_array_remove_index (d->pictures, i);
      else
        i++;
    }
}

static gboolean
read_document (Doc         *d,
               xmlNodePtr   root,
               GError     **error)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskBody) body = NULL;

  if (!collect_items (d, root, error))
    return FALSE;
  d->article_kept = _copydesk_kept_new ();
  if (d->story > 0 && d->text == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   g_dngettext (GETTEXT_PACKAGE, "There is no story %u: the file holds %u story",
                                "There is no story %u: the file holds %u stories", d->n_stories),
                   d->story + 1, d->n_stories);
      return FALSE;
    }
  select_story (d);

  /* ours? the text item says so; pictures and packages read accordingly */
  if (d->text != NULL)
    {
      xmlNodePtr generator = first_child (first_child (d->text, "itemMeta"), "generator");
      xmlNodePtr content_meta = first_child (d->text, "contentMeta");
      xmlNodePtr provider = first_child (first_child (d->text, "itemMeta"), "provider");
      g_autofree char *name = generator ? single_line (generator) : NULL;

      d->r.ours = g_strcmp0 (name, "Copydesk") == 0;
      /* the pictures compare their language and provider with the article's */
      read_identity (d, d->text);
      if (provider != NULL)
        read_provider (d, provider, TRUE, NULL);
      for (xmlNodePtr child = content_meta ? content_meta->children : NULL; child; child = child->next)
        {
          if (is_g2 (child, "language"))
            read_article_field (d, child);
        }
    }

  /* the story's status, embargo and signal first: the other items repeat
   * them, and only what they say besides is theirs */
  for (xmlNodePtr meta = d->text ? first_child (d->text, "itemMeta") : NULL,
       child = meta ? meta->children : NULL; child != NULL; child = child->next)
    _copydesk_newsml_desk_read (d->r.article, child, TRUE);
  for (guint i = 0; i < d->pictures->len; i++)
    {
      gboolean main = d->text == NULL && d->packages->len == 0 && i == 0;

      if (main)
        read_identity (d, g_ptr_array_index (d->pictures, i));
      read_picture_item (d, g_ptr_array_index (d->pictures, i), main);
    }
  if (d->text != NULL)
    read_text_item (d, d->text, blocks);
  for (guint i = 0; i < d->packages->len; i++)
    {
      gboolean main = d->text == NULL && i == 0;

      if (main)
        read_identity (d, g_ptr_array_index (d->packages, i));
      read_package (d, g_ptr_array_index (d->packages, i), main);
    }

  /* without a text item, the photos are the story */
  if (d->text == NULL)
    {
      GListModel *photos = copydesk_article_get_photos (d->r.article);

      for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
        {
          g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

          g_ptr_array_add (blocks, copydesk_block_new_photo (copydesk_photo_get_id (photo)));
        }
    }

  settle_headline (d);
  place_subheadline (d, blocks);
  settle_times (d);
  settle_guid (d);
  {
    g_autofree char *kept = _copydesk_kept_finish (d->article_kept);

    copydesk_article_set_kept_metadata (d->r.article, kept);
  }
  if (d->r.photos_not_read > 0)
    _copydesk_reader_say_partial (&d->r);
  if (d->r.warnings->len > MAX_WARNINGS)
    {
      /* that line comes first; the cap still holds */
      g_ptr_array_remove_index (d->r.warnings, d->r.warnings->len - 1);
      d->r.more_warnings++;
    }
  if (d->r.more_warnings > 0)
    g_ptr_array_add (d->r.warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more line like these",
                                                   "… and %u more lines like these",
                                                   d->r.more_warnings),
                                      d->r.more_warnings));
  g_ptr_array_add (d->keywords, NULL);
  g_ptr_array_add (d->contributors, NULL);
  copydesk_article_set_keywords (d->r.article, (const char * const *) d->keywords->pdata);
  copydesk_article_set_contributors (d->r.article, (const char * const *) d->contributors->pdata);
  copydesk_article_set_editorial_note (d->r.article, d->ed_note->str);
  body = copydesk_body_new (blocks);
  copydesk_article_set_body (d->r.article, body);
  return TRUE;
}

/* The parts of a Doc every reading needs. */
static void
doc_init (Doc   *d,
          GFile *base_dir)
{
  d->r.article = copydesk_article_new ();
  d->r.base_dir = base_dir;
  d->r.warnings = g_ptr_array_new_with_free_func (g_free);
  d->pictures = g_ptr_array_new ();
  d->packages = g_ptr_array_new ();
  d->keywords = g_ptr_array_new_with_free_func (g_free);
  d->r.keywords = d->keywords;
  d->contributors = g_ptr_array_new_with_free_func (g_free);
  d->ed_note = g_string_new (NULL);
  d->seen_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->r.seen_warnings = g_hash_table_new (g_str_hash, g_str_equal);
  d->r.photo_guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->r.photo_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static xmlDocPtr
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
CopydeskArticle *
copydesk_newsml_read_story (GBytes     *bytes,
                            GFile      *base_dir,
                            guint       index,
                            GPtrArray **warnings,
                            GError    **error)
{
  g_auto(Doc) d = { { 0 } };
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse_bytes (bytes, error);
  if (doc == NULL)
    return NULL;

  doc_init (&d, base_dir);
  d.story = index;
  d.bytes = bytes;
  ok = read_document (&d, xmlDocGetRootElement (doc), error);
  xmlFreeDoc (doc);
  if (!ok)
    return NULL;

  if (warnings != NULL)
    *warnings = g_steal_pointer (&d.r.warnings);
  return g_steal_pointer (&d.r.article);
}

/**
 * copydesk_newsml_read:
 *
 * Reads the first story: copydesk_newsml_read_story() with @index 0.
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
CopydeskArticle *
copydesk_newsml_read (GBytes     *bytes,
                      GFile      *base_dir,
                      GPtrArray **warnings,
                      GError    **error)
{
  return copydesk_newsml_read_story (bytes, base_dir, 0, warnings, error);
}

/**
 * copydesk_newsml_list_stories:
 * @bytes: the document
 * @error: return location for an error
 *
 * The stories (text items) of a document, in order: their headlines, or
 * their guids where they have none. A lone picture or package is one story
 * with no text item, listed by its guid.
 *
 * Returns: (transfer full) (element-type utf8): the list, or %NULL with
 *   @error set as copydesk_newsml_read_story() sets it
 */
GPtrArray *
copydesk_newsml_list_stories (GBytes  *bytes,
                              GError **error)
{
  g_auto(Doc) d = { { 0 } };
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse_bytes (bytes, error);
  if (doc == NULL)
    return NULL;
  doc_init (&d, NULL);
  d.story_titles = g_ptr_array_new_with_free_func (g_free);
  ok = collect_items (&d, xmlDocGetRootElement (doc), error);
  if (ok && d.story_titles->len == 0)
    {
      xmlNodePtr item = d.packages->len > 0 ? g_ptr_array_index (d.packages, 0)
                                            : g_ptr_array_index (d.pictures, 0);
      char *guid = _copydesk_reader_attr (item, "guid");

      g_ptr_array_add (d.story_titles, guid ? guid : g_strdup (""));
    }
  xmlFreeDoc (doc);
  if (!ok)
    return NULL;
  return g_steal_pointer (&d.story_titles);
}
