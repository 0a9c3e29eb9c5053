/* copydesk-photo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-article.h"
#include "copydesk-core-private.h"
#include "copydesk-error.h"
#include "copydesk-photo.h"
#include "copydesk-text.h"

struct _CopydeskPhoto
{
  GObject  parent_instance;
  char    *id;
  char    *guid;
  GFile   *file;
  char    *caption;
  char    *credit;
  char    *alt_text;
  char    *photographer;
  char    *copyright_notice;
  char    *usage_terms;
  char    *content_type;
  char    *kept_metadata;
  guint    width;
  guint    height;
  guint64  byte_size;
};

G_DEFINE_FINAL_TYPE (CopydeskPhoto, copydesk_photo, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GUID,
  PROP_CAPTION,
  PROP_CREDIT,
  PROP_ALT_TEXT,
  PROP_PHOTOGRAPHER,
  PROP_COPYRIGHT_NOTICE,
  PROP_USAGE_TERMS,
  PROP_CONTENT_TYPE,
  PROP_KEPT_METADATA,
  /* not strings */
  PROP_FILE,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_BYTE_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
string_field (CopydeskPhoto *self,
              guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_GUID: return &self->guid;
    case PROP_CAPTION: return &self->caption;
    case PROP_CREDIT: return &self->credit;
    case PROP_ALT_TEXT: return &self->alt_text;
    case PROP_PHOTOGRAPHER: return &self->photographer;
    case PROP_COPYRIGHT_NOTICE: return &self->copyright_notice;
    case PROP_USAGE_TERMS: return &self->usage_terms;
    case PROP_CONTENT_TYPE: return &self->content_type;
    case PROP_KEPT_METADATA: return &self->kept_metadata;
    default: return NULL;
    }
}

static void
set_string (CopydeskPhoto *self,
            guint          prop_id,
            const char    *value)
{
  if (_copydesk_set_string (string_field (self, prop_id), value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
copydesk_photo_finalize (GObject *object)
{
  CopydeskPhoto *self = (CopydeskPhoto *) object;

  for (guint i = PROP_ID; i <= PROP_KEPT_METADATA; i++)
    g_clear_pointer (string_field (self, i), g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (copydesk_photo_parent_class)->finalize (object);
}

static void
copydesk_photo_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CopydeskPhoto *self = COPYDESK_PHOTO (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_WIDTH: g_value_set_uint (value, self->width); break;
    case PROP_HEIGHT: g_value_set_uint (value, self->height); break;
    case PROP_BYTE_SIZE: g_value_set_uint64 (value, self->byte_size); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_photo_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CopydeskPhoto *self = COPYDESK_PHOTO (object);

  if (prop_id == PROP_ID)
    copydesk_photo_set_id (self, g_value_get_string (value));
  else if (string_field (self, prop_id) != NULL)
    set_string (self, prop_id, g_value_get_string (value));
  else switch (prop_id)
    {
    case PROP_FILE: copydesk_photo_set_file (self, g_value_get_object (value)); break;
    case PROP_WIDTH: copydesk_photo_set_pixel_size (self, g_value_get_uint (value), self->height); break;
    case PROP_HEIGHT: copydesk_photo_set_pixel_size (self, self->width, g_value_get_uint (value)); break;
    case PROP_BYTE_SIZE: copydesk_photo_set_byte_size (self, g_value_get_uint64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_photo_class_init (CopydeskPhotoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const char * const names[] = {
    NULL, "id", "guid", "caption", "credit", "alt-text", "photographer",
    "copyright-notice", "usage-terms", "content-type", "kept-metadata",
  };

  object_class->finalize = copydesk_photo_finalize;
  object_class->get_property = copydesk_photo_get_property;
  object_class->set_property = copydesk_photo_set_property;

  for (guint i = PROP_ID; i <= PROP_KEPT_METADATA; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_WIDTH] = g_param_spec_uint ("width", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_HEIGHT] = g_param_spec_uint ("height", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_BYTE_SIZE] = g_param_spec_uint64 ("byte-size", NULL, NULL,
                                                    0, G_MAXUINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_photo_init (CopydeskPhoto *self)
{
  for (guint i = PROP_ID; i <= PROP_KEPT_METADATA; i++)
    *string_field (self, i) = g_strdup ("");
  g_free (self->id);
  self->id = g_strdup ("photo");
  g_free (self->guid);
  self->guid = copydesk_guid_new ();
}

/**
 * copydesk_photo_new:
 * @id: the id that places the photo in the body markup ("[photo: ID]")
 *
 * Returns: (transfer full): a photo with a fresh guid and no file
 */
CopydeskPhoto *
copydesk_photo_new (const char *id)
{
  g_return_val_if_fail (copydesk_photo_id_is_valid (id), NULL);

  return g_object_new (COPYDESK_TYPE_PHOTO, "id", id, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                         \
  const char *                                                                \
  copydesk_photo_get_##field (CopydeskPhoto *self)                            \
  {                                                                           \
    g_return_val_if_fail (COPYDESK_IS_PHOTO (self), NULL);                    \
    return self->field;                                                       \
  }                                                                           \
  void                                                                        \
  copydesk_photo_set_##field (CopydeskPhoto *self, const char *value)         \
  {                                                                           \
    g_return_if_fail (COPYDESK_IS_PHOTO (self));                              \
    set_string (self, PROP, value);                                           \
  }

STRING_ACCESSORS (guid, PROP_GUID)
STRING_ACCESSORS (caption, PROP_CAPTION)
STRING_ACCESSORS (credit, PROP_CREDIT)
STRING_ACCESSORS (alt_text, PROP_ALT_TEXT)
STRING_ACCESSORS (photographer, PROP_PHOTOGRAPHER)
STRING_ACCESSORS (copyright_notice, PROP_COPYRIGHT_NOTICE)
STRING_ACCESSORS (usage_terms, PROP_USAGE_TERMS)
STRING_ACCESSORS (content_type, PROP_CONTENT_TYPE)
STRING_ACCESSORS (kept_metadata, PROP_KEPT_METADATA)

const char *
copydesk_photo_get_id (CopydeskPhoto *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), NULL);
  return self->id;
}

/* The id must stay usable in the body markup, so a malformed one is a
 * programming error, not user input (the editor checks before it renames). */
void
copydesk_photo_set_id (CopydeskPhoto *self,
                       const char    *id)
{
  g_return_if_fail (COPYDESK_IS_PHOTO (self));
  g_return_if_fail (copydesk_photo_id_is_valid (id));

  set_string (self, PROP_ID, id);
}

/**
 * copydesk_photo_get_file:
 *
 * Returns: (transfer none) (nullable): the image file, if the photo has one
 */
GFile *
copydesk_photo_get_file (CopydeskPhoto *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), NULL);
  return self->file;
}

void
copydesk_photo_set_file (CopydeskPhoto *self,
                         GFile         *file)
{
  g_return_if_fail (COPYDESK_IS_PHOTO (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

guint
copydesk_photo_get_width (CopydeskPhoto *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), 0);
  return self->width;
}

guint
copydesk_photo_get_height (CopydeskPhoto *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), 0);
  return self->height;
}

void
copydesk_photo_set_pixel_size (CopydeskPhoto *self,
                               guint          width,
                               guint          height)
{
  g_return_if_fail (COPYDESK_IS_PHOTO (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->width != width)
    {
      self->width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
    }
  if (self->height != height)
    {
      self->height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

guint64
copydesk_photo_get_byte_size (CopydeskPhoto *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), 0);
  return self->byte_size;
}

void
copydesk_photo_set_byte_size (CopydeskPhoto *self,
                              guint64        byte_size)
{
  g_return_if_fail (COPYDESK_IS_PHOTO (self));

  if (self->byte_size == byte_size)
    return;
  self->byte_size = byte_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYTE_SIZE]);
}

/* Pixel size from the first bytes of a PNG (IHDR) or a JPEG (the first SOFn
 * marker); other formats report 0 x 0 and are still accepted. */
static gboolean
read_png_size (const guint8 *head,
               gsize         len,
               guint        *width,
               guint        *height)
{
  if (len < 24 || memcmp (head, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp (head + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = (guint) head[16] << 24 | (guint) head[17] << 16 | (guint) head[18] << 8 | head[19];
  *height = (guint) head[20] << 24 | (guint) head[21] << 16 | (guint) head[22] << 8 | head[23];
  return TRUE;
}

static gboolean
read_jpeg_size (GInputStream  *stream,
                guint         *width,
                guint         *height,
                GCancellable  *cancellable,
                GError       **error)
{
  guint8 buf[9];
  gsize n;

  /* SOI was checked by the caller; walk the segments up to a frame header */
  for (guint segments = 0; segments < 1024; segments++)
    {
      guint16 seglen;

      if (!g_input_stream_read_all (stream, buf, 4, &n, cancellable, error) || n < 4)
        break;
      while (buf[0] == 0xFF && buf[1] == 0xFF)
        {
          /* fill bytes before a marker */
          memmove (buf, buf + 1, 3);
          if (!g_input_stream_read_all (stream, buf + 3, 1, &n, cancellable, error) || n < 1)
            return FALSE;
        }
      if (buf[0] != 0xFF)
        break;
      seglen = (guint16) (buf[2] << 8 | buf[3]);
      if (seglen < 2)
        break;
      if (buf[1] >= 0xC0 && buf[1] <= 0xCF && buf[1] != 0xC4 && buf[1] != 0xC8 && buf[1] != 0xCC)
        {
          if (!g_input_stream_read_all (stream, buf, 5, &n, cancellable, error) || n < 5)
            break;
          *height = (guint) buf[1] << 8 | buf[2];
          *width = (guint) buf[3] << 8 | buf[4];
          return TRUE;
        }
      if (g_input_stream_skip (stream, seglen - 2, cancellable, error) != seglen - 2)
        break;
    }

  if (error != NULL && *error == NULL)
    g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                         _("The JPEG file is damaged: its size could not be read"));
  return FALSE;
}

/**
 * copydesk_photo_update_from_file:
 *
 * Reads the file's size in bytes, its media type and its pixel size (PNG and
 * JPEG) into the photo. Blocking: the editor calls it from a worker thread.
 *
 * Returns: %TRUE on success; %FALSE with @error set, leaving the photo as it was
 */
gboolean
copydesk_photo_update_from_file (CopydeskPhoto  *self,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *mime = NULL;
  guint8 head[32] = { 0 };
  gsize n = 0;
  guint width = 0, height = 0;

  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), FALSE);

  if (self->file == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                   _("Photo “%s” has no file"), self->id);
      return FALSE;
    }

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  stream = info ? g_file_read (self->file, cancellable, error) : NULL;
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, cancellable, error))
    return FALSE;

  if (n >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
    {
      g_autoptr(GFileInputStream) again = g_file_read (self->file, cancellable, error);

      if (again == NULL ||
          g_input_stream_skip (G_INPUT_STREAM (again), 2, cancellable, error) != 2 ||
          !read_jpeg_size (G_INPUT_STREAM (again), &width, &height, cancellable, error))
        return FALSE;
      mime = g_strdup ("image/jpeg");
    }
  else if (read_png_size (head, n, &width, &height))
    mime = g_strdup ("image/png");
  else
    {
      /* by content alone: a name ending in .jpg proves nothing */
      g_autofree char *basename = g_file_get_basename (self->file);
      gboolean uncertain = TRUE;
      g_autofree char *type = g_content_type_guess (NULL, head, n, &uncertain);

      mime = g_content_type_get_mime_type (type);
      if (uncertain || mime == NULL || !g_str_has_prefix (mime, "image/"))
        {
          g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_INPUT,
                       _("“%s” is not an image Copydesk can read"), basename);
          return FALSE;
        }
    }

  g_object_freeze_notify (G_OBJECT (self));
  copydesk_photo_set_byte_size (self, g_file_info_get_size (info));
  copydesk_photo_set_pixel_size (self, width, height);
  set_string (self, PROP_CONTENT_TYPE, mime);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

gboolean
copydesk_photo_equal (CopydeskPhoto *a,
                      CopydeskPhoto *b)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO (a) && COPYDESK_IS_PHOTO (b), FALSE);

  for (guint i = PROP_ID; i <= PROP_KEPT_METADATA; i++)
    {
      if (!g_str_equal (*string_field (a, i), *string_field (b, i)))
        return FALSE;
    }
  if ((a->file == NULL) != (b->file == NULL) ||
      (a->file != NULL && !g_file_equal (a->file, b->file)))
    return FALSE;
  return a->width == b->width && a->height == b->height && a->byte_size == b->byte_size;
}

/* "Dr" in "Dr. Lee", "St" in "St. Ives": a capitalised word of up to three
 * letters before @dot. */
static gboolean
is_abbreviation (const char *text,
                 const char *dot)
{
  const char *start = dot;

  while (start > text && g_ascii_isalpha (start[-1]))
    start--;
  return dot - start >= 1 && dot - start <= 3 && g_ascii_isupper (*start);
}

/**
 * copydesk_photo_derive_headline:
 *
 * What receivers list the photo by when it has no title of its own: the
 * first sentence of its caption, or of its alternative text when it has no
 * caption, on one line and without the closing full stop; without either,
 * the name of its file or its id.
 *
 * Returns: (transfer full): the headline
 */
char *
copydesk_photo_derive_headline (CopydeskPhoto *self)
{
  g_autofree char *text = NULL;
  char *end;

  g_return_val_if_fail (COPYDESK_IS_PHOTO (self), NULL);

  text = copydesk_text_collapse_whitespace (*self->caption ? self->caption : self->alt_text);
  if (*text == '\0')
    {
      /* a photo known by nothing else is known by its file, or its id */
      g_autofree char *name = self->file ? g_file_get_basename (self->file) : NULL;
      char *dot = name ? strrchr (name, '.') : NULL;

      if (dot != NULL && dot != name)
        *dot = '\0';
      g_free (text);
      text = copydesk_text_collapse_whitespace (name && *name ? name : self->id);
      return g_steal_pointer (&text);
    }
  for (end = text; *end != '\0'; end++)
    {
      /* a sentence ends before a capital ("Nov. 23" goes on), and not
       * after a short title ("Dr. Lee") */
      if ((*end == '.' || *end == '!' || *end == '?') &&
          (end[1] == '\0' || (end[1] == ' ' && g_unichar_isupper (g_utf8_get_char (end + 2)))) &&
          (end[1] == '\0' || *end != '.' || !is_abbreviation (text, end)))
        {
          /* a full stop goes; a question or an exclamation stays */
          end[*end == '.' ? 0 : 1] = '\0';
          break;
        }
    }
  return g_steal_pointer (&text);
}
