/* copydesk-reader-view.h: the article as a reader sees it, in native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_READER_VIEW (copydesk_reader_view_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskReaderView, copydesk_reader_view, COPYDESK, READER_VIEW, GtkWidget)

GtkWidget *copydesk_reader_view_new           (void);
void       copydesk_reader_view_update        (CopydeskReaderView *self,
                                               CopydeskArticle    *article,
                                               GFile              *base_dir);
void       copydesk_reader_view_reveal_block  (CopydeskReaderView *self,
                                               guint               index);
guint      copydesk_reader_view_get_n_blocks  (CopydeskReaderView *self);
GtkWidget *copydesk_reader_view_get_block_widget (CopydeskReaderView *self,
                                                  guint               index);
guint      copydesk_reader_view_get_n_builds (CopydeskReaderView *self);
guint      copydesk_reader_view_count_unbuilt_in_view (CopydeskReaderView *self);
gboolean   copydesk_reader_view_activate_at   (CopydeskReaderView *self,
                                               GtkWidget          *target,
                                               double              x,
                                               double              y);
void       _copydesk_reader_view_set_burst_limit (CopydeskReaderView *self,
                                                  guint               limit);

G_END_DECLS
