/* copydesk-photo-card.h: one photo of the article, as a card of the photo panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_PHOTO_CARD (copydesk_photo_card_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPhotoCard, copydesk_photo_card, COPYDESK, PHOTO_CARD, GtkWidget)

/* Longest side of the thumbnail that is decoded (twice the shown size, so it
 * stays sharp on high-density screens). */
#define COPYDESK_PHOTO_CARD_THUMBNAIL_SIZE 192

GtkWidget     *copydesk_photo_card_new               (CopydeskPhoto     *photo);
CopydeskPhoto *copydesk_photo_card_get_photo         (CopydeskPhotoCard *self);
void           copydesk_photo_card_set_caption_limit (CopydeskPhotoCard *self,
                                                      guint              limit);
void           copydesk_photo_card_set_placed        (CopydeskPhotoCard *self,
                                                      gboolean           placed);
gboolean       copydesk_photo_card_get_placed        (CopydeskPhotoCard *self);
void           copydesk_photo_card_read_metadata     (CopydeskPhotoCard *self);

/* For tests: the parts a person reads and edits. */
GtkTextView   *_copydesk_photo_card_get_caption_view (CopydeskPhotoCard *self);
GtkEditable   *_copydesk_photo_card_get_credit       (CopydeskPhotoCard *self);
GtkLabel      *_copydesk_photo_card_get_count        (CopydeskPhotoCard *self);
GtkLabel      *_copydesk_photo_card_get_message      (CopydeskPhotoCard *self);
GtkWidget     *_copydesk_photo_card_get_unplaced     (CopydeskPhotoCard *self);
GtkWidget     *_copydesk_photo_card_get_locate       (CopydeskPhotoCard *self);
gboolean       _copydesk_photo_card_has_thumbnail    (CopydeskPhotoCard *self);

G_END_DECLS
