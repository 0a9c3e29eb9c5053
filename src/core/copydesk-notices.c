/* copydesk-notices.c: what a document has to tell, one owner per message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's banners show these properties and set none of them:
 * - "error": one message at a time, the latest a source set that is still
 *   standing. Each source (CopydeskNoticeSource) has a slot of its own, so
 *   autosave working again takes back only autosave's failure, and a save
 *   that works takes back only the save's.
 * - "notes" and "notes-title": what an import left out or what an opened
 *   file held that the article cannot keep.
 * - "recovery" and "recovery-failed": what crash recovery did.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-notices.h"

struct _CopydeskNotices
{
  GObject    parent_instance;

  char      *errors[COPYDESK_N_NOTICE_SOURCES];
  guint64    set_at[COPYDESK_N_NOTICE_SOURCES];  /* order of setting */
  guint64    serial;
  int        shown;                              /* source shown, or -1 */
  GPtrArray *notes;
  char      *notes_title;
  char      *recovery;
  gboolean   recovery_failed;
};

G_DEFINE_FINAL_TYPE (CopydeskNotices, copydesk_notices, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ERROR,
  PROP_NOTES_TITLE,
  PROP_RECOVERY,
  PROP_RECOVERY_FAILED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copydesk_notices_finalize (GObject *object)
{
  CopydeskNotices *self = COPYDESK_NOTICES (object);

  for (guint i = 0; i < COPYDESK_N_NOTICE_SOURCES; i++)
    g_free (self->errors[i]);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_free (self->notes_title);
  g_free (self->recovery);
  G_OBJECT_CLASS (copydesk_notices_parent_class)->finalize (object);
}

static void
copydesk_notices_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CopydeskNotices *self = COPYDESK_NOTICES (object);

  switch (prop_id)
    {
    case PROP_ERROR: g_value_set_string (value, copydesk_notices_get_error (self)); break;
    case PROP_NOTES_TITLE: g_value_set_string (value, self->notes_title); break;
    case PROP_RECOVERY: g_value_set_string (value, self->recovery); break;
    case PROP_RECOVERY_FAILED: g_value_set_boolean (value, self->recovery_failed); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_notices_class_init (CopydeskNoticesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = copydesk_notices_finalize;
  object_class->get_property = copydesk_notices_get_property;
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, ro);
  properties[PROP_NOTES_TITLE] = g_param_spec_string ("notes-title", NULL, NULL, NULL, ro);
  properties[PROP_RECOVERY] = g_param_spec_string ("recovery", NULL, NULL, NULL, ro);
  properties[PROP_RECOVERY_FAILED] =
    g_param_spec_boolean ("recovery-failed", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_notices_init (CopydeskNotices *self)
{
  self->shown = -1;
}

CopydeskNotices *
copydesk_notices_new (void)
{
  return g_object_new (COPYDESK_TYPE_NOTICES, NULL);
}

/* The latest standing message is the one shown. */
static void
update_shown (CopydeskNotices *self)
{
  int shown = -1;

  for (int i = 0; i < COPYDESK_N_NOTICE_SOURCES; i++)
    if (self->errors[i] != NULL && (shown < 0 || self->set_at[i] > self->set_at[shown]))
      shown = i;
  self->shown = shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/**
 * copydesk_notices_set_error:
 * @message: (nullable): what went wrong, or %NULL when it works again
 *
 * Sets or clears @source's error; no other source's message changes.
 */
void
copydesk_notices_set_error (CopydeskNotices      *self,
                            CopydeskNoticeSource  source,
                            const char           *message)
{
  g_return_if_fail (COPYDESK_IS_NOTICES (self));
  g_return_if_fail (source < COPYDESK_N_NOTICE_SOURCES);

  if (message == NULL && self->errors[source] == NULL)
    return;
  g_free (self->errors[source]);
  self->errors[source] = g_strdup (message);
  self->set_at[source] = ++self->serial;
  update_shown (self);
}

const char *
copydesk_notices_get_error_from (CopydeskNotices      *self,
                                 CopydeskNoticeSource  source)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);
  g_return_val_if_fail (source < COPYDESK_N_NOTICE_SOURCES, NULL);

  return self->errors[source];
}

/* Returns: (nullable): the message the error banner shows */
const char *
copydesk_notices_get_error (CopydeskNotices *self)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);

  return self->shown >= 0 ? self->errors[self->shown] : NULL;
}

/* The person closed the banner: the message shown goes, the next standing
 * one (if any) shows. */
void
copydesk_notices_dismiss_error (CopydeskNotices *self)
{
  g_return_if_fail (COPYDESK_IS_NOTICES (self));

  if (self->shown >= 0)
    copydesk_notices_set_error (self, self->shown, NULL);
}

/**
 * copydesk_notices_set_notes:
 * @notes: (nullable) (element-type utf8): the notes, %NULL or empty for none
 * @from_import: whether an import left them, rather than an open
 */
void
copydesk_notices_set_notes (CopydeskNotices *self,
                            GPtrArray       *notes,
                            gboolean         from_import)
{
  g_return_if_fail (COPYDESK_IS_NOTICES (self));

  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->notes_title, g_free);
  if (notes != NULL && notes->len > 0)
    {
      self->notes = g_ptr_array_ref (notes);
      if (from_import)
        self->notes_title =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported; %u line was left out",
                                        "Imported; %u lines were left out", notes->len),
                           notes->len);
      else
        self->notes_title =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Opened; %u thing in the file could not be kept",
                                        "Opened; %u things in the file could not be kept",
                                        notes->len),
                           notes->len);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES_TITLE]);
}

/* Returns: (nullable) (transfer none) (element-type utf8): */
GPtrArray *
copydesk_notices_get_notes (CopydeskNotices *self)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);

  return self->notes;
}

/* Returns: (nullable): the banner's title, %NULL when there are no notes */
const char *
copydesk_notices_get_notes_title (CopydeskNotices *self)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);

  return self->notes_title;
}

/* The title and the first few notes, as the banner says them. */
char *
copydesk_notices_dup_notes_text (CopydeskNotices *self)
{
  GString *shown;

  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);

  if (self->notes == NULL)
    return NULL;
  shown = g_string_new (self->notes_title);
  for (guint i = 0; i < MIN (self->notes->len, 3); i++)
    g_string_append_printf (shown, "%s“%s”", i == 0 ? ": " : ", ",
                            (const char *) g_ptr_array_index (self->notes, i));
  if (self->notes->len > 3)
    g_string_append (shown, ", …");
  return g_string_free (shown, FALSE);
}

/* @message: (nullable): what recovery did, %NULL to take it away */
void
copydesk_notices_set_recovery (CopydeskNotices *self,
                               const char      *message,
                               gboolean         failed)
{
  g_return_if_fail (COPYDESK_IS_NOTICES (self));

  g_free (self->recovery);
  self->recovery = g_strdup (message);
  self->recovery_failed = message != NULL && failed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY_FAILED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY]);
}

const char *
copydesk_notices_get_recovery (CopydeskNotices *self)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), NULL);

  return self->recovery;
}

gboolean
copydesk_notices_get_recovery_failed (CopydeskNotices *self)
{
  g_return_val_if_fail (COPYDESK_IS_NOTICES (self), FALSE);

  return self->recovery_failed;
}
