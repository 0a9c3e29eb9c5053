/* copydesk-document.c: one article being edited, with its file and state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document owns the article's text: the body buffer (a
 * CopydeskBodyBuffer, which the body view shows) with its parser, the
 * modified state, and the errors of its body and its drafts. It flushes
 * the buffer into the article itself before a save, a draft or a
 * snapshot, so nothing reads a stale body.
 *
 * The document never opens a dialog: errors come back through GAsyncResult
 * and the window decides how to show them. Disk work runs off the main
 * thread; saving writes a temporary file and renames it over the target, so
 * a failed save leaves the old file whole.
 *
 * Versions: every successful save writes version N+1 with the modified time
 * of that save, where N is the version last opened or saved. A failed save
 * puts the previous version and time back, so retrying does not skip one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-document.h"
#include "copydesk-drafts.h"
#include "copydesk-save-photos.h"

struct _CopydeskDocument
{
  GObject          parent_instance;

  CopydeskArticle *article;
  CopydeskBodyBuffer *buffer;
  GFile           *file;
  guint64          change_serial;
  guint            busy;
  guint            modified : 1;
  guint            is_sample : 1;

  /* Autosave: a draft is written autosave_delay seconds after the last
   * change while the document is modified. */
  CopydeskDraftStore *draft_store;
  GCancellable    *draft_cancellable;  /* the write in flight, if any */
  char            *draft_error;
  CopydeskNotices *notices;             /* what the banners say */
  guint            autosave_delay;
  guint            autosave_id;
  guint            draft_writing : 1;
  guint            draft_again : 1;     /* changed while a write was in flight */
};

G_DEFINE_FINAL_TYPE (CopydeskDocument, copydesk_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_BUSY,
  PROP_IS_SAMPLE,
  PROP_TITLE,
  PROP_AUTOSAVE_DELAY,
  PROP_DRAFT_ERROR,
  PROP_BUFFER,
  PROP_BODY_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_autosave (CopydeskDocument *self);

static void
on_article_changed (CopydeskDocument *self)
{
  self->change_serial++;
  copydesk_document_set_modified (self, TRUE);
  schedule_autosave (self);
}

/* The body reaches the article after a short delay; the mark must not wait. */
static void
on_buffer_edited (CopydeskDocument *self)
{
  copydesk_document_set_modified (self, TRUE);
}

static void
on_body_error (CopydeskDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_ERROR]);
}

static void
on_headline_notify (CopydeskDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_busy (CopydeskDocument *self,
          gboolean          busy)
{
  gboolean was_busy = self->busy > 0;

  if (busy)
    self->busy++;
  else
    self->busy--;
  if (was_busy != (self->busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_file (CopydeskDocument *self,
          GFile            *file,
          gboolean          is_sample)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (self->is_sample != !!is_sample)
    {
      self->is_sample = !!is_sample;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_SAMPLE]);
    }
}

static void
copydesk_document_dispose (GObject *object)
{
  CopydeskDocument *self = COPYDESK_DOCUMENT (object);

  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  /* A draft still to be written stays unwritten, and the one on disk stays:
   * the window decides whether the changes are kept. */
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->draft_cancellable != NULL)
    g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  g_clear_object (&self->draft_store);
  g_clear_pointer (&self->draft_error, g_free);
  g_clear_object (&self->notices);
  if (self->buffer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      copydesk_body_buffer_set_article (self->buffer, NULL);
    }
  g_clear_object (&self->buffer);
  g_clear_object (&self->article);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (copydesk_document_parent_class)->dispose (object);
}

static void
copydesk_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CopydeskDocument *self = COPYDESK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_MODIFIED: g_value_set_boolean (value, self->modified); break;
    case PROP_BUSY: g_value_set_boolean (value, self->busy > 0); break;
    case PROP_IS_SAMPLE: g_value_set_boolean (value, self->is_sample); break;
    case PROP_TITLE: g_value_take_string (value, copydesk_document_dup_title (self)); break;
    case PROP_AUTOSAVE_DELAY: g_value_set_uint (value, self->autosave_delay); break;
    case PROP_DRAFT_ERROR: g_value_set_string (value, self->draft_error); break;
    case PROP_BUFFER: g_value_set_object (value, self->buffer); break;
    case PROP_BODY_ERROR: g_value_set_string (value, copydesk_document_get_body_error (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_document_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CopydeskDocument *self = COPYDESK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: copydesk_document_set_article (self, g_value_get_object (value)); break;
    case PROP_MODIFIED: copydesk_document_set_modified (self, g_value_get_boolean (value)); break;
    case PROP_AUTOSAVE_DELAY:
      copydesk_document_set_autosave_delay (self, g_value_get_uint (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_document_class_init (CopydeskDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = copydesk_document_dispose;
  object_class->get_property = copydesk_document_get_property;
  object_class->set_property = copydesk_document_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE, rw);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, rw);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, ro);
  properties[PROP_IS_SAMPLE] = g_param_spec_boolean ("is-sample", NULL, NULL, FALSE, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  /* Seconds from the last change to the draft, as the autosave-delay key. */
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 1, 300, 3, rw);
  /* Why the last draft could not be written; %NULL once one is. */
  properties[PROP_DRAFT_ERROR] = g_param_spec_string ("draft-error", NULL, NULL, NULL, ro);
  /* The text of the body, which the body view shows. */
  properties[PROP_BUFFER] = g_param_spec_object ("buffer", NULL, NULL, COPYDESK_TYPE_BODY_BUFFER,
                                                 ro);
  /* Why the body as typed is not the article's body; %NULL when it is. */
  properties[PROP_BODY_ERROR] = g_param_spec_string ("body-error", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_document_init (CopydeskDocument *self)
{
  g_autoptr(CopydeskArticle) article = copydesk_article_new ();

  self->buffer = copydesk_body_buffer_new ();
  self->notices = copydesk_notices_new ();
  g_signal_connect_object (self->buffer, "edited", G_CALLBACK (on_buffer_edited), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "notify::error", G_CALLBACK (on_body_error), self,
                           G_CONNECT_SWAPPED);
  copydesk_document_set_article (self, article);
  self->modified = FALSE;
  self->autosave_delay = 3;
}

CopydeskDocument *
copydesk_document_new (void)
{
  return g_object_new (COPYDESK_TYPE_DOCUMENT, NULL);
}

CopydeskArticle *
copydesk_document_get_article (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return self->article;
}

/* Replacing the article is itself a change: the caller says whether the new
 * one is saved (open) or not (import) with copydesk_document_set_modified(). */
void
copydesk_document_set_article (CopydeskDocument *self,
                               CopydeskArticle  *article)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (COPYDESK_IS_ARTICLE (article));

  if (self->article == article)
    return;
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  /* Before the document listens, so that neither is a change: an opened or
   * imported story with a byline and no authors gets them from the byline
   * (agency copy), and an empty byline is made from the authors from now on
   * (a new story, or one saved without a byline). */
  if (g_list_model_get_n_items (copydesk_article_get_authors (article)) == 0
      && *copydesk_article_get_byline (article) != '\0')
    copydesk_byline_fill_authors (article, copydesk_article_get_byline (article));
  if (*copydesk_article_get_byline (article) == '\0')
    copydesk_article_set_byline_override (article, FALSE);
  g_set_object (&self->article, article);
  g_signal_connect_object (article, "changed", G_CALLBACK (on_article_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (article, "notify::headline", G_CALLBACK (on_headline_notify), self,
                           G_CONNECT_SWAPPED);
  self->change_serial++;
  copydesk_body_buffer_set_article (self->buffer, article);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Returns: (transfer none): the body's text, for the body view to show */
CopydeskBodyBuffer *
copydesk_document_get_buffer (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return self->buffer;
}

const char *
copydesk_document_get_body_error (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return copydesk_body_buffer_get_error (self->buffer);
}

/* What is typed in the body becomes the article's body now, rather than
 * after the pause the buffer waits for. Save, drafts and snapshots do it
 * themselves. */
void
copydesk_document_flush (CopydeskDocument *self)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));

  copydesk_body_buffer_flush (self->buffer);
}

/**
 * copydesk_document_snapshot:
 *
 * Flushes the body, then takes copydesk_article_snapshot() of the article:
 * what an export or any reader in a worker thread should be given.
 *
 * Returns: (transfer full): the snapshot
 */
CopydeskArticle *
copydesk_document_snapshot (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  copydesk_document_flush (self);
  return copydesk_article_snapshot (self->article);
}

GFile *
copydesk_document_get_file (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return self->file;
}

/* Returns: (transfer full) (nullable): the folder of the document's file, against
 * which photo hrefs are resolved; %NULL for a new document */
GFile *
copydesk_document_dup_folder (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return self->file != NULL ? g_file_get_parent (self->file) : NULL;
}

gboolean
copydesk_document_get_modified (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
copydesk_document_set_modified (CopydeskDocument *self,
                                gboolean          modified)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));

  if (self->modified == !!modified)
    return;
  self->modified = !!modified;
  /* An import is unsaved work before anything is typed into it. */
  if (self->modified)
    schedule_autosave (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

gboolean
copydesk_document_get_busy (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), FALSE);

  return self->busy > 0;
}

gboolean
copydesk_document_get_is_sample (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), FALSE);

  return self->is_sample;
}

/* Nothing typed yet: opening or importing may reuse this window. */
gboolean
copydesk_document_is_blank (CopydeskDocument *self)
{
  CopydeskArticle *a;

  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), FALSE);

  a = self->article;
  return self->file == NULL && !self->is_sample
         && copydesk_article_get_headline (a)[0] == '\0'
         && copydesk_article_get_standfirst (a)[0] == '\0'
         && copydesk_article_get_byline (a)[0] == '\0'
         && copydesk_article_get_dateline (a)[0] == '\0'
         && copydesk_article_get_contributor_note (a)[0] == '\0'
         && copydesk_article_get_editorial_note (a)[0] == '\0'
         && copydesk_body_get_n_blocks (copydesk_article_get_body (a)) == 0
         && g_list_model_get_n_items (copydesk_article_get_authors (a)) == 0
         && g_list_model_get_n_items (copydesk_article_get_photos (a)) == 0;
}

char *
copydesk_document_dup_title (CopydeskDocument *self)
{
  g_autofree char *headline = NULL;

  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  headline = copydesk_text_collapse_whitespace (copydesk_article_get_headline (self->article));
  if (headline[0] == '\0')
    return g_strdup (_("Untitled Article"));
  return g_steal_pointer (&headline);
}

/* Loading and importing */

typedef struct
{
  GFile           *file;
  gboolean         import;
  gboolean         is_sample;
  CopydeskArticle *article;
  GPtrArray       *notes;
  guint            story;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->article);
  g_clear_pointer (&data->notes, g_ptr_array_unref);
  g_free (data);
}

static char *
describe_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return g_filename_display_name (name);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_get_parent (data->file);
  g_autofree char *name = describe_file (data->file);
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (data->file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Could not read “%s”: %s"), name, error->message);
      return;
    }
  if (data->import)
    {
      /* a saved web page (.html, .htm) is read as HTML, anything else as text */
      g_autofree char *base = g_file_get_basename (data->file);

      data->article = copydesk_import_file_contents (base, contents, length, &data->notes, &error);
    }
  else
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

      data->article = copydesk_newsml_read_story (bytes, folder, data->story, &data->notes,
                                                  &error);
    }
  if (data->article == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Could not open “%s”: %s"), name, error->message);
      return;
    }
  /* Blocks count their words once and keep the figures: counting here
   * spares the main thread that work (tens of ms on a long story) on the
   * way to the window's first frame. */
  copydesk_body_count_words (copydesk_article_get_body (data->article));
  copydesk_body_count_chars (copydesk_article_get_body (data->article));
  g_task_return_boolean (task, TRUE);
}

static void
start_load (CopydeskDocument    *self,
            GFile               *file,
            gboolean             import,
            gboolean             is_sample,
            guint                story,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);

  data->file = g_object_ref (file);
  data->import = import;
  data->is_sample = is_sample;
  data->story = story;
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
finish_load (CopydeskDocument  *self,
             GAsyncResult      *result,
             GPtrArray        **notes,
             GError           **error)
{
  LoadData *data = g_task_get_task_data (G_TASK (result));

  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* The window only loads over a document whose changes it may drop (a
   * blank one, or the untouched sample): a draft of it would be offered
   * after a crash under a guid no window holds any more. */
  copydesk_document_discard_draft (self);
  copydesk_document_set_article (self, data->article);
  if (data->import)
    {
      set_file (self, NULL, FALSE);
      copydesk_document_set_modified (self, TRUE);
    }
  else
    {
      set_file (self, data->file, data->is_sample);
      copydesk_document_set_modified (self, FALSE);
    }
  if (notes != NULL)
    *notes = data->notes != NULL ? g_ptr_array_ref (data->notes)
                                 : g_ptr_array_new_with_free_func (g_free);
  return TRUE;
}

/**
 * copydesk_document_load_async:
 * @is_sample: the file is the bundled sample: it opens, but saving it
 *   needs a new name
 *
 * Reads a NewsML-G2 file off the main thread and makes it the document.
 */
void
copydesk_document_load_async (CopydeskDocument    *self,
                              GFile               *file,
                              gboolean             is_sample,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, FALSE, is_sample, 0, cancellable, callback, user_data);
}

/**
 * copydesk_document_load_story_async:
 * @story: which story of a message of several (copydesk_newsml_read_story())
 *
 * As copydesk_document_load_async(), for one story of the file; finish with
 * copydesk_document_load_finish().
 */
void
copydesk_document_load_story_async (CopydeskDocument    *self,
                                    GFile               *file,
                                    guint                story,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, FALSE, FALSE, story, cancellable, callback, user_data);
}

gboolean
copydesk_document_load_finish (CopydeskDocument  *self,
                               GAsyncResult      *result,
                               GPtrArray        **warnings,
                               GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return finish_load (self, result, warnings, error);
}

/* Imports a plain-text file as a new, unsaved article. */
void
copydesk_document_import_async (CopydeskDocument    *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, TRUE, FALSE, 0, cancellable, callback, user_data);
}

gboolean
copydesk_document_import_finish (CopydeskDocument  *self,
                                 GAsyncResult      *result,
                                 GPtrArray        **dropped,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return finish_load (self, result, dropped, error);
}

/* Structures pasted text in place; the text is small, so no thread. */
gboolean
copydesk_document_import_text (CopydeskDocument  *self,
                               const char        *text,
                               GPtrArray        **dropped,
                               GError           **error)
{
  g_autoptr(CopydeskArticle) article = NULL;

  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  article = copydesk_import_plain_text (text, strlen (text), dropped, error);
  if (article == NULL)
    return FALSE;
  copydesk_article_set_guid (article, copydesk_article_get_guid (self->article));
  copydesk_document_set_article (self, article);
  copydesk_document_set_modified (self, TRUE);
  return TRUE;
}

/* Saving */

typedef struct
{
  GFile     *file;
  guint      old_version;
  GDateTime *old_modified;
  guint64    serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->old_modified, g_date_time_unref);
  g_free (data);
}

static void
restore_version (CopydeskDocument *self,
                 SaveData         *data)
{
  g_object_freeze_notify (G_OBJECT (self->article));
  copydesk_article_set_version (self->article, data->old_version);
  copydesk_article_set_modified (self->article, data->old_modified);
  g_object_thaw_notify (G_OBJECT (self->article));
}

static void
on_written (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CopydeskDocument *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  if (!copydesk_save_with_photos_finish (COPYDESK_ARTICLE (object), result, &error))
    {
      /* The article may have been replaced meanwhile (a load): only its
       * own version goes back. */
      if (COPYDESK_ARTICLE (object) == self->article)
        restore_version (self, data);
      copydesk_document_set_modified (self, TRUE);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  set_file (self, data->file, FALSE);
  /* Edits typed while the file was being written still need saving, and
   * keep their draft. */
  copydesk_document_set_modified (self, self->change_serial != data->serial);
  if (!self->modified)
    copydesk_document_discard_draft (self);
  g_task_return_boolean (task, TRUE);
}

/**
 * copydesk_document_save_async:
 * @file: (nullable): where to save; %NULL for the document's own file
 *
 * Bumps the version, and writes a snapshot of the article to NewsML-G2 in
 * a worker thread, replacing @file atomically: typing goes on meanwhile.
 * The bundled sample is never overwritten: saving it needs a @file.
 */
void
copydesk_document_save_async (CopydeskDocument    *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_document_save_async);
  if (file == NULL && (self->file == NULL || self->is_sample))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("Choose a name and a folder for the article first"));
      return;
    }

  copydesk_document_flush (self);
  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file != NULL ? file : self->file);
  data->old_version = copydesk_article_get_version (self->article);
  data->old_modified = g_date_time_ref (copydesk_article_get_modified (self->article));
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  copydesk_article_bump_version (self->article);
  data->serial = self->change_serial;
  set_busy (self, TRUE);
  copydesk_save_with_photos_async (self->article, self->file, data->file, cancellable,
                                   on_written, g_steal_pointer (&task));
}

gboolean
copydesk_document_save_finish (CopydeskDocument  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Autosave */

static void
set_draft_error (CopydeskDocument *self,
                 const char       *message)
{
  g_autofree char *said = message == NULL ? NULL
    : g_strdup_printf (_("Autosave failed: %s. Save the article to keep your changes."), message);

  /* Each failure is news (the banner may have been closed); a success only
   * when it ends a failure, and it takes back autosave's message alone. */
  if (message == NULL && self->draft_error == NULL)
    return;
  g_free (self->draft_error);
  self->draft_error = g_strdup (message);
  copydesk_notices_set_error (self->notices, COPYDESK_NOTICE_DRAFTS, said);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_ERROR]);
}

static void write_draft (CopydeskDocument *self);

static void
on_draft_written (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CopydeskDocument) self = user_data;
  g_autoptr(GError) error = NULL;

  gboolean ok = copydesk_draft_store_write_finish (COPYDESK_DRAFT_STORE (object), result, &error);

  /* Cancelled by a save or a discard, which have taken over. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  set_draft_error (self, ok ? NULL : error->message);
  self->draft_writing = FALSE;
  g_clear_object (&self->draft_cancellable);
  if (self->draft_again)
    write_draft (self);
}

static void
write_draft (CopydeskDocument *self)
{
  self->draft_again = FALSE;
  if (self->draft_store == NULL || !self->modified)
    return;
  /* Rarely due (the parse waits 40 ms, a draft seconds), but then due. */
  if (copydesk_body_buffer_get_pending (self->buffer))
    copydesk_document_flush (self);
  if (self->draft_writing)
    {
      /* One write at a time, so an older one cannot land last. */
      self->draft_again = TRUE;
      return;
    }
  self->draft_writing = TRUE;
  self->draft_cancellable = g_cancellable_new ();
  copydesk_draft_store_write_async (self->draft_store, self->article, self->file, self->is_sample,
                                    self->draft_cancellable, on_draft_written,
                                    g_object_ref (self));
}

static gboolean
on_autosave_timeout (gpointer user_data)
{
  CopydeskDocument *self = user_data;

  self->autosave_id = 0;
  write_draft (self);
  return G_SOURCE_REMOVE;
}

/* Debounced: every change starts the wait again. */
static void
schedule_autosave (CopydeskDocument *self)
{
  if (self->draft_store == NULL)
    return;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (self->autosave_delay, on_autosave_timeout, self);
}

/* @store: (nullable): where drafts go; %NULL for no autosave */
void
copydesk_document_set_draft_store (CopydeskDocument   *self,
                                   CopydeskDraftStore *store)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (store == NULL || COPYDESK_IS_DRAFT_STORE (store));

  g_set_object (&self->draft_store, store);
}

CopydeskDraftStore *
copydesk_document_get_draft_store (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);

  return self->draft_store;
}

guint
copydesk_document_get_autosave_delay (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), 0);

  return self->autosave_delay;
}

void
copydesk_document_set_autosave_delay (CopydeskDocument *self,
                                      guint             seconds)
{
  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));

  seconds = CLAMP (seconds, 1, 300);
  if (self->autosave_delay == seconds)
    return;
  self->autosave_delay = seconds;
  if (self->autosave_id != 0)
    schedule_autosave (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

const char *
copydesk_document_get_draft_error (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);
  return self->draft_error;
}

/* Returns: (transfer none): what the window's banners say for this document */
CopydeskNotices *
copydesk_document_get_notices (CopydeskDocument *self)
{
  g_return_val_if_fail (COPYDESK_IS_DOCUMENT (self), NULL);
  return self->notices;
}

/* Forgets the document's draft: after a save, or when its changes are thrown
 * away. A write in flight is cancelled first, so it cannot bring it back. */
void
copydesk_document_discard_draft (CopydeskDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->draft_again = FALSE;
  if (self->draft_cancellable != NULL)
    g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  self->draft_writing = FALSE;
  if (self->draft_store == NULL)
    return;
  /* The changes are saved or gone: autosave's failure no longer stands. */
  set_draft_error (self, copydesk_draft_store_remove (self->draft_store,
                                                      copydesk_article_get_guid (self->article),
                                                      &error) ? NULL : error->message);
}

/* Recovery */

typedef struct
{
  CopydeskDraftStore *store;
  CopydeskDraftInfo  *info;
  CopydeskArticle    *article;
} RecoverData;

static void
recover_data_free (RecoverData *data)
{
  g_clear_object (&data->store);
  g_clear_pointer (&data->info, copydesk_draft_info_free);
  g_clear_object (&data->article);
  g_free (data);
}

static void
recover_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RecoverData *data = task_data;
  GError *error = NULL;

  data->article = copydesk_draft_store_read (data->store, data->info, &error);
  if (data->article == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  copydesk_body_count_words (copydesk_article_get_body (data->article));
  copydesk_body_count_chars (copydesk_article_get_body (data->article));
  g_task_return_boolean (task, TRUE);
}

/**
 * copydesk_document_recover_async:
 *
 * Reads the draft @info off the main thread and makes it the document: its
 * file is the article's own file (if it had one), and it is modified. The
 * document keeps @store for its drafts from then on.
 */
void
copydesk_document_recover_async (CopydeskDocument        *self,
                                 CopydeskDraftStore      *store,
                                 const CopydeskDraftInfo *info,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  RecoverData *data;

  g_return_if_fail (COPYDESK_IS_DOCUMENT (self));
  g_return_if_fail (COPYDESK_IS_DRAFT_STORE (store));
  g_return_if_fail (info != NULL);

  copydesk_document_set_draft_store (self, store);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, copydesk_document_recover_async);
  data = g_new0 (RecoverData, 1);
  data->store = g_object_ref (store);
  data->info = copydesk_draft_info_copy (info);
  g_task_set_task_data (task, data, (GDestroyNotify) recover_data_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, recover_thread);
}

gboolean
copydesk_document_recover_finish (CopydeskDocument  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  RecoverData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  copydesk_document_set_article (self, data->article);
  set_file (self, data->info->original, data->info->original != NULL && data->info->is_sample);
  copydesk_document_set_modified (self, TRUE);
  return TRUE;
}
