#!/bin/sh
# Every source file that marks strings for translation is in po/POTFILES.in.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$1"
status=0
for file in $(grep -rlE '(^|[^A-Za-z0-9_])N?_\("' src --include='*.c' | sort); do
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "not ok: $file has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
grep -v '^#' po/POTFILES.in | while read -r listed; do
  [ -z "$listed" ] || [ -f "$listed" ] || { echo "not ok: po/POTFILES.in lists missing $listed"; exit 1; }
done || status=1
[ $status -eq 0 ] && echo "POTFILES.in is complete"
exit $status
