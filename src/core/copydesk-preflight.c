/* copydesk-preflight.c: what receivers of a wire export may miss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two answers, kept apart because they mean different things to a
 * sub-editor: whether the file is valid NewsML-G2 (copydesk_newsml_check(),
 * with the schema when one is given), and what a receiver will not get even
 * from a valid file: photos without a file are sent without a picture, and
 * photos without a credit or an alt text arrive without them. House-style
 * checks are not this file's business.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-newsml.h"
#include "copydesk-preflight.h"

struct _CopydeskPreflight
{
  GObject              parent_instance;

  guint                n_photos;
  GStrv                without_file;
  GStrv                without_credit;
  GStrv                without_alt_text;
  CopydeskNewsmlCheck  check;
  guint                error_line;
  char                *error_message;
};

G_DEFINE_FINAL_TYPE (CopydeskPreflight, copydesk_preflight, G_TYPE_OBJECT)

static void
copydesk_preflight_finalize (GObject *object)
{
  CopydeskPreflight *self = (CopydeskPreflight *) object;

  g_strfreev (self->without_file);
  g_strfreev (self->without_credit);
  g_strfreev (self->without_alt_text);
  g_free (self->error_message);

  G_OBJECT_CLASS (copydesk_preflight_parent_class)->finalize (object);
}

static void
copydesk_preflight_class_init (CopydeskPreflightClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = copydesk_preflight_finalize;
}

static void
copydesk_preflight_init (CopydeskPreflight *self)
{
  self->check = COPYDESK_NEWSML_CHECK_FAILED;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* A photo without a file, or whose file is gone, is sent without a picture. */
static gboolean
has_file (CopydeskPhoto *photo)
{
  GFile *file = copydesk_photo_get_file (photo);

  return file != NULL && g_file_query_exists (file, NULL);
}

static void
look_at_photos (CopydeskPreflight *self,
                CopydeskArticle   *article)
{
  GListModel *photos = copydesk_article_get_photos (article);
  g_autoptr(GStrvBuilder) no_file = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) no_credit = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) no_alt = g_strv_builder_new ();

  self->n_photos = g_list_model_get_n_items (photos);
  for (guint i = 0; i < self->n_photos; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      const char *id = copydesk_photo_get_id (photo);

      if (!has_file (photo))
        g_strv_builder_add (no_file, id);
      if (is_blank (copydesk_photo_get_credit (photo)))
        g_strv_builder_add (no_credit, id);
      if (is_blank (copydesk_photo_get_alt_text (photo)))
        g_strv_builder_add (no_alt, id);
    }
  self->without_file = g_strv_builder_end (no_file);
  self->without_credit = g_strv_builder_end (no_credit);
  self->without_alt_text = g_strv_builder_end (no_alt);
}

static void
check_xml (CopydeskPreflight *self,
           CopydeskArticle   *article,
           GBytes            *xml,
           GFile             *base_dir,
           const char        *schema_path)
{
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (xml == NULL && (xml = written = copydesk_newsml_write (article, base_dir, &error)) == NULL)
    {
      self->error_message = g_strdup (error->message);
      return;
    }
  self->check = copydesk_newsml_check (xml, schema_path, &problems, &error);
  if (self->check == COPYDESK_NEWSML_CHECK_FAILED)
    {
      self->error_message = g_strdup (error->message);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      const CopydeskNewsmlProblem *problem = g_ptr_array_index (problems, i);

      if (!problem->is_note)
        {
          self->error_line = problem->line;
          self->error_message = g_strdup (problem->message);
          return;
        }
    }
}

/**
 * copydesk_preflight_new:
 * @article: read only; a snapshot will do
 * @xml: (nullable): the NewsML-G2 file to check, or %NULL to write it here
 * @base_dir: (nullable): as for copydesk_newsml_write()
 * @schema_path: (nullable): the NewsML-G2 XSD, as for copydesk_newsml_check()
 *
 * Looks at the article and its file before an export. Synchronous: it
 * writes and validates the file and looks whether each photo file exists,
 * which for a story takes milliseconds; run it in a thread for a gallery.
 *
 * Returns: (transfer full): the answers
 */
CopydeskPreflight *
copydesk_preflight_new (CopydeskArticle *article,
                        GBytes          *xml,
                        GFile           *base_dir,
                        const char      *schema_path)
{
  CopydeskPreflight *self;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  self = g_object_new (COPYDESK_TYPE_PREFLIGHT, NULL);
  look_at_photos (self, article);
  check_xml (self, article, xml, base_dir, schema_path);
  return self;
}

guint
copydesk_preflight_get_n_photos (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), 0);
  return self->n_photos;
}

/**
 * copydesk_preflight_get_without_file:
 *
 * Returns: (transfer none): the ids of the photos sent without a picture
 */
const char * const *
copydesk_preflight_get_without_file (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);
  return (const char * const *) self->without_file;
}

/**
 * copydesk_preflight_get_without_credit:
 *
 * Returns: (transfer none): the ids of the photos with no credit
 */
const char * const *
copydesk_preflight_get_without_credit (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);
  return (const char * const *) self->without_credit;
}

/**
 * copydesk_preflight_get_without_alt_text:
 *
 * Returns: (transfer none): the ids of the photos with no alt text
 */
const char * const *
copydesk_preflight_get_without_alt_text (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);
  return (const char * const *) self->without_alt_text;
}

/* Whether Export should list something and ask before it writes. */
gboolean
copydesk_preflight_has_receiver_issues (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), FALSE);
  return self->without_file[0] != NULL || self->without_credit[0] != NULL ||
         self->without_alt_text[0] != NULL;
}

CopydeskNewsmlCheck
copydesk_preflight_get_check (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), COPYDESK_NEWSML_CHECK_FAILED);
  return self->check;
}

/* Valid by the built-in checks and, when one was given and loaded, the schema. */
gboolean
copydesk_preflight_get_valid (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), FALSE);
  return self->check == COPYDESK_NEWSML_CHECK_VALID ||
         self->check == COPYDESK_NEWSML_CHECK_VALID_BUILTIN;
}

/* The line of the first problem (1-based), 0 for none or the whole file. */
guint
copydesk_preflight_get_error_line (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), 0);
  return self->error_line;
}

/**
 * copydesk_preflight_get_error_message:
 *
 * Returns: (nullable): the first problem, or why the check could not run
 */
const char *
copydesk_preflight_get_error_message (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);
  return self->error_message;
}

/**
 * copydesk_preflight_describe_validity:
 *
 * Returns: (transfer full): one line for the Wire tab
 */
char *
copydesk_preflight_describe_validity (CopydeskPreflight *self)
{
  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);

  switch (self->check)
    {
    case COPYDESK_NEWSML_CHECK_VALID:
      return g_strdup (_("Valid NewsML-G2: the IPTC schema accepts it"));
    case COPYDESK_NEWSML_CHECK_VALID_BUILTIN:
      return g_strdup (_("Valid by the built-in checks (no schema was used)"));
    case COPYDESK_NEWSML_CHECK_INVALID:
      if (self->error_line > 0)
        return g_strdup_printf (_("Not valid: line %u: %s"), self->error_line,
                                self->error_message);
      return g_strdup_printf (_("Not valid: %s"), self->error_message);
    case COPYDESK_NEWSML_CHECK_FAILED:
    default:
      return g_strdup_printf (_("Could not be checked: %s"),
                              self->error_message != NULL ? self->error_message : "");
    }
}

static void
add_count_line (GString    *out,
                const char *line)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, line);
}

/**
 * copydesk_preflight_describe_receivers:
 *
 * Returns: (transfer full): what receivers will miss, one line each, for the
 *   Export dialog and the Wire tab; "" when they miss nothing
 */
char *
copydesk_preflight_describe_receivers (CopydeskPreflight *self)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);

  if ((n = g_strv_length (self->without_file)) > 0)
    {
      g_autofree char *line =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u of %u photos has no file: it will be sent without a "
                                      "picture",
                                      "%u of %u photos have no file: they will be sent without "
                                      "a picture", n),
                         n, self->n_photos);
      add_count_line (out, line);
    }
  if ((n = g_strv_length (self->without_credit)) > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u photo has no credit",
                                                            "%u photos have no credit", n), n);
      add_count_line (out, line);
    }
  if ((n = g_strv_length (self->without_alt_text)) > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u photo has no alt text",
                                                            "%u photos have no alt text", n), n);
      add_count_line (out, line);
    }
  return g_string_free (out, FALSE);
}

/**
 * copydesk_preflight_describe_export:
 * @n_written: how many photo files the export wrote
 *
 * Returns: (transfer full): the toast after Export for Wire, saying what was
 *   and was not written: "Exported the story and 2 of 8 photos; 6 photos
 *   have no file"
 */
char *
copydesk_preflight_describe_export (CopydeskPreflight *self,
                                    guint              n_written)
{
  g_autofree char *done = NULL;
  g_autofree char *missing = NULL;
  guint n_missing, n_no_file;

  g_return_val_if_fail (COPYDESK_IS_PREFLIGHT (self), NULL);

  if (self->n_photos == 0)
    return g_strdup (_("Exported the story"));
  n_written = MIN (n_written, self->n_photos);
  if (n_written == self->n_photos)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported the story and its photo",
                                         "Exported the story and its %u photos", n_written),
                            n_written);

  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported the story and %u of %u photo",
                                       "Exported the story and %u of %u photos", self->n_photos),
                          n_written, self->n_photos);
  n_missing = self->n_photos - n_written;
  n_no_file = g_strv_length (self->without_file);
  if (n_missing == n_no_file)
    missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u photo has no file",
                                            "%u photos have no file", n_missing), n_missing);
  else
    missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u photo was not written",
                                            "%u photos were not written", n_missing), n_missing);
  /* Translators: the two halves of the export toast:
   * "Exported … photos; 6 photos have no file" */
  return g_strdup_printf (_("%s; %s"), done, missing);
}
