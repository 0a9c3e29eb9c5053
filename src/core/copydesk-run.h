/* copydesk-run.h: a run of inline text with emphasis, strong and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CopydeskStyle:
 * @COPYDESK_STYLE_NONE: plain text
 * @COPYDESK_STYLE_EMPHASIS: emphasis (`*text*`, XHTML `em`)
 * @COPYDESK_STYLE_STRONG: strong (`**text**`, XHTML `strong`)
 */
typedef enum
{
  COPYDESK_STYLE_NONE     = 0,
  COPYDESK_STYLE_EMPHASIS = 1 << 0,
  COPYDESK_STYLE_STRONG   = 1 << 1,
} CopydeskStyle;

/**
 * CopydeskSpan:
 * @text: the text, never empty
 * @style: emphasis and strong flags
 * @href: (nullable): the link target, or %NULL outside links
 *
 * A stretch of text that shares one style and one link.
 */
typedef struct
{
  char          *text;
  CopydeskStyle  style;
  char          *href;
} CopydeskSpan;

/*
 * CopydeskRun is immutable and reference counted. Inline styling is kept flat
 * (each span carries its own flags) rather than as a tree: a run has exactly
 * one normal form, so two runs that read the same compare equal, and the body
 * markup and XHTML can both be printed from it without ambiguity.
 *
 * Normal form: ASCII white space is collapsed to single spaces and trimmed at
 * both ends; styles and links never begin or end on a space; adjacent spans
 * with the same style and link are merged; empty spans are dropped. Other
 * Unicode spaces (no-break space and friends) are kept as typed.
 */
typedef struct _CopydeskRun CopydeskRun;
typedef struct _CopydeskRunBuilder CopydeskRunBuilder;

#define COPYDESK_TYPE_RUN (copydesk_run_get_type ())

GType               copydesk_run_get_type      (void) G_GNUC_CONST;
CopydeskRun        *copydesk_run_new_plain     (const char         *text);
CopydeskRun        *copydesk_run_ref           (CopydeskRun        *run);
void                copydesk_run_unref         (CopydeskRun        *run);
guint               copydesk_run_get_n_spans   (const CopydeskRun  *run);
const CopydeskSpan *copydesk_run_get_span      (const CopydeskRun  *run,
                                                guint               index);
gboolean            copydesk_run_is_empty      (const CopydeskRun  *run);
gboolean            copydesk_run_equal         (const CopydeskRun  *a,
                                                const CopydeskRun  *b);
char               *copydesk_run_to_plain_text (const CopydeskRun  *run);

CopydeskRunBuilder *copydesk_run_builder_new   (void);
void                copydesk_run_builder_append (CopydeskRunBuilder *builder,
                                                 const char         *text,
                                                 gssize              length,
                                                 CopydeskStyle       style,
                                                 const char         *href);
CopydeskRun        *copydesk_run_builder_end   (CopydeskRunBuilder *builder);
void                copydesk_run_builder_free  (CopydeskRunBuilder *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskRun, copydesk_run_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskRunBuilder, copydesk_run_builder_free)

G_END_DECLS
