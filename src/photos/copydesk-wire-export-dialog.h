/* copydesk-wire-export-dialog.h: "Export for Wire…", from choosing the file to done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

/* Lists what receivers would miss and asks (when there is anything), asks
 * where to put the NewsML-G2 file (the file chooser portal, with a name made
 * from the slugline), then exports for wire in the background. */
void   copydesk_wire_export_dialog_async  (GtkWindow            *parent,
                                           CopydeskArticle      *article,
                                           GFile                *initial_folder,
                                           const char * const   *check_errors,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
/* Returns the NewsML-G2 file written; G_IO_ERROR_CANCELLED when the person
 * closed the chooser (nothing to report then). */
GFile *copydesk_wire_export_dialog_finish (GAsyncResult         *result,
                                           GError              **error);

/* TRUE when the person chose "Go to First Error" (the result is cancelled). */
gboolean copydesk_wire_export_dialog_wants_review (GAsyncResult     *result);

/* The toast after a successful export: what was and was not written. */
char  *copydesk_wire_export_dialog_describe (GAsyncResult       *result);

/* What the pre-flight prompt lists; further lists are added there. */
GStrv  _copydesk_wire_export_dialog_list_problems (CopydeskPreflight  *preflight,
                                                   const char * const *check_errors);

/* For tests: the prompt, and what happens once a file is chosen. */
AdwMessageDialog *_copydesk_wire_export_dialog_ask (GTask              *task,
                                                    const char * const *problems);
void   _copydesk_wire_export_dialog_chosen (GTask               *task,
                                            GFile               *file);

G_END_DECLS
