/* copydesk-preview-blocks.h: one widget per body block, for the reader view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"
#include "copydesk-photo-loader.h"

G_BEGIN_DECLS

char      *copydesk_preview_run_to_markup (const CopydeskRun   *run);
GtkWidget *copydesk_preview_block_new     (const CopydeskBlock *block,
                                           CopydeskPhoto       *photo,
                                           CopydeskPhotoLoader *loader);
char      *copydesk_preview_photo_key     (CopydeskPhoto       *photo);
GtkWidget *copydesk_preview_label_new     (const char          *css_class);

G_END_DECLS
