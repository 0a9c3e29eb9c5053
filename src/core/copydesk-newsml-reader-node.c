/* copydesk-newsml-reader-node.c: NewsML-G2 in, node helpers and photos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the reader (see copydesk-newsml-reader.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-doc.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"

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

gboolean
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

gboolean
attr_is (xmlNodePtr  node,
         const char *name,
         const char *expected)
{
  g_autofree char *value = _copydesk_reader_attr (node, name);

  return g_strcmp0 (value, expected) == 0;
}

gboolean
attr_has_suffix (xmlNodePtr  node,
                 const char *name,
                 const char *suffix)
{
  g_autofree char *value = _copydesk_reader_attr (node, name);

  return value != NULL && g_str_has_suffix (value, suffix);
}

char *
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

char *
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

xmlNodePtr
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

void
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
void
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
char *
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

gboolean
code_is (const char         *code,
         const char * const *codes)
{
  return g_strv_contains (codes, code);
}

const char * const summary_codes[] = {
  "", "summary", "teaser", "abstract", "intro", "lead", "lede", "standfirst", "ingress",
  "description", NULL
};
const char * const caption_codes[] = { "", "caption", NULL };
const char * const main_headline_codes[] = {
  "", "main", "title", "headline", "hl1", "head", "mainheadline", NULL
};
const char * const sub_headline_codes[] = {
  "sub", "subtitle", "subheadline", "subhead", "hl2", "dek", "deck", "subtitle1", "kicker",
  "overline", "underline", NULL
};

GDateTime *
parse_time (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  return g_date_time_new_from_iso8601 (trimmed, utc);
}

gboolean
parse_uint (const char *text,
            guint64     max,
            guint64    *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return g_ascii_string_to_unsigned (trimmed, 10, 0, max, out, NULL);
}

gboolean
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
