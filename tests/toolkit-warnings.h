/* toolkit-warnings.h: UI tests fail on every warning but one of the toolkit's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Call right after g_test_init()/gtk_test_init(). From then on a warning
 * fails the running test (and is printed; outside any test case it
 * aborts), a critical aborts at once, and
 * the one warning GTK 4.8 prints by itself now and then on a loaded machine
 * ("Trying to snapshot GtkGizmo ... without a current allocation", a gizmo
 * drawn in the frame before its first size) is printed, not failed: it
 * comes from the toolkit's frame clock, not from our code, and made tests
 * fail on a busy CI machine. */
void  toolkit_warnings_install (void);

/* The most a UI test waits for a condition (a frame, a scroll, a save)
 * before it fails. Waits end as soon as the condition holds, so this costs
 * nothing when things work; it is generous because a loaded two-core CI
 * machine, or a sanitizer build, can take seconds for a frame (AddressSanitizer
 * makes everything several times slower). */
#if defined(__SANITIZE_ADDRESS__)
#define TOOLKIT_WAIT_LIMIT_SECONDS 150
#else
#define TOOLKIT_WAIT_LIMIT_SECONDS 60
#endif


G_END_DECLS
