/* copydesk-authors-list.h: the story's authors, in the form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_AUTHORS_LIST (copydesk_authors_list_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskAuthorsList, copydesk_authors_list, COPYDESK, AUTHORS_LIST,
                      GtkWidget)

GtkWidget       *copydesk_authors_list_new          (void);
CopydeskArticle *copydesk_authors_list_get_article  (CopydeskAuthorsList *self);
void             copydesk_authors_list_set_article  (CopydeskAuthorsList *self,
                                                     CopydeskArticle     *article);
void             copydesk_authors_list_add          (CopydeskAuthorsList *self);
GtkTextView     *copydesk_authors_list_get_bio_view (CopydeskAuthorsList *self,
                                                     guint                index);

G_END_DECLS
