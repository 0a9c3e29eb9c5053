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

static CopydeskAuthor *
first_author (CopydeskArticle *article)
{
  GListModel *authors = copydesk_article_get_authors (article);
  g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, 0);

  /* the article holds its own reference */
  return author;
}

static CopydeskAuthor *
find_author (CopydeskArticle *article,
             const char      *name)
{
  GListModel *authors = copydesk_article_get_authors (article);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      if (g_str_equal (copydesk_author_get_name (author), name))
        return author;
    }
  return NULL;
}

/* The metadata: every JSON-LD script and <meta> tag, wherever it stands
 * (pages put JSON-LD in the body too), and the language of <html>. */
void
_copydesk_html_read_meta (HtmlMeta *meta,
           xmlNode  *node,
           guint     depth)
{
  for (xmlNode *child = node->children; child != NULL && depth < HTML_MAX_DEPTH;
       child = child->next)
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

/* The byline as the page prints it ("Por Luana Figueiredo e Caio Brandão"),
 * cleaned by the plain-text byline rules; NULL when the page prints none. */
static ImportByline *
markup_byline (Html *h)
{
  g_autofree char *by = NULL;
  ImportByline *byline;

  if (h->byline == NULL)
    return NULL;
  if ((byline = _copydesk_import_parse_byline (h->byline)) != NULL)
    return byline;
  by = g_strconcat ("By ", h->byline, NULL);
  return _copydesk_import_parse_byline (by);
}

static void
add_author (CopydeskArticle *article,
            const char      *name,
            const char      *job_title)
{
  g_autoptr(CopydeskAuthor) author = copydesk_author_new (name);

  if (job_title != NULL)
    copydesk_author_set_job_title (author, job_title);
  copydesk_article_add_author (article, author);
}

/* The authors the metadata names, one by one with their job titles; else
 * those of the byline in the markup. The byline is the markup's when the
 * page prints one (it is written in the article's language), else the
 * metadata's names joined. */
static void
set_authors (CopydeskArticle *article,
             Html            *h)
{
  HtmlMeta *meta = h->meta;
  g_autoptr(ImportByline) byline = markup_byline (h);

  if (byline != NULL)
    {
      copydesk_article_set_byline (article, byline->byline);
      if (byline->place != NULL)
        copydesk_article_set_dateline (article, byline->place);
      if (byline->agency != NULL)
        copydesk_article_set_provider (article, byline->agency);
    }
  else if (meta->authors->len > 0)
    {
      g_autofree char *names = join_names (meta->authors);

      copydesk_article_set_byline (article, names);
    }
  else if (h->byline != NULL)
    copydesk_article_set_byline (article, h->byline);
  for (guint i = 0; i < meta->authors->len; i++)
    {
      HtmlAuthor *one = g_ptr_array_index (meta->authors, i);

      /* "By Jane Doe, Science Editor" on the page, her name alone in <meta> */
      add_author (article, one->name,
                  one->job_title == NULL && byline != NULL && byline->names->len == 1 &&
                  meta->authors->len == 1 ? byline->title : one->job_title);
    }
  for (guint i = 0; meta->authors->len == 0 && byline != NULL && i < byline->names->len; i++)
    add_author (article, g_ptr_array_index (byline->names, i),
                byline->names->len == 1 ? byline->title : NULL);
}

static CopydeskRun *
last_paragraph (Html *h)
{
  CopydeskBlock *block = h->blocks->len > 0 ? g_ptr_array_index (h->blocks, h->blocks->len - 1)
                                            : NULL;

  return block != NULL && copydesk_block_get_kind (block) == COPYDESK_BLOCK_PARAGRAPH ?
         copydesk_block_get_run (block) : NULL;
}

/* The closing lines of the body: "(Reporting by ...)" is the contributor
 * note, and "NAME writes about ... from CITY" about a credited author is
 * the author's bio, as in plain text. */
static void
take_closing_lines (CopydeskArticle *article,
                    Html            *h)
{
  CopydeskAuthor *author = NULL;
  CopydeskRun *run;

  while ((run = last_paragraph (h)) != NULL)
    {
      g_autofree char *text = copydesk_run_to_plain_text (run);
      g_autoptr(ImportByline) bio = NULL;
      g_autoptr(GPtrArray) names = NULL;

      if (_copydesk_import_is_contributor_note (text))
        {
          names = _copydesk_import_contributor_names (text);
          g_ptr_array_add (names, NULL);
          copydesk_article_set_contributor_note (article, text);
          copydesk_article_set_contributors (article, (const char * const *) names->pdata);
        }
      else if ((bio = _copydesk_import_parse_bio (text)) != NULL && h->bio == NULL &&
               (author = find_author (article, g_ptr_array_index (bio->names, 0))) != NULL)
        h->bio = g_strdup (text);
      else
        break;
      g_ptr_array_remove_index (h->blocks, h->blocks->len - 1);
    }
  if (h->bio != NULL && (author = first_author (article)) != NULL)
    copydesk_author_set_bio (author, h->bio);
}

/* "LONDON (Wire) — The central bank...": the dateline opens the first
 * paragraph when it is plain text (a styled opening is left as it is). */
static void
take_dateline (CopydeskArticle *article,
               Html            *h)
{
  for (guint i = 0; i < h->blocks->len; i++)
    {
      CopydeskBlock *block = g_ptr_array_index (h->blocks, i);
      CopydeskRun *run;
      g_autofree char *rest = NULL;
      g_autofree char *dateline = NULL;

      if (copydesk_block_get_kind (block) != COPYDESK_BLOCK_PARAGRAPH)
        continue;
      run = copydesk_block_get_run (block);
      if (copydesk_run_get_n_spans (run) == 1 && copydesk_run_get_span (run, 0)->style == 0 &&
          copydesk_run_get_span (run, 0)->href == NULL &&
          (dateline = _copydesk_import_split_dateline (copydesk_run_get_span (run, 0)->text,
                                                        &rest)) != NULL)
        {
          g_autoptr(CopydeskRun) shorter = copydesk_run_new_plain (rest);

          copydesk_article_set_dateline (article, dateline);
          g_ptr_array_index (h->blocks, i) = copydesk_block_new_text (COPYDESK_BLOCK_PARAGRAPH,
                                                                       shorter);
          copydesk_block_unref (block);
        }
      return;
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
  take_closing_lines (article, h);
  take_dateline (article, h);
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

