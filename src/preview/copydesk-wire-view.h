/* copydesk-wire-view.h: the NewsML-G2 file as receivers get it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_WIRE_VIEW (copydesk_wire_view_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskWireView, copydesk_wire_view, COPYDESK, WIRE_VIEW, GtkWidget)

GtkWidget     *copydesk_wire_view_new             (void);
void           copydesk_wire_view_set_xml         (CopydeskWireView *self,
                                                   GBytes           *xml);
void           copydesk_wire_view_show_error      (CopydeskWireView *self,
                                                   const GError     *error);
void           copydesk_wire_view_set_article     (CopydeskWireView *self,
                                                   CopydeskArticle  *article,
                                                   GFile            *base_dir);
const char    *copydesk_wire_view_get_receivers   (CopydeskWireView *self);
void           copydesk_wire_view_set_schema_path (CopydeskWireView *self,
                                                   const char       *schema_path);
GtkTextBuffer *copydesk_wire_view_get_buffer      (CopydeskWireView *self);
const char    *copydesk_wire_view_get_status      (CopydeskWireView *self);
gboolean       copydesk_wire_view_is_checking     (CopydeskWireView *self);

G_END_DECLS
