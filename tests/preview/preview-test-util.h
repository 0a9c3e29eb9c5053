/* preview-test-util.h: what the preview's UI tests and demo share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *preview_test_find_by_class  (GtkWidget   *root,
                                        GType        type,
                                        const char  *css_class);
GPtrArray *preview_test_all_by_class   (GtkWidget   *root,
                                        GType        type,
                                        const char  *css_class);
void       preview_test_wait           (gboolean   (*done) (gpointer data),
                                        gpointer     data);
void       preview_test_wait_frames    (GtkWidget   *widget,
                                        int          n);
gboolean   preview_test_save_png       (GtkWidget   *widget,
                                        const char  *path,
                                        GError     **error);

G_END_DECLS
