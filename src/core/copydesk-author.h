/* copydesk-author.h: one author of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define COPYDESK_TYPE_AUTHOR (copydesk_author_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskAuthor, copydesk_author, COPYDESK, AUTHOR, GObject)

CopydeskAuthor *copydesk_author_new           (const char     *name);
const char     *copydesk_author_get_name      (CopydeskAuthor *self);
void            copydesk_author_set_name      (CopydeskAuthor *self,
                                               const char     *name);
const char     *copydesk_author_get_job_title (CopydeskAuthor *self);
void            copydesk_author_set_job_title (CopydeskAuthor *self,
                                               const char     *job_title);
const char     *copydesk_author_get_bio       (CopydeskAuthor *self);
void            copydesk_author_set_bio       (CopydeskAuthor *self,
                                               const char     *bio);
gboolean        copydesk_author_equal         (CopydeskAuthor *a,
                                               CopydeskAuthor *b);

G_END_DECLS
