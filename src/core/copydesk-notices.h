/* copydesk-notices.h: what a document has to tell, one owner per message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Who says an error: each source sets and clears only its own. */
typedef enum
{
  COPYDESK_NOTICE_FILE,      /* open, import, save, recover */
  COPYDESK_NOTICE_EXPORT,    /* export for the wire */
  COPYDESK_NOTICE_VERSIONS,  /* the versions list: restore, compare */
  COPYDESK_NOTICE_PASTE,     /* structuring a pasted story */
  COPYDESK_NOTICE_DRAFTS,    /* autosave */
  COPYDESK_N_NOTICE_SOURCES
} CopydeskNoticeSource;

#define COPYDESK_TYPE_NOTICES (copydesk_notices_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskNotices, copydesk_notices, COPYDESK, NOTICES, GObject)

CopydeskNotices *copydesk_notices_new             (void);
void             copydesk_notices_set_error       (CopydeskNotices      *self,
                                                   CopydeskNoticeSource  source,
                                                   const char           *message);
const char      *copydesk_notices_get_error_from  (CopydeskNotices      *self,
                                                   CopydeskNoticeSource  source);
const char      *copydesk_notices_get_error       (CopydeskNotices      *self);
void             copydesk_notices_dismiss_error   (CopydeskNotices      *self);
void             copydesk_notices_set_notes       (CopydeskNotices      *self,
                                                   GPtrArray            *notes,
                                                   gboolean              from_import);
GPtrArray       *copydesk_notices_get_notes       (CopydeskNotices      *self);
const char      *copydesk_notices_get_notes_title (CopydeskNotices      *self);
char            *copydesk_notices_dup_notes_text  (CopydeskNotices      *self);
void             copydesk_notices_set_recovery    (CopydeskNotices      *self,
                                                   const char           *message,
                                                   gboolean              failed);
const char      *copydesk_notices_get_recovery    (CopydeskNotices      *self);
gboolean         copydesk_notices_get_recovery_failed (CopydeskNotices  *self);

G_END_DECLS
