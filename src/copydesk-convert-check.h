/* copydesk-convert-check.h: copydesk-convert --check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int copydesk_convert_check (char       **inputs,
                            const char  *dictionary);

G_END_DECLS
