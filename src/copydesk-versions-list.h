/* copydesk-versions-list.h: the versions kept of a story, in the details panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-document.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_VERSIONS_LIST (copydesk_versions_list_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskVersionsList, copydesk_versions_list, COPYDESK, VERSIONS_LIST, GtkWidget)

GtkWidget        *copydesk_versions_list_new          (void);
CopydeskDocument *copydesk_versions_list_get_document (CopydeskVersionsList *self);
void              copydesk_versions_list_set_document (CopydeskVersionsList *self,
                                                       CopydeskDocument     *document);
/* Reads the versions folder again (in a thread); done when :loading is
 * %FALSE. The list does it by itself when the document is opened or saved. */
void              copydesk_versions_list_reload       (CopydeskVersionsList *self);
gboolean          copydesk_versions_list_get_loading  (CopydeskVersionsList *self);
/* (transfer none): the CopydeskVersions shown, newest first. */
GListModel       *copydesk_versions_list_get_versions (CopydeskVersionsList *self);
/* For tests: the version or comparison window last opened from the list. */
GtkWidget        *_copydesk_versions_list_get_dialog  (CopydeskVersionsList *self);

G_END_DECLS
