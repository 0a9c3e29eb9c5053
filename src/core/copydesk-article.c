/* copydesk-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-article.h"
#include "copydesk-article-private.h"
#include "copydesk-byline.h"
#include "copydesk-core-private.h"
#include "copydesk-desk.h"
#include "copydesk-text.h"

G_DEFINE_FINAL_TYPE (CopydeskArticle, copydesk_article, G_TYPE_OBJECT)

/* What every setter checks first. */
#define MUTABLE_ARTICLE(self) (COPYDESK_IS_ARTICLE (self) && !(self)->frozen)

enum {
  PROP_0,
  /* strings, in the order of the struct */
  PROP_GUID,
  PROP_HEADLINE,
  PROP_STANDFIRST,
  PROP_BYLINE,
  PROP_DATELINE,
  PROP_SLUGLINE,
  PROP_LANGUAGE,
  PROP_EDITORIAL_NOTE,
  PROP_CONTRIBUTOR_NOTE,
  PROP_PROVIDER,
  PROP_CREDITLINE,
  PROP_KEPT_METADATA,
  /* the rest */
  PROP_VERSION,
  PROP_KEYWORDS,
  PROP_CONTRIBUTORS,
  PROP_URGENCY,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_BODY,
  PROP_AUTHORS,
  PROP_PHOTOS,
  PROP_BYLINE_OVERRIDE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char **
string_field (CopydeskArticle *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_GUID: return &self->guid;
    case PROP_HEADLINE: return &self->headline;
    case PROP_STANDFIRST: return &self->standfirst;
    case PROP_BYLINE: return &self->byline;
    case PROP_DATELINE: return &self->dateline;
    case PROP_SLUGLINE: return &self->slugline;
    case PROP_LANGUAGE: return &self->language;
    case PROP_EDITORIAL_NOTE: return &self->editorial_note;
    case PROP_CONTRIBUTOR_NOTE: return &self->contributor_note;
    case PROP_PROVIDER: return &self->provider;
    case PROP_CREDITLINE: return &self->creditline;
    case PROP_KEPT_METADATA: return &self->kept_metadata;
    default: return NULL;
    }
}

static void
changed (CopydeskArticle *self,
         guint            prop_id)
{
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_string (CopydeskArticle *self,
            guint            prop_id,
            const char      *value)
{
  if (_copydesk_set_string (string_field (self, prop_id), value))
    changed (self, prop_id);
}

/* Unless the byline is the user's own, it is what the author list says; a
 * byline of one's own that comes to match the list is derived again. An
 * empty one stays empty: a reader fills the byline after the authors and
 * must find it empty (see copydesk_article_set_byline_override()). */
static void
update_byline (CopydeskArticle *self)
{
  g_autofree char *derived = copydesk_byline_derive (self);

  if (!self->byline_override)
    set_string (self, PROP_BYLINE, derived);
  else if (*self->byline != '\0' && g_str_equal (self->byline, derived))
    {
      self->byline_override = FALSE;
      changed (self, PROP_BYLINE_OVERRIDE);
    }
}

static void
set_date_time (CopydeskArticle  *self,
               GDateTime       **field,
               GDateTime        *value,
               guint             prop_id)
{
  g_return_if_fail (value != NULL);

  if (*field != NULL && g_date_time_equal (*field, value) &&
      g_date_time_get_utc_offset (*field) == g_date_time_get_utc_offset (value))
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = g_date_time_ref (value);
  changed (self, prop_id);
}

/* The photos by id, built when first needed after a removal or a change of
 * id, so that adding photos or placing them never walks the whole list. */
static GHashTable *
photo_index (CopydeskArticle *self)
{
  GListModel *photos = G_LIST_MODEL (self->photos);
  guint n = g_list_model_get_n_items (photos);

  if (self->photo_index != NULL)
    return self->photo_index;
  self->photo_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      const char *id = copydesk_photo_get_id (photo);

      if (!g_hash_table_contains (self->photo_index, id))
        g_hash_table_insert (self->photo_index, g_strdup (id), photo);
    }
  return self->photo_index;
}

/* Any property of an author or photo, or the lists themselves. */
static void
on_part_notify (CopydeskArticle *self,
                GParamSpec      *pspec,
                GObject         *part)
{
  if (COPYDESK_IS_PHOTO (part) && g_str_equal (pspec->name, "id"))
    g_clear_pointer (&self->photo_index, g_hash_table_unref);
  if (COPYDESK_IS_AUTHOR (part) && g_str_equal (pspec->name, "name"))
    update_byline (self);
  changed (self, PROP_0);
}

/* Photos appended keep the index; any other change rebuilds it. */
static void
index_photos (CopydeskArticle *self,
              guint            position,
              guint            removed,
              guint            added)
{
  if (self->photo_index == NULL)
    return;
  if (removed > 0 || position + added < g_list_model_get_n_items (G_LIST_MODEL (self->photos)))
    {
      g_clear_pointer (&self->photo_index, g_hash_table_unref);
      return;
    }
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (G_LIST_MODEL (self->photos), i);
      const char *id = copydesk_photo_get_id (photo);

      if (!g_hash_table_contains (self->photo_index, id))
        g_hash_table_insert (self->photo_index, g_strdup (id), photo);
    }
}

/* Connected swapped: the list that changed comes last. */
static void
watch_list (CopydeskArticle *self,
            guint            position,
            guint            removed,
            guint            added,
            GListModel      *list)
{
  if (list == G_LIST_MODEL (self->photos))
    index_photos (self, position, removed, added);
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_signal_connect_object (item, "notify", G_CALLBACK (on_part_notify), self,
                               G_CONNECT_SWAPPED);
    }
  if (list == G_LIST_MODEL (self->authors))
    update_byline (self);
  changed (self, PROP_0);
}

static void
unwatch_all (CopydeskArticle *self,
             GListStore      *store)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_signal_handlers_disconnect_by_data (item, self);
    }
}

static void
copydesk_article_dispose (GObject *object)
{
  CopydeskArticle *self = (CopydeskArticle *) object;

  if (self->authors != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->authors, self);
      unwatch_all (self, self->authors);
    }
  if (self->photos != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->photos, self);
      unwatch_all (self, self->photos);
    }
  g_clear_pointer (&self->photo_index, g_hash_table_unref);
  g_clear_object (&self->authors);
  g_clear_object (&self->photos);

  G_OBJECT_CLASS (copydesk_article_parent_class)->dispose (object);
}

static void
copydesk_article_finalize (GObject *object)
{
  CopydeskArticle *self = (CopydeskArticle *) object;

  for (guint i = PROP_GUID; i <= PROP_KEPT_METADATA; i++)
    g_clear_pointer (string_field (self, i), g_free);
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->contributors, g_strfreev);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->body, copydesk_body_unref);

  G_OBJECT_CLASS (copydesk_article_parent_class)->finalize (object);
}

static void
copydesk_article_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CopydeskArticle *self = COPYDESK_ARTICLE (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_VERSION: g_value_set_uint (value, self->version); break;
    case PROP_KEYWORDS: g_value_set_boxed (value, self->keywords); break;
    case PROP_CONTRIBUTORS: g_value_set_boxed (value, self->contributors); break;
    case PROP_URGENCY: g_value_set_uint (value, self->urgency); break;
    case PROP_CREATED: g_value_set_boxed (value, self->created); break;
    case PROP_MODIFIED: g_value_set_boxed (value, self->modified); break;
    case PROP_BODY: g_value_set_boxed (value, self->body); break;
    case PROP_AUTHORS: g_value_set_object (value, self->authors); break;
    case PROP_PHOTOS: g_value_set_object (value, self->photos); break;
    case PROP_BYLINE_OVERRIDE: g_value_set_boolean (value, self->byline_override); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_article_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CopydeskArticle *self = COPYDESK_ARTICLE (object);

  g_return_if_fail (MUTABLE_ARTICLE (self));
  if (prop_id == PROP_LANGUAGE)
    copydesk_article_set_language (self, g_value_get_string (value));
  else if (prop_id == PROP_BYLINE)
    copydesk_article_set_byline (self, g_value_get_string (value));
  else if (string_field (self, prop_id) != NULL)
    set_string (self, prop_id, g_value_get_string (value));
  else switch (prop_id)
    {
    case PROP_VERSION: copydesk_article_set_version (self, g_value_get_uint (value)); break;
    case PROP_KEYWORDS: copydesk_article_set_keywords (self, g_value_get_boxed (value)); break;
    case PROP_CONTRIBUTORS: copydesk_article_set_contributors (self, g_value_get_boxed (value)); break;
    case PROP_URGENCY: copydesk_article_set_urgency (self, g_value_get_uint (value)); break;
    case PROP_CREATED: copydesk_article_set_created (self, g_value_get_boxed (value)); break;
    case PROP_MODIFIED: copydesk_article_set_modified (self, g_value_get_boxed (value)); break;
    case PROP_BODY: copydesk_article_set_body (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_article_class_init (CopydeskArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char * const names[] = {
    NULL, "guid", "headline", "standfirst", "byline", "dateline", "slugline",
    "language", "editorial-note", "contributor-note", "provider", "creditline",
    "kept-metadata",
  };

  object_class->dispose = copydesk_article_dispose;
  object_class->finalize = copydesk_article_finalize;
  object_class->get_property = copydesk_article_get_property;
  object_class->set_property = copydesk_article_set_property;

  for (guint i = PROP_GUID; i <= PROP_KEPT_METADATA; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", flags);
  properties[PROP_VERSION] = g_param_spec_uint ("version", NULL, NULL, 1, G_MAXUINT, 1, flags);
  properties[PROP_KEYWORDS] = g_param_spec_boxed ("keywords", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_CONTRIBUTORS] = g_param_spec_boxed ("contributors", NULL, NULL,
                                                      G_TYPE_STRV, flags);
  properties[PROP_URGENCY] = g_param_spec_uint ("urgency", NULL, NULL, 0, 9, 0, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_BODY] = g_param_spec_boxed ("body", NULL, NULL, COPYDESK_TYPE_BODY, flags);
  properties[PROP_AUTHORS] = g_param_spec_object ("authors", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PHOTOS] = g_param_spec_object ("photos", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  /* read-only: a copy made through the properties derives it again */
  properties[PROP_BYLINE_OVERRIDE] = g_param_spec_boolean ("byline-override", NULL, NULL, FALSE,
                                                           ro | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CopydeskArticle::changed:
   *
   * Emitted after any change to the article, its authors or its photos:
   * what the editor needs to know that there is something to save.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
copydesk_article_init (CopydeskArticle *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) seconds = g_date_time_add (now, -(g_date_time_get_microsecond (now)));

  for (guint i = PROP_GUID; i <= PROP_KEPT_METADATA; i++)
    *string_field (self, i) = g_strdup ("");
  g_free (self->guid);
  self->guid = copydesk_guid_new ();
  g_free (self->language);
  self->language = g_strdup ("en");
  self->version = 1;
  self->byline_override = TRUE;
  self->keywords = g_new0 (char *, 1);
  self->contributors = g_new0 (char *, 1);
  self->created = g_date_time_ref (seconds);
  self->modified = g_date_time_ref (seconds);
  self->body = copydesk_body_new_empty ();
  self->authors = g_list_store_new (COPYDESK_TYPE_AUTHOR);
  self->photos = g_list_store_new (COPYDESK_TYPE_PHOTO);
  g_signal_connect_object (self->authors, "items-changed", G_CALLBACK (watch_list), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->photos, "items-changed", G_CALLBACK (watch_list), self,
                           G_CONNECT_SWAPPED);
}

/**
 * copydesk_article_new:
 *
 * Returns: (transfer full): an empty article with a fresh guid, version 1,
 *   language "en", created and modified now
 */
CopydeskArticle *
copydesk_article_new (void)
{
  return g_object_new (COPYDESK_TYPE_ARTICLE, NULL);
}

/**
 * copydesk_article_is_frozen:
 *
 * Returns: %TRUE for a snapshot (copydesk_article_snapshot()), which no
 *   setter changes
 */
gboolean
copydesk_article_is_frozen (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), FALSE);
  return self->frozen;
}

/* For copydesk-article-snapshot.c: from now on, the setters refuse. */
void
_copydesk_article_freeze (CopydeskArticle *self)
{
  g_return_if_fail (COPYDESK_IS_ARTICLE (self));
  self->frozen = TRUE;
}

/**
 * copydesk_guid_new:
 *
 * A guid is a "urn:uuid:" URN: unique without a registered domain, and it
 * never carries the version (NewsML-G2 keeps that apart).
 *
 * Returns: (transfer full): a new guid
 */
char *
copydesk_guid_new (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("urn:uuid:", uuid, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                         \
  const char *                                                                \
  copydesk_article_get_##field (CopydeskArticle *self)                        \
  {                                                                           \
    g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);                  \
    return self->field;                                                       \
  }                                                                           \
  void                                                                        \
  copydesk_article_set_##field (CopydeskArticle *self, const char *value)     \
  {                                                                           \
    g_return_if_fail (MUTABLE_ARTICLE (self));                            \
    set_string (self, PROP, value);                                           \
  }

STRING_ACCESSORS (guid, PROP_GUID)
STRING_ACCESSORS (headline, PROP_HEADLINE)
STRING_ACCESSORS (standfirst, PROP_STANDFIRST)
STRING_ACCESSORS (dateline, PROP_DATELINE)
STRING_ACCESSORS (slugline, PROP_SLUGLINE)
STRING_ACCESSORS (editorial_note, PROP_EDITORIAL_NOTE)
STRING_ACCESSORS (contributor_note, PROP_CONTRIBUTOR_NOTE)
STRING_ACCESSORS (provider, PROP_PROVIDER)
STRING_ACCESSORS (creditline, PROP_CREDITLINE)
STRING_ACCESSORS (kept_metadata, PROP_KEPT_METADATA)

const char *
copydesk_article_get_byline (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return self->byline;
}

/**
 * copydesk_article_set_byline:
 *
 * What typing into the byline field does: a byline other than the one the
 * authors give overrides it; an empty one (or the derived one) makes the
 * byline derived from the authors again (see copydesk_byline_derive()).
 */
void
copydesk_article_set_byline (CopydeskArticle *self,
                             const char      *byline)
{
  g_autofree char *derived = NULL;
  gboolean override, text_changed, override_changed;

  g_return_if_fail (MUTABLE_ARTICLE (self));

  derived = copydesk_byline_derive (self);
  override = byline != NULL && *byline != '\0' && !g_str_equal (byline, derived);
  /* one "changed" for one edit, however many properties it touches */
  text_changed = _copydesk_set_string (&self->byline, override ? byline : derived);
  override_changed = self->byline_override != override;
  self->byline_override = override;
  if (text_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYLINE]);
  if (override_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYLINE_OVERRIDE]);
  if (text_changed || override_changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
copydesk_article_get_byline_override (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), FALSE);
  return self->byline_override;
}

/**
 * copydesk_article_set_byline_override:
 * @override: %FALSE derives the byline from the authors from now on; %TRUE
 *   keeps the present text whatever the authors become
 *
 * A new article keeps its byline as set (empty) until this is called with
 * %FALSE or an empty byline is set: readers and importers fill the authors
 * before the byline, and must not find one made up. The editor calls it
 * with %FALSE for a new story, and for an opened one whose byline is empty.
 */
void
copydesk_article_set_byline_override (CopydeskArticle *self,
                                      gboolean         override)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));

  override = !!override;
  if (self->byline_override != override)
    {
      self->byline_override = override;
      changed (self, PROP_BYLINE_OVERRIDE);
    }
  if (!override)
    update_byline (self);
}

const char *
copydesk_article_get_language (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return self->language;
}

/* Stored as typed, after the common fix-ups ("en_GB" is en-GB); whether it is
 * a valid tag is the writer's question, so that typing never loses text. */
void
copydesk_article_set_language (CopydeskArticle *self,
                               const char      *language)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (MUTABLE_ARTICLE (self));

  normal = copydesk_language_tag_normalize (language);
  set_string (self, PROP_LANGUAGE, normal);
  update_byline (self);
}

guint
copydesk_article_get_version (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), 1);
  return self->version;
}

void
copydesk_article_set_version (CopydeskArticle *self,
                              guint            version)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (version >= 1);

  if (self->version == version)
    return;
  self->version = version;
  changed (self, PROP_VERSION);
}

/* A new version of the same article: same guid, version + 1, modified now. */
void
copydesk_article_bump_version (CopydeskArticle *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) seconds = g_date_time_add (now, -(g_date_time_get_microsecond (now)));

  g_return_if_fail (MUTABLE_ARTICLE (self));

  g_object_freeze_notify (G_OBJECT (self));
  copydesk_article_set_version (self, self->version + 1);
  copydesk_article_set_modified (self, seconds);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * copydesk_article_get_keywords:
 *
 * Returns: (transfer none): the keywords, never %NULL
 */
const char * const *
copydesk_article_get_keywords (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return (const char * const *) self->keywords;
}

void
copydesk_article_set_keywords (CopydeskArticle    *self,
                               const char * const *keywords)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));

  if (_copydesk_set_strv (&self->keywords, keywords))
    changed (self, PROP_KEYWORDS);
}

/**
 * copydesk_article_get_contributors:
 *
 * Returns: (transfer none): the names of those who contributed to the
 *   report (see the contributor note), never %NULL
 */
const char * const *
copydesk_article_get_contributors (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return (const char * const *) self->contributors;
}

void
copydesk_article_set_contributors (CopydeskArticle    *self,
                                   const char * const *names)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));

  if (_copydesk_set_strv (&self->contributors, names))
    changed (self, PROP_CONTRIBUTORS);
}

guint
copydesk_article_get_urgency (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), 0);
  return self->urgency;
}

/* 1 (most urgent) to 9; COPYDESK_URGENCY_UNSET (0) leaves it out. */
void
copydesk_article_set_urgency (CopydeskArticle *self,
                              guint            urgency)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (urgency <= 9);

  if (self->urgency == urgency)
    return;
  self->urgency = urgency;
  changed (self, PROP_URGENCY);
}

/**
 * copydesk_article_get_created:
 *
 * Returns: (transfer none): when the article was first created
 */
GDateTime *
copydesk_article_get_created (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return self->created;
}

void
copydesk_article_set_created (CopydeskArticle *self,
                              GDateTime       *created)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  set_date_time (self, &self->created, created, PROP_CREATED);
}

/**
 * copydesk_article_get_modified:
 *
 * Returns: (transfer none): when this version was made
 */
GDateTime *
copydesk_article_get_modified (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return self->modified;
}

void
copydesk_article_set_modified (CopydeskArticle *self,
                               GDateTime       *modified)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  set_date_time (self, &self->modified, modified, PROP_MODIFIED);
}

/**
 * copydesk_article_get_body:
 *
 * Returns: (transfer none): the body; an immutable snapshot that stays valid
 *   for as long as the caller holds a reference
 */
CopydeskBody *
copydesk_article_get_body (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return self->body;
}

/* Every photo the body places exists in the article: a placement naming an
 * unknown id gets an empty photo (no file yet) rather than being lost. */
static void
ensure_placed_photos (CopydeskArticle *self)
{
  g_auto(GStrv) ids = copydesk_body_get_photo_ids (self->body);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (copydesk_article_find_photo (self, ids[i]) == NULL)
        {
          g_autoptr(CopydeskPhoto) photo = copydesk_photo_new (ids[i]);

          g_list_store_append (self->photos, photo);
        }
    }
}

void
copydesk_article_set_body (CopydeskArticle *self,
                           CopydeskBody    *body)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (body != NULL);

  if (self->body == body || copydesk_body_equal (self->body, body))
    return;
  copydesk_body_unref (self->body);
  self->body = copydesk_body_ref (body);
  ensure_placed_photos (self);
  changed (self, PROP_BODY);
}

/**
 * copydesk_article_get_authors:
 *
 * Returns: (transfer none): the authors, a list of #CopydeskAuthor
 */
GListModel *
copydesk_article_get_authors (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return G_LIST_MODEL (self->authors);
}

void
copydesk_article_add_author (CopydeskArticle *self,
                             CopydeskAuthor  *author)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_AUTHOR (author));

  g_list_store_append (self->authors, author);
}

static void
remove_item (CopydeskArticle *self,
             GListStore      *store,
             gpointer         item)
{
  guint position;

  if (g_list_store_find (store, item, &position))
    {
      /* an undo stack may keep the item alive: it must stop reporting here */
      g_signal_handlers_disconnect_by_data (item, self);
      g_list_store_remove (store, position);
    }
}

void
copydesk_article_remove_author (CopydeskArticle *self,
                                CopydeskAuthor  *author)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_AUTHOR (author));

  remove_item (self, self->authors, author);
}

/* @position: past the end means last; what undoing a removal needs */
void
copydesk_article_insert_author (CopydeskArticle *self,
                                CopydeskAuthor  *author,
                                guint            position)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_AUTHOR (author));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->authors)));
  g_list_store_insert (self->authors, position, author);
}

/**
 * copydesk_article_move_author:
 * @author: one of the article's authors
 * @position: its new index; past the end means last
 *
 * Changes the order of the authors, and so of a derived byline.
 */
void
copydesk_article_move_author (CopydeskArticle *self,
                              CopydeskAuthor  *author,
                              guint            position)
{
  g_autoptr(CopydeskAuthor) keep = NULL;
  guint from, n;

  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_AUTHOR (author));

  if (!g_list_store_find (self->authors, author, &from))
    {
      g_critical ("%s: author “%s” is not in the article", G_STRFUNC,
                  copydesk_author_get_name (author));
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (self->authors));
  position = MIN (position, n - 1);
  if (position == from)
    return;

  keep = g_object_ref (author);
  g_signal_handlers_disconnect_by_data (author, self);
  g_list_store_remove (self->authors, from);
  g_list_store_insert (self->authors, position, author);
}

/**
 * copydesk_article_get_photos:
 *
 * Returns: (transfer none): the photos, a list of #CopydeskPhoto
 */
GListModel *
copydesk_article_get_photos (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);
  return G_LIST_MODEL (self->photos);
}

void
copydesk_article_add_photo (CopydeskArticle *self,
                            CopydeskPhoto   *photo)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_PHOTO (photo));
  g_return_if_fail (copydesk_article_find_photo (self, copydesk_photo_get_id (photo)) == NULL);

  g_list_store_append (self->photos, photo);
}

void
copydesk_article_remove_photo (CopydeskArticle *self,
                               CopydeskPhoto   *photo)
{
  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_PHOTO (photo));

  remove_item (self, self->photos, photo);
}

/**
 * copydesk_article_insert_photo:
 * @position: where the photo goes; past the end means last
 *
 * Like copydesk_article_add_photo(), at a given place in the order (which is
 * the order of the pictures group in NewsML-G2): what undoing a removal needs.
 */
void
copydesk_article_insert_photo (CopydeskArticle *self,
                               CopydeskPhoto   *photo,
                               guint            position)
{
  guint n;

  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_PHOTO (photo));
  g_return_if_fail (copydesk_article_find_photo (self, copydesk_photo_get_id (photo)) == NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->photos));
  g_list_store_insert (self->photos, MIN (position, n), photo);
}

/**
 * copydesk_article_move_photo:
 * @photo: one of the article's photos
 * @position: its new index; past the end means last
 *
 * Changes the order of the photos, as dragging a card does.
 */
void
copydesk_article_move_photo (CopydeskArticle *self,
                             CopydeskPhoto   *photo,
                             guint            position)
{
  g_autoptr(CopydeskPhoto) keep = NULL;
  guint from, n;

  g_return_if_fail (MUTABLE_ARTICLE (self));
  g_return_if_fail (COPYDESK_IS_PHOTO (photo));

  if (!g_list_store_find (self->photos, photo, &from))
    {
      g_critical ("%s: photo “%s” is not in the article", G_STRFUNC,
                  copydesk_photo_get_id (photo));
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (self->photos));
  position = MIN (position, n - 1);
  if (position == from)
    return;

  keep = g_object_ref (photo);
  g_signal_handlers_disconnect_by_data (photo, self);
  g_list_store_remove (self->photos, from);
  g_list_store_insert (self->photos, position, photo);
}

/**
 * copydesk_article_find_photo:
 *
 * Returns: (transfer none) (nullable): the photo with that id
 */
CopydeskPhoto *
copydesk_article_find_photo (CopydeskArticle *self,
                             const char      *id)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (photo_index (self), id);
}

/* "photo-1", "photo-2", …: the first that is free. */
char *
copydesk_article_new_photo_id (CopydeskArticle *self)
{
  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);

  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("photo-%u", n);

      if (copydesk_article_find_photo (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* The string fields, compared for copydesk_article_equal(). */
gboolean
_copydesk_article_strings_equal (CopydeskArticle *a,
                                 CopydeskArticle *b)
{
  for (guint i = PROP_GUID; i <= PROP_KEPT_METADATA; i++)
    {
      if (!g_str_equal (*string_field (a, i), *string_field (b, i)))
        return FALSE;
    }
  return TRUE;
}
