/* test-checks-view.c: the Checks view and spelling in the editor (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spelling uses the tests' own en_ZZ dictionary (tests/checks/dict) in a
 * private Enchant folder, never the machine's dictionaries. Each test ends
 * with the editor finalized.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "checks-test-util.h"
#include "copydesk-checks-view.h"
#include "copydesk-editor.h"
#include "copydesk-spell-entry.h"
#include "copydesk-spell-helper.h"
#include "copydesk-wire-export-dialog.h"
#include "preview-test-util.h"
#include "ui-test-util.h"
#include "toolkit-warnings.h"

static CopydeskApplication *app;

static gboolean
give_up (gpointer user_data)
{
  g_error ("%s did not happen", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

#define WAIT_UNTIL(cond) G_STMT_START {                                   \
    guint guard_ = g_timeout_add_seconds (TOOLKIT_WAIT_LIMIT_SECONDS, give_up, (gpointer) #cond);  \
    while (!(cond))                                                      \
      g_main_context_iteration (NULL, TRUE);                             \
    g_source_remove (guard_);                                            \
  } G_STMT_END

typedef struct
{
  GtkWidget          *window;
  CopydeskEditor     *editor;
  CopydeskDocument   *document;
  CopydeskChecksView *view;
} Fixture;

static void
fixture_open (Fixture    *f,
              const char *headline,
              const char *byline,
              const char *body_markup,
              const char *language)
{
  g_autoptr (CopydeskArticle) article = copydesk_article_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (CopydeskBody) body = copydesk_body_parse_markup (body_markup, -1, &error);

  g_assert_no_error (error);
  copydesk_article_set_headline (article, headline);
  copydesk_article_set_byline (article, byline);
  copydesk_article_set_language (article, language);
  copydesk_article_set_body (article, body);
  f->document = copydesk_document_new ();
  copydesk_document_set_article (f->document, article);
  f->editor = g_object_ref_sink (COPYDESK_EDITOR (copydesk_editor_new ()));
  copydesk_editor_set_document (f->editor, f->document);
  f->view = copydesk_checks_view_get_for_editor (f->editor);
  g_assert_nonnull (f->view);
  f->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->editor));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  preview_test_wait_frames (f->window, 2);
}

static void
fixture_close (Fixture *f)
{
  WAIT_UNTIL (!copydesk_checks_view_get_pending (f->view));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->document);
}

static GtkTextBuffer *
body_buffer (Fixture *f)
{
  return GTK_TEXT_BUFFER (copydesk_document_get_buffer (f->document));
}

static char *
body_text (Fixture *f)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (body_buffer (f), &start, &end);
  return gtk_text_buffer_get_text (body_buffer (f), &start, &end, FALSE);
}

static int
find_finding (Fixture       *f,
              CopydeskCheck  check)
{
  GPtrArray *findings = copydesk_checks_view_get_findings (f->view);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    if (((CopydeskCheckFinding *) g_ptr_array_index (findings, i))->check == check)
      return (int) i;
  return -1;
}

static void
wait_checked (Fixture *f)
{
  copydesk_checks_view_run_now (f->view);
  WAIT_UNTIL (!copydesk_checks_view_get_pending (f->view));
}

/* A flawed article: findings listed errors first, a click selects the
 * range in the right field, a quick fix is one undo step. */
static void
test_findings (void)
{
  Fixture f = { 0, };
  GPtrArray *findings;
  const CopydeskCheckFinding *quotes;
  GtkWidget *headline;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *undone = NULL;
  g_auto (GStrv) errors = NULL;
  int i;

  fixture_open (&f, "The \"gate\" fails its tests", "",
                "The gate was closed at dawn.\n\n## The tide came in.\n", "en-ZZ");
  wait_checked (&f);
  findings = copydesk_checks_view_get_findings (f.view);
  g_assert_nonnull (findings);
  g_assert_cmpuint (copydesk_checks_view_get_n_errors (f.view), >=, 1);
  g_assert_cmpuint (copydesk_checks_view_get_n_warnings (f.view), >=, 2);
  /* errors first */
  for (guint k = 1; k < findings->len; k++)
    g_assert_cmpint (((CopydeskCheckFinding *) findings->pdata[k - 1])->severity, <=,
                     ((CopydeskCheckFinding *) findings->pdata[k])->severity);
  for (guint k = 0; k < findings->len; k++)
    {
      const CopydeskCheckFinding *finding = findings->pdata[k];
      g_autofree char *line = copydesk_check_finding_to_string (finding);

      g_test_message ("%s (%s)", line, copydesk_check_get_id (finding->check));
    }
  g_assert_cmpint (find_finding (&f, COPYDESK_CHECK_MISSING_BYLINE), >=, 0);
  errors = copydesk_checks_view_dup_error_messages (f.view);
  g_assert_cmpuint (g_strv_length (errors), ==, copydesk_checks_view_get_n_errors (f.view));

  /* a click on the headline's straight quotes selects them there */
  i = find_finding (&f, COPYDESK_CHECK_STRAIGHT_QUOTES);
  g_assert_cmpint (i, >=, 0);
  quotes = g_ptr_array_index (findings, i);
  g_assert_cmpint (quotes->field, ==, COPYDESK_CHECK_FIELD_HEADLINE);
  g_assert_true (copydesk_checks_view_activate_finding (f.view, (guint) i));
  headline = copydesk_editor_get_field_widget (f.editor, COPYDESK_CHECK_FIELD_HEADLINE);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (headline));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, quotes->start);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, quotes->end);
  selected = gtk_text_iter_get_slice (&start, &end);
  g_assert_nonnull (strchr (selected, '"'));

  /* the subheading's full stop, mended in one step and checked again */
  i = find_finding (&f, COPYDESK_CHECK_SUBHEADING_FULL_STOP);
  g_assert_cmpint (i, >=, 0);
  g_assert_true (copydesk_checks_view_activate_finding (f.view, (guint) i));
  g_assert_true (gtk_text_buffer_get_selection_bounds (body_buffer (&f), &start, &end));
  g_free (selected);
  selected = gtk_text_iter_get_slice (&start, &end);
  g_assert_cmpstr (selected, ==, ".");
  g_assert_true (copydesk_checks_view_apply_fix (f.view, (guint) i));
  fixed = body_text (&f);
  g_assert_cmpstr (fixed, ==, "The gate was closed at dawn.\n\n## The tide came in\n");
  copydesk_document_flush (f.document);
  wait_checked (&f);
  g_assert_cmpint (find_finding (&f, COPYDESK_CHECK_SUBHEADING_FULL_STOP), ==, -1);
  g_assert_true (gtk_text_buffer_get_can_undo (body_buffer (&f)));
  gtk_text_buffer_undo (body_buffer (&f));
  undone = body_text (&f);
  g_assert_cmpstr (undone, ==, "The gate was closed at dawn.\n\n## The tide came in.\n");

  /* the headline's quotes, curled */
  i = find_finding (&f, COPYDESK_CHECK_STRAIGHT_QUOTES);
  g_assert_true (copydesk_checks_view_apply_fix (f.view, (guint) i));
  g_assert_cmpstr (copydesk_article_get_headline (copydesk_document_get_article (f.document)),
                   ==, "The “gate” fails its tests");
  fixture_close (&f);
}

static int
offset_of (GtkTextBuffer *buffer,
           const char    *word)
{
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, word, 0, &match_start, &match_end, NULL));
  return gtk_text_iter_get_offset (&match_start);
}

static gboolean
marked (CopydeskSpellHelper *helper,
        GtkTextBuffer       *buffer,
        const char          *word)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, word) + 1);
  return copydesk_spell_helper_is_marked (helper, &iter);
}

static gboolean
menu_has (GMenuModel *menu,
          const char *label)
{
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *text = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &text)
              && g_str_equal (text, label))
            return TRUE;
        }
    }
  return FALSE;
}

/* Underlined as you type, but not markup, addresses, placements, numbers
 * or capitals. */
static void
test_spell_body (void)
{
  Fixture f = { 0, };
  CopydeskSpellHelper *helper;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  fixture_open (&f, "The gate", "By Ann",
                "The gate was cloosed at **dawn** by NATO in 1999, see "
                "https://example.org/flibbet and [the qwzzy](https://example.org/zorp).\n\n"
                "[photo: gatepic]\n", "en-ZZ");
  g_assert_null (copydesk_checks_view_get_spell_status (f.view));
  helper = copydesk_checks_view_get_body_helper (f.view);
  buffer = body_buffer (&f);
  WAIT_UNTIL (!copydesk_spell_helper_get_pending (helper));
  g_assert_true (marked (helper, buffer, "cloosed"));
  g_assert_true (marked (helper, buffer, "qwzzy"));    /* a link's text is prose */
  g_assert_false (marked (helper, buffer, "gate"));
  g_assert_false (marked (helper, buffer, "flibbet"));
  g_assert_false (marked (helper, buffer, "zorp"));
  g_assert_false (marked (helper, buffer, "NATO"));
  g_assert_false (marked (helper, buffer, "gatepic"));
  g_assert_cmpuint (copydesk_spell_helper_count_marked (helper), ==, 2);

  /* typing: only the changed paragraph is checked again */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\n\nThe tide wass in.", -1);
  g_assert_true (copydesk_spell_helper_get_pending (helper));
  WAIT_UNTIL (!copydesk_spell_helper_get_pending (helper));
  g_assert_true (marked (helper, buffer, "wass"));
  g_assert_cmpuint (copydesk_spell_helper_count_marked (helper), ==, 3);
  fixture_close (&f);
}

/* The context menu: suggestions replace as one undo step; Add and Ignore
 * take the underline away in every field. */
static void
test_spell_menu (void)
{
  Fixture f = { 0, };
  CopydeskSpellHelper *helper;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GtkWidget *body;
  GtkWidget *byline;
  g_autofree char *text = NULL;
  g_autofree char *undone = NULL;

  fixture_open (&f, "Harbour gate", "By Ann Zorble",
                "The gate was cloosed at dawn. The zorble and the qwint came.\n", "en-ZZ");
  helper = copydesk_checks_view_get_body_helper (f.view);
  buffer = body_buffer (&f);
  body = GTK_WIDGET (copydesk_editor_get_body_view (f.editor));
  byline = copydesk_editor_get_field_widget (f.editor, COPYDESK_CHECK_FIELD_BYLINE);
  WAIT_UNTIL (!copydesk_spell_helper_get_pending (helper));
  g_assert_cmpuint (copydesk_spell_entry_count_marked (GTK_ENTRY (byline)), ==, 2);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "cloosed") + 2);
  copydesk_spell_helper_popup_at (helper, &iter);
  g_assert_true (menu_has (copydesk_spell_helper_get_menu (helper), "closed"));
  g_assert_true (menu_has (copydesk_spell_helper_get_menu (helper), "Add to Dictionary"));
  g_assert_true (menu_has (copydesk_spell_helper_get_menu (helper), "Ignore"));
  g_assert_true (gtk_widget_activate_action (body, "spell.replace", "s", "closed"));
  text = body_text (&f);
  g_assert_cmpstr (text, ==, "The gate was closed at dawn. The zorble and the qwint came.\n");
  gtk_text_buffer_undo (buffer);
  undone = body_text (&f);
  g_assert_cmpstr (undone, ==, "The gate was cloosed at dawn. The zorble and the qwint came.\n");

  /* Add to Dictionary: gone from the body and from the byline */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "zorble") + 1);
  copydesk_spell_helper_popup_at (helper, &iter);
  g_assert_true (gtk_widget_activate_action (body, "spell.add", NULL));
  g_assert_false (marked (helper, buffer, "zorble"));
  g_assert_cmpuint (copydesk_spell_entry_count_marked (GTK_ENTRY (byline)), ==, 1);
  g_assert_true (copydesk_spell_checker_check_word (copydesk_checks_view_get_checker (f.view),
                                                    "zorble", -1));

  /* Ignore */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "qwint") + 1);
  copydesk_spell_helper_popup_at (helper, &iter);
  g_assert_true (gtk_widget_activate_action (body, "spell.ignore", NULL));
  g_assert_false (marked (helper, buffer, "qwint"));

  /* no menu on a right word */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "gate") + 1);
  copydesk_spell_helper_popup_at (helper, &iter);
  g_assert_cmpint (g_menu_model_get_n_items (copydesk_spell_helper_get_menu (helper)), ==, 0);
  fixture_close (&f);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* No dictionary for the story's language: said once, nothing underlined,
 * the checks still run. */
static void
test_missing_dictionary (void)
{
  Fixture f = { 0, };
  GtkWidget *label;
  CopydeskSpellHelper *helper;

  fixture_open (&f, "Harbour gate", "By Ann", "Ang gate ay sarado ngayong umaga.\n", "tlh");
  g_assert_nonnull (copydesk_checks_view_get_spell_status (f.view));
  g_assert_null (copydesk_checks_view_get_checker (f.view));
  label = find_label (GTK_WIDGET (f.view), copydesk_checks_view_get_spell_status (f.view));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  helper = copydesk_checks_view_get_body_helper (f.view);
  g_assert_false (copydesk_spell_helper_get_pending (helper));
  g_assert_cmpuint (copydesk_spell_helper_count_marked (helper), ==, 0);
  wait_checked (&f);
  g_assert_cmpint (find_finding (&f, COPYDESK_CHECK_SPELLING), ==, -1);
  fixture_close (&f);
}

static void
keep_result (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static AdwMessageDialog *
visible_message_dialog (void)
{
  AdwMessageDialog *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Export for Wire names the checks' errors before sending, can go to the
 * first one instead, or send anyway. */
static void
test_export_lists_errors (void)
{
  Fixture f = { 0 };
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) none = NULL;
  g_autoptr (CopydeskArticle) snapshot = NULL;
  g_auto (GStrv) errors = NULL;
  AdwMessageDialog *ask;
  GtkWidget *label;
  const char *text;

  fixture_open (&f, "The gate fails its tests", "",
                "The gate was closed at dawn.\n", "en-ZZ");
  wait_checked (&f);
  errors = copydesk_checks_view_dup_error_messages (f.view);
  g_assert_nonnull (errors);
  g_assert_nonnull (errors[0]);   /* no byline */
  snapshot = copydesk_document_snapshot (f.document);
  copydesk_wire_export_dialog_async (GTK_WINDOW (f.window), snapshot, NULL,
                                     (const char * const *) errors, NULL, keep_result, &result);
  ask = visible_message_dialog ();
  g_assert_nonnull (ask);
  label = adw_message_dialog_get_extra_child (ask);
  g_assert_true (GTK_IS_LABEL (label));
  text = gtk_label_get_text (GTK_LABEL (label));
  g_test_message ("asks: %s", text);
  for (guint i = 0; errors[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", errors[i]);

      g_assert_nonnull (strstr (text, line));
    }
  g_assert_true (adw_message_dialog_has_response (ask, "export"));
  g_assert_true (adw_message_dialog_has_response (ask, "review"));
  g_assert_null (result);

  adw_message_dialog_response (ask, "review");
  gtk_window_destroy (GTK_WINDOW (ask));
  WAIT_UNTIL (result != NULL);
  none = copydesk_wire_export_dialog_finish (result, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (copydesk_wire_export_dialog_wants_review (result));
  /* what the window then does: the first error, selected */
  g_assert_true (copydesk_checks_view_review_first_error (f.view));
  g_clear_object (&result);   /* it holds the window */
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *enchant = checks_test_enchant_setup ();
  int status;

  g_test_init (&argc, &argv, NULL);
  toolkit_warnings_install ();
  gtk_init ();
  app = ui_test_app_new ();
  g_test_add_func ("/checks-view/findings", test_findings);
  g_test_add_func ("/checks-view/export-lists-errors", test_export_lists_errors);
  g_test_add_func ("/checks-view/spell-body", test_spell_body);
  g_test_add_func ("/checks-view/spell-menu", test_spell_menu);
  g_test_add_func ("/checks-view/missing-dictionary", test_missing_dictionary);
  status = g_test_run ();
  g_clear_pointer (&app, ui_test_app_free);
  checks_test_remove_tree (enchant);
  return status;
}
