/* copydesk-session.c: the articles open in this run, and their drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session owns what outlives a window: the draft store, the documents
 * open now (each window is given one), and crash recovery. It begins once
 * (the store's session flag is set, and the drafts a crash left are
 * handed back, to open) and ends on a clean quit, after every window has
 * asked about its changes. GIO only: no widget here.
 */
#include "config.h"

#include "copydesk-session.h"

struct _CopydeskSession
{
  GObject             parent_instance;

  CopydeskDraftStore *draft_store;
  GListStore         *documents;
  gboolean            begun;
};

G_DEFINE_FINAL_TYPE (CopydeskSession, copydesk_session, G_TYPE_OBJECT)

static void
copydesk_session_dispose (GObject *object)
{
  CopydeskSession *self = COPYDESK_SESSION (object);

  g_clear_object (&self->documents);
  g_clear_object (&self->draft_store);
  G_OBJECT_CLASS (copydesk_session_parent_class)->dispose (object);
}

static void
copydesk_session_class_init (CopydeskSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = copydesk_session_dispose;
}

static void
copydesk_session_init (CopydeskSession *self)
{
  self->documents = g_list_store_new (COPYDESK_TYPE_DOCUMENT);
}

/**
 * copydesk_session_new:
 * @store: (nullable): where drafts go; %NULL for
 *   copydesk_draft_store_get_default()
 *
 * Returns: (transfer full): a session, not begun
 */
CopydeskSession *
copydesk_session_new (CopydeskDraftStore *store)
{
  CopydeskSession *self;

  g_return_val_if_fail (store == NULL || COPYDESK_IS_DRAFT_STORE (store), NULL);

  self = g_object_new (COPYDESK_TYPE_SESSION, NULL);
  self->draft_store = g_object_ref (store != NULL ? store : copydesk_draft_store_get_default ());
  return self;
}

/**
 * copydesk_session_get_draft_store:
 *
 * Returns: (transfer none): where the session's documents keep their drafts
 */
CopydeskDraftStore *
copydesk_session_get_draft_store (CopydeskSession *self)
{
  g_return_val_if_fail (COPYDESK_IS_SESSION (self), NULL);

  return self->draft_store;
}

/**
 * copydesk_session_get_documents:
 *
 * Returns: (transfer none): the documents open now, a list of
 *   #CopydeskDocument in the order they were added
 */
GListModel *
copydesk_session_get_documents (CopydeskSession *self)
{
  g_return_val_if_fail (COPYDESK_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * copydesk_session_add_document:
 *
 * A new, empty document that drafts to the session's store, open until
 * copydesk_session_remove_document().
 *
 * Returns: (transfer full): the document
 */
CopydeskDocument *
copydesk_session_add_document (CopydeskSession *self)
{
  CopydeskDocument *document;

  g_return_val_if_fail (COPYDESK_IS_SESSION (self), NULL);

  document = copydesk_document_new ();
  copydesk_document_set_draft_store (document, self->draft_store);
  g_list_store_append (self->documents, document);
  return document;
}

/* Its window is gone: the session no longer keeps it open. */
void
copydesk_session_remove_document (CopydeskSession  *self,
                                  CopydeskDocument *document)
{
  guint position;

  g_return_if_fail (COPYDESK_IS_SESSION (self));
  g_return_if_fail (COPYDESK_IS_DOCUMENT (document));

  if (g_list_store_find (self->documents, document, &position))
    g_list_store_remove (self->documents, position);
}

gboolean
copydesk_session_get_begun (CopydeskSession *self)
{
  g_return_val_if_fail (COPYDESK_IS_SESSION (self), FALSE);

  return self->begun;
}

/**
 * copydesk_session_begin:
 *
 * Begins the session, once. When the last one did not end cleanly, the
 * drafts it left are to be offered again; drafts of saved or discarded
 * articles were deleted then, so they never are.
 *
 * Returns: (transfer full) (element-type CopydeskDraftInfo): the drafts to
 *   recover, empty after a clean quit or on a second call
 */
GPtrArray *
copydesk_session_begin (CopydeskSession *self)
{
  g_autoptr(GError) error = NULL;
  gboolean crashed = FALSE;

  g_return_val_if_fail (COPYDESK_IS_SESSION (self), NULL);

  if (self->begun)
    return g_ptr_array_new ();
  self->begun = TRUE;
  if (!copydesk_draft_store_begin_session (self->draft_store, &crashed, &error))
    /* Autosave still tries, and each document says when it fails. */
    g_message ("Drafts: %s", error->message);
  if (!crashed)
    return g_ptr_array_new ();
  return copydesk_draft_store_list (self->draft_store);
}

/**
 * copydesk_session_end:
 *
 * A clean end, with nothing to offer on the next start. Call it once
 * every document has been saved, discarded or kept as asked. Does nothing
 * for a session that never began.
 */
gboolean
copydesk_session_end (CopydeskSession  *self,
                      GError          **error)
{
  g_return_val_if_fail (COPYDESK_IS_SESSION (self), FALSE);

  if (!self->begun)
    return TRUE;
  return copydesk_draft_store_end_session (self->draft_store, error);
}
