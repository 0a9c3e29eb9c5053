/* copydesk-preview-blocks.c: one widget per body block, for the reader view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text goes through Pango markup built from the run's spans, every piece
 * escaped, so nothing a reporter types can change the layout. Each widget
 * carries the style classes the preview's CSS sets in type.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "copydesk-preview-blocks.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/**
 * copydesk_preview_run_to_markup:
 * @run: a run
 *
 * Returns: (transfer full): @run as Pango markup: emphasis in italics,
 *   strong in bold, links as links
 */
char *
copydesk_preview_run_to_markup (const CopydeskRun *run)
{
  GString *out = g_string_new (NULL);
  guint n = copydesk_run_get_n_spans (run);

  for (guint i = 0; i < n; i++)
    {
      const CopydeskSpan *span = copydesk_run_get_span (run, i);

      if (span->href != NULL)
        {
          g_string_append (out, "<a href=\"");
          append_escaped (out, span->href);
          g_string_append (out, "\">");
        }
      if (span->style & COPYDESK_STYLE_STRONG)
        g_string_append (out, "<b>");
      if (span->style & COPYDESK_STYLE_EMPHASIS)
        g_string_append (out, "<i>");
      append_escaped (out, span->text);
      if (span->style & COPYDESK_STYLE_EMPHASIS)
        g_string_append (out, "</i>");
      if (span->style & COPYDESK_STYLE_STRONG)
        g_string_append (out, "</b>");
      if (span->href != NULL)
        g_string_append (out, "</a>");
    }
  return g_string_free (out, FALSE);
}

GtkWidget *
copydesk_preview_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* A small minimum: beside the form and the photo panel the preview may
   * get little room, and the headline's large type times 20 characters
   * made the window wider than a 1280-pixel screen. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
run_label_new (const CopydeskRun *run,
               const char        *css_class)
{
  GtkWidget *label = copydesk_preview_label_new (css_class);
  g_autofree char *markup = copydesk_preview_run_to_markup (run);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  return label;
}

static GtkWidget *
quote_new (const CopydeskBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (box, "quote");
  for (guint i = 0; i < copydesk_block_get_n_items (block); i++)
    gtk_box_append (GTK_BOX (box),
                    run_label_new (copydesk_block_get_item (block, i), "quote-text"));
  return box;
}

static GtkWidget *
list_new (const CopydeskBlock *block)
{
  gboolean numbered = copydesk_block_get_kind (block) == COPYDESK_BLOCK_NUMBERED_LIST;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, numbered ? "numbered-list" : "bulleted-list");
  for (guint i = 0; i < copydesk_block_get_n_items (block); i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *marker = gtk_label_new (numbered ? number : "•");
      GtkWidget *text = run_label_new (copydesk_block_get_item (block, i), "list-item");

      gtk_widget_add_css_class (marker, "list-marker");
      gtk_label_set_xalign (GTK_LABEL (marker), 1.0);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (box), row);
    }
  return box;
}

/**
 * copydesk_preview_photo_key:
 * @photo: (nullable): a photo
 *
 * Returns: (transfer full): a string that changes whenever what the figure
 *   of @photo shows changes, so that a figure is rebuilt only then
 */
char *
copydesk_preview_photo_key (CopydeskPhoto *photo)
{
  g_autofree char *uri = NULL;

  if (photo == NULL)
    return g_strdup ("");
  if (copydesk_photo_get_file (photo) != NULL)
    uri = g_file_get_uri (copydesk_photo_get_file (photo));
  return g_strjoin ("\x1f", uri ? uri : "", copydesk_photo_get_caption (photo),
                    copydesk_photo_get_credit (photo), copydesk_photo_get_alt_text (photo), NULL);
}

static GtkWidget *
figure_new (const CopydeskBlock *block,
            CopydeskPhoto       *photo,
            CopydeskPhotoLoader *loader)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *picture = copydesk_figure_image_new ();
  const char *caption = photo ? copydesk_photo_get_caption (photo) : "";
  const char *credit = photo ? copydesk_photo_get_credit (photo) : "";
  const char *alt = photo ? copydesk_photo_get_alt_text (photo) : "";
  GtkWidget *label;

  gtk_widget_add_css_class (box, "figure");
  if (*alt != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, alt,
                                    -1);
  gtk_box_append (GTK_BOX (box), picture);
  if (photo != NULL && copydesk_photo_get_file (photo) != NULL)
    copydesk_photo_loader_show (loader, copydesk_photo_get_file (photo),
                                COPYDESK_FIGURE_IMAGE (picture));
  else
    {
      gtk_widget_add_css_class (picture, "photo-missing");
      gtk_widget_set_tooltip_text (picture, _("This photo has no image file yet"));
    }

  label = copydesk_preview_label_new ("caption");
  gtk_label_set_text (GTK_LABEL (label), caption);
  gtk_widget_set_visible (label, *caption != '\0');
  gtk_box_append (GTK_BOX (box), label);
  label = copydesk_preview_label_new ("credit");
  gtk_label_set_text (GTK_LABEL (label), credit);
  gtk_widget_set_visible (label, *credit != '\0');
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/**
 * copydesk_preview_block_new:
 * @block: the block
 * @photo: (nullable): for a photo block, the photo it places
 * @loader: where figures get their images
 *
 * Returns: (transfer floating): the widget showing @block
 */
GtkWidget *
copydesk_preview_block_new (const CopydeskBlock *block,
                            CopydeskPhoto       *photo,
                            CopydeskPhotoLoader *loader)
{
  CopydeskBlockKind kind = copydesk_block_get_kind (block);

  switch (kind)
    {
    case COPYDESK_BLOCK_PARAGRAPH:
      return run_label_new (copydesk_block_get_run (block), "paragraph");
    case COPYDESK_BLOCK_SUBHEADING:
      return run_label_new (copydesk_block_get_run (block), "subheading");
    case COPYDESK_BLOCK_QUOTE:
      return quote_new (block);
    case COPYDESK_BLOCK_BULLET_LIST:
    case COPYDESK_BLOCK_NUMBERED_LIST:
      return list_new (block);
    case COPYDESK_BLOCK_PHOTO:
      return figure_new (block, photo, loader);
    default:
      g_assert_not_reached ();
    }
}
