/* fuzz-common.c: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "fuzz-common.h"

const char *fuzz_current_input = NULL;

void
fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&done, 1);
    }
}

void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  if (fuzz_current_input != NULL)
    fprintf (stderr, "fuzz: input %s:\n", fuzz_current_input);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

GFile *
fuzz_base_dir (void)
{
  static gsize done = 0;
  static GFile *dir = NULL;

  if (g_once_init_enter (&done))
    {
      dir = g_file_new_for_path ("/nonexistent/copydesk-fuzz");
      g_once_init_leave (&done, 1);
    }
  return dir;
}

void
fuzz_assert_same_bytes (GBytes     *a,
                        GBytes     *b,
                        const char *what)
{
  gsize la, lb, i;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  if (la == lb && memcmp (da, db, la) == 0)
    return;
  for (i = 0; i < la && i < lb && da[i] == db[i]; i++)
    ;
  if (g_getenv ("COPYDESK_FUZZ_DUMP") != NULL)
    {
      /* both whole, for diff */
      g_autofree char *first = g_build_filename (g_getenv ("COPYDESK_FUZZ_DUMP"), "first", NULL);
      g_autofree char *second = g_build_filename (g_getenv ("COPYDESK_FUZZ_DUMP"), "second", NULL);

      g_file_set_contents (first, da, (gssize) la, NULL);
      g_file_set_contents (second, db, (gssize) lb, NULL);
    }
  while (i > 0 && da[i - 1] != '\n')
    i--;
  fuzz_fail ("%s: the two differ from byte %" G_GSIZE_FORMAT " (of %" G_GSIZE_FORMAT
             " and %" G_GSIZE_FORMAT "):\n--- first:\n%.*s\n--- second:\n%.*s",
             what, i, la, lb,
             (int) MIN (la - i, 300), da + i, (int) MIN (lb - i, 300), db + i);
}

GBytes *
fuzz_write (CopydeskArticle *article,
            const char      *what)
{
  g_autoptr(GError) error = NULL;
  GBytes *xml = copydesk_newsml_write (article, fuzz_base_dir (), &error);

  if (xml == NULL)
    fuzz_fail ("%s: the writer refused the article: %s", what, error->message);
  return xml;
}

static void
ignore_message (void       *ctx,
                const char *msg,
                ...)
{
}

static xmlSchemaPtr
schema (void)
{
  static gsize done = 0;
  static xmlSchemaPtr loaded = NULL;

  if (g_once_init_enter (&done))
    {
      const char *path = g_getenv ("COPYDESK_NEWSML_SCHEMA");

      if (path != NULL && *path != '\0')
        {
          xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt (path);

          loaded = ctxt ? xmlSchemaParse (ctxt) : NULL;
          if (loaded == NULL)
            fuzz_fail ("the schema %s could not be loaded", path);
          xmlSchemaFreeParserCtxt (ctxt);
        }
      g_once_init_leave (&done, 1);
    }
  return loaded;
}

static void
assert_valid_by_schema (xmlSchemaPtr  xsd,
                        GBytes       *xml,
                        const char   *what)
{
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  xmlDocPtr doc = xmlReadMemory (data, (int) len, NULL, NULL, XML_PARSE_NONET);
  xmlSchemaValidCtxtPtr ctxt;
  int status;

  if (doc == NULL)
    fuzz_fail ("%s: the writer's output is not well-formed XML:\n%.*s",
               what, (int) MIN (len, 2000), data);
  ctxt = xmlSchemaNewValidCtxt (xsd);
  xmlSchemaSetValidErrors (ctxt, ignore_message, ignore_message, NULL);
  status = xmlSchemaValidateDoc (ctxt, doc);
  xmlSchemaFreeValidCtxt (ctxt);
  xmlFreeDoc (doc);
  if (status != 0)
    {
      /* once more, loudly, for the log */
      doc = xmlReadMemory (data, (int) len, NULL, NULL, XML_PARSE_NONET);
      ctxt = xmlSchemaNewValidCtxt (xsd);
      xmlSchemaValidateDoc (ctxt, doc);
      fuzz_fail ("%s: the writer's output does not validate against the schema:\n%.*s",
                 what, (int) MIN (len, 4000), data);
    }
}

gboolean
fuzz_have_schema (void)
{
  return schema () != NULL;
}

void
fuzz_assert_valid (GBytes     *xml,
                   const char *what)
{
  xmlSchemaPtr xsd = schema ();

  if (xsd == NULL)
    fuzz_fail ("no schema: set COPYDESK_NEWSML_SCHEMA to newsml-g2-with-xhtml-body.xsd");
  assert_valid_by_schema (xsd, xml, what);
}

void
fuzz_assert_round_trip (GBytes     *xml,
                        const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CopydeskArticle) again = copydesk_newsml_read (xml, fuzz_base_dir (), NULL, &error);
  g_autoptr(GBytes) rewritten = NULL;
  g_autofree char *label = g_strdup_printf ("%s, written and read again", what);

  if (again == NULL)
    fuzz_fail ("%s: the reader refused the writer's own output: %s", what, error->message);
  rewritten = fuzz_write (again, label);
  fuzz_assert_same_bytes (xml, rewritten, label);
}
