/* copydesk-editor.h: the editor page for one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-body-view.h"
#include "copydesk-document.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_EDITOR (copydesk_editor_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskEditor, copydesk_editor, COPYDESK, EDITOR, GtkWidget)

GtkWidget        *copydesk_editor_new           (void);
CopydeskDocument *copydesk_editor_get_document  (CopydeskEditor   *self);
void              copydesk_editor_set_document  (CopydeskEditor   *self,
                                                 CopydeskDocument *document);
CopydeskBodyView *copydesk_editor_get_body_view (CopydeskEditor   *self);
void              copydesk_editor_show_find     (CopydeskEditor   *self,
                                                 gboolean          replace);
GtkWidget        *copydesk_editor_get_find_match_widget (CopydeskEditor *self);
void              copydesk_editor_focus_start   (CopydeskEditor   *self);
GtkWidget        *copydesk_editor_get_details_page (CopydeskEditor *self);
GActionGroup     *copydesk_editor_get_actions   (CopydeskEditor   *self);
GtkWidget        *copydesk_editor_get_field_widget (CopydeskEditor   *self,
                                                 CopydeskCheckField field);
GPtrArray        *copydesk_editor_list_prose_fields (CopydeskEditor *self);
gboolean          copydesk_editor_select_range  (CopydeskEditor   *self,
                                                 CopydeskCheckField field,
                                                 guint             index,
                                                 guint             start,
                                                 guint             end);

G_END_DECLS
