/* copydesk-find.h: find and replace across every text field of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"

G_BEGIN_DECLS

/**
 * CopydeskFindFlags:
 * @COPYDESK_FIND_DEFAULT: case ignored (Unicode case folding), anywhere in a word
 * @COPYDESK_FIND_MATCH_CASE: upper and lower case differ
 * @COPYDESK_FIND_WHOLE_WORD: a match has no letter, digit or mark on either side
 *
 * The text searched for is plain text, never a pattern.
 */
typedef enum
{
  COPYDESK_FIND_DEFAULT    = 0,
  COPYDESK_FIND_MATCH_CASE = 1 << 0,
  COPYDESK_FIND_WHOLE_WORD = 1 << 1,
} CopydeskFindFlags;

/**
 * CopydeskField:
 *
 * The text fields of an article, in the order they are searched. For
 * %COPYDESK_FIELD_AUTHOR_BIO the match's index is the author's, for the
 * photo fields the photo's (in the article's photo order); the fields of one
 * photo come one after the other (caption, credit, alt text of photo 0, then
 * of photo 1, ...). %COPYDESK_FIELD_BODY is the body's markup text as
 * copydesk_body_to_markup() prints it. %COPYDESK_FIELD_CREDITLINE is the
 * story's credit line (the details panel's Credit), before the editorial
 * note as the panel shows them.
 */
typedef enum
{
  COPYDESK_FIELD_HEADLINE,
  COPYDESK_FIELD_STANDFIRST,
  COPYDESK_FIELD_BYLINE,
  COPYDESK_FIELD_AUTHOR_BIO,
  COPYDESK_FIELD_BODY,
  COPYDESK_FIELD_PHOTO_CAPTION,
  COPYDESK_FIELD_PHOTO_CREDIT,
  COPYDESK_FIELD_PHOTO_ALT_TEXT,
  COPYDESK_FIELD_CONTRIBUTOR_NOTE,
  COPYDESK_FIELD_CREDITLINE,
  COPYDESK_FIELD_EDITORIAL_NOTE,
} CopydeskField;

/**
 * CopydeskFindMatch:
 * @field: the field it is in
 * @index: the author or photo it belongs to; 0 for the other fields
 * @start: where it starts, in characters (Unicode code points, as
 *   GtkTextBuffer offsets count) from the start of the field's text
 * @end: where it ends, in characters, exclusive
 */
typedef struct
{
  CopydeskField field;
  guint         index;
  guint         start;
  guint         end;
} CopydeskFindMatch;

/**
 * CopydeskFindEdit:
 * @field: the field to change
 * @index: its author or photo, as in #CopydeskFindMatch
 * @text: the field's whole new text (for the body: its new markup)
 * @n_replaced: how many matches were replaced in it
 */
typedef struct
{
  CopydeskField  field;
  guint          index;
  char          *text;
  guint          n_replaced;
} CopydeskFindEdit;

void        copydesk_find_edit_free        (CopydeskFindEdit   *edit);

GArray     *copydesk_find_in_text          (const char         *text,
                                            const char         *needle,
                                            CopydeskFindFlags   flags,
                                            gboolean            markup);
char       *copydesk_find_replace_in_text  (const char         *text,
                                            const char         *needle,
                                            const char         *replacement,
                                            CopydeskFindFlags   flags,
                                            gboolean            markup,
                                            guint              *n_replaced);

char       *copydesk_find_field_text       (CopydeskArticle    *article,
                                            CopydeskField       field,
                                            guint               index);
GArray     *copydesk_find_in_article       (CopydeskArticle    *article,
                                            const char         *needle,
                                            CopydeskFindFlags   flags);
int         copydesk_find_next             (GArray             *matches,
                                            CopydeskField       field,
                                            guint               index,
                                            guint               offset);
int         copydesk_find_previous         (GArray             *matches,
                                            CopydeskField       field,
                                            guint               index,
                                            guint               offset);
GPtrArray  *copydesk_find_replace_all      (CopydeskArticle    *article,
                                            const char         *needle,
                                            const char         *replacement,
                                            CopydeskFindFlags   flags,
                                            guint              *n_replaced);
gboolean    copydesk_find_apply_edits      (CopydeskArticle    *article,
                                            GPtrArray          *edits,
                                            GError            **error);

char       *copydesk_find_describe_position (guint              number,
                                             guint              n_matches);
char       *copydesk_find_describe_replaced (guint              n_replaced);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskFindEdit, copydesk_find_edit_free)

G_END_DECLS
