/* copydesk-checks-view.c: the story's findings, live, and its spelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view follows its editor's document. Half a second after the article
 * or its body last changed, the checks run on a snapshot on a worker thread
 * (copydesk_checks_run_async), the previous run cancelled; the findings are
 * listed errors first, and a click selects the finding's text in its field.
 * The view also owns the spelling of the form: one checker for the story's
 * language (or the dictionary picked), shared by the body and every prose
 * field's CopydeskSpellHelper, and the entries' underlines.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-checks-view.h"
#include "copydesk-spell-entry.h"

#define RUN_DELAY_MS 500
#define VIEW_KEY     "copydesk-checks-view"

struct _CopydeskChecksView
{
  GtkWidget             parent_instance;

  /* template */
  GtkLabel             *summary_label;
  GtkListBox           *findings_list;
  GtkDropDown          *dictionary_dropdown;
  GtkLabel             *spell_status_label;

  CopydeskEditor       *editor;      /* weak: the editor holds the view */
  CopydeskDocument     *document;
  GSettings            *settings;
  GSignalGroup         *document_signals;
  GSignalGroup         *article_signals;
  GSignalGroup         *buffer_signals;
  CopydeskSpellChecker *checker;
  CopydeskSpellChecker *run_checker;   /* the runs' own: no waiting on the editor's lock */
  char                 *language;
  char                 *spell_status;
  CopydeskSpellHelper  *body_helper;
  GPtrArray            *helpers;
  GPtrArray            *findings;
  GStrv                 dictionaries;
  GCancellable         *cancellable;
  guint                 timeout_id;
  gboolean              stale;
  guint                 n_errors;
  guint                 n_warnings;
};

G_DEFINE_FINAL_TYPE (CopydeskChecksView, copydesk_checks_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Spelling */

static void
set_checker (CopydeskChecksView   *self,
             CopydeskSpellChecker *checker)
{
  g_autoptr (GPtrArray) fields = copydesk_editor_list_prose_fields (self->editor);

  g_set_object (&self->checker, checker);
  g_clear_object (&self->run_checker);
  if (checker != NULL)
    self->run_checker = copydesk_spell_checker_new (copydesk_spell_checker_get_language (checker),
                                                    NULL);
  if (self->body_helper != NULL)
    copydesk_spell_helper_set_checker (self->body_helper, checker);
  for (guint i = 0; i < self->helpers->len; i++)
    copydesk_spell_helper_set_checker (g_ptr_array_index (self->helpers, i), checker);
  for (guint i = 0; i < fields->len; i++)
    if (GTK_IS_ENTRY (g_ptr_array_index (fields, i)))
      copydesk_spell_entry_set_checker (g_ptr_array_index (fields, i), checker);
}

static char *
wanted_language (CopydeskChecksView *self)
{
  g_autofree char *picked = g_settings_get_string (self->settings, "spell-language");
  CopydeskArticle *article = self->document != NULL
                             ? copydesk_document_get_article (self->document) : NULL;
  const char *language = article != NULL ? copydesk_article_get_language (article) : NULL;

  if (picked[0] != '\0')
    return g_steal_pointer (&picked);
  return g_strdup (language != NULL && language[0] != '\0' ? language : "en");
}

/* A missing dictionary is said once, here, and nothing is underlined. */
static void
update_checker (CopydeskChecksView *self)
{
  g_autofree char *language = wanted_language (self);
  g_autoptr (CopydeskSpellChecker) checker = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_settings_get_boolean (self->settings, "check-spelling"))
    g_clear_pointer (&language, g_free);
  if (g_strcmp0 (language, self->language) == 0)
    return;
  g_free (self->language);
  self->language = g_steal_pointer (&language);
  g_clear_pointer (&self->spell_status, g_free);
  if (self->language != NULL)
    checker = copydesk_spell_checker_new (self->language, &error);
  if (error != NULL)
    self->spell_status = g_strdup (error->message);
  gtk_label_set_text (self->spell_status_label, self->spell_status ? self->spell_status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->spell_status_label), self->spell_status != NULL);
  set_checker (self, checker);
}

static void
on_word_learned (CopydeskChecksView  *self,
                 const char          *word,
                 CopydeskSpellHelper *from)
{
  g_autoptr (GPtrArray) fields = copydesk_editor_list_prose_fields (self->editor);

  /* Added words are in the personal list already; the runs' checker is
   * told for this session either way. */
  if (self->run_checker != NULL)
    copydesk_spell_checker_ignore_word (self->run_checker, word, -1);
  if (self->body_helper != NULL && self->body_helper != from)
    copydesk_spell_helper_forget_word (self->body_helper, word);
  for (guint i = 0; i < self->helpers->len; i++)
    if (g_ptr_array_index (self->helpers, i) != from)
      copydesk_spell_helper_forget_word (g_ptr_array_index (self->helpers, i), word);
  for (guint i = 0; i < fields->len; i++)
    if (GTK_IS_ENTRY (g_ptr_array_index (fields, i)))
      copydesk_spell_entry_set_checker (g_ptr_array_index (fields, i), self->checker);
}

static CopydeskSpellHelper *
new_helper (CopydeskChecksView *self,
            GtkTextView        *view)
{
  CopydeskSpellHelper *helper = copydesk_spell_helper_new (view);

  g_signal_connect_object (helper, "word-learned", G_CALLBACK (on_word_learned), self,
                           G_CONNECT_SWAPPED);
  copydesk_spell_helper_set_checker (helper, self->checker);
  return helper;
}

static void
fill_dictionaries (CopydeskChecksView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *picked = g_settings_get_string (self->settings, "spell-language");
  guint selected = 0;

  self->dictionaries = copydesk_spell_list_dictionaries ();
  gtk_string_list_append (names, _("The story’s language"));
  for (guint i = 0; self->dictionaries != NULL && self->dictionaries[i] != NULL; i++)
    {
      gtk_string_list_append (names, self->dictionaries[i]);
      if (g_strcmp0 (picked, self->dictionaries[i]) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->dictionary_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->dictionary_dropdown, selected);
}

static void
on_dictionary_selected (CopydeskChecksView *self)
{
  guint selected = gtk_drop_down_get_selected (self->dictionary_dropdown);
  const char *name = "";

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0
      && self->dictionaries != NULL && selected <= g_strv_length (self->dictionaries))
    name = self->dictionaries[selected - 1];
  g_settings_set_string (self->settings, "spell-language", name);
}

/* The list */

static const char *
field_name (const CopydeskCheckFinding *finding)
{
  switch (finding->field)
    {
    case COPYDESK_CHECK_FIELD_HEADLINE: return _("Headline");
    case COPYDESK_CHECK_FIELD_STANDFIRST: return _("Standfirst");
    case COPYDESK_CHECK_FIELD_BYLINE: return _("Byline");
    case COPYDESK_CHECK_FIELD_DATELINE: return _("Dateline");
    case COPYDESK_CHECK_FIELD_AUTHORS: return _("Authors");
    case COPYDESK_CHECK_FIELD_EMBARGO: return _("Embargo");
    case COPYDESK_CHECK_FIELD_BODY: return _("Body");
    case COPYDESK_CHECK_FIELD_PHOTO_CAPTION: return _("Photo caption");
    case COPYDESK_CHECK_FIELD_PHOTO_CREDIT: return _("Photo credit");
    case COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT: return _("Photo alt text");
    case COPYDESK_CHECK_FIELD_PHOTO: return _("Photo");
    case COPYDESK_CHECK_FIELD_ARTICLE:
    default:
      return _("Story");
    }
}

static void on_fix_clicked (GtkButton *button, CopydeskChecksView *self);

static GtkWidget *
new_row (CopydeskChecksView         *self,
         const CopydeskCheckFinding *finding,
         guint                       index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (finding->severity == COPYDESK_CHECK_ERROR
                                                  ? "dialog-error-symbolic"
                                                  : "dialog-warning-symbolic");
  GtkWidget *message = gtk_label_new (finding->message);
  GtkWidget *where = gtk_label_new (field_name (finding));

  gtk_widget_add_css_class (icon, finding->severity == COPYDESK_CHECK_ERROR ? "error" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 28);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), message);
  gtk_box_append (GTK_BOX (text), where);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  if (finding->fix != COPYDESK_CHECK_FIX_NONE)
    {
      GtkWidget *fix = gtk_button_new_with_label (_("Fix"));

      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (fix, _("Mend it in one step (Ctrl+Z takes it back)"));
      g_object_set_data (G_OBJECT (fix), "index", GUINT_TO_POINTER (index));
      g_signal_connect_object (fix, "clicked", G_CALLBACK (on_fix_clicked), self, 0);
      gtk_box_append (GTK_BOX (box), fix);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  finding->message, -1);
  return row;
}

static int
by_severity (gconstpointer a,
             gconstpointer b)
{
  const CopydeskCheckFinding *fa = *(const CopydeskCheckFinding **) a;
  const CopydeskCheckFinding *fb = *(const CopydeskCheckFinding **) b;

  return (int) fa->severity - (int) fb->severity;
}

/* "3 errors" and "1 warning", each with its own plural form */
static void
format_counts (CopydeskChecksView  *self,
               char               **errors,
               char               **warnings)
{
  *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors",
                                          self->n_errors), self->n_errors);
  *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                            self->n_warnings), self->n_warnings);
}

static void
show_findings (CopydeskChecksView *self,
               GPtrArray          *findings)
{
  GtkWidget *child;
  g_autofree char *summary = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;

  g_ptr_array_sort (findings, by_severity);   /* stable: the engine's order within */
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = g_ptr_array_ref (findings);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  self->n_errors = copydesk_checks_count_errors (findings);
  self->n_warnings = findings->len - self->n_errors;
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (self->findings_list, new_row (self, g_ptr_array_index (findings, i), i));
  format_counts (self, &errors, &warnings);
  summary = g_strdup_printf ("%s · %s", errors, warnings);
  gtk_label_set_text (self->summary_label, summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WARNINGS]);
}

/* Running the checks */

typedef struct
{
  CopydeskChecksView   *self;
  CopydeskSpellChecker *checker;   /* the run's spell data, kept alive */
} Run;

static void
run_free (Run *run)
{
  g_object_unref (run->self);
  g_clear_object (&run->checker);
  g_free (run);
}

static CopydeskChecksOptions *
new_options (CopydeskChecksView   *self,
             CopydeskSpellChecker *checker)
{
  CopydeskChecksOptions *options = copydesk_checks_options_new_from_settings (self->settings);

  if (checker != NULL)
    {
      options->spell_func = copydesk_spell_checker_count_for_checks;
      options->spell_data = checker;
    }
  return options;
}

static void
on_run (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) findings = copydesk_checks_run_finish (result, &error);

  if (findings == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The checks did not run: %s", error->message);
    }
  else if (run->self->editor != NULL)   /* not disposed meanwhile */
    {
      run->self->stale = FALSE;
      show_findings (run->self, findings);
    }
  run_free (run);
}

/**
 * copydesk_checks_view_run_now:
 *
 * Starts a run at once (instead of after the delay), cancelling the one
 * running; the findings come when it ends.
 */
void
copydesk_checks_view_run_now (CopydeskChecksView *self)
{
  g_autoptr (CopydeskArticle) snapshot = NULL;
  g_autoptr (CopydeskChecksOptions) options = NULL;
  Run *run;

  g_return_if_fail (COPYDESK_IS_CHECKS_VIEW (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->document == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  self->stale = TRUE;
  /* The snapshot takes in the body typed so far: that change is this run's. */
  g_signal_group_block (self->article_signals);
  g_signal_group_block (self->buffer_signals);
  snapshot = copydesk_document_snapshot (self->document);
  g_signal_group_unblock (self->buffer_signals);
  g_signal_group_unblock (self->article_signals);
  run = g_new0 (Run, 1);
  run->self = g_object_ref (self);
  run->checker = self->run_checker != NULL ? g_object_ref (self->run_checker) : NULL;
  options = new_options (self, run->checker);
  copydesk_checks_run_async (snapshot, options, self->cancellable, on_run, run);
}

static gboolean
run_later (gpointer user_data)
{
  CopydeskChecksView *self = user_data;

  /* The underlines first: on two cores a run spelling a long body beside
   * them would double the time until both are there. */
  if (self->body_helper != NULL && copydesk_spell_helper_get_pending (self->body_helper))
    return G_SOURCE_CONTINUE;
  self->timeout_id = 0;
  copydesk_checks_view_run_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_run (CopydeskChecksView *self)
{
  self->stale = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (RUN_DELAY_MS, run_later, self);
}

/* Following the document */

static void
follow_article (CopydeskChecksView *self)
{
  CopydeskArticle *article = self->document != NULL
                             ? copydesk_document_get_article (self->document) : NULL;

  g_signal_group_set_target (self->article_signals, article);
  update_checker (self);
  schedule_run (self);
}

static void
follow_document (CopydeskChecksView *self)
{
  CopydeskDocument *document = copydesk_editor_get_document (self->editor);
  GtkTextView *body = GTK_TEXT_VIEW (copydesk_editor_get_body_view (self->editor));

  if (!g_set_object (&self->document, document))
    return;
  g_clear_object (&self->body_helper);
  if (document != NULL)
    self->body_helper = new_helper (self, body);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->buffer_signals,
                             document != NULL ? copydesk_document_get_buffer (document) : NULL);
  follow_article (self);
}

static void
on_settings_changed (CopydeskChecksView *self,
                     const char         *key)
{
  if (g_str_equal (key, "spell-language") || g_str_equal (key, "check-spelling"))
    update_checker (self);
  if (g_str_has_prefix (key, "check-") || g_str_has_suffix (key, "-limit")
      || g_str_equal (key, "spell-language") || g_str_equal (key, "quote-style")
      || g_str_equal (key, "house-dateline-pattern"))
    schedule_run (self);
}

/* Acting on a finding */

/**
 * copydesk_checks_view_activate_finding:
 * @index: the finding's place in copydesk_checks_view_get_findings()
 *
 * What a click on its row does: focuses the field and selects the text.
 *
 * Returns: %FALSE when the form has no place for it (a photo's fields are
 *   in the photo panel)
 */
gboolean
copydesk_checks_view_activate_finding (CopydeskChecksView *self,
                                       guint               index)
{
  const CopydeskCheckFinding *finding;

  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), FALSE);

  if (self->findings == NULL || index >= self->findings->len)
    return FALSE;
  finding = g_ptr_array_index (self->findings, index);
  return copydesk_editor_select_range (self->editor, finding->field, finding->block,
                                       finding->start, finding->end);
}

static void
on_row_activated (CopydeskChecksView *self,
                  GtkListBoxRow      *row)
{
  copydesk_checks_view_activate_finding (self, (guint) gtk_list_box_row_get_index (row));
}

static void
replace_all (GtkTextBuffer *buffer,
             const char    *text)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

/* The block's markup is found where the block starts in the buffer, and
 * replaced only if the buffer still holds it as the article does. */
static gboolean
replace_block (CopydeskChecksView *self,
               guint               index,
               const char         *text)
{
  CopydeskBodyBuffer *body = copydesk_document_get_buffer (self->document);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (body);
  CopydeskBody *model = copydesk_article_get_body (copydesk_document_get_article (self->document));
  g_autofree char *old = NULL;
  g_autofree char *there = NULL;
  GtkTextIter start, end;

  if (model == NULL || index >= copydesk_body_get_n_blocks (model))
    return FALSE;
  old = copydesk_block_to_markup (copydesk_body_get_block (model, index));
  copydesk_body_buffer_place_cursor_at_block (body, index);
  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
  end = start;
  gtk_text_iter_forward_chars (&end, (int) g_utf8_strlen (old, -1));
  there = gtk_text_iter_get_slice (&start, &end);
  if (g_strcmp0 (there, old) != 0)
    return FALSE;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  return TRUE;
}

/**
 * copydesk_checks_view_apply_fix:
 * @index: the finding's place in copydesk_checks_view_get_findings()
 *
 * Applies the finding's quick fix to its field as one undo step, and checks
 * again.
 *
 * Returns: %FALSE when there is no fix, or the text changed under it
 */
gboolean
copydesk_checks_view_apply_fix (CopydeskChecksView *self,
                                guint               index)
{
  const CopydeskCheckFinding *finding;
  g_autoptr (CopydeskChecksOptions) options = NULL;
  g_autofree char *text = NULL;
  GtkWidget *widget;
  gboolean done = TRUE;

  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), FALSE);

  if (self->document == NULL || self->findings == NULL || index >= self->findings->len)
    return FALSE;
  finding = g_ptr_array_index (self->findings, index);
  copydesk_document_flush (self->document);
  options = new_options (self, NULL);
  text = copydesk_check_finding_fix (finding, copydesk_document_get_article (self->document),
                                     options);
  if (text == NULL)
    return FALSE;
  widget = copydesk_editor_get_field_widget (self->editor, finding->field);
  if (finding->field == COPYDESK_CHECK_FIELD_BODY)
    done = replace_block (self, finding->block, text);
  else if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  else if (GTK_IS_TEXT_VIEW (widget))
    replace_all (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text);
  else
    done = FALSE;   /* photo fields are the photo panel's */
  copydesk_checks_view_run_now (self);
  return done;
}

static void
on_fix_clicked (GtkButton          *button,
                CopydeskChecksView *self)
{
  copydesk_checks_view_apply_fix (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                             "index")));
}

/**
 * copydesk_checks_view_review_first_error:
 *
 * Opens the view and goes to the first error (errors come first in the
 * list), as the export dialog's "Go to First Error" asks.
 *
 * Returns: %TRUE when there was an error to go to
 */
gboolean
copydesk_checks_view_review_first_error (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), FALSE);

  g_settings_set_boolean (self->settings, "show-checks", TRUE);
  if (self->findings == NULL || self->n_errors == 0)
    return FALSE;
  return copydesk_checks_view_activate_finding (self, 0);
}

/**
 * copydesk_checks_view_dup_error_messages:
 *
 * What the export dialog names before a story with errors goes to the
 * wire. When the list is not up to date with the text (a change in the last
 * half second), the checks run again here, on the main thread, without
 * spelling (which finds warnings only).
 *
 * Returns: (transfer full): the errors' messages, possibly none
 */
char **
copydesk_checks_view_dup_error_messages (CopydeskChecksView *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GPtrArray) fresh = NULL;
  GPtrArray *findings;

  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  findings = self->findings;
  if ((self->stale || findings == NULL) && self->document != NULL)
    {
      g_autoptr (CopydeskArticle) snapshot = copydesk_document_snapshot (self->document);
      g_autoptr (CopydeskChecksOptions) options = new_options (self, NULL);

      fresh = copydesk_checks_run (snapshot, options, NULL);
      findings = fresh;
    }
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const CopydeskCheckFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity == COPYDESK_CHECK_ERROR)
        g_strv_builder_add (builder, finding->message);
    }
  return g_strv_builder_end (builder);
}

/* The header button */

static gboolean
count_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  CopydeskChecksView *self = user_data;
  guint n = self->n_errors + self->n_warnings;

  g_value_take_string (to, n > 0 ? g_strdup_printf ("%u", n) : g_strdup (""));
  return TRUE;
}

static void
update_button (CopydeskChecksView *self,
               GParamSpec         *pspec,
               GtkWidget          *button)
{
  g_autofree char *tip = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;

  /* TRANSLATORS: the checks button's tooltip; the two parts are "%u error(s)"
   * and "%u warning(s)", each with its own plural form */
  format_counts (self, &errors, &warnings);
  tip = g_strdup_printf (_("Checks: %s, %s"), errors, warnings);
  gtk_widget_set_tooltip_text (button, tip);
  if (self->n_errors > 0)
    gtk_widget_add_css_class (button, "error");
  else
    gtk_widget_remove_css_class (button, "error");
}

static void
on_button_clicked (CopydeskChecksView *self)
{
  /* the sidebar's checks page (the window turns the other pages off) */
  g_settings_set_boolean (self->settings, "show-checks", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->findings_list));
}

/**
 * copydesk_checks_view_new_button:
 *
 * Returns: (transfer floating): a header-bar button with the number of
 *   findings (errors and warnings) that opens the side area on the view
 */
GtkWidget *
copydesk_checks_view_new_button (CopydeskChecksView *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "tools-check-spelling-symbolic");
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Checks"), -1);
  g_object_bind_property_full (self, "n-warnings", content, "label", G_BINDING_SYNC_CREATE,
                               count_to_label, NULL, self, NULL);
  g_signal_connect_object (self, "notify::n-warnings", G_CALLBACK (update_button), button, 0);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_button_clicked), self,
                           G_CONNECT_SWAPPED);
  update_button (self, NULL, button);
  return button;
}

/* GObject */

static void
copydesk_checks_view_dispose (GObject *object)
{
  CopydeskChecksView *self = COPYDESK_CHECKS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->article_signals);
  g_clear_object (&self->buffer_signals);
  g_clear_object (&self->body_helper);
  g_clear_pointer (&self->helpers, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->checker);
  g_clear_object (&self->run_checker);
  g_clear_object (&self->document);
  if (self->editor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  self->editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_CHECKS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (copydesk_checks_view_parent_class)->dispose (object);
}

static void
copydesk_checks_view_finalize (GObject *object)
{
  CopydeskChecksView *self = COPYDESK_CHECKS_VIEW (object);

  g_clear_object (&self->settings);
  g_free (self->language);
  g_free (self->spell_status);
  g_strfreev (self->dictionaries);
  G_OBJECT_CLASS (copydesk_checks_view_parent_class)->finalize (object);
}

static void
copydesk_checks_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CopydeskChecksView *self = COPYDESK_CHECKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_ERRORS: g_value_set_uint (value, self->n_errors); break;
    case PROP_N_WARNINGS: g_value_set_uint (value, self->n_warnings); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_checks_view_class_init (CopydeskChecksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_checks_view_dispose;
  object_class->finalize = copydesk_checks_view_finalize;
  object_class->get_property = copydesk_checks_view_get_property;

  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-checks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CopydeskChecksView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CopydeskChecksView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, CopydeskChecksView, dictionary_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CopydeskChecksView, spell_status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
copydesk_checks_view_init (CopydeskChecksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  self->helpers = g_ptr_array_new_with_free_func (g_object_unref);
  self->document_signals = g_signal_group_new (COPYDESK_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::article",
                                  G_CALLBACK (follow_article), self);
  self->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (self->article_signals, "changed",
                                  G_CALLBACK (schedule_run), self);
  g_signal_group_connect_swapped (self->article_signals, "notify::language",
                                  G_CALLBACK (update_checker), self);
  self->buffer_signals = g_signal_group_new (COPYDESK_TYPE_BODY_BUFFER);
  g_signal_group_connect_swapped (self->buffer_signals, "body-parsed",
                                  G_CALLBACK (schedule_run), self);
  fill_dictionaries (self);
  g_signal_connect_object (self->dictionary_dropdown, "notify::selected",
                           G_CALLBACK (on_dictionary_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_label_set_text (self->summary_label, "");
}

static void
set_editor (CopydeskChecksView *self,
            CopydeskEditor     *editor)
{
  g_autoptr (GPtrArray) fields = copydesk_editor_list_prose_fields (editor);

  self->editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &self->editor);
  g_object_set_data (G_OBJECT (editor), VIEW_KEY, self);
  for (guint i = 0; i < fields->len; i++)
    if (GTK_IS_TEXT_VIEW (g_ptr_array_index (fields, i)))
      g_ptr_array_add (self->helpers, new_helper (self, g_ptr_array_index (fields, i)));
  g_signal_connect_object (editor, "notify::document", G_CALLBACK (follow_document), self,
                           G_CONNECT_SWAPPED);
  follow_document (self);
}

/**
 * copydesk_checks_view_new:
 * @editor: the editor page whose story is checked
 *
 * Returns: (transfer floating): the view, for the window's checks page (it
 *   holds @editor weakly)
 */
GtkWidget *
copydesk_checks_view_new (CopydeskEditor *editor)
{
  CopydeskChecksView *self;

  g_return_val_if_fail (COPYDESK_IS_EDITOR (editor), NULL);

  self = g_object_new (COPYDESK_TYPE_CHECKS_VIEW, NULL);
  set_editor (self, editor);
  return GTK_WIDGET (self);
}

/* Returns: (transfer none) (nullable): the view made for @editor */
CopydeskChecksView *
copydesk_checks_view_get_for_editor (CopydeskEditor *editor)
{
  g_return_val_if_fail (COPYDESK_IS_EDITOR (editor), NULL);

  return g_object_get_data (G_OBJECT (editor), VIEW_KEY);
}

guint
copydesk_checks_view_get_n_errors (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), 0);

  return self->n_errors;
}

guint
copydesk_checks_view_get_n_warnings (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), 0);

  return self->n_warnings;
}

/* Returns: (transfer none) (nullable) (element-type CopydeskCheckFinding):
 *   the listed findings, in the list's order */
GPtrArray *
copydesk_checks_view_get_findings (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  return self->findings;
}

/* Whether the list is behind the text (a run is waiting or running). */
gboolean
copydesk_checks_view_get_pending (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), FALSE);

  return self->stale;
}

CopydeskSpellChecker *
copydesk_checks_view_get_checker (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  return self->checker;
}

CopydeskSpellHelper *
copydesk_checks_view_get_body_helper (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  return self->body_helper;
}

/* Returns: (nullable): why spelling is not checked, said once in the view */
const char *
copydesk_checks_view_get_spell_status (CopydeskChecksView *self)
{
  g_return_val_if_fail (COPYDESK_IS_CHECKS_VIEW (self), NULL);

  return self->spell_status;
}
