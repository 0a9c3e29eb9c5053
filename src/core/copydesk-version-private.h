/* copydesk-version-private.h: what the version files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-version.h"

G_BEGIN_DECLS

/* From the article read out of @file (its photos relative to @base_dir). */
CopydeskVersion *_copydesk_version_new       (CopydeskArticle *article,
                                              GFile           *file,
                                              GFile           *base_dir);
CopydeskArticle *_copydesk_version_read_file (GFile           *file,
                                              GFile           *base_dir,
                                              GError         **error);

G_END_DECLS
