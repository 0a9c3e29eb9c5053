/* copydesk-article-snapshot.c: an immutable deep copy of an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer runs in a worker thread while the journalist goes on typing.
 * It must not read the live article, which the main thread changes, so it
 * is given a snapshot: a CopydeskArticle of its own, with copies of the
 * authors and photos, the same (immutable, ref-counted) body, and setters
 * that refuse any change. Every consumer keeps taking a CopydeskArticle.
 */
#include "config.h"

#include "copydesk-article-private.h"
#include "copydesk-desk.h"

/* A copy through the object's read-write properties, so that a property
 * added later is copied too. @skip is left at its default. */
static GObject *
clone_object (GObject    *source,
              const char *skip)
{
  g_autofree GParamSpec **specs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  guint n_specs = 0, n = 0;
  GObject *copy;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n_specs);
  names = g_new0 (const char *, n_specs);
  values = g_new0 (GValue, n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          g_strcmp0 (specs[i]->name, skip) == 0)
        continue;
      names[n] = specs[i]->name;
      g_value_init (&values[n], specs[i]->value_type);
      g_object_get_property (source, specs[i]->name, &values[n]);
      n++;
    }
  copy = g_object_new_with_properties (G_OBJECT_TYPE (source), n, names, values);
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return copy;
}

/**
 * copydesk_article_snapshot:
 *
 * An immutable deep copy of @self as it is now: fields, authors and photos
 * copied, the body shared (bodies never change). Every setter of the copy
 * refuses with a critical; it is safe to read from any thread while the
 * original goes on changing. A snapshot of a snapshot is the same object.
 * Its authors and photos are its own copies: whoever was handed the
 * snapshot for a job may note results on them (the wire export records the
 * captioned copies it made), and nobody else sees them.
 *
 * Returns: (transfer full): the snapshot
 */
CopydeskArticle *
copydesk_article_snapshot (CopydeskArticle *self)
{
  g_autoptr(CopydeskArticle) copy = NULL;
  GListModel *photos;
  GListModel *authors;

  g_return_val_if_fail (COPYDESK_IS_ARTICLE (self), NULL);

  if (copydesk_article_is_frozen (self))
    return g_object_ref (self);
  copy = COPYDESK_ARTICLE (clone_object (G_OBJECT (self), "body"));
  photos = copydesk_article_get_photos (self);
  authors = copydesk_article_get_authors (self);
  /* Photos before the body, which would otherwise invent empty ones. */
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(GObject) photo = g_list_model_get_item (photos, i);
      g_autoptr(GObject) twin = clone_object (photo, NULL);

      copydesk_article_add_photo (copy, COPYDESK_PHOTO (twin));
    }
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(GObject) author = g_list_model_get_item (authors, i);
      g_autoptr(GObject) twin = clone_object (author, NULL);

      copydesk_article_add_author (copy, COPYDESK_AUTHOR (twin));
    }
  copydesk_article_set_body (copy, copydesk_article_get_body (self));
  /* read-only as a property: whether the byline follows the authors */
  copydesk_article_set_byline_override (copy, copydesk_article_get_byline_override (self));
  copydesk_article_set_byline (copy, copydesk_article_get_byline (self));
  /* the desk's metadata hangs on the article, not in its properties; made
   * here, on the caller's thread, so no reader of the snapshot creates it */
  _copydesk_article_desk_copy (self, copy);
  _copydesk_article_freeze (copy);
  return g_steal_pointer (&copy);
}
