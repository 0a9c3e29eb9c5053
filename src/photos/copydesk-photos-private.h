/* copydesk-photos-private.h: shared inside the photo widgets only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The image types Copydesk can show and caption, for file choosers. */
GtkFileFilter *_copydesk_photo_image_filter (void);

G_END_DECLS
