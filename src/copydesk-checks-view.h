/* copydesk-checks-view.h: the story's findings, live, and its spelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-editor.h"
#include "copydesk-spell-helper.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_CHECKS_VIEW (copydesk_checks_view_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskChecksView, copydesk_checks_view, COPYDESK, CHECKS_VIEW, GtkWidget)

GtkWidget            *copydesk_checks_view_new                (CopydeskEditor     *editor);
CopydeskChecksView   *copydesk_checks_view_get_for_editor     (CopydeskEditor     *editor);
GtkWidget            *copydesk_checks_view_new_button         (CopydeskChecksView *self);
guint                 copydesk_checks_view_get_n_errors       (CopydeskChecksView *self);
guint                 copydesk_checks_view_get_n_warnings     (CopydeskChecksView *self);
GPtrArray            *copydesk_checks_view_get_findings       (CopydeskChecksView *self);
gboolean              copydesk_checks_view_get_pending        (CopydeskChecksView *self);
void                  copydesk_checks_view_run_now            (CopydeskChecksView *self);
gboolean              copydesk_checks_view_activate_finding   (CopydeskChecksView *self,
                                                               guint               index);
gboolean              copydesk_checks_view_apply_fix          (CopydeskChecksView *self,
                                                               guint               index);
char                **copydesk_checks_view_dup_error_messages (CopydeskChecksView *self);
gboolean              copydesk_checks_view_review_first_error (CopydeskChecksView *self);
CopydeskSpellChecker *copydesk_checks_view_get_checker        (CopydeskChecksView *self);
CopydeskSpellHelper  *copydesk_checks_view_get_body_helper    (CopydeskChecksView *self);
const char           *copydesk_checks_view_get_spell_status   (CopydeskChecksView *self);

G_END_DECLS
