/* test-wire-status.c: the Wire tab says apart whether the file is valid and
 * what receivers may miss (issue 15, item 4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "copydesk-preview-pane-private.h"
#include "copydesk-test-util.h"
#include "preview-test-util.h"
#include "toolkit-warnings.h"

/* An original page: three photos on a web server, none downloaded, so none
 * has a file; one has alt text, none a credit. */
static const char PAGE[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Ferry timetable changes from Monday</title></head><body><article>"
  "<h1>Ferry timetable changes from Monday</h1>"
  "<p>The island ferry will leave twenty minutes earlier on weekdays, the operator said.</p>"
  "<figure><img src=\"https://news.example/ferry-1.jpg\" alt=\"The ferry at the pier\">"
  "<figcaption>The morning ferry at the north pier.</figcaption></figure>"
  "<p>Passengers asked for the change last winter, when delays were common.</p>"
  "<figure><img src=\"https://news.example/ferry-2.jpg\" alt=\"\">"
  "<figcaption>The timetable board.</figcaption></figure>"
  "<p>The last crossing of the day is unchanged.</p>"
  "<figure><img src=\"https://news.example/ferry-3.jpg\">"
  "<figcaption>Cars queue for the crossing.</figcaption></figure>"
  "</article></body></html>";

static gboolean
checked (gpointer data)
{
  return !copydesk_wire_view_is_checking (data);
}

static CopydeskArticle *
imported (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  CopydeskArticle *article = copydesk_import_html (PAGE, strlen (PAGE), &dropped, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (copydesk_article_get_photos (article)), ==, 3);
  return article;
}

/* The file of an imported story with photos without files is valid (the
 * writer gives every photo a contentSet); the tab says so, and says apart
 * that receivers get no pictures. */
static void
test_imported_story (void)
{
  g_autoptr(CopydeskArticle) article = imported ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = copydesk_newsml_write (article, NULL, &error);
  GtkWidget *wire = g_object_ref_sink (copydesk_wire_view_new ());
  CopydeskWireView *view = COPYDESK_WIRE_VIEW (wire);
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  const char *receivers;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "contentSet"));
  copydesk_test_validate_newsml (xml, "an imported story with photos without files");

  if (copydesk_test_have_schema ())
    copydesk_wire_view_set_schema_path (view, schema);
  else
    g_test_message ("SKIPPED the schema part: the shared NewsML-G2 schema is not present");
  copydesk_wire_view_set_article (view, article, NULL);
  copydesk_wire_view_set_xml (view, xml);
  preview_test_wait (checked, view);

  if (copydesk_test_have_schema ())
    g_assert_cmpstr (copydesk_wire_view_get_status (view), ==, "Valid NewsML-G2");
  else
    g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (view), "Valid NewsML-G2"));
  g_assert_null (strstr (copydesk_wire_view_get_status (view), "nvalid"));

  receivers = copydesk_wire_view_get_receivers (view);
  g_test_message ("receivers: %s", receivers);
  g_assert_true (g_str_has_prefix (receivers, "Receivers will miss: "));
  g_assert_nonnull (strstr (receivers, "3 of 3 photos have no file"));
  g_assert_nonnull (strstr (receivers, "3 photos have no credit"));
  g_assert_nonnull (strstr (receivers, "2 photos have no alt text"));

  g_assert_finalize_object (wire);
}

/* An invalid file still says what receivers miss, on its own line, and the
 * validity line gives the first error's line. */
static void
test_invalid_and_receivers_apart (void)
{
  g_autoptr(CopydeskArticle) article = imported ();
  g_autoptr(GBytes) xml = copydesk_newsml_write (article, NULL, NULL);
  g_autoptr(GString) broken = g_string_new_len (g_bytes_get_data (xml, NULL),
                                                g_bytes_get_size (xml));
  g_autoptr(GBytes) bytes = NULL;
  GtkWidget *wire = g_object_ref_sink (copydesk_wire_view_new ());
  CopydeskWireView *view = COPYDESK_WIRE_VIEW (wire);

  g_assert_cmpint (g_string_replace (broken, "</headline>", "\x0b</headline>", 1), ==, 1);
  bytes = g_bytes_new (broken->str, broken->len);
  copydesk_wire_view_set_article (view, article, NULL);
  copydesk_wire_view_set_xml (view, bytes);
  preview_test_wait (checked, view);
  g_assert_true (g_str_has_prefix (copydesk_wire_view_get_status (view),
                                   "Invalid NewsML-G2: Line "));
  g_assert_nonnull (strstr (copydesk_wire_view_get_receivers (view), "have no file"));

  /* a story whose photos all have what they need */
  copydesk_wire_view_set_article (view, NULL, NULL);
  g_assert_cmpstr (copydesk_wire_view_get_receivers (view), ==, "");
  g_assert_finalize_object (wire);
}

static guint
count_roles (GtkWidget *reader)
{
  g_autoptr(GPtrArray) roles = preview_test_all_by_class (reader, GTK_TYPE_LABEL, "author-role");

  return roles->len;
}

/* Item 10: the preview does not repeat the byline's name under it when the
 * author has no job title; with one, "Name, Job title" stays. */
static void
test_byline_without_title (void)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskAuthor) author = copydesk_author_new ("Mira Okafor");
  GtkWidget *reader = g_object_ref_sink (copydesk_reader_view_new ());
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GPtrArray) roles = NULL;

  copydesk_article_set_headline (article, "Ferry timetable changes");
  copydesk_article_add_author (article, author);
  gtk_window_set_child (GTK_WINDOW (window), reader);
  gtk_window_present (GTK_WINDOW (window));
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, NULL);
  preview_test_wait_frames (reader, 3);
  g_assert_cmpuint (count_roles (reader), ==, 0);

  copydesk_author_set_job_title (author, "Transport correspondent");
  copydesk_reader_view_update (COPYDESK_READER_VIEW (reader), article, NULL);
  preview_test_wait_frames (reader, 3);
  roles = preview_test_all_by_class (reader, GTK_TYPE_LABEL, "author-role");
  g_assert_cmpuint (roles->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (roles, 0)), ==,
                   "Mira Okafor, Transport correspondent");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (reader);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  adw_init ();
  g_test_add_func ("/wire-status/imported-story", test_imported_story);
  g_test_add_func ("/wire-status/invalid-and-receivers-apart", test_invalid_and_receivers_apart);
  g_test_add_func ("/preview/byline-without-title", test_byline_without_title);
  return g_test_run ();
}
