/* copydesk-desk-panel.c: the wire desk's metadata in the details panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Subjects (type-ahead over IPTC Media Topics in the article's language,
 * chosen ones as chips), genre, located place, priority, status, embargo
 * and the versions kept of the story. The panel follows its document's
 * article and edits that article's CopydeskDesk; whatever changes the desk
 * (an open, an undo, the command line's file) shows here at once.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "copydesk-desk-panel.h"
#include "copydesk-time.h"
#include "copydesk-versions-list.h"

#define MAX_MATCHES 12

struct _CopydeskDeskPanel
{
  GtkWidget             parent_instance;

  /* template */
  GtkFlowBox           *chips_box;
  GtkLabel             *retired_label;
  GtkSearchEntry       *subject_entry;
  GtkPopover           *matches_popover;
  GtkListBox           *matches_list;
  GtkDropDown          *genre_dropdown;
  GtkEntry             *located_entry;
  GtkButton            *located_suggestion;
  GtkSpinButton        *priority_spin;
  GtkDropDown          *status_dropdown;
  GtkEntry             *embargo_entry;
  GtkPopover           *embargo_popover;
  GtkCalendar          *embargo_calendar;
  GtkEntry             *embargo_time;
  GtkEntry             *embargo_zone;
  GtkLabel             *embargo_status;
  CopydeskVersionsList *versions_list;

  CopydeskDocument     *document;
  CopydeskArticle      *article;
  CopydeskDesk         *desk;
  GSignalGroup         *document_signals;
  GSignalGroup         *article_signals;
  GSignalGroup         *desk_signals;
  GBindingGroup        *bindings;
  GPtrArray            *genres;      /* (element-type utf8): item i + 1's QCode */
  char                 *genre_language;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (CopydeskDeskPanel, copydesk_desk_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
language_of (CopydeskDeskPanel *self)
{
  const char *language = self->article != NULL ? copydesk_article_get_language (self->article) : NULL;

  return language != NULL && *language != '\0' ? language : "en";
}

/* Subjects: chips */

static void
remove_subject (CopydeskDeskPanel *self,
                GtkWidget         *chip)
{
  const char *qcode = g_object_get_data (G_OBJECT (chip), "qcode");
  GtkWidget *flow_child = gtk_widget_get_parent (chip);
  GtkWidget *next = flow_child != NULL ? gtk_widget_get_next_sibling (flow_child) : NULL;
  gboolean had_focus = gtk_widget_has_focus (chip);
  int index = next != NULL ? gtk_flow_box_child_get_index (GTK_FLOW_BOX_CHILD (flow_child)) : -1;

  if (self->desk == NULL || qcode == NULL)
    return;
  copydesk_desk_remove_subject (self->desk, qcode);
  /* The chips are made anew: give the focus to the one that took its place. */
  if (had_focus)
    {
      GtkFlowBoxChild *after = index >= 0 ? gtk_flow_box_get_child_at_index (self->chips_box, index)
                                          : NULL;

      if (after != NULL)
        gtk_widget_grab_focus (gtk_flow_box_child_get_child (after));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->subject_entry));
    }
}

static void
on_chip_clicked (GtkButton         *chip,
                 CopydeskDeskPanel *self)
{
  remove_subject (self, GTK_WIDGET (chip));
}

static gboolean
on_chip_key (GtkEventControllerKey *key,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CopydeskDeskPanel     *self)
{
  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete && keyval != GDK_KEY_BackSpace)
    return FALSE;
  remove_subject (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (key)));
  return TRUE;
}

static GtkWidget *
chip_new (CopydeskDeskPanel *self,
          const char        *qcode,
          gboolean           retired)
{
  g_autofree char *label = copydesk_desk_dup_subject_label (self->desk, qcode, language_of (self));
  const CopydeskConcept *concept = copydesk_vocab_lookup_shown (copydesk_vocab_get_default (), qcode);
  g_autofree char *path = concept != NULL ? copydesk_concept_dup_path (concept, language_of (self))
                                          : g_strdup (qcode);
  g_autofree char *tooltip = NULL;
  GtkWidget *chip = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_box_append (GTK_BOX (box), gtk_label_new (label));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (chip), box);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "subject-chip");
  if (retired)
    gtk_widget_add_css_class (chip, "warning");
  /* Translators: a subject chip's tooltip: the topic's path, then how to remove it */
  tooltip = g_strdup_printf (_("%s\nClick or press Delete to remove"), path);
  gtk_widget_set_tooltip_text (chip, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Remove this subject"),
                                  -1);
  g_object_set_data_full (G_OBJECT (chip), "qcode", g_strdup (qcode), g_free);
  g_signal_connect_object (chip, "clicked", G_CALLBACK (on_chip_clicked), self, 0);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_chip_key), self, 0);
  gtk_widget_add_controller (chip, key);
  return chip;
}

static void
update_retired (CopydeskDeskPanel *self,
                GStrv              retired)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = retired != NULL ? g_strv_length (retired) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = copydesk_desk_dup_subject_label (self->desk, retired[i],
                                                                language_of (self));

      g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "", label);
    }
  if (n > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s is a retired topic: IPTC no longer uses it, so receivers may not route on it. Choose a current one.",
                                         "%s are retired topics: IPTC no longer uses them, so receivers may not route on them. Choose current ones.",
                                         n),
                            names->str);
  gtk_label_set_text (self->retired_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->retired_label), n > 0);
}

static void
update_chips (CopydeskDeskPanel *self)
{
  const char * const *subjects = self->desk != NULL ? copydesk_desk_get_subjects (self->desk) : NULL;
  g_auto(GStrv) retired = self->desk != NULL ? copydesk_desk_dup_retired_subjects (self->desk) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_flow_box_remove (self->chips_box, child);
  for (guint i = 0; subjects != NULL && subjects[i] != NULL; i++)
    gtk_flow_box_append (self->chips_box,
                         chip_new (self, subjects[i],
                                   retired != NULL
                                   && g_strv_contains ((const char * const *) retired, subjects[i])));
  gtk_widget_set_visible (GTK_WIDGET (self->chips_box), subjects != NULL && subjects[0] != NULL);
  update_retired (self, retired);
}

/* Subjects: type-ahead */

static void
clear_matches (CopydeskDeskPanel *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, row);
}

static GtkWidget *
match_row_new (const CopydeskConcept *concept,
               const char            *language)
{
  g_autofree char *path = copydesk_concept_dup_path (concept, language);
  g_autofree char *escaped = g_markup_escape_text (path, -1);
  g_autofree char *markup = NULL;
  const char *last = g_strrstr (escaped, " › ");
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  /* The topic itself in bold, after the broader ones it sits under. */
  if (last != NULL)
    markup = g_strdup_printf ("%.*s › <b>%s</b>", (int) (last - escaped), escaped,
                              last + strlen (" › "));
  else
    markup = g_strdup_printf ("<b>%s</b>", escaped);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, path, -1);
  g_object_set_data_full (G_OBJECT (row), "qcode", g_strdup (copydesk_concept_get_qcode (concept)),
                          g_free);
  return row;
}

static void
on_query_changed (CopydeskDeskPanel *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_entry))));
  g_autoptr(GPtrArray) found = NULL;
  const char * const *chosen = self->desk != NULL ? copydesk_desk_get_subjects (self->desk) : NULL;
  guint shown = 0;

  clear_matches (self);
  if (*query != '\0' && self->desk != NULL)
    found = copydesk_vocab_search (copydesk_vocab_get_default (), COPYDESK_SCHEME_MEDIA_TOPIC,
                                   query, language_of (self), MAX_MATCHES);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      const CopydeskConcept *concept = g_ptr_array_index (found, i);

      if (chosen != NULL && g_strv_contains (chosen, copydesk_concept_get_qcode (concept)))
        continue;
      gtk_list_box_append (self->matches_list, match_row_new (concept, language_of (self)));
      shown++;
    }
  if (shown > 0)
    gtk_popover_popup (self->matches_popover);
  else
    gtk_popover_popdown (self->matches_popover);
}

static void
pick (CopydeskDeskPanel *self,
      GtkListBoxRow     *row)
{
  const char *qcode = g_object_get_data (G_OBJECT (row), "qcode");

  if (self->desk == NULL || qcode == NULL)
    return;
  copydesk_desk_add_subject (self->desk, qcode, NULL);
  gtk_popover_popdown (self->matches_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_entry));
}

static void
on_match_activated (CopydeskDeskPanel *self,
                    GtkListBoxRow     *row)
{
  pick (self, row);
}

/* Enter takes the best match; Down goes into the list; Escape closes it. */
static void
on_query_activate (CopydeskDeskPanel *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches_list, 0);

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->matches_popover)))
    pick (self, first);
}

static gboolean
on_query_key (GtkEventControllerKey *key,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              CopydeskDeskPanel     *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches_list, 0);

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && first != NULL
      && gtk_widget_get_visible (GTK_WIDGET (self->matches_popover)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return TRUE;
    }
  return FALSE;
}

static void
on_stop_search (CopydeskDeskPanel *self)
{
  gtk_popover_popdown (self->matches_popover);
}

/* Genre */

static void
fill_genres (CopydeskDeskPanel *self)
{
  g_autoptr(GPtrArray) concepts = copydesk_vocab_list (copydesk_vocab_get_default (),
                                                       COPYDESK_SCHEME_GENRE, FALSE);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *genre = self->desk != NULL ? copydesk_desk_get_genre (self->desk) : NULL;

  if (g_strcmp0 (self->genre_language, language_of (self)) == 0
      && (genre == NULL || *genre == '\0' || g_ptr_array_find_with_equal_func (self->genres, genre, g_str_equal, NULL)))
    return;
  g_free (self->genre_language);
  self->genre_language = g_strdup (language_of (self));
  g_ptr_array_set_size (self->genres, 0);
  gtk_string_list_append (labels, C_("genre", "None"));
  for (guint i = 0; i < concepts->len; i++)
    {
      gtk_string_list_append (labels, copydesk_concept_get_label (g_ptr_array_index (concepts, i),
                                                                  language_of (self)));
      g_ptr_array_add (self->genres, g_strdup (copydesk_concept_get_qcode (g_ptr_array_index (concepts, i))));
    }
  /* A genre the file gave that is not offered (retired or unknown) stays
   * shown as it is. */
  if (genre != NULL && *genre != '\0'
      && !g_ptr_array_find_with_equal_func (self->genres, genre, g_str_equal, NULL))
    {
      g_autofree char *label = copydesk_desk_dup_subject_label (self->desk, genre, language_of (self));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->genres, g_strdup (genre));
    }
  gtk_drop_down_set_model (self->genre_dropdown, G_LIST_MODEL (labels));
}

static void
update_genre (CopydeskDeskPanel *self)
{
  const char *genre = self->desk != NULL ? copydesk_desk_get_genre (self->desk) : NULL;
  guint index = 0;

  fill_genres (self);
  if (genre != NULL && g_ptr_array_find_with_equal_func (self->genres, genre, g_str_equal, &index))
    index++;
  else
    index = 0;
  gtk_drop_down_set_selected (self->genre_dropdown, index);
}

static void
on_genre_selected (CopydeskDeskPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->genre_dropdown);

  if (self->updating || self->desk == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  copydesk_desk_set_genre (self->desk, selected == 0 || selected > self->genres->len
                                       ? NULL : g_ptr_array_index (self->genres, selected - 1));
}

/* Located: the dateline's place as a start */

static char *
dateline_place (CopydeskDeskPanel *self)
{
  const char *dateline = self->article != NULL ? copydesk_article_get_dateline (self->article) : NULL;
  g_autofree char *place = NULL;
  char *end;

  if (dateline == NULL || *dateline == '\0')
    return NULL;
  place = g_strdup (dateline);
  end = strpbrk (place, ",(/—–");
  if (end != NULL)
    *end = '\0';
  g_strstrip (place);
  return *place != '\0' ? g_steal_pointer (&place) : NULL;
}

static void
update_located_suggestion (CopydeskDeskPanel *self)
{
  g_autofree char *place = dateline_place (self);
  const char *located = self->desk != NULL ? copydesk_desk_get_located (self->desk) : NULL;
  gboolean offer = place != NULL && (located == NULL || *located == '\0');

  if (offer)
    {
      /* Translators: a button under the empty "Located" field */
      g_autofree char *label = g_strdup_printf (_("Use the dateline: %s"), place);

      gtk_button_set_label (self->located_suggestion, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->located_suggestion), offer);
}

static void
on_located_suggestion (CopydeskDeskPanel *self)
{
  g_autofree char *place = dateline_place (self);

  if (place != NULL && self->desk != NULL)
    copydesk_desk_set_located (self->desk, place);
}

/* Status */

static void
update_status (CopydeskDeskPanel *self)
{
  gtk_drop_down_set_selected (self->status_dropdown,
                              self->desk != NULL ? copydesk_desk_get_pub_status (self->desk) : 0);
}

static void
on_status_selected (CopydeskDeskPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->updating || self->desk == NULL || selected > COPYDESK_PUB_STATUS_CANCELED)
    return;
  copydesk_desk_set_pub_status (self->desk, (CopydeskPubStatus) selected);
}

/* Embargo: an ISO 8601 entry, checked as typed, with a calendar to pick from */

static void
show_embargo_state (CopydeskDeskPanel *self,
                    const char        *error)
{
  GDateTime *embargo = self->desk != NULL ? copydesk_desk_get_embargo (self->desk) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = embargo != NULL ? copydesk_format_time (embargo, COPYDESK_TIME_STYLE_DATE_TIME)
                                          : NULL;
  g_autofree char *text = NULL;

  if (error != NULL)
    text = g_strdup (error);
  else if (embargo == NULL)
    text = g_strdup (_("No embargo: receivers may publish at once."));
  else if (copydesk_desk_is_embargoed_at (self->desk, now))
    /* Translators: %s is a date and time */
    text = g_strdup_printf (_("Held until %s."), when);
  else
    /* Translators: %s is a date and time */
    text = g_strdup_printf (_("Lifted: %s has passed."), when);
  gtk_label_set_text (self->embargo_status, text);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->embargo_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->embargo_entry), "error");
}

static void
update_embargo (CopydeskDeskPanel *self)
{
  GDateTime *embargo = self->desk != NULL ? copydesk_desk_get_embargo (self->desk) : NULL;
  g_autofree char *iso = embargo != NULL ? g_date_time_format_iso8601 (embargo) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->embargo_entry), iso != NULL ? iso : "");
  gtk_entry_set_icon_from_icon_name (self->embargo_entry, GTK_ENTRY_ICON_SECONDARY,
                                     embargo != NULL ? "edit-clear-symbolic" : NULL);
  show_embargo_state (self, NULL);
}

static gboolean
same_embargo (GDateTime *a,
              GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b)
         && g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

static void
on_embargo_commit (CopydeskDeskPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->embargo_entry))));
  g_autoptr(GDateTime) embargo = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->desk == NULL)
    return;
  if (*text != '\0' && (embargo = copydesk_embargo_parse (text, &error)) == NULL)
    {
      show_embargo_state (self, error->message);
      return;
    }
  if (same_embargo (embargo, copydesk_desk_get_embargo (self->desk)))
    show_embargo_state (self, NULL);
  else
    copydesk_desk_set_embargo (self->desk, embargo);
}

static void
on_embargo_clear (CopydeskDeskPanel *self)
{
  if (self->desk != NULL)
    copydesk_desk_set_embargo (self->desk, NULL);
  update_embargo (self);
}

static void
on_embargo_leave (CopydeskDeskPanel *self)
{
  on_embargo_commit (self);
}

static char *
format_offset (GDateTime *time)
{
  gint64 offset = g_date_time_get_utc_offset (time) / G_TIME_SPAN_MINUTE;

  return g_strdup_printf ("%c%02d:%02d", offset < 0 ? '-' : '+',
                          (int) (ABS (offset) / 60), (int) (ABS (offset) % 60));
}

/* The picker starts from the embargo, or from the next full hour here. */
static void
on_embargo_popover_show (CopydeskDeskPanel *self)
{
  GDateTime *embargo = self->desk != NULL ? copydesk_desk_get_embargo (self->desk) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *time = NULL;
  g_autofree char *zone = NULL;

  if (embargo != NULL)
    start = g_date_time_ref (embargo);
  else
    start = g_date_time_add_minutes (now, 60 - g_date_time_get_minute (now));
  time = g_date_time_format (start, "%H:%M");
  zone = format_offset (start);
  gtk_calendar_select_day (self->embargo_calendar, start);
  gtk_editable_set_text (GTK_EDITABLE (self->embargo_time), time);
  gtk_editable_set_text (GTK_EDITABLE (self->embargo_zone), zone);
}

static gboolean
parse_clock (const char *text,
             int        *hour,
             int        *minute)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint64 h, m;

  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 0, 23, &h, NULL)
      || !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 0, 59, &m, NULL))
    return FALSE;
  *hour = (int) h;
  *minute = (int) m;
  return TRUE;
}

static void
on_embargo_pick (CopydeskDeskPanel *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->embargo_calendar);
  g_autofree char *zone_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->embargo_zone))));
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_text);
  g_autoptr(GDateTime) embargo = NULL;
  int hour, minute;

  if (!parse_clock (gtk_editable_get_text (GTK_EDITABLE (self->embargo_time)), &hour, &minute))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->embargo_time), "error");
      show_embargo_state (self, _("The time is not a time of day: write it as 06:00 or 18:30."));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->embargo_time), "error");
  if (zone == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->embargo_zone), "error");
      show_embargo_state (self, _("The time zone is not known: write an offset such as +01:00 or a name such as Europe/Berlin."));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->embargo_zone), "error");
  embargo = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                             g_date_time_get_day_of_month (day), hour, minute, 0);
  if (embargo == NULL || self->desk == NULL)
    return;
  copydesk_desk_set_embargo (self->desk, embargo);
  gtk_popover_popdown (self->embargo_popover);
}

static void
init_embargo (CopydeskDeskPanel *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_embargo_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->embargo_entry), focus);
}

/* Following the article */

static void
update_all (CopydeskDeskPanel *self)
{
  self->updating = TRUE;
  update_chips (self);
  update_genre (self);
  update_status (self);
  update_embargo (self);
  update_located_suggestion (self);
  self->updating = FALSE;
}

static void
on_desk_notify (CopydeskDeskPanel *self,
                GParamSpec        *pspec)
{
  self->updating = TRUE;
  if (g_str_equal (pspec->name, "subjects"))
    update_chips (self);
  else if (g_str_equal (pspec->name, "genre"))
    update_genre (self);
  else if (g_str_equal (pspec->name, "pub-status"))
    update_status (self);
  else if (g_str_equal (pspec->name, "embargo"))
    update_embargo (self);
  else if (g_str_equal (pspec->name, "located"))
    update_located_suggestion (self);
  self->updating = FALSE;
}

static void
on_article_changed (CopydeskDeskPanel *self)
{
  /* The dateline and the language live on the article. */
  if (g_strcmp0 (self->genre_language, language_of (self)) != 0)
    update_all (self);
  else
    update_located_suggestion (self);
}

static void
follow_article (CopydeskDeskPanel *self)
{
  CopydeskArticle *article = self->document != NULL
                             ? copydesk_document_get_article (self->document) : NULL;
  CopydeskDesk *desk = NULL;

  if (!g_set_object (&self->article, article))
    return;
  if (article != NULL)
    desk = copydesk_article_get_desk (article);
  g_set_object (&self->desk, desk);
  g_signal_group_set_target (self->article_signals, article);
  g_signal_group_set_target (self->desk_signals, self->desk);
  g_binding_group_set_source (self->bindings, self->desk);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->desk != NULL);
  update_all (self);
}

/* GObject */

static void
copydesk_desk_panel_dispose (GObject *object)
{
  CopydeskDeskPanel *self = COPYDESK_DESK_PANEL (object);
  GtkWidget *child;

  if (self->matches_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->matches_popover));
  self->matches_popover = NULL;
  g_clear_object (&self->document_signals);
  g_clear_object (&self->article_signals);
  g_clear_object (&self->desk_signals);
  g_clear_object (&self->bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPYDESK_TYPE_DESK_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->desk);
  g_clear_object (&self->article);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (copydesk_desk_panel_parent_class)->dispose (object);
}

static void
copydesk_desk_panel_finalize (GObject *object)
{
  CopydeskDeskPanel *self = COPYDESK_DESK_PANEL (object);

  g_clear_pointer (&self->genres, g_ptr_array_unref);
  g_free (self->genre_language);
  G_OBJECT_CLASS (copydesk_desk_panel_parent_class)->finalize (object);
}

static void
copydesk_desk_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CopydeskDeskPanel *self = COPYDESK_DESK_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CopydeskDeskPanel *self = COPYDESK_DESK_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: copydesk_desk_panel_set_document (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
copydesk_desk_panel_class_init (CopydeskDeskPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = copydesk_desk_panel_dispose;
  object_class->finalize = copydesk_desk_panel_finalize;
  object_class->get_property = copydesk_desk_panel_get_property;
  object_class->set_property = copydesk_desk_panel_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, COPYDESK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (COPYDESK_TYPE_VERSIONS_LIST);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/copydesk/Copydesk/copydesk-desk-panel.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, CopydeskDeskPanel, name)
  CHILD (chips_box);
  CHILD (retired_label);
  CHILD (subject_entry);
  CHILD (matches_popover);
  CHILD (matches_list);
  CHILD (genre_dropdown);
  CHILD (located_entry);
  CHILD (located_suggestion);
  CHILD (priority_spin);
  CHILD (status_dropdown);
  CHILD (embargo_entry);
  CHILD (embargo_popover);
  CHILD (embargo_calendar);
  CHILD (embargo_time);
  CHILD (embargo_zone);
  CHILD (embargo_status);
  CHILD (versions_list);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_located_suggestion);
  gtk_widget_class_bind_template_callback (widget_class, on_embargo_commit);
  gtk_widget_class_bind_template_callback (widget_class, on_embargo_clear);
  gtk_widget_class_bind_template_callback (widget_class, on_embargo_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_embargo_pick);
}

static void
init_groups (CopydeskDeskPanel *self)
{
  self->document_signals = g_signal_group_new (COPYDESK_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::article",
                                  G_CALLBACK (follow_article), self);
  self->article_signals = g_signal_group_new (COPYDESK_TYPE_ARTICLE);
  g_signal_group_connect_swapped (self->article_signals, "changed",
                                  G_CALLBACK (on_article_changed), self);
  self->desk_signals = g_signal_group_new (COPYDESK_TYPE_DESK);
  g_signal_group_connect_swapped (self->desk_signals, "notify",
                                  G_CALLBACK (on_desk_notify), self);
  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "located", self->located_entry, "text",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "priority", self->priority_spin, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
copydesk_desk_panel_init (CopydeskDeskPanel *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->genres = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_set_parent (GTK_WIDGET (self->matches_popover), GTK_WIDGET (self->subject_entry));
  init_groups (self);
  g_signal_connect_object (self->subject_entry, "changed", G_CALLBACK (on_query_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_entry, "activate", G_CALLBACK (on_query_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_entry, "stop-search", G_CALLBACK (on_stop_search), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_query_key), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->subject_entry), key);
  /* The matches close when the focus goes elsewhere (a click in the form). */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_stop_search), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_object (self->genre_dropdown, "notify::selected",
                           G_CALLBACK (on_genre_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (on_status_selected), self, G_CONNECT_SWAPPED);
  init_embargo (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  update_all (self);
}

GtkWidget *
copydesk_desk_panel_new (void)
{
  return g_object_new (COPYDESK_TYPE_DESK_PANEL, NULL);
}

CopydeskDocument *
copydesk_desk_panel_get_document (CopydeskDeskPanel *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK_PANEL (self), NULL);

  return self->document;
}

void
copydesk_desk_panel_set_document (CopydeskDeskPanel *self,
                                  CopydeskDocument  *document)
{
  g_return_if_fail (COPYDESK_IS_DESK_PANEL (self));
  g_return_if_fail (document == NULL || COPYDESK_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_signal_group_set_target (self->document_signals, document);
  copydesk_versions_list_set_document (self->versions_list, document);
  follow_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkWidget *
copydesk_desk_panel_attach (GtkWidget *editor,
                            GtkWidget *after)
{
  GtkWidget *panel = copydesk_desk_panel_new ();
  GtkWidget *box = gtk_widget_get_parent (after);

  g_return_val_if_fail (GTK_IS_BOX (box), NULL);

  gtk_box_insert_child_after (GTK_BOX (box), panel, after);
  g_object_bind_property (editor, "document", panel, "document", G_BINDING_SYNC_CREATE);
  return panel;
}

GtkListBox *
_copydesk_desk_panel_get_matches (CopydeskDeskPanel *self)
{
  g_return_val_if_fail (COPYDESK_IS_DESK_PANEL (self), NULL);

  return self->matches_list;
}
