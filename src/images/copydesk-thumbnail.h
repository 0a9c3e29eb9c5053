/* copydesk-thumbnail.h: photo thumbnails, decoded off the main thread and cached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Images larger than this are not decoded for a preview at all. */
#define COPYDESK_THUMBNAIL_MAX_PIXELS  (120u * 1000u * 1000u)
#define COPYDESK_THUMBNAIL_MAX_BYTES   (256u * 1024u * 1024u)

void        copydesk_thumbnail_load_async  (GFile                *file,
                                            int                   size,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GdkTexture *copydesk_thumbnail_load_finish (GAsyncResult         *result,
                                            GError              **error);
/* The last thumbnail loaded for @file at @size, whatever its age; %NULL if
 * there is none (yet). Main thread only. */
GdkTexture *copydesk_thumbnail_peek        (GFile                *file,
                                            int                   size);

G_END_DECLS
