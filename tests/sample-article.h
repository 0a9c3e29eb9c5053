/* sample-article.h: the bundled sample article, built through the public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-core.h"

G_BEGIN_DECLS

/* The one photo whose embedded caption (IPTC Caption-Abstract and XMP
 * dc:description) is the agency's raw caption, not the desk's edited one. */
#define COPYDESK_TEST_SAMPLE_RAW_CAPTION_PHOTO "harbour-dawn"
#define COPYDESK_TEST_SAMPLE_RAW_CAPTION \
  "Porthaven harbour entrance at dawn with the part-built tidal flood barrier – 13 October 2025"

CopydeskArticle *copydesk_test_build_sample_article (const char *sample_dir);

G_END_DECLS
