/* copydesk-article.h: the article being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-author.h"
#include "copydesk-body.h"
#include "copydesk-photo.h"

G_BEGIN_DECLS

#define COPYDESK_URGENCY_UNSET 0

#define COPYDESK_TYPE_ARTICLE (copydesk_article_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskArticle, copydesk_article, COPYDESK, ARTICLE, GObject)

CopydeskArticle     *copydesk_article_new                  (void);
/* copydesk-article-snapshot.c */
CopydeskArticle     *copydesk_article_snapshot             (CopydeskArticle *self);
gboolean             copydesk_article_is_frozen            (CopydeskArticle *self);

const char          *copydesk_article_get_guid             (CopydeskArticle *self);
void                 copydesk_article_set_guid             (CopydeskArticle *self,
                                                            const char      *guid);
guint                copydesk_article_get_version          (CopydeskArticle *self);
void                 copydesk_article_set_version          (CopydeskArticle *self,
                                                            guint            version);
void                 copydesk_article_bump_version         (CopydeskArticle *self);
const char          *copydesk_article_get_headline         (CopydeskArticle *self);
void                 copydesk_article_set_headline         (CopydeskArticle *self,
                                                            const char      *headline);
const char          *copydesk_article_get_standfirst       (CopydeskArticle *self);
void                 copydesk_article_set_standfirst       (CopydeskArticle *self,
                                                            const char      *standfirst);
const char          *copydesk_article_get_byline           (CopydeskArticle *self);
void                 copydesk_article_set_byline           (CopydeskArticle *self,
                                                            const char      *byline);
gboolean             copydesk_article_get_byline_override  (CopydeskArticle *self);
void                 copydesk_article_set_byline_override  (CopydeskArticle *self,
                                                            gboolean         override);
const char          *copydesk_article_get_dateline         (CopydeskArticle *self);
void                 copydesk_article_set_dateline         (CopydeskArticle *self,
                                                            const char      *dateline);
const char          *copydesk_article_get_slugline         (CopydeskArticle *self);
void                 copydesk_article_set_slugline         (CopydeskArticle *self,
                                                            const char      *slugline);
const char          *copydesk_article_get_language         (CopydeskArticle *self);
void                 copydesk_article_set_language         (CopydeskArticle *self,
                                                            const char      *language);
const char * const  *copydesk_article_get_keywords         (CopydeskArticle *self);
void                 copydesk_article_set_keywords         (CopydeskArticle *self,
                                                            const char * const *keywords);
guint                copydesk_article_get_urgency          (CopydeskArticle *self);
void                 copydesk_article_set_urgency          (CopydeskArticle *self,
                                                            guint            urgency);
GDateTime           *copydesk_article_get_created          (CopydeskArticle *self);
void                 copydesk_article_set_created          (CopydeskArticle *self,
                                                            GDateTime       *created);
GDateTime           *copydesk_article_get_modified         (CopydeskArticle *self);
void                 copydesk_article_set_modified         (CopydeskArticle *self,
                                                            GDateTime       *modified);
const char          *copydesk_article_get_editorial_note   (CopydeskArticle *self);
void                 copydesk_article_set_editorial_note   (CopydeskArticle *self,
                                                            const char      *note);
const char          *copydesk_article_get_contributor_note (CopydeskArticle *self);
void                 copydesk_article_set_contributor_note (CopydeskArticle *self,
                                                            const char      *note);
const char * const  *copydesk_article_get_contributors     (CopydeskArticle *self);
void                 copydesk_article_set_contributors     (CopydeskArticle *self,
                                                            const char * const *names);
const char          *copydesk_article_get_provider         (CopydeskArticle *self);
void                 copydesk_article_set_provider         (CopydeskArticle *self,
                                                            const char      *provider);
const char          *copydesk_article_get_creditline       (CopydeskArticle *self);
void                 copydesk_article_set_creditline       (CopydeskArticle *self,
                                                            const char      *creditline);
/* Metadata read from a file that the article does not edit (subjects, genre,
 * embargo, rights, …), as the NewsML-G2 writer writes it back: an XML
 * fragment owned by copydesk-newsml-kept.c; "" when there is none. */
const char          *copydesk_article_get_kept_metadata    (CopydeskArticle *self);
void                 copydesk_article_set_kept_metadata    (CopydeskArticle *self,
                                                            const char      *xml);
CopydeskBody        *copydesk_article_get_body             (CopydeskArticle *self);
void                 copydesk_article_set_body             (CopydeskArticle *self,
                                                            CopydeskBody    *body);

GListModel          *copydesk_article_get_authors          (CopydeskArticle *self);
/* copydesk-article-authors.c */
void                 copydesk_article_add_author           (CopydeskArticle *self,
                                                            CopydeskAuthor  *author);
void                 copydesk_article_remove_author        (CopydeskArticle *self,
                                                            CopydeskAuthor  *author);
void                 copydesk_article_insert_author        (CopydeskArticle *self,
                                                            CopydeskAuthor  *author,
                                                            guint            position);
void                 copydesk_article_move_author          (CopydeskArticle *self,
                                                            CopydeskAuthor  *author,
                                                            guint            position);

GListModel          *copydesk_article_get_photos           (CopydeskArticle *self);
void                 copydesk_article_add_photo            (CopydeskArticle *self,
                                                            CopydeskPhoto   *photo);
void                 copydesk_article_remove_photo         (CopydeskArticle *self,
                                                            CopydeskPhoto   *photo);
void                 copydesk_article_insert_photo         (CopydeskArticle *self,
                                                            CopydeskPhoto   *photo,
                                                            guint            position);
void                 copydesk_article_move_photo           (CopydeskArticle *self,
                                                            CopydeskPhoto   *photo,
                                                            guint            position);
CopydeskPhoto       *copydesk_article_find_photo           (CopydeskArticle *self,
                                                            const char      *id);
char                *copydesk_article_new_photo_id         (CopydeskArticle *self);

gboolean             copydesk_article_equal                (CopydeskArticle *a,
                                                            CopydeskArticle *b);

char                *copydesk_guid_new                     (void);

G_END_DECLS
