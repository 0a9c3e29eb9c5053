/* copydesk-author.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "copydesk-author.h"
#include "copydesk-core-private.h"

struct _CopydeskAuthor
{
  GObject  parent_instance;
  char    *name;
  char    *job_title;
  char    *bio;
};

G_DEFINE_FINAL_TYPE (CopydeskAuthor, copydesk_author, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_JOB_TITLE,
  PROP_BIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copydesk_author_finalize (GObject *object)
{
  CopydeskAuthor *self = (CopydeskAuthor *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->job_title, g_free);
  g_clear_pointer (&self->bio, g_free);

  G_OBJECT_CLASS (copydesk_author_parent_class)->finalize (object);
}

static char **
field_for (CopydeskAuthor *self,
           guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME: return &self->name;
    case PROP_JOB_TITLE: return &self->job_title;
    case PROP_BIO: return &self->bio;
    default: return NULL;
    }
}

static void
copydesk_author_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  char **field = field_for (COPYDESK_AUTHOR (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
set_field (CopydeskAuthor *self,
           guint           prop_id,
           const char     *value)
{
  if (_copydesk_set_string (field_for (self, prop_id), value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
copydesk_author_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  if (field_for (COPYDESK_AUTHOR (object), prop_id) == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    set_field (COPYDESK_AUTHOR (object), prop_id, g_value_get_string (value));
}

static void
copydesk_author_class_init (CopydeskAuthorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = copydesk_author_finalize;
  object_class->get_property = copydesk_author_get_property;
  object_class->set_property = copydesk_author_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_JOB_TITLE] = g_param_spec_string ("job-title", NULL, NULL, "", flags);
  properties[PROP_BIO] = g_param_spec_string ("bio", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
copydesk_author_init (CopydeskAuthor *self)
{
  self->name = g_strdup ("");
  self->job_title = g_strdup ("");
  self->bio = g_strdup ("");
}

CopydeskAuthor *
copydesk_author_new (const char *name)
{
  return g_object_new (COPYDESK_TYPE_AUTHOR, "name", name ? name : "", NULL);
}

const char *
copydesk_author_get_name (CopydeskAuthor *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHOR (self), NULL);
  return self->name;
}

void
copydesk_author_set_name (CopydeskAuthor *self,
                          const char     *name)
{
  g_return_if_fail (COPYDESK_IS_AUTHOR (self));
  set_field (self, PROP_NAME, name);
}

const char *
copydesk_author_get_job_title (CopydeskAuthor *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHOR (self), NULL);
  return self->job_title;
}

void
copydesk_author_set_job_title (CopydeskAuthor *self,
                               const char     *job_title)
{
  g_return_if_fail (COPYDESK_IS_AUTHOR (self));
  set_field (self, PROP_JOB_TITLE, job_title);
}

const char *
copydesk_author_get_bio (CopydeskAuthor *self)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHOR (self), NULL);
  return self->bio;
}

void
copydesk_author_set_bio (CopydeskAuthor *self,
                         const char     *bio)
{
  g_return_if_fail (COPYDESK_IS_AUTHOR (self));
  set_field (self, PROP_BIO, bio);
}

gboolean
copydesk_author_equal (CopydeskAuthor *a,
                       CopydeskAuthor *b)
{
  g_return_val_if_fail (COPYDESK_IS_AUTHOR (a) && COPYDESK_IS_AUTHOR (b), FALSE);

  return g_str_equal (a->name, b->name) &&
         g_str_equal (a->job_title, b->job_title) &&
         g_str_equal (a->bio, b->bio);
}
