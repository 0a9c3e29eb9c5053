/* checks-test-util.h: what the checks tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-core.h"
#include "copydesk-checks-private.h"
#include "copydesk-test-util.h"

G_BEGIN_DECLS

CopydeskArticle            *checks_test_article      (void);
GPtrArray                  *checks_test_run          (CopydeskArticle       *article,
                                                      CopydeskChecksOptions *options);
void                        checks_test_assert_none  (GPtrArray             *findings);
const CopydeskCheckFinding *checks_test_find         (GPtrArray             *findings,
                                                      CopydeskCheck          check,
                                                      guint                  nth);
const CopydeskCheckFinding *checks_test_find_or_null (GPtrArray             *findings,
                                                      CopydeskCheck          check);
guint                       checks_test_count        (GPtrArray             *findings,
                                                      CopydeskCheck          check);

/* A private Enchant folder with the en_ZZ test dictionary, set in
 * ENCHANT_CONFIG_DIR (and XDG_CONFIG_HOME) for this process and its
 * children. Returns the folder, for the caller to remove. */
char                       *checks_test_enchant_setup (void);
void                        checks_test_remove_tree   (const char *path);

G_END_DECLS
