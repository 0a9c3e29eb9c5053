/* copydesk-photo-meta-private.h: shared by the reader and the wire export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gexiv2/gexiv2.h>

#include "copydesk-photo-meta.h"

G_BEGIN_DECLS

/* What a file says about itself, read off the main thread and applied to a
 * photo on it, so the photo object is only ever touched by one thread. */
typedef struct
{
  GFile   *file;
  char    *caption;
  char    *credit;
  char    *photographer;
  char    *copyright_notice;
  char    *usage_terms;
  char    *content_type;
  guint64  byte_size;
  guint    width;   /* as displayed: swapped for rotated orientations */
  guint    height;
} CopydeskPhotoFacts;

void                 _copydesk_photo_meta_init   (void);
GExiv2Metadata      *_copydesk_photo_meta_open   (GFile               *file,
                                                  GError             **error);
CopydeskPhotoFacts  *_copydesk_photo_facts_read  (GFile               *file,
                                                  GCancellable        *cancellable,
                                                  GError             **error);
void                 _copydesk_photo_facts_apply (const CopydeskPhotoFacts *facts,
                                                  CopydeskPhoto       *photo);
void                 _copydesk_photo_facts_free  (CopydeskPhotoFacts  *facts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopydeskPhotoFacts, _copydesk_photo_facts_free)

G_END_DECLS
