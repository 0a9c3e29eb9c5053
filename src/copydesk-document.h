/* copydesk-document.h: one article being edited, with its file and state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-body-buffer.h"
#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_DOCUMENT (copydesk_document_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskDocument, copydesk_document, COPYDESK, DOCUMENT, GObject)

CopydeskDocument *copydesk_document_new               (void);
CopydeskArticle  *copydesk_document_get_article       (CopydeskDocument     *self);
CopydeskBodyBuffer *copydesk_document_get_buffer      (CopydeskDocument     *self);
const char       *copydesk_document_get_body_error    (CopydeskDocument     *self);
void              copydesk_document_flush             (CopydeskDocument     *self);
CopydeskArticle  *copydesk_document_snapshot          (CopydeskDocument     *self);
void              copydesk_document_set_article       (CopydeskDocument     *self,
                                                       CopydeskArticle      *article);
GFile            *copydesk_document_get_file          (CopydeskDocument     *self);
GFile            *copydesk_document_dup_folder        (CopydeskDocument     *self);
gboolean          copydesk_document_get_modified      (CopydeskDocument     *self);
void              copydesk_document_set_modified      (CopydeskDocument     *self,
                                                       gboolean              modified);
gboolean          copydesk_document_get_busy          (CopydeskDocument     *self);
gboolean          copydesk_document_get_is_sample     (CopydeskDocument     *self);
gboolean          copydesk_document_is_blank          (CopydeskDocument     *self);
char             *copydesk_document_dup_title         (CopydeskDocument     *self);

void              copydesk_document_load_async        (CopydeskDocument     *self,
                                                       GFile                *file,
                                                       gboolean              is_sample,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
void              copydesk_document_load_story_async  (CopydeskDocument     *self,
                                                       GFile                *file,
                                                       guint                 story,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean          copydesk_document_load_finish       (CopydeskDocument     *self,
                                                       GAsyncResult         *result,
                                                       GPtrArray           **warnings,
                                                       GError              **error);
void              copydesk_document_import_async      (CopydeskDocument     *self,
                                                       GFile                *file,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean          copydesk_document_import_finish     (CopydeskDocument     *self,
                                                       GAsyncResult         *result,
                                                       GPtrArray           **dropped,
                                                       GError              **error);
gboolean          copydesk_document_import_text       (CopydeskDocument     *self,
                                                       const char           *text,
                                                       GPtrArray           **dropped,
                                                       GError              **error);
void              copydesk_document_save_async        (CopydeskDocument     *self,
                                                       GFile                *file,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean          copydesk_document_save_finish       (CopydeskDocument     *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

/* Autosave and recovery */
void                copydesk_document_set_draft_store    (CopydeskDocument     *self,
                                                          CopydeskDraftStore   *store);
CopydeskDraftStore *copydesk_document_get_draft_store    (CopydeskDocument     *self);
guint               copydesk_document_get_autosave_delay (CopydeskDocument     *self);
void                copydesk_document_set_autosave_delay (CopydeskDocument     *self,
                                                          guint                 seconds);
const char         *copydesk_document_get_draft_error    (CopydeskDocument     *self);
CopydeskNotices    *copydesk_document_get_notices        (CopydeskDocument     *self);
void                copydesk_document_discard_draft      (CopydeskDocument     *self);
void                copydesk_document_recover_async      (CopydeskDocument        *self,
                                                          CopydeskDraftStore      *store,
                                                          const CopydeskDraftInfo *info,
                                                          GCancellable            *cancellable,
                                                          GAsyncReadyCallback      callback,
                                                          gpointer                 user_data);
gboolean            copydesk_document_recover_finish     (CopydeskDocument     *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

G_END_DECLS
