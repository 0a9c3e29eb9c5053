/* copydesk-photo-panel.h: the photos of the article, as editable cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_PHOTO_PANEL (copydesk_photo_panel_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPhotoPanel, copydesk_photo_panel, COPYDESK, PHOTO_PANEL, GtkWidget)

#define COPYDESK_PHOTO_PANEL_DEFAULT_CAPTION_LIMIT 200

GtkWidget       *copydesk_photo_panel_new               (void);
CopydeskArticle *copydesk_photo_panel_get_article       (CopydeskPhotoPanel *self);
void             copydesk_photo_panel_set_article       (CopydeskPhotoPanel *self,
                                                         CopydeskArticle    *article);
GFile           *copydesk_photo_panel_get_base_dir      (CopydeskPhotoPanel *self);
void             copydesk_photo_panel_set_base_dir      (CopydeskPhotoPanel *self,
                                                         GFile              *base_dir);
guint            copydesk_photo_panel_get_caption_limit (CopydeskPhotoPanel *self);
void             copydesk_photo_panel_set_caption_limit (CopydeskPhotoPanel *self,
                                                         guint               limit);
/* Adds photos for these image files (as the file chooser and a drop do), and
 * reads their embedded metadata in the background. */
void             copydesk_photo_panel_add_files         (CopydeskPhotoPanel *self,
                                                         GFile             **files,
                                                         guint               n_files);

/* For tests. */
GtkWidget       *_copydesk_photo_panel_get_card         (CopydeskPhotoPanel *self,
                                                         guint               index);
guint            _copydesk_photo_panel_get_n_cards      (CopydeskPhotoPanel *self);
void             _copydesk_photo_panel_remove_photo     (CopydeskPhotoPanel *self,
                                                         CopydeskPhoto      *photo);
gboolean         _copydesk_photo_panel_undo_remove      (CopydeskPhotoPanel *self);

G_END_DECLS
