/* copydesk-photo-meta.c: what a photo file says about itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * XMP is read first (always Unicode), IPTC IIM second. Only the article's
 * empty fields are filled: what a person typed is never replaced by what the
 * camera or the agency wrote.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-photo-meta-private.h"

/* exiv2 reports damaged files loudly on stderr; a clear GError is what the
 * user sees, so its own chatter goes to the debug log. */
static void
log_to_debug (GExiv2LogLevel  level,
              const char     *message)
{
  g_debug ("exiv2: %s", message);
}

/* gexiv2 must be initialised once per process before it is used from any
 * thread (it sets up the XMP toolkit, which is not thread-safe to set up). */
void
_copydesk_photo_meta_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      if (!gexiv2_initialize ())
        g_critical ("gexiv2 could not be initialised: photo details will not be read");
      gexiv2_log_set_handler (log_to_debug);
      gexiv2_log_set_level (GEXIV2_LOG_LEVEL_WARN);
      g_once_init_leave (&initialised, 1);
    }
}

static char *
display_name (GFile *file)
{
  return g_file_get_basename (file);
}

/**
 * _copydesk_photo_meta_open:
 *
 * Returns: (transfer full): the metadata of a local @file, or %NULL with
 *   @error set to a message that names the file
 */
GExiv2Metadata *
_copydesk_photo_meta_open (GFile   *file,
                           GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = display_name (file);
  g_autoptr(GExiv2Metadata) meta = NULL;
  g_autoptr(GError) local_error = NULL;

  _copydesk_photo_meta_init ();

  if (path == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_SUPPORTED,
                   _("“%s” is not stored on this computer; copy it to a local folder first"),
                   name);
      return NULL;
    }

  meta = gexiv2_metadata_new ();
  if (!gexiv2_metadata_open_path (meta, path, &local_error))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("The details of “%s” could not be read: the file is damaged or is not "
                     "a photo format Copydesk knows (%s)"),
                   name, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&meta);
}

/* IIM text is UTF-8 when the file says so (ESC % G) and in practice in
 * most modern files; anything that is not valid UTF-8 is taken as Latin-1,
 * which is what IIM writers without a declared character set used. */
static char *
to_utf8 (char *value)
{
  char *converted;

  if (value == NULL || g_utf8_validate (value, -1, NULL))
    return value;
  converted = g_convert (value, -1, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  g_free (value);
  return converted;
}

/* Empty and blank values count as absent. */
static char *
tidy (char *value)
{
  value = to_utf8 (value);
  if (value == NULL)
    return NULL;
  g_strstrip (value);
  if (*value == '\0')
    {
      g_free (value);
      return NULL;
    }
  return value;
}

static char *
read_tag (GExiv2Metadata *meta,
          const char     *tag)
{
  if (!gexiv2_metadata_try_has_tag (meta, tag, NULL))
    return NULL;
  return tidy (gexiv2_metadata_try_get_tag_string (meta, tag, NULL));
}

/* Repeatable fields (IIM By-line, XMP dc:creator) joined with "; ". */
static char *
read_list (GExiv2Metadata *meta,
           const char     *tag)
{
  g_auto(GStrv) values = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);

  if (!gexiv2_metadata_try_has_tag (meta, tag, NULL))
    return NULL;
  values = gexiv2_metadata_try_get_tag_multiple (meta, tag, NULL);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_autofree char *one = tidy (g_strdup (values[i]));

      if (one == NULL)
        continue;
      if (joined->len > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, one);
    }
  return tidy (g_string_free (g_steal_pointer (&joined), FALSE));
}

/* An XMP language alternative reads as: lang="x-default" Text[, lang="de" Text].
 * The default (first) language is the one a caption field wants. */
static char *
read_lang_alt (GExiv2Metadata *meta,
               const char     *tag)
{
  g_autofree char *value = read_tag (meta, tag);
  const char *text = value;
  const char *next;

  if (value == NULL)
    return NULL;
  if (g_str_has_prefix (text, "lang=\""))
    {
      const char *close = strchr (text + 6, '"');

      if (close == NULL)
        return NULL;
      text = close + 1;
      while (*text == ' ')
        text++;
    }
  next = strstr (text, ", lang=\"");
  return tidy (g_strndup (text, next ? (gsize) (next - text) : strlen (text)));
}

static char *
first_of (char *preferred,
          char *fallback)
{
  if (preferred != NULL)
    {
      g_free (fallback);
      return preferred;
    }
  return fallback;
}

static gboolean
orientation_is_rotated (GExiv2Orientation orientation)
{
  switch (orientation)
    {
    case GEXIV2_ORIENTATION_ROT_90_HFLIP:
    case GEXIV2_ORIENTATION_ROT_90:
    case GEXIV2_ORIENTATION_ROT_90_VFLIP:
    case GEXIV2_ORIENTATION_ROT_270:
      return TRUE;
    case GEXIV2_ORIENTATION_MIN:
    case GEXIV2_ORIENTATION_NORMAL:
    case GEXIV2_ORIENTATION_HFLIP:
    case GEXIV2_ORIENTATION_ROT_180:
    case GEXIV2_ORIENTATION_VFLIP:
    default:
      return FALSE;
    }
}

static void
read_texts (CopydeskPhotoFacts *facts,
            GExiv2Metadata     *meta)
{
  facts->caption = first_of (read_lang_alt (meta, "Xmp.dc.description"),
                             read_tag (meta, "Iptc.Application2.Caption"));
  facts->credit = first_of (read_tag (meta, "Xmp.photoshop.Credit"),
                            read_tag (meta, "Iptc.Application2.Credit"));
  facts->photographer = first_of (read_list (meta, "Xmp.dc.creator"),
                                  read_list (meta, "Iptc.Application2.Byline"));
  facts->copyright_notice = first_of (read_lang_alt (meta, "Xmp.dc.rights"),
                                      read_tag (meta, "Iptc.Application2.Copyright"));
  facts->usage_terms = read_lang_alt (meta, "Xmp.xmpRights.UsageTerms");
}

/**
 * _copydesk_photo_facts_read:
 *
 * Blocking; safe in a worker thread, as it touches no shared object.
 *
 * Returns: (transfer full): what @file says about itself, or %NULL with
 *   @error set when it is missing, damaged or not an image
 */
CopydeskPhotoFacts *
_copydesk_photo_facts_read (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(CopydeskPhotoFacts) facts = g_new0 (CopydeskPhotoFacts, 1);
  g_autoptr(CopydeskPhoto) probe = copydesk_photo_new ("probe");
  g_autoptr(GExiv2Metadata) meta = NULL;
  GExiv2Orientation orientation;

  facts->file = g_object_ref (file);

  if (!g_file_query_exists (file, cancellable))
    {
      g_autofree char *name = display_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The file “%s” is missing: it was moved, renamed or deleted"), name);
      return NULL;
    }
  /* the core checks the image type by content, with clear messages */
  copydesk_photo_set_file (probe, file);
  if (!copydesk_photo_update_from_file (probe, cancellable, error))
    return NULL;
  facts->content_type = g_strdup (copydesk_photo_get_content_type (probe));
  facts->byte_size = copydesk_photo_get_byte_size (probe);
  facts->width = copydesk_photo_get_width (probe);
  facts->height = copydesk_photo_get_height (probe);

  meta = _copydesk_photo_meta_open (file, error);
  if (meta == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  read_texts (facts, meta);
  if (facts->width == 0 || facts->height == 0)
    {
      facts->width = (guint) MAX (gexiv2_metadata_get_pixel_width (meta), 0);
      facts->height = (guint) MAX (gexiv2_metadata_get_pixel_height (meta), 0);
    }
  orientation = gexiv2_metadata_try_get_orientation (meta, NULL);
  if (orientation_is_rotated (orientation))
    {
      guint width = facts->width;

      facts->width = facts->height;
      facts->height = width;
    }
  return g_steal_pointer (&facts);
}

static void
fill_if_empty (CopydeskPhoto *photo,
               const char    *property,
               const char    *current,
               const char    *value)
{
  if (value != NULL && *current == '\0')
    g_object_set (photo, property, value, NULL);
}

/* The file's facts (size, type) always apply; its texts only where the photo
 * has none. */
void
_copydesk_photo_facts_apply (const CopydeskPhotoFacts *facts,
                             CopydeskPhoto            *photo)
{
  g_object_freeze_notify (G_OBJECT (photo));
  copydesk_photo_set_content_type (photo, facts->content_type);
  copydesk_photo_set_byte_size (photo, facts->byte_size);
  copydesk_photo_set_pixel_size (photo, facts->width, facts->height);
  fill_if_empty (photo, "caption", copydesk_photo_get_caption (photo), facts->caption);
  fill_if_empty (photo, "credit", copydesk_photo_get_credit (photo), facts->credit);
  fill_if_empty (photo, "photographer", copydesk_photo_get_photographer (photo),
                 facts->photographer);
  fill_if_empty (photo, "copyright-notice", copydesk_photo_get_copyright_notice (photo),
                 facts->copyright_notice);
  fill_if_empty (photo, "usage-terms", copydesk_photo_get_usage_terms (photo),
                 facts->usage_terms);
  g_object_thaw_notify (G_OBJECT (photo));
}

void
_copydesk_photo_facts_free (CopydeskPhotoFacts *facts)
{
  if (facts == NULL)
    return;
  g_clear_object (&facts->file);
  g_free (facts->caption);
  g_free (facts->credit);
  g_free (facts->photographer);
  g_free (facts->copyright_notice);
  g_free (facts->usage_terms);
  g_free (facts->content_type);
  g_free (facts);
}

static gboolean
check_has_file (CopydeskPhoto  *photo,
                GError        **error)
{
  if (copydesk_photo_get_file (photo) != NULL)
    return TRUE;
  g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
               _("Photo “%s” has no file"), copydesk_photo_get_id (photo));
  return FALSE;
}

/**
 * copydesk_photo_meta_read:
 * @photo: a photo with a file
 *
 * Reads the embedded caption (XMP dc:description, IPTC Caption-Abstract),
 * credit (photoshop:Credit, Credit), photographer (dc:creator, By-line),
 * copyright notice (dc:rights, CopyrightNotice) and usage terms
 * (xmpRights:UsageTerms) into the photo's empty fields, and its pixel size
 * (as displayed, after the orientation), byte size and media type. Blocking.
 *
 * Returns: %TRUE on success; %FALSE with @error set, leaving @photo as it was
 */
gboolean
copydesk_photo_meta_read (CopydeskPhoto  *photo,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(CopydeskPhotoFacts) facts = NULL;

  g_return_val_if_fail (COPYDESK_IS_PHOTO (photo), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_has_file (photo, error))
    return FALSE;
  facts = _copydesk_photo_facts_read (copydesk_photo_get_file (photo), cancellable, error);
  if (facts == NULL)
    return FALSE;
  _copydesk_photo_facts_apply (facts, photo);
  return TRUE;
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  CopydeskPhotoFacts *facts = _copydesk_photo_facts_read (task_data, cancellable, &error);

  if (facts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, facts, (GDestroyNotify) _copydesk_photo_facts_free);
}

/* Back on the caller's thread: apply, unless the photo was relinked meanwhile
 * (then the facts describe a file the photo no longer has). */
static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  CopydeskPhoto *photo = g_task_get_source_object (outer);
  g_autoptr(CopydeskPhotoFacts) facts = NULL;
  GError *error = NULL;
  GFile *current = copydesk_photo_get_file (photo);

  facts = g_task_propagate_pointer (G_TASK (result), &error);
  if (facts == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }
  if (current == NULL || !g_file_equal (current, facts->file))
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The photo was given another file while it was being read"));
      return;
    }
  _copydesk_photo_facts_apply (facts, photo);
  g_task_return_boolean (outer, TRUE);
}

/**
 * copydesk_photo_meta_read_async:
 *
 * Like copydesk_photo_meta_read(), with the file read in a worker thread and
 * the photo updated in the caller's main context, just before @callback.
 */
void
copydesk_photo_meta_read_async (CopydeskPhoto       *photo,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COPYDESK_IS_PHOTO (photo));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (photo, cancellable, callback, user_data);
  g_task_set_source_tag (outer, copydesk_photo_meta_read_async);
  if (!check_has_file (photo, &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  _copydesk_photo_meta_init ();
  inner = g_task_new (NULL, cancellable, read_done, g_steal_pointer (&outer));
  g_task_set_task_data (inner, g_object_ref (copydesk_photo_get_file (photo)), g_object_unref);
  g_task_run_in_thread (inner, read_in_thread);
}

gboolean
copydesk_photo_meta_read_finish (CopydeskPhoto  *photo,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, photo), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == copydesk_photo_meta_read_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
