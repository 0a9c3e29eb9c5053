#!/bin/sh
# Fails when a file of the core includes a toolkit header.
# Usage: check-core-includes.sh STAMP FILE...
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
stamp=$1
shift
if grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|adwaita|gtksourceview|gsk|graphene)[/.-]' "$@"; then
  echo "error: src/core must depend on GLib/GIO and libxml2 only; the lines above include a toolkit header" >&2
  exit 1
fi
: > "$stamp"
