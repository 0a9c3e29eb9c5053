/* copydesk-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "copydesk-test-util.h"
#include "sample-article.h"

static xmlSchemaPtr schema;

gboolean
copydesk_test_have_schema (void)
{
  const char *path = g_getenv ("COPYDESK_NEWSML_SCHEMA");

  return path != NULL && *path != '\0' && g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
collect_error (void       *user_data,
               const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (user_data, format, args);
  va_end (args);
}

static xmlSchemaPtr
load_schema (void)
{
  xmlSchemaParserCtxtPtr parser;

  if (schema != NULL)
    return schema;

  parser = xmlSchemaNewParserCtxt (g_getenv ("COPYDESK_NEWSML_SCHEMA"));
  schema = xmlSchemaParse (parser);
  xmlSchemaFreeParserCtxt (parser);
  g_assert_nonnull (schema);
  return schema;
}

static gboolean validate_with_schema (GBytes     *xml,
                                      const char *what);

gboolean
copydesk_test_validate_newsml (GBytes     *xml,
                               const char *what)
{
  copydesk_test_receiver_check (xml, what);
  return validate_with_schema (xml, what);
}

/* Every newsMessage Copydesk writes in the tests goes through the
 * receiver-side check of tests/wire/receiver-check.py (issue 11), when
 * Python is there ($COPYDESK_PYTHON) to run it. */
void
copydesk_test_receiver_check (GBytes     *xml,
                              const char *what)
{
  const char *python = g_getenv ("COPYDESK_PYTHON");
  const char *script = g_getenv ("COPYDESK_RECEIVER_CHECK");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  int fd, status = 0;

  if (g_strstr_len (data, len, "<newsMessage") == NULL ||
      g_strstr_len (data, len, ">Copydesk</generator>") == NULL)
    return;
  if (python == NULL || *python == '\0' || script == NULL)
    {
      g_test_message ("SKIPPED the receiver check of %s: no Python to run it", what);
      return;
    }
  fd = g_file_open_tmp ("copydesk-receiver-XXXXXX.xml", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, data, len, &error));
  {
    const char *argv[] = { python, script, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_unlink (path);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("a receiver would not ingest %s whole:\n%s%s", what, out, err);
}

static gboolean
validate_with_schema (GBytes     *xml,
                      const char *what)
{
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlSchemaValidCtxtPtr ctxt;
  xmlDocPtr doc;
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  int result;

  if (!copydesk_test_have_schema ())
    {
      g_test_message ("SKIPPED schema validation of %s: the shared NewsML-G2 schema "
                      "(../shared/newsml-g2/schema) is not present", what);
      g_test_skip ("shared NewsML-G2 schema not found; schema validation skipped");
      return FALSE;
    }

  doc = xmlReadMemory (data, len, "output.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  ctxt = xmlSchemaNewValidCtxt (load_schema ());
  xmlSchemaSetValidErrors (ctxt, collect_error, collect_error, errors);
  result = xmlSchemaValidateDoc (ctxt, doc);
  xmlSchemaFreeValidCtxt (ctxt);
  xmlFreeDoc (doc);

  if (result != 0)
    g_error ("%s does not validate against the NewsML-G2 schema:\n%s", what, errors->str);
  return TRUE;
}

static char *
path_under (const char  *variable,
            const char  *first,
            va_list      args)
{
  const char *root = g_getenv (variable);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

char *
copydesk_test_build_path (const char *first_element,
                          ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = path_under ("COPYDESK_TEST_SRCDIR", first_element, args);
  va_end (args);
  return path;
}

char *
copydesk_test_data_path (const char *first_element,
                         ...)
{
  va_list args;
  char *path;

  va_start (args, first_element);
  path = path_under ("COPYDESK_DATA_SRCDIR", first_element, args);
  va_end (args);
  return path;
}

GBytes *
copydesk_test_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

void
copydesk_test_assert_golden (GBytes     *actual,
                             const char *golden_path)
{
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_getenv ("COPYDESK_UPDATE_GOLDEN"), "1") == 0)
    {
      gsize len;
      const char *data = g_bytes_get_data (actual, &len);

      g_file_set_contents (golden_path, data, len, &error);
      g_assert_no_error (error);
      g_test_message ("updated golden file %s", golden_path);
      return;
    }

  expected = copydesk_test_load (golden_path);
  if (!g_bytes_equal (expected, actual))
    {
      g_autofree char *actual_path = g_strconcat (golden_path, ".actual", NULL);
      gsize len;
      const char *data = g_bytes_get_data (actual, &len);

      g_file_set_contents (actual_path, data, len, NULL);
      g_error ("output differs from golden file %s; what was written is in %s "
               "(diff them; rerun with COPYDESK_UPDATE_GOLDEN=1 if the change is intended)",
               golden_path, actual_path);
    }
}

void
copydesk_test_run_clear (CopydeskTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
limit_file_size (gpointer data)
{
  rlim_t size = GPOINTER_TO_SIZE (data);
  struct rlimit limit = { size, size };

  /* the writer then sees EFBIG, which takes the same path as ENOSPC */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

CopydeskTestRun
copydesk_test_convert_full (const char *stdin_text,
                            const char *stdout_path,
                            gsize       max_file_size,
                            const char *first_arg,
                            ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CopydeskTestRun r = { 0 };
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDIN_PIPE;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("COPYDESK_CONVERT"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  if (stdout_path == NULL)
    flags |= G_SUBPROCESS_FLAGS_STDOUT_PIPE;
  launcher = g_subprocess_launcher_new (flags);
  if (stdout_path != NULL)
    g_subprocess_launcher_set_stdout_file_path (launcher, stdout_path);
  if (max_file_size != 0)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size,
                                           GSIZE_TO_POINTER (max_file_size), NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text ? stdin_text : "", NULL, &r.out, &r.err,
                                 &error);
  g_assert_no_error (error);
  r.status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  if (r.out == NULL)
    r.out = g_strdup ("");
  return r;
}

void
copydesk_test_remove_tree (GFile *folder)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFile *child;

  while (children != NULL
         && g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    copydesk_test_remove_tree (child);
  g_file_delete (folder, NULL, NULL);
}

void
copydesk_test_drafts_set_up (CopydeskTestDrafts *f,
                             gconstpointer       data)
{
  g_autofree char *folder = g_dir_make_tmp ("drafts-store-XXXXXX", NULL);
  g_autofree char *work = g_dir_make_tmp ("drafts-work-XXXXXX", NULL);

  g_assert_nonnull (folder);
  g_assert_nonnull (work);
  f->folder = g_file_new_for_path (folder);
  f->work = g_file_new_for_path (work);
  f->store = copydesk_draft_store_new (f->folder);
}

void
copydesk_test_drafts_tear_down (CopydeskTestDrafts *f,
                                gconstpointer       data)
{
  copydesk_test_remove_tree (f->folder);
  copydesk_test_remove_tree (f->work);
  g_clear_object (&f->store);
  g_clear_object (&f->folder);
  g_clear_object (&f->work);
}

CopydeskArticle *
copydesk_test_sample_article (void)
{
  g_autofree char *dir = copydesk_test_data_path ("sample", NULL);

  return copydesk_test_build_sample_article (dir);
}

/* The article as the writer sees it, relative to one folder. */
GBytes *
copydesk_test_as_written (CopydeskArticle *article)
{
  g_autoptr(GFile) root = g_file_new_for_path ("/");
  g_autoptr(GError) error = NULL;
  GBytes *bytes = copydesk_newsml_write (article, root, &error);

  g_assert_no_error (error);
  return bytes;
}

void
copydesk_test_assert_same_article (CopydeskArticle *a,
                                   CopydeskArticle *b)
{
  g_autoptr(GBytes) wa = copydesk_test_as_written (a);
  g_autoptr(GBytes) wb = copydesk_test_as_written (b);

  g_assert_cmpmem (g_bytes_get_data (wa, NULL), g_bytes_get_size (wa),
                   g_bytes_get_data (wb, NULL), g_bytes_get_size (wb));
}

void
copydesk_test_keep_result (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

guint
copydesk_test_count_drafts (CopydeskTestDrafts *f)
{
  g_autoptr(GPtrArray) drafts = copydesk_draft_store_list (f->store);

  return drafts->len;
}

CopydeskDraftInfo *
copydesk_test_assert_only_draft_is (CopydeskTestDrafts *f,
                                    CopydeskArticle    *article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = copydesk_draft_store_list (f->store);
  g_autoptr(CopydeskArticle) back = NULL;

  g_assert_cmpuint (drafts->len, ==, 1);
  back = copydesk_draft_store_read (f->store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  copydesk_test_assert_same_article (article, back);
  return copydesk_draft_info_copy (g_ptr_array_index (drafts, 0));
}

GFile *
copydesk_test_temp_folder (const char *template)
{
  g_autofree char *path = g_dir_make_tmp (template, NULL);

  g_assert_nonnull (path);
  return g_file_new_for_path (path);
}
