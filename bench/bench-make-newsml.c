/* bench-make-newsml.c: the NewsML-G2 form of a generated benchmark article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/bench runs it on what bench/gen-article.py wrote.
 * It reads DIR/body.txt (the body in Copydesk's markup) and DIR/photos.tsv
 * (a first line "headline TAB standfirst TAB byline", then one line per
 * photo: "id TAB caption TAB credit"), builds the article through the core
 * model and writes DIR/article.xml with Copydesk's own writer, so that the
 * NewsML-G2 → NewsML-G2 rows start from a file Copydesk wrote.
 */
#include "config.h"

#include "copydesk-core.h"

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  return text;
}

static void
add_photos (CopydeskArticle *article,
            char           **lines)
{
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_autoptr(CopydeskPhoto) photo = NULL;

      if (g_strv_length (fields) != 3)
        continue;
      photo = copydesk_photo_new (fields[0]);
      copydesk_photo_set_caption (photo, fields[1]);
      copydesk_photo_set_credit (photo, fields[2]);
      copydesk_article_add_photo (article, photo);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *markup = NULL, *table = NULL, *out = NULL;
  g_auto(GStrv) lines = NULL, head = NULL;
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();
  g_autoptr(CopydeskBody) body = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s DIR\n", argv[0]);
      return 2;
    }
  markup = read_file (argv[1], "body.txt");
  table = read_file (argv[1], "photos.tsv");
  lines = g_strsplit (table, "\n", -1);
  head = g_strsplit (lines[0], "\t", 3);
  if (g_strv_length (head) != 3)
    g_error ("photos.tsv: the first line is not headline, standfirst, byline");
  copydesk_article_set_headline (article, head[0]);
  copydesk_article_set_standfirst (article, head[1]);
  copydesk_article_set_byline (article, head[2]);
  add_photos (article, lines);
  body = copydesk_body_parse_markup (markup, -1, NULL);
  copydesk_article_set_body (article, body);
  folder = g_file_new_for_path (argv[1]);
  bytes = copydesk_newsml_write (article, folder, &error);
  out = g_build_filename (argv[1], "article.xml", NULL);
  if (bytes == NULL
      || !g_file_set_contents (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               &error))
    g_error ("could not write the article: %s", error->message);
  return 0;
}
