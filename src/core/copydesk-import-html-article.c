/* copydesk-import-html-article.c: a page's metadata and fields -> article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields the metadata gives win over the markup's: the publisher writes
 * JSON-LD for machines, and it names authors one by one with their titles.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-import-html-private.h"
#include "copydesk-import-private.h"
#include "copydesk-text.h"

/* The metadata: every JSON-LD script and <meta> tag, wherever it stands
 * (pages put JSON-LD in the body too), and the language of <html>. */
void
_copydesk_html_read_meta (HtmlMeta *meta,
           xmlNode  *node,
           guint     depth)
{
  for (xmlNode *child = node->children; child != NULL && depth < COPYDESK_HTML_MAX_DEPTH; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_copydesk_html_is_element (child, "script"))
        {
          g_autofree char *type = _copydesk_html_get_attr (child, "type");

          if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
            {
              xmlChar *json = xmlNodeGetContent (child);

              if (json != NULL)
                _copydesk_html_meta_read_json_ld (meta, (const char *) json, -1);
              xmlFree (json);
            }
          continue;
        }
      if (_copydesk_html_is_element (child, "meta"))
        _copydesk_html_meta_read_tag (meta, child);
      else
        _copydesk_html_read_meta (meta, child, depth + 1);
    }
}

static void
set_language (CopydeskArticle *article,
              HtmlMeta        *meta,
              xmlNode         *html,
              const char      *text)
{
  g_autofree char *lang = html != NULL ? _copydesk_html_get_attr (html, "lang") : NULL;
  const char *tag = meta->language != NULL ? meta->language : lang;
  g_autofree char *normal = NULL;

  if (tag != NULL)
    {
      g_autofree char *dashed = g_strdelimit (g_strstrip (g_strdup (tag)), "_", '-');

      normal = copydesk_language_tag_normalize (dashed);
    }
  if (normal == NULL || !copydesk_language_tag_is_valid (normal))
    {
      g_free (normal);
      normal = g_strdup (_copydesk_import_guess_language (text));
    }
  if (normal != NULL)
    copydesk_article_set_language (article, normal);
}

static void
set_date (CopydeskArticle *article,
          const char      *iso,
          void           (*set) (CopydeskArticle *, GDateTime *))
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;

  if (iso == NULL)
    return;
  when = g_date_time_new_from_iso8601 (iso, utc);
  if (when != NULL)
    set (article, when);
}

/* "A", "A and B", "A, B and C": the byline the authors make. */
static char *
join_names (GPtrArray *authors)
{
  g_autoptr(GString) byline = g_string_new (NULL);

  for (guint i = 0; i < authors->len; i++)
    {
      HtmlAuthor *author = g_ptr_array_index (authors, i);

      if (i > 0)
        g_string_append (byline, i + 1 == authors->len ? _(" and ") : ", ");
      g_string_append (byline, author->name);
    }
  return g_string_free (g_steal_pointer (&byline), FALSE);
}

static void
set_authors (CopydeskArticle *article,
             Html            *h)
{
  HtmlMeta *meta = h->meta;

  if (meta->authors->len == 0 && h->byline != NULL)
    {
      g_autofree char *by = g_str_has_prefix (h->byline, "By ") ? g_strdup (h->byline)
                                                                 : g_strconcat ("By ", h->byline, NULL);
      g_autoptr(ImportByline) byline = _copydesk_import_parse_byline (by);

      copydesk_article_set_byline (article, byline != NULL ? byline->byline : h->byline);
      for (guint i = 0; byline != NULL && i < byline->names->len; i++)
        {
          g_autoptr(CopydeskAuthor) author = copydesk_author_new (g_ptr_array_index (byline->names, i));

          if (byline->title != NULL && byline->names->len == 1)
            copydesk_author_set_job_title (author, byline->title);
          copydesk_article_add_author (article, author);
        }
      return;
    }
  if (meta->authors->len > 0)
    {
      g_autofree char *names = join_names (meta->authors);

      copydesk_article_set_byline (article, names);
    }
  for (guint i = 0; i < meta->authors->len; i++)
    {
      HtmlAuthor *one = g_ptr_array_index (meta->authors, i);
      g_autoptr(CopydeskAuthor) author = copydesk_author_new (one->name);

      if (one->job_title != NULL)
        copydesk_author_set_job_title (author, one->job_title);
      copydesk_article_add_author (article, author);
    }
}

/* The body's text for the language guess, from its first blocks. */
static char *
sample_text (Html *h)
{
  g_autoptr(GString) text = g_string_new (h->headline);

  for (guint i = 0; i < h->blocks->len && text->len < 4096; i++)
    {
      CopydeskBlock *block = g_ptr_array_index (h->blocks, i);

      for (guint j = 0; j < copydesk_block_get_n_items (block); j++)
        {
          g_autofree char *plain = copydesk_run_to_plain_text (copydesk_block_get_item (block, j));

          g_string_append_printf (text, "\n%s", plain);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

CopydeskArticle *
_copydesk_html_build_article (Html    *h,
               xmlNode *html)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = NULL;
  g_autofree char *sample = NULL;
  const char *headline = h->meta->headline ? h->meta->headline
                         : h->headline ? h->headline : h->meta->og_title;
  const char *standfirst = h->meta->description ? h->meta->description : h->standfirst;

  copydesk_article_set_headline (article, headline ? headline : "");
  copydesk_article_set_standfirst (article, standfirst ? standfirst : "");
  set_authors (article, h);
  set_date (article, h->meta->published, copydesk_article_set_created);
  set_date (article, h->meta->modified, copydesk_article_set_modified);
  for (guint i = 0; i < h->photos->len; i++)
    copydesk_article_add_photo (article, g_ptr_array_index (h->photos, i));
  body = copydesk_body_new (h->blocks);
  copydesk_article_set_body (article, body);
  sample = sample_text (h);
  set_language (article, h->meta, html, sample);
  return g_steal_pointer (&article);
}

