/* copydesk-counter.h: "n/limit", turning to a warning past the limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_COUNTER (copydesk_counter_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskCounter, copydesk_counter, COPYDESK, COUNTER, GtkWidget)

GtkWidget *copydesk_counter_new       (void);
guint      copydesk_counter_get_count (CopydeskCounter *self);
void       copydesk_counter_set_count (CopydeskCounter *self,
                                       guint            count);
guint      copydesk_counter_get_limit (CopydeskCounter *self);
void       copydesk_counter_set_limit (CopydeskCounter *self,
                                       guint            limit);
gboolean   copydesk_counter_get_over  (CopydeskCounter *self);
const char *copydesk_counter_get_text (CopydeskCounter *self);

G_END_DECLS
