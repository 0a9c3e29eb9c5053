/* copydesk-window.h: the editor window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-document.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_WINDOW (copydesk_window_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskWindow, copydesk_window, COPYDESK, WINDOW, AdwApplicationWindow)

CopydeskWindow   *copydesk_window_new          (GtkApplication   *application,
                                                CopydeskDocument *document);
CopydeskDocument *copydesk_window_get_document (CopydeskWindow *self);
void              copydesk_window_open         (CopydeskWindow *self,
                                                GFile          *file,
                                                gboolean        is_sample);
void              copydesk_window_import       (CopydeskWindow *self,
                                                GFile          *file);
void              copydesk_window_save         (CopydeskWindow *self,
                                                GFile          *file);
void              copydesk_window_recover      (CopydeskWindow          *self,
                                                const CopydeskDraftInfo *info);
void              copydesk_window_set_checks_view (CopydeskWindow *self,
                                                   GtkWidget      *view);
GtkWidget        *copydesk_window_get_checks_view (CopydeskWindow *self);

G_END_DECLS
