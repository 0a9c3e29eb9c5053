#!/bin/sh
# The guard that keeps toolkit headers out of src/core really fails the build.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
guard=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <glib.h>\n' > "$tmp/clean.c"
printf '#include <glib.h>\n  #  include <gtk/gtk.h>\n' > "$tmp/dirty.c"
printf '#include "adwaita.h"\n' > "$tmp/dirty.h"
"$guard" "$tmp/ok.stamp" "$tmp/clean.c" >/dev/null
[ -f "$tmp/ok.stamp" ] || { echo "clean file rejected"; exit 1; }
for bad in dirty.c dirty.h; do
  if "$guard" "$tmp/bad.stamp" "$tmp/clean.c" "$tmp/$bad" 2>/dev/null; then
    echo "guard accepted $bad"
    exit 1
  fi
  [ ! -f "$tmp/bad.stamp" ] || { echo "guard wrote its stamp for $bad"; exit 1; }
done
echo "guard rejects toolkit includes"
