/* copydesk-preview-pane-private.h: what tests and the benchmark reach into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-preview-pane.h"
#include "copydesk-reader-view.h"
#include "copydesk-wire-view.h"

G_BEGIN_DECLS

gboolean            _copydesk_preview_pane_flush           (CopydeskPreviewPane *self);
gboolean            _copydesk_preview_pane_is_pending      (CopydeskPreviewPane *self);
CopydeskReaderView *_copydesk_preview_pane_get_reader_view (CopydeskPreviewPane *self);
CopydeskWireView   *_copydesk_preview_pane_get_wire_view   (CopydeskPreviewPane *self);

G_END_DECLS
