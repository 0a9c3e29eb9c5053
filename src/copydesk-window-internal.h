/* copydesk-window-internal.h: what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "copydesk-editor.h"
#include "copydesk-window-private.h"

G_BEGIN_DECLS

struct _CopydeskWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwWindowTitle       *window_title;
  AdwHeaderBar         *header_bar;
  GtkSpinner           *spinner;
  GtkInfoBar           *error_banner;
  GtkLabel             *error_label;
  GtkInfoBar           *notes_banner;
  GtkInfoBar           *recovery_banner;
  GtkLabel             *recovery_label;
  GtkLabel             *notes_label;
  GtkInfoBar           *paste_banner;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *side_flap;     /* the sidebar: photos, details, checks */
  AdwFlap              *preview_flap;
  AdwViewStack         *side_stack;
  AdwBin               *details_slot;
  AdwBin               *checks_slot;
  GtkBox               *photos_slot;
  GtkBox               *preview_slot;
  CopydeskEditor       *editor;
  GMenu                *recent_menu;

  CopydeskBodyView     *body_view;      /* the editor's */
  GSettings            *settings;
  CopydeskDocument     *document;
  CopydeskArticle      *article;
  GtkWidget            *close_dialog;
  GtkNativeDialog      *chooser;
  GCancellable         *cancellable;
  char                 *last_toast;

  /* copydesk-window-panes.c */
  GtkWidget            *preview;
  GtkWidget            *photo_panel;
  GtkSourceGutterRenderer *photo_gutter;
  CopydeskPlacementCaptions *placement_captions;
  guint                 reveal_id;

  guint                 close_after_save : 1;
  GtkWidget            *preview_bin;
  GtkWidget            *checks_placeholder;
  guint                 syncing_sides : 1;
  guint                 close_confirmed : 1;
};

void _copydesk_window_show_error       (CopydeskWindow       *self,
                                        CopydeskNoticeSource  source,
                                        const char           *message);
void _copydesk_window_show_notes       (CopydeskWindow *self,
                                        GPtrArray      *notes,
                                        gboolean        from_import);
void _copydesk_window_toast            (CopydeskWindow *self,
                                        const char     *message);
void _copydesk_window_update_recent    (CopydeskWindow *self);
void _copydesk_window_class_add_file_actions (GtkWidgetClass *widget_class);
void _copydesk_window_class_bind_banners     (GtkWidgetClass *widget_class);
void _copydesk_window_init_banners           (CopydeskWindow *self);
void _copydesk_window_class_add_pane_actions (GtkWidgetClass *widget_class);
void _copydesk_window_ask_to_save      (CopydeskWindow *self);
/* copydesk-window-open-stories.c: a file of several stories */
void     _copydesk_window_offer_stories          (CopydeskWindow *self);
gboolean _copydesk_window_overwrite_needs_asking (CopydeskWindow *self);
void     _copydesk_window_ask_overwrite          (CopydeskWindow *self);

G_END_DECLS
