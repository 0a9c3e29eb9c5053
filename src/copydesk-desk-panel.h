/* copydesk-desk-panel.h: the wire desk's metadata in the details panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-document.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_DESK_PANEL (copydesk_desk_panel_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskDeskPanel, copydesk_desk_panel, COPYDESK, DESK_PANEL, GtkWidget)

GtkWidget        *copydesk_desk_panel_new          (void);
CopydeskDocument *copydesk_desk_panel_get_document (CopydeskDeskPanel *self);
void              copydesk_desk_panel_set_document (CopydeskDeskPanel *self,
                                                    CopydeskDocument  *document);

/* The hook in the editor: a new panel, its document bound to @editor's
 * "document", placed in @after's parent box just after @after. */
GtkWidget        *copydesk_desk_panel_attach       (GtkWidget         *editor,
                                                    GtkWidget         *after);

/* For tests: the subject matches offered for what is typed now, as
 * GtkListBoxRows (in the popover, shown while there are any). */
GtkListBox       *_copydesk_desk_panel_get_matches (CopydeskDeskPanel *self);

G_END_DECLS
