/* copydesk-import-html-figure.c: a page's figures, with caption and credit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure is a photo when its figcaption or the page's JSON-LD gives it a
 * caption or a credit. The credit is the element inside the figcaption that
 * is marked as one (by class: data/import/... is not needed, the names are
 * few and international), or <small>; failing that, the plain-text
 * importer's credit rules read the caption's text.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-import-html-private.h"
#include "copydesk-import-private.h"
#include "copydesk-text.h"

/* Photos past this count are reported, not added. */
#define MAX_PHOTOS 1000

static const char * const credit_names[] = {
  "credit", "credits", "copyright", "source", "photographer", "attribution", "byline",
  "author", NULL
};


xmlNode *
_copydesk_html_find_element (xmlNode    *node,
              const char *name,
              guint       depth)
{
  for (xmlNode *child = node->children; child != NULL && depth < HTML_MAX_DEPTH;
       child = child->next)
    {
      xmlNode *found;

      if (_copydesk_html_is_element (child, name))
        return child;
      if (child->type == XML_ELEMENT_NODE &&
          (found = _copydesk_html_find_element (child, name, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

/* The credit inside a figcaption: an element marked as one, or <small>. */
static xmlNode *
find_credit (xmlNode *node,
             guint    depth)
{
  for (xmlNode *child = node->children; child != NULL && depth < HTML_MAX_DEPTH;
       child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_html_names_any (child, credit_names) ||
          _copydesk_html_is_element (child, "small"))
        return child;
      if ((found = find_credit (child, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

static HtmlImage *
meta_image (Html       *h,
            const char *url)
{
  for (guint i = 0; url != NULL && i < h->meta->images->len; i++)
    {
      HtmlImage *image = g_ptr_array_index (h->meta->images, i);

      if (g_str_equal (image->url, url))
        return image;
    }
  return NULL;
}

/* "Photo: Ana Lobo" in a credit element: the label is not the credit. */
static char *
clean_credit (const char *text)
{
  g_autofree char *stripped = _copydesk_import_strip (text, " ()[]|/–—-·•");
  const char *credit = _copydesk_import_skip_credit_label (stripped);

  return credit[0] != '\0' ? g_strdup (credit) : NULL;
}

gboolean
_copydesk_html_holds (xmlNode *ancestor,
       xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* The text of @node without the text of @credit, somewhere inside it. */
char *
_copydesk_html_text_without (xmlNode *caption,
                 xmlNode *credit)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *all = NULL;

  for (xmlNode *child = caption->children; child != NULL; child = child->next)
    {
      g_autofree char *part = NULL;

      if (_copydesk_html_holds (child, credit))
        {
          /* the credit sits deeper: keep the text around it */
          if (child != credit)
            {
              g_autofree char *inner = _copydesk_html_text_without (child, credit);

              g_string_append_printf (text, "%s ", inner);
            }
          continue;
        }
      part = _copydesk_html_node_text (child);
      g_string_append_printf (text, "%s ", part);
    }
  all = copydesk_text_collapse_whitespace (text->str);
  return _copydesk_import_strip (all, " |–—-");
}

void
_copydesk_html_read_figure (Html    *h,
             xmlNode *node)
{
  xmlNode *img = _copydesk_html_find_element (node, "img", 0);
  xmlNode *figcaption = _copydesk_html_find_element (node, "figcaption", 0);
  g_autofree char *src = img != NULL ? _copydesk_html_get_attr (img, "src") : NULL;
  g_autofree char *alt = img != NULL ? _copydesk_html_get_attr (img, "alt") : NULL;
  g_autofree char *caption = NULL, *credit = NULL, *photographer = NULL, *id = NULL;
  HtmlImage *known = meta_image (h, src);
  g_autoptr(CopydeskPhoto) photo = NULL;

  if (figcaption != NULL)
    {
      xmlNode *credit_node = find_credit (figcaption, 0);

      if (credit_node != NULL)
        {
          g_autofree char *text = _copydesk_html_node_text (credit_node);

          credit = clean_credit (text);
          caption = _copydesk_html_text_without (figcaption, credit_node);
        }
      else
        {
          g_autofree char *text = _copydesk_html_node_text (figcaption);

          if (!_copydesk_import_parse_caption (text, &caption, &credit))
            caption = g_steal_pointer (&text);
        }
    }
  if (caption == NULL || caption[0] == '\0')
    {
      g_free (caption);
      caption = g_strdup (known != NULL && known->caption != NULL ? known->caption : alt);
    }
  if (credit == NULL && known != NULL)
    credit = g_strdup (known->credit);
  if ((caption == NULL || caption[0] == '\0') && credit == NULL)
    return;
  if (h->fragment || h->photos->len >= MAX_PHOTOS)
    {
      _copydesk_html_report (h, node);
      return;
    }
  id = g_strdup_printf ("photo-%u", h->photos->len + 1);
  photo = copydesk_photo_new (id);
  copydesk_photo_set_caption (photo, caption ? caption : "");
  copydesk_photo_set_credit (photo, credit ? credit : "");
  if (alt != NULL && alt[0] != '\0')
    copydesk_photo_set_alt_text (photo, alt);
  if (credit != NULL && (photographer = _copydesk_import_photographer (credit)) != NULL)
    copydesk_photo_set_photographer (photo, photographer);
  g_ptr_array_add (h->photos, g_steal_pointer (&photo));
  g_ptr_array_add (h->blocks, copydesk_block_new_photo (id));
}

