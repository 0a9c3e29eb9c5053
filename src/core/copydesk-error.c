/* copydesk-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "copydesk-error.h"

G_DEFINE_QUARK (copydesk-error-quark, copydesk_error)
