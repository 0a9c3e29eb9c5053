/* copydesk-session.h: the articles open in this run, and their drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-core.h"
#include "copydesk-document.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_SESSION (copydesk_session_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskSession, copydesk_session, COPYDESK, SESSION, GObject)

CopydeskSession    *copydesk_session_new              (CopydeskDraftStore *store);
CopydeskDraftStore *copydesk_session_get_draft_store  (CopydeskSession    *self);
GListModel         *copydesk_session_get_documents    (CopydeskSession    *self);
CopydeskDocument   *copydesk_session_add_document     (CopydeskSession    *self);
void                copydesk_session_remove_document  (CopydeskSession    *self,
                                                       CopydeskDocument   *document);
gboolean            copydesk_session_get_begun        (CopydeskSession    *self);
GPtrArray          *copydesk_session_begin            (CopydeskSession    *self);
gboolean            copydesk_session_end              (CopydeskSession    *self,
                                                       GError            **error);

G_END_DECLS
