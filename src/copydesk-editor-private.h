/* copydesk-editor-private.h: what CopydeskEditor's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-editor.h"

G_BEGIN_DECLS

GActionGroup *_copydesk_editor_actions_new (CopydeskEditor *editor);

G_END_DECLS
