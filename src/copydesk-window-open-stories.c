/* copydesk-window-open-stories.c: a file of several stories: the window
 * offers each, opens the chosen one, and asks before saving over the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader opens one story of a newsMessage; the writer writes that one
 * story only: saving over the original would lose the others, so the window
 * says so when it opens the file and asks again before saving over it (as it
 * does for a file the reader read in part, copydesk_newsml_read_is_partial()).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-window-internal.h"

#define OVERWRITE_CONFIRMED "copydesk-overwrite-confirmed"
/* set on the article read from a file of several stories */
#define FROM_SEVERAL "copydesk-from-several-stories"

typedef struct
{
  GFile           *file;
  CopydeskArticle *article;
} Survey;

static void
survey_free (Survey *survey)
{
  g_object_unref (survey->file);
  g_object_unref (survey->article);
  g_free (survey);
}

/* Each story as two strings: its headline, then its guid and version. */
static void
survey_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  GPtrArray *rows;
  gsize length = 0;

  Survey *survey = task_data;

  if (!g_file_load_contents (survey->file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  titles = copydesk_newsml_list_stories (bytes, &error);
  if (titles == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < titles->len; i++)
    {
      g_autoptr(CopydeskArticle) story = copydesk_newsml_read_story (bytes, NULL, i, NULL, NULL);

      g_ptr_array_add (rows, g_strdup (g_ptr_array_index (titles, i)));
      /* TRANSLATORS: a story's guid and version in the list of a file's stories */
      g_ptr_array_add (rows, story == NULL ? g_strdup ("")
                             : g_strdup_printf (_("%s · version %u"),
                                                copydesk_article_get_guid (story),
                                                copydesk_article_get_version (story)));
    }
  g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_story_opened (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  if (!copydesk_document_load_finish (COPYDESK_DOCUMENT (object), result, &warnings, &error))
    {
      _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, error->message);
      return;
    }
  _copydesk_window_show_error (self, COPYDESK_NOTICE_FILE, NULL);
  _copydesk_window_show_notes (self, warnings, FALSE);
  g_object_set_data (G_OBJECT (copydesk_document_get_article (self->document)), FROM_SEVERAL,
                     GINT_TO_POINTER (TRUE));
}

static void
on_chooser_response (AdwMessageDialog *dialog,
                     const char       *response,
                     CopydeskWindow   *self)
{
  GtkListBox *list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  int index = row != NULL ? gtk_list_box_row_get_index (row) : 0;

  if (g_str_equal (response, "open") && index > 0)
    copydesk_document_load_story_async (self->document, file, (guint) index, self->cancellable,
                                        on_story_opened, g_object_ref (self));
}

static GtkWidget *
story_list (GPtrArray *rows)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stories in the file"), -1);
  for (guint i = 0; i + 1 < rows->len; i += 2)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (rows, i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_ptr_array_index (rows, i + 1));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  return list;
}

static void
on_surveyed (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CopydeskWindow) self = user_data;
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), NULL);
  Survey *survey = g_task_get_task_data (G_TASK (result));
  GFile *file = survey->file;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (rows == NULL || rows->len < 4 || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  g_object_set_data (G_OBJECT (survey->article), FROM_SEVERAL, GINT_TO_POINTER (TRUE));
  if (survey->article != copydesk_document_get_article (self->document))
    return;
  name = g_file_get_basename (file);
  /* TRANSLATORS: "“wire.xml” holds 3 stories" */
  heading = g_strdup_printf (ngettext ("“%s” holds %u story", "“%s” holds %u stories",
                                       rows->len / 2), name, rows->len / 2);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Choose the story to edit; the first is open now. Saving "
                                     "over this file writes only the story you edit: the other "
                                     "stories are not kept. Use Save As to keep the original "
                                     "file whole."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), story_list (rows));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the First"), "open", _("_Open"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* After an open: when the file holds several stories, offer each (the file
 * is read again off the main thread; one story costs one more parse). */
void
_copydesk_window_offer_stories (CopydeskWindow *self)
{
  CopydeskDocument *document = self->document;
  GFile *file = copydesk_document_get_file (document);
  g_autoptr(GTask) task = NULL;
  Survey *survey;

  if (file == NULL || copydesk_document_get_is_sample (document))
    return;
  survey = g_new0 (Survey, 1);
  survey->file = g_object_ref (file);
  survey->article = g_object_ref (copydesk_document_get_article (document));
  task = g_task_new (NULL, self->cancellable, on_surveyed, g_object_ref (self));
  g_task_set_task_data (task, survey, (GDestroyNotify) survey_free);
  g_task_run_in_thread (task, survey_thread);
}

/* Saving over the file the article came from loses what the read left out,
 * unless the journalist said so once for this article. */
gboolean
_copydesk_window_overwrite_needs_asking (CopydeskWindow *self)
{
  CopydeskArticle *article = copydesk_document_get_article (self->document);

  return copydesk_document_get_file (self->document) != NULL
         && (copydesk_newsml_read_is_partial (article)
             || g_object_get_data (G_OBJECT (article), FROM_SEVERAL) != NULL)
         && g_object_get_data (G_OBJECT (article), OVERWRITE_CONFIRMED) == NULL;
}

static void
on_overwrite_response (AdwMessageDialog *dialog,
                       const char       *response,
                       CopydeskWindow   *self)
{
  if (g_str_equal (response, "overwrite"))
    {
      g_object_set_data (G_OBJECT (copydesk_document_get_article (self->document)),
                         OVERWRITE_CONFIRMED, GINT_TO_POINTER (TRUE));
      copydesk_window_save (self, NULL);
    }
  else if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
}

void
_copydesk_window_ask_overwrite (CopydeskWindow *self)
{
  g_autofree char *name = g_file_get_basename (copydesk_document_get_file (self->document));
  g_autofree char *heading = g_strdup_printf (_("Save over “%s”?"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("The file holds more than this story (see the "
                                                "notes on opening it). Saving over it keeps only "
                                                "this story: the rest of the file is lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"), "overwrite", _("_Save Over"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_overwrite_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
