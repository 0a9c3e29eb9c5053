/* test-editor15.c: the leftovers of issue 15 in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "copydesk-body-buffer.h"
#include "copydesk-test-util.h"
#include "ui-test-util.h"

static void
assert_placement (const char *before,
                  int         cursor,
                  const char *after)
{
  g_autoptr(CopydeskBodyBuffer) buffer = copydesk_body_buffer_new ();
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  GtkTextBuffer *text = GTK_TEXT_BUFFER (buffer);
  GtkTextIter iter;
  g_autofree char *got = NULL;

  copydesk_body_buffer_set_article (buffer, article);
  gtk_text_buffer_set_text (text, before, -1);
  gtk_text_buffer_get_iter_at_offset (text, &iter, cursor);
  gtk_text_buffer_place_cursor (text, &iter);
  copydesk_body_buffer_insert_placement (buffer, "quay");
  got = copydesk_body_buffer_dup_text (buffer);
  g_assert_cmpstr (got, ==, after);
}

/* Exactly one blank line on each side of a placed photo, whatever
 * follows the cursor's line (issue 15: "Place at Cursor leaves an extra
 * blank line"). */
static void
test_placement_blank_lines (void)
{
  assert_placement ("First.\n\nSecond.", 2,
                    "First.\n\n[photo: quay]\n\nSecond.");
  assert_placement ("First.\nSecond.", 2,
                    "First.\n\n[photo: quay]\n\nSecond.");
  assert_placement ("First.\n\n\nSecond.", 0,
                    "First.\n\n[photo: quay]\n\n\nSecond.");
  assert_placement ("First.", 3, "First.\n\n[photo: quay]");
  assert_placement ("First.\n", 3, "First.\n\n[photo: quay]\n");
  assert_placement ("", 0, "[photo: quay]");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/editor15/placement-blank-lines", test_placement_blank_lines);
  return g_test_run ();
}
