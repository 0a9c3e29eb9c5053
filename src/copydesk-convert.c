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

#include "copydesk-convert-check.h"
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
  gboolean  check;
  char     *dictionary;
  gboolean  list;
  int       item;
  char    **inputs;
  /* the desk's metadata, checked before any input is read */
  char    **subjects;
  char     *genre;
  char     *embargo;
  char     *status;
  char     *signal;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->from);
  g_free (o->to);
  g_free (o->output);
  g_free (o->with_photos);
  g_free (o->dictionary);
  g_strfreev (o->inputs);
  g_strfreev (o->subjects);
  g_free (o->genre);
  g_free (o->embargo);
  g_free (o->status);
  g_free (o->signal);
}

/* --subject, --genre, --embargo, --status, --signal: into @desk (a stand-in
 * until the article is read), or %FALSE naming the nearest valid codes. */
static gboolean
desk_options_parse (const Options  *o,
                    CopydeskDesk   *desk,
                    GError        **error)
{
  CopydeskVocab *vocab = copydesk_vocab_get_default ();
  const CopydeskConcept *concept;
  CopydeskPubStatus status;
  CopydeskSignal signal;

  for (guint i = 0; o->subjects != NULL && o->subjects[i] != NULL; i++)
    {
      concept = copydesk_vocab_resolve (vocab, COPYDESK_SCHEME_MEDIA_TOPIC, o->subjects[i], error);
      if (concept == NULL)
        return FALSE;
      copydesk_desk_add_subject (desk, copydesk_concept_get_qcode (concept), NULL);
    }
  if (o->genre != NULL)
    {
      concept = copydesk_vocab_resolve (vocab, COPYDESK_SCHEME_GENRE, o->genre, error);
      if (concept == NULL)
        return FALSE;
      copydesk_desk_set_genre (desk, copydesk_concept_get_qcode (concept));
    }
  if (o->embargo != NULL)
    {
      g_autoptr(GDateTime) embargo = copydesk_embargo_parse (o->embargo, error);

      if (embargo == NULL)
        return FALSE;
      copydesk_desk_set_embargo (desk, embargo);
    }
  if (o->status != NULL && !copydesk_pub_status_parse (o->status, &status, error))
    return FALSE;
  if (o->signal != NULL && !copydesk_signal_parse (o->signal, &signal, error))
    return FALSE;
  if (o->status != NULL)
    copydesk_desk_set_pub_status (desk, status);
  if (o->signal != NULL)
    copydesk_desk_set_signal (desk, signal);
  return TRUE;
}

/* What was given on the command line replaces what the input said. */
static void
desk_options_apply (const Options   *o,
                    CopydeskDesk    *given,
                    CopydeskArticle *article)
{
  CopydeskDesk *desk = copydesk_article_get_desk (article);
  const char * const *subjects = copydesk_desk_get_subjects (given);

  for (guint i = 0; subjects[i] != NULL; i++)
    copydesk_desk_add_subject (desk, subjects[i], NULL);
  if (o->genre != NULL)
    copydesk_desk_set_genre (desk, copydesk_desk_get_genre (given));
  if (o->embargo != NULL)
    copydesk_desk_set_embargo (desk, copydesk_desk_get_embargo (given));
  if (o->status != NULL)
    copydesk_desk_set_pub_status (desk, copydesk_desk_get_pub_status (given));
  if (o->signal != NULL)
    copydesk_desk_set_signal (desk, copydesk_desk_get_signal (given));
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
  /* a web page names itself in its first tag */
  if (copydesk_import_looks_like_html (NULL, data + i, len - i))
    return "html";
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
  return copydesk_article_suggest_file_name (article);
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

/* A file of several stories: the reader said how many, and which one this
 * is; the command says how to convert another. */
static void
report_other_stories (GBytes *in)
{
  g_autoptr(GPtrArray) stories = copydesk_newsml_list_stories (in, NULL);
  g_autofree char *hint = NULL;

  if (stories == NULL || stories->len < 2)
    return;
  /* TRANSLATORS: --item and --list are the command's options: keep them as they are */
  hint = g_strdup_printf (_("convert another story with --item N (1 to %u); --list lists them"),
                          stories->len);
  g_printerr ("warning: %s\n", hint);
}

/* --list: one line a story, "N<TAB>headline", numbered as --item takes them. */
static int
list_stories (const char *input,
              GBytes     *in)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = copydesk_newsml_list_stories (in, &error);

  if (stories == NULL)
    return input_error (input, error);
  for (guint i = 0; i < stories->len; i++)
    g_print ("%u\t%s\n", i + 1, (const char *) g_ptr_array_index (stories, i));
  return EXIT_OK;
}

static int
convert (const Options *o,
         CopydeskDesk  *given)
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
  if (o->list && !g_str_equal (from, "newsml"))
    return usage_error (_("--list lists the stories of a NewsML-G2 file"));
  if (g_str_equal (from, "newsml"))
    {
      /* photo references in the file are relative to the file's folder */
      g_autoptr(GFile) in_file = g_str_equal (input, "-") ? NULL
                                                          : g_file_new_for_commandline_arg (input);
      g_autoptr(GFile) in_dir = in_file ? g_file_get_parent (in_file) : g_file_new_for_path (".");

      if (o->list)
        return list_stories (input, in);
      article = copydesk_newsml_read_story (in, in_dir, o->item > 0 ? (guint) o->item - 1 : 0,
                                            &warnings, &error);
      if (article == NULL)
        return input_error (input, error);
      report_warnings (warnings);
      report_other_stories (in);
    }
  else
    {
      data = g_bytes_get_data (in, &len);
      if (g_str_equal (from, "html"))
        article = copydesk_import_html (data ? data : "", len, &dropped, &error);
      else
        article = copydesk_import_plain_text (data ? data : "", len, &dropped, &error);
      if (article == NULL)
        return input_error (input, error);
      report_dropped (dropped);
    }
  /* the article holds all it needs: the input's memory goes before the
   * output's is taken */
  g_clear_pointer (&in, g_bytes_unref);

  desk_options_apply (o, given, article);
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
  g_autoptr(CopydeskDesk) given = g_object_new (COPYDESK_TYPE_DESK, NULL);
  int status;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &o.from,
      N_("Input format: text, html or newsml (default: guessed from the content)"), N_("FORMAT") },
    { "to", 't', 0, G_OPTION_ARG_STRING, &o.to,
      N_("Output format: newsml (the default)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("Write to FILE instead of standard output; FILE is replaced only on success"),
      N_("FILE") },
    { "with-photos", 0, 0, G_OPTION_ARG_FILENAME, &o.with_photos,
      N_("Export for wire: write the NewsML-G2 file into DIR (named after -o, or the slugline) "
         "with a copy of each photo beside it, its caption and credit written into the copy"),
      N_("DIR") },
    { "subject", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.subjects,
      N_("Add an IPTC Media Topic (medtop:20000523, 20000523 or its English label); repeatable"),
      N_("CODE") },
    { "genre", 0, 0, G_OPTION_ARG_STRING, &o.genre,
      N_("Set the IPTC genre (genre:Current, Current or its English label)"), N_("CODE") },
    { "embargo", 0, 0, G_OPTION_ARG_STRING, &o.embargo,
      N_("Embargo until TIME, ISO 8601 with a time zone (2026-12-04T06:00:00+01:00)"),
      N_("TIME") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &o.status,
      N_("Publishing status: usable, withheld or canceled"), N_("STATUS") },
    { "signal", 0, 0, G_OPTION_ARG_STRING, &o.signal,
      N_("Signal to receivers: none, update or correction"), N_("SIGNAL") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &o.check,
      N_("Check each INPUT (NewsML-G2) for the wire and the house style instead of converting: "
         "one “FILE:LINE: error|warning: MESSAGE” line per finding; exit status 1 when there "
         "are errors"), NULL },
    { "dictionary", 0, 0, G_OPTION_ARG_STRING, &o.dictionary,
      N_("With --check, check spelling in LANG (such as en_GB) instead of each story’s "
         "language"), N_("LANG") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &o.list,
      N_("List the stories of a NewsML-G2 message, one “N<tab>headline” line each, and exit"),
      NULL },
    { "item", 0, 0, G_OPTION_ARG_INT, &o.item,
      N_("Convert story N of a message of several (from 1; the default is the first)"), N_("N") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version, N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.inputs, NULL, N_("INPUT") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  /* COPYDESK_LOCALE_DIR: the build's catalogues, for tests and uninstalled runs */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("COPYDESK_LOCALE_DIR") != NULL
                                   ? g_getenv ("COPYDESK_LOCALE_DIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("INPUT — convert an article to NewsML-G2"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("INPUT is a file, or “-” for standard input. Plain text is read into headline,\n"
      "standfirst, byline, dateline, paragraphs, subheadings, photo captions and the\n"
      "contributor note; each line left out is printed as “dropped: LINE”.\n"
      "A web page (HTML) is read from its schema.org and OpenGraph metadata and\n"
      "its markup; each block left out is printed as “dropped: TEXT”.\n"
      "NewsML-G2 is read whole; what the article cannot carry is listed on\n"
      "standard error, one “warning:” line each.\n\n"
      "Exit status: 0 on success, 1 when the input cannot be converted or the\n"
      "output cannot be written (no output file is then created or changed),\n"
      "2 on a usage error (an unknown code among them: the message names the\n"
      "nearest valid ones)."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = usage_error (error->message);
  else if (o.version)
    {
      g_print ("copydesk-convert %s\n", PACKAGE_VERSION);
      status = EXIT_OK;
    }
  else if (o.from != NULL && !g_str_equal (o.from, "text") && !g_str_equal (o.from, "newsml") &&
           !g_str_equal (o.from, "html"))
    status = usage_error (_("--from takes “text”, “html” or “newsml”"));
  else if (o.to != NULL && !g_str_equal (o.to, "newsml"))
    status = usage_error (_("--to takes “newsml”"));
  else if (o.with_photos != NULL && o.output != NULL && g_str_equal (o.output, "-"))
    status = usage_error (_("--with-photos writes files into DIR, not to standard output"));
  else if (!desk_options_parse (&o, given, &error))
    status = usage_error (error->message);
  else if (o.item < 0)
    status = usage_error (_("--item takes a story number from 1"));
  else if (o.list && o.from != NULL && !g_str_equal (o.from, "newsml"))
    status = usage_error (_("--list lists the stories of a NewsML-G2 file"));
  else if (o.inputs == NULL || o.inputs[0] == NULL)
    status = usage_error (_("no INPUT given"));
  else if (o.check)
    status = copydesk_convert_check (o.inputs, o.dictionary);
  else if (o.inputs[1] != NULL)
    status = usage_error (_("give one INPUT at a time"));
  else
    status = convert (&o, given);

  options_clear (&o);
  return status;
}
