/* editorux-test.h: what the authors, find and paste tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-application.h"
#include "copydesk-window-private.h"
#include "ui-test-util.h"

G_BEGIN_DECLS

typedef gboolean (*EditoruxCondition) (gpointer data);

void            editorux_wait_until  (EditoruxCondition  done,
                                      gpointer           data,
                                      const char        *what);
void            editorux_run_for     (guint              ms);
GtkWidget      *editorux_field       (GtkWidget         *root,
                                      const char        *label);
CopydeskWindow *editorux_new_window  (CopydeskApplication *app);
void            editorux_destroy     (CopydeskWindow    *window);
char           *editorux_text_of     (GtkWidget         *widget);
void            editorux_type_into   (GtkWidget         *widget,
                                      const char        *text);
void            editorux_set_body    (CopydeskWindow    *window,
                                      const char        *text);
char           *editorux_body_markup (CopydeskWindow    *window);
gboolean        editorux_has_match_tag (GtkWidget       *view);

G_END_DECLS
