/* copydesk-newsml-writer.c: one article -> one NewsML-G2 2.35 newsMessage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The message holds a package (ninat:composite) tying the text item
 * (ninat:text) to one picture item (ninat:picture) per photo; the shape
 * follows shared/newsml-g2/MAPPING.md. The document is built with libxml2's
 * tree API, so escaping is libxml2's job; what XML 1.0 cannot carry at all is
 * dropped before it gets there, and single-line fields are collapsed.
 *
 * The output is a pure function of the article: "sent" is the time of the
 * version, transmitId is guid and version, and the package guid is derived
 * from the article guid. Saving twice gives the same bytes, so two versions
 * can be compared with diff.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-newsml-writer-private.h"
#include "copydesk-text.h"


static void
writer_clear (Writer *w)
{
  g_free (w->version);
  g_free (w->created);
  g_free (w->modified);
  g_free (w->provider);
  g_free (w->language);
}

/* ------------------------------------------------------------ small helpers */

#define add_element      _copydesk_writer_add_element
#define set_attr         _copydesk_writer_set_attr
#define add_text         _copydesk_writer_add_text
#define add_text_element _copydesk_writer_add_text_element
#define relative_href    _copydesk_writer_relative_href

xmlNodePtr
_copydesk_writer_add_element (xmlNodePtr  parent,
             xmlNsPtr    ns,
             const char *name)
{
  return xmlNewChild (parent, ns, BAD_CAST name, NULL);
}

void
_copydesk_writer_set_attr (xmlNodePtr  node,
          const char *name,
          const char *value)
{
  g_autofree char *clean = copydesk_text_strip_xml_invalid (value);

  xmlSetProp (node, BAD_CAST name, BAD_CAST clean);
}

void
_copydesk_writer_add_text (xmlNodePtr  parent,
          const char *text)
{
  g_autofree char *clean = copydesk_text_strip_xml_invalid (text);

  if (*clean != '\0')
    xmlAddChild (parent, xmlNewText (BAD_CAST clean));
}

/* An element holding @text; nothing at all when the text is empty. */
xmlNodePtr
_copydesk_writer_add_text_element (xmlNodePtr  parent,
                  xmlNsPtr    ns,
                  const char *name,
                  const char *text)
{
  g_autofree char *clean = copydesk_text_strip_xml_invalid (text);
  xmlNodePtr node;

  if (g_strstrip (clean)[0] == '\0')
    return NULL;
  node = add_element (parent, ns, name);
  xmlAddChild (node, xmlNewText (BAD_CAST clean));
  return node;
}

/* For g2normalizedString fields (names, keywords, credit, slugline, file
 * names): the schema forbids line breaks and tabs in them. */
static xmlNodePtr
add_line_element (xmlNodePtr  parent,
                  xmlNsPtr    ns,
                  const char *name,
                  const char *text)
{
  g_autofree char *line = copydesk_text_collapse_whitespace (text);

  return add_text_element (parent, ns, name, line);
}

static xmlNodePtr
add_qcode_element (xmlNodePtr  parent,
                   xmlNsPtr    ns,
                   const char *name,
                   const char *qcode)
{
  xmlNodePtr node = add_element (parent, ns, name);

  set_attr (node, "qcode", qcode);
  return node;
}

/* A name-based (version 5 style) UUID: the package of an article keeps the
 * same guid from save to save without being stored anywhere. */
static char *
derived_guid (const char *guid,
              const char *what)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sum, (const guchar *) guid, -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
  g_checksum_update (sum, (const guchar *) what, -1);
  g_checksum_get_digest (sum, digest, &len);
  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;

  return g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* The photo's path relative to the folder the file is written to, as a URI
 * reference; without a folder, its name alone. */
char *
_copydesk_writer_relative_href (GFile *base_dir,
               GFile *file)
{
  g_autoptr(GFile) ancestor = base_dir ? g_object_ref (base_dir) : NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *rel = NULL;

  while (ancestor != NULL)
    {
      g_autoptr(GFile) parent = NULL;

      rel = g_file_get_relative_path (ancestor, file);
      if (rel != NULL)
        break;
      parent = g_file_get_parent (ancestor);
      if (parent == NULL)
        break;
      g_string_append (path, "../");
      g_set_object (&ancestor, parent);
    }

  if (rel == NULL)
    {
      g_string_truncate (path, 0);
      rel = g_file_get_basename (file);
    }
  g_string_append (path, rel);
  /* plain ASCII: older wire systems choke on raw UTF-8 in URIs */
  return g_uri_escape_string (path->str, "/", FALSE);
}

/* ------------------------------------------------------------ item parts */

static xmlNodePtr
add_item_root (Writer     *w,
               xmlNodePtr  item_set,
               const char *element,
               const char *guid)
{
  xmlNodePtr item = add_element (item_set, w->g2, element);
  xmlNodePtr catalog, scheme;

  set_attr (item, "guid", guid);
  set_attr (item, "version", w->version);
  set_attr (item, "standard", "NewsML-G2");
  set_attr (item, "standardversion", "2.35");
  set_attr (item, "conformance", "power");
  xmlNodeSetLang (item, BAD_CAST w->language);
  /* i18nAttributes: the item's text elements inherit the direction */
  if (copydesk_language_is_right_to_left (w->language))
    set_attr (item, "dir", "rtl");

  xmlSetProp (add_element (item, w->g2, "catalogRef"), BAD_CAST "href",
              BAD_CAST COPYDESK_IPTC_CATALOG);
  catalog = add_element (item, w->g2, "catalog");
  scheme = add_element (catalog, w->g2, "scheme");
  set_attr (scheme, "alias", COPYDESK_SCHEME_ALIAS);
  set_attr (scheme, "uri", COPYDESK_SCHEME_URI);
  return item;
}

static void
add_provider (Writer     *w,
              xmlNodePtr  parent)
{
  set_attr (add_element (parent, w->g2, "provider"), "literal", w->provider);
}

static xmlNodePtr
add_item_meta (Writer     *w,
               xmlNodePtr  item,
               const char *item_class)
{
  xmlNodePtr meta = add_element (item, w->g2, "itemMeta");

  add_qcode_element (meta, w->g2, "itemClass", item_class);
  add_provider (w, meta);
  add_text_element (meta, w->g2, "versionCreated", w->modified);
  add_text_element (meta, w->g2, "firstCreated", w->created);
  add_qcode_element (meta, w->g2, "pubStatus", "stat:usable");
  return meta;
}

static void
add_creator (Writer         *w,
             xmlNodePtr      parent,
             CopydeskAuthor *author)
{
  const char *name = copydesk_author_get_name (author);
  const char *job = copydesk_author_get_job_title (author);
  const char *bio = copydesk_author_get_bio (author);
  xmlNodePtr creator, note;

  if (*name == '\0' && *job == '\0' && *bio == '\0')
    return;
  creator = add_element (parent, w->g2, "creator");
  set_attr (creator, "role", "cpprole:author");
  add_line_element (creator, w->g2, "name", name);
  /* a job title in words has no NewsML-G2 home: @jobtitle takes a QCode */
  note = add_text_element (creator, w->g2, "note", job);
  if (note != NULL)
    set_attr (note, "role", COPYDESK_SCHEME_ALIAS ":jobtitle");
  add_text_element (creator, w->g2, "note", bio);
}

/* ------------------------------------------------------------ XHTML body */

static void
add_spans (xmlNodePtr         parent,
           xmlNsPtr           ns,
           const CopydeskRun *run,
           guint              from,
           guint              to)
{
  for (guint i = from; i < to;)
    {
      const CopydeskSpan *span = copydesk_run_get_span (run, i);
      xmlNodePtr target = parent;
      guint end = i + 1;

      if (span->style & COPYDESK_STYLE_STRONG)
        {
          /* one <strong> for the whole stretch, <em> inside where needed */
          while (end < to && copydesk_run_get_span (run, end)->style & COPYDESK_STYLE_STRONG)
            end++;
          target = add_element (parent, ns, "strong");
        }
      for (guint j = i; j < end; j++)
        {
          const CopydeskSpan *s = copydesk_run_get_span (run, j);
          xmlNodePtr into = target;

          if (s->style & COPYDESK_STYLE_EMPHASIS)
            into = add_element (target, ns, "em");
          add_text (into, s->text);
        }
      i = end;
    }
}

/* libxml2 indents the children of an element that holds elements only, so
 * "<p><strong>a</strong><em>b</em></p>" would come out with white space
 * between the two words, and be read back as "a b". A text node, even an
 * empty one (written as nothing), tells it the content is mixed. */
static void
keep_inline (xmlNodePtr element)
{
  for (xmlNodePtr child = element->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        return;
    }
  if (element->children != NULL)
    xmlAddChild (element, xmlNewText (BAD_CAST ""));
}

static void
add_run (xmlNodePtr         parent,
         xmlNsPtr           ns,
         const CopydeskRun *run)
{
  guint n = copydesk_run_get_n_spans (run);

  for (guint i = 0; i < n;)
    {
      const char *href = copydesk_run_get_span (run, i)->href;
      guint end = i + 1;

      while (end < n && g_strcmp0 (copydesk_run_get_span (run, end)->href, href) == 0)
        end++;
      if (href != NULL)
        {
          xmlNodePtr a = add_element (parent, ns, "a");

          _copydesk_writer_set_href (a, href);
          add_spans (a, ns, run, i, end);
        }
      else
        add_spans (parent, ns, run, i, end);
      i = end;
    }
  keep_inline (parent);
}

static void
add_figure (Writer        *w,
            xmlNodePtr     body,
            xmlNsPtr       ns,
            CopydeskPhoto *photo)
{
  xmlNodePtr figure = add_element (body, ns, "figure");
  xmlNodePtr img = add_element (figure, ns, "img");
  g_autofree char *src = NULL;
  g_autofree char *credit = copydesk_text_collapse_whitespace (copydesk_photo_get_credit (photo));
  g_autofree char *caption = copydesk_text_strip_xml_invalid (copydesk_photo_get_caption (photo));
  xmlNodePtr figcaption;

  if (copydesk_photo_get_file (photo) != NULL)
    src = relative_href (w->base_dir, copydesk_photo_get_file (photo));
  set_attr (img, "src", src ? src : "");
  set_attr (img, "alt", copydesk_photo_get_alt_text (photo));
  set_attr (img, "data-uri", copydesk_photo_get_guid (photo));
  if (copydesk_photo_get_width (photo) > 0 && copydesk_photo_get_height (photo) > 0)
    {
      g_autofree char *width = g_strdup_printf ("%u", copydesk_photo_get_width (photo));
      g_autofree char *height = g_strdup_printf ("%u", copydesk_photo_get_height (photo));

      set_attr (img, "width", width);
      set_attr (img, "height", height);
    }

  g_strstrip (caption);
  if (*caption == '\0' && *credit == '\0')
    return;
  figcaption = add_element (figure, ns, "figcaption");
  add_text (figcaption, caption);
  if (*credit != '\0')
    {
      if (*caption != '\0')
        add_text (figcaption, " ");
      set_attr (add_text_element (figcaption, ns, "span", credit), "class", "credit");
    }
}

static void
add_block (Writer              *w,
           xmlNodePtr           body,
           xmlNsPtr             ns,
           const CopydeskBlock *block)
{
  CopydeskBlockKind kind = copydesk_block_get_kind (block);
  xmlNodePtr parent;

  switch (kind)
    {
    case COPYDESK_BLOCK_PARAGRAPH:
    case COPYDESK_BLOCK_SUBHEADING:
      add_run (add_element (body, ns, kind == COPYDESK_BLOCK_PARAGRAPH ? "p" : "h2"), ns,
               copydesk_block_get_run (block));
      break;

    case COPYDESK_BLOCK_QUOTE:
    case COPYDESK_BLOCK_BULLET_LIST:
    case COPYDESK_BLOCK_NUMBERED_LIST:
      parent = add_element (body, ns, kind == COPYDESK_BLOCK_QUOTE ? "blockquote" :
                                      kind == COPYDESK_BLOCK_BULLET_LIST ? "ul" : "ol");
      for (guint i = 0; i < copydesk_block_get_n_items (block); i++)
        add_run (add_element (parent, ns, kind == COPYDESK_BLOCK_QUOTE ? "p" : "li"), ns,
                 copydesk_block_get_item (block, i));
      break;

    case COPYDESK_BLOCK_PHOTO:
      /* the article guarantees that every placed photo exists */
      add_figure (w, body, ns,
                  copydesk_article_find_photo (w->article, copydesk_block_get_photo_id (block)));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
add_xhtml_body (Writer     *w,
                xmlNodePtr  content_set)
{
  CopydeskBody *body = copydesk_article_get_body (w->article);
  const char *note = copydesk_article_get_contributor_note (w->article);
  xmlNodePtr inline_xml = add_element (content_set, w->g2, "inlineXML");
  g_autofree char *words = g_strdup_printf ("%u", copydesk_body_count_words (body));
  xmlNodePtr html, head, xbody, aside;
  xmlNsPtr ns;

  set_attr (inline_xml, "contenttype", "application/xhtml+xml");
  set_attr (inline_xml, "wordcount", words);

  html = add_element (inline_xml, NULL, "html");
  ns = xmlNewNs (html, BAD_CAST COPYDESK_XHTML_NS, NULL);
  xmlSetNs (html, ns);
  head = add_element (html, ns, "head");
  add_text (add_element (head, ns, "title"), copydesk_article_get_headline (w->article));
  xbody = add_element (html, ns, "body");
  /* Arabic, Hebrew...: receivers lay the body out from right to left */
  if (copydesk_language_is_right_to_left (w->language))
    set_attr (xbody, "dir", "rtl");

  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    add_block (w, xbody, ns, copydesk_body_get_block (body, i));

  /* the contributor note closes the story, as printed */
  aside = add_element (xbody, ns, "aside");
  if (add_text_element (aside, ns, "p", note) != NULL)
    set_attr (aside, "class", "contributor-note");
  else
    {
      xmlUnlinkNode (aside);
      xmlFreeNode (aside);
    }
}

/* ------------------------------------------------------------ items */

static void
add_text_item (Writer     *w,
               xmlNodePtr  item_set)
{
  CopydeskArticle *a = w->article;
  xmlNodePtr item = add_item_root (w, item_set, "newsItem", copydesk_article_get_guid (a));
  xmlNodePtr meta = add_item_meta (w, item, "ninat:text");
  xmlNodePtr content_meta, content_set, generator, node;
  GListModel *authors = copydesk_article_get_authors (a);
  const char * const *names = copydesk_article_get_contributors (a);
  const char * const *keywords = copydesk_article_get_keywords (a);

  generator = add_text_element (meta, w->g2, "generator", "Copydesk");
  set_attr (generator, "versioninfo", PACKAGE_VERSION);
  add_text_element (meta, w->g2, "edNote", copydesk_article_get_editorial_note (a));

  content_meta = add_element (item, w->g2, "contentMeta");
  if (copydesk_article_get_urgency (a) != COPYDESK_URGENCY_UNSET)
    {
      g_autofree char *urgency = g_strdup_printf ("%u", copydesk_article_get_urgency (a));

      add_text_element (content_meta, w->g2, "urgency", urgency);
    }
  /* an agency's own contentCreated, kept, stands for ours */
  if (!_copydesk_kept_has (copydesk_article_get_kept_metadata (a), "contentMeta", "contentCreated"))
    add_text_element (content_meta, w->g2, "contentCreated", w->created);
  add_text_element (content_meta, w->g2, "contentModified", w->modified);
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      add_creator (w, content_meta, author);
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = copydesk_text_collapse_whitespace (names[i]);
      xmlNodePtr contributor;

      if (*name == '\0')
        continue;
      contributor = add_element (content_meta, w->g2, "contributor");
      set_attr (contributor, "role", COPYDESK_SCHEME_ALIAS ":reporting");
      add_line_element (contributor, w->g2, "name", name);
    }

  set_attr (add_element (content_meta, w->g2, "language"), "tag", w->language);
  for (guint i = 0; keywords[i] != NULL; i++)
    add_line_element (content_meta, w->g2, "keyword", keywords[i]);
  add_line_element (content_meta, w->g2, "slugline", copydesk_article_get_slugline (a));
  add_text_element (content_meta, w->g2, "headline", copydesk_article_get_headline (a));
  add_text_element (content_meta, w->g2, "dateline", copydesk_article_get_dateline (a));
  add_text_element (content_meta, w->g2, "by", copydesk_article_get_byline (a));
  add_line_element (content_meta, w->g2, "creditline", copydesk_article_get_creditline (a));
  node = add_text_element (content_meta, w->g2, "description", copydesk_article_get_standfirst (a));
  if (node != NULL)
    set_attr (node, "role", "drol:summary");

  content_set = add_element (item, w->g2, "contentSet");
  add_xhtml_body (w, content_set);
  /* after the XHTML: receivers that read one body keep the last */
  _copydesk_writer_add_nitf_body (w, content_set);
  _copydesk_kept_write (item, copydesk_article_get_kept_metadata (a), NULL);
}

/* What receivers need to know the file by: its media type, from the photo
 * or else from the file's name (never from the bytes: the output depends on
 * the article alone). */
const char *
_copydesk_writer_photo_type (CopydeskPhoto *photo)
{
  static const struct { const char *suffix; const char *type; } types[] = {
    { ".jpg", "image/jpeg" }, { ".jpeg", "image/jpeg" }, { ".png", "image/png" },
    { ".gif", "image/gif" }, { ".webp", "image/webp" }, { ".tif", "image/tiff" },
    { ".tiff", "image/tiff" }, { ".heic", "image/heic" }, { ".avif", "image/avif" },
  };
  GFile *file = copydesk_photo_get_file (photo);
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  if (*copydesk_photo_get_content_type (photo) != '\0')
    return copydesk_photo_get_content_type (photo);
  for (guint i = 0; lower != NULL && i < G_N_ELEMENTS (types); i++)
    {
      if (g_str_has_suffix (lower, types[i].suffix))
        return types[i].type;
    }
  return "application/octet-stream";
}

/* Every picture item has a contentSet, empty when the photo has no file yet
 * (receivers such as Superdesk refuse an item without one), and its
 * remoteContent says which rendition it is (they refuse one that does not). */
static void
add_remote_content (Writer        *w,
                    xmlNodePtr     item,
                    CopydeskPhoto *photo)
{
  GFile *file = copydesk_photo_get_file (photo);
  xmlNodePtr content_set = add_element (item, w->g2, "contentSet");
  g_autofree char *href = NULL;
  xmlNodePtr remote;
  char number[32];

  if (file == NULL)
    return;

  href = relative_href (w->base_dir, file);
  remote = add_element (content_set, w->g2, "remoteContent");
  set_attr (remote, "rendition", "rnd:highRes");
  set_attr (remote, "href", href);
  set_attr (remote, "contenttype", _copydesk_writer_photo_type (photo));
  if (copydesk_photo_get_width (photo) > 0 && copydesk_photo_get_height (photo) > 0)
    {
      g_snprintf (number, sizeof number, "%u", copydesk_photo_get_width (photo));
      set_attr (remote, "width", number);
      g_snprintf (number, sizeof number, "%u", copydesk_photo_get_height (photo));
      set_attr (remote, "height", number);
    }
  if (copydesk_photo_get_byte_size (photo) > 0)
    {
      g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT, copydesk_photo_get_byte_size (photo));
      set_attr (remote, "size", number);
    }
}

static void
add_picture_item (Writer        *w,
                  xmlNodePtr     item_set,
                  CopydeskPhoto *photo)
{
  xmlNodePtr item = add_item_root (w, item_set, "newsItem", copydesk_photo_get_guid (photo));
  xmlNodePtr rights, meta, content_meta, node;
  const char *notice = copydesk_photo_get_copyright_notice (photo);
  const char *terms = copydesk_photo_get_usage_terms (photo);
  GFile *file = copydesk_photo_get_file (photo);

  /* rightsInfo comes before itemMeta; an empty one says nothing */
  rights = add_element (item, w->g2, "rightsInfo");
  add_text_element (rights, w->g2, "copyrightNotice", notice);
  add_text_element (rights, w->g2, "usageTerms", terms);
  if (rights->children == NULL)
    {
      xmlUnlinkNode (rights);
      xmlFreeNode (rights);
    }

  meta = add_item_meta (w, item, "ninat:picture");
  if (file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      add_line_element (meta, w->g2, "fileName", basename);
    }

  content_meta = add_element (item, w->g2, "contentMeta");
  if (*copydesk_photo_get_photographer (photo) != '\0')
    {
      node = add_element (content_meta, w->g2, "creator");
      set_attr (node, "role", "cpprole:author");
      add_line_element (node, w->g2, "name", copydesk_photo_get_photographer (photo));
    }
  node = add_line_element (content_meta, w->g2, "altId", copydesk_photo_get_id (photo));
  set_attr (node, "type", COPYDESK_SCHEME_ALIAS ":photoid");
  set_attr (add_element (content_meta, w->g2, "language"), "tag", w->language);
  /* receivers list pictures by their headline and byline */
  if (!_copydesk_kept_has (copydesk_photo_get_kept_metadata (photo), "contentMeta", "headline"))
    {
      g_autofree char *headline = copydesk_photo_derive_headline (photo);

      add_text_element (content_meta, w->g2, "headline", headline);
    }
  add_text_element (content_meta, w->g2, "by", copydesk_photo_get_photographer (photo));
  add_line_element (content_meta, w->g2, "creditline", copydesk_photo_get_credit (photo));
  node = add_text_element (content_meta, w->g2, "description", copydesk_photo_get_caption (photo));
  if (node != NULL)
    set_attr (node, "role", "drol:caption");
  node = add_text_element (content_meta, w->g2, "description", copydesk_photo_get_alt_text (photo));
  if (node != NULL)
    set_attr (node, "role", COPYDESK_SCHEME_ALIAS ":alttext");

  add_remote_content (w, item, photo);
  _copydesk_kept_write (item, copydesk_photo_get_kept_metadata (photo), NULL);
}

static xmlNodePtr
add_item_ref (Writer     *w,
              xmlNodePtr  group,
              const char *guid,
              const char *item_class)
{
  xmlNodePtr ref = add_element (group, w->g2, "itemRef");

  set_attr (ref, "residref", guid);
  set_attr (ref, "version", w->version);
  set_attr (ref, "contenttype", "application/vnd.iptc.g2.newsitem+xml");
  add_qcode_element (ref, w->g2, "itemClass", item_class);
  add_provider (w, ref);
  add_qcode_element (ref, w->g2, "pubStatus", "stat:usable");
  return ref;
}

static xmlNodePtr
add_group (Writer     *w,
           xmlNodePtr  group_set,
           const char *id,
           const char *role,
           const char *mode)
{
  xmlNodePtr group = add_element (group_set, w->g2, "group");

  set_attr (group, "id", id);
  set_attr (group, "role", role);
  if (mode != NULL)
    set_attr (group, "mode", mode);
  return group;
}

static void
add_package_item (Writer     *w,
                  xmlNodePtr  item_set)
{
  CopydeskArticle *a = w->article;
  GListModel *photos = copydesk_article_get_photos (a);
  guint n_photos = g_list_model_get_n_items (photos);
  g_autofree char *guid = derived_guid (copydesk_article_get_guid (a), "package");
  xmlNodePtr item = add_item_root (w, item_set, "packageItem", guid);
  xmlNodePtr content_meta, group_set, root, group, ref, node;

  add_item_meta (w, item, "ninat:composite");
  content_meta = add_element (item, w->g2, "contentMeta");
  /* kept even when empty: receivers read every item's contentMeta */
  add_text_element (content_meta, w->g2, "headline", copydesk_article_get_headline (a));

  group_set = add_element (item, w->g2, "groupSet");
  set_attr (group_set, "root", "G1");
  root = add_group (w, group_set, "G1", COPYDESK_SCHEME_ALIAS ":main", "pgrmod:bag");
  set_attr (add_element (root, w->g2, "groupRef"), "idref", "G2");
  if (n_photos > 0)
    set_attr (add_element (root, w->g2, "groupRef"), "idref", "G3");

  group = add_group (w, group_set, "G2", COPYDESK_SCHEME_ALIAS ":article", NULL);
  ref = add_item_ref (w, group, copydesk_article_get_guid (a), "ninat:text");
  add_text_element (ref, w->g2, "title", copydesk_article_get_headline (a));
  node = add_text_element (ref, w->g2, "description", copydesk_article_get_standfirst (a));
  if (node != NULL)
    set_attr (node, "role", "drol:summary");

  _copydesk_kept_write (item, copydesk_article_get_kept_metadata (a), "package");
  if (n_photos == 0)
    return;
  group = add_group (w, group_set, "G3", COPYDESK_SCHEME_ALIAS ":pictures", "pgrmod:seq");
  for (guint i = 0; i < n_photos; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      ref = add_item_ref (w, group, copydesk_photo_get_guid (photo), "ninat:picture");
      node = add_text_element (ref, w->g2, "description", copydesk_photo_get_caption (photo));
      if (node != NULL)
        set_attr (node, "role", "drol:caption");
    }
}

static void
add_header (Writer     *w,
            xmlNodePtr  message)
{
  xmlNodePtr header = add_element (message, w->g2, "header");
  g_autofree char *transmit_id = g_strdup_printf ("%s:v%s",
                                                  copydesk_article_get_guid (w->article),
                                                  w->version);

  add_text_element (header, w->g2, "sent", w->modified);
  xmlSetProp (add_element (header, w->g2, "catalogRef"), BAD_CAST "href",
              BAD_CAST COPYDESK_IPTC_CATALOG);
  add_line_element (header, w->g2, "sender", w->provider);
  add_line_element (header, w->g2, "transmitId", transmit_id);
  add_qcode_element (header, w->g2, "signal", "nmsig:atomic");
}

/* ------------------------------------------------------------ entry point */

static gboolean
check_article (CopydeskArticle  *article,
               GError          **error)
{
  const char *language = copydesk_article_get_language (article);

  if (!copydesk_language_tag_is_valid (language))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                   _("The language “%s” is not a language tag such as “en” or “pt-BR”"),
                   language);
      return FALSE;
    }
  if (*copydesk_article_get_guid (article) == '\0')
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                           _("The article has no identifier (guid)"));
      return FALSE;
    }
  return TRUE;
}

/* firstCreated and contentCreated are optional (versionCreated is not): they
 * are written only when the creation time is known. A later version created
 * at the very moment of the first is the reader's stand-in for a file that
 * gave no creation time (copydesk_newsml_read()), not a time to pass on; for
 * version 1 the first version is this one, and the two are one time. */
static char *
created_time (CopydeskArticle *article)
{
  GDateTime *created = copydesk_article_get_created (article);

  if (copydesk_article_get_version (article) > 1
      && g_date_time_compare (created, copydesk_article_get_modified (article)) == 0)
    return g_strdup ("");
  return copydesk_date_time_format (created);
}

/**
 * copydesk_newsml_write:
 * @article: the article
 * @base_dir: (nullable): the folder the file will be written to, so that
 *   photo files can be referred to by relative paths; %NULL to refer to them
 *   by file name alone
 * @error: return location for an error
 *
 * Writes the article as a NewsML-G2 2.35 newsMessage. Fails only on a field
 * that cannot be expressed at all (%COPYDESK_ERROR_INVALID_FIELD).
 *
 * Returns: (transfer full): the document, UTF-8, or %NULL with @error set
 */
GBytes *
copydesk_newsml_write (CopydeskArticle  *article,
                       GFile            *base_dir,
                       GError          **error)
{
  Writer w = { article, base_dir, NULL, NULL, NULL, NULL, NULL, NULL };
  xmlDocPtr doc;
  xmlNodePtr message, item_set;
  GListModel *photos;
  xmlChar *buffer = NULL;
  int size = 0;
  const char *provider;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_article (article, error))
    return NULL;

  provider = copydesk_article_get_provider (article);
  w.version = g_strdup_printf ("%u", copydesk_article_get_version (article));
  w.created = created_time (article);
  w.modified = copydesk_date_time_format (copydesk_article_get_modified (article));
  w.provider = copydesk_text_collapse_whitespace (*provider ? provider : "Copydesk");
  w.language = g_strdup (copydesk_article_get_language (article));

  doc = xmlNewDoc (BAD_CAST "1.0");
  message = xmlNewDocNode (doc, NULL, BAD_CAST "newsMessage", NULL);
  xmlDocSetRootElement (doc, message);
  w.g2 = xmlNewNs (message, BAD_CAST COPYDESK_NEWSML_NS, NULL);
  xmlSetNs (message, w.g2);

  add_header (&w, message);
  item_set = add_element (message, w.g2, "itemSet");
  add_package_item (&w, item_set);
  add_text_item (&w, item_set);
  photos = copydesk_article_get_photos (article);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      add_picture_item (&w, item_set, photo);
    }
  _copydesk_newsml_desk_write (article, message);

  xmlDocDumpFormatMemoryEnc (doc, &buffer, &size, "UTF-8", 1);
  xmlFreeDoc (doc);
  writer_clear (&w);

  if (buffer == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                           _("Out of memory while writing the NewsML-G2 file"));
      return NULL;
    }
  return g_bytes_new_with_free_func (buffer, size, (GDestroyNotify) xmlFree, buffer);
}
