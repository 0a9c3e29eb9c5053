/* copydesk-application.h: the Copydesk application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "copydesk-session.h"
#include "copydesk-window.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_APPLICATION (copydesk_application_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskApplication, copydesk_application, COPYDESK, APPLICATION,
                      AdwApplication)

CopydeskApplication *copydesk_application_new         (void);
GFile               *copydesk_application_dup_sample  (void);
CopydeskSession     *copydesk_application_get_session (CopydeskApplication *self);
void                 copydesk_application_set_session (CopydeskApplication *self,
                                                       CopydeskSession     *session);
CopydeskWindow      *copydesk_application_new_window  (CopydeskApplication *self);
guint                copydesk_application_recover     (CopydeskApplication *self);

G_END_DECLS
