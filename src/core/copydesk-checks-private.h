/* copydesk-checks-private.h: the pieces of the checks engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-checks.h"

G_BEGIN_DECLS

/* Stands in the prose for a web address, which no check looks into. */
#define CDX_PROSE_OBJECT 0xFFFC

/* The words of a text without its markup: what the typography and
 * placeholder checks read. Each byte of @text knows the byte of the source it
 * came from, so that a finding can point into the source. Lines stay
 * separated by "\n". */
typedef struct
{
  const char *source;
  GString    *text;
  GArray     *map;    /* gsize per byte of text, plus one past the end */
} CdxProse;

void      _cdx_prose_init       (CdxProse   *prose,
                                 const char *source,
                                 gboolean    markup);
void      _cdx_prose_clear      (CdxProse   *prose);
gsize     _cdx_prose_source_at  (const CdxProse *prose,
                                 gsize       offset);

/* Everything one run needs. */
typedef struct
{
  CopydeskArticle             *article;
  const CopydeskChecksOptions *options;
  GPtrArray                   *findings;
  CopydeskQuoteStyle           quotes;    /* resolved for the language */
  gboolean                     french;
} CdxRun;

/* Where a text being checked sits in the article. */
typedef struct
{
  CopydeskCheckField  field;
  guint               block;
  const char         *photo_id;
  CopydeskBlockKind   kind;    /* for body blocks */
} CdxPlace;

CopydeskCheckFinding *_cdx_add      (CdxRun                *run,
                                     CopydeskCheck          check,
                                     const CdxPlace        *place,
                                     const char            *source,
                                     gsize                  byte_start,
                                     gsize                  byte_end,
                                     char                  *message);
gboolean  _cdx_enabled              (const CdxRun          *run,
                                     CopydeskCheck          check);

void      _cdx_check_text           (CdxRun                *run,
                                     const CdxPlace        *place,
                                     const char            *text,
                                     gboolean               markup,
                                     gboolean               continues);
void      _cdx_check_photos         (CdxRun                *run);
void      _cdx_check_placement      (CdxRun                *run,
                                     guint                  index,
                                     CopydeskBlock         *block);
void      _cdx_check_length         (CdxRun                *run,
                                     CopydeskCheck          check,
                                     const CdxPlace        *place,
                                     const char            *text,
                                     guint                  limit);
void      _cdx_check_consistency    (CdxRun                *run);
gboolean  _cdx_starts_with_open_quote (const char          *markup);

char     *_cdx_remove_credit        (const char            *caption,
                                     const char            *credit);
gboolean  _cdx_is_space             (gunichar               ch);
gboolean  _cdx_space_before_is_wrong (const GString        *prose,
                                      gsize                 pos,
                                      gboolean              french);
CopydeskCheckSeverity _cdx_severity (CopydeskCheck          check);

/* copydesk-checks-names.c: the names the story establishes (a set of
 * case-folded words), and a text with them blanked for the spell function. */
GHashTable *_cdx_story_names        (CopydeskArticle       *article);
char      *_cdx_mask_names          (GHashTable            *names,
                                     const char            *text);

/* The embargo hook: NULL until the model carries an embargo (issue 17). */
GDateTime *_cdx_article_embargo     (CopydeskArticle       *article);
char      *_cdx_embargo_message     (GDateTime             *embargo,
                                     GDateTime             *now);

G_END_DECLS
