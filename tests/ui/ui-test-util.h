/* ui-test-util.h: the editor window on the sample, for UI tests and the
 * screenshot tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-application.h"

G_BEGIN_DECLS

/* How long a wait for a condition may last before the test gives up: a
 * guard against a hang, never a speed check. AddressSanitizer makes
 * everything several times slower, and the machine may be shared. */
#if defined(__SANITIZE_ADDRESS__)
#define UI_TEST_WAIT_SECONDS 150
#else
#define UI_TEST_WAIT_SECONDS 30
#endif

/* A fresh application id under APP_ID.Test for each call. */
char                *ui_test_app_id      (void);
CopydeskApplication *ui_test_app_new     (void);
CopydeskApplication *ui_test_app_new_on  (CopydeskDraftStore  *store);
void                 ui_test_app_free    (CopydeskApplication *app);
/* Deletes @folder and everything in it. */
void                 ui_test_remove_tree (GFile               *folder);
CopydeskWindow      *ui_test_window_new  (CopydeskApplication *app);
GtkWidget           *ui_test_find_labelled (GtkWidget         *root,
                                            const char        *label);
CopydeskWindow      *ui_test_open_sample (CopydeskApplication *app,
                                          int                  width,
                                          int                  height);

G_END_DECLS
