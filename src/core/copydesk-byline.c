/* copydesk-byline.c: the byline line, made from the article's authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * House style, per language of the article: "By A", "By A and B",
 * "By A, B and C" (no serial comma), with the words of the table below;
 * a language not in it is written in English. Splitting a free line back
 * into names reuses the plain-text importer's byline parser, so that a
 * byline typed or pasted reads the way an imported one does.
 */
#include "config.h"

#include <string.h>

#include "copydesk-byline.h"
#include "copydesk-import-private.h"

#define PLACE_TAIL "\\s+(in|aus|en|à)\\s+\\p{Lu}.*$"
#define BARE_BY "^\\s*(by|von|par|por|door|di)\\s+"

typedef struct
{
  const char *language;   /* primary subtag */
  const char *by;
  const char *and;
} BylineStyle;

static const BylineStyle styles[] = {
  { "en", "By", "and" },
  { "de", "Von", "und" },
  { "fr", "Par", "et" },
  { "es", "Por", "y" },
  { "pt", "Por", "e" },
  { "it", "Di", "e" },
  { "nl", "Door", "en" },
};

static const BylineStyle *
style_for (const char *language)
{
  g_autofree char *primary = g_ascii_strdown (language != NULL ? language : "", -1);
  char *dash = strchr (primary, '-');

  if (dash != NULL)
    *dash = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_str_equal (styles[i].language, primary))
      return &styles[i];
  return &styles[0];
}

/* Spanish writes "e" for "y" before the sound /i/: "Ana e Inés", "y Hiedra". */
static const char *
conjunction_before (const BylineStyle *style,
                    const char        *name)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);
  const char *rest = folded;
  gunichar first, second;

  if (!g_str_equal (style->language, "es"))
    return style->and;
  if (*rest == 'h')
    rest++;
  first = g_utf8_get_char (rest);
  second = *rest != '\0' ? g_utf8_get_char (g_utf8_next_char (rest)) : 0;
  /* "Inés", "Hidalgo", but "y Hierro": a vowel after the i makes it /j/ */
  if ((first == 'i' || first == 0xED) &&
      (second == 0 || g_utf8_strchr ("aeiouáéóú", -1, second) == NULL))
    return "e";
  return style->and;
}

/**
 * copydesk_byline_format:
 * @language: a language tag ("de-CH" is written as "de")
 * @names: the authors' names; empty ones are skipped
 *
 * Returns: (transfer full): "By A, B and C" in that language's house style,
 *   or "" when there is no name
 */
char *
copydesk_byline_format (const char         *language,
                        const char * const *names)
{
  const BylineStyle *style = style_for (language);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  GString *line;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      char *name = g_strstrip (g_strdup (names[i]));

      if (*name != '\0')
        g_ptr_array_add (kept, name);
      else
        g_free (name);
    }
  if (kept->len == 0)
    return g_strdup ("");

  line = g_string_new (style->by);
  for (guint i = 0; i < kept->len; i++)
    {
      const char *name = g_ptr_array_index (kept, i);

      if (i > 0 && i + 1 == kept->len)
        g_string_append_printf (line, " %s", conjunction_before (style, name));
      else if (i > 0)
        g_string_append_c (line, ',');
      g_string_append_printf (line, " %s", name);
    }
  return g_string_free (line, FALSE);
}

/**
 * copydesk_byline_derive:
 *
 * Returns: (transfer full): the byline the article's authors give, in the
 *   article's language ("" with no named author)
 */
char *
copydesk_byline_derive (CopydeskArticle *article)
{
  GListModel *authors;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  authors = copydesk_article_get_authors (article);
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      g_ptr_array_add (names, g_strdup (copydesk_author_get_name (author)));
    }
  g_ptr_array_add (names, NULL);
  return copydesk_byline_format (copydesk_article_get_language (article),
                                 (const char * const *) names->pdata);
}

/* A line the importer does not take for a byline ("Jane Doe and CNN",
 * "jane doe"): its names all the same, after the "By" and before " in Place". */
static GPtrArray *
split_free (const char *line)
{
  static GRegex *by, *place;
  g_autofree char *bare = NULL;
  g_autofree char *unplaced = NULL;

  bare = g_regex_replace_literal (_copydesk_import_regex (&by, BARE_BY, G_REGEX_CASELESS),
                                  line, -1, 0, "", 0, NULL);
  unplaced = g_regex_replace_literal (_copydesk_import_regex (&place, PLACE_TAIL, 0),
                                      bare, -1, 0, "", 0, NULL);
  /* "By the Associated Press": an agency, nobody by name */
  if (_copydesk_import_is_agency (unplaced) ||
      (g_ascii_strncasecmp (unplaced, "the ", 4) == 0 && _copydesk_import_is_agency (unplaced + 4)))
    return g_ptr_array_new_with_free_func (g_free);
  return _copydesk_import_split_names (unplaced);
}

static GPtrArray *
parse_names (const char  *line,
             char       **title)
{
  static GRegex *by;
  g_autoptr(ImportByline) parsed = _copydesk_import_parse_byline (line);

  /* "By Jane Doe, Science Editor" reads as a job alone after "By": without
   * the "By" it is a name and a title */
  if (parsed != NULL && parsed->names->len == 0 && parsed->agency == NULL)
    {
      g_autofree char *bare = g_regex_replace_literal (_copydesk_import_regex (&by, BARE_BY,
                                                                               G_REGEX_CASELESS),
                                                       line, -1, 0, "", 0, NULL);
      g_autoptr(ImportByline) again = _copydesk_import_parse_byline (bare);

      if (again != NULL && again->names->len > 0)
        {
          _copydesk_import_byline_free (g_steal_pointer (&parsed));
          parsed = g_steal_pointer (&again);
        }
    }
  if (title != NULL)
    *title = parsed != NULL ? g_strdup (parsed->title) : NULL;
  if (parsed == NULL)
    return split_free (line);
  /* "By the Associated Press", "By Staff Reporter": nobody by name */
  return g_ptr_array_ref (parsed->names);
}

/**
 * copydesk_byline_split:
 * @line: a byline as typed, imported or sent by an agency:
 *   "By Jane Doe, John Roe and Ann Poe", "Von Anna Muster und Max Beispiel",
 *   "Jane Doe & John Roe", "By Jane Doe, Science Editor"
 *
 * Returns: (transfer full): the names in it, in order; an agency or a job
 *   title is no name ("By Jane Doe, Associated Press" is Jane Doe)
 */
char **
copydesk_byline_split (const char *line)
{
  g_autoptr(GPtrArray) names = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  char **out;

  g_return_val_if_fail (line != NULL, NULL);

  names = parse_names (line, NULL);
  for (guint i = 0; i < names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (names, i));
  out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return out;
}

static CopydeskAuthor *
find_author (GListModel *authors,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(CopydeskAuthor) author = g_list_model_get_item (authors, i);

      if (g_str_equal (copydesk_author_get_name (author), name))
        return author;
    }
  return NULL;
}

/**
 * copydesk_byline_fill_authors:
 * @line: a byline (see copydesk_byline_split())
 *
 * Adds an author for each name of @line that is not one of the article's
 * authors yet, in order; a job title on a one-name line ("Jane Doe, Science
 * Editor") goes to that author when theirs is empty. The byline itself is
 * left as it is: when it reads differently from the derived one, it stays
 * the user's.
 *
 * Returns: how many authors were added
 */
guint
copydesk_byline_fill_authors (CopydeskArticle *article,
                              const char      *line)
{
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) names = NULL;
  GListModel *authors;
  guint added = 0;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), 0);
  g_return_val_if_fail (line != NULL, 0);

  authors = copydesk_article_get_authors (article);
  names = parse_names (line, &title);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      CopydeskAuthor *author = find_author (authors, name);

      if (author == NULL)
        {
          g_autoptr(CopydeskAuthor) made = copydesk_author_new (name);

          copydesk_article_add_author (article, made);
          author = made;
          added++;
        }
      if (title != NULL && names->len == 1 && *copydesk_author_get_job_title (author) == '\0')
        copydesk_author_set_job_title (author, title);
    }
  return added;
}

/**
 * copydesk_article_set_author_bio:
 * @index: the author's place in the list; the length of the list adds one
 * @bio: the bio as typed
 *
 * What typing into an author's bio field does. When the article has no
 * author yet, the authors are first made from the byline's names, so that a
 * bio typed under "By Jane Doe" is Jane Doe's; past the end of the list, a
 * new author (with no name yet) is added. An empty bio past the end adds
 * nobody.
 *
 * Returns: (transfer none) (nullable): the author whose bio it is now
 */
CopydeskAuthor *
copydesk_article_set_author_bio (CopydeskArticle *article,
                                 guint            index,
                                 const char      *bio)
{
  GListModel *authors;
  g_autoptr(CopydeskAuthor) author = NULL;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);
  authors = copydesk_article_get_authors (article);
  g_return_val_if_fail (index <= g_list_model_get_n_items (authors), NULL);

  if (index == g_list_model_get_n_items (authors) && (bio == NULL || *bio == '\0'))
    return NULL;
  if (g_list_model_get_n_items (authors) == 0)
    copydesk_byline_fill_authors (article, copydesk_article_get_byline (article));
  if (index >= g_list_model_get_n_items (authors))
    {
      author = copydesk_author_new ("");
      copydesk_article_add_author (article, author);
    }
  else
    author = g_list_model_get_item (authors, index);
  copydesk_author_set_bio (author, bio);
  return author;
}

/* Words that name a body rather than a person, in the languages of the
 * house styles; the judgement call is that a photographer's name holds none
 * of them ("Hezbollah Military Media", "Army Press Office", "Ministry of
 * Defence", "Gemeinde Musterdorf"). */
#define ORGANISATION_WORDS \
  "\\b(via|handout|pool|courtesy|media|military|ministry|ministère|ministerium|ministerio|" \
  "office|army|armée|ejército|forces?|agency|agence|agentur|agencia|press|presse|prensa|news|" \
  "services?|department|government|gouvernement|regierung|gobierno|police|polizei|policía|" \
  "authority|council|foundation|stiftung|fundación|institute|institut|instituto|university|" \
  "universität|université|universidad|group|gruppe|groupe|grupo|centre|center|zentrum|" \
  "committee|party|partei|parti|partido|museum|musée|museo|archives?|archiv|library|studios?|" \
  "team|club|bureau|network|television|tv|radio|channel|company|corporation|ltd|inc|gmbh|" \
  "embassy|botschaft|commission|kommission|comisión|organi[sz]ation|association|verband|" \
  "gemeinde|city|county|state|national|federal|royal|navy|air force|command|brigade|" \
  "photo|photos|images?|pictures?|stock|wire)\\b"

/**
 * copydesk_byline_is_organisation:
 * @credit: a photo credit, or one part of it ("Jane Doe/Reuters" has two)
 *
 * A credit naming an organisation, or saying "via", "handout" or "pool",
 * is a credit and not a person: it must never become the photographer.
 *
 * Returns: %TRUE when @credit names no person
 */
gboolean
copydesk_byline_is_organisation (const char *credit)
{
  static GRegex *words;

  g_return_val_if_fail (credit != NULL, TRUE);

  return _copydesk_import_is_agency (credit) ||
         _copydesk_import_match (&words, ORGANISATION_WORDS, credit);
}
