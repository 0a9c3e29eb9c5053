/* copydesk-find-bar.h: find and replace in the body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_FIND_BAR (copydesk_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskFindBar, copydesk_find_bar, COPYDESK, FIND_BAR, GtkWidget)

void     copydesk_find_bar_set_view         (CopydeskFindBar *self,
                                             GtkSourceView   *view);
void     copydesk_find_bar_set_replace_mode (CopydeskFindBar *self,
                                             gboolean         replace_mode);
gboolean copydesk_find_bar_get_replace_mode (CopydeskFindBar *self);
void     copydesk_find_bar_set_search_text  (CopydeskFindBar *self,
                                             const char      *text);
void     copydesk_find_bar_set_replace_text (CopydeskFindBar *self,
                                             const char      *text);
void     copydesk_find_bar_focus_entry      (CopydeskFindBar *self);
int      copydesk_find_bar_get_occurrences  (CopydeskFindBar *self);
const char *copydesk_find_bar_get_status    (CopydeskFindBar *self);
void     copydesk_find_bar_next             (CopydeskFindBar *self);
void     copydesk_find_bar_previous         (CopydeskFindBar *self);
gboolean copydesk_find_bar_replace          (CopydeskFindBar *self);
guint    copydesk_find_bar_replace_all      (CopydeskFindBar *self);
GtkSourceSearchSettings *copydesk_find_bar_get_settings (CopydeskFindBar *self);

G_END_DECLS
