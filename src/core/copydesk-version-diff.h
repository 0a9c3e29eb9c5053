/* copydesk-version-diff.h: word-by-word comparison of two versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

typedef enum
{
  COPYDESK_DIFF_SAME,
  COPYDESK_DIFF_REMOVED,  /* only in the earlier text */
  COPYDESK_DIFF_ADDED,    /* only in the later text */
} CopydeskDiffKind;

typedef struct
{
  CopydeskDiffKind  kind;
  char             *text;  /* words with the spacing that follows each */
} CopydeskDiffPart;

/* (transfer full) (element-type CopydeskDiffPart): @before and @after as
 * runs of same, removed and added words, in reading order (a removed run
 * before the added run that replaces it); joining the same and added
 * parts gives @after, the same and removed parts @before (give or take the
 * spacing after a word that both have). */
GPtrArray *copydesk_word_diff                  (const char      *before,
                                                const char      *after);
/* The text a reader compares: headline, standfirst, byline, dateline and
 * the body as markup, a blank line between them. */
char      *copydesk_article_dup_compared_text  (CopydeskArticle *article);
/* Both in one. */
GPtrArray *copydesk_article_word_diff          (CopydeskArticle *before,
                                                CopydeskArticle *after);

G_END_DECLS
