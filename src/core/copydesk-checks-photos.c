/* copydesk-checks-photos.c: photos, their captions and their placements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "copydesk-checks-private.h"

static CopydeskPhoto *
find_photo (CopydeskArticle *article,
            const char      *id)
{
  GListModel *photos = copydesk_article_get_photos (article);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, i);

      if (g_strcmp0 (copydesk_photo_get_id (photo), id) == 0)
        return photo;  /* the article holds a reference */
    }
  return NULL;
}

/**
 * _cdx_check_placement:
 *
 * A "[photo: ID]" line must name a photo of the story that has a picture.
 * (Typing a placement for an id the story lacks gives it an empty photo,
 * so an empty photo counts as none.)
 */
void
_cdx_check_placement (CdxRun        *run,
                      guint          index,
                      CopydeskBlock *block)
{
  const char *id = copydesk_block_get_photo_id (block);
  CopydeskPhoto *photo = find_photo (run->article, id);
  g_autofree char *markup = NULL;
  CdxPlace place = { COPYDESK_CHECK_FIELD_BODY, index, id, COPYDESK_BLOCK_PHOTO };

  if (!_cdx_enabled (run, COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO) ||
      (photo != NULL && copydesk_photo_get_file (photo) != NULL))
    return;
  markup = copydesk_block_to_markup (block);
  _cdx_add (run, COPYDESK_CHECK_PLACEMENT_WITHOUT_PHOTO, &place, markup, 0, strlen (markup),
            photo == NULL
            ? g_strdup_printf (_("This line places the photo “%s”, which the story does not "
                                 "have."), id)
            : g_strdup_printf (_("This line places the photo “%s”, which has no picture file "
                                 "yet."), id));
}

static char *
caption_key (const char *caption)
{
  g_autofree char *folded = g_utf8_casefold (caption, -1);
  g_auto (GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (key, "%s%s", key->len > 0 ? " " : "", words[i]);
  return g_string_free (key, FALSE);
}

/* Words that announce a credit inside a caption. */
static const char * const credit_labels[] = {
  "Photo:", "Photograph:", "Picture:", "Pic:", "Image:", "Photo by ", "Picture by ",
  "Credit:", "Foto:", "Crédit", "©", NULL
};

static const char *
find_label (const char *caption)
{
  const char *best = NULL;

  for (guint i = 0; credit_labels[i] != NULL; i++)
    {
      const char *at = strstr (caption, credit_labels[i]);

      if (at != NULL && (best == NULL || at < best))
        best = at;
    }
  return best;
}

static void
check_credit_in_caption (CdxRun         *run,
                         CopydeskPhoto  *photo,
                         const CdxPlace *place)
{
  const char *caption = copydesk_photo_get_caption (photo);
  const char *credit = copydesk_photo_get_credit (photo);
  const char *at = credit[0] != '\0' ? strstr (caption, credit) : NULL;
  CopydeskCheckFinding *f;

  if (at != NULL)
    {
      f = _cdx_add (run, COPYDESK_CHECK_CREDIT_IN_CAPTION, place, caption, at - caption,
                    at - caption + strlen (credit),
                    g_strdup (_("The caption repeats the photo’s credit, which goes out in a "
                                "field of its own.")));
      f->fix = COPYDESK_CHECK_FIX_REMOVE_CREDIT;
      return;
    }
  at = find_label (caption);
  if (at != NULL)
    _cdx_add (run, COPYDESK_CHECK_CREDIT_IN_CAPTION, place, caption, at - caption,
              strlen (caption),
              g_strdup (_("The caption seems to hold a credit: put it in the photo’s credit "
                          "field instead.")));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
check_photo_fields (CdxRun        *run,
                    CopydeskPhoto *photo)
{
  const char *id = copydesk_photo_get_id (photo);
  CdxPlace caption = { COPYDESK_CHECK_FIELD_PHOTO_CAPTION, 0, id, 0 };
  CdxPlace credit = { COPYDESK_CHECK_FIELD_PHOTO_CREDIT, 0, id, 0 };
  CdxPlace alt = { COPYDESK_CHECK_FIELD_PHOTO_ALT_TEXT, 0, id, 0 };
  const char *text = copydesk_photo_get_caption (photo);

  if (_cdx_enabled (run, COPYDESK_CHECK_MISSING_CREDIT) &&
      is_blank (copydesk_photo_get_credit (photo)))
    _cdx_add (run, COPYDESK_CHECK_MISSING_CREDIT, &credit, NULL, 0, 0,
              g_strdup_printf (_("The photo “%s” has no credit, which the wire requires."), id));
  if (_cdx_enabled (run, COPYDESK_CHECK_MISSING_ALT_TEXT) &&
      is_blank (copydesk_photo_get_alt_text (photo)))
    _cdx_add (run, COPYDESK_CHECK_MISSING_ALT_TEXT, &alt, NULL, 0, 0,
              g_strdup_printf (_("The photo “%s” has no description for readers who cannot "
                                 "see it (alt text)."), id));
  _cdx_check_length (run, COPYDESK_CHECK_CAPTION_LENGTH, &caption, text,
                     run->options->caption_limit);
  if (text[0] != '\0')
    _cdx_check_text (run, &caption, text, FALSE, FALSE);
  if (_cdx_enabled (run, COPYDESK_CHECK_CREDIT_IN_CAPTION))
    check_credit_in_caption (run, photo, &caption);
  if (copydesk_photo_get_alt_text (photo)[0] != '\0')
    _cdx_check_text (run, &alt, copydesk_photo_get_alt_text (photo), FALSE, FALSE);
}

static void
check_duplicate_caption (CdxRun     *run,
                         GListModel *photos,
                         guint       index,
                         GPtrArray  *keys)
{
  g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, index);
  const char *key = g_ptr_array_index (keys, index);
  CdxPlace place = { COPYDESK_CHECK_FIELD_PHOTO_CAPTION, 0, copydesk_photo_get_id (photo), 0 };

  if (key[0] == '\0')
    return;
  for (guint j = 0; j < index; j++)
    if (g_str_equal (key, g_ptr_array_index (keys, j)))
      {
        g_autoptr (CopydeskPhoto) other = g_list_model_get_item (photos, j);
        const char *caption = copydesk_photo_get_caption (photo);

        _cdx_add (run, COPYDESK_CHECK_DUPLICATE_CAPTION, &place, caption, 0, strlen (caption),
                  g_strdup_printf (_("This caption is the same as that of the photo “%s”."),
                                   copydesk_photo_get_id (other)));
        return;
      }
}

/**
 * _cdx_check_photos:
 *
 * Credits, alt text, captions, duplicates and photos never placed. A photo
 * with no picture file is left to the placement check (it is what a
 * placement naming an unknown id creates), unless it is not placed either.
 */
void
_cdx_check_photos (CdxRun *run)
{
  GListModel *photos = copydesk_article_get_photos (run->article);
  g_auto (GStrv) placed = copydesk_body_get_photo_ids (copydesk_article_get_body (run->article));
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (photos);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (CopydeskPhoto) photo = g_list_model_get_item (photos, i);
      const char *id = copydesk_photo_get_id (photo);
      gboolean is_placed = g_strv_contains ((const char * const *) placed, id);
      CdxPlace place = { COPYDESK_CHECK_FIELD_PHOTO, 0, id, 0 };

      g_ptr_array_add (keys, caption_key (copydesk_photo_get_caption (photo)));
      if (!is_placed && _cdx_enabled (run, COPYDESK_CHECK_UNPLACED_PHOTO))
        _cdx_add (run, COPYDESK_CHECK_UNPLACED_PHOTO, &place, NULL, 0, 0,
                  g_strdup_printf (_("The photo “%s” is not placed anywhere in the body."), id));
      if (copydesk_photo_get_file (photo) == NULL && is_placed)
        continue;
      check_photo_fields (run, photo);
      if (_cdx_enabled (run, COPYDESK_CHECK_DUPLICATE_CAPTION))
        check_duplicate_caption (run, photos, i, keys);
    }
}

/* The caption without @credit, and without what tied it on: "Photo: ",
 * brackets, a slash or dash before it. */
char *
_cdx_remove_credit (const char *caption,
                    const char *credit)
{
  const char *at = credit[0] != '\0' ? strstr (caption, credit) : NULL;
  gsize start, end;
  GString *out;

  if (at == NULL)
    return g_strdup (caption);
  start = at - caption;
  end = start + strlen (credit);
  while (start > 0 && strchr (" \t([|/-:", caption[start - 1]) != NULL)
    start--;
  /* "Bo Ek: the quay": at the start, what follows it goes too */
  while (end < strlen (caption) && strchr (start == 0 ? ") ]:|/-" : ") ]", caption[end]) != NULL)
    end++;
  for (guint i = 0; credit_labels[i] != NULL; i++)
    {
      g_autofree char *label = g_strstrip (g_strdup (credit_labels[i]));
      gsize n = strlen (label);

      if (n > 0 && label[n - 1] == ':')
        label[--n] = '\0';
      if (start >= n && strncmp (caption + start - n, label, n) == 0)
        {
          start -= n;
          while (start > 0 && caption[start - 1] == ' ')
            start--;
          break;
        }
    }
  out = g_string_new_len (caption, start);
  if (end < strlen (caption) && out->len > 0 && strchr (".,;:!?", caption[end]) == NULL)
    g_string_append_c (out, ' ');
  g_string_append (out, caption + end);
  return g_strstrip (g_string_free (out, FALSE));
}
