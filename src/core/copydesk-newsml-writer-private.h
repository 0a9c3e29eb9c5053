/* copydesk-newsml-writer-private.h: what the parts of the NewsML-G2 writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

#define COPYDESK_NITF_NS "http://iptc.org/std/NITF/2006-10-18/"

typedef struct
{
  CopydeskArticle *article;
  GFile           *base_dir;
  xmlNsPtr         g2;
  char            *version;
  char            *created;
  char            *modified;
  char            *provider;
  char            *language;
} Writer;

xmlNodePtr  _copydesk_writer_add_element      (xmlNodePtr  parent,
                                               xmlNsPtr    ns,
                                               const char *name);
void        _copydesk_writer_set_attr         (xmlNodePtr  node,
                                               const char *name,
                                               const char *value);
void        _copydesk_writer_set_href         (xmlNodePtr  node,
                                               const char *href);
void        _copydesk_writer_add_text         (xmlNodePtr  parent,
                                               const char *text);
xmlNodePtr  _copydesk_writer_add_text_element (xmlNodePtr  parent,
                                               xmlNsPtr    ns,
                                               const char *name,
                                               const char *text);
char       *_copydesk_writer_relative_href    (GFile      *base_dir,
                                               GFile      *file);
const char *_copydesk_writer_photo_type       (CopydeskPhoto *photo);

/* The body again, in NITF 3.6, for receivers without an XHTML profile. */
void        _copydesk_writer_add_nitf_body    (Writer     *w,
                                               xmlNodePtr  content_set);

/* Kept metadata (copydesk-newsml-kept.c): written back into @item, where the
 * schema puts each element. */
void        _copydesk_kept_write              (xmlNodePtr  item,
                                               const char *kept,
                                               const char *scope);
gboolean    _copydesk_kept_has                (const char *kept,
                                               const char *part,
                                               const char *name);

G_END_DECLS
