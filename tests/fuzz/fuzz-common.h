/* fuzz-common.h: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target defines LLVMFuzzerTestOneInput(). Built with -Dfuzzing=true
 * (clang), libFuzzer supplies main(); otherwise fuzz-replay.c does, and runs
 * every file of the corpus folders given on the command line once, so the
 * corpora are regression tests in every build.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "copydesk-core.h"

G_BEGIN_DECLS

int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

/* Makes criticals and warnings fatal (a crash to the fuzzer); once. */
void fuzz_init              (void);

/* Reports a broken invariant, with the input being replayed, and aborts. */
G_NORETURN void fuzz_fail   (const char *format,
                             ...) G_GNUC_PRINTF (1, 2);

/* The folder reads and writes resolve photo hrefs against: never touched. */
GFile *fuzz_base_dir        (void);

/* Fails unless @a and @b hold the same bytes, showing where they part. */
void fuzz_assert_same_bytes (GBytes     *a,
                             GBytes     *b,
                             const char *what);

/* Writes @article; a write error is a finding (the model is always writable). */
GBytes *fuzz_write          (CopydeskArticle *article,
                             const char      *what);

/* Whether $COPYDESK_NEWSML_SCHEMA names a schema (parsed once). */
gboolean fuzz_have_schema   (void);

/* Fails unless @xml validates against that schema. (The built-in checks
 * are no stand-in: they call a picture item without a file invalid, which
 * the writer writes and the schema accepts.) */
void fuzz_assert_valid      (GBytes     *xml,
                             const char *what);

/* Fails unless write(read(xml)) is @xml again: the lossless round trip. */
void fuzz_assert_round_trip (GBytes     *xml,
                             const char *what);

/* Set by the replay runner: the file being replayed (NULL under libFuzzer). */
extern const char *fuzz_current_input;

G_END_DECLS
