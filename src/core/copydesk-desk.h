/* copydesk-desk.h: the wire desk's metadata of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Subjects, genre, place, priority, embargo, publishing status and the signal
 * of this version. Every article has one CopydeskDesk, made on first ask by
 * copydesk_article_get_desk(); a change to it emits the article's "changed".
 * The note to receivers (edNote) and the version number are the article's own
 * "editorial-note" and "version".
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

#define COPYDESK_PRIORITY_UNSET 0

typedef enum
{
  COPYDESK_PUB_STATUS_USABLE,    /* stat:usable */
  COPYDESK_PUB_STATUS_WITHHELD,  /* stat:withheld */
  COPYDESK_PUB_STATUS_CANCELED,  /* stat:canceled: the story is killed */
} CopydeskPubStatus;

typedef enum
{
  COPYDESK_SIGNAL_NONE,
  COPYDESK_SIGNAL_UPDATE,      /* sig:update */
  COPYDESK_SIGNAL_CORRECTION,  /* sig:correction */
} CopydeskSignal;

GType copydesk_pub_status_get_type (void) G_GNUC_CONST;
GType copydesk_signal_get_type (void) G_GNUC_CONST;
#define COPYDESK_TYPE_PUB_STATUS (copydesk_pub_status_get_type ())
#define COPYDESK_TYPE_SIGNAL (copydesk_signal_get_type ())

/* QCodes, and back (%FALSE for a code Copydesk does not know). */
const char          *copydesk_pub_status_to_qcode   (CopydeskPubStatus  status);
gboolean             copydesk_pub_status_from_qcode (const char        *qcode,
                                                     CopydeskPubStatus *status);
const char          *copydesk_signal_to_qcode       (CopydeskSignal     signal);
gboolean             copydesk_signal_from_qcode     (const char        *qcode,
                                                     CopydeskSignal    *signal);

/* As typed on a command line: "usable", "withheld", "canceled" (or
 * "cancelled", or the QCode); "none", "update", "correction" (or the QCode);
 * an ISO 8601 date and time that names its zone. COPYDESK_ERROR_INVALID_FIELD
 * otherwise, with a message saying what is accepted. */
gboolean             copydesk_pub_status_parse      (const char        *text,
                                                     CopydeskPubStatus *status,
                                                     GError           **error);
gboolean             copydesk_signal_parse          (const char        *text,
                                                     CopydeskSignal    *signal,
                                                     GError           **error);
GDateTime           *copydesk_embargo_parse         (const char        *text,
                                                     GError           **error);

#define COPYDESK_TYPE_DESK (copydesk_desk_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskDesk, copydesk_desk, COPYDESK, DESK, GObject)

/* (transfer none): never %NULL. Made on the first call: make that call on
 * the thread that owns the article (reading and writing do it themselves). */
CopydeskDesk        *copydesk_article_get_desk      (CopydeskArticle   *article);

/* Subjects: QCodes in the order chosen ("medtop:…", or "subj:…" as read). */
const char * const  *copydesk_desk_get_subjects     (CopydeskDesk      *self);
void                 copydesk_desk_set_subjects     (CopydeskDesk      *self,
                                                     const char * const *qcodes);
/* %FALSE (and no change) if @qcode is already a subject. @name: the name
 * the file gave, or %NULL to use the vocabulary's label. */
gboolean             copydesk_desk_add_subject      (CopydeskDesk      *self,
                                                     const char        *qcode,
                                                     const char        *name);
gboolean             copydesk_desk_remove_subject   (CopydeskDesk      *self,
                                                     const char        *qcode);
/* The name a file gave the subject, or %NULL. */
const char          *copydesk_desk_get_subject_name (CopydeskDesk      *self,
                                                     const char        *qcode);
/* What a chip shows: the label in @language of the concept, or of its exact
 * Media Topic for a Subject Code; else the file's name; else the code. */
char                *copydesk_desk_dup_subject_label (CopydeskDesk     *self,
                                                      const char       *qcode,
                                                      const char       *language);
/* (transfer full): the subjects IPTC has retired, for "this file carries a
 * retired topic"; empty when there are none. */
GStrv                copydesk_desk_dup_retired_subjects (CopydeskDesk  *self);

const char          *copydesk_desk_get_genre        (CopydeskDesk      *self);
void                 copydesk_desk_set_genre        (CopydeskDesk      *self,
                                                     const char        *qcode);
const char          *copydesk_desk_get_located      (CopydeskDesk      *self);
void                 copydesk_desk_set_located      (CopydeskDesk      *self,
                                                     const char        *name);
const char          *copydesk_desk_get_located_qcode (CopydeskDesk     *self);
void                 copydesk_desk_set_located_qcode (CopydeskDesk     *self,
                                                      const char       *qcode);
/* 1 (highest) to 9, or COPYDESK_PRIORITY_UNSET. */
guint                copydesk_desk_get_priority     (CopydeskDesk      *self);
void                 copydesk_desk_set_priority     (CopydeskDesk      *self,
                                                     guint              priority);
/* (nullable): the time the story may be published, with its zone. */
GDateTime           *copydesk_desk_get_embargo      (CopydeskDesk      *self);
void                 copydesk_desk_set_embargo      (CopydeskDesk      *self,
                                                     GDateTime         *embargo);
/* Whether the embargo lies after @now (the banner's question). */
gboolean             copydesk_desk_is_embargoed_at  (CopydeskDesk      *self,
                                                     GDateTime         *now);
CopydeskPubStatus    copydesk_desk_get_pub_status   (CopydeskDesk      *self);
void                 copydesk_desk_set_pub_status   (CopydeskDesk      *self,
                                                     CopydeskPubStatus  status);
CopydeskSignal       copydesk_desk_get_signal       (CopydeskDesk      *self);
void                 copydesk_desk_set_signal       (CopydeskDesk      *self,
                                                     CopydeskSignal     signal);

gboolean             copydesk_desk_equal            (CopydeskDesk      *a,
                                                     CopydeskDesk      *b);

/* For the article's copy and snapshot: makes @to's desk metadata equal to
 * @from's (a deep copy; nothing is shared). */
void                 _copydesk_article_desk_copy    (CopydeskArticle   *from,
                                                     CopydeskArticle   *to);
/* For the NewsML-G2 reader and writer: an element as the file gave it,
 * written back unchanged while its value stays chosen. */
void                 _copydesk_desk_set_original    (CopydeskDesk      *self,
                                                     const char        *element,
                                                     const char        *value,
                                                     const char        *xml);
const char          *_copydesk_desk_get_original    (CopydeskDesk      *self,
                                                     const char        *element,
                                                     const char        *value);
/* For copydesk_article_equal(). */
gboolean             _copydesk_article_desk_equal   (CopydeskArticle   *a,
                                                     CopydeskArticle   *b);

G_END_DECLS
