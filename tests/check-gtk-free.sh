#!/bin/sh
# The GTK-free layers stay GTK-free where it counts: the programs built on
# them alone (the converter, the core tests) load no toolkit library.
# Together with the include guard on src/core and src/photometa
# (build-aux/check-core-includes.sh), this keeps the layers by dependency.
# Usage: check-gtk-free.sh PROGRAM...
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
status=0
for program in "$@"; do
  needed=$(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  [ -n "$needed" ] || { echo "$program: no dynamic section read"; exit 1; }
  bad=$(printf '%s\n' "$needed" | grep -E '^lib(gtk|gdk|adwaita|gtksourceview|gsk|graphene|pango|cairo)' || true)
  if [ -n "$bad" ]; then
    echo "error: $program links a toolkit library: $bad" >&2
    status=1
  else
    echo "ok: $(basename "$program") links no toolkit library"
  fi
done
exit $status
