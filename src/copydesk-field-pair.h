/* copydesk-field-pair.h: two labelled fields on one row, or stacked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_FIELD_PAIR (copydesk_field_pair_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskFieldPair, copydesk_field_pair, COPYDESK, FIELD_PAIR, GtkWidget)

GtkWidget *copydesk_field_pair_new         (void);
gboolean   copydesk_field_pair_get_stacked (CopydeskFieldPair *self);
int        copydesk_field_pair_get_threshold (CopydeskFieldPair *self);

G_END_DECLS
