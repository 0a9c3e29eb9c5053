/* copydesk-test-util.h: what the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

/* Validates @xml against the shared NewsML-G2 schema (with the XHTML body
 * profile) named by $COPYDESK_NEWSML_SCHEMA. Fails the test with libxml2's
 * messages when the document is invalid. Without a schema it prints why and
 * marks the test skipped (the other assertions of the test still run), and
 * returns FALSE. */
gboolean  copydesk_test_validate_newsml (GBytes     *xml,
                                         const char *what);
gboolean  copydesk_test_have_schema     (void);
/* Fails the test when a receiver (tests/wire/receiver-check.py, after
 * Superdesk's NewsML-G2 parser) would not ingest @xml whole; called by
 * copydesk_test_validate_newsml() on every newsMessage Copydesk wrote. */
void      copydesk_test_receiver_check  (GBytes     *xml,
                                         const char *what);

/* Files under tests/ ($COPYDESK_TEST_SRCDIR) and data/ ($COPYDESK_DATA_SRCDIR). */
char     *copydesk_test_build_path      (const char *first_element,
                                         ...) G_GNUC_NULL_TERMINATED;
char     *copydesk_test_data_path       (const char *first_element,
                                         ...) G_GNUC_NULL_TERMINATED;
GBytes   *copydesk_test_load            (const char *path);

/* Compares @actual with the golden file; with COPYDESK_UPDATE_GOLDEN=1 in the
 * environment it rewrites the golden file instead. */
void      copydesk_test_assert_golden   (GBytes     *actual,
                                         const char *golden_path);

/* What a run of copydesk-convert ($COPYDESK_CONVERT) gave back. */
typedef struct
{
  int   status;  /* exit status, or -1 when it did not exit normally */
  char *out;     /* standard output ("" when it went to a file) */
  char *err;     /* standard error */
} CopydeskTestRun;

void             copydesk_test_run_clear      (CopydeskTestRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CopydeskTestRun, copydesk_test_run_clear)

/* Runs the converter with the NULL-terminated arguments. @stdin_text is fed
 * to it (NULL: empty input); @stdout_path, when given, receives its standard
 * output; @max_file_size, when not 0, caps the size of any file it writes,
 * which is how a full disk looks to it. */
CopydeskTestRun  copydesk_test_convert_full   (const char      *stdin_text,
                                               const char      *stdout_path,
                                               gsize            max_file_size,
                                               const char      *first_arg,
                                               ...) G_GNUC_NULL_TERMINATED;
#define copydesk_test_convert(...) \
  copydesk_test_convert_full (NULL, NULL, 0, __VA_ARGS__, NULL)

/* A new folder from g_dir_make_tmp() with @template; fails without one. */
GFile           *copydesk_test_temp_folder    (const char      *template);
/* Deletes @folder and everything in it. */
void             copydesk_test_remove_tree    (GFile           *folder);

/* A draft store in a folder of its own, and a folder to save articles in;
 * for g_test_add() as the fixture's set-up and tear-down. */
typedef struct
{
  GFile              *folder;  /* the draft store's */
  GFile              *work;    /* where articles are saved */
  CopydeskDraftStore *store;
} CopydeskTestDrafts;

void             copydesk_test_drafts_set_up    (CopydeskTestDrafts *f,
                                                 gconstpointer       data);
void             copydesk_test_drafts_tear_down (CopydeskTestDrafts *f,
                                                 gconstpointer       data);
guint            copydesk_test_count_drafts     (CopydeskTestDrafts *f);
/* Fails unless the store holds one draft, reading back as @article; returns
 * its info (transfer full). */
CopydeskDraftInfo *copydesk_test_assert_only_draft_is (CopydeskTestDrafts *f,
                                                       CopydeskArticle    *article);
/* The sample article, built in code (sample-article.c). */
CopydeskArticle *copydesk_test_sample_article   (void);
/* Fails unless @a and @b write the same NewsML-G2: the same text, fields and
 * photo files. */
GBytes          *copydesk_test_as_written       (CopydeskArticle *article);
void             copydesk_test_assert_same_article (CopydeskArticle *a,
                                                    CopydeskArticle *b);
/* A GAsyncReadyCallback keeping a reference to the result in @user_data, a
 * GAsyncResult **. */
void             copydesk_test_keep_result      (GObject         *object,
                                                 GAsyncResult    *result,
                                                 gpointer         user_data);

G_END_DECLS
