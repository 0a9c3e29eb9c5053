/* copydesk-photo-loader.h: photo files as textures, loaded off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-figure-image.h"

G_BEGIN_DECLS

/* Photos are decoded no wider than this: twice the reading column, for
 * high-density screens. */
#define COPYDESK_PHOTO_LOADER_MAX_WIDTH 1400

#define COPYDESK_TYPE_PHOTO_LOADER (copydesk_photo_loader_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPhotoLoader, copydesk_photo_loader, COPYDESK, PHOTO_LOADER, GObject)

CopydeskPhotoLoader *copydesk_photo_loader_new  (void);
void                 copydesk_photo_loader_show (CopydeskPhotoLoader *self,
                                                 GFile               *file,
                                                 CopydeskFigureImage *picture);

G_END_DECLS
