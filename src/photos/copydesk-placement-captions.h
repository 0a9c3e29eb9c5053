/* copydesk-placement-captions.h: each placement line of the body, captioned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_PLACEMENT_CAPTIONS (copydesk_placement_captions_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPlacementCaptions, copydesk_placement_captions, COPYDESK,
                      PLACEMENT_CAPTIONS, GObject)

/* Shows, under each "[photo: ID]" line of @view, that photo's caption and
 * credit from @article (or what is wrong with the placement), until the
 * object is disposed. The buffer's text is never touched. */
CopydeskPlacementCaptions *copydesk_placement_captions_new      (GtkTextView               *view,
                                                                  CopydeskArticle           *article);
/* Brings the captions up to date now rather than at the next frame. */
void                       copydesk_placement_captions_update   (CopydeskPlacementCaptions *self);

/* For tests: the captions shown, in the order of their lines. */
guint                      copydesk_placement_captions_get_n_shown   (CopydeskPlacementCaptions *self);
/* How many caption widgets exist, shown or kept for reuse. */
guint                      copydesk_placement_captions_get_n_widgets (CopydeskPlacementCaptions *self);
GtkWidget                 *copydesk_placement_captions_get_widget    (CopydeskPlacementCaptions *self,
                                                                       guint                      i);
/* The line (0-based) a shown caption belongs to, and its top in buffer
 * coordinates. */
int                        copydesk_placement_captions_get_line      (CopydeskPlacementCaptions *self,
                                                                       guint                      i);
int                        copydesk_placement_captions_get_y         (CopydeskPlacementCaptions *self,
                                                                       guint                      i);
/* The caption (or problem) text, and the credit ("" when none is shown). */
const char                *copydesk_placement_captions_get_text      (CopydeskPlacementCaptions *self,
                                                                       guint                      i);
const char                *copydesk_placement_captions_get_credit    (CopydeskPlacementCaptions *self,
                                                                       guint                      i);

G_END_DECLS
