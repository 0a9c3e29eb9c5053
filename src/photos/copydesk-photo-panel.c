/* copydesk-photo-panel.c: the photos of the article, as editable cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel mirrors the article's photo list: one card per photo, in the
 * article's order, rebuilt only where the list changed. Everything the user
 * does goes through the model (add, remove, move, edit), so the editor, the
 * preview and the writer see it at once.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-photo-card.h"
#include "copydesk-photo-meta.h"
#include "copydesk-photo-panel.h"
#include "copydesk-photos-private.h"

struct _CopydeskPhotoPanel
{
  GtkWidget        parent_instance;

  CopydeskArticle *article;
  GListModel      *photos;
  GFile           *base_dir;
  guint            caption_limit;
  GPtrArray       *cards;

  /* the last removal, until its toast goes away */
  CopydeskPhoto   *removed;
  guint            removed_position;
  AdwToast        *undo_toast;

  GtkWidget       *overlay;
  GtkWidget       *stack;
  GtkWidget       *cards_box;
  GtkWidget       *scroller;
  GtkWidget       *subtitle;

  /* a card just added, to scroll into view once it has its size */
  GtkWidget       *scroll_target;
  guint            scroll_tick;
  guint            scroll_frames;
};

G_DEFINE_FINAL_TYPE (CopydeskPhotoPanel, copydesk_photo_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_BASE_DIR,
  PROP_CAPTION_LIMIT,
  N_PROPS
};

enum {
  PLACE_PHOTO,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_placed (CopydeskPhotoPanel *self)
{
  g_auto(GStrv) ids = NULL;

  if (self->article == NULL)
    return;
  ids = copydesk_body_get_photo_ids (copydesk_article_get_body (self->article));
  for (guint i = 0; i < self->cards->len; i++)
    {
      CopydeskPhotoCard *card = g_ptr_array_index (self->cards, i);
      const char *id = copydesk_photo_get_id (copydesk_photo_card_get_photo (card));

      copydesk_photo_card_set_placed (card, g_strv_contains ((const char * const *) ids, id));
    }
}

static void
update_summary (CopydeskPhotoPanel *self)
{
  guint n = self->cards->len;
  g_autofree char *text = NULL;

  /* Translators: how many photos the article has */
  text = g_strdup_printf (ngettext ("%u photo", "%u photos", n), n);
  gtk_label_set_text (GTK_LABEL (self->subtitle), text);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), n > 0 ? "cards" : "empty");
}

static void
on_card_place (CopydeskPhotoPanel *self,
               CopydeskPhotoCard  *card)
{
  g_signal_emit (self, signals[PLACE_PHOTO], 0,
                 copydesk_photo_get_id (copydesk_photo_card_get_photo (card)));
}

static void
on_card_reorder (CopydeskPhotoPanel *self,
                 const char         *dragged_id,
                 CopydeskPhotoCard  *card)
{
  CopydeskPhoto *dragged = copydesk_article_find_photo (self->article, dragged_id);
  guint position;

  if (dragged == NULL ||
      !g_ptr_array_find (self->cards, card, &position))
    return;
  copydesk_article_move_photo (self->article, dragged, position);
}

static void
on_undo_clicked (CopydeskPhotoPanel *self)
{
  _copydesk_photo_panel_undo_remove (self);
}

static void
on_toast_dismissed (CopydeskPhotoPanel *self,
                    AdwToast           *toast)
{
  if (self->undo_toast != toast)
    return;
  self->undo_toast = NULL;
  g_clear_object (&self->removed);
}

static void
on_card_remove (CopydeskPhotoPanel *self,
                CopydeskPhotoCard  *card)
{
  _copydesk_photo_panel_remove_photo (self, copydesk_photo_card_get_photo (card));
}

static GtkWidget *
new_card (CopydeskPhotoPanel *self,
          CopydeskPhoto      *photo)
{
  GtkWidget *card = copydesk_photo_card_new (photo);

  copydesk_photo_card_set_caption_limit (COPYDESK_PHOTO_CARD (card), self->caption_limit);
  g_signal_connect_object (card, "place-requested", G_CALLBACK (on_card_place), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "remove-requested", G_CALLBACK (on_card_remove), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "reorder-requested", G_CALLBACK (on_card_reorder), self,
                           G_CONNECT_SWAPPED);
  return card;
}

static void
on_photos_changed (CopydeskPhotoPanel *self,
                   guint               position,
                   guint               removed,
                   guint               added,
                   GListModel         *photos)
{
  for (guint i = 0; i < removed; i++)
    {
      GtkWidget *card = g_ptr_array_steal_index (self->cards, position);

      gtk_box_remove (GTK_BOX (self->cards_box), card);
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, position + i);
      GtkWidget *card = new_card (self, photo);
      GtkWidget *before = position + i > 0 ? g_ptr_array_index (self->cards, position + i - 1)
                                           : NULL;

      g_ptr_array_insert (self->cards, position + i, card);
      gtk_box_insert_child_after (GTK_BOX (self->cards_box), card, before);
    }
  update_placed (self);
  update_summary (self);
}

static void
disconnect_article (CopydeskPhotoPanel *self)
{
  if (self->article == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->article, self);
  g_signal_handlers_disconnect_by_data (self->photos, self);
  on_photos_changed (self, 0, self->cards->len, 0, self->photos);
  self->photos = NULL;
  g_clear_object (&self->article);
}

void
copydesk_photo_panel_set_article (CopydeskPhotoPanel *self,
                                  CopydeskArticle    *article)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_PANEL (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  if (self->article == article)
    return;
  disconnect_article (self);
  g_clear_object (&self->removed);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  if (article != NULL)
    {
      self->article = g_object_ref (article);
      self->photos = copydesk_article_get_photos (article);
      g_signal_connect_object (article, "notify::body", G_CALLBACK (update_placed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->photos, "items-changed", G_CALLBACK (on_photos_changed),
                               self, G_CONNECT_SWAPPED);
      on_photos_changed (self, 0, 0, g_list_model_get_n_items (self->photos), self->photos);
    }
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

CopydeskArticle *
copydesk_photo_panel_get_article (CopydeskPhotoPanel *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_PANEL (self), NULL);
  return self->article;
}

/* A photo id from a file name: "Harbour Dawn (2).JPG" -> "harbour-dawn-2",
 * made unique in the article. */
static char *
id_for_file (CopydeskArticle *article,
             GFile           *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *id = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  id = copydesk_safe_name (base, 48);
  if (id == NULL)
    return copydesk_article_new_photo_id (article);
  for (guint n = 2; copydesk_article_find_photo (article, id) != NULL; n++)
    {
      g_autofree char *stem = copydesk_safe_name (base, 48);

      g_free (id);
      id = g_strdup_printf ("%s-%u", stem, n);
    }
  return g_steal_pointer (&id);
}

static CopydeskPhoto *
find_by_file (CopydeskPhotoPanel *self,
              GFile              *file)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      CopydeskPhoto *photo = copydesk_photo_card_get_photo (g_ptr_array_index (self->cards, i));
      GFile *other = copydesk_photo_get_file (photo);

      if (other != NULL && g_file_equal (other, file))
        return photo;
    }
  return NULL;
}

static void
show_toast (CopydeskPhotoPanel *self,
            const char         *title)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->overlay), adw_toast_new (title));
}

/* Brings the card into view as soon as the cards' box has been laid out
 * with it (a few frames at most; never more than a second's worth). */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  CopydeskPhotoPanel *self = COPYDESK_PHOTO_PANEL (widget);
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double page = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double top, bottom;
  graphene_rect_t bounds;

  if (self->scroll_target == NULL
      || gtk_widget_get_parent (self->scroll_target) != self->cards_box
      || ++self->scroll_frames > 60)
    goto done;
  /* the viewport shows the content shifted by the adjustment's value */
  if (gtk_widget_get_height (self->scroll_target) == 0
      || !gtk_widget_compute_bounds (self->scroll_target,
                                     gtk_scrolled_window_get_child (
                                       GTK_SCROLLED_WINDOW (self->scroller)), &bounds))
    return G_SOURCE_CONTINUE;
  top = bounds.origin.y + gtk_adjustment_get_value (adjustment);
  bottom = top + bounds.size.height;
  if (upper < bottom)
    return G_SOURCE_CONTINUE;
  if (bounds.size.height >= page || top < gtk_adjustment_get_value (adjustment))
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > gtk_adjustment_get_value (adjustment) + page)
    gtk_adjustment_set_value (adjustment, bottom - page);
done:
  g_clear_object (&self->scroll_target);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_card (CopydeskPhotoPanel *self,
                GtkWidget          *card)
{
  g_set_object (&self->scroll_target, card);
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, NULL, NULL);
}

void
copydesk_photo_panel_add_files (CopydeskPhotoPanel  *self,
                                GFile              **files,
                                guint                n_files)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_PANEL (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (self->article == NULL)
    return;
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *id = NULL;
      g_autoptr(CopydeskPhoto) photo = NULL;
      CopydeskPhoto *existing = find_by_file (self, files[i]);

      if (existing != NULL)
        {
          g_autofree char *title = g_strdup_printf (_("Already in the article as “%s”"),
                                                    copydesk_photo_get_id (existing));

          show_toast (self, title);
          continue;
        }
      id = id_for_file (self->article, files[i]);
      photo = copydesk_photo_new (id);
      copydesk_photo_set_file (photo, files[i]);
      copydesk_article_add_photo (self->article, photo);
      copydesk_photo_card_read_metadata (g_ptr_array_index (self->cards, self->cards->len - 1));
      /* the new card, at the end of the list, may be out of sight */
      scroll_to_card (self, g_ptr_array_index (self->cards, self->cards->len - 1));
    }
}

static gboolean
on_drop_files (GtkDropTarget      *target,
               const GValue       *value,
               double              x,
               double              y,
               CopydeskPhotoPanel *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l; l = l->next)
        g_ptr_array_add (files, l->data);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_ptr_array_add (files, g_value_get_object (value));
  if (files->len == 0 || self->article == NULL)
    return FALSE;
  copydesk_photo_panel_add_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

static void
on_add_response (GtkNativeDialog    *chooser,
                 int                 response,
                 CopydeskPhotoPanel *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      copydesk_photo_panel_add_files (self, (GFile **) files->pdata, files->len);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_add_clicked (CopydeskPhotoPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = _copydesk_photo_image_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Add Photos"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->base_dir != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->base_dir, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_add_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * _copydesk_photo_panel_remove_photo:
 *
 * Removes @photo from the article and offers to undo it in a toast.
 */
void
_copydesk_photo_panel_remove_photo (CopydeskPhotoPanel *self,
                                    CopydeskPhoto      *photo)
{
  g_autofree char *title = NULL;
  guint position;

  g_return_if_fail (COPYDESK_IS_PHOTO_PANEL (self));
  g_return_if_fail (self->article != NULL);

  if (!g_list_store_find (G_LIST_STORE (self->photos), photo, &position))
    return;
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_set_object (&self->removed, photo);
  self->removed_position = position;
  copydesk_article_remove_photo (self->article, photo);

  title = g_strdup_printf (_("Photo “%s” removed"), copydesk_photo_get_id (photo));
  self->undo_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "button-clicked", G_CALLBACK (on_undo_clicked),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (on_toast_dismissed),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->overlay), self->undo_toast);
}

/**
 * _copydesk_photo_panel_undo_remove:
 *
 * Puts the last removed photo back where it was (what the toast's Undo does).
 *
 * Returns: %TRUE if there was a removal to undo
 */
gboolean
_copydesk_photo_panel_undo_remove (CopydeskPhotoPanel *self)
{
  g_autoptr(CopydeskPhoto) photo = NULL;
  AdwToast *toast;

  g_return_val_if_fail (COPYDESK_IS_PHOTO_PANEL (self), FALSE);

  photo = g_steal_pointer (&self->removed);
  toast = g_steal_pointer (&self->undo_toast);
  if (toast != NULL)
    adw_toast_dismiss (toast);
  if (photo == NULL || self->article == NULL ||
      copydesk_article_find_photo (self->article, copydesk_photo_get_id (photo)) != NULL)
    return FALSE;
  copydesk_article_insert_photo (self->article, photo, self->removed_position);
  return TRUE;
}

GtkWidget *
_copydesk_photo_panel_get_card (CopydeskPhotoPanel *self,
                                guint               index)
{
  g_return_val_if_fail (index < self->cards->len, NULL);
  return g_ptr_array_index (self->cards, index);
}

guint
_copydesk_photo_panel_get_n_cards (CopydeskPhotoPanel *self)
{
  return self->cards->len;
}

GFile *
copydesk_photo_panel_get_base_dir (CopydeskPhotoPanel *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_PANEL (self), NULL);
  return self->base_dir;
}

/* Where "Add Photos" starts browsing: the article's folder. */
void
copydesk_photo_panel_set_base_dir (CopydeskPhotoPanel *self,
                                   GFile              *base_dir)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_PANEL (self));
  g_return_if_fail (base_dir == NULL || G_IS_FILE (base_dir));

  if (g_set_object (&self->base_dir, base_dir))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_DIR]);
}

guint
copydesk_photo_panel_get_caption_limit (CopydeskPhotoPanel *self)
{
  g_return_val_if_fail (COPYDESK_IS_PHOTO_PANEL (self), 0);
  return self->caption_limit;
}

/* The number of characters a caption may have; 0 for no limit. */
void
copydesk_photo_panel_set_caption_limit (CopydeskPhotoPanel *self,
                                        guint               limit)
{
  g_return_if_fail (COPYDESK_IS_PHOTO_PANEL (self));

  if (self->caption_limit == limit)
    return;
  self->caption_limit = limit;
  for (guint i = 0; i < self->cards->len; i++)
    copydesk_photo_card_set_caption_limit (g_ptr_array_index (self->cards, i), limit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION_LIMIT]);
}

static GtkWidget *
build_header (CopydeskPhotoPanel *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Photos"));
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  gtk_widget_set_hexpand (titles, TRUE);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Photos…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add photos from files on this computer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Photos"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked), self);

  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), add);
  g_object_set (header, "margin-start", 18, "margin-end", 18, "margin-top", 12,
                "margin-bottom", 6, NULL);
  return header;
}

static GtkWidget *
build_empty (void)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "image-x-generic-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Photos"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Drag photos here from the file manager, or use Add Photos"));
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
build (CopydeskPhotoPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = self->scroller = gtk_scrolled_window_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->overlay = adw_toast_overlay_new ();
  /* the cards scroll: the panel wants all the height it can get */
  gtk_widget_set_vexpand (self->overlay, TRUE);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  self->cards_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_object_set (self->cards_box, "margin-start", 18, "margin-end", 18, "margin-top", 6,
                "margin-bottom", 18, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->cards_box);
  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), build_empty (), "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "cards");

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->overlay), box);

  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_files), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  update_summary (self);
}

static void
copydesk_photo_panel_dispose (GObject *object)
{
  CopydeskPhotoPanel *self = (CopydeskPhotoPanel *) object;

  disconnect_article (self);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_object (&self->scroll_target);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->removed);
  g_clear_object (&self->base_dir);

  G_OBJECT_CLASS (copydesk_photo_panel_parent_class)->dispose (object);
}

static void
copydesk_photo_panel_finalize (GObject *object)
{
  CopydeskPhotoPanel *self = (CopydeskPhotoPanel *) object;

  g_ptr_array_unref (self->cards);

  G_OBJECT_CLASS (copydesk_photo_panel_parent_class)->finalize (object);
}

static void
copydesk_photo_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CopydeskPhotoPanel *self = COPYDESK_PHOTO_PANEL (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: g_value_set_object (value, self->article); break;
    case PROP_BASE_DIR: g_value_set_object (value, self->base_dir); break;
    case PROP_CAPTION_LIMIT: g_value_set_uint (value, self->caption_limit); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_photo_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CopydeskPhotoPanel *self = COPYDESK_PHOTO_PANEL (object);

  switch (prop_id)
    {
    case PROP_ARTICLE: copydesk_photo_panel_set_article (self, g_value_get_object (value)); break;
    case PROP_BASE_DIR: copydesk_photo_panel_set_base_dir (self, g_value_get_object (value)); break;
    case PROP_CAPTION_LIMIT:
      copydesk_photo_panel_set_caption_limit (self, g_value_get_uint (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A widget with a layout manager does not look at its child's expand flags
 * by itself. */
static void
copydesk_photo_panel_compute_expand (GtkWidget *widget,
                                      gboolean  *hexpand,
                                      gboolean  *vexpand)
{
  CopydeskPhotoPanel *self = (CopydeskPhotoPanel *) widget;

  *hexpand = self->overlay != NULL &&
            gtk_widget_compute_expand (self->overlay, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->overlay != NULL &&
            gtk_widget_compute_expand (self->overlay, GTK_ORIENTATION_VERTICAL);
}

static void
copydesk_photo_panel_class_init (CopydeskPhotoPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = copydesk_photo_panel_dispose;
  object_class->finalize = copydesk_photo_panel_finalize;
  object_class->get_property = copydesk_photo_panel_get_property;
  object_class->set_property = copydesk_photo_panel_set_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, COPYDESK_TYPE_ARTICLE,
                                                  flags);
  properties[PROP_BASE_DIR] = g_param_spec_object ("base-dir", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_CAPTION_LIMIT] = g_param_spec_uint ("caption-limit", NULL, NULL, 0, G_MAXUINT,
                                                      COPYDESK_PHOTO_PANEL_DEFAULT_CAPTION_LIMIT,
                                                      flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CopydeskPhotoPanel::place-photo:
   * @photo_id: the photo to place
   *
   * The user asked to place the photo at the body's cursor.
   */
  signals[PLACE_PHOTO] = g_signal_new ("place-photo", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                       1, G_TYPE_STRING);

  widget_class->compute_expand = copydesk_photo_panel_compute_expand;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "photopanel");
}

static void
copydesk_photo_panel_init (CopydeskPhotoPanel *self)
{
  self->cards = g_ptr_array_new ();
  self->caption_limit = COPYDESK_PHOTO_PANEL_DEFAULT_CAPTION_LIMIT;
  build (self);
}

/**
 * copydesk_photo_panel_new:
 *
 * Returns: (transfer floating): an empty panel; give it an article with
 *   copydesk_photo_panel_set_article()
 */
GtkWidget *
copydesk_photo_panel_new (void)
{
  return g_object_new (COPYDESK_TYPE_PHOTO_PANEL, NULL);
}
