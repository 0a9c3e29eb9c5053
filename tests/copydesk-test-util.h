/* copydesk-test-util.h: what the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Validates @xml against the shared NewsML-G2 schema (with the XHTML body
 * profile) named by $COPYDESK_NEWSML_SCHEMA. Fails the test with libxml2's
 * messages when the document is invalid. Without a schema it prints why and
 * marks the test skipped (the other assertions of the test still run), and
 * returns FALSE. */
gboolean  copydesk_test_validate_newsml (GBytes     *xml,
                                         const char *what);
gboolean  copydesk_test_have_schema     (void);

/* Files under tests/ ($COPYDESK_TEST_SRCDIR) and data/ ($COPYDESK_DATA_SRCDIR). */
char     *copydesk_test_build_path      (const char *first_element,
                                         ...) G_GNUC_NULL_TERMINATED;
char     *copydesk_test_data_path       (const char *first_element,
                                         ...) G_GNUC_NULL_TERMINATED;
GBytes   *copydesk_test_load            (const char *path);

/* Compares @actual with the golden file; with COPYDESK_UPDATE_GOLDEN=1 in the
 * environment it rewrites the golden file instead. */
void      copydesk_test_assert_golden   (GBytes     *actual,
                                         const char *golden_path);

G_END_DECLS
