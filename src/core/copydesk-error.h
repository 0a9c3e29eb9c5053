/* copydesk-error.h: the core's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COPYDESK_ERROR (copydesk_error_quark ())

/**
 * CopydeskError:
 * @COPYDESK_ERROR_INVALID_UTF8: input text is not valid UTF-8
 * @COPYDESK_ERROR_INVALID_INPUT: input is well-formed but cannot be used
 * @COPYDESK_ERROR_INVALID_FIELD: a field of the article holds a value that
 *   cannot be written (for example a malformed language tag)
 * @COPYDESK_ERROR_NOT_SUPPORTED: the operation is not available (yet)
 * @COPYDESK_ERROR_FAILED: anything else
 * @COPYDESK_ERROR_MALFORMED: the input is not a well-formed document (not
 *   XML, truncated, binary, empty)
 * @COPYDESK_ERROR_NOT_NEWSML: well-formed XML, but not NewsML-G2 news
 *   (another root element, another namespace, no item to read)
 * @COPYDESK_ERROR_UNSAFE: the document asks for something refused for safety
 *   (a document type declaration, with its entities and external files)
 * @COPYDESK_ERROR_TOO_LARGE: the document exceeds a size or nesting limit
 *
 * Errors that a user can cause; messages are written for journalists.
 */
typedef enum
{
  COPYDESK_ERROR_INVALID_UTF8,
  COPYDESK_ERROR_INVALID_INPUT,
  COPYDESK_ERROR_INVALID_FIELD,
  COPYDESK_ERROR_NOT_SUPPORTED,
  COPYDESK_ERROR_FAILED,
  COPYDESK_ERROR_MALFORMED,
  COPYDESK_ERROR_NOT_NEWSML,
  COPYDESK_ERROR_UNSAFE,
  COPYDESK_ERROR_TOO_LARGE,
} CopydeskError;

GQuark copydesk_error_quark (void);

G_END_DECLS
