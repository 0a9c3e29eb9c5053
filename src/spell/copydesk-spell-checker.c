/* copydesk-spell-checker.c: spelling for one language, through Enchant 2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: Enchant promises nothing about threads, and its Hunspell
 * provider keeps state in each dictionary. So every checker owns a broker
 * and a dictionary of its own, and every call into them holds the
 * checker's lock: one checker may be shared by the main thread and a worker
 * (they take turns), and checkers for different threads never touch each
 * other. Creating a broker loads Enchant's providers and reads its
 * configuration, so that is serialised process-wide as well.
 *
 * The personal word list ("Add to Dictionary") is Enchant's own: a file per
 * language in Enchant's configuration folder ($ENCHANT_CONFIG_DIR, or
 * $XDG_CONFIG_HOME/enchant), shared with other GNOME applications.
 * "Ignore" lasts as long as the checker.
 */
#include "config.h"

#include <enchant.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-spell-checker.h"

struct _CopydeskSpellChecker
{
  GObject        parent_instance;
  GMutex         lock;
  EnchantBroker *broker;
  EnchantDict   *dict;
  char          *language;
  char          *dictionary;
  char          *provider;
};

G_DEFINE_TYPE (CopydeskSpellChecker, copydesk_spell_checker, G_TYPE_OBJECT)
G_DEFINE_QUARK (copydesk-spell-error-quark, copydesk_spell_error)

static GMutex broker_lock;

static void
copydesk_spell_checker_finalize (GObject *object)
{
  CopydeskSpellChecker *self = COPYDESK_SPELL_CHECKER (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  if (self->broker != NULL)
    {
      g_mutex_lock (&broker_lock);
      enchant_broker_free (self->broker);
      g_mutex_unlock (&broker_lock);
    }
  g_free (self->language);
  g_free (self->dictionary);
  g_free (self->provider);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (copydesk_spell_checker_parent_class)->finalize (object);
}

static void
copydesk_spell_checker_class_init (CopydeskSpellCheckerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = copydesk_spell_checker_finalize;
}

static void
copydesk_spell_checker_init (CopydeskSpellChecker *self)
{
  g_mutex_init (&self->lock);
}

/**
 * copydesk_spell_language_to_tag:
 * @language: a BCP 47 tag ("en-GB") or an Enchant one ("en_GB")
 *
 * Returns: (transfer full) (nullable): the Enchant tag ("en_GB"), or %NULL
 *   when @language is not a language tag
 */
char *
copydesk_spell_language_to_tag (const char *language)
{
  g_auto (GStrv) parts = NULL;
  GString *tag;

  g_return_val_if_fail (language != NULL, NULL);

  parts = g_strsplit_set (language, "-_", -1);
  if (parts[0] == NULL || strlen (parts[0]) < 2 || strlen (parts[0]) > 8)
    return NULL;
  for (const char *p = parts[0]; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return NULL;

  tag = g_string_new (NULL);
  for (const char *p = parts[0]; *p != '\0'; p++)
    g_string_append_c (tag, g_ascii_tolower (*p));
  /* The region is the first later subtag of two letters or three digits. */
  for (guint i = 1; parts[i] != NULL; i++)
    {
      gsize n = strlen (parts[i]);

      if ((n == 2 && g_ascii_isalpha (parts[i][0]) && g_ascii_isalpha (parts[i][1])) ||
          (n == 3 && g_ascii_isdigit (parts[i][0])))
        {
          g_string_append_c (tag, '_');
          for (const char *p = parts[i]; *p != '\0'; p++)
            g_string_append_c (tag, g_ascii_toupper (*p));
          break;
        }
    }
  return g_string_free (tag, FALSE);
}

static void
collect_dict (const char * const lang_tag,
              const char * const provider_name,
              const char * const provider_desc,
              const char * const provider_file,
              void              *user_data)
{
  GPtrArray *tags = user_data;

  for (guint i = 0; i < tags->len; i++)
    if (g_str_equal (g_ptr_array_index (tags, i), lang_tag))
      return;
  g_ptr_array_add (tags, g_strdup (lang_tag));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_tags (EnchantBroker *broker)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);

  enchant_broker_list_dicts (broker, collect_dict, tags);
  g_ptr_array_sort (tags, compare_strings);
  return tags;
}

/* "en_GB", else what Enchant falls back to ("en"), else the first
 * dictionary of the same language ("en_US"). */
static EnchantDict *
request_dict (EnchantBroker *broker,
              const char    *tag)
{
  g_autoptr (GPtrArray) tags = NULL;
  g_autofree char *prefix = g_strconcat (tag, NULL);
  EnchantDict *dict = enchant_broker_request_dict (broker, tag);
  char *underscore;

  if (dict != NULL)
    return dict;
  underscore = strchr (prefix, '_');
  if (underscore != NULL)
    *underscore = '\0';
  tags = list_tags (broker);
  for (guint i = 0; i < tags->len; i++)
    {
      const char *candidate = g_ptr_array_index (tags, i);
      gsize n = strlen (prefix);

      if (strncmp (candidate, prefix, n) == 0 && (candidate[n] == '\0' || candidate[n] == '_'))
        return enchant_broker_request_dict (broker, candidate);
    }
  return NULL;
}

static void
describe_dict (const char * const lang_tag,
               const char * const provider_name,
               const char * const provider_desc,
               const char * const provider_file,
               void              *user_data)
{
  CopydeskSpellChecker *self = user_data;

  g_free (self->dictionary);
  self->dictionary = g_strdup (lang_tag);
  g_free (self->provider);
  self->provider = g_strdup (provider_name);
}

/**
 * copydesk_spell_checker_new:
 * @language: the language to check, as a BCP 47 tag ("en-GB") or an
 *   Enchant dictionary tag ("en_GB")
 * @error: where to say that no dictionary is installed for it
 *
 * The only call that can fail: a checker, once made, always answers.
 *
 * Returns: (transfer full) (nullable): a checker, or %NULL with
 *   %COPYDESK_SPELL_ERROR_NO_DICTIONARY or _INVALID_LANGUAGE
 */
CopydeskSpellChecker *
copydesk_spell_checker_new (const char  *language,
                            GError     **error)
{
  g_autoptr (CopydeskSpellChecker) self = NULL;
  g_autofree char *tag = NULL;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tag = copydesk_spell_language_to_tag (language);
  if (tag == NULL)
    {
      g_set_error (error, COPYDESK_SPELL_ERROR, COPYDESK_SPELL_ERROR_INVALID_LANGUAGE,
                   _("Spelling cannot be checked: “%s” is not a language."), language);
      return NULL;
    }

  self = g_object_new (COPYDESK_TYPE_SPELL_CHECKER, NULL);
  self->language = g_strdup (language);
  g_mutex_lock (&broker_lock);
  self->broker = enchant_broker_init ();
  self->dict = request_dict (self->broker, tag);
  g_mutex_unlock (&broker_lock);
  if (self->dict == NULL)
    {
      g_set_error (error, COPYDESK_SPELL_ERROR, COPYDESK_SPELL_ERROR_NO_DICTIONARY,
                   _("Spelling cannot be checked: no dictionary for the language “%s” is "
                     "installed."), language);
      return NULL;
    }
  enchant_dict_describe (self->dict, describe_dict, self);
  return g_steal_pointer (&self);
}

/**
 * copydesk_spell_checker_get_language:
 *
 * Returns: the language asked for
 */
const char *
copydesk_spell_checker_get_language (CopydeskSpellChecker *self)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), NULL);
  return self->language;
}

/**
 * copydesk_spell_checker_get_dictionary:
 *
 * Returns: the tag of the dictionary in use ("en_GB"), which may be a
 *   neighbour of the language asked for ("en_US" for "en-AU")
 */
const char *
copydesk_spell_checker_get_dictionary (CopydeskSpellChecker *self)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), NULL);
  return self->dictionary;
}

/**
 * copydesk_spell_checker_get_provider:
 *
 * Returns: the Enchant provider of the dictionary ("hunspell", "aspell")
 */
const char *
copydesk_spell_checker_get_provider (CopydeskSpellChecker *self)
{
  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), NULL);
  return self->provider;
}

/* Dictionaries spell the apostrophe straight; the text may curl it. */
static char *
dictionary_form (const char *word,
                 gssize      length)
{
  GString *out = g_string_sized_new (length < 0 ? 16 : (gsize) length);
  const char *end = length < 0 ? word + strlen (word) : word + length;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == 0x2019)
        g_string_append_c (out, '\'');
      else if (ch == 0x2010)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, ch);
    }
  return g_string_free (out, FALSE);
}

static gboolean
check_locked (CopydeskSpellChecker *self,
              const char           *word)
{
  g_auto (GStrv) parts = NULL;

  if (enchant_dict_check (self->dict, word, -1) == 0)
    return TRUE;
  if (strchr (word, '-') == NULL)
    return FALSE;
  /* A compound the dictionary does not list is right when its parts are. */
  parts = g_strsplit (word, "-", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0' && enchant_dict_check (self->dict, parts[i], -1) != 0)
      return FALSE;
  return TRUE;
}

/**
 * copydesk_spell_checker_check_word:
 * @word: one word
 * @length: its length in bytes, or -1
 *
 * Returns: %TRUE when the dictionary, the personal word list or this
 *   session's ignored words know @word
 */
gboolean
copydesk_spell_checker_check_word (CopydeskSpellChecker *self,
                                   const char           *word,
                                   gssize                length)
{
  g_autofree char *form = NULL;
  gboolean ok;

  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  form = dictionary_form (word, length);
  if (form[0] == '\0')
    return TRUE;
  g_mutex_lock (&self->lock);
  ok = check_locked (self, form);
  g_mutex_unlock (&self->lock);
  return ok;
}

/**
 * copydesk_spell_checker_check_text:
 * @text: a block of body markup, or the text of a field
 * @length: its length in bytes, or -1
 *
 * Checks the words of @text (see copydesk_spell_words_scan() for what is
 * left out). Made to be called per block, so that an editor re-checks only
 * the blocks that changed.
 *
 * Returns: (transfer full) (element-type CopydeskSpellRange): the
 *   misspelled words, in order
 */
GArray *
copydesk_spell_checker_check_text (CopydeskSpellChecker *self,
                                   const char           *text,
                                   gssize                length)
{
  g_autoptr (GArray) words = NULL;
  GArray *wrong = g_array_new (FALSE, FALSE, sizeof (CopydeskSpellRange));

  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), wrong);
  g_return_val_if_fail (text != NULL, wrong);

  words = copydesk_spell_words_scan (text, length);
  g_mutex_lock (&self->lock);
  for (guint i = 0; i < words->len; i++)
    {
      const CopydeskSpellRange *r = &g_array_index (words, CopydeskSpellRange, i);
      g_autofree char *form = dictionary_form (text + r->byte_start,
                                               r->byte_end - r->byte_start);

      if (!check_locked (self, form))
        g_array_append_val (wrong, *r);
    }
  g_mutex_unlock (&self->lock);
  return wrong;
}

/**
 * copydesk_spell_checker_count_misspelled:
 *
 * Returns: how many words of @text copydesk_spell_checker_check_text()
 *   would return
 */
guint
copydesk_spell_checker_count_misspelled (CopydeskSpellChecker *self,
                                         const char           *text,
                                         gssize                length)
{
  g_autoptr (GArray) wrong = copydesk_spell_checker_check_text (self, text, length);

  return wrong->len;
}

static char **
strv_builder_finish (GStrvBuilder *builder)
{
  char **result = g_strv_builder_end (builder);

  g_strv_builder_unref (builder);
  return result;
}

/**
 * copydesk_spell_checker_count_for_checks:
 * @text: a field, or one block of body markup
 * @first: (out): the character range of the first misspelled word
 * @checker: (type CopydeskSpellChecker): the checker
 *
 * Counts misspelled words in the shape of the checks engine's
 * CopydeskChecksSpellFunc (the core cannot know Enchant): set it as the
 * options' spell_func, with the checker as spell_data.
 *
 * Returns: how many words of @text are misspelled
 */
guint
copydesk_spell_checker_count_for_checks (const char *text,
                                         guint       first[2],
                                         gpointer    checker)
{
  g_autoptr (GArray) wrong = copydesk_spell_checker_check_text (checker, text, -1);

  if (wrong->len > 0)
    {
      first[0] = g_array_index (wrong, CopydeskSpellRange, 0).start;
      first[1] = g_array_index (wrong, CopydeskSpellRange, 0).end;
    }
  return wrong->len;
}

/**
 * copydesk_spell_checker_suggest:
 *
 * Returns: (transfer full): suggestions for @word, best first; empty when
 *   there are none. A curly apostrophe in @word stays curly in them.
 */
char **
copydesk_spell_checker_suggest (CopydeskSpellChecker *self,
                                const char           *word,
                                gssize                length)
{
  g_autofree char *form = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  gboolean curly;
  char **found;
  size_t n = 0;

  g_return_val_if_fail (COPYDESK_IS_SPELL_CHECKER (self), strv_builder_finish (builder));
  g_return_val_if_fail (word != NULL, strv_builder_finish (builder));

  form = dictionary_form (word, length);
  curly = g_utf8_strchr (word, length, 0x2019) != NULL;
  g_mutex_lock (&self->lock);
  found = form[0] != '\0' ? enchant_dict_suggest (self->dict, form, -1, &n) : NULL;
  for (size_t i = 0; i < n; i++)
    {
      g_autoptr (GString) s = g_string_new (found[i]);

      if (curly)
        g_string_replace (s, "'", "’", 0);
      g_strv_builder_add (builder, s->str);
    }
  if (found != NULL)
    enchant_dict_free_string_list (self->dict, found);
  g_mutex_unlock (&self->lock);
  return strv_builder_finish (builder);
}

/**
 * copydesk_spell_checker_add_word:
 *
 * Adds @word to the user's personal word list for this language, for good.
 */
void
copydesk_spell_checker_add_word (CopydeskSpellChecker *self,
                                 const char           *word,
                                 gssize                length)
{
  g_autofree char *form = NULL;

  g_return_if_fail (COPYDESK_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  form = dictionary_form (word, length);
  if (form[0] == '\0')
    return;
  g_mutex_lock (&self->lock);
  enchant_dict_add (self->dict, form, -1);
  g_mutex_unlock (&self->lock);
}

/**
 * copydesk_spell_checker_ignore_word:
 *
 * Accepts @word for as long as this checker lives (the session).
 */
void
copydesk_spell_checker_ignore_word (CopydeskSpellChecker *self,
                                    const char           *word,
                                    gssize                length)
{
  g_autofree char *form = NULL;

  g_return_if_fail (COPYDESK_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  form = dictionary_form (word, length);
  if (form[0] == '\0')
    return;
  g_mutex_lock (&self->lock);
  enchant_dict_add_to_session (self->dict, form, -1);
  g_mutex_unlock (&self->lock);
}

/**
 * copydesk_spell_list_dictionaries:
 *
 * Returns: (transfer full): the tags of the installed dictionaries, sorted,
 *   for a "Spelling language" menu
 */
char **
copydesk_spell_list_dictionaries (void)
{
  g_autoptr (GPtrArray) tags = NULL;
  EnchantBroker *broker;

  g_mutex_lock (&broker_lock);
  broker = enchant_broker_init ();
  tags = list_tags (broker);
  enchant_broker_free (broker);
  g_mutex_unlock (&broker_lock);
  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_steal (tags, NULL);
}
