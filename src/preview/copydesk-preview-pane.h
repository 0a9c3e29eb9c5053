/* copydesk-preview-pane.h: live preview of the article, as read and as sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

/* How long the pane waits after the last change before it updates. */
#define COPYDESK_PREVIEW_PANE_DELAY_MS 90

#define COPYDESK_TYPE_PREVIEW_PANE (copydesk_preview_pane_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPreviewPane, copydesk_preview_pane, COPYDESK, PREVIEW_PANE, GtkWidget)

GtkWidget       *copydesk_preview_pane_new             (void);
CopydeskArticle *copydesk_preview_pane_get_article     (CopydeskPreviewPane *self);
void             copydesk_preview_pane_set_article     (CopydeskPreviewPane *self,
                                                        CopydeskArticle     *article);
GFile           *copydesk_preview_pane_get_base_dir    (CopydeskPreviewPane *self);
void             copydesk_preview_pane_set_base_dir    (CopydeskPreviewPane *self,
                                                        GFile               *base_dir);
const char      *copydesk_preview_pane_get_schema_path (CopydeskPreviewPane *self);
void             copydesk_preview_pane_set_schema_path (CopydeskPreviewPane *self,
                                                        const char          *schema_path);
const char      *copydesk_preview_pane_get_page        (CopydeskPreviewPane *self);
void             copydesk_preview_pane_set_page        (CopydeskPreviewPane *self,
                                                        const char          *page);
void             copydesk_preview_pane_reveal_block    (CopydeskPreviewPane *self,
                                                        guint                index);

G_END_DECLS
