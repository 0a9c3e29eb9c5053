/* test-notices.c: each banner's message has one owner (issue 10)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-notices.h"

static void
count_notify (guint *count)
{
  (*count)++;
}

/* Autosave failing and then working again takes back its own message only:
 * the save's failure, set after it, stays, and the reverse holds too. */
static void
test_sources_own_their_errors (void)
{
  g_autoptr(CopydeskNotices) notices = copydesk_notices_new ();
  guint notified = 0;

  g_signal_connect_swapped (notices, "notify::error", G_CALLBACK (count_notify), &notified);
  g_assert_null (copydesk_notices_get_error (notices));
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_DRAFTS, "Autosave failed");
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_FILE, "The disk is full");
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "The disk is full");
  g_assert_cmpuint (notified, ==, 2);

  /* The drafts clear theirs: the save's failure stays shown. */
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_DRAFTS, NULL);
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "The disk is full");
  g_assert_null (copydesk_notices_get_error_from (notices, COPYDESK_NOTICE_DRAFTS));

  /* A later autosave failure shows over it; the save working again takes
   * back only the save's, so autosave's still shows. */
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_DRAFTS, "Autosave failed again");
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "Autosave failed again");
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_FILE, NULL);
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "Autosave failed again");
  g_assert_null (copydesk_notices_get_error_from (notices, COPYDESK_NOTICE_FILE));

  /* Clearing what is not set says nothing. */
  notified = 0;
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_EXPORT, NULL);
  g_assert_cmpuint (notified, ==, 0);
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_DRAFTS, NULL);
  g_assert_null (copydesk_notices_get_error (notices));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_finalize_object (g_steal_pointer (&notices));
}

/* Closing the banner takes away the message shown; the one under it shows. */
static void
test_dismiss_shows_the_next (void)
{
  g_autoptr(CopydeskNotices) notices = copydesk_notices_new ();

  copydesk_notices_set_error (notices, COPYDESK_NOTICE_PASTE, "Could not structure");
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_VERSIONS, "No such version");
  copydesk_notices_dismiss_error (notices);
  g_assert_null (copydesk_notices_get_error_from (notices, COPYDESK_NOTICE_VERSIONS));
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "Could not structure");
  copydesk_notices_dismiss_error (notices);
  g_assert_null (copydesk_notices_get_error (notices));
  copydesk_notices_dismiss_error (notices);
  g_assert_null (copydesk_notices_get_error (notices));
  g_assert_finalize_object (g_steal_pointer (&notices));
}

/* Notes and recovery are apart from the error: setting or clearing one
 * leaves the others. */
static void
test_notes_and_recovery_apart (void)
{
  g_autoptr(CopydeskNotices) notices = copydesk_notices_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (notes, g_strdup_printf ("line %u", i + 1));
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_FILE, "Could not open");
  copydesk_notices_set_recovery (notices, "Recovered unsaved changes", FALSE);
  copydesk_notices_set_notes (notices, notes, TRUE);
  g_assert_cmpstr (copydesk_notices_get_notes_title (notices), ==,
                   "Imported; 4 lines were left out");
  text = copydesk_notices_dup_notes_text (notices);
  g_assert_cmpstr (text, ==,
                   "Imported; 4 lines were left out: “line 1”, “line 2”, “line 3”, …");
  g_assert_true (copydesk_notices_get_notes (notices) == notes);

  copydesk_notices_set_notes (notices, NULL, FALSE);
  g_assert_null (copydesk_notices_get_notes_title (notices));
  g_assert_null (copydesk_notices_dup_notes_text (notices));
  g_assert_cmpstr (copydesk_notices_get_error (notices), ==, "Could not open");
  g_assert_cmpstr (copydesk_notices_get_recovery (notices), ==, "Recovered unsaved changes");
  g_assert_false (copydesk_notices_get_recovery_failed (notices));

  g_ptr_array_set_size (notes, 1);
  copydesk_notices_set_notes (notices, notes, FALSE);
  g_assert_cmpstr (copydesk_notices_get_notes_title (notices), ==,
                   "Opened; 1 thing in the file could not be kept");
  copydesk_notices_set_recovery (notices, "Could not recover", TRUE);
  g_assert_true (copydesk_notices_get_recovery_failed (notices));
  copydesk_notices_set_error (notices, COPYDESK_NOTICE_FILE, NULL);
  g_assert_nonnull (copydesk_notices_get_notes_title (notices));
  copydesk_notices_set_recovery (notices, NULL, TRUE);
  g_assert_null (copydesk_notices_get_recovery (notices));
  g_assert_false (copydesk_notices_get_recovery_failed (notices));
  g_assert_nonnull (copydesk_notices_get_notes_title (notices));
  g_assert_finalize_object (g_steal_pointer (&notices));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/notices/sources-own-their-errors", test_sources_own_their_errors);
  g_test_add_func ("/notices/dismiss-shows-the-next", test_dismiss_shows_the_next);
  g_test_add_func ("/notices/notes-and-recovery-apart", test_notes_and_recovery_apart);
  return g_test_run ();
}
