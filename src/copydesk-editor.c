/* copydesk-editor.c: the editor page for one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form laid out like the printed story, the find bar over it and the
 * details page (shown in the window's sidebar), for one CopydeskDocument. The editor follows the
 * document: a GSignalGroup on the document (its article is replaced on open
 * and import), a GBindingGroup binding the fields to whichever article it
 * holds, and signal groups on that article and its authors. It never opens
 * a dialog nor touches a file: the window around it does.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-checks-view.h"
#include "copydesk-authors-list.h"
#include "copydesk-counter.h"
#include "copydesk-desk-panel.h"
#include "copydesk-editor.h"
#include "copydesk-editor-private.h"
#include "copydesk-field-pair.h"
#include "copydesk-find-bar.h"
#include "copydesk-photo-card.h"
#include "copydesk-single-line.h"

#define READING_WORDS_PER_MINUTE 230

struct _CopydeskEditor
{
  GtkWidget          parent_instance;

  /* template */
  GtkBox            *editor_box;
  GtkWidget         *details_page;
  GtkRevealer       *find_revealer;
  CopydeskFindBar   *find_bar;
  GtkTextView       *headline_entry;
  CopydeskCounter   *headline_counter;
  GtkTextView       *standfirst_view;
  CopydeskCounter   *standfirst_counter;
  GtkEntry          *byline_entry;
  GtkEntry          *dateline_entry;
  CopydeskAuthorsList *authors_list;
  CopydeskBodyView  *body_view;
  GtkLabel          *body_status;
  GtkLabel          *parse_error_label;
  GtkTextView       *note_view;
  GtkEntry          *slugline_entry;
  GtkEntry          *keywords_entry;
  GtkEntry          *creditline_entry;
  GtkEntry          *language_entry;
  GtkSpinButton     *urgency_spin;
  GtkTextView       *ednote_view;
  GtkLabel          *created_label;
  GtkLabel          *modified_label;
  GtkLabel          *version_label;
  GtkLabel          *guid_label;

  GSettings         *settings;
  /* the story's Checks view, shown on the window's sidebar page */
  GtkWidget         *checks_view;
  CopydeskDocument  *document;
  CopydeskArticle   *article;
  GSignalGroup      *document_signals;
  GSignalGroup      *buffer_signals;
  GSignalGroup      *article_signals;
  GBindingGroup     *fields;
  guint              byline_source;
  GActionGroup      *actions;        /* "editor." (copydesk-editor-actions.c) */
};

G_DEFINE_FINAL_TYPE (CopydeskEditor, copydesk_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FIND_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Counters and status */

static void
update_headline_counts (CopydeskEditor *self)
{
  copydesk_counter_set_count (self->headline_counter,
                              g_utf8_strlen (copydesk_article_get_headline (self->article), -1));
  copydesk_counter_set_count (self->standfirst_counter,
                              g_utf8_strlen (copydesk_article_get_standfirst (self->article), -1));
}

static void
update_body_status (CopydeskEditor *self)
{
  CopydeskBody *body;
  guint words, chars, minutes;
  const char *error;
  g_autofree char *w = NULL;
  g_autofree char *c = NULL;
  g_autofree char *m = NULL;
  g_autofree char *status = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));

  if (self->article == NULL)
    return;
  body = copydesk_article_get_body (self->article);
  words = copydesk_body_count_words (body);
  chars = copydesk_body_count_chars (body);
  minutes = (words + READING_WORDS_PER_MINUTE - 1) / READING_WORDS_PER_MINUTE;
  error = copydesk_document_get_body_error (self->document);
  w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u word", "%'u words", words), words);
  c = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u character", "%'u characters", chars),
                       chars);
  m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min read", "%u min read", minutes),
                       minutes);
  status = g_strdup_printf ("%s · %s · %s", w, c, m);
  /* An empty body shows how to write one instead of zeros. */
  if (gtk_text_buffer_get_char_count (buffer) == 0)
    gtk_label_set_text (self->body_status,
                        _("A blank line ends a paragraph · ## subheading · > quote · - list · "
                          "*italic* · **bold** · [photo: id]"));
  else
    gtk_label_set_text (self->body_status, status);
  gtk_label_set_text (self->parse_error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->parse_error_label), error != NULL);
}

static void
update_identity (CopydeskEditor *self)
{
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *version = NULL;

  /* Translators: a date and time, see g_date_time_format() */
  const char *format = _("%e %B %Y, %H:%M");

  created = g_date_time_format (copydesk_article_get_created (self->article), format);
  modified = g_date_time_format (copydesk_article_get_modified (self->article), format);
  version = g_strdup_printf ("%u", copydesk_article_get_version (self->article));
  gtk_label_set_text (self->created_label, g_strstrip (created));
  gtk_label_set_text (self->modified_label, g_strstrip (modified));
  gtk_label_set_text (self->version_label, version);
  gtk_label_set_text (self->guid_label, copydesk_article_get_guid (self->article));
}

/* Arabic, Hebrew, Persian, Urdu: the story's prose fields and its body run
 * from right to left, from the article's language. Pango lays out each
 * paragraph's mixed runs (a Latin name, numbers) by its bidi rules. */
static void
update_direction (CopydeskEditor *self)
{
  GtkTextDirection direction = copydesk_language_is_right_to_left (
                                 copydesk_article_get_language (self->article))
                               ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  g_autoptr(GPtrArray) fields = copydesk_editor_list_prose_fields (self);

  g_ptr_array_add (fields, self->body_view);
  for (guint i = 0; i < fields->len; i++)
    gtk_widget_set_direction (g_ptr_array_index (fields, i), direction);
}

static void
on_article_changed (CopydeskEditor *self)
{
  update_headline_counts (self);
  update_identity (self);
  update_direction (self);
}

/* Binding the form to the article */

static gboolean
keywords_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char * const *keywords = g_value_get_boxed (from);

  g_value_take_string (to, keywords != NULL ? g_strjoinv (", ", (char **) keywords)
                                            : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_keywords (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_auto(GStrv) parts = g_strsplit (g_value_get_string (from), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  g_value_take_boxed (to, g_strv_builder_end (builder));
  return TRUE;
}

static gboolean
uint_to_double (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_double (to, g_value_get_uint (from));
  return TRUE;
}

static gboolean
double_to_uint (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_uint (to, (guint) CLAMP (g_value_get_double (from), 0, 9));
  return TRUE;
}

static void
bind_field (CopydeskEditor *self,
            const char     *property,
            gpointer        target)
{
  if (GTK_IS_TEXT_VIEW (target))
    target = gtk_text_view_get_buffer (target);
  g_binding_group_bind (self->fields, property, target, "text",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_fields (CopydeskEditor *self)
{
  bind_field (self, "headline", self->headline_entry);
  bind_field (self, "standfirst", self->standfirst_view);
  bind_field (self, "byline", self->byline_entry);
  bind_field (self, "dateline", self->dateline_entry);
  bind_field (self, "contributor-note", self->note_view);
  bind_field (self, "slugline", self->slugline_entry);
  bind_field (self, "creditline", self->creditline_entry);
  bind_field (self, "language", self->language_entry);
  bind_field (self, "editorial-note", self->ednote_view);
  g_binding_group_bind_full (self->fields, "keywords", self->keywords_entry, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             keywords_to_text, text_to_keywords, NULL, NULL);
  g_binding_group_bind_full (self->fields, "urgency", self->urgency_spin, "value",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             uint_to_double, double_to_uint, NULL, NULL);
}

/* Clearing the byline gives back the one the authors make: the article
 * changes it while the entry is still being set, which a binding does not
 * copy back, so it is copied once the edit is over. */
static gboolean
sync_byline (gpointer user_data)
{
  CopydeskEditor *self = user_data;
  const char *byline;

  self->byline_source = 0;
  if (self->article == NULL)
    return G_SOURCE_REMOVE;
  byline = copydesk_article_get_byline (self->article);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->byline_entry)), byline) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->byline_entry), byline);
  return G_SOURCE_REMOVE;
}

static void
on_byline_changed (CopydeskEditor *self)
{
  if (self->byline_source == 0)
    self->byline_source = g_idle_add_full (G_PRIORITY_DEFAULT, sync_byline, self, NULL);
}

/* The document's article, new on open and import. */
static void
follow_article (CopydeskEditor *self)
{
  CopydeskArticle *article = self->document != NULL
                             ? copydesk_document_get_article (self->document) : NULL;

  if (self->article == article)
    return;
  g_set_object (&self->article, article);
  g_binding_group_set_source (self->fields, article);
  g_signal_group_set_target (self->article_signals, article);
  copydesk_authors_list_set_article (self->authors_list, article);
  copydesk_find_bar_set_article (self->find_bar, article);
  if (article == NULL)
    return;
  on_article_changed (self);
  update_body_status (self);
}

/* Headline: one line that wraps (copydesk-single-line.c makes a pasted
 * line break a space), and Enter moves on to the standfirst, as in a form. */
static gboolean
on_headline_key (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 gpointer               user_data)
{
  CopydeskEditor *self = user_data;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->standfirst_view));
  return TRUE;
}

/* Find */

void
copydesk_editor_show_find (CopydeskEditor *self,
                           gboolean        replace)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (COPYDESK_IS_EDITOR (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  /* A short selection on one line is what the user wants to find. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end)
      && gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *selected = gtk_text_iter_get_text (&start, &end);

      copydesk_find_bar_set_search_text (self->find_bar, selected);
    }
  copydesk_find_bar_set_replace_mode (self->find_bar, replace);
  gtk_revealer_set_reveal_child (self->find_revealer, TRUE);
  copydesk_find_bar_start (self->find_bar);
  copydesk_find_bar_focus_entry (self->find_bar);
  g_signal_emit (self, signals[FIND_SHOWN], 0);
}

static void
on_find_bar_close (CopydeskEditor *self)
{
  copydesk_find_bar_stop (self->find_bar);
  gtk_revealer_set_reveal_child (self->find_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/* Esc closes the find bar from any field; Ctrl+G and Shift+Ctrl+G go on
 * finding. Each lets the key through while the bar is closed. */
static gboolean
on_find_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  CopydeskEditor *self = COPYDESK_EDITOR (widget);
  const char *what = g_variant_get_string (args, NULL);

  if (!gtk_revealer_get_reveal_child (self->find_revealer))
    return FALSE;
  if (g_str_equal (what, "close"))
    on_find_bar_close (self);
  else if (g_str_equal (what, "next"))
    copydesk_find_bar_next (self->find_bar);
  else
    copydesk_find_bar_previous (self->find_bar);
  return TRUE;
}

static void
add_find_keys (CopydeskEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { guint key; GdkModifierType mods; const char *what; } keys[] = {
    { GDK_KEY_Escape, 0, "close" },
    { GDK_KEY_g, GDK_CONTROL_MASK, "next" },
    { GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "previous" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut =
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                          gtk_callback_action_new (on_find_key, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].what));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
on_find_replaced (CopydeskEditor *self,
                  guint           n_replaced,
                  const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* The photo fields live in the photo panel, beside the editor. */
static GtkWidget *
find_photo_card (GtkWidget     *widget,
                 CopydeskPhoto *photo)
{
  if (COPYDESK_IS_PHOTO_CARD (widget)
      && copydesk_photo_card_get_photo (COPYDESK_PHOTO_CARD (widget)) == photo)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_photo_card (child, photo);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_titled_row (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
photo_field (CopydeskEditor *self,
             CopydeskField   field,
             guint           index)
{
  GListModel *photos = copydesk_article_get_photos (self->article);
  g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, index);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *card = photo != NULL && root != NULL ? find_photo_card (GTK_WIDGET (root), photo)
                                                  : NULL;

  if (card == NULL)
    return NULL;
  if (field == COPYDESK_FIELD_PHOTO_CAPTION)
    return GTK_WIDGET (_copydesk_photo_card_get_caption_view (COPYDESK_PHOTO_CARD (card)));
  if (field == COPYDESK_FIELD_PHOTO_CREDIT)
    return GTK_WIDGET (_copydesk_photo_card_get_credit (COPYDESK_PHOTO_CARD (card)));
  return find_titled_row (card, _("Alt text"));
}

/* Which widget shows a field of the story, for the find bar. */
static GtkWidget *
resolve_field (CopydeskField field,
               guint         index,
               gpointer      user_data)
{
  CopydeskEditor *self = user_data;

  if (self->article == NULL)
    return NULL;
  switch (field)
    {
    case COPYDESK_FIELD_HEADLINE: return GTK_WIDGET (self->headline_entry);
    case COPYDESK_FIELD_STANDFIRST: return GTK_WIDGET (self->standfirst_view);
    case COPYDESK_FIELD_BYLINE: return GTK_WIDGET (self->byline_entry);
    case COPYDESK_FIELD_AUTHOR_BIO:
      return (GtkWidget *) copydesk_authors_list_get_bio_view (self->authors_list, index);
    case COPYDESK_FIELD_BODY: return GTK_WIDGET (self->body_view);
    case COPYDESK_FIELD_CONTRIBUTOR_NOTE: return GTK_WIDGET (self->note_view);
    case COPYDESK_FIELD_CREDITLINE: return GTK_WIDGET (self->creditline_entry);
    case COPYDESK_FIELD_EDITORIAL_NOTE: return GTK_WIDGET (self->ednote_view);
    case COPYDESK_FIELD_PHOTO_CAPTION:
    case COPYDESK_FIELD_PHOTO_CREDIT:
    case COPYDESK_FIELD_PHOTO_ALT_TEXT:
      return photo_field (self, field, index);
    default:
      return NULL;
    }
}

/**
 * copydesk_editor_get_find_match_widget:
 *
 * Returns: (transfer none) (nullable): the field that holds the find bar's
 *   selected match, or %NULL when none is selected
 */
GtkWidget *
copydesk_editor_get_find_match_widget (CopydeskEditor *self)
{
  CopydeskFindMatch match;

  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);

  if (!copydesk_find_bar_get_current (self->find_bar, &match))
    return NULL;
  return resolve_field (match.field, match.index, self);
}

/* The closed find bar stays out of the layout: a revealer measures its child
 * even when it is hidden, and the bar's width would push the preview aside. */
static void
update_find_visible (CopydeskEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->find_revealer),
                          gtk_revealer_get_reveal_child (self->find_revealer)
                          || gtk_revealer_get_child_revealed (self->find_revealer));
}

/* GObject */

static void
copydesk_editor_dispose (GObject *object)
{
  CopydeskEditor *self = COPYDESK_EDITOR (object);

  g_clear_handle_id (&self->byline_source, g_source_remove);
  g_clear_object (&self->checks_view);
  if (self->fields != NULL)
    g_binding_group_set_source (self->fields, NULL);
  g_clear_object (&self->fields);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->buffer_signals);
  g_clear_object (&self->article_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_EDITOR);
  g_clear_object (&self->article);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (copydesk_editor_parent_class)->dispose (object);
}

static void
copydesk_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CopydeskEditor *self = COPYDESK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CopydeskEditor *self = COPYDESK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: copydesk_editor_set_document (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_editor_class_init (CopydeskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_editor_dispose;
  object_class->get_property = copydesk_editor_get_property;
  object_class->set_property = copydesk_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, COPYDESK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CopydeskEditor::find-shown:
   *
   * The user started Find or Replace (editor.find, editor.replace): the
   * bar is open and its entry has the focus. The window makes room for
   * it (an overlay over the form closes).
   */
  signals[FIND_SHOWN] = g_signal_new ("find-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (COPYDESK_TYPE_AUTHORS_LIST);
  g_type_ensure (COPYDESK_TYPE_BODY_VIEW);
  g_type_ensure (COPYDESK_TYPE_COUNTER);
  g_type_ensure (COPYDESK_TYPE_FIELD_PAIR);
  g_type_ensure (COPYDESK_TYPE_FIND_BAR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, CopydeskEditor, name)
  CHILD (editor_box);
  CHILD (details_page);
  CHILD (find_revealer);
  CHILD (find_bar);
  CHILD (headline_entry);
  CHILD (headline_counter);
  CHILD (standfirst_view);
  CHILD (standfirst_counter);
  CHILD (byline_entry);
  CHILD (dateline_entry);
  CHILD (authors_list);
  CHILD (body_view);
  CHILD (body_status);
  CHILD (parse_error_label);
  CHILD (note_view);
  CHILD (slugline_entry);
  CHILD (keywords_entry);
  CHILD (creditline_entry);
  CHILD (language_entry);
  CHILD (urgency_spin);
  CHILD (ednote_view);
  CHILD (created_label);
  CHILD (modified_label);
  CHILD (version_label);
  CHILD (guid_label);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_find_bar_close);
  gtk_widget_class_bind_template_callback (widget_class, on_find_replaced);
}

static void
init_groups (CopydeskEditor *self)
{
  self->fields = g_binding_group_new ();
  bind_fields (self);
  self->document_signals = g_signal_group_new (COPYDESK_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::article",
                                  G_CALLBACK (follow_article), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::body-error",
                                  G_CALLBACK (update_body_status), self);
  self->buffer_signals = g_signal_group_new (COPYDESK_TYPE_BODY_BUFFER);
  g_signal_group_connect_swapped (self->buffer_signals, "body-parsed",
                                  G_CALLBACK (update_body_status), self);
  self->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (self->article_signals, "changed",
                                  G_CALLBACK (on_article_changed), self);
  g_signal_group_connect_swapped (self->article_signals, "notify::byline",
                                  G_CALLBACK (on_byline_changed), self);
}

static void
copydesk_editor_init (CopydeskEditor *self)
{
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  self->actions = _copydesk_editor_actions_new (self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "editor", self->actions);
  init_groups (self);
  /* the wire desk's panel under the language and urgency row */
  copydesk_desk_panel_attach (GTK_WIDGET (self),
                              gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->urgency_spin))));
  /* The details live in the window's sidebar: kept alive by the template. */
  gtk_box_remove (self->editor_box, self->details_page);
  /* so is the Checks view (copydesk_checks_view_get_for_editor()) */
  self->checks_view = g_object_ref_sink (copydesk_checks_view_new (self));
  g_settings_bind (self->settings, "headline-limit", self->headline_counter, "limit",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "standfirst-limit", self->standfirst_counter, "limit",
                   G_SETTINGS_BIND_GET);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_headline_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->headline_entry), key);
  copydesk_single_line_attach (GTK_WIDGET (self->headline_entry));
  copydesk_single_line_attach (GTK_WIDGET (self->byline_entry));
  copydesk_single_line_attach (GTK_WIDGET (self->dateline_entry));
  copydesk_single_line_attach (GTK_WIDGET (self->slugline_entry));
  copydesk_single_line_attach (GTK_WIDGET (self->creditline_entry));
  copydesk_find_bar_set_resolve (self->find_bar, resolve_field, self);
  add_find_keys (self);
  g_signal_connect_object (self->find_revealer, "notify::reveal-child",
                           G_CALLBACK (update_find_visible), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_revealer, "notify::child-revealed",
                           G_CALLBACK (update_find_visible), self, G_CONNECT_SWAPPED);
  update_find_visible (self);
}

GtkWidget *
copydesk_editor_new (void)
{
  return g_object_new (COPYDESK_TYPE_EDITOR, NULL);
}

CopydeskDocument *
copydesk_editor_get_document (CopydeskEditor *self)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);

  return self->document;
}

/* The body view shows the document's buffer; the fields follow its article. */
void
copydesk_editor_set_document (CopydeskEditor   *self,
                              CopydeskDocument *document)
{
  CopydeskBodyBuffer *buffer = NULL;

  g_return_if_fail (COPYDESK_IS_EDITOR (self));
  g_return_if_fail (document == NULL || COPYDESK_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  if (document != NULL)
    {
      buffer = copydesk_document_get_buffer (document);
      gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->body_view), GTK_TEXT_BUFFER (buffer));
      /* Find searches the buffer the view shows now. */
      copydesk_find_bar_set_view (self->find_bar, GTK_SOURCE_VIEW (self->body_view));
    }
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->buffer_signals, buffer);
  follow_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

CopydeskBodyView *
copydesk_editor_get_body_view (CopydeskEditor *self)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);

  return self->body_view;
}

/* The details panel (slugline, keywords, credit, language, urgency, note to the
 * desk, identity), bound to the document's article. The editor does not
 * show it: the window puts it in its sidebar. */
/* Returns: (transfer none): the page's "editor." actions: find, replace */
GActionGroup *
copydesk_editor_get_actions (CopydeskEditor *self)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);
  return self->actions;
}

GtkWidget *
copydesk_editor_get_details_page (CopydeskEditor *self)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);

  return self->details_page;
}

/* Where a new window starts: the headline. */
void
copydesk_editor_focus_start (CopydeskEditor *self)
{
  g_return_if_fail (COPYDESK_IS_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->headline_entry));
}

/* Field and range, for the Checks view */

/**
 * copydesk_editor_get_field_widget:
 * @field: a field of the form
 *
 * Returns: (transfer none) (nullable): the text view or entry editing
 *   @field, or %NULL for one the form does not have (photos, the article)
 */
GtkWidget *
copydesk_editor_get_field_widget (CopydeskEditor     *self,
                                  CopydeskCheckField  field)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), NULL);

  switch (field)
    {
    case COPYDESK_CHECK_FIELD_HEADLINE: return GTK_WIDGET (self->headline_entry);
    case COPYDESK_CHECK_FIELD_STANDFIRST: return GTK_WIDGET (self->standfirst_view);
    case COPYDESK_CHECK_FIELD_BYLINE: return GTK_WIDGET (self->byline_entry);
    case COPYDESK_CHECK_FIELD_DATELINE: return GTK_WIDGET (self->dateline_entry);
    case COPYDESK_CHECK_FIELD_BODY: return GTK_WIDGET (self->body_view);
    case COPYDESK_CHECK_FIELD_AUTHORS:
    case COPYDESK_CHECK_FIELD_ARTICLE:
    case COPYDESK_CHECK_FIELD_EMBARGO:
    case COPYDESK_CHECK_FIELD_PHOTO_CAPTION:
    case COPYDESK_CHECK_FIELD_PHOTO_CREDIT:
    case COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT:
    case COPYDESK_CHECK_FIELD_PHOTO:
    default:
      return NULL;
    }
}

/**
 * copydesk_editor_select_range:
 * @field: the field
 * @index: the body block (%COPYDESK_CHECK_FIELD_BODY), else ignored
 * @start: the first character to select, from the start of the field (or
 *   of the block's text in the buffer)
 * @end: the character after the last
 *
 * Focuses @field and selects the range, scrolled into view.
 *
 * Returns: %FALSE when the form has no such field
 */
gboolean
copydesk_editor_select_range (CopydeskEditor     *self,
                              CopydeskCheckField  field,
                              guint               index,
                              guint               start,
                              guint               end)
{
  GtkWidget *widget;
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), FALSE);

  widget = copydesk_editor_get_field_widget (self, field);
  if (widget == NULL)
    return FALSE;
  gtk_widget_grab_focus (widget);
  if (GTK_IS_EDITABLE (widget))
    {
      gtk_editable_select_region (GTK_EDITABLE (widget), (int) start, (int) end);
      return TRUE;
    }
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  if (field == COPYDESK_CHECK_FIELD_BODY)
    copydesk_body_buffer_place_cursor_at_block (COPYDESK_BODY_BUFFER (buffer), index);
  else
    {
      gtk_text_buffer_get_start_iter (buffer, &from);
      gtk_text_buffer_place_cursor (buffer, &from);
    }
  gtk_text_buffer_get_iter_at_mark (buffer, &from, gtk_text_buffer_get_insert (buffer));
  to = from;
  gtk_text_iter_forward_chars (&from, (int) start);
  gtk_text_iter_forward_chars (&to, (int) end);
  gtk_text_buffer_select_range (buffer, &from, &to);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (widget), gtk_text_buffer_get_insert (buffer),
                                0.1, FALSE, 0, 0);
  return TRUE;
}

/**
 * copydesk_editor_list_prose_fields:
 *
 * Returns: (transfer container) (element-type GtkWidget): the text views and
 *   entries holding prose other than the body (spelling is checked in them;
 *   the authors' bios come and go with their rows and are not among them)
 */
GPtrArray *
copydesk_editor_list_prose_fields (CopydeskEditor *self)
{
  GPtrArray *fields = g_ptr_array_new ();

  g_return_val_if_fail (COPYDESK_IS_EDITOR (self), fields);

  g_ptr_array_add (fields, self->headline_entry);
  g_ptr_array_add (fields, self->standfirst_view);
  g_ptr_array_add (fields, self->byline_entry);
  g_ptr_array_add (fields, self->dateline_entry);
  g_ptr_array_add (fields, self->note_view);
  g_ptr_array_add (fields, self->ednote_view);
  return fields;
}
