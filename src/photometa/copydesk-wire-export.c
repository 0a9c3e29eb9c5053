/* copydesk-wire-export.c: the NewsML-G2 file and captioned photo copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A photo desk may take only the JPEG, so each copy carries the article's
 * final caption, credit, photographer and copyright in IPTC IIM and XMP.
 * Everything is written to temporary files in the target folder first and
 * renamed into place only when all of it succeeded; on failure every file
 * written so far is removed. The originals are only ever read.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "copydesk-photo-meta-private.h"

/* IIM's maximum lengths in bytes (IPTC IIM 4.2, dataset 2). */
#define IIM_CAPTION_MAX      2000
#define IIM_CREDIT_MAX       32
#define IIM_BYLINE_MAX       32
#define IIM_COPYRIGHT_MAX    128
#define IIM_CHARSET_UTF8     "\033%G"

typedef struct
{
  char *temp_path;    /* written, not yet in place */
  char *final_path;
  gboolean placed;    /* renamed to final_path */
} Pending;

typedef struct
{
  CopydeskArticle *snapshot;
  GFile           *newsml_file;
  GFile           *dir;
  char            *dir_path;
  GArray          *pending;    /* Pending, the NewsML file last */
  GPtrArray       *originals;  /* "file" ids of every photo's original */
  GHashTable      *names;      /* file names taken by this export */
} Export;

static void
pending_clear (gpointer data)
{
  Pending *p = data;

  g_free (p->temp_path);
  g_free (p->final_path);
}

static void
export_free (Export *e)
{
  g_clear_object (&e->snapshot);
  g_clear_object (&e->newsml_file);
  g_clear_object (&e->dir);
  g_free (e->dir_path);
  g_clear_pointer (&e->pending, g_array_unref);
  g_clear_pointer (&e->originals, g_ptr_array_unref);
  g_clear_pointer (&e->names, g_hash_table_unref);
  g_free (e);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static char *
file_id (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ID_FILE))
    return NULL;
  return g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
}

static gboolean
is_an_original (Export *e,
                GFile  *candidate)
{
  g_autofree char *id = NULL;
  GListModel *photos = copydesk_article_get_photos (e->snapshot);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      GFile *original = copydesk_photo_get_file (photo);

      if (original != NULL && g_file_equal (original, candidate))
        return TRUE;
    }
  id = file_id (candidate);
  return id != NULL && g_ptr_array_find_with_equal_func (e->originals, id, g_str_equal, NULL);
}

static const char *
extension_for (CopydeskPhoto *photo)
{
  const char *type = copydesk_photo_get_content_type (photo);

  if (g_str_equal (type, "image/jpeg"))
    return ".jpg";
  if (g_str_equal (type, "image/png"))
    return ".png";
  if (g_str_equal (type, "image/tiff"))
    return ".tif";
  if (g_str_equal (type, "image/webp"))
    return ".webp";
  return "";
}

/* The photo's id (already a safe file name: letters, digits, "-", "_", "."),
 * then "-2", "-3", … until the name is free of this export's other files, the
 * NewsML file, and every original, which must never be overwritten. */
static GFile *
copy_target (Export        *e,
             CopydeskPhoto *photo)
{
  const char *ext = extension_for (photo);

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1
        ? g_strconcat (copydesk_photo_get_id (photo), ext, NULL)
        : g_strdup_printf ("%s-%u%s", copydesk_photo_get_id (photo), n, ext);
      g_autoptr(GFile) target = g_file_get_child (e->dir, name);

      if (g_hash_table_contains (e->names, name) || g_file_equal (target, e->newsml_file) ||
          is_an_original (e, target))
        continue;
      g_hash_table_add (e->names, g_steal_pointer (&name));
      return g_steal_pointer (&target);
    }
}

/* An empty temporary file in the target folder, so the final rename never
 * crosses file systems. Hidden, and removed on any failure. */
static char *
new_temp_path (Export  *e,
               GError **error)
{
  g_autofree char *path = g_build_filename (e->dir_path, ".copydesk-export-XXXXXX", NULL);
  int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0644);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (e->dir_path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write into the folder “%s”: %s"), shown, g_strerror (saved));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&path);
}

static Pending *
add_pending (Export     *e,
             char       *temp_path,
             const char *final_path)
{
  Pending p = { temp_path, g_strdup (final_path), FALSE };

  g_array_append_val (e->pending, p);
  return &g_array_index (e->pending, Pending, e->pending->len - 1);
}

/* At most @max bytes of @value, cut at a character boundary. */
static char *
truncate_utf8 (const char *value,
               gsize       max)
{
  const char *end;

  if (strlen (value) <= max)
    return g_strdup (value);
  end = g_utf8_find_prev_char (value, value + max + 1);
  return g_strndup (value, end - value);
}

static gboolean
set_or_clear (GExiv2Metadata  *meta,
              const char      *tag,
              const char      *value,
              gsize            iim_max,
              GError         **error)
{
  g_autofree char *cut = NULL;

  if (gexiv2_metadata_try_has_tag (meta, tag, NULL) &&
      !gexiv2_metadata_try_clear_tag (meta, tag, error))
    return FALSE;
  if (value == NULL || *value == '\0')
    return TRUE;
  cut = iim_max > 0 ? truncate_utf8 (value, iim_max) : g_strdup (value);
  return gexiv2_metadata_try_set_tag_string (meta, tag, cut, error);
}

/* XMP language alternatives get the text as their default language; other
 * languages are dropped with the old value, as they no longer match it. */
static gboolean
set_lang_alt (GExiv2Metadata  *meta,
              const char      *tag,
              const char      *value,
              GError         **error)
{
  g_autofree char *tagged = NULL;

  if (value == NULL || *value == '\0')
    return set_or_clear (meta, tag, NULL, 0, error);
  tagged = g_strconcat ("lang=\"x-default\" ", value, NULL);
  return set_or_clear (meta, tag, tagged, 0, error);
}

static gboolean
set_creator (GExiv2Metadata  *meta,
             const char      *photographer,
             GError         **error)
{
  const char *values[] = { photographer, NULL };

  if (!set_or_clear (meta, "Xmp.dc.creator", NULL, 0, error))
    return FALSE;
  if (*photographer == '\0')
    return TRUE;
  return gexiv2_metadata_try_set_tag_multiple (meta, "Xmp.dc.creator", values, error);
}

static gboolean
write_tags (GExiv2Metadata  *meta,
            CopydeskPhoto   *photo,
            GError         **error)
{
  const char *caption = copydesk_photo_get_caption (photo);
  const char *credit = copydesk_photo_get_credit (photo);
  const char *photographer = copydesk_photo_get_photographer (photo);
  const char *copyright = copydesk_photo_get_copyright_notice (photo);
  /* stale camera text would contradict the desk's; Exif has no UTF-8 text */
  static const char * const stale_exif[] = {
    "Exif.Image.ImageDescription", "Exif.Image.Artist", "Exif.Image.Copyright",
  };

  for (guint i = 0; i < G_N_ELEMENTS (stale_exif); i++)
    if (!set_or_clear (meta, stale_exif[i], NULL, 0, error))
      return FALSE;

  return set_or_clear (meta, "Iptc.Envelope.CharacterSet", IIM_CHARSET_UTF8, 0, error) &&
         set_or_clear (meta, "Iptc.Application2.Caption", caption, IIM_CAPTION_MAX, error) &&
         set_or_clear (meta, "Iptc.Application2.Credit", credit, IIM_CREDIT_MAX, error) &&
         set_or_clear (meta, "Iptc.Application2.Byline", photographer, IIM_BYLINE_MAX, error) &&
         set_or_clear (meta, "Iptc.Application2.Copyright", copyright, IIM_COPYRIGHT_MAX,
                       error) &&
         set_lang_alt (meta, "Xmp.dc.description", caption, error) &&
         set_or_clear (meta, "Xmp.photoshop.Credit", credit, 0, error) &&
         set_creator (meta, photographer, error) &&
         set_lang_alt (meta, "Xmp.dc.rights", copyright, error) &&
         set_lang_alt (meta, "Xmp.xmpRights.UsageTerms",
                       copydesk_photo_get_usage_terms (photo), error);
}

static gboolean
caption_copy (const char     *temp_path,
              CopydeskPhoto  *photo,
              GError        **error)
{
  g_autoptr(GExiv2Metadata) meta = gexiv2_metadata_new ();
  g_autoptr(GError) local_error = NULL;

  if (!gexiv2_metadata_open_path (meta, temp_path, &local_error) ||
      !write_tags (meta, photo, &local_error) ||
      !gexiv2_metadata_save_file (meta, temp_path, &local_error))
    {
      g_autofree char *name = g_file_get_basename (copydesk_photo_get_file (photo));

      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("The caption could not be written into a copy of “%s” (photo “%s”): "
                     "the file is damaged or is not a photo format Copydesk knows (%s)"),
                   name, copydesk_photo_get_id (photo), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
update_byte_size (CopydeskPhoto  *photo,
                  const char     *path,
                  GError        **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The copy of photo “%s” vanished while it was written: %s"),
                   copydesk_photo_get_id (photo), g_strerror (saved));
      return FALSE;
    }
  copydesk_photo_set_byte_size (photo, (guint64) st.st_size);
  return TRUE;
}

static gboolean
copy_photo (Export         *e,
            CopydeskPhoto  *photo,
            GCancellable   *cancellable,
            GError        **error)
{
  GFile *original = copydesk_photo_get_file (photo);
  g_autoptr(GFile) target = copy_target (e, photo);
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target_path = g_file_get_path (target);
  Pending *p;
  char *temp_path = new_temp_path (e, error);

  if (temp_path == NULL)
    return FALSE;
  p = add_pending (e, temp_path, target_path);
  temp = g_file_new_for_path (p->temp_path);
  if (!g_file_copy (original, temp, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                    cancellable, NULL, NULL, &local_error))
    {
      g_autofree char *shown = g_file_get_parse_name (original);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("The file of photo “%s” (%s) is missing: locate it again or remove "
                       "the photo before exporting"),
                     copydesk_photo_get_id (photo), shown);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("The file of photo “%s” (%s) could not be copied: %s"),
                     copydesk_photo_get_id (photo), shown, local_error->message);
      return FALSE;
    }
  if (!caption_copy (p->temp_path, photo, error) ||
      !update_byte_size (photo, p->temp_path, error))
    return FALSE;
  copydesk_photo_set_file (photo, target);
  return TRUE;
}

static gboolean
write_newsml (Export        *e,
              GError       **error)
{
  g_autoptr(GBytes) bytes = copydesk_newsml_write (e->snapshot, e->dir, error);
  g_autofree char *final_path = g_file_get_path (e->newsml_file);
  char *temp_path;
  Pending *p;

  if (bytes == NULL)
    return FALSE;
  temp_path = new_temp_path (e, error);
  if (temp_path == NULL)
    return FALSE;
  p = add_pending (e, temp_path, final_path);
  return g_file_set_contents_full (p->temp_path, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0644, error);
}

/* Everything in place, or (after a failure) nothing of this export left. */
static gboolean
place_all (Export  *e,
           GError **error)
{
  for (guint i = 0; i < e->pending->len; i++)
    {
      Pending *p = &g_array_index (e->pending, Pending, i);

      if (g_rename (p->temp_path, p->final_path) != 0)
        {
          int saved = errno;
          g_autofree char *shown = g_filename_display_name (p->final_path);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not write “%s”: %s"), shown, g_strerror (saved));
          return FALSE;
        }
      p->placed = TRUE;
    }
  return TRUE;
}

static void
remove_all (Export *e)
{
  for (guint i = 0; i < e->pending->len; i++)
    {
      Pending *p = &g_array_index (e->pending, Pending, i);

      g_unlink (p->placed ? p->final_path : p->temp_path);
    }
}

static gboolean
check_folder (Export  *e,
              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *shown = NULL;

  e->dir = g_file_get_parent (e->newsml_file);
  e->dir_path = e->dir ? g_file_get_path (e->dir) : NULL;
  if (e->dir_path == NULL)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_SUPPORTED,
                           _("Export for wire needs a folder on this computer"));
      return FALSE;
    }
  shown = g_filename_display_name (e->dir_path);
  info = g_file_query_info (e->dir, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist"), shown);
      return FALSE;
    }
  return TRUE;
}

static void
collect_originals (Export *e)
{
  GListModel *photos = copydesk_article_get_photos (e->snapshot);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      GFile *file = copydesk_photo_get_file (photo);
      char *id = file ? file_id (file) : NULL;

      if (id != NULL)
        g_ptr_array_add (e->originals, id);
    }
}

static gboolean
run_export (Export        *e,
            GCancellable  *cancellable,
            GError       **error)
{
  GListModel *photos = copydesk_article_get_photos (e->snapshot);

  if (!check_folder (e, error))
    return FALSE;
  collect_originals (e);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      /* a photo without a file goes out as metadata only */
      if (copydesk_photo_get_file (photo) != NULL &&
          !copy_photo (e, photo, cancellable, error))
        return FALSE;
    }
  return write_newsml (e, error) &&
         !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         place_all (e, error);
}

static Export *
export_new (CopydeskArticle *article,
            GFile           *newsml_file)
{
  Export *e = g_new0 (Export, 1);

  e->snapshot = copydesk_article_snapshot (article);
  e->newsml_file = g_object_ref (newsml_file);
  e->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (e->pending, pending_clear);
  e->originals = g_ptr_array_new_with_free_func (g_free);
  e->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return e;
}

static gboolean
export_run_or_clean (Export        *e,
                     GCancellable  *cancellable,
                     GError       **error)
{
  _copydesk_photo_meta_init ();
  if (run_export (e, cancellable, error))
    return TRUE;
  remove_all (e);
  return FALSE;
}

/**
 * copydesk_wire_export:
 * @article: the article
 * @newsml_file: where the NewsML-G2 file goes; the photo copies go beside it
 *
 * Writes the NewsML-G2 file and a copy of every photo file in the same
 * folder, named after the photo's id, carrying the photo's caption, credit,
 * photographer, copyright notice and usage terms in IPTC IIM (UTF-8) and XMP,
 * so that every remoteContent href of the file resolves. Photos without a file
 * go out as metadata only. Existing files of the same names are replaced, but
 * never a photo's original. Blocking.
 *
 * Returns: %TRUE on success; %FALSE with @error set, and no file of this
 *   export left behind
 */
gboolean
copydesk_wire_export (CopydeskArticle  *article,
                      GFile            *newsml_file,
                      GCancellable     *cancellable,
                      GError          **error)
{
  g_autoptr(Export) e = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (G_IS_FILE (newsml_file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  e = export_new (article, newsml_file);
  return export_run_or_clean (e, cancellable, error);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (export_run_or_clean (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * copydesk_wire_export_async:
 *
 * Like copydesk_wire_export(); the article is copied at once, so it may be
 * edited while the export runs in a worker thread.
 */
void
copydesk_wire_export_async (CopydeskArticle     *article,
                            GFile               *newsml_file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COPYDESK_IS_ARTICLE (article));
  g_return_if_fail (G_IS_FILE (newsml_file));

  task = g_task_new (article, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_wire_export_async);
  g_task_set_task_data (task, export_new (article, newsml_file), (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
copydesk_wire_export_finish (CopydeskArticle  *article,
                             GAsyncResult     *result,
                             GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, article), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == copydesk_wire_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
