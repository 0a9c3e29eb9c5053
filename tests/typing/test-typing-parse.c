/* test-typing-parse.c: the body follows the text once typing pauses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body buffer parses after a pause in typing, not at each key: a burst
 * of keys is one parse, and that parse still brings every key of it into
 * the article (and so to the preview, which follows notify::body). The
 * block at the cursor (the preview's scroll sync asks after each pause) is
 * read from the parser's map of the text, and says what the walk over the
 * text says.
 */
#include "config.h"

#include <string.h>

#include "copydesk-document.h"
#include "copydesk-test-util.h"
#include "sample-article.h"

typedef struct
{
  guint parsed;
  guint body_changes;
} Counts;

static void
on_parsed (CopydeskBodyBuffer *buffer,
           Counts             *counts)
{
  counts->parsed++;
}

static void
on_body (CopydeskArticle *article,
         GParamSpec      *pspec,
         Counts          *counts)
{
  counts->body_changes++;
}

static CopydeskDocument *
sample_document (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);
  g_autoptr(CopydeskArticle) article = copydesk_test_build_sample_article (dir);
  CopydeskDocument *document = copydesk_document_new ();

  copydesk_document_set_article (document, article);
  return document;
}

/* One key, as typing inserts it: at the cursor, interactively. */
static void
type_key (GtkTextBuffer *buffer,
          const char    *key)
{
  gtk_text_buffer_insert_interactive_at_cursor (buffer, key, -1, TRUE);
}

static gboolean
body_holds (CopydeskArticle *article,
            const char      *text)
{
  g_autofree char *markup = copydesk_body_to_markup (copydesk_article_get_body (article));

  return strstr (markup, text) != NULL;
}

static void
test_burst_is_one_parse (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  CopydeskBodyBuffer *body_buffer = copydesk_document_get_buffer (document);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (body_buffer);
  const char *words = "\n\nTyped key by key.";
  g_autoptr(CopydeskBody) before = NULL;
  Counts counts = { 0, 0 };
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  before = copydesk_body_ref (copydesk_article_get_body (article));
  g_signal_connect (body_buffer, "body-parsed", G_CALLBACK (on_parsed), &counts);
  g_signal_connect (article, "notify::body", G_CALLBACK (on_body), &counts);

  /* Key by key: none of them is parsed on its own. */
  for (const char *p = words; *p != '\0'; p = g_utf8_next_char (p))
    {
      char key[8] = { 0, };

      memcpy (key, p, g_utf8_next_char (p) - p);
      type_key (buffer, key);
      g_assert_true (copydesk_body_buffer_get_pending (body_buffer));
    }
  g_assert_true (copydesk_article_get_body (article) == before);
  g_assert_cmpuint (counts.parsed, ==, 0);

  /* The pause: one parse, one new body, holding the whole burst. */
  while (copydesk_body_buffer_get_pending (body_buffer))
    g_main_context_iteration (NULL, TRUE);
  while (counts.parsed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (counts.parsed, ==, 1);
  g_assert_cmpuint (counts.body_changes, ==, 1);
  g_assert_true (body_holds (article, "Typed key by key."));
  g_assert_cmpuint (copydesk_body_get_n_blocks (copydesk_article_get_body (article)), ==,
                    copydesk_body_get_n_blocks (before) + 1);
  g_signal_handlers_disconnect_by_data (article, &counts);
  g_signal_handlers_disconnect_by_data (body_buffer, &counts);
}

/* Saving (or anything that reads the article) during the pause gets the
 * keys typed so far: the document flushes the pending parse. */
static void
test_flush_before_the_pause (void)
{
  g_autoptr(CopydeskDocument) document = sample_document ();
  CopydeskArticle *article = copydesk_document_get_article (document);
  CopydeskBodyBuffer *body_buffer = copydesk_document_get_buffer (document);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (body_buffer);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  type_key (buffer, "\n\nNot yet parsed.");
  g_assert_true (copydesk_body_buffer_get_pending (body_buffer));
  g_assert_false (body_holds (article, "Not yet parsed."));
  copydesk_body_buffer_flush (body_buffer);
  g_assert_false (copydesk_body_buffer_get_pending (body_buffer));
  g_assert_true (body_holds (article, "Not yet parsed."));
}

/* Every cursor position: the answer from the parser's map (after a parse)
 * is the answer of the walk over the text (before the parser knows it). */
static void
test_block_at_cursor_from_map (void)
{
  const char *markup = "\n\nFirst line\nof the first.\n\n## Second\n\n\n- a\n- b\n\n"
                       "Quoted next:\n> a quote\n\n[photo: quay-photo]\nJust after the photo.\n"
                       "\n[photo: quay-photo]\n\nÉté, the last.\n\n";
  g_autoptr(CopydeskBody) body = copydesk_body_parse_markup (markup, -1, NULL);
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBodyBuffer) buffer = copydesk_body_buffer_new ();
  GtkTextBuffer *text = GTK_TEXT_BUFFER (buffer);
  int n = (int) g_utf8_strlen (markup, -1);
  g_autofree guint *walked = g_new0 (guint, n + 1);

  copydesk_article_set_body (article, body);
  copydesk_body_buffer_set_article (buffer, article);
  for (int i = 0; i <= n; i++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (text, &iter, i);
      gtk_text_buffer_place_cursor (text, &iter);
      walked[i] = copydesk_body_buffer_get_block_at_cursor (buffer);
    }
  g_assert_cmpuint (walked[n], >, 0);
  /* The parse the text view would make after a keystroke teaches it. */
  copydesk_body_buffer_flush (buffer);
  for (int i = 0; i <= n; i++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (text, &iter, i);
      gtk_text_buffer_place_cursor (text, &iter);
      if (copydesk_body_buffer_get_block_at_cursor (buffer) != walked[i])
        g_error ("at character %d: the map says block %u, the walk %u", i,
                 copydesk_body_buffer_get_block_at_cursor (buffer), walked[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/typing/burst-is-one-parse", test_burst_is_one_parse);
  g_test_add_func ("/typing/flush-before-the-pause", test_flush_before_the_pause);
  g_test_add_func ("/typing/block-at-cursor-from-map", test_block_at_cursor_from_map);
  return g_test_run ();
}
