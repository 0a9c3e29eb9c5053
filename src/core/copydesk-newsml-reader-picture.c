/* copydesk-newsml-reader-picture.c: NewsML-G2 in, pictures and packages
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
void
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

void
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

void
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
