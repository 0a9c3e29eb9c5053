/* copydesk-import-private.h: the plain-text importer's parts, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer reads in two passes. The first (copydesk-import-items.c) cleans
 * the text, cuts it into items (a paragraph, or one line of a block whose
 * lines stand alone) and says what each item looks like on its own: site
 * chrome, a date line, a list entry, a caption with its credit. The second
 * (copydesk-import.c) walks the items in order and decides from their place in
 * the article what they are: the first item is the headline, the next one the
 * standfirst, a byline only counts before the first paragraph, a short line
 * is a subheading only between paragraphs, a contributor note ends the
 * article, and so on.
 */
#pragma once

#include <glib.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

typedef enum
{
  ITEM_TEXT,          /* plain text: a paragraph, the headline, a byline... */
  ITEM_CHROME,        /* site furniture that is dropped wherever it stands */
  ITEM_TAIL,          /* a heading that starts the page's furniture ("Most Popular") */
  ITEM_END,           /* an end mark ("###", "-ends-"): nothing after it is article */
  ITEM_DATE,          /* a publication date or time on its own line */
  ITEM_BULLET,        /* "• text" */
  ITEM_NUMBERED,      /* "1. text" */
} ItemKind;

typedef struct
{
  ItemKind  kind;
  char     *text;       /* the item, its lines joined by single spaces */
  GStrv     lines;      /* the cleaned lines it was made of, to report if dropped */
  char     *caption;    /* set with credit when the item ends with a photo credit */
  char     *credit;
  char     *list_text;  /* ITEM_BULLET, ITEM_NUMBERED: the entry without its marker */
} ImportItem;

/* What a byline says. */
typedef struct
{
  char      *byline;   /* the names as written, cleaned: "Jane Doe and John Roe" */
  GPtrArray *names;    /* (element-type utf8) each author */
  char      *title;    /* "Science editor", or NULL */
  char      *agency;   /* "Associated Press", or NULL */
  char      *place;    /* ", de Corumbá" after the names: the dateline, or NULL */
  char      *bio;      /* the bio sentence, for the "NAME is ..." form */
  gboolean   role;     /* "Photographs by ...": credits a second author */
  GPtrArray *left_out; /* (element-type utf8) parts of the line no field keeps
                        * (a date, an e-mail address), for the dropped list */
} ImportByline;

/* copydesk-import-items.c */
GPtrArray    *_copydesk_import_read_items          (const char  *text);
void          _copydesk_import_item_free           (ImportItem  *item);

/* copydesk-import-words.c */
char         *_copydesk_import_expand_pattern      (const char  *pattern);
GRegex       *_copydesk_import_regex               (GRegex     **slot,
                                                    const char  *pattern,
                                                    GRegexCompileFlags flags);
gboolean      _copydesk_import_match               (GRegex     **slot,
                                                    const char  *pattern,
                                                    const char  *text);
char         *_copydesk_import_match_group         (GRegex     **slot,
                                                    const char  *pattern,
                                                    GRegexCompileFlags flags,
                                                    const char  *text,
                                                    int          group);
guint         _copydesk_import_count_words         (const char  *text);
gboolean      _copydesk_import_ends_sentence       (const char  *text);
gboolean      _copydesk_import_is_short_plain      (const char  *text);
gboolean      _copydesk_import_is_name             (const char  *text);
char         *_copydesk_import_name_case           (const char  *text);
gboolean      _copydesk_import_is_agency           (const char  *text);
gboolean      _copydesk_import_has_title_word      (const char  *text);
gboolean      _copydesk_import_is_title_lead       (const char  *word);
char         *_copydesk_import_strip              (const char  *text,
                                                    const char  *chars);

/* copydesk-import-language.c */
const char   *_copydesk_import_guess_language      (const char  *text);
char         *_copydesk_import_data_path           (const char  *name);
const char * const *_copydesk_import_lexicon       (const char  *name);
gboolean      _copydesk_import_lexicon_has         (const char  *name,
                                                    const char  *word);
const char   *_copydesk_import_skip_credit_label   (const char  *credit);

/* copydesk-import-chrome.c */
ItemKind      _copydesk_import_line_kind           (const char  *line,
                                                    char       **list_text);

/* copydesk-import-caption.c */
gboolean      _copydesk_import_parse_caption       (const char  *text,
                                                    char       **caption,
                                                    char       **credit);
char         *_copydesk_import_parse_caption_label (const char *text);
char         *_copydesk_import_photographer        (const char  *credit);

/* copydesk-import-byline.c */
ImportByline *_copydesk_import_parse_byline        (const char  *text);
ImportByline *_copydesk_import_parse_bio           (const char  *text);
ImportByline *_copydesk_import_parse_place_name    (const char  *text);
ImportByline *_copydesk_import_parse_names_in_places (const char *text);
gboolean      _copydesk_import_parse_affiliation   (const char  *text,
                                                    char       **title,
                                                    char       **agency);
GPtrArray    *_copydesk_import_split_names         (const char  *text);
void          _copydesk_import_byline_free         (ImportByline *byline);

/* copydesk-import-date.c */
void          _copydesk_import_apply_date_line     (CopydeskArticle *article,
                                                    const char      *line);

/* copydesk-import-note.c */
gboolean      _copydesk_import_is_contributor_note (const char  *text);
GPtrArray    *_copydesk_import_contributor_names   (const char  *note);
char         *_copydesk_import_place_of_date_line  (const char  *line);
char         *_copydesk_import_place_in_date_line  (const char  *line);
char         *_copydesk_import_split_dateline      (const char  *paragraph,
                                                    char       **rest);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportByline, _copydesk_import_byline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportItem, _copydesk_import_item_free)

G_END_DECLS
