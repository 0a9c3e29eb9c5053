/* copydesk-wire-view.c: the NewsML-G2 file as receivers get it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only source view holds exactly the bytes Save would write; two
 * status lines above it say, apart, whether they are valid NewsML-G2 (with
 * the line of the first error) and what receivers may miss even from a valid
 * file (photos without a file, credit or alt text: copydesk-preflight.h).
 * Text updates replace only the stretch between the common start and end
 * of the old and new file, so the highlighting and the scroll position
 * survive a keystroke. Checks run in a GTask thread, one at a time: text
 * that arrives while one runs waits, and only the newest waiting text is
 * checked next.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "copydesk-wire-view.h"

#define MAX_TOOLTIP_PROBLEMS 8

struct _CopydeskWireView
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkWidget       *status_icon;
  GtkWidget       *status;
  GtkWidget       *receivers_icon;
  GtkWidget       *receivers;
  GtkWidget       *view;
  GtkSourceBuffer *buffer;

  GBytes          *xml;
  char            *schema_path;
  /* The story the file is written from, for what receivers may miss. */
  CopydeskArticle *article;
  GFile           *base_dir;
  GBytes          *pending;
  GCancellable    *cancellable;
  gboolean         checking;
};

typedef struct
{
  GBytes          *xml;
  char            *schema_path;
  CopydeskArticle *snapshot;
  GFile           *base_dir;
} CheckInput;

typedef struct
{
  CopydeskNewsmlCheck  verdict;
  GPtrArray           *problems;
  GError              *error;
  CopydeskPreflight   *preflight;
} CheckOutput;

G_DEFINE_FINAL_TYPE (CopydeskWireView, copydesk_wire_view, GTK_TYPE_WIDGET)

static void start_check (CopydeskWireView *self,
                         GBytes           *xml);

static void
check_input_free (CheckInput *input)
{
  g_bytes_unref (input->xml);
  g_free (input->schema_path);
  g_clear_object (&input->snapshot);
  g_clear_object (&input->base_dir);
  g_free (input);
}

static void
check_output_free (CheckOutput *output)
{
  g_clear_pointer (&output->problems, g_ptr_array_unref);
  g_clear_error (&output->error);
  g_clear_object (&output->preflight);
  g_free (output);
}

/* ------------------------------------------------------------ status line */

static void
set_status (CopydeskWireView *self,
            const char       *css_class,
            const char       *icon_name,
            const char       *text,
            const char       *tooltip)
{
  static const char * const classes[] = { "success", "warning", "error", NULL };

  for (guint i = 0; classes[i] != NULL; i++)
    gtk_widget_remove_css_class (self->status, classes[i]);
  gtk_widget_add_css_class (self->status, css_class);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icon), icon_name);
  gtk_label_set_text (GTK_LABEL (self->status), text);
  gtk_widget_set_tooltip_text (self->status, tooltip);
}

static char *
problems_tooltip (GPtrArray *problems)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len && i < MAX_TOOLTIP_PROBLEMS; i++)
    {
      g_autofree char *line = copydesk_newsml_problem_to_string (g_ptr_array_index (problems, i));

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  if (problems->len > MAX_TOOLTIP_PROBLEMS)
    g_string_append_printf (out, "\n…");
  return g_string_free (out, FALSE);
}

static const CopydeskNewsmlProblem *
first_problem (GPtrArray *problems,
               gboolean   is_note)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const CopydeskNewsmlProblem *problem = g_ptr_array_index (problems, i);

      if (problem->is_note == is_note)
        return problem;
    }
  return NULL;
}

static void
show_result (CopydeskWireView *self,
             CheckOutput      *out)
{
  g_autofree char *tooltip = out->problems ? problems_tooltip (out->problems) : NULL;
  const CopydeskNewsmlProblem *problem;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;

  switch (out->verdict)
    {
    case COPYDESK_NEWSML_CHECK_VALID:
      set_status (self, "success", "emblem-ok-symbolic", _("Valid NewsML-G2"),
                  _("The file passes the built-in checks and the NewsML-G2 schema"));
      break;
    case COPYDESK_NEWSML_CHECK_VALID_BUILTIN:
      problem = first_problem (out->problems, TRUE);
      text = problem ? g_strdup_printf (_("Valid NewsML-G2 by the built-in checks. %s"),
                                        problem->message)
                     : g_strdup (_("Valid NewsML-G2 by the built-in checks (no schema set)"));
      set_status (self, "warning", "emblem-ok-symbolic", text, tooltip);
      break;
    case COPYDESK_NEWSML_CHECK_INVALID:
      first = copydesk_newsml_problem_to_string (first_problem (out->problems, FALSE));
      text = g_strdup_printf (_("Invalid NewsML-G2: %s"), first);
      set_status (self, "error", "dialog-warning-symbolic", text, tooltip);
      break;
    case COPYDESK_NEWSML_CHECK_FAILED:
      text = g_strdup_printf (_("The file could not be checked: %s"), out->error->message);
      set_status (self, "error", "dialog-warning-symbolic", text, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
set_receivers (CopydeskWireView  *self,
               CopydeskPreflight *preflight)
{
  g_autofree char *text = NULL;
  gboolean issues;

  if (preflight == NULL)
    {
      gtk_widget_set_visible (gtk_widget_get_parent (self->receivers), FALSE);
      gtk_label_set_text (GTK_LABEL (self->receivers), "");
      return;
    }
  issues = copydesk_preflight_has_receiver_issues (preflight);
  if (issues)
    {
      g_autofree char *lines = copydesk_preflight_describe_receivers (preflight);
      g_auto(GStrv) split = g_strsplit (lines, "\n", -1);
      g_autofree char *joined = g_strjoinv ("; ", split);

      /* Translators: %s lists what is missing, e.g. "6 of 8 photos have no file: …" */
      text = g_strdup_printf (_("Receivers will miss: %s"), joined);
      gtk_widget_set_tooltip_text (self->receivers, lines);
    }
  else
    {
      text = copydesk_preflight_get_n_photos (preflight) == 0
               ? g_strdup (_("Receivers miss nothing: the story has no photos"))
               : g_strdup (_("Receivers get every photo with its file, credit and alt text"));
      gtk_widget_set_tooltip_text (self->receivers, NULL);
    }
  gtk_widget_remove_css_class (self->receivers, issues ? "success" : "warning");
  gtk_widget_add_css_class (self->receivers, issues ? "warning" : "success");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->receivers_icon),
                                issues ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  gtk_label_set_text (GTK_LABEL (self->receivers), text);
  gtk_widget_set_visible (gtk_widget_get_parent (self->receivers), TRUE);
}

/* ------------------------------------------------------------ checking */

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CheckInput *in = task_data;
  CheckOutput *out = g_new0 (CheckOutput, 1);

  out->verdict = copydesk_newsml_check (in->xml, in->schema_path, &out->problems, &out->error);
  /* Only the photos are looked at: the file is already checked above. */
  if (in->snapshot != NULL)
    out->preflight = copydesk_preflight_new (in->snapshot, in->xml, in->base_dir, NULL);
  g_task_return_pointer (task, out, (GDestroyNotify) check_output_free);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CopydeskWireView *self = COPYDESK_WIRE_VIEW (source);
  CheckOutput *out = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autoptr(GBytes) next = NULL;

  if (out == NULL)
    return; /* disposed */
  self->checking = FALSE;
  next = g_steal_pointer (&self->pending);
  if (next != NULL)
    start_check (self, next); /* this result is already stale */
  else
    {
      gtk_widget_remove_css_class (self->status, "dim-label");
      show_result (self, out);
      set_receivers (self, out->preflight);
    }
  check_output_free (out);
}

static void
start_check (CopydeskWireView *self,
             GBytes           *xml)
{
  g_autoptr(GTask) task = NULL;
  CheckInput *in;

  if (self->checking)
    {
      g_clear_pointer (&self->pending, g_bytes_unref);
      self->pending = g_bytes_ref (xml);
      return;
    }
  in = g_new0 (CheckInput, 1);
  in->xml = g_bytes_ref (xml);
  in->schema_path = g_strdup (self->schema_path);
  if (self->article != NULL)
    {
      in->snapshot = copydesk_article_snapshot (self->article);
      in->base_dir = self->base_dir ? g_object_ref (self->base_dir) : NULL;
    }
  self->checking = TRUE;
  gtk_widget_add_css_class (self->status, "dim-label");
  task = g_task_new (self, self->cancellable, on_checked, NULL);
  g_task_set_source_tag (task, start_check);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, in, (GDestroyNotify) check_input_free);
  g_task_run_in_thread (task, check_in_thread);
}

/* ------------------------------------------------------------ text */

static guint
count_newlines (const char *data,
                gsize       length)
{
  guint n = 0;

  for (const char *p = data, *end = data + length;
       p < end && (p = memchr (p, '\n', end - p)) != NULL; p++)
    n++;
  return n;
}

static void
iter_at_byte (GtkTextBuffer *buffer,
              GtkTextIter   *iter,
              const char    *data,
              gsize          offset)
{
  guint line = count_newlines (data, offset);
  const char *line_start = data + offset;

  while (line_start > data && line_start[-1] != '\n')
    line_start--;
  gtk_text_buffer_get_iter_at_line_index (buffer, iter, (int) line,
                                          (int) (data + offset - line_start));
}

/* Replaces only what differs between the buffer's text (@old) and @new. */
static void
replace_text (CopydeskWireView *self,
              GBytes           *old,
              GBytes           *new)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  gsize old_len = 0, new_len = 0, prefix = 0, suffix = 0;
  const char *a = old ? g_bytes_get_data (old, &old_len) : "";
  const char *b = g_bytes_get_data (new, &new_len);
  GtkTextIter start, end;

  /* an empty GBytes may hold no pointer at all */
  if (a == NULL)
    a = "";
  if (b == NULL)
    b = "";
  while (prefix < old_len && prefix < new_len && a[prefix] == b[prefix])
    prefix++;
  /* never cut a character in two */
  while (prefix > 0 && prefix < new_len && (b[prefix] & 0xC0) == 0x80)
    prefix--;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         a[old_len - 1 - suffix] == b[new_len - 1 - suffix])
    suffix++;
  while (suffix > 0 && (b[new_len - suffix] & 0xC0) == 0x80)
    suffix--;

  iter_at_byte (buffer, &start, a, prefix);
  iter_at_byte (buffer, &end, a, old_len - suffix);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, b + prefix, (int) (new_len - suffix - prefix));
}

/**
 * copydesk_wire_view_set_xml:
 * @self: the view
 * @xml: the document, exactly as it would be saved
 *
 * Shows @xml and checks it in the background.
 */
void
copydesk_wire_view_set_xml (CopydeskWireView *self,
                            GBytes           *xml)
{
  g_return_if_fail (COPYDESK_IS_WIRE_VIEW (self));
  g_return_if_fail (xml != NULL);

  if (self->xml != NULL && g_bytes_equal (self->xml, xml))
    return;
  if (g_bytes_get_size (xml) > 0 &&
      !g_utf8_validate_len (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), NULL))
    {
      g_autoptr(GError) error = g_error_new_literal (COPYDESK_ERROR, COPYDESK_ERROR_INVALID_UTF8,
                                                     _("The file is not valid UTF-8"));

      copydesk_wire_view_show_error (self, error);
      return;
    }
  replace_text (self, self->xml, xml);
  g_clear_pointer (&self->xml, g_bytes_unref);
  self->xml = g_bytes_ref (xml);
  start_check (self, xml);
}

/**
 * copydesk_wire_view_show_error:
 * @self: the view
 * @error: why the article cannot be written
 *
 * Says in the status line that the file cannot be written at the moment;
 * the text shown is the last that could be.
 */
void
copydesk_wire_view_show_error (CopydeskWireView *self,
                               const GError     *error)
{
  g_autofree char *text = NULL;

  g_return_if_fail (COPYDESK_IS_WIRE_VIEW (self));
  g_return_if_fail (error != NULL);

  text = g_strdup_printf (_("Invalid: the file cannot be written: %s"), error->message);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_pointer (&self->xml, g_bytes_unref);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), "", 0);
  gtk_widget_remove_css_class (self->status, "dim-label");
  set_status (self, "error", "dialog-warning-symbolic", text, NULL);
  set_receivers (self, NULL);
}

/**
 * copydesk_wire_view_set_article:
 * @self: the view
 * @article: (nullable): the story the files given to
 *   copydesk_wire_view_set_xml() are written from
 * @base_dir: (nullable): the folder its photo paths are relative to
 *
 * With an article, the view also says what receivers may miss; it looks at
 * a snapshot taken with each new file, in the checking thread.
 */
void
copydesk_wire_view_set_article (CopydeskWireView *self,
                                CopydeskArticle  *article,
                                GFile            *base_dir)
{
  g_return_if_fail (COPYDESK_IS_WIRE_VIEW (self));
  g_return_if_fail (article == NULL || COPYDESK_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  g_set_object (&self->base_dir, base_dir);
  if (article == NULL)
    set_receivers (self, NULL);
}

/**
 * copydesk_wire_view_get_receivers:
 *
 * Returns: what receivers may miss, as shown; "" without an article
 */
const char *
copydesk_wire_view_get_receivers (CopydeskWireView *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIRE_VIEW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->receivers));
}

void
copydesk_wire_view_set_schema_path (CopydeskWireView *self,
                                    const char       *schema_path)
{
  g_return_if_fail (COPYDESK_IS_WIRE_VIEW (self));

  if (g_strcmp0 (self->schema_path, schema_path) == 0)
    return;
  g_free (self->schema_path);
  self->schema_path = g_strdup (schema_path);
  if (self->xml != NULL)
    start_check (self, self->xml);
}

/**
 * copydesk_wire_view_get_buffer:
 * @self: the view
 *
 * Returns: (transfer none): the buffer holding the file's text
 */
GtkTextBuffer *
copydesk_wire_view_get_buffer (CopydeskWireView *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIRE_VIEW (self), NULL);

  return GTK_TEXT_BUFFER (self->buffer);
}

const char *
copydesk_wire_view_get_status (CopydeskWireView *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIRE_VIEW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->status));
}

gboolean
copydesk_wire_view_is_checking (CopydeskWireView *self)
{
  g_return_val_if_fail (COPYDESK_IS_WIRE_VIEW (self), FALSE);

  return self->checking;
}

/* ------------------------------------------------------------ construction */

static void
update_scheme (CopydeskWireView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static GtkWidget *
build_receivers (CopydeskWireView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_add_css_class (bar, "wire-status");
  self->receivers_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  self->receivers = gtk_label_new ("");
  gtk_label_set_xalign (GTK_LABEL (self->receivers), 0.0);
  gtk_label_set_wrap (GTK_LABEL (self->receivers), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->receivers), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->receivers, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->receivers),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What receivers may miss"),
                                  -1);
  gtk_box_append (GTK_BOX (bar), self->receivers_icon);
  gtk_box_append (GTK_BOX (bar), self->receivers);
  gtk_widget_set_visible (bar, FALSE);
  return bar;
}

static GtkWidget *
build_status (CopydeskWireView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_add_css_class (bar, "wire-status");
  self->status_icon = gtk_image_new_from_icon_name ("content-loading-symbolic");
  self->status = gtk_label_new (_("Not checked yet"));
  gtk_label_set_xalign (GTK_LABEL (self->status), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (self->status), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->status, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Validity of the file"), -1);
  gtk_box_append (GTK_BOX (bar), self->status_icon);
  gtk_box_append (GTK_BOX (bar), self->status);
  return bar;
}

static void
copydesk_wire_view_init (CopydeskWireView *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->cancellable = g_cancellable_new ();
  self->buffer = gtk_source_buffer_new_with_language (
    gtk_source_language_manager_get_language (languages, "xml"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (self->buffer), FALSE);
  self->view = gtk_source_view_new_with_buffer (self->buffer);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 8);
  gtk_source_view_set_show_line_numbers (GTK_SOURCE_VIEW (self->view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("NewsML-G2 file as it will be saved"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->view);
  gtk_widget_add_css_class (scroller, "wire-text");
  gtk_widget_set_vexpand (scroller, TRUE);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), build_status (self));
  gtk_box_append (GTK_BOX (self->box), build_receivers (self));
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_scheme), self, G_CONNECT_SWAPPED);
  update_scheme (self);
}

static void
copydesk_wire_view_dispose (GObject *object)
{
  CopydeskWireView *self = COPYDESK_WIRE_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->buffer);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->xml, g_bytes_unref);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_pointer (&self->schema_path, g_free);
  g_clear_object (&self->article);
  g_clear_object (&self->base_dir);
  G_OBJECT_CLASS (copydesk_wire_view_parent_class)->dispose (object);
}

static void
copydesk_wire_view_class_init (CopydeskWireViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = copydesk_wire_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wireview");
  gtk_source_init ();
}

GtkWidget *
copydesk_wire_view_new (void)
{
  return g_object_new (COPYDESK_TYPE_WIRE_VIEW, NULL);
}
