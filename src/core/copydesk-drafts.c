/* copydesk-drafts.c: autosaved drafts of unsaved articles, and the session
 * flag that tells a crash from a clean quit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store is a folder (by default $XDG_DATA_HOME/copydesk) holding drafts/,
 * one NewsML-G2 file per article with unsaved changes, named after the
 * article's guid, and session.ini, a GKeyFile:
 *
 *   [session]
 *   shutdown=false          true once the application quit cleanly
 *   [draft <guid>]
 *   original=<uri>          the article's own file; absent for a new one
 *   base=<uri>              the folder photo hrefs in the draft are relative to
 *   title=...
 *   saved=<ISO 8601>
 *   sample=false
 *
 * Drafts are serialised on the calling (main) thread, since the article is
 * not thread-safe, and written off it: a temporary file, then a rename under
 * the store's lock, after checking the cancellable. Removing a draft cancels
 * its write first, so a write that was in flight cannot bring back a draft
 * that a save or a discard removed.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "copydesk-drafts.h"
#include "copydesk-names.h"
#include "copydesk-newsml.h"
#include "copydesk-text.h"

#define SESSION_GROUP "session"
#define DRAFT_PREFIX  "draft "

struct _CopydeskDraftStore
{
  GObject   parent_instance;

  GFile    *folder;
  GMutex    lock;      /* guards index and the files on disk */
  GKeyFile *index;
  gboolean  loaded;    /* index holds what session.ini held */
  gboolean  crashed;   /* what session.ini said when first read */
};

G_DEFINE_FINAL_TYPE (CopydeskDraftStore, copydesk_draft_store, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (CopydeskDraftInfo, copydesk_draft_info, copydesk_draft_info_copy,
                     copydesk_draft_info_free)

CopydeskDraftInfo *
copydesk_draft_info_copy (const CopydeskDraftInfo *info)
{
  CopydeskDraftInfo *copy = g_new0 (CopydeskDraftInfo, 1);

  copy->guid = g_strdup (info->guid);
  copy->file = g_object_ref (info->file);
  copy->original = info->original != NULL ? g_object_ref (info->original) : NULL;
  copy->base_dir = g_object_ref (info->base_dir);
  copy->title = g_strdup (info->title);
  copy->saved = g_date_time_ref (info->saved);
  copy->is_sample = info->is_sample;
  return copy;
}

void
copydesk_draft_info_free (CopydeskDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->guid);
  g_clear_object (&info->file);
  g_clear_object (&info->original);
  g_clear_object (&info->base_dir);
  g_free (info->title);
  g_clear_pointer (&info->saved, g_date_time_unref);
  g_free (info);
}

static void
copydesk_draft_store_finalize (GObject *object)
{
  CopydeskDraftStore *self = COPYDESK_DRAFT_STORE (object);

  g_clear_object (&self->folder);
  g_clear_pointer (&self->index, g_key_file_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (copydesk_draft_store_parent_class)->finalize (object);
}

static void
copydesk_draft_store_class_init (CopydeskDraftStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = copydesk_draft_store_finalize;
}

static void
copydesk_draft_store_init (CopydeskDraftStore *self)
{
  g_mutex_init (&self->lock);
  self->index = g_key_file_new ();
}

/**
 * copydesk_draft_store_new:
 * @folder: where drafts/ and session.ini live; created when needed
 */
CopydeskDraftStore *
copydesk_draft_store_new (GFile *folder)
{
  CopydeskDraftStore *self;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (COPYDESK_TYPE_DRAFT_STORE, NULL);
  self->folder = g_object_ref (folder);
  return self;
}

/**
 * copydesk_draft_store_get_default:
 *
 * Returns: (transfer none): the store in g_get_user_data_dir()/copydesk
 */
CopydeskDraftStore *
copydesk_draft_store_get_default (void)
{
  static CopydeskDraftStore *store;

  if (g_once_init_enter (&store))
    {
      g_autoptr(GFile) folder = g_file_new_build_filename (g_get_user_data_dir (), "copydesk",
                                                          NULL);

      g_once_init_leave (&store, copydesk_draft_store_new (folder));
    }
  return store;
}

GFile *
copydesk_draft_store_get_folder (CopydeskDraftStore *self)
{
  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), NULL);

  return self->folder;
}

/**
 * copydesk_draft_store_dup_draft_file:
 *
 * Returns: (transfer full): where the draft of the article @guid is written
 */
GFile *
copydesk_draft_store_dup_draft_file (CopydeskDraftStore *self,
                                     const char         *guid)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (guid != NULL && guid[0] != '\0', NULL);

  name = copydesk_guid_to_file_name (guid, ".xml");
  return g_file_new_build_filename (g_file_peek_path (self->folder), "drafts", name, NULL);
}

static char *
index_path (CopydeskDraftStore *self)
{
  return g_build_filename (g_file_peek_path (self->folder), "session.ini", NULL);
}

/* With the lock held. A store written to before its session began (no
 * window should, but one may) must not drop the others' entries, nor take
 * its own for a crash's when the session begins. A missing index is a first
 * start, not a crash; an unreadable one is started afresh, keeping the draft
 * files, and counts as a crash so that they are looked for. */
static void
ensure_index (CopydeskDraftStore *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local = NULL;

  if (self->loaded)
    return;
  self->loaded = TRUE;
  self->crashed = FALSE;
  path = index_path (self);
  if (g_key_file_load_from_file (self->index, path, G_KEY_FILE_NONE, &local))
    {
      /* A missing key reads as FALSE: a half-written index is a crash. */
      self->crashed = !g_key_file_get_boolean (self->index, SESSION_GROUP, "shutdown", NULL);
      return;
    }
  if (!g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_debug ("Starting a new list of drafts: %s", local->message);
      self->crashed = TRUE;
    }
  g_key_file_unref (self->index);
  self->index = g_key_file_new ();
}

/* With the lock held. */
static gboolean
save_index (CopydeskDraftStore  *self,
            GError             **error)
{
  g_autofree char *path = index_path (self);
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  if (g_mkdir_with_parents (g_file_peek_path (self->folder), 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder for drafts “%s”: %s"),
                   g_file_peek_path (self->folder), g_strerror (saved_errno));
      return FALSE;
    }
  data = g_key_file_to_data (self->index, &length, NULL);
  if (!g_file_set_contents (path, data, (gssize) length, &local))
    {
      g_set_error (error, local->domain, local->code,
                   _("Could not write the list of drafts: %s"), local->message);
      return FALSE;
    }
  return TRUE;
}

/* With the lock held: what a write cut short left behind. */
static void
remove_partial_writes (CopydeskDraftStore *self)
{
  g_autofree char *folder = g_build_filename (g_file_peek_path (self->folder), "drafts", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        g_unlink (path);
      }
}

/**
 * copydesk_draft_store_begin_session:
 * @crashed: (out): set to %TRUE when the last session did not end with
 *   copydesk_draft_store_end_session() (a crash, a power cut, a kill)
 *
 * Reads the index (unless a draft was written before, which read it),
 * deletes temporary files of writes a crash cut short, and marks the session
 * as running. What the index said when first read decides @crashed.
 */
gboolean
copydesk_draft_store_begin_session (CopydeskDraftStore  *self,
                                    gboolean            *crashed,
                                    GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (crashed != NULL, FALSE);

  g_mutex_lock (&self->lock);
  ensure_index (self);
  *crashed = self->crashed;
  remove_partial_writes (self);
  g_key_file_set_boolean (self->index, SESSION_GROUP, "shutdown", FALSE);
  ok = save_index (self, error);
  g_mutex_unlock (&self->lock);
  return ok;
}

/* Marks a clean quit: the next start offers nothing. */
gboolean
copydesk_draft_store_end_session (CopydeskDraftStore  *self,
                                  GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), FALSE);

  g_mutex_lock (&self->lock);
  ensure_index (self);
  g_key_file_set_boolean (self->index, SESSION_GROUP, "shutdown", TRUE);
  ok = save_index (self, error);
  g_mutex_unlock (&self->lock);
  return ok;
}

/* Writing */

typedef struct
{
  CopydeskArticle *snapshot;
  char      *guid;
  char      *title;
  GFile     *original;
  GFile     *base_dir;
  gboolean   is_sample;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->snapshot);
  g_free (data->guid);
  g_free (data->title);
  g_clear_object (&data->original);
  g_clear_object (&data->base_dir);
  g_free (data);
}

static void
record_draft (CopydeskDraftStore *self,
              WriteData          *data)
{
  g_autofree char *group = g_strconcat (DRAFT_PREFIX, data->guid, NULL);
  g_autofree char *base = g_file_get_uri (data->base_dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);

  g_key_file_remove_group (self->index, group, NULL);
  if (data->original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (data->original);

      g_key_file_set_string (self->index, group, "original", uri);
    }
  g_key_file_set_string (self->index, group, "base", base);
  g_key_file_set_string (self->index, group, "title", data->title);
  g_key_file_set_string (self->index, group, "saved", saved);
  g_key_file_set_boolean (self->index, group, "sample", data->is_sample);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CopydeskDraftStore *self = source_object;
  WriteData *data = task_data;
  g_autoptr(GFile) file = copydesk_draft_store_dup_draft_file (self, data->guid);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  /* Two windows on one article share a draft name, not a temporary file. */
  static gint serial;
  g_autofree char *temp = g_strdup_printf ("%s.%d.part", g_file_peek_path (file),
                                           g_atomic_int_add (&serial, 1));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = copydesk_newsml_write (data->snapshot, data->base_dir, &error);
  gsize length = 0;
  const char *contents;

  if (bytes == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Could not write the draft of “%s”: %s"), data->title,
                               error->message);
      return;
    }
  contents = g_bytes_get_data (bytes, &length);
  if (g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               _("Could not create the folder for drafts “%s”: %s"),
                               g_file_peek_path (folder), g_strerror (saved_errno));
      return;
    }
  if (!g_file_set_contents (temp, contents, (gssize) length, &error))
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Could not write the draft of “%s”: %s"), data->title,
                               error->message);
      return;
    }

  g_mutex_lock (&self->lock);
  if (g_task_return_error_if_cancelled (task))
    {
      g_unlink (temp);
      g_mutex_unlock (&self->lock);
      return;
    }
  if (g_rename (temp, g_file_peek_path (file)) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      g_mutex_unlock (&self->lock);
      g_task_return_new_error (task, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               _("Could not write the draft of “%s”: %s"), data->title,
                               g_strerror (saved_errno));
      return;
    }
  ensure_index (self);
  record_draft (self, data);
  if (!save_index (self, &error))
    {
      g_mutex_unlock (&self->lock);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_mutex_unlock (&self->lock);
  g_task_return_boolean (task, TRUE);
}

/**
 * copydesk_draft_store_write_async:
 * @original: (nullable): the article's own file, %NULL for a new article
 * @is_sample: @original is the bundled sample
 *
 * Writes a snapshot of @article as it is now to its draft, in a worker
 * thread, and records it in the index.
 * Photo hrefs are written relative to @original's folder, so that they
 * resolve as they would from the article's own file; a new article's are
 * written relative to the root folder, that is in full.
 */
void
copydesk_draft_store_write_async (CopydeskDraftStore  *self,
                                  CopydeskArticle     *article,
                                  GFile               *original,
                                  gboolean             is_sample,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *headline = NULL;
  WriteData *data;

  g_return_if_fail (COPYDESK_IS_DRAFT_STORE (self));
  g_return_if_fail (COPYDESK_IS_ARTICLE (article));
  g_return_if_fail (original == NULL || G_IS_FILE (original));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_draft_store_write_async);
  data = g_new0 (WriteData, 1);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  data->guid = g_strdup (copydesk_article_get_guid (article));
  headline = copydesk_text_collapse_whitespace (copydesk_article_get_headline (article));
  data->title = g_strdup (headline[0] != '\0' ? headline : _("Untitled Article"));
  data->original = original != NULL ? g_object_ref (original) : NULL;
  data->is_sample = is_sample;
  data->base_dir = original != NULL ? g_file_get_parent (original) : NULL;
  if (data->base_dir == NULL)
    data->base_dir = g_file_new_for_path ("/");
  /* Written in the worker: typing goes on, and is in the next draft. */
  data->snapshot = copydesk_article_snapshot (article);
  g_task_run_in_thread (task, write_thread);
}

gboolean
copydesk_draft_store_write_finish (CopydeskDraftStore  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * copydesk_draft_store_remove:
 *
 * Deletes the draft of the article @guid and its entry in the index. Cancel
 * a write of that draft still in flight first. No draft is not an error.
 */
gboolean
copydesk_draft_store_remove (CopydeskDraftStore  *self,
                             const char          *guid,
                             GError             **error)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *group = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (guid != NULL, FALSE);

  file = copydesk_draft_store_dup_draft_file (self, guid);
  group = g_strconcat (DRAFT_PREFIX, guid, NULL);
  g_mutex_lock (&self->lock);
  ensure_index (self);
  /* No folder (or a file where it should be) holds no draft either. */
  if (g_unlink (g_file_peek_path (file)) != 0 && errno != ENOENT && errno != ENOTDIR)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not delete the draft “%s”: %s"), g_file_peek_path (file),
                   g_strerror (saved_errno));
      ok = FALSE;
    }
  else if (g_key_file_remove_group (self->index, group, NULL))
    ok = save_index (self, error);
  g_mutex_unlock (&self->lock);
  return ok;
}

/**
 * copydesk_draft_store_list:
 *
 * Returns: (transfer container) (element-type CopydeskDraftInfo): the drafts
 *   the index lists whose file is still there, oldest first
 */
GPtrArray *
copydesk_draft_store_list (CopydeskDraftStore *self)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), NULL);

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_draft_info_free);
  g_mutex_lock (&self->lock);
  ensure_index (self);
  groups = g_key_file_get_groups (self->index, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *original = NULL;
      g_autofree char *base = NULL;
      g_autofree char *saved = NULL;
      CopydeskDraftInfo *info;

      if (!g_str_has_prefix (groups[i], DRAFT_PREFIX))
        continue;
      info = g_new0 (CopydeskDraftInfo, 1);
      info->guid = g_strdup (groups[i] + strlen (DRAFT_PREFIX));
      info->file = copydesk_draft_store_dup_draft_file (self, info->guid);
      original = g_key_file_get_string (self->index, groups[i], "original", NULL);
      if (original != NULL && original[0] != '\0')
        info->original = g_file_new_for_uri (original);
      base = g_key_file_get_string (self->index, groups[i], "base", NULL);
      info->base_dir = g_file_new_for_uri (base != NULL && base[0] != '\0' ? base : "file:///");
      info->title = g_key_file_get_string (self->index, groups[i], "title", NULL);
      if (info->title == NULL)
        info->title = g_strdup (_("Untitled Article"));
      saved = g_key_file_get_string (self->index, groups[i], "saved", NULL);
      info->saved = saved != NULL ? g_date_time_new_from_iso8601 (saved, NULL) : NULL;
      if (info->saved == NULL)
        info->saved = g_date_time_new_from_unix_utc (0);
      info->is_sample = g_key_file_get_boolean (self->index, groups[i], "sample", NULL);
      if (g_file_query_exists (info->file, NULL))
        g_ptr_array_add (drafts, info);
      else
        copydesk_draft_info_free (info);
    }
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&drafts);
}

/**
 * copydesk_draft_store_read:
 *
 * Reads a draft back, its photos resolved as from the article's own folder.
 * Synchronous: call it from a thread for anything but tests.
 *
 * Returns: (transfer full): the article, or %NULL with @error set when the
 *   draft cannot be read; the draft file stays where it is
 */
CopydeskArticle *
copydesk_draft_store_read (CopydeskDraftStore       *self,
                           const CopydeskDraftInfo  *info,
                           GError                  **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  CopydeskArticle *article;
  gsize length = 0;

  g_return_val_if_fail (COPYDESK_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  if (!g_file_load_contents (info->file, NULL, &contents, &length, NULL, &local))
    {
      g_set_error (error, local->domain, local->code,
                   _("Could not read the draft of “%s”: %s"), info->title, local->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  article = copydesk_newsml_read (bytes, info->base_dir, NULL, &local);
  if (article == NULL)
    g_set_error (error, local->domain, local->code,
                 _("Could not read the draft of “%s”: %s"), info->title, local->message);
  return article;
}
