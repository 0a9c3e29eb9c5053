/* copydesk-photo.h: one photo of an article, with its caption and rights
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_PHOTO (copydesk_photo_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPhoto, copydesk_photo, COPYDESK, PHOTO, GObject)

CopydeskPhoto *copydesk_photo_new                  (const char    *id);
const char    *copydesk_photo_get_id               (CopydeskPhoto *self);
void           copydesk_photo_set_id               (CopydeskPhoto *self,
                                                    const char    *id);
const char    *copydesk_photo_get_guid             (CopydeskPhoto *self);
void           copydesk_photo_set_guid             (CopydeskPhoto *self,
                                                    const char    *guid);
GFile         *copydesk_photo_get_file             (CopydeskPhoto *self);
void           copydesk_photo_set_file             (CopydeskPhoto *self,
                                                    GFile         *file);
const char    *copydesk_photo_get_caption          (CopydeskPhoto *self);
void           copydesk_photo_set_caption          (CopydeskPhoto *self,
                                                    const char    *caption);
const char    *copydesk_photo_get_credit           (CopydeskPhoto *self);
void           copydesk_photo_set_credit           (CopydeskPhoto *self,
                                                    const char    *credit);
const char    *copydesk_photo_get_alt_text         (CopydeskPhoto *self);
void           copydesk_photo_set_alt_text         (CopydeskPhoto *self,
                                                    const char    *alt_text);
const char    *copydesk_photo_get_photographer     (CopydeskPhoto *self);
void           copydesk_photo_set_photographer     (CopydeskPhoto *self,
                                                    const char    *photographer);
const char    *copydesk_photo_get_copyright_notice (CopydeskPhoto *self);
void           copydesk_photo_set_copyright_notice (CopydeskPhoto *self,
                                                    const char    *notice);
const char    *copydesk_photo_get_usage_terms      (CopydeskPhoto *self);
void           copydesk_photo_set_usage_terms      (CopydeskPhoto *self,
                                                    const char    *terms);
guint          copydesk_photo_get_width            (CopydeskPhoto *self);
guint          copydesk_photo_get_height           (CopydeskPhoto *self);
void           copydesk_photo_set_pixel_size       (CopydeskPhoto *self,
                                                    guint          width,
                                                    guint          height);
guint64        copydesk_photo_get_byte_size        (CopydeskPhoto *self);
void           copydesk_photo_set_byte_size        (CopydeskPhoto *self,
                                                    guint64        byte_size);
const char    *copydesk_photo_get_content_type     (CopydeskPhoto *self);
void           copydesk_photo_set_content_type     (CopydeskPhoto *self,
                                                    const char    *content_type);
/* What a file said of the photo that it does not edit: see
 * copydesk_article_get_kept_metadata(). */
const char    *copydesk_photo_get_kept_metadata    (CopydeskPhoto *self);
void           copydesk_photo_set_kept_metadata    (CopydeskPhoto *self,
                                                    const char    *xml);
char          *copydesk_photo_derive_headline      (CopydeskPhoto *self);
gboolean       copydesk_photo_update_from_file     (CopydeskPhoto *self,
                                                    GCancellable  *cancellable,
                                                    GError       **error);
gboolean       copydesk_photo_equal                (CopydeskPhoto *a,
                                                    CopydeskPhoto *b);

G_END_DECLS
