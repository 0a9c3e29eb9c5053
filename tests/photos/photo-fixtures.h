/* photo-fixtures.h: tiny photos that the photo tests make for themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An 8 x 4 pixel baseline JPEG with no metadata, written to @dir/@name. */
char     *photo_fixture_write_jpeg   (const char *dir,
                                      const char *name);
/* Writes a file holding @data (to fake a damaged or mislabelled image). */
char     *photo_fixture_write_bytes  (const char *dir,
                                      const char *name,
                                      const char *data,
                                      gssize      length);
/* Sets (or for "Xmp.dc.creator", appends) one gexiv2 tag in the file. */
void      photo_fixture_tag          (const char *path,
                                      const char *tag,
                                      const char *value);
void      photo_fixture_orient       (const char *path,
                                      int         orientation);
/* Reads one tag back ("" when absent); language alternatives lose their
 * lang="x-default" prefix. */
char     *photo_fixture_read_tag     (const char *path,
                                      const char *tag);
char     *photo_fixture_checksum     (const char *path);
char     *photo_fixture_make_dir     (void);
void      photo_fixture_remove_dir   (const char *dir);
guint     photo_fixture_count_files  (const char *dir);

G_END_DECLS
