/* copydesk-preflight.h: what receivers of a wire export may miss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-article.h"
#include "copydesk-newsml-check.h"

G_BEGIN_DECLS

#define COPYDESK_TYPE_PREFLIGHT (copydesk_preflight_get_type ())

G_DECLARE_FINAL_TYPE (CopydeskPreflight, copydesk_preflight, COPYDESK, PREFLIGHT, GObject)

CopydeskPreflight   *copydesk_preflight_new                 (CopydeskArticle   *article,
                                                             GBytes            *xml,
                                                             GFile             *base_dir,
                                                             const char        *schema_path);
guint                copydesk_preflight_get_n_photos        (CopydeskPreflight *self);
const char * const  *copydesk_preflight_get_without_file    (CopydeskPreflight *self);
const char * const  *copydesk_preflight_get_without_credit  (CopydeskPreflight *self);
const char * const  *copydesk_preflight_get_without_alt_text (CopydeskPreflight *self);
gboolean             copydesk_preflight_has_receiver_issues (CopydeskPreflight *self);
CopydeskNewsmlCheck  copydesk_preflight_get_check           (CopydeskPreflight *self);
gboolean             copydesk_preflight_get_valid           (CopydeskPreflight *self);
guint                copydesk_preflight_get_error_line      (CopydeskPreflight *self);
const char          *copydesk_preflight_get_error_message   (CopydeskPreflight *self);
char                *copydesk_preflight_describe_validity   (CopydeskPreflight *self);
char                *copydesk_preflight_describe_receivers  (CopydeskPreflight *self);
char                *copydesk_preflight_describe_export     (CopydeskPreflight *self,
                                                             guint              n_written);

G_END_DECLS
