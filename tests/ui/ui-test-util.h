/* ui-test-util.h: the editor window on the sample, for UI tests and the
 * screenshot tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include <adwaita.h>

#include "copydesk-application.h"

G_BEGIN_DECLS

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
const char          *ui_test_banner_text (CopydeskWindow      *window,
                                          const char          *name);
CopydeskArticle     *ui_test_article     (CopydeskWindow      *window);
GtkSourceView       *ui_test_body_view   (CopydeskWindow      *window);
GtkWidget           *ui_test_dialog_of   (CopydeskWindow      *window);
CopydeskWindow      *ui_test_open_sample (CopydeskApplication *app,
                                          int                  width,
                                          int                  height);

/* A test with an application and a temporary folder of its own (for
 * g_test_add): tear-down closes every window and deletes the folder. */
typedef struct
{
  CopydeskApplication *app;
  char                *dir;
} UiTestFolder;

void      ui_test_folder_set_up    (UiTestFolder     *f,
                                    gconstpointer     data);
void      ui_test_folder_tear_down (UiTestFolder     *f,
                                    gconstpointer     data);
/* For preview_test_wait(): @window's document is neither loading nor saving. */
gboolean  ui_test_not_busy         (gpointer          window);
/* As a click on the dialog's button does: the response, then the dialog goes. */
void      ui_test_respond          (AdwMessageDialog *dialog,
                                    const char       *response);

G_END_DECLS
