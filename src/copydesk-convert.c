/* copydesk-convert.c: the command-line converter, a thin main() over the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "copydesk-core.h"
#include "copydesk-photo-meta.h"

enum {
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  char     *from;
  char     *to;
  char     *output;
  char     *with_photos;
  gboolean  version;
  char    **inputs;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->from);
  g_free (o->to);
  g_free (o->output);
  g_free (o->with_photos);
  g_strfreev (o->inputs);
}

static int
usage_error (const char *message)
{
  g_printerr ("copydesk-convert: %s\n", message);
  g_printerr (_("Try “copydesk-convert --help” for more information.\n"));
  return EXIT_USAGE;
}

static int
input_error (const char   *what,
             const GError *error)
{
  g_printerr ("copydesk-convert: %s: %s\n", what, error->message);
  return EXIT_BAD_INPUT;
}

/* Reads standard input to the end. */
static gboolean
read_stdin (GBytes  **bytes,
            GError  **error)
{
  GByteArray *data = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      ssize_t n = read (STDIN_FILENO, chunk, sizeof chunk);

      if (n == 0)
        break;
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_byte_array_unref (data);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not read standard input: %s"), g_strerror (saved));
          return FALSE;
        }
      g_byte_array_append (data, chunk, n);
    }
  *bytes = g_byte_array_free_to_bytes (data);
  return TRUE;
}

static gboolean
read_input (const char  *path,
            GBytes     **bytes,
            GError     **error)
{
  char *contents = NULL;
  gsize length = 0;

  if (g_str_equal (path, "-"))
    return read_stdin (bytes, error);
  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  *bytes = g_bytes_new_take (contents, length);
  return TRUE;
}

/* Content that opens with "<" (after a byte-order mark and blanks) is XML,
 * and so is anything in UTF-16: the reader then says why it refuses it. */
static const char *
guess_format (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const guchar *u = (const guchar *) data;
  gsize i = 0;

  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
                   (u[0] == '<' && u[1] == 0) || (u[0] == 0 && u[1] == '<')))
    return "newsml";

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  return (i < len && data[i] == '<') ? "newsml" : "text";
}

static gboolean
write_stdout (GBytes  *bytes,
              GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write to standard output: %s"), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* The file appears whole or not at all: GLib writes a temporary file beside
 * it, syncs it and renames it over the target, and removes it on failure. */
static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (g_str_equal (path, "-"))
    return write_stdout (bytes, error);
  return g_file_set_contents_full (path, data, len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}

/* --with-photos: the NewsML file's name is -o's base name, else made from
 * the slugline or the headline ("harbour-flood-barrier.xml"). */
static char *
wire_file_name (const Options   *o,
                CopydeskArticle *article)
{
  if (o->output != NULL)
    return g_path_get_basename (o->output);
  return copydesk_wire_export_suggest_name (article);
}

/* The NewsML file and captioned photo copies, together in one folder. */
static int
export_with_photos (const Options   *o,
                    CopydeskArticle *article)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = wire_file_name (o, article);
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (o->with_photos);
  g_autoptr(GFile) file = g_file_get_child (dir, name);
  g_autofree char *shown = g_file_get_parse_name (file);

  if (!copydesk_wire_export (article, file, NULL, &error))
    return input_error (shown, error);
  g_print ("%s\n", shown);
  return EXIT_OK;
}

static void
report_dropped (GPtrArray *dropped)
{
  for (guint i = 0; dropped != NULL && i < dropped->len; i++)
    g_printerr ("dropped: %s\n", (const char *) g_ptr_array_index (dropped, i));
}

/* What the NewsML-G2 file held that the article cannot carry. */
static void
report_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_printerr ("warning: %s\n", (const char *) g_ptr_array_index (warnings, i));
}

static int
convert (const Options *o)
{
  const char *input = o->inputs[0];
  const char *from = o->from;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) in = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(CopydeskArticle) article = NULL;
  g_autoptr(GFile) base_dir = NULL;
  const char *output = o->output ? o->output : "-";
  const char *data;
  gsize len;

  if (!read_input (input, &in, &error))
    return input_error (input, error);

  if (from == NULL)
    from = guess_format (in);
  if (g_str_equal (from, "newsml"))
    {
      /* photo references in the file are relative to the file's folder */
      g_autoptr(GFile) in_file = g_str_equal (input, "-") ? NULL
                                                          : g_file_new_for_commandline_arg (input);
      g_autoptr(GFile) in_dir = in_file ? g_file_get_parent (in_file) : g_file_new_for_path (".");

      article = copydesk_newsml_read (in, in_dir, &warnings, &error);
      if (article == NULL)
        return input_error (input, error);
      report_warnings (warnings);
    }
  else
    {
      data = g_bytes_get_data (in, &len);
      article = copydesk_import_plain_text (data ? data : "", len, &dropped, &error);
      if (article == NULL)
        return input_error (input, error);
      report_dropped (dropped);
    }
  /* the article holds all it needs: the input's memory goes before the
   * output's is taken */
  g_clear_pointer (&in, g_bytes_unref);

  if (o->with_photos != NULL)
    return export_with_photos (o, article);
  if (g_str_equal (output, "-"))
    base_dir = g_file_new_for_path (".");
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      base_dir = g_file_get_parent (file);
    }

  out = copydesk_newsml_write (article, base_dir, &error);
  if (out == NULL)
    return input_error (input, error);
  if (!write_output (output, out, &error))
    return input_error (output, error);
  return EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  Options o = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &o.from,
      N_("Input format: text or newsml (default: guessed from the content)"), N_("FORMAT") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &o.to,
      N_("Output format: newsml (the default)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("Write to FILE instead of standard output; FILE is replaced only on success"),
      N_("FILE") },
    { "with-photos", 0, 0, G_OPTION_ARG_FILENAME, &o.with_photos,
      N_("Export for wire: write the NewsML-G2 file into DIR (named after -o, or the slugline) "
         "with a copy of each photo beside it, its caption and credit written into the copy"),
      N_("DIR") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version, N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.inputs, NULL, N_("INPUT") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("INPUT — convert an article to NewsML-G2"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("INPUT is a file, or “-” for standard input. Plain text is read into headline,\n"
      "standfirst, byline, dateline, paragraphs, subheadings, photo captions and the\n"
      "contributor note; each line left out is printed as “dropped: LINE”.\n"
      "NewsML-G2 is read whole; what the article cannot carry is listed on\n"
      "standard error, one “warning:” line each.\n\n"
      "Exit status: 0 on success, 1 when the input cannot be converted or the\n"
      "output cannot be written (no output file is then created or changed),\n"
      "2 on a usage error."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = usage_error (error->message);
  else if (o.version)
    {
      g_print ("copydesk-convert %s\n", PACKAGE_VERSION);
      status = EXIT_OK;
    }
  else if (o.from != NULL && !g_str_equal (o.from, "text") && !g_str_equal (o.from, "newsml"))
    status = usage_error (_("--from takes “text” or “newsml”"));
  else if (o.to != NULL && !g_str_equal (o.to, "newsml"))
    status = usage_error (_("--to takes “newsml”"));
  else if (o.with_photos != NULL && o.output != NULL && g_str_equal (o.output, "-"))
    status = usage_error (_("--with-photos writes files into DIR, not to standard output"));
  else if (o.inputs == NULL || o.inputs[0] == NULL)
    status = usage_error (_("no INPUT given"));
  else if (o.inputs[1] != NULL)
    status = usage_error (_("give one INPUT at a time"));
  else
    status = convert (&o);

  options_clear (&o);
  return status;
}
