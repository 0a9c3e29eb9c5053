/* fuzz-replay.c: main() for a fuzz target built without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs every regular file of the folders (and the files) named on the
 * command line through the target once, in name order, and says how many.
 * A crash or a broken invariant aborts with the file's name, so a meson
 * test of it fails and names the input.
 */
#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (name[0] != '.')
        collect (child, files);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = g_path_get_basename (argv[0]);
  guint replayed = 0;

  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-')
        continue;  /* libFuzzer flags, such as -runs=0: nothing to do here */
      collect (argv[i], files);
    }
  g_ptr_array_sort (files, compare_names);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize len;

      if (!g_file_get_contents (path, &data, &len, &error))
        {
          fprintf (stderr, "fuzz-replay: %s\n", error->message);
          return 1;
        }
      fuzz_current_input = path;
      LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
      fuzz_current_input = NULL;
      replayed++;
    }
  if (replayed == 0)
    {
      fprintf (stderr, "fuzz-replay: no input found in the corpus folders given\n");
      return 1;
    }
  printf ("%s: %u inputs replayed, no finding\n", name, replayed);
  return 0;
}
