/* copydesk-newsml-reader.c: NewsML-G2 in, one article out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads what copydesk-newsml-writer.c writes, field for field, and what news
 * agencies send: a newsMessage, a lone newsItem (text or picture) or a
 * packageItem. The body is read by copydesk-newsml-reader-body.c.
 *
 * The reader's files: this one (itemMeta and contentMeta, text items),
 * -node.c (node helpers, warnings, photos), -parse.c (the safe parsing
 * below), -picture.c (picture items and packages), -story.c (the story
 * chosen, the entry points); copydesk-newsml-reader-doc.h joins them.
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
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-doc.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"

/* ------------------------------------------------------------ reading items */

/* "text", "picture", "composite", …: the ninat code of an item (or of an
 * itemRef), from its QCode or its URI. */
char *
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

void
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
      /* the others are counted: read_document() says how many there are */
      if (d->n_stories++ == d->story)
        d->text = item;
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
void
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
void
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
void
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

void
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
gboolean
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
void
settle_headline (Doc *d)
{
  if (*copydesk_article_get_headline (d->r.article) != '\0' || d->r.subheadline == NULL)
    return;
  copydesk_article_set_headline (d->r.article, d->r.subheadline);
  g_clear_pointer (&d->r.subheadline, g_free);
}

/* One child of the contentMeta the article is made from; %FALSE when the
 * article has no place for it. */
gboolean
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
void
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

void
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

gboolean
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

void
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
