/* copydesk-newsml-writer-nitf.c: the body again, in NITF 3.6
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Receivers without an XHTML profile (Superdesk's generic NewsML-G2 parser
 * among them) read the text of an XHTML body only up to the first inline
 * element of each top-level block, but read a NITF body in full. So the text
 * item offers the same body a second time, as a second inlineXML rendition
 * in NITF 3.6, placed after the XHTML one (such receivers keep the last body
 * they meet). Both carry the same words in the same blocks:
 *
 *   XHTML                      NITF (inside body.content/block)
 *   p                          p
 *   h2                         hl2
 *   blockquote/p               bq/block/p
 *   ul|ol/li                   ul|ol/li
 *   figure (img, figcaption)   media (media-reference, media-caption,
 *                                     media-producer for the credit)
 *   em, strong, a              em, em class="strong", a
 *   aside.contributor-note     p class="contributor-note", last in the block
 *
 * The headline, byline, dateline and standfirst go in body.head, where NITF
 * keeps them (the XHTML rendition has its title only).
 */
#include "config.h"

#include <string.h>

#include "copydesk-newsml-writer-private.h"
#include "copydesk-text.h"

static void
add_spans (xmlNodePtr         parent,
           xmlNsPtr           ns,
           const CopydeskRun *run,
           guint              from,
           guint              to)
{
  for (guint i = from; i < to; i++)
    {
      const CopydeskSpan *span = copydesk_run_get_span (run, i);
      xmlNodePtr into = parent;

      if (span->style & COPYDESK_STYLE_STRONG)
        {
          /* NITF has no strong: an em of class "strong" says it */
          into = _copydesk_writer_add_element (into, ns, "em");
          _copydesk_writer_set_attr (into, "class", "strong");
        }
      if (span->style & COPYDESK_STYLE_EMPHASIS)
        into = _copydesk_writer_add_element (into, ns, "em");
      _copydesk_writer_add_text (into, span->text);
    }
}

/* See keep_inline() in the XHTML writer: mixed content stays unindented. */
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
          xmlNodePtr a = _copydesk_writer_add_element (parent, ns, "a");

          _copydesk_writer_set_href (a, href);
          add_spans (a, ns, run, i, end);
          keep_inline (a);
        }
      else
        add_spans (parent, ns, run, i, end);
      i = end;
    }
  keep_inline (parent);
}

static void
add_media (Writer        *w,
           xmlNodePtr     block,
           xmlNsPtr       ns,
           CopydeskPhoto *photo)
{
  xmlNodePtr media = _copydesk_writer_add_element (block, ns, "media");
  xmlNodePtr ref = _copydesk_writer_add_element (media, ns, "media-reference");
  g_autofree char *caption = copydesk_text_strip_xml_invalid (copydesk_photo_get_caption (photo));
  g_autofree char *credit = copydesk_text_collapse_whitespace (copydesk_photo_get_credit (photo));
  GFile *file = copydesk_photo_get_file (photo);

  _copydesk_writer_set_attr (media, "media-type", "image");
  if (file != NULL)
    {
      g_autofree char *src = _copydesk_writer_relative_href (w->base_dir, file);

      _copydesk_writer_set_attr (ref, "source", src);
    }
  if (file != NULL || *copydesk_photo_get_content_type (photo) != '\0')
    _copydesk_writer_set_attr (ref, "mime-type", _copydesk_writer_photo_type (photo));
  if (*copydesk_photo_get_alt_text (photo) != '\0')
    _copydesk_writer_set_attr (ref, "alternate-text", copydesk_photo_get_alt_text (photo));
  if (copydesk_photo_get_width (photo) > 0 && copydesk_photo_get_height (photo) > 0)
    {
      char number[32];

      g_snprintf (number, sizeof number, "%u", copydesk_photo_get_width (photo));
      _copydesk_writer_set_attr (ref, "width", number);
      g_snprintf (number, sizeof number, "%u", copydesk_photo_get_height (photo));
      _copydesk_writer_set_attr (ref, "height", number);
    }
  _copydesk_writer_add_text_element (media, ns, "media-caption", g_strstrip (caption));
  _copydesk_writer_add_text_element (media, ns, "media-producer", credit);
}

static void
add_block (Writer              *w,
           xmlNodePtr           block,
           xmlNsPtr             ns,
           const CopydeskBlock *b)
{
  CopydeskBlockKind kind = copydesk_block_get_kind (b);
  xmlNodePtr parent;

  switch (kind)
    {
    case COPYDESK_BLOCK_PARAGRAPH:
    case COPYDESK_BLOCK_SUBHEADING:
      add_run (_copydesk_writer_add_element (block, ns,
                                             kind == COPYDESK_BLOCK_PARAGRAPH ? "p" : "hl2"),
               ns, copydesk_block_get_run (b));
      break;

    case COPYDESK_BLOCK_QUOTE:
      parent = _copydesk_writer_add_element (_copydesk_writer_add_element (block, ns, "bq"),
                                             ns, "block");
      for (guint i = 0; i < copydesk_block_get_n_items (b); i++)
        add_run (_copydesk_writer_add_element (parent, ns, "p"), ns, copydesk_block_get_item (b, i));
      break;

    case COPYDESK_BLOCK_BULLET_LIST:
    case COPYDESK_BLOCK_NUMBERED_LIST:
      parent = _copydesk_writer_add_element (block, ns,
                                             kind == COPYDESK_BLOCK_BULLET_LIST ? "ul" : "ol");
      for (guint i = 0; i < copydesk_block_get_n_items (b); i++)
        add_run (_copydesk_writer_add_element (parent, ns, "li"), ns, copydesk_block_get_item (b, i));
      break;

    case COPYDESK_BLOCK_PHOTO:
      add_media (w, block, ns,
                 copydesk_article_find_photo (w->article, copydesk_block_get_photo_id (b)));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
add_body_head (Writer     *w,
               xmlNodePtr  body,
               xmlNsPtr    ns)
{
  CopydeskArticle *a = w->article;
  xmlNodePtr head = _copydesk_writer_add_element (body, ns, "body.head");
  xmlNodePtr hedline = _copydesk_writer_add_element (head, ns, "hedline");
  xmlNodePtr abstract;

  /* hedline needs its hl1, even an empty one */
  if (_copydesk_writer_add_text_element (hedline, ns, "hl1", copydesk_article_get_headline (a)) == NULL)
    _copydesk_writer_add_element (hedline, ns, "hl1");
  _copydesk_writer_add_text_element (head, ns, "byline", copydesk_article_get_byline (a));
  _copydesk_writer_add_text_element (head, ns, "dateline", copydesk_article_get_dateline (a));
  abstract = _copydesk_writer_add_element (head, ns, "abstract");
  if (_copydesk_writer_add_text_element (abstract, ns, "p", copydesk_article_get_standfirst (a)) == NULL)
    {
      xmlUnlinkNode (abstract);
      xmlFreeNode (abstract);
    }
}

void
_copydesk_writer_add_nitf_body (Writer     *w,
                                xmlNodePtr  content_set)
{
  CopydeskBody *body = copydesk_article_get_body (w->article);
  const char *note = copydesk_article_get_contributor_note (w->article);
  xmlNodePtr inline_xml = _copydesk_writer_add_element (content_set, w->g2, "inlineXML");
  g_autofree char *words = g_strdup_printf ("%u", copydesk_body_count_words (body));
  xmlNodePtr nitf, head, nbody, block, node;
  xmlNsPtr ns;

  _copydesk_writer_set_attr (inline_xml, "contenttype", "application/nitf+xml");
  _copydesk_writer_set_attr (inline_xml, "wordcount", words);

  nitf = _copydesk_writer_add_element (inline_xml, NULL, "nitf");
  ns = xmlNewNs (nitf, BAD_CAST COPYDESK_NITF_NS, NULL);
  xmlSetNs (nitf, ns);
  _copydesk_writer_set_attr (nitf, "version", "-//IPTC//DTD NITF 3.6//EN");
  head = _copydesk_writer_add_element (nitf, ns, "head");
  _copydesk_writer_add_text (_copydesk_writer_add_element (head, ns, "title"),
                             copydesk_article_get_headline (w->article));
  nbody = _copydesk_writer_add_element (nitf, ns, "body");
  add_body_head (w, nbody, ns);
  block = _copydesk_writer_add_element (_copydesk_writer_add_element (nbody, ns, "body.content"),
                                        ns, "block");
  for (guint i = 0; i < copydesk_body_get_n_blocks (body); i++)
    add_block (w, block, ns, copydesk_body_get_block (body, i));

  /* the last paragraph of the block rather than body.end/tagline: receivers
   * read the block alone, and the note is printed with the story */
  node = _copydesk_writer_add_text_element (block, ns, "p", note);
  if (node != NULL)
    _copydesk_writer_set_attr (node, "class", "contributor-note");
}
