/* copydesk-article-desk.c: the wire desk's metadata of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desk object hangs on its article as object data, so that the article
 * type needs no field for it: made on first ask, freed with the article, and
 * every change it notifies is also the article's "changed".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "copydesk-core-private.h"
#include "copydesk-error.h"
#include "copydesk-desk.h"
#include "copydesk-vocab.h"

struct _CopydeskDesk
{
  GObject            parent_instance;

  char             **subjects;
  GHashTable        *subject_names;  /* qcode -> name the file gave */
  /* "element qcode-or-name" -> the element as the file gave it, written back
   * in place of the model's own while that value stays chosen; how a value
   * is spelt in the file, so not compared by copydesk_desk_equal() */
  GHashTable        *originals;
  char              *genre;
  char              *located;
  char              *located_qcode;
  guint              priority;
  GDateTime         *embargo;
  CopydeskPubStatus  pub_status;
  CopydeskSignal     signal;
};

G_DEFINE_FINAL_TYPE (CopydeskDesk, copydesk_desk, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CopydeskPubStatus, copydesk_pub_status,
  G_DEFINE_ENUM_VALUE (COPYDESK_PUB_STATUS_USABLE, "usable"),
  G_DEFINE_ENUM_VALUE (COPYDESK_PUB_STATUS_WITHHELD, "withheld"),
  G_DEFINE_ENUM_VALUE (COPYDESK_PUB_STATUS_CANCELED, "canceled"))

G_DEFINE_ENUM_TYPE (CopydeskSignal, copydesk_signal,
  G_DEFINE_ENUM_VALUE (COPYDESK_SIGNAL_NONE, "none"),
  G_DEFINE_ENUM_VALUE (COPYDESK_SIGNAL_UPDATE, "update"),
  G_DEFINE_ENUM_VALUE (COPYDESK_SIGNAL_CORRECTION, "correction"))

enum {
  PROP_0,
  PROP_SUBJECTS,
  PROP_GENRE,
  PROP_LOCATED,
  PROP_LOCATED_QCODE,
  PROP_PRIORITY,
  PROP_EMBARGO,
  PROP_PUB_STATUS,
  PROP_SIGNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_qcodes[] = { "stat:usable", "stat:withheld", "stat:canceled" };
static const char * const signal_qcodes[] = { NULL, "sig:update", "sig:correction" };

const char *
copydesk_pub_status_to_qcode (CopydeskPubStatus status)
{
  g_return_val_if_fail (status <= COPYDESK_PUB_STATUS_CANCELED, status_qcodes[0]);
  return status_qcodes[status];
}

gboolean
copydesk_pub_status_from_qcode (const char        *qcode,
                                CopydeskPubStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_qcodes); i++)
    if (g_strcmp0 (qcode, status_qcodes[i]) == 0)
      {
        *status = (CopydeskPubStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
copydesk_signal_to_qcode (CopydeskSignal signal)
{
  g_return_val_if_fail (signal <= COPYDESK_SIGNAL_CORRECTION, NULL);
  return signal_qcodes[signal];
}

gboolean
copydesk_signal_from_qcode (const char     *qcode,
                            CopydeskSignal *signal)
{
  for (guint i = 1; i < G_N_ELEMENTS (signal_qcodes); i++)
    if (g_strcmp0 (qcode, signal_qcodes[i]) == 0)
      {
        *signal = (CopydeskSignal) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
copydesk_pub_status_parse (const char         *text,
                           CopydeskPubStatus  *status,
                           GError            **error)
{
  static const char * const words[] = { "usable", "withheld", "canceled" };

  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0)
      {
        *status = (CopydeskPubStatus) i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (text, "cancelled") == 0)
    {
      *status = COPYDESK_PUB_STATUS_CANCELED;
      return TRUE;
    }
  if (copydesk_pub_status_from_qcode (text, status))
    return TRUE;
  g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
               _("“%s” is not a publishing status; use usable, withheld or canceled"), text);
  return FALSE;
}

gboolean
copydesk_signal_parse (const char      *text,
                       CopydeskSignal  *signal,
                       GError         **error)
{
  static const char * const words[] = { "none", "update", "correction" };

  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0)
      {
        *signal = (CopydeskSignal) i;
        return TRUE;
      }
  if (copydesk_signal_from_qcode (text, signal))
    return TRUE;
  g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
               _("“%s” is not a signal; use none, update or correction"), text);
  return FALSE;
}

/* A time without a zone would mean different moments to sender and
 * receiver: it is read against two zones, and must not depend on them. */
GDateTime *
copydesk_embargo_parse (const char  *text,
                        GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) other = g_time_zone_new_offset (5 * 3600 + 1800);
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  a = g_date_time_new_from_iso8601 (text, utc);
  b = g_date_time_new_from_iso8601 (text, other);
  if (a == NULL)
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                 _("“%s” is not a date and time; write it as 2026-12-04T06:00:00+01:00"), text);
  else if (!g_date_time_equal (a, b))
    g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_INVALID_FIELD,
                 _("“%s” has no time zone; add one, as in 2026-12-04T06:00:00+01:00 or …Z"),
                 text);
  else
    return g_steal_pointer (&a);
  return NULL;
}

static void
changed (CopydeskDesk *self,
         guint         prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* ------------------------------------------------------------ GObject */

static void
copydesk_desk_finalize (GObject *object)
{
  CopydeskDesk *self = (CopydeskDesk *) object;

  g_clear_pointer (&self->subjects, g_strfreev);
  g_clear_pointer (&self->subject_names, g_hash_table_unref);
  g_clear_pointer (&self->originals, g_hash_table_unref);
  g_clear_pointer (&self->genre, g_free);
  g_clear_pointer (&self->located, g_free);
  g_clear_pointer (&self->located_qcode, g_free);
  g_clear_pointer (&self->embargo, g_date_time_unref);

  G_OBJECT_CLASS (copydesk_desk_parent_class)->finalize (object);
}

static void
copydesk_desk_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CopydeskDesk *self = COPYDESK_DESK (object);

  switch (prop_id)
    {
    case PROP_SUBJECTS: g_value_set_boxed (value, self->subjects); break;
    case PROP_GENRE: g_value_set_string (value, self->genre); break;
    case PROP_LOCATED: g_value_set_string (value, self->located); break;
    case PROP_LOCATED_QCODE: g_value_set_string (value, self->located_qcode); break;
    case PROP_PRIORITY: g_value_set_uint (value, self->priority); break;
    case PROP_EMBARGO: g_value_set_boxed (value, self->embargo); break;
    case PROP_PUB_STATUS: g_value_set_enum (value, self->pub_status); break;
    case PROP_SIGNAL: g_value_set_enum (value, self->signal); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CopydeskDesk *self = COPYDESK_DESK (object);

  switch (prop_id)
    {
    case PROP_SUBJECTS: copydesk_desk_set_subjects (self, g_value_get_boxed (value)); break;
    case PROP_GENRE: copydesk_desk_set_genre (self, g_value_get_string (value)); break;
    case PROP_LOCATED: copydesk_desk_set_located (self, g_value_get_string (value)); break;
    case PROP_LOCATED_QCODE:
      copydesk_desk_set_located_qcode (self, g_value_get_string (value));
      break;
    case PROP_PRIORITY: copydesk_desk_set_priority (self, g_value_get_uint (value)); break;
    case PROP_EMBARGO: copydesk_desk_set_embargo (self, g_value_get_boxed (value)); break;
    case PROP_PUB_STATUS: copydesk_desk_set_pub_status (self, g_value_get_enum (value)); break;
    case PROP_SIGNAL: copydesk_desk_set_signal (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_class_init (CopydeskDeskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = copydesk_desk_finalize;
  object_class->get_property = copydesk_desk_get_property;
  object_class->set_property = copydesk_desk_set_property;

  properties[PROP_SUBJECTS] = g_param_spec_boxed ("subjects", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_GENRE] = g_param_spec_string ("genre", NULL, NULL, "", flags);
  properties[PROP_LOCATED] = g_param_spec_string ("located", NULL, NULL, "", flags);
  properties[PROP_LOCATED_QCODE] = g_param_spec_string ("located-qcode", NULL, NULL, "", flags);
  properties[PROP_PRIORITY] = g_param_spec_uint ("priority", NULL, NULL, 0, 9,
                                                 COPYDESK_PRIORITY_UNSET, flags);
  properties[PROP_EMBARGO] = g_param_spec_boxed ("embargo", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_PUB_STATUS] = g_param_spec_enum ("pub-status", NULL, NULL,
                                                   COPYDESK_TYPE_PUB_STATUS,
                                                   COPYDESK_PUB_STATUS_USABLE, flags);
  properties[PROP_SIGNAL] = g_param_spec_enum ("signal", NULL, NULL, COPYDESK_TYPE_SIGNAL,
                                               COPYDESK_SIGNAL_NONE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_desk_init (CopydeskDesk *self)
{
  self->subjects = g_new0 (char *, 1);
  self->subject_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->originals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->genre = g_strdup ("");
  self->located = g_strdup ("");
  self->located_qcode = g_strdup ("");
}

/* ------------------------------------------------------------ the article's */

static void
on_desk_notify (CopydeskArticle *article)
{
  g_signal_emit_by_name (article, "changed");
}

CopydeskDesk *
copydesk_article_get_desk (CopydeskArticle *article)
{
  static GQuark quark;
  CopydeskDesk *desk;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (article), NULL);

  if (quark == 0)
    quark = g_quark_from_static_string ("copydesk-desk");
  desk = g_object_get_qdata (G_OBJECT (article), quark);
  if (desk == NULL)
    {
      desk = g_object_new (COPYDESK_TYPE_DESK, NULL);
      g_object_set_qdata_full (G_OBJECT (article), quark, desk, g_object_unref);
      g_signal_connect_object (desk, "notify", G_CALLBACK (on_desk_notify), article,
                               G_CONNECT_SWAPPED);
    }
  return desk;
}

/* ------------------------------------------------------------ subjects */

const char * const *
copydesk_desk_get_subjects (CopydeskDesk *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);
  return (const char * const *) self->subjects;
}

static void
forget_unused_names (CopydeskDesk *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->subject_names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_strv_contains ((const char * const *) self->subjects, key))
      g_hash_table_iter_remove (&iter);
}

void
copydesk_desk_set_subjects (CopydeskDesk       *self,
                            const char * const *qcodes)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));

  if (!_copydesk_set_strv (&self->subjects, qcodes))
    return;
  forget_unused_names (self);
  changed (self, PROP_SUBJECTS);
}

gboolean
copydesk_desk_add_subject (CopydeskDesk *self,
                           const char   *qcode,
                           const char   *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) subjects = NULL;

  g_return_val_if_fail (COPYDESK_IS_DESK (self), FALSE);
  g_return_val_if_fail (qcode != NULL && *qcode != '\0', FALSE);

  if (g_strv_contains ((const char * const *) self->subjects, qcode))
    return FALSE;
  if (name != NULL && *name != '\0')
    g_hash_table_insert (self->subject_names, g_strdup (qcode), g_strdup (name));
  g_strv_builder_addv (builder, (const char **) self->subjects);
  g_strv_builder_add (builder, qcode);
  subjects = g_strv_builder_end (builder);
  copydesk_desk_set_subjects (self, (const char * const *) subjects);
  return TRUE;
}

gboolean
copydesk_desk_remove_subject (CopydeskDesk *self,
                              const char   *qcode)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) subjects = NULL;

  g_return_val_if_fail (COPYDESK_IS_DESK (self), FALSE);
  g_return_val_if_fail (qcode != NULL, FALSE);

  if (!g_strv_contains ((const char * const *) self->subjects, qcode))
    return FALSE;
  for (guint i = 0; self->subjects[i] != NULL; i++)
    if (!g_str_equal (self->subjects[i], qcode))
      g_strv_builder_add (builder, self->subjects[i]);
  subjects = g_strv_builder_end (builder);
  copydesk_desk_set_subjects (self, (const char * const *) subjects);
  return TRUE;
}

const char *
copydesk_desk_get_subject_name (CopydeskDesk *self,
                                const char   *qcode)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);
  return g_hash_table_lookup (self->subject_names, qcode);
}

char *
copydesk_desk_dup_subject_label (CopydeskDesk *self,
                                 const char   *qcode,
                                 const char   *language)
{
  const CopydeskConcept *concept;
  const char *name;

  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);
  g_return_val_if_fail (qcode != NULL, NULL);

  concept = copydesk_vocab_lookup_shown (copydesk_vocab_get_default (), qcode);
  if (concept != NULL)
    return g_strdup (copydesk_concept_get_label (concept, language));
  name = g_hash_table_lookup (self->subject_names, qcode);
  return g_strdup (name != NULL ? name : qcode);
}

GStrv
copydesk_desk_dup_retired_subjects (CopydeskDesk *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  CopydeskVocab *vocab = copydesk_vocab_get_default ();

  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);

  for (guint i = 0; self->subjects[i] != NULL; i++)
    {
      const CopydeskConcept *concept = copydesk_vocab_lookup (vocab, self->subjects[i]);

      if (concept != NULL && copydesk_concept_is_retired (concept))
        g_strv_builder_add (builder, self->subjects[i]);
    }
  return g_strv_builder_end (builder);
}

/* ------------------------------------------------------------ the rest */

#define STRING_ACCESSORS(field, PROP)                                        \
  const char *                                                               \
  copydesk_desk_get_##field (CopydeskDesk *self)                             \
  {                                                                          \
    g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);                    \
    return self->field;                                                      \
  }                                                                          \
                                                                             \
  void                                                                       \
  copydesk_desk_set_##field (CopydeskDesk *self,                             \
                             const char   *value)                            \
  {                                                                          \
    g_return_if_fail (COPYDESK_IS_DESK (self));                              \
    if (_copydesk_set_string (&self->field, value))                          \
      changed (self, PROP);                                                  \
  }

STRING_ACCESSORS (genre, PROP_GENRE)
STRING_ACCESSORS (located, PROP_LOCATED)
STRING_ACCESSORS (located_qcode, PROP_LOCATED_QCODE)

guint
copydesk_desk_get_priority (CopydeskDesk *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), COPYDESK_PRIORITY_UNSET);
  return self->priority;
}

void
copydesk_desk_set_priority (CopydeskDesk *self,
                            guint         priority)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));
  g_return_if_fail (priority <= 9);

  if (self->priority == priority)
    return;
  self->priority = priority;
  changed (self, PROP_PRIORITY);
}

GDateTime *
copydesk_desk_get_embargo (CopydeskDesk *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);
  return self->embargo;
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b) &&
         g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

void
copydesk_desk_set_embargo (CopydeskDesk *self,
                           GDateTime    *embargo)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));

  if (same_time (self->embargo, embargo))
    return;
  g_clear_pointer (&self->embargo, g_date_time_unref);
  self->embargo = embargo ? g_date_time_ref (embargo) : NULL;
  changed (self, PROP_EMBARGO);
}

gboolean
copydesk_desk_is_embargoed_at (CopydeskDesk *self,
                               GDateTime    *now)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  return self->embargo != NULL && g_date_time_compare (self->embargo, now) > 0;
}

CopydeskPubStatus
copydesk_desk_get_pub_status (CopydeskDesk *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), COPYDESK_PUB_STATUS_USABLE);
  return self->pub_status;
}

void
copydesk_desk_set_pub_status (CopydeskDesk      *self,
                              CopydeskPubStatus  status)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));
  g_return_if_fail (status <= COPYDESK_PUB_STATUS_CANCELED);

  if (self->pub_status == status)
    return;
  self->pub_status = status;
  changed (self, PROP_PUB_STATUS);
}

CopydeskSignal
copydesk_desk_get_signal (CopydeskDesk *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (self), COPYDESK_SIGNAL_NONE);
  return self->signal;
}

void
copydesk_desk_set_signal (CopydeskDesk   *self,
                          CopydeskSignal  signal)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));
  g_return_if_fail (signal <= COPYDESK_SIGNAL_CORRECTION);

  if (self->signal == signal)
    return;
  self->signal = signal;
  changed (self, PROP_SIGNAL);
}

/* ------------------------------------------------------------ copy, equal */

static gboolean
same_names (CopydeskDesk *a,
            CopydeskDesk *b)
{
  for (guint i = 0; a->subjects[i] != NULL; i++)
    if (g_strcmp0 (g_hash_table_lookup (a->subject_names, a->subjects[i]),
                   g_hash_table_lookup (b->subject_names, a->subjects[i])) != 0)
      return FALSE;
  return TRUE;
}

static void
copy_strings (GHashTable *from,
              GHashTable *to)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (to);
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to, g_strdup (key), g_strdup (value));
}

gboolean
copydesk_desk_equal (CopydeskDesk *a,
                     CopydeskDesk *b)
{
  g_return_val_if_fail (COPYDESK_IS_DESK (a) && COPYDESK_IS_DESK (b), FALSE);

  return g_strv_equal ((const char * const *) a->subjects, (const char * const *) b->subjects) &&
         same_names (a, b) &&
         g_str_equal (a->genre, b->genre) &&
         g_str_equal (a->located, b->located) &&
         g_str_equal (a->located_qcode, b->located_qcode) &&
         a->priority == b->priority &&
         same_time (a->embargo, b->embargo) &&
         a->pub_status == b->pub_status &&
         a->signal == b->signal;
}

void
_copydesk_article_desk_copy (CopydeskArticle *from,
                             CopydeskArticle *to)
{
  CopydeskDesk *a = copydesk_article_get_desk (from);
  CopydeskDesk *b = copydesk_article_get_desk (to);

  g_object_freeze_notify (G_OBJECT (b));
  copy_strings (a->subject_names, b->subject_names);
  copy_strings (a->originals, b->originals);
  copydesk_desk_set_subjects (b, (const char * const *) a->subjects);
  copydesk_desk_set_genre (b, a->genre);
  copydesk_desk_set_located (b, a->located);
  copydesk_desk_set_located_qcode (b, a->located_qcode);
  copydesk_desk_set_priority (b, a->priority);
  copydesk_desk_set_embargo (b, a->embargo);
  copydesk_desk_set_pub_status (b, a->pub_status);
  copydesk_desk_set_signal (b, a->signal);
  g_object_thaw_notify (G_OBJECT (b));
}

gboolean
_copydesk_article_desk_equal (CopydeskArticle *a,
                              CopydeskArticle *b)
{
  return copydesk_desk_equal (copydesk_article_get_desk (a), copydesk_article_get_desk (b));
}

static char *
original_key (const char *element,
              const char *value)
{
  return g_strconcat (element, " ", value, NULL);
}

/* The reader's: @xml is how the file gave @element for @value (a subject's
 * or genre's code, the located place's code or name). */
void
_copydesk_desk_set_original (CopydeskDesk *self,
                             const char   *element,
                             const char   *value,
                             const char   *xml)
{
  g_return_if_fail (COPYDESK_IS_DESK (self));

  g_hash_table_insert (self->originals, original_key (element, value), g_strdup (xml));
}

/* The writer's: the element to write back for @value, or %NULL to build it. */
const char *
_copydesk_desk_get_original (CopydeskDesk *self,
                             const char   *element,
                             const char   *value)
{
  g_autofree char *key = original_key (element, value);

  g_return_val_if_fail (COPYDESK_IS_DESK (self), NULL);

  return g_hash_table_lookup (self->originals, key);
}
