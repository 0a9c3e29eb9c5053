/* copydesk-photo-meta.h: embedded photo metadata in, wire-ready copies out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built on the core and gexiv2, never on a toolkit: the converter and
 * pipelines use it as much as the editor does.
 */
#pragma once

#include "copydesk-core.h"

G_BEGIN_DECLS

/* Reading: IPTC IIM and XMP captions, credits, creators, rights, pixel size
 * and orientation, into the photo's EMPTY fields only. The file is only read. */
gboolean  copydesk_photo_meta_read          (CopydeskPhoto        *photo,
                                             GCancellable         *cancellable,
                                             GError              **error);
void      copydesk_photo_meta_read_async    (CopydeskPhoto        *photo,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean  copydesk_photo_meta_read_finish   (CopydeskPhoto        *photo,
                                             GAsyncResult         *result,
                                             GError              **error);

/* Export for wire: the NewsML-G2 file plus, in the same folder, a copy of
 * every photo file carrying the article's caption, credit, photographer and
 * copyright in its IPTC IIM and XMP. All or nothing; originals untouched. */
gboolean  copydesk_wire_export              (CopydeskArticle      *article,
                                             GFile                *newsml_file,
                                             GCancellable         *cancellable,
                                             GError              **error);
void      copydesk_wire_export_async        (CopydeskArticle      *article,
                                             GFile                *newsml_file,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean  copydesk_wire_export_finish       (CopydeskArticle      *article,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
