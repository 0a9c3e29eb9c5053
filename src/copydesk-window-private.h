/* copydesk-window-private.h: what the photo panel, the preview and the
 * tests need from the editor window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-placement-captions.h"
#include "copydesk-window.h"

G_BEGIN_DECLS


/* (transfer full) (nullable): the folder of the article's file, the base for
 * relative photo hrefs; %NULL while the article has never been saved. */
GFile           *_copydesk_window_dup_folder             (CopydeskWindow *self);

/* Blocks are counted as in copydesk_body_get_block(). */
guint            _copydesk_window_get_block_at_cursor    (CopydeskWindow *self);
void             _copydesk_window_place_cursor_at_block  (CopydeskWindow *self,
                                                          guint           index);

/* Inserts "[photo: ID]" as a block of its own after the cursor's line, as one
 * undoable step, and updates the article's body at once. */
void             _copydesk_window_insert_placement       (CopydeskWindow *self,
                                                          const char     *photo_id);

/* Empty boxes for the preview (end child of the paned, shown with
 * win.show-preview) and the photo panel (left of the form, shown with
 * win.show-photos). */
GtkBox          *_copydesk_window_get_preview_slot       (CopydeskWindow *self);
GtkBox          *_copydesk_window_get_photos_slot        (CopydeskWindow *self);

/* The preview, the photo panel and the body's photo gutter, set up in
 * copydesk-window-panes.c (called from the window's init and dispose). */
void             _copydesk_window_init_panes             (CopydeskWindow *self);
void             _copydesk_window_dispose_panes          (CopydeskWindow *self);
/* The CopydeskPreviewPane in the preview slot and the CopydeskPhotoPanel in
 * the photos slot. */
GtkWidget       *_copydesk_window_get_preview            (CopydeskWindow *self);
GtkWidget       *_copydesk_window_get_photo_panel        (CopydeskWindow *self);
/* The CopydeskPhotoGutter of the current article (a new one per article). */
GtkSourceGutterRenderer *_copydesk_window_get_photo_gutter (CopydeskWindow *self);
/* The captions under the body's placement lines (a new object per article). */
CopydeskPlacementCaptions *_copydesk_window_get_placement_captions (CopydeskWindow *self);
/* What win.export-wire does once a file is chosen, for tests. */
void             _copydesk_window_export_wire_to         (CopydeskWindow *self,
                                                          GFile          *file);

/* For tests: the text of the last toast shown, %NULL before the first. */
const char      *_copydesk_window_get_last_toast         (CopydeskWindow *self);

/* Quit (copydesk-quit-dialog.c): the document's own save, asking for a
 * file name first when it has none; and closing without asking again,
 * @discard dropping the unsaved changes and their draft. */
void             _copydesk_window_save_for_quit_async    (CopydeskWindow      *self,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean         _copydesk_window_save_for_quit_finish   (CopydeskWindow      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void             _copydesk_window_confirm_close          (CopydeskWindow      *self,
                                                          gboolean             discard);

G_END_DECLS
