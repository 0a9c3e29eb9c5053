/* copydesk-editor-actions.c: the editor page's own actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "editor." group: what acts on one editor page (its find bar), so a
 * second page has its own. The editor inserts the group on itself, and the
 * window on itself for the page it shows, so the menu and the application's
 * accelerators reach it. Part of CopydeskEditor.
 */
#include "config.h"

#include "copydesk-editor.h"
#include "copydesk-editor-private.h"

static void
on_find (GSimpleAction  *action,
         GVariant       *param,
         CopydeskEditor *editor)
{
  copydesk_editor_show_find (editor, FALSE);
}

static void
on_replace (GSimpleAction  *action,
            GVariant       *param,
            CopydeskEditor *editor)
{
  copydesk_editor_show_find (editor, TRUE);
}

GActionGroup *
_copydesk_editor_actions_new (CopydeskEditor *editor)
{
  const struct { const char *name; GCallback activate; } entries[] = {
    { "find", G_CALLBACK (on_find) },
    { "replace", G_CALLBACK (on_replace) },
  };
  GSimpleActionGroup *group = g_simple_action_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (entries[i].name, NULL);

      /* The window holds the group too: no call once the editor is gone. */
      g_signal_connect_object (action, "activate", entries[i].activate, editor, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  return G_ACTION_GROUP (group);
}
