/* copydesk-version-store.c: the folder of earlier versions beside a story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See copydesk-version.h for the layout. Every write replaces atomically, so
 * a crash leaves a version either whole or absent.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-version-private.h"

/* "flood.xml" -> "flood" */
static char *
story_stem (GFile *story)
{
  g_autofree char *name = g_file_get_basename (story);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return g_steal_pointer (&name);
}

GFile *
copydesk_versions_dir_for (GFile *story)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (story), NULL);

  parent = g_file_get_parent (story);
  stem = story_stem (story);
  name = g_strconcat (stem, ".versions", NULL);
  return g_file_get_child (parent, name);
}

static GFile *
version_file (GFile *story,
              guint  number)
{
  g_autoptr(GFile) dir = copydesk_versions_dir_for (story);
  g_autofree char *stem = story_stem (story);
  g_autofree char *name = g_strdup_printf ("%s.v%u.xml", stem, number);

  return g_file_get_child (dir, name);
}

static gboolean
same_bytes (GFile  *file,
            GBytes *bytes)
{
  g_autoptr(GBytes) there = g_file_load_bytes (file, NULL, NULL, NULL);

  return there != NULL && g_bytes_equal (there, bytes);
}

static gboolean
ensure_dir (GFile   *dir,
            GError **error)
{
  g_autoptr(GError) local = NULL;

  if (g_file_make_directory_with_parents (dir, NULL, &local) ||
      g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
keep_bytes (GFile   *story,
            GBytes  *bytes,
            guint    number,
            GError **error)
{
  g_autoptr(GFile) dir = copydesk_versions_dir_for (story);
  g_autoptr(GFile) target = version_file (story, number);

  if (g_file_query_exists (target, NULL))
    {
      if (same_bytes (target, bytes))
        return TRUE;
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_FAILED,
                   _("Version %u of this story is already kept, with different text; "
                     "it was left as it is"), number);
      return FALSE;
    }
  if (!ensure_dir (dir, error))
    return FALSE;
  return g_file_replace_contents (target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

gboolean
copydesk_versions_keep (GFile   *story,
                        GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(CopydeskArticle) article = NULL;

  g_return_val_if_fail (G_IS_FILE (story), FALSE);

  bytes = g_file_load_bytes (story, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  parent = g_file_get_parent (story);
  article = copydesk_newsml_read (bytes, parent, NULL, error);
  if (article == NULL)
    return FALSE;
  return keep_bytes (story, bytes, copydesk_article_get_version (article), error);
}

/* ------------------------------------------------------------ listing */

static int
by_number (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  guint x = copydesk_version_get_number ((CopydeskVersion *) a);
  guint y = copydesk_version_get_number ((CopydeskVersion *) b);

  return x < y ? -1 : x > y;
}

static void
list_one (GListStore *store,
          GFile      *file,
          GFile      *base_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) article = _copydesk_version_read_file (file, base_dir, &error);

  /* a file that cannot be read is not a version; the others still are */
  if (article == NULL)
    {
      g_debug ("Not a kept version: %s: %s", g_file_peek_path (file), error->message);
      return;
    }
  {
    g_autoptr(CopydeskVersion) version = _copydesk_version_new (article, file, base_dir);

    g_list_store_insert_sorted (store, version, by_number, NULL);
  }
}

GListModel *
copydesk_versions_list (GFile   *story,
                        GError **error)
{
  g_autoptr(GListStore) store = g_list_store_new (COPYDESK_TYPE_VERSION);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *prefix = NULL;
  GFileInfo *info;

  g_return_val_if_fail (G_IS_FILE (story), NULL);

  dir = copydesk_versions_dir_for (story);
  parent = g_file_get_parent (story);
  stem = story_stem (story);
  prefix = g_strconcat (stem, ".v", NULL);
  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (children == NULL && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return G_LIST_MODEL (g_steal_pointer (&store));
  if (children == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".xml"))
        {
          g_autoptr(GFile) file = g_file_get_child (dir, name);

          list_one (store, file, parent);
        }
      g_object_unref (info);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* ------------------------------------------------------------ sending */

/* What making the next version changes, to put back if writing it fails. */
typedef struct
{
  guint              version;
  GDateTime         *modified;
  char              *ed_note;
  CopydeskSignal     signal;
  CopydeskPubStatus  pub_status;
} Before;

static void
remember (Before          *b,
          CopydeskArticle *article)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);

  b->version = copydesk_article_get_version (article);
  b->modified = g_date_time_ref (copydesk_article_get_modified (article));
  b->ed_note = g_strdup (copydesk_article_get_editorial_note (article));
  b->signal = copydesk_desk_get_signal (desk);
  b->pub_status = copydesk_desk_get_pub_status (desk);
}

static void
put_back (Before          *b,
          CopydeskArticle *article)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);

  copydesk_article_set_version (article, b->version);
  copydesk_article_set_modified (article, b->modified);
  copydesk_article_set_editorial_note (article, b->ed_note);
  copydesk_desk_set_signal (desk, b->signal);
  copydesk_desk_set_pub_status (desk, b->pub_status);
}

static void
before_clear (Before *b)
{
  g_clear_pointer (&b->modified, g_date_time_unref);
  g_clear_pointer (&b->ed_note, g_free);
}

static gboolean
write_story (GFile            *story,
             CopydeskArticle  *article,
             GError          **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (story);
  g_autoptr(GBytes) bytes = copydesk_newsml_write (article, parent, error);

  if (bytes == NULL)
    return FALSE;
  return g_file_replace_contents (story, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

gboolean
copydesk_story_send_next_version (GFile                *story,
                                  CopydeskArticle      *article,
                                  CopydeskNextVersion   kind,
                                  const char           *note,
                                  GError              **error)
{
  Before before = { 0 };
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (story), FALSE);
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!copydesk_versions_keep (story, error))
    return FALSE;
  remember (&before, article);
  ok = copydesk_article_prepare_next_version (article, kind, note, error) &&
       write_story (story, article, error);
  if (!ok && copydesk_article_get_version (article) != before.version)
    put_back (&before, article);
  before_clear (&before);
  return ok;
}
