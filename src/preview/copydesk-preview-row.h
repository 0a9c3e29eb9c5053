/* copydesk-preview-row.h: one row of the reader view's list, as a snapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"
#include "copydesk-photo-loader.h"

G_BEGIN_DECLS

typedef enum
{
  COPYDESK_PREVIEW_ROW_HEADER,
  COPYDESK_PREVIEW_ROW_BLOCK,
  COPYDESK_PREVIEW_ROW_FOOTER,
} CopydeskPreviewRowKind;

#define COPYDESK_TYPE_PREVIEW_ROW (copydesk_preview_row_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPreviewRow, copydesk_preview_row, COPYDESK, PREVIEW_ROW, GObject)

CopydeskPreviewRow     *copydesk_preview_row_new_header (CopydeskArticle     *article);
CopydeskPreviewRow     *copydesk_preview_row_new_block  (CopydeskArticle     *article,
                                                         CopydeskBlock       *block);
CopydeskPreviewRow     *copydesk_preview_row_new_footer (CopydeskArticle     *article);
CopydeskPreviewRowKind  copydesk_preview_row_get_kind   (CopydeskPreviewRow  *self);
gboolean                copydesk_preview_row_shows      (CopydeskPreviewRow  *self,
                                                         CopydeskArticle     *article,
                                                         CopydeskBlock       *block);
gboolean                copydesk_preview_row_equal      (CopydeskPreviewRow  *a,
                                                         CopydeskPreviewRow  *b);
GtkWidget              *copydesk_preview_row_get_widget (CopydeskPreviewRow  *self,
                                                         CopydeskPhotoLoader *loader,
                                                         gboolean            *built);
GtkWidget              *copydesk_preview_row_peek_widget (CopydeskPreviewRow *self);
void                    copydesk_preview_row_drop_widget (CopydeskPreviewRow *self);
int                     copydesk_preview_row_estimate_height (CopydeskPreviewRow *self);

G_END_DECLS
