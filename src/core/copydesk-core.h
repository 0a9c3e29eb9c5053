/* copydesk-core.h: everything the core offers, in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"
#include "copydesk-author.h"
#include "copydesk-block.h"
#include "copydesk-drafts.h"
#include "copydesk-byline.h"
#include "copydesk-body.h"
#include "copydesk-desk.h"
#include "copydesk-checks.h"
#include "copydesk-error.h"
#include "copydesk-find.h"
#include "copydesk-notices.h"
#include "copydesk-import.h"
#include "copydesk-names.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-check.h"
#include "copydesk-photo.h"
#include "copydesk-preflight.h"
#include "copydesk-run.h"
#include "copydesk-text.h"
#include "copydesk-version.h"
#include "copydesk-version-diff.h"
#include "copydesk-vocab.h"
