/* copydesk-desk-banner.h: "Embargoed until …" while the story is held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_DESK_BANNER (copydesk_desk_banner_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskDeskBanner, copydesk_desk_banner, COPYDESK, DESK_BANNER, GtkWidget)

GtkWidget       *copydesk_desk_banner_new         (void);
CopydeskArticle *copydesk_desk_banner_get_article (CopydeskDeskBanner *self);
void             copydesk_desk_banner_set_article (CopydeskDeskBanner *self,
                                                   CopydeskArticle    *article);
/* The banner's text while it is shown, %NULL while it is hidden. */
const char      *copydesk_desk_banner_get_text    (CopydeskDeskBanner *self);

G_END_DECLS
