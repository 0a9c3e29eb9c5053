/* copydesk-newsml-reader-doc.h: what the files of the item reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-newsml-reader-private.h"

G_BEGIN_DECLS

/* A gallery of a hundred photos is a big one. Only foreign files are held
 * to it: a file Copydesk wrote is read back whole, whatever it holds (the
 * article's photo index keeps adding photos linear). */
#define MAX_PHOTOS     COPYDESK_READER_MAX_PHOTOS
/* Past this, one line says how many more there were. */
#define MAX_WARNINGS   500

typedef struct
{
  Reader      r;
  xmlNodePtr  text;
  GPtrArray  *pictures;
  GPtrArray  *packages;
  GPtrArray  *keywords;
  GPtrArray  *contributors;
  GString    *ed_note;
  GHashTable *seen_notes;
  gboolean    have_created;
  gboolean    have_modified;
  gboolean    have_standfirst;
  /* the input, for a guid of its own when it names none */
  GBytes       *bytes;
  gboolean      have_guid;
  /* what the article's items hold that the model does not edit */
  CopydeskKept *article_kept;
  /* the story to read (0 for the first text item) and how many there are */
  guint       story;
  guint       n_stories;
  GPtrArray  *story_titles;   /* (element-type utf8), when listing */
} Doc;

/* copydesk-newsml-reader-node.c */
gboolean       _copydesk_reader_is_g2 (xmlNodePtr  node,
                                       const char *name);
gboolean       _copydesk_reader_attr_is (xmlNodePtr  node,
                                         const char *name,
                                         const char *expected);
gboolean       _copydesk_reader_attr_has_suffix (xmlNodePtr  node,
                                                 const char *name,
                                                 const char *suffix);
char          *_copydesk_reader_raw_text (xmlNodePtr node);
char          *_copydesk_reader_single_line (xmlNodePtr node);
xmlNodePtr     _copydesk_reader_first_child (xmlNodePtr  node,
                                             const char *name);
void           _copydesk_reader_warn_not_kept (Reader     *r,
                                               const char *context,
                                               xmlNodePtr  node);
void           _copydesk_reader_keep_or_warn (Reader     *r,
                                              const char *part,
                                              const char *context,
                                              xmlNodePtr  node);
char          *_copydesk_reader_role_code (xmlNodePtr node);
gboolean       _copydesk_reader_code_is (const char         *code,
                                         const char * const *codes);
extern const char * const _copydesk_reader_summary_codes[];
extern const char * const _copydesk_reader_caption_codes[];
extern const char * const _copydesk_reader_main_headline_codes[];
extern const char * const _copydesk_reader_sub_headline_codes[];
GDateTime     *_copydesk_reader_parse_time (const char *text);
gboolean       _copydesk_reader_parse_uint (const char *text,
                                            guint64     max,
                                            guint64    *out);
gboolean       _copydesk_reader_same_time (GDateTime *a,
                                           GDateTime *b);

/* copydesk-newsml-reader-parse.c */
xmlDocPtr      _copydesk_reader_parse_bytes (GBytes  *bytes,
                                             GError **error);

/* copydesk-newsml-reader.c */
char          *_copydesk_reader_item_class (xmlNodePtr item);
void           _copydesk_reader_sort_item (Doc        *d,
                                           xmlNodePtr  item);
void           _copydesk_reader_read_provider (Doc        *d,
                                               xmlNodePtr  node,
                                               gboolean    main,
                                               const char *context);
void           _copydesk_reader_read_item_meta (Doc           *d,
                                                xmlNodePtr     meta,
                                                gboolean       main,
                                                const char    *context,
                                                CopydeskPhoto *photo);
void           _copydesk_reader_warn_identity (Doc        *d,
                                               const char *context,
                                               const char *name,
                                               xmlNodePtr  node);
void           _copydesk_reader_read_language (Doc        *d,
                                               const char *tag,
                                               xmlNodePtr  node);
gboolean       _copydesk_reader_read_headline (Doc        *d,
                                               xmlNodePtr  node);
void           _copydesk_reader_settle_headline (Doc *d);
gboolean       _copydesk_reader_read_article_field (Doc        *d,
                                                xmlNodePtr  child);
void           _copydesk_reader_read_content_meta (Doc        *d,
                                                   xmlNodePtr  meta);
void           _copydesk_reader_warn_rights (Doc        *d,
                                             xmlNodePtr  rights,
                                             const char *context);
gboolean       _copydesk_reader_is_item_frame (xmlNodePtr node);
void           _copydesk_reader_read_text_item (Doc        *d,
                                                xmlNodePtr  item,
                                                GPtrArray  *blocks);

/* copydesk-newsml-reader-picture.c */
void           _copydesk_reader_finish_kept (Doc           *d,
                                             xmlNodePtr     item,
                                             CopydeskPhoto *photo);
void           _copydesk_reader_read_picture_item (Doc        *d,
                                                   xmlNodePtr  item,
                                                   gboolean    main);
void           _copydesk_reader_read_package (Doc        *d,
                                              xmlNodePtr  package,
                                              gboolean    main);

/* The short names the reader's files use for what they share, so that the
 * code reads as it did when it was one file. */
#define attr_has_suffix _copydesk_reader_attr_has_suffix
#define attr_is _copydesk_reader_attr_is
#define caption_codes _copydesk_reader_caption_codes
#define code_is _copydesk_reader_code_is
#define finish_kept _copydesk_reader_finish_kept
#define first_child _copydesk_reader_first_child
#define is_g2 _copydesk_reader_is_g2
#define is_item_frame _copydesk_reader_is_item_frame
#define item_class _copydesk_reader_item_class
#define keep_or_warn _copydesk_reader_keep_or_warn
#define main_headline_codes _copydesk_reader_main_headline_codes
#define parse_bytes _copydesk_reader_parse_bytes
#define parse_time _copydesk_reader_parse_time
#define parse_uint _copydesk_reader_parse_uint
#define raw_text _copydesk_reader_raw_text
#define read_article_field _copydesk_reader_read_article_field
#define read_content_meta _copydesk_reader_read_content_meta
#define read_headline _copydesk_reader_read_headline
#define read_item_meta _copydesk_reader_read_item_meta
#define read_language _copydesk_reader_read_language
#define read_package _copydesk_reader_read_package
#define read_picture_item _copydesk_reader_read_picture_item
#define read_provider _copydesk_reader_read_provider
#define read_text_item _copydesk_reader_read_text_item
#define role_code _copydesk_reader_role_code
#define same_time _copydesk_reader_same_time
#define settle_headline _copydesk_reader_settle_headline
#define single_line _copydesk_reader_single_line
#define sort_item _copydesk_reader_sort_item
#define sub_headline_codes _copydesk_reader_sub_headline_codes
#define summary_codes _copydesk_reader_summary_codes
#define warn_identity _copydesk_reader_warn_identity
#define warn_not_kept _copydesk_reader_warn_not_kept
#define warn_rights _copydesk_reader_warn_rights

G_END_DECLS
