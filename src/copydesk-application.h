/* copydesk-application.h: the Copydesk application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-drafts.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_APPLICATION (copydesk_application_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskApplication, copydesk_application, COPYDESK, APPLICATION,
                      AdwApplication)

CopydeskApplication *copydesk_application_new         (void);
GFile               *copydesk_application_dup_sample  (void);
CopydeskDraftStore  *copydesk_application_get_draft_store (CopydeskApplication *self);
void                 copydesk_application_set_draft_store (CopydeskApplication *self,
                                                           CopydeskDraftStore  *store);
guint                copydesk_application_recover         (CopydeskApplication *self);

G_END_DECLS
