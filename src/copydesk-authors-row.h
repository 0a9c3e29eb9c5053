/* copydesk-authors-row.h: one author of the story, in the authors list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_AUTHORS_ROW (copydesk_authors_row_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskAuthorsRow, copydesk_authors_row, COPYDESK, AUTHORS_ROW,
                      GtkListBoxRow)

GtkWidget      *copydesk_authors_row_new           (CopydeskAuthor     *author);
CopydeskAuthor *copydesk_authors_row_get_author    (CopydeskAuthorsRow *self);
void            copydesk_authors_row_set_position  (CopydeskAuthorsRow *self,
                                                    guint               position,
                                                    guint               n_authors);
void            copydesk_authors_row_focus_name    (CopydeskAuthorsRow *self);
void            copydesk_authors_row_focus_move    (CopydeskAuthorsRow *self,
                                                    int                 delta);
GtkTextView    *copydesk_authors_row_get_bio_view  (CopydeskAuthorsRow *self);

G_END_DECLS
