/* copydesk-photo-gutter.h: thumbnails beside the body's placement lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtksourceview/gtksource.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_PHOTO_GUTTER (copydesk_photo_gutter_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPhotoGutter, copydesk_photo_gutter, COPYDESK, PHOTO_GUTTER,
                      GtkSourceGutterRenderer)

GtkSourceGutterRenderer *copydesk_photo_gutter_new         (CopydeskArticle     *article);
CopydeskArticle         *copydesk_photo_gutter_get_article (CopydeskPhotoGutter *self);
gboolean                 copydesk_photo_gutter_get_has_placements (CopydeskPhotoGutter *self);

/* What the gutter shows for a line of body text: NULL when the line is not a
 * placement line, else a sentence for its tooltip (and sets *@problem when
 * the id names no photo or the photo's file is missing or unreadable). */
char                    *copydesk_photo_gutter_describe_line (CopydeskPhotoGutter *self,
                                                              const char          *line,
                                                              gboolean            *problem);

G_END_DECLS
