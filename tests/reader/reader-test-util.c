/* reader-test-util.c: what the reader's two test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "reader-test-util.h"

GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("copydesk-reader-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

void
remove_tree (GFile *dir)
{
  g_autofree char *path = g_file_get_path (dir);
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, name);

      if (g_file_query_file_type (child, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
          G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (dir, NULL, NULL);
}

void
assert_same_bytes (GBytes     *expected,
                   GBytes     *actual,
                   const char *what)
{
  if (!g_bytes_equal (expected, actual))
    {
      g_autofree char *a = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
      g_autofree char *b = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));

      g_test_message ("%s: first written:\n%s\nwritten again:\n%s", what, a, b);
      g_test_fail_printf ("%s: write(read(F)) differs from F", what);
    }
}

char *
examples_path (const char *name)
{
  const char *schema = g_getenv ("COPYDESK_NEWSML_SCHEMA");
  g_autofree char *schema_dir = schema ? g_path_get_dirname (schema) : NULL;
  g_autofree char *root = schema_dir ? g_path_get_dirname (schema_dir) : NULL;

  if (root == NULL)
    return NULL;
  return g_build_filename (root, "examples", name, NULL);
}

char *
plain_text_of_body (CopydeskArticle *article)
{
  return copydesk_body_to_markup (copydesk_article_get_body (article));
}
