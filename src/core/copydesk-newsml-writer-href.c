/* copydesk-newsml-writer-href.c: a link as typed -> an RFC 3986 URI reference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An href must be an xs:anyURI, which libxml2 checks as an RFC 3986 URI
 * reference. The link is split as RFC 3986 appendix B splits it, into
 * scheme, authority, path, query and fragment; each part keeps the
 * characters its grammar allows there and any %XX already in it, and every
 * other byte is percent-encoded in that part. Nothing is decoded, and what
 * comes out splits the same way again, so a file read back is written the
 * same.
 */
#include "config.h"

#include <gio/gio.h>
#include <libxml/tree.h>
#include <string.h>

#include "copydesk-newsml-writer-private.h"
#include "copydesk-text.h"

/* what each part keeps besides letters, digits and %XX (RFC 3986, 3.2-3.5) */
#define SUB_DELIMS  "!$&'()*+,;="
#define UNRESERVED  "-._~"
#define HEXDIG      "0123456789abcdefABCDEF"
#define KEEP_USER   UNRESERVED SUB_DELIMS ":"
#define KEEP_HOST   UNRESERVED SUB_DELIMS
#define KEEP_PCHAR  UNRESERVED SUB_DELIMS ":@"
#define KEEP_NC     UNRESERVED SUB_DELIMS "@"
#define KEEP_PATH   KEEP_PCHAR "/"
#define KEEP_QUERY  KEEP_PCHAR "/?"

/* A link cut in parts; a part that is not there is NULL. */
typedef struct
{
  const char *scheme;
  gsize       scheme_len;
  const char *authority;
  gsize       authority_len;
  const char *path;
  gsize       path_len;
  const char *query;
  gsize       query_len;
  const char *fragment;
} Href;

static gboolean
only_chars (const char *s,
            gsize       len,
            const char *allowed)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && strchr (allowed, s[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) */
static gboolean
is_scheme (const char *s,
           gsize       len)
{
  return len > 0 && g_ascii_isalpha (s[0]) && only_chars (s, len, "+-.");
}

/* Appendix B's split, except that what comes before the first ":" is a
 * scheme only when it is one; otherwise that ":" is part of the path. */
static void
split_href (const char *href,
            Href       *parts)
{
  const char *p = href;
  gsize n = strcspn (p, ":/?#");

  memset (parts, 0, sizeof *parts);
  if (p[n] == ':' && is_scheme (p, n))
    {
      parts->scheme = p;
      parts->scheme_len = n;
      p += n + 1;
    }
  if (g_str_has_prefix (p, "//"))
    {
      parts->authority = p + 2;
      parts->authority_len = strcspn (p + 2, "/?#");
      p += 2 + parts->authority_len;
    }
  parts->path = p;
  parts->path_len = strcspn (p, "?#");
  p += parts->path_len;
  if (*p == '?')
    {
      parts->query = ++p;
      parts->query_len = strcspn (p, "#");
      p += parts->query_len;
    }
  if (*p == '#')
    parts->fragment = p + 1;
}

/* @len bytes of @s, each kept when a letter, a digit, in @keep or a valid
 * %XX, percent-encoded otherwise. */
static void
append_encoded (GString    *out,
                const char *s,
                gsize       len,
                const char *keep)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      if (g_ascii_isalnum (c) || (c != '\0' && strchr (keep, c) != NULL) ||
          (c == '%' && i + 2 < len &&
           g_ascii_isxdigit (s[i + 1]) && g_ascii_isxdigit (s[i + 2])))
        g_string_append_c (out, (char) c);
      else
        g_string_append_printf (out, "%%%02X", c);
    }
}

/* IP-literal = "[" ( IPv6address / IPvFuture ) "]" (RFC 3986, 3.2.2) */
static gboolean
is_ip_literal (const char *s,
               gsize       len)
{
  g_autofree char *inner = NULL;
  g_autoptr(GInetAddress) address = NULL;
  gsize dot;

  if (len < 2 || s[0] != '[' || s[len - 1] != ']')
    return FALSE;
  inner = g_strndup (s + 1, len - 2);
  /* IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
  if (inner[0] == 'v' || inner[0] == 'V')
    {
      dot = strspn (inner + 1, HEXDIG) + 1;
      return dot > 1 && inner[dot] == '.' && inner[dot + 1] != '\0' &&
             only_chars (inner + dot + 1, strlen (inner + dot + 1), KEEP_USER);
    }
  /* hex digits, ":" and "." only, so that no zone ("%eth0") gets through */
  if (strchr (inner, ':') == NULL || strspn (inner, HEXDIG ":.") != len - 2)
    return FALSE;
  address = g_inet_address_new_from_string (inner);
  return address != NULL && g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV6;
}

/* authority = [ userinfo "@" ] host [ ":" port ]: the last "@" ends the
 * userinfo, a ":" stays only before a final run of digits (a port), and
 * "[" "]" only around a valid IP-literal. */
static void
append_authority (GString    *out,
                  const char *s,
                  gsize       len)
{
  const char *host = s;
  gsize host_len = len;
  gsize digits = 0;
  gboolean port;

  for (gsize i = len; i > 0; i--)
    if (s[i - 1] == '@')
      {
        append_encoded (out, s, i - 1, KEEP_USER);
        g_string_append_c (out, '@');
        host = s + i;
        host_len = len - i;
        break;
      }
  while (digits < host_len && g_ascii_isdigit (host[host_len - 1 - digits]))
    digits++;
  port = digits > 0 && digits < host_len && host[host_len - 1 - digits] == ':';
  if (port)
    host_len -= digits + 1;
  if (is_ip_literal (host, host_len))
    g_string_append_len (out, host, (gssize) host_len);
  else
    append_encoded (out, host, host_len, KEEP_HOST);
  if (port)
    {
      g_string_append_c (out, ':');
      g_string_append_len (out, host + host_len + 1, (gssize) digits);
    }
}

/* Without a scheme or an authority, the first segment may hold no ":"
 * (it would read as a scheme; RFC 3986, 4.2). */
static void
append_path (GString    *out,
             const Href *parts)
{
  gsize first = 0;

  if (parts->scheme == NULL && parts->authority == NULL)
    {
      first = strcspn (parts->path, "/");
      first = MIN (first, parts->path_len);
      append_encoded (out, parts->path, first, KEEP_NC);
    }
  append_encoded (out, parts->path + first, parts->path_len - first, KEEP_PATH);
}

static char *
encode_href (const char *href)
{
  GString *out = g_string_sized_new (strlen (href));
  Href parts;

  split_href (href, &parts);
  if (parts.scheme != NULL)
    {
      g_string_append_len (out, parts.scheme, (gssize) parts.scheme_len);
      g_string_append_c (out, ':');
    }
  if (parts.authority != NULL)
    {
      g_string_append (out, "//");
      append_authority (out, parts.authority, parts.authority_len);
    }
  append_path (out, &parts);
  if (parts.query != NULL)
    {
      g_string_append_c (out, '?');
      append_encoded (out, parts.query, parts.query_len, KEEP_QUERY);
    }
  if (parts.fragment != NULL)
    {
      g_string_append_c (out, '#');
      append_encoded (out, parts.fragment, strlen (parts.fragment), KEEP_QUERY);
    }
  return g_string_free (out, FALSE);
}

void
_copydesk_writer_set_href (xmlNodePtr  node,
                           const char *href)
{
  g_autofree char *clean = copydesk_text_strip_xml_invalid (href);
  g_autofree char *encoded = encode_href (clean);

  xmlSetProp (node, BAD_CAST "href", BAD_CAST encoded);
}
