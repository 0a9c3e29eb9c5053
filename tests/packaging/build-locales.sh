#!/bin/sh
# Compiles the locales the formatting tests use into a folder of the build
# (for LOCPATH), so they need neither root nor the machine's locale archive.
# A locale whose sources are missing (Debian: the `locales` package) is left
# out, and the test that needs it says it skipped. Never fails the build.
#
# usage: build-locales.sh STAMP LOCALE...     (LOCALE as de_DE.UTF-8)
#
# SPDX-License-Identifier: GPL-3.0-or-later
stamp=$1
shift
dir=$(dirname "$stamp")/locales
mkdir -p "$dir"
: > "$stamp"
for locale in "$@"; do
  name=${locale%%.*}
  charset=${locale#*.}
  # localedef exits 1 on mere warnings; the compiled LC_TIME says it worked.
  localedef -c -i "$name" -f "$charset" "$dir/$locale" >/dev/null 2>&1 || true
  if [ -f "$dir/$locale/LC_TIME" ]; then
    echo "$locale" >> "$stamp"
  else
    echo "build-locales: $locale could not be compiled; its tests will skip" >&2
  fi
done
exit 0
