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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlMeta, _copydesk_html_meta_free)

G_END_DECLS
