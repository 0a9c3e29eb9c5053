/* copydesk-drafts.h: autosaved drafts of unsaved articles, and the session
 * flag that tells a crash from a clean quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-article.h"

G_BEGIN_DECLS

/* What the index says about one draft. */
typedef struct
{
  char      *guid;      /* the article's guid; the draft is <guid>.xml */
  GFile     *file;      /* the draft file */
  GFile     *original;  /* (nullable) the article's own file */
  GFile     *base_dir;  /* the folder photo hrefs in the draft are relative to */
  char      *title;
  GDateTime *saved;     /* when the draft was written */
  gboolean   is_sample; /* the original is the bundled sample */
} CopydeskDraftInfo;

GType              copydesk_draft_info_get_type (void) G_GNUC_CONST;
CopydeskDraftInfo *copydesk_draft_info_copy     (const CopydeskDraftInfo *info);
void               copydesk_draft_info_free     (CopydeskDraftInfo       *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskDraftInfo, copydesk_draft_info_free)

#define COPYDESK_TYPE_DRAFT_STORE (copydesk_draft_store_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskDraftStore, copydesk_draft_store, COPYDESK, DRAFT_STORE, GObject)

CopydeskDraftStore *copydesk_draft_store_new            (GFile               *folder);
CopydeskDraftStore *copydesk_draft_store_get_default    (void);
GFile              *copydesk_draft_store_get_folder     (CopydeskDraftStore  *self);
GFile              *copydesk_draft_store_dup_draft_file (CopydeskDraftStore  *self,
                                                         const char          *guid);

gboolean            copydesk_draft_store_begin_session  (CopydeskDraftStore  *self,
                                                         gboolean            *crashed,
                                                         GError             **error);
gboolean            copydesk_draft_store_end_session    (CopydeskDraftStore  *self,
                                                         GError             **error);

void                copydesk_draft_store_write_async    (CopydeskDraftStore  *self,
                                                         CopydeskArticle     *article,
                                                         GFile               *original,
                                                         gboolean             is_sample,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean            copydesk_draft_store_write_finish   (CopydeskDraftStore  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
gboolean            copydesk_draft_store_remove         (CopydeskDraftStore  *self,
                                                         const char          *guid,
                                                         GError             **error);
GPtrArray          *copydesk_draft_store_list           (CopydeskDraftStore  *self);
CopydeskArticle    *copydesk_draft_store_read           (CopydeskDraftStore  *self,
                                                         const CopydeskDraftInfo *info,
                                                         GError             **error);

G_END_DECLS
