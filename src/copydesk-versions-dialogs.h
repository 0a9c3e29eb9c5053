/* copydesk-versions-dialogs.h: an earlier version, read-only or compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

/* A window, transient for @parent's, showing @version as a reader sees it,
 * read-only. On a file that cannot be read, a dialog saying why. */
GtkWidget *copydesk_versions_show_version (GtkWidget       *parent,
                                           CopydeskVersion *version);
/* A window comparing @version with @current word by word: removed words
 * struck through in red, added ones in green. */
GtkWidget *copydesk_versions_show_diff    (GtkWidget       *parent,
                                           CopydeskVersion *version,
                                           CopydeskArticle *current);
/* "Version 2 · Correction · 3 December 2026, 14:30" */
char      *copydesk_versions_dup_title    (CopydeskVersion *version);

G_END_DECLS
