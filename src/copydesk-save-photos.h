/* copydesk-save-photos.h: saving an article to a new folder with its photos
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-core.h"

G_BEGIN_DECLS

void     copydesk_save_with_photos_async  (CopydeskArticle      *article,
                                           GFile                *old_file,
                                           GFile                *file,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean copydesk_save_with_photos_finish (CopydeskArticle      *article,
                                           GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
