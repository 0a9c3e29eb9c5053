/* copydesk-newsml-reader-private.h: what the parts of the NewsML-G2 reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

typedef struct _CopydeskKept CopydeskKept;

typedef struct
{
  CopydeskArticle *article;
  GFile           *base_dir;
  GPtrArray       *warnings;      /* (element-type utf8) */
  /* written by Copydesk itself: text is read as written, not tidied */
  gboolean         ours;
  /* a sub-headline waiting for a home (the standfirst or the body) */
  char            *subheadline;
  /* where what the model does not edit goes, for the item being read */
  CopydeskKept    *kept;
  /* tags of an XHTML header, for the keywords (element-type utf8) */
  GPtrArray       *keywords;
  /* bookkeeping that keeps hostile files linear */
  GHashTable      *seen_warnings;  /* set of the lines in @warnings */
  guint            more_warnings;  /* lines past the cap */
  GHashTable      *photo_guids;    /* guid -> CopydeskPhoto (borrowed) */
  GHashTable      *photo_ids;      /* set of ids in use */
  guint            next_photo;
  gboolean         too_many_photos;
  /* photos past the cap (set of guids, or ids), how many, the first and
   * the last */
  GHashTable      *not_read;
  guint            photos_not_read;
  char            *first_not_read;
  char            *last_not_read;
} Reader;

/* Node helpers */
gboolean       _copydesk_reader_is (xmlNodePtr  node,
                                    const char *ns,
                                    const char *name);
gboolean       _copydesk_reader_is_local (xmlNodePtr  node,
                                          const char *name);
char          *_copydesk_reader_attr (xmlNodePtr  node,
                                     const char *name);
char          *_copydesk_reader_text (Reader     *r,
                                     xmlNodePtr  node);
void           _copydesk_reader_warn (Reader     *r,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (2, 3);
char          *_copydesk_reader_describe (xmlNodePtr node);

/* Photos */
CopydeskPhoto *_copydesk_reader_find_photo_by_guid (Reader     *r,
                                                    const char *guid);
CopydeskPhoto *_copydesk_reader_new_photo (Reader     *r,
                                           const char *id,
                                           const char *guid);
GFile         *_copydesk_reader_resolve_href (Reader     *r,
                                              const char *href);

/* Safe parsing: how many elements a file of @len bytes may hold (a flat
 * limit, then one element per 64 bytes, so that Copydesk's own long
 * articles pass and a file of empty elements does not). */
guint          _copydesk_reader_max_elements (gsize len);

/* Partial reads: the first warning says what a cap left out, and the
 * article is marked (copydesk_newsml_read_is_partial()). */
#define COPYDESK_READER_MAX_PHOTOS 1000
void           _copydesk_reader_say_partial (Reader *r);

/* Bodies: @root is the single element inside inlineXML. */
CopydeskBody  *_copydesk_reader_read_body (Reader     *r,
                                           xmlNodePtr  root);
CopydeskBody  *_copydesk_reader_read_plain_body (Reader     *r,
                                                 const char *text);

/* Metadata kept whole (copydesk-newsml-kept.c) */
gboolean       _copydesk_kept_is_owned (const char   *part,
                                        const char   *name);
CopydeskKept  *_copydesk_kept_new      (void);
void           _copydesk_kept_free     (CopydeskKept *kept);
gboolean       _copydesk_kept_add      (CopydeskKept *kept,
                                        const char   *part,
                                        xmlNodePtr    node);
void           _copydesk_kept_add_catalogs (CopydeskKept *kept,
                                            xmlNodePtr    item);
char          *_copydesk_kept_finish   (CopydeskKept *kept);
void           _copydesk_kept_set_scope (CopydeskKept *kept,
                                         const char   *scope);
guint          _copydesk_kept_count    (CopydeskKept *kept);

G_END_DECLS
