/* copydesk-version.c: one kept version of a story, and making the next one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-version-private.h"

struct _CopydeskVersion
{
  GObject            parent_instance;

  guint              number;
  GDateTime         *sent;
  CopydeskSignal     signal;
  CopydeskPubStatus  pub_status;
  char              *ed_note;
  GFile             *file;
  GFile             *base_dir;
};

G_DEFINE_FINAL_TYPE (CopydeskVersion, copydesk_version, G_TYPE_OBJECT)

static void
copydesk_version_finalize (GObject *object)
{
  CopydeskVersion *self = (CopydeskVersion *) object;

  g_clear_pointer (&self->sent, g_date_time_unref);
  g_clear_pointer (&self->ed_note, g_free);
  g_clear_object (&self->file);
  g_clear_object (&self->base_dir);

  G_OBJECT_CLASS (copydesk_version_parent_class)->finalize (object);
}

static void
copydesk_version_class_init (CopydeskVersionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = copydesk_version_finalize;
}

static void
copydesk_version_init (CopydeskVersion *self)
{
}

CopydeskVersion *
_copydesk_version_new (CopydeskArticle *article,
                       GFile           *file,
                       GFile           *base_dir)
{
  CopydeskVersion *self = g_object_new (COPYDESK_TYPE_VERSION, NULL);
  CopydeskDesk *desk = copydesk_article_get_desk (article);

  self->number = copydesk_article_get_version (article);
  self->sent = g_date_time_ref (copydesk_article_get_modified (article));
  self->signal = copydesk_desk_get_signal (desk);
  self->pub_status = copydesk_desk_get_pub_status (desk);
  self->ed_note = g_strdup (copydesk_article_get_editorial_note (article));
  self->file = g_object_ref (file);
  self->base_dir = base_dir ? g_object_ref (base_dir) : NULL;
  return self;
}

guint
copydesk_version_get_number (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), 0);
  return self->number;
}

GDateTime *
copydesk_version_get_sent (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), NULL);
  return self->sent;
}

CopydeskSignal
copydesk_version_get_signal (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), COPYDESK_SIGNAL_NONE);
  return self->signal;
}

CopydeskPubStatus
copydesk_version_get_pub_status (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), COPYDESK_PUB_STATUS_USABLE);
  return self->pub_status;
}

const char *
copydesk_version_get_ed_note (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), NULL);
  return self->ed_note;
}

GFile *
copydesk_version_get_file (CopydeskVersion *self)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), NULL);
  return self->file;
}

CopydeskArticle *
_copydesk_version_read_file (GFile   *file,
                             GFile   *base_dir,
                             GError **error)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);

  if (bytes == NULL)
    return NULL;
  return copydesk_newsml_read (bytes, base_dir, NULL, error);
}

CopydeskArticle *
copydesk_version_read (CopydeskVersion  *self,
                       GError          **error)
{
  g_return_val_if_fail (COPYDESK_IS_VERSION (self), NULL);
  return _copydesk_version_read_file (self->file, self->base_dir, error);
}

/* ------------------------------------------------------------ the next one */

static gboolean
check_next (CopydeskArticle      *article,
            CopydeskNextVersion   kind,
            const char           *note,
            GError              **error)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  g_autofree char *stripped = g_strstrip (g_strdup (note ? note : ""));

  if (copydesk_desk_get_pub_status (desk) == COPYDESK_PUB_STATUS_CANCELED)
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                           _("This story has been killed: it cannot be updated, corrected or "
                             "killed again. Send it as a new story instead."));
      return FALSE;
    }
  if (kind != COPYDESK_NEXT_UPDATE && *stripped == '\0')
    {
      g_set_error_literal (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                           kind == COPYDESK_NEXT_CORRECTION
                           ? _("A correction needs a note to receivers saying what was corrected.")
                           : _("A kill needs a note to receivers saying why the story is "
                               "withdrawn."));
      return FALSE;
    }
  return TRUE;
}

gboolean
copydesk_article_prepare_next_version (CopydeskArticle      *article,
                                       CopydeskNextVersion   kind,
                                       const char           *note,
                                       GError              **error)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);

  if (!copydesk_article_mark_next_version (article, kind, note, error))
    return FALSE;
  copydesk_article_bump_version (article);
  return TRUE;
}

gboolean
copydesk_article_mark_next_version (CopydeskArticle      *article,
                                    CopydeskNextVersion   kind,
                                    const char           *note,
                                    GError              **error)
{
  CopydeskDesk *desk;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (kind <= COPYDESK_NEXT_KILL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_next (article, kind, note, error))
    return FALSE;
  desk = copydesk_article_get_desk (article);
  g_object_freeze_notify (G_OBJECT (desk));
  copydesk_article_set_editorial_note (article, note);
  switch (kind)
    {
    case COPYDESK_NEXT_UPDATE:
      copydesk_desk_set_signal (desk, COPYDESK_SIGNAL_UPDATE);
      break;
    case COPYDESK_NEXT_CORRECTION:
      copydesk_desk_set_signal (desk, COPYDESK_SIGNAL_CORRECTION);
      break;
    case COPYDESK_NEXT_KILL:
    default:
      copydesk_desk_set_signal (desk, COPYDESK_SIGNAL_NONE);
      copydesk_desk_set_pub_status (desk, COPYDESK_PUB_STATUS_CANCELED);
      break;
    }
  g_object_thaw_notify (G_OBJECT (desk));
  return TRUE;
}
