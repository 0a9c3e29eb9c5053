/* copydesk-import-html-private.h: the HTML importer's parts, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page says what it is in two places: its metadata (schema.org JSON-LD,
 * OpenGraph and <meta> tags; copydesk-import-html-meta.c) and its markup
 * (copydesk-import-html.c). The metadata is trusted first, because the
 * publisher writes it for machines; the markup fills what it leaves out.
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;
  char *job_title;
} HtmlAuthor;

typedef struct
{
  char *url;
  char *caption;
  char *credit;
} HtmlImage;

typedef struct
{
  char      *headline;
  char      *og_title;    /* often "Headline | Site": below the page's h1 */
  char      *description;
  char      *language;
  char      *published;   /* ISO 8601, as written */
  char      *modified;
  GPtrArray *authors;     /* (element-type HtmlAuthor) */
  GPtrArray *images;      /* (element-type HtmlImage) */
  gboolean   from_json_ld;
} HtmlMeta;

typedef struct
{
  HtmlMeta  *meta;
  GPtrArray *blocks;        /* (element-type CopydeskBlock) */
  GPtrArray *dropped;       /* (element-type utf8) */
  GPtrArray *photos;        /* (element-type CopydeskPhoto) */
  const char * const *chrome_words;  /* data/import/html-chrome.txt */
  xmlNode   *root;
  char      *headline;
  char      *standfirst;
  char      *byline;
  char      *bio;           /* a block marked as the author's bio */
  gboolean   fragment;      /* a pasted fragment: no head fields, no photos */
  gboolean   have_paragraph;
  gboolean   before_h1;     /* inside the article, above its h1 */
} Html;

/* Nesting past this depth is read as plain text, without its structure. */
#define HTML_MAX_DEPTH 128

HtmlMeta *_copydesk_html_meta_new            (void);
void      _copydesk_html_meta_free           (HtmlMeta   *meta);
void      _copydesk_html_meta_read_json_ld   (HtmlMeta   *meta,
                                              const char *json,
                                              gssize      length);
void      _copydesk_html_meta_read_tag       (HtmlMeta   *meta,
                                              xmlNode    *node);
char     *_copydesk_html_node_text           (xmlNode    *node);
gboolean  _copydesk_html_is_element          (xmlNode    *node,
                                              const char *name);
char     *_copydesk_html_get_attr           (xmlNode    *node,
                                              const char *name);

/* copydesk-import-html.c */
gboolean  _copydesk_html_names_any           (xmlNode            *node,
                                              const char * const *words);
void      _copydesk_html_report              (Html               *h,
                                              xmlNode            *node);

/* copydesk-import-html-figure.c */
xmlNode  *_copydesk_html_find_element        (xmlNode    *node,
                                              const char *name,
                                              guint       depth);
gboolean  _copydesk_html_holds               (xmlNode    *ancestor,
                                              xmlNode    *node);
char     *_copydesk_html_text_without        (xmlNode    *node,
                                              xmlNode    *leave_out);
void      _copydesk_html_read_figure         (Html       *h,
                                              xmlNode    *node);

/* copydesk-import-html-article.c */
void      _copydesk_html_read_meta           (HtmlMeta   *meta,
                                              xmlNode    *node,
                                              guint       depth);
CopydeskArticle *_copydesk_html_build_article (Html      *h,
                                               xmlNode   *html);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlMeta, _copydesk_html_meta_free)

G_END_DECLS
