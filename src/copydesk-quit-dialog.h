/* copydesk-quit-dialog.h: one dialog for every unsaved story on quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_QUIT_DIALOG (copydesk_quit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskQuitDialog, copydesk_quit_dialog, COPYDESK, QUIT_DIALOG,
                      AdwMessageDialog)

gboolean            copydesk_quit_dialog_quit          (GtkApplication     *app);
CopydeskQuitDialog *copydesk_quit_dialog_new           (GtkApplication     *app,
                                                        GtkWindow          *parent);
guint               copydesk_quit_dialog_get_n_stories (CopydeskQuitDialog *self);
const char         *copydesk_quit_dialog_get_title     (CopydeskQuitDialog *self,
                                                        guint               index);
void                copydesk_quit_dialog_set_save      (CopydeskQuitDialog *self,
                                                        guint               index,
                                                        gboolean            save);

G_END_DECLS
