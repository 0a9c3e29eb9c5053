/* copydesk-newsml-check.h: is this NewsML-G2 file fit to send?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * CopydeskNewsmlCheck:
 * @COPYDESK_NEWSML_CHECK_FAILED: the check could not run (the #GError says why)
 * @COPYDESK_NEWSML_CHECK_INVALID: at least one problem was found
 * @COPYDESK_NEWSML_CHECK_VALID_BUILTIN: the built-in checks passed; no schema
 *   was used (none was given, or the one given could not be loaded: a note
 *   in the problems says which)
 * @COPYDESK_NEWSML_CHECK_VALID: the built-in checks and the schema passed
 */
typedef enum
{
  COPYDESK_NEWSML_CHECK_FAILED,
  COPYDESK_NEWSML_CHECK_INVALID,
  COPYDESK_NEWSML_CHECK_VALID_BUILTIN,
  COPYDESK_NEWSML_CHECK_VALID,
} CopydeskNewsmlCheck;

/**
 * CopydeskNewsmlProblem:
 * @line: the line of the document it was found on (1-based), or 0 when it
 *   concerns the whole document
 * @is_note: %TRUE for a remark about the check itself (such as a schema that
 *   could not be loaded) that does not make the document invalid
 * @message: what is wrong, for a journalist
 */
typedef struct
{
  guint     line;
  gboolean  is_note;
  char     *message;
} CopydeskNewsmlProblem;

/* How many problems are collected before the check stops looking. */
#define COPYDESK_NEWSML_CHECK_MAX_PROBLEMS 20

void                copydesk_newsml_problem_free      (CopydeskNewsmlProblem *problem);
char               *copydesk_newsml_problem_to_string (const CopydeskNewsmlProblem *problem);

CopydeskNewsmlCheck copydesk_newsml_check             (GBytes      *xml,
                                                       const char  *schema_path,
                                                       GPtrArray  **problems,
                                                       GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskNewsmlProblem, copydesk_newsml_problem_free)

G_END_DECLS
