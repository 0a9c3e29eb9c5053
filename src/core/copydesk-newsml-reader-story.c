/* copydesk-newsml-reader-story.c: NewsML-G2 in, the story chosen and read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the reader (see copydesk-newsml-reader.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-error.h"
#include "copydesk-newsml.h"
#include "copydesk-newsml-reader-doc.h"
#include "copydesk-newsml-desk.h"
#include "copydesk-text.h"

static void
doc_clear (Doc *d)
{
  g_clear_object (&d->r.article);
  g_clear_pointer (&d->r.warnings, g_ptr_array_unref);
  g_clear_pointer (&d->r.subheadline, g_free);
  g_clear_pointer (&d->pictures, g_ptr_array_unref);
  g_clear_pointer (&d->packages, g_ptr_array_unref);
  g_clear_pointer (&d->keywords, g_ptr_array_unref);
  g_clear_pointer (&d->contributors, g_ptr_array_unref);
  if (d->ed_note != NULL)
    g_string_free (d->ed_note, TRUE);
  d->ed_note = NULL;
  g_clear_pointer (&d->seen_notes, g_hash_table_unref);
  g_clear_pointer (&d->r.seen_warnings, g_hash_table_unref);
  g_clear_pointer (&d->r.photo_guids, g_hash_table_unref);
  g_clear_pointer (&d->r.photo_ids, g_hash_table_unref);
  if (d->r.kept != d->article_kept)
    g_clear_pointer (&d->r.kept, _copydesk_kept_free);
  g_clear_pointer (&d->article_kept, _copydesk_kept_free);
  d->r.kept = NULL;
  g_clear_pointer (&d->story_titles, g_ptr_array_unref);
  g_clear_pointer (&d->r.not_read, g_hash_table_unref);
  g_clear_pointer (&d->r.first_not_read, g_free);
  g_clear_pointer (&d->r.last_not_read, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Doc, doc_clear)

static void
read_identity (Doc        *d,
               xmlNodePtr  item)
{
  g_autofree char *version = _copydesk_reader_attr (item, "version");
  xmlChar *lang = xmlNodeGetLang (item);
  guint64 number;

  if (parse_uint (version, G_MAXUINT, &number) && number >= 1)
    copydesk_article_set_version (d->r.article, (guint) number);
  if (lang != NULL)
    read_language (d, (const char *) lang, NULL);
  xmlFree (lang);
}

/* Finds the items, whichever way they came. */
static gboolean
collect_items (Doc         *d,
               xmlNodePtr   root,
               GError     **error)
{
  if (root->ns == NULL || !g_str_equal ((const char *) root->ns->href, COPYDESK_NEWSML_NS))
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the document is <%s> in the namespace “%s”, not a NewsML-G2 "
                     "document (namespace %s)"),
                   xmlGetLineNo (root), (const char *) root->name,
                   root->ns ? (const char *) root->ns->href : "", COPYDESK_NEWSML_NS);
      return FALSE;
    }

  if (is_g2 (root, "newsMessage"))
    {
      for (xmlNodePtr child = root->children; child != NULL; child = child->next)
        {
          if (is_g2 (child, "header"))
            for (xmlNodePtr part = child->children; part != NULL; part = part->next)
              _copydesk_newsml_desk_read (d->r.article, part, TRUE);
          if (is_g2 (child, "itemSet"))
            {
              for (xmlNodePtr item = child->children; item != NULL; item = item->next)
                sort_item (d, item);
            }
        }
    }
  else if (is_g2 (root, "newsItem") || is_g2 (root, "packageItem"))
    sort_item (d, root);
  else
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the document is a NewsML-G2 <%s>, which holds no news article; "
                     "Copydesk opens newsMessage, newsItem and packageItem documents"),
                   xmlGetLineNo (root), (const char *) root->name);
      return FALSE;
    }

  if (d->text == NULL && d->pictures->len == 0 && d->packages->len == 0)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   _("Line %ld: the NewsML-G2 document holds no text, picture or package item"),
                   xmlGetLineNo (root));
      return FALSE;
    }
  return TRUE;
}

/* An article that the file gives no guid (a lone picture, a text item
 * without one) gets one made from the file's bytes, not a random one: two
 * readings of a file give the same article. */
static void
settle_guid (Doc *d)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;
  g_autofree char *guid = NULL;

  if (d->have_guid || d->bytes == NULL)
    return;
  g_checksum_update (sum, g_bytes_get_data (d->bytes, NULL), g_bytes_get_size (d->bytes));
  g_checksum_get_digest (sum, digest, &len);
  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;
  guid = g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
  copydesk_article_set_guid (d->r.article, guid);
}

/* Times come from the file or not at all: without firstCreated, the
 * content's creation or the version's time stands in for it, and the other
 * way round. */
static void
settle_times (Doc *d)
{
  if (!d->have_created && d->have_modified)
    copydesk_article_set_created (d->r.article, copydesk_article_get_modified (d->r.article));
  else if (d->have_created && !d->have_modified)
    copydesk_article_set_modified (d->r.article, copydesk_article_get_created (d->r.article));
  else if (!d->have_created && !d->have_modified)
    _copydesk_reader_warn (&d->r, _("the file gives no date or time; the article is dated "
                                    "when it was opened"));
}

/* A sub-headline has no field of its own: it becomes the standfirst when
 * there is none, and the body's opening subheading otherwise. */
static void
place_subheadline (Doc       *d,
                   GPtrArray *blocks)
{
  g_autoptr(CopydeskRun) run = NULL;

  if (d->r.subheadline == NULL || *d->r.subheadline == '\0' ||
      g_str_equal (d->r.subheadline, copydesk_article_get_headline (d->r.article)))
    return;
  if (*copydesk_article_get_standfirst (d->r.article) == '\0')
    {
      copydesk_article_set_standfirst (d->r.article, d->r.subheadline);
      d->have_standfirst = TRUE;
      _copydesk_reader_warn (&d->r, _("sub-headline “%s” kept as the standfirst"),
                             d->r.subheadline);
      return;
    }
  run = copydesk_run_new_plain (d->r.subheadline);
  g_ptr_array_insert (blocks, 0, copydesk_block_new_text (COPYDESK_BLOCK_SUBHEADING, run));
  _copydesk_reader_warn (&d->r, _("sub-headline “%s” kept as the first subheading of the body"),
                         d->r.subheadline);
}

static void
collect_refs (xmlNodePtr  node,
              GHashTable *refs)
{
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (is_g2 (child, "itemRef"))
        {
          char *residref = _copydesk_reader_attr (child, "residref");

          if (residref != NULL)
            g_hash_table_add (refs, residref);
        }
      else if (child->type == XML_ELEMENT_NODE)
        collect_refs (child, refs);
    }
}

/* In a message of several stories, a story's pictures are those its
 * package names; without a package, every picture goes with every story. */
static void
select_story (Doc *d)
{
  g_autoptr(GHashTable) refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *guid = NULL;
  guint i = 0;

  if (d->n_stories < 2 || d->text == NULL)
    return;
  guid = _copydesk_reader_attr (d->text, "guid");
  while (i < d->packages->len)
    {
      g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key;

      collect_refs (g_ptr_array_index (d->packages, i), own);
      if (guid == NULL || !g_hash_table_contains (own, guid))
        {
          g_ptr_array_remove_index (d->packages, i);
          continue;
        }
      g_hash_table_iter_init (&iter, own);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (refs, g_strdup (key));
      i++;
    }
  if (g_hash_table_size (refs) == 0)
    return;
  i = 0;
  while (i < d->pictures->len)
    {
      g_autofree char *picture = _copydesk_reader_attr (g_ptr_array_index (d->pictures, i), "guid");

      if (picture == NULL || !g_hash_table_contains (refs, picture))
        g_ptr_array_remove_index (d->pictures, i);
      else
        i++;
    }
}

static gboolean
read_document (Doc         *d,
               xmlNodePtr   root,
               GError     **error)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) copydesk_block_unref);
  g_autoptr(CopydeskBody) body = NULL;

  if (!collect_items (d, root, error))
    return FALSE;
  d->article_kept = _copydesk_kept_new ();
  if (d->story > 0 && d->text == NULL)
    {
      g_set_error (error, COPYDESK_ERROR, COPYDESK_ERROR_NOT_NEWSML,
                   g_dngettext (GETTEXT_PACKAGE, "There is no story %u: the file holds %u story",
                                "There is no story %u: the file holds %u stories", d->n_stories),
                   d->story + 1, d->n_stories);
      return FALSE;
    }
  /* Said the same to the editor (which offers each story) and to the
   * converter (which adds how to pick one). */
  if (d->n_stories > 1)
    /* TRANSLATORS: "the file holds 3 stories: this is story 2 (the others open separately)" */
    _copydesk_reader_warn (&d->r,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "the file holds %u story: this is story %u (the others "
                                        "open separately)",
                                        "the file holds %u stories: this is story %u (the others "
                                        "open separately)", d->n_stories),
                           d->n_stories, d->story + 1);
  select_story (d);

  /* ours? the text item says so; pictures and packages read accordingly */
  if (d->text != NULL)
    {
      xmlNodePtr generator = first_child (first_child (d->text, "itemMeta"), "generator");
      xmlNodePtr content_meta = first_child (d->text, "contentMeta");
      xmlNodePtr provider = first_child (first_child (d->text, "itemMeta"), "provider");
      g_autofree char *name = generator ? single_line (generator) : NULL;

      d->r.ours = g_strcmp0 (name, "Copydesk") == 0;
      /* the pictures compare their language and provider with the article's */
      read_identity (d, d->text);
      if (provider != NULL)
        read_provider (d, provider, TRUE, NULL);
      for (xmlNodePtr child = content_meta ? content_meta->children : NULL; child; child = child->next)
        {
          if (is_g2 (child, "language"))
            read_article_field (d, child);
        }
    }

  /* the story's status, embargo and signal first: the other items repeat
   * them, and only what they say besides is theirs */
  for (xmlNodePtr meta = d->text ? first_child (d->text, "itemMeta") : NULL,
       child = meta ? meta->children : NULL; child != NULL; child = child->next)
    _copydesk_newsml_desk_read (d->r.article, child, TRUE);
  for (guint i = 0; i < d->pictures->len; i++)
    {
      gboolean main = d->text == NULL && d->packages->len == 0 && i == 0;

      if (main)
        read_identity (d, g_ptr_array_index (d->pictures, i));
      read_picture_item (d, g_ptr_array_index (d->pictures, i), main);
    }
  if (d->text != NULL)
    read_text_item (d, d->text, blocks);
  for (guint i = 0; i < d->packages->len; i++)
    {
      gboolean main = d->text == NULL && i == 0;

      if (main)
        read_identity (d, g_ptr_array_index (d->packages, i));
      read_package (d, g_ptr_array_index (d->packages, i), main);
    }

  /* without a text item, the photos are the story */
  if (d->text == NULL)
    {
      GListModel *photos = copydesk_article_get_photos (d->r.article);

      for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
        {
          g_autoptr(CopydeskPhoto) photo = g_list_model_get_item (photos, i);

          g_ptr_array_add (blocks, copydesk_block_new_photo (copydesk_photo_get_id (photo)));
        }
    }

  settle_headline (d);
  place_subheadline (d, blocks);
  settle_times (d);
  settle_guid (d);
  {
    g_autofree char *kept = _copydesk_kept_finish (d->article_kept);

    copydesk_article_set_kept_metadata (d->r.article, kept);
  }
  if (d->r.photos_not_read > 0)
    _copydesk_reader_say_partial (&d->r);
  if (d->r.warnings->len > MAX_WARNINGS)
    {
      /* that line comes first; the cap still holds */
      g_ptr_array_remove_index (d->r.warnings, d->r.warnings->len - 1);
      d->r.more_warnings++;
    }
  if (d->r.more_warnings > 0)
    g_ptr_array_add (d->r.warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more line like these",
                                                   "… and %u more lines like these",
                                                   d->r.more_warnings),
                                      d->r.more_warnings));
  g_ptr_array_add (d->keywords, NULL);
  g_ptr_array_add (d->contributors, NULL);
  copydesk_article_set_keywords (d->r.article, (const char * const *) d->keywords->pdata);
  copydesk_article_set_contributors (d->r.article, (const char * const *) d->contributors->pdata);
  copydesk_article_set_editorial_note (d->r.article, d->ed_note->str);
  body = copydesk_body_new (blocks);
  copydesk_article_set_body (d->r.article, body);
  return TRUE;
}

/* The parts of a Doc every reading needs. */
static void
doc_init (Doc   *d,
          GFile *base_dir)
{
  d->r.article = copydesk_article_new ();
  d->r.base_dir = base_dir;
  d->r.warnings = g_ptr_array_new_with_free_func (g_free);
  d->pictures = g_ptr_array_new ();
  d->packages = g_ptr_array_new ();
  d->keywords = g_ptr_array_new_with_free_func (g_free);
  d->r.keywords = d->keywords;
  d->contributors = g_ptr_array_new_with_free_func (g_free);
  d->ed_note = g_string_new (NULL);
  d->seen_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->r.seen_warnings = g_hash_table_new (g_str_hash, g_str_equal);
  d->r.photo_guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->r.photo_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CopydeskArticle *
copydesk_newsml_read_story (GBytes     *bytes,
                            GFile      *base_dir,
                            guint       index,
                            GPtrArray **warnings,
                            GError    **error)
{
  g_auto(Doc) d = { { 0 } };
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (base_dir == NULL || G_IS_FILE (base_dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse_bytes (bytes, error);
  if (doc == NULL)
    return NULL;

  doc_init (&d, base_dir);
  d.story = index;
  d.bytes = bytes;
  ok = read_document (&d, xmlDocGetRootElement (doc), error);
  xmlFreeDoc (doc);
  if (!ok)
    return NULL;

  if (warnings != NULL)
    *warnings = g_steal_pointer (&d.r.warnings);
  return g_steal_pointer (&d.r.article);
}

/**
 * copydesk_newsml_read:
 *
 * Reads the first story: copydesk_newsml_read_story() with @index 0.
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
CopydeskArticle *
copydesk_newsml_read (GBytes     *bytes,
                      GFile      *base_dir,
                      GPtrArray **warnings,
                      GError    **error)
{
  return copydesk_newsml_read_story (bytes, base_dir, 0, warnings, error);
}

/**
 * copydesk_newsml_list_stories:
 * @bytes: the document
 * @error: return location for an error
 *
 * The stories (text items) of a document, in order: their headlines, or
 * their guids where they have none. A lone picture or package is one story
 * with no text item, listed by its guid.
 *
 * Returns: (transfer full) (element-type utf8): the list, or %NULL with
 *   @error set as copydesk_newsml_read_story() sets it
 */
GPtrArray *
copydesk_newsml_list_stories (GBytes  *bytes,
                              GError **error)
{
  g_auto(Doc) d = { { 0 } };
  xmlDocPtr doc;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = parse_bytes (bytes, error);
  if (doc == NULL)
    return NULL;
  doc_init (&d, NULL);
  d.story_titles = g_ptr_array_new_with_free_func (g_free);
  ok = collect_items (&d, xmlDocGetRootElement (doc), error);
  if (ok && d.story_titles->len == 0)
    {
      xmlNodePtr item = d.packages->len > 0 ? g_ptr_array_index (d.packages, 0)
                                            : g_ptr_array_index (d.pictures, 0);
      char *guid = _copydesk_reader_attr (item, "guid");

      g_ptr_array_add (d.story_titles, guid ? guid : g_strdup (""));
    }
  xmlFreeDoc (doc);
  if (!ok)
    return NULL;
  return g_steal_pointer (&d.story_titles);
}
