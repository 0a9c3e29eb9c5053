/* checks-test-util.c: what the checks tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "checks-test-util.h"

#include <glib/gstdio.h>

/* An article that passes every check: each test spoils one thing. */
CopydeskArticle *
checks_test_article (void)
{
  CopydeskArticle *a = copydesk_article_new ();
  g_autoptr (CopydeskAuthor) ann = copydesk_author_new ("Ann Lee");
  g_autoptr (CopydeskPhoto) gate = copydesk_photo_new ("gate");
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/gate.jpg");
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (
    "The council said the gate would be “ready by May”, but it isn’t.\n\n"
    "## What happens next\n\n"
    "[photo: gate]\n\n"
    "The gate goes to a dry dock (for *repair*) in January: see "
    "[the report](https://example.org/gate-report?id=\"7\"&x='y').\n", -1, &error);

  g_assert_no_error (error);
  copydesk_article_set_headline (a, "Harbour gate fails its load tests");
  copydesk_article_set_standfirst (a, "Engineers found cracked welds on the southern gate.");
  copydesk_article_set_byline (a, "By Ann Lee");
  copydesk_article_set_dateline (a, "PORTHAVEN, Oct. 13 —");
  copydesk_article_set_language (a, "en-GB");
  copydesk_article_add_author (a, ann);
  copydesk_photo_set_file (gate, file);
  copydesk_photo_set_caption (gate, "The gate at dawn.");
  copydesk_photo_set_credit (gate, "Ann Lee/Courier");
  copydesk_photo_set_alt_text (gate, "A grey steel gate in calm water.");
  /* before the body, which would otherwise give it an empty photo */
  copydesk_article_add_photo (a, gate);
  copydesk_article_set_body (a, body);
  return a;
}

GPtrArray *
checks_test_run (CopydeskArticle       *article,
                 CopydeskChecksOptions *options)
{
  g_autoptr (CopydeskChecksOptions) defaults = copydesk_checks_options_new ();

  return copydesk_checks_run (article, options != NULL ? options : defaults, NULL);
}

static void
dump (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const CopydeskCheckFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *s = copydesk_check_finding_to_string (f);

      g_printerr ("  %s [%s, field %d, block %u, photo %s, %u-%u]\n", s,
                  copydesk_check_get_id (f->check), f->field, f->block,
                  f->photo_id ? f->photo_id : "-", f->start, f->end);
    }
}

void
checks_test_assert_none (GPtrArray *findings)
{
  if (findings->len > 0)
    {
      dump (findings);
      g_error ("%u findings where none were expected", findings->len);
    }
}

const CopydeskCheckFinding *
checks_test_find_or_null (GPtrArray     *findings,
                          CopydeskCheck  check)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const CopydeskCheckFinding *f = g_ptr_array_index (findings, i);

      if (f->check == check)
        return f;
    }
  return NULL;
}

const CopydeskCheckFinding *
checks_test_find (GPtrArray     *findings,
                  CopydeskCheck  check,
                  guint          nth)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const CopydeskCheckFinding *f = g_ptr_array_index (findings, i);

      if (f->check == check && nth-- == 0)
        return f;
    }
  dump (findings);
  g_error ("no finding number %u of “%s”", nth, copydesk_check_get_id (check));
  return NULL;
}

guint
checks_test_count (GPtrArray     *findings,
                   CopydeskCheck  check)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += ((const CopydeskCheckFinding *) g_ptr_array_index (findings, i))->check == check;
  return n;
}

static void
copy_into (const char *from_dir,
           const char *name,
           const char *to_dir)
{
  g_autofree char *from = g_build_filename (from_dir, name, NULL);
  g_autofree char *to = g_build_filename (to_dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

char *
checks_test_enchant_setup (void)
{
  const char *dict_dir = g_getenv ("COPYDESK_CHECKS_DICT_DIR");
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("copydesk-checks-XXXXXX", &error);
  g_autofree char *hunspell = NULL;
  g_autofree char *xdg = NULL;
  g_autofree char *ordering = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (dict_dir);
  hunspell = g_build_filename (dir, "hunspell", NULL);
  xdg = g_build_filename (dir, "xdg", NULL);
  ordering = g_build_filename (dir, "enchant.ordering", NULL);
  g_assert_cmpint (g_mkdir_with_parents (hunspell, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (xdg, 0700), ==, 0);
  copy_into (dict_dir, "en_ZZ.aff", hunspell);
  copy_into (dict_dir, "en_ZZ.dic", hunspell);
  g_file_set_contents (ordering, "en_ZZ:hunspell\n*:hunspell,aspell\n", -1, &error);
  g_assert_no_error (error);
  g_setenv ("ENCHANT_CONFIG_DIR", dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", xdg, TRUE);
  return dir;
}

void
checks_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        checks_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
