/* copydesk-version.h: updates, corrections and kills, and the versions kept of a story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where earlier versions live: beside the story, in a folder named after it
 * without its extension, one NewsML-G2 file per version exactly as it was
 * sent: "flood.xml" keeps "flood.versions/flood.v1.xml", "flood.v2.xml", …
 * They are copied byte for byte, so their photo references stay relative to
 * the story's own folder: read them with that folder as base (as
 * copydesk_version_read() does). A folder beside the file, rather than the
 * draft store, travels with the story when the folder is copied or shared.
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-article.h"
#include "copydesk-desk.h"

G_BEGIN_DECLS

typedef enum
{
  COPYDESK_NEXT_UPDATE,      /* sig:update: new facts */
  COPYDESK_NEXT_CORRECTION,  /* sig:correction: an error put right */
  COPYDESK_NEXT_KILL,        /* stat:canceled: withdraw the story */
} CopydeskNextVersion;

#define COPYDESK_TYPE_VERSION (copydesk_version_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskVersion, copydesk_version, COPYDESK, VERSION, GObject)

guint              copydesk_version_get_number     (CopydeskVersion *self);
/* versionCreated: when it was sent */
GDateTime         *copydesk_version_get_sent       (CopydeskVersion *self);
CopydeskSignal     copydesk_version_get_signal     (CopydeskVersion *self);
CopydeskPubStatus  copydesk_version_get_pub_status (CopydeskVersion *self);
const char        *copydesk_version_get_ed_note    (CopydeskVersion *self);
GFile             *copydesk_version_get_file       (CopydeskVersion *self);
/* (transfer full): the article as it was, to show read-only. Synchronous. */
CopydeskArticle   *copydesk_version_read           (CopydeskVersion *self,
                                                    GError         **error);

/* Makes @article its own next version, in place: version + 1, modified
 * now, @note as the edNote (required for a correction or a kill), and the
 * signal, or stat:canceled for a kill. Fails, changing nothing, on a killed
 * story or a missing note. */
gboolean           copydesk_article_prepare_next_version (CopydeskArticle     *article,
                                                          CopydeskNextVersion  kind,
                                                          const char          *note,
                                                          GError             **error);
/* The same without the version + 1, for a caller whose save bumps the
 * version itself (CopydeskDocument does, on every save): keep the file
 * with copydesk_versions_keep(), mark the article, then save it. */
gboolean           copydesk_article_mark_next_version    (CopydeskArticle     *article,
                                                          CopydeskNextVersion  kind,
                                                          const char          *note,
                                                          GError             **error);

/* "flood.versions" beside "flood.xml" */
GFile             *copydesk_versions_dir_for       (GFile           *story);
/* Copies @story's file as it is now into the versions folder, named by the
 * version it holds. Keeping the same version twice is fine if the bytes are
 * the same, and an error (nothing written) if they differ. */
gboolean           copydesk_versions_keep          (GFile           *story,
                                                    GError         **error);
/* (transfer full) (element-type CopydeskVersion): the kept versions, oldest
 * first; empty when there are none. Synchronous: reads every file. */
GListModel        *copydesk_versions_list          (GFile           *story,
                                                    GError         **error);

/* "Send Update/Correction/Kill" on a saved story: keeps the file as it is,
 * makes @article the next version and writes it over @story (atomically).
 * On failure @article and @story are as they were. Synchronous. */
gboolean           copydesk_story_send_next_version (GFile               *story,
                                                     CopydeskArticle     *article,
                                                     CopydeskNextVersion  kind,
                                                     const char          *note,
                                                     GError             **error);

G_END_DECLS
