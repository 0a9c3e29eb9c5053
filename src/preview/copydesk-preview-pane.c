/* copydesk-preview-pane.c: live preview of the article, as read and as sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tabs: "Reader" (the story as a page, in native widgets) and "Wire"
 * (the NewsML-G2 file Save would write, and whether it is valid). The pane
 * follows the article: a new body (the editor has already waited for the
 * typing to pause before parsing it) is shown before the next frame, while
 * other changes, which come a keystroke at a time, wait until the edits
 * pause for COPYDESK_PREVIEW_PANE_DELAY_MS. The Wire tab is written only
 * while it is shown: the writer costs more than a keystroke should on a long
 * story.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "copydesk-preview-pane-private.h"

#define CSS_RESOURCE "/org/copydesk/Copydesk/preview/preview.css"
#define CSS_INSTALLED_KEY "copydesk-preview-css"

struct _CopydeskPreviewPane
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  AdwViewStack    *stack;
  CopydeskReaderView *reader;
  CopydeskWireView   *wire;

  CopydeskArticle *article;
  GFile           *base_dir;
  char            *schema_path;
  guint            update_id;
  gboolean         update_soon;
  gboolean         wire_stale;
  /* The Wire tab's write in flight, in a worker thread on a snapshot. */
  GCancellable    *wire_cancellable;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_BASE_DIR,
  PROP_SCHEMA_PATH,
  PROP_PAGE,
  N_PROPS
};

enum {
  BLOCK_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CopydeskPreviewPane, copydesk_preview_pane, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------ updating */

static gboolean
wire_is_shown (CopydeskPreviewPane *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "wire") == 0;
}

static void
on_wire_written (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CopydeskPreviewPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = copydesk_newsml_write_bytes_finish (COPYDESK_ARTICLE (object), result,
                                                              &error);

  /* A later write, or another article, took over. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->wire_cancellable);
  if (xml == NULL)
    copydesk_wire_view_show_error (self->wire, error);
  else
    copydesk_wire_view_set_xml (self->wire, xml);
}

static void
cancel_wire (CopydeskPreviewPane *self)
{
  if (self->wire_cancellable != NULL)
    g_cancellable_cancel (self->wire_cancellable);
  g_clear_object (&self->wire_cancellable);
}

/* Off the main thread: on a long story the writer costs more than a frame. */
static void
update_wire (CopydeskPreviewPane *self)
{
  self->wire_stale = FALSE;
  cancel_wire (self);
  copydesk_wire_view_set_article (self->wire, self->article, self->base_dir);
  if (self->article == NULL)
    {
      g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

      copydesk_wire_view_set_xml (self->wire, empty);
      return;
    }
  self->wire_cancellable = g_cancellable_new ();
  copydesk_newsml_write_bytes_async (self->article, self->base_dir, self->wire_cancellable,
                                     on_wire_written, g_object_ref (self));
}

static void
update_now (CopydeskPreviewPane *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  self->update_soon = FALSE;
  copydesk_reader_view_update (self->reader, self->article, self->base_dir);
  if (wire_is_shown (self))
    update_wire (self);
  else
    self->wire_stale = TRUE;
}

static gboolean
on_update_timeout (gpointer user_data)
{
  CopydeskPreviewPane *self = user_data;

  self->update_id = 0;
  update_now (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (CopydeskPreviewPane *self)
{
  /* An update before the next frame is already due: it takes this too. */
  if (self->update_soon)
    return;
  g_clear_handle_id (&self->update_id, g_source_remove);
  self->update_id = g_timeout_add (COPYDESK_PREVIEW_PANE_DELAY_MS, on_update_timeout, self);
}

/* A body arrives already debounced and parsed: no second pause. The idle
 * runs before GTK's redraw, so the frame that follows shows it, and the
 * changes of one main-loop turn are taken in one update. */
static void
queue_update_soon (CopydeskPreviewPane *self)
{
  if (self->update_soon)
    return;
  g_clear_handle_id (&self->update_id, g_source_remove);
  self->update_soon = TRUE;
  self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_update_timeout, self, NULL);
}

static void
on_page_changed (CopydeskPreviewPane *self)
{
  if (wire_is_shown (self) && self->wire_stale)
    update_wire (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* An update is due, or the Wire tab is being written. */
gboolean
_copydesk_preview_pane_is_pending (CopydeskPreviewPane *self)
{
  return self->update_id != 0 || self->wire_cancellable != NULL;
}

/* Runs a pending update at once; TRUE when there was one. */
gboolean
_copydesk_preview_pane_flush (CopydeskPreviewPane *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREVIEW_PANE (self), FALSE);

  if (self->update_id == 0)
    return FALSE;
  update_now (self);
  return TRUE;
}

CopydeskReaderView *
_copydesk_preview_pane_get_reader_view (CopydeskPreviewPane *self)
{
  return self->reader;
}

CopydeskWireView *
_copydesk_preview_pane_get_wire_view (CopydeskPreviewPane *self)
{
  return self->wire;
}

/* ------------------------------------------------------------ public API */

GtkWidget *
copydesk_preview_pane_new (void)
{
  return g_object_new (COPYDESK_TYPE_PREVIEW_PANE, NULL);
}

/**
 * copydesk_preview_pane_get_article:
 * @self: the pane
 *
 * Returns: (transfer none) (nullable): the article shown
 */
CopydeskArticle *
copydesk_preview_pane_get_article (CopydeskPreviewPane *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREVIEW_PANE (self), NULL);

  return self->article;
}

/**
 * copydesk_preview_pane_set_article:
 * @self: the pane
 * @article: (nullable): the article to follow
 *
 * Shows @article at once and then follows its changes.
 */
void
copydesk_preview_pane_set_article (CopydeskPreviewPane *self,
                                   CopydeskArticle     *article)
{
  g_return_if_fail (COPYDESK_IS_PREVIEW_PANE (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (self->article == article)
    return;
  if (self->article != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->article, queue_update, self);
      g_signal_handlers_disconnect_by_func (self->article, queue_update_soon, self);
    }
  g_set_object (&self->article, article);
  if (article != NULL)
    {
      g_signal_connect_object (article, "notify::body", G_CALLBACK (queue_update_soon), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "changed", G_CALLBACK (queue_update), self,
                               G_CONNECT_SWAPPED);
    }
  update_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * copydesk_preview_pane_get_base_dir:
 * @self: the pane
 *
 * Returns: (transfer none) (nullable): the folder the article is saved in
 */
GFile *
copydesk_preview_pane_get_base_dir (CopydeskPreviewPane *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREVIEW_PANE (self), NULL);

  return self->base_dir;
}

/**
 * copydesk_preview_pane_set_base_dir:
 * @self: the pane
 * @base_dir: (nullable): the folder the article is (or will be) saved in;
 *   the Wire view's photo hrefs are relative to it, as in the saved file
 */
void
copydesk_preview_pane_set_base_dir (CopydeskPreviewPane *self,
                                    GFile               *base_dir)
{
  g_return_if_fail (COPYDESK_IS_PREVIEW_PANE (self));
  g_return_if_fail (base_dir == NULL || G_IS_FILE (base_dir));

  if (self->base_dir == base_dir ||
      (self->base_dir != NULL && base_dir != NULL && g_file_equal (self->base_dir, base_dir)))
    return;
  g_set_object (&self->base_dir, base_dir);
  update_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_DIR]);
}

const char *
copydesk_preview_pane_get_schema_path (CopydeskPreviewPane *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREVIEW_PANE (self), NULL);

  return self->schema_path;
}

/**
 * copydesk_preview_pane_set_schema_path:
 * @self: the pane
 * @schema_path: (nullable): a NewsML-G2 XSD to validate the Wire view
 *   against, besides the built-in checks; %NULL or "" for none
 */
void
copydesk_preview_pane_set_schema_path (CopydeskPreviewPane *self,
                                       const char          *schema_path)
{
  g_return_if_fail (COPYDESK_IS_PREVIEW_PANE (self));

  if (schema_path != NULL && *schema_path == '\0')
    schema_path = NULL;
  if (g_strcmp0 (self->schema_path, schema_path) == 0)
    return;
  g_free (self->schema_path);
  self->schema_path = g_strdup (schema_path);
  copydesk_wire_view_set_schema_path (self->wire, schema_path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA_PATH]);
}

/**
 * copydesk_preview_pane_get_page:
 * @self: the pane
 *
 * Returns: "reader" or "wire"
 */
const char *
copydesk_preview_pane_get_page (CopydeskPreviewPane *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREVIEW_PANE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
copydesk_preview_pane_set_page (CopydeskPreviewPane *self,
                                const char          *page)
{
  g_return_if_fail (COPYDESK_IS_PREVIEW_PANE (self));
  g_return_if_fail (g_strcmp0 (page, "reader") == 0 || g_strcmp0 (page, "wire") == 0);

  adw_view_stack_set_visible_child_name (self->stack, page);
}

/**
 * copydesk_preview_pane_reveal_block:
 * @self: the pane
 * @index: the index of a body block
 *
 * Keeps block @index in view in the Reader tab (scroll sync with the
 * editor's cursor). A pending update runs first, so the index is that of the
 * article as it is now.
 */
void
copydesk_preview_pane_reveal_block (CopydeskPreviewPane *self,
                                    guint                index)
{
  g_return_if_fail (COPYDESK_IS_PREVIEW_PANE (self));

  _copydesk_preview_pane_flush (self);
  copydesk_reader_view_reveal_block (self->reader, index);
}

/* ------------------------------------------------------------ construction */

static void
install_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), CSS_INSTALLED_KEY) != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, CSS_RESOURCE);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data (G_OBJECT (display), CSS_INSTALLED_KEY, GINT_TO_POINTER (TRUE));
}

static void
on_block_activated (CopydeskPreviewPane *self,
                    guint                index)
{
  g_signal_emit (self, signals[BLOCK_ACTIVATED], 0, index);
}

static void
copydesk_preview_pane_init (CopydeskPreviewPane *self)
{
  GtkWidget *switcher = adw_view_switcher_new ();
  AdwViewStackPage *page;

  install_css (GTK_WIDGET (self));
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  self->reader = COPYDESK_READER_VIEW (copydesk_reader_view_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reader), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The story as readers see it"), -1);
  self->wire = COPYDESK_WIRE_VIEW (copydesk_wire_view_new ());

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->reader), "reader",
                                    _("Reader"));
  adw_view_stack_page_set_icon_name (page, "x-office-document-symbolic");
  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->wire), "wire", _("Wire"));
  adw_view_stack_page_set_icon_name (page, "text-x-generic-symbolic");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), self->stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (switcher, "preview-switcher");

  gtk_box_append (GTK_BOX (self->box), switcher);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "block-activated",
                           G_CALLBACK (on_block_activated), self, G_CONNECT_SWAPPED);
  copydesk_reader_view_update (self->reader, NULL, NULL);
}

static void
copydesk_preview_pane_dispose (GObject *object)
{
  CopydeskPreviewPane *self = COPYDESK_PREVIEW_PANE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  cancel_wire (self);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_func (self->article, queue_update, self);
  g_clear_object (&self->article);
  g_clear_object (&self->base_dir);
  g_clear_pointer (&self->schema_path, g_free);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (copydesk_preview_pane_parent_class)->dispose (object);
}

static void
copydesk_preview_pane_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CopydeskPreviewPane *self = COPYDESK_PREVIEW_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_BASE_DIR:
      g_value_set_object (value, self->base_dir);
      break;
    case PROP_SCHEMA_PATH:
      g_value_set_string (value, self->schema_path);
      break;
    case PROP_PAGE:
      g_value_set_string (value, copydesk_preview_pane_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_preview_pane_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CopydeskPreviewPane *self = COPYDESK_PREVIEW_PANE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      copydesk_preview_pane_set_article (self, g_value_get_object (value));
      break;
    case PROP_BASE_DIR:
      copydesk_preview_pane_set_base_dir (self, g_value_get_object (value));
      break;
    case PROP_SCHEMA_PATH:
      copydesk_preview_pane_set_schema_path (self, g_value_get_string (value));
      break;
    case PROP_PAGE:
      copydesk_preview_pane_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_preview_pane_class_init (CopydeskPreviewPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = copydesk_preview_pane_dispose;
  object_class->get_property = copydesk_preview_pane_get_property;
  object_class->set_property = copydesk_preview_pane_set_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL,
                                                  COPYDESK_TYPE_ARTICLE, flags);
  properties[PROP_BASE_DIR] = g_param_spec_object ("base-dir", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_SCHEMA_PATH] = g_param_spec_string ("schema-path", NULL, NULL, NULL, flags);
  properties[PROP_PAGE] = g_param_spec_string ("page", NULL, NULL, "reader", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CopydeskPreviewPane::block-activated:
   * @self: the pane
   * @index: the index of the body block the user clicked in the Reader tab
   */
  signals[BLOCK_ACTIVATED] = g_signal_new ("block-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "previewpane");
}
