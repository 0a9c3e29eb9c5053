/* copydesk-text.h: small text helpers shared by the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  copydesk_text_validate_utf8       (const char  *data,
                                             gsize        length,
                                             const char  *what,
                                             GError     **error);
char     *copydesk_text_collapse_whitespace (const char  *text);
char     *copydesk_text_strip_xml_invalid   (const char  *text);
gboolean  copydesk_text_is_xml_char         (gunichar     c);
gboolean  copydesk_text_is_ascii_space      (gunichar     c);
gboolean  copydesk_language_tag_is_valid    (const char  *tag);
gboolean  copydesk_language_is_right_to_left (const char *tag);
char     *copydesk_language_tag_normalize   (const char  *tag);
guint     copydesk_text_count_words         (const char  *text);
guint     copydesk_text_count_words_and_chars (const char *text,
                                               guint      *chars);
char     *copydesk_text_normalize_newlines  (const char  *data,
                                             gsize        length);
char     *copydesk_date_time_format         (GDateTime   *dt);

G_END_DECLS
