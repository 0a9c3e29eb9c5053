/* copydesk-spell-entry.c: misspellings underlined in a one-line entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A byline or a dateline is a few words: it is checked whole on every
 * change, on the main thread, and the misspelled words get an error
 * underline through the entry's Pango attributes. The checker rides on the
 * entry as object data.
 */
#include "config.h"

#include "copydesk-spell-entry.h"

#define CHECKER_KEY "copydesk-spell-checker"
#define COUNT_KEY   "copydesk-spell-count"
#define CONNECTED_KEY "copydesk-spell-connected"

static void
recheck (GtkEntry *entry)
{
  CopydeskSpellChecker *checker = g_object_get_data (G_OBJECT (entry), CHECKER_KEY);
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  g_autoptr (GArray) wrong = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (checker != NULL)
    wrong = copydesk_spell_checker_check_text (checker, text, -1);
  for (guint i = 0; wrong != NULL && i < wrong->len; i++)
    {
      const CopydeskSpellRange *r = &g_array_index (wrong, CopydeskSpellRange, i);
      PangoAttribute *attr = pango_attr_underline_new (PANGO_UNDERLINE_ERROR);

      attr->start_index = (guint) r->byte_start;
      attr->end_index = (guint) r->byte_end;
      pango_attr_list_insert (attrs, attr);
    }
  g_object_set_data (G_OBJECT (entry), COUNT_KEY,
                     GUINT_TO_POINTER (wrong != NULL ? wrong->len : 0));
  gtk_entry_set_attributes (entry, attrs);
}

/**
 * copydesk_spell_entry_set_checker:
 * @checker: (nullable): %NULL takes the underlines away
 */
void
copydesk_spell_entry_set_checker (GtkEntry             *entry,
                                  CopydeskSpellChecker *checker)
{
  g_return_if_fail (GTK_IS_ENTRY (entry));

  if (g_object_get_data (G_OBJECT (entry), CONNECTED_KEY) == NULL)
    {
      g_signal_connect (entry, "changed", G_CALLBACK (recheck), NULL);
      g_object_set_data (G_OBJECT (entry), CONNECTED_KEY, GINT_TO_POINTER (1));
    }
  g_object_set_data_full (G_OBJECT (entry), CHECKER_KEY,
                          checker != NULL ? g_object_ref (checker) : NULL, g_object_unref);
  recheck (entry);
}

guint
copydesk_spell_entry_count_marked (GtkEntry *entry)
{
  g_return_val_if_fail (GTK_IS_ENTRY (entry), 0);

  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), COUNT_KEY));
}
