/* copydesk-find-bar.h: find and replace across every text field of the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_FIND_BAR (copydesk_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskFindBar, copydesk_find_bar, COPYDESK, FIND_BAR, GtkWidget)

/**
 * CopydeskFindResolve:
 * @field: a text field of the story
 * @index: its author or photo (see #CopydeskFindMatch)
 *
 * Returns: (transfer none) (nullable): the #GtkTextView or #GtkEditable that
 *   shows that field, or %NULL when none does
 */
typedef GtkWidget *(*CopydeskFindResolve) (CopydeskField field,
                                           guint         index,
                                           gpointer      user_data);

void     copydesk_find_bar_set_view         (CopydeskFindBar *self,
                                             GtkSourceView   *view);
void     copydesk_find_bar_set_article      (CopydeskFindBar *self,
                                             CopydeskArticle *article);
void     copydesk_find_bar_set_resolve      (CopydeskFindBar     *self,
                                             CopydeskFindResolve  resolve,
                                             gpointer             user_data);
void     copydesk_find_bar_start            (CopydeskFindBar *self);
void     copydesk_find_bar_stop             (CopydeskFindBar *self);
void     copydesk_find_bar_set_replace_mode (CopydeskFindBar *self,
                                             gboolean         replace_mode);
gboolean copydesk_find_bar_get_replace_mode (CopydeskFindBar *self);
void     copydesk_find_bar_set_search_text  (CopydeskFindBar *self,
                                             const char      *text);
void     copydesk_find_bar_set_replace_text (CopydeskFindBar *self,
                                             const char      *text);
void     copydesk_find_bar_focus_entry      (CopydeskFindBar *self);
int      copydesk_find_bar_get_occurrences  (CopydeskFindBar *self);
gboolean copydesk_find_bar_get_current      (CopydeskFindBar   *self,
                                             CopydeskFindMatch *match);
const char *copydesk_find_bar_get_status    (CopydeskFindBar *self);
void     copydesk_find_bar_next             (CopydeskFindBar *self);
void     copydesk_find_bar_previous         (CopydeskFindBar *self);
gboolean copydesk_find_bar_replace          (CopydeskFindBar *self);
guint    copydesk_find_bar_replace_all      (CopydeskFindBar *self);
GtkSourceSearchSettings *copydesk_find_bar_get_settings (CopydeskFindBar *self);

G_END_DECLS
