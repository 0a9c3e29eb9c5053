#!/bin/sh
# Times copydesk-convert --from text on a fixture repeated to growing sizes,
# to see that the importer stays linear. Prints a table; asserts nothing.
# Usage: tests/import/bench-import.sh BUILD_DIR [FIXTURE.txt]
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
build=$1
fixture=${2:-"$(dirname "$0")/fixtures/feature-photos.txt"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| copies | input bytes | seconds | photos |"
echo "| --- | --- | --- | --- |"
for copies in 1 10 100 400; do
  : > "$tmp/in.txt"
  i=0
  while [ $i -lt $copies ]; do cat "$fixture" >> "$tmp/in.txt"; printf '\n\n' >> "$tmp/in.txt"; i=$((i + 1)); done
  start=$(date +%s.%N)
  "$build/src/copydesk-convert" --from text "$tmp/in.txt" -o "$tmp/out.xml" 2>/dev/null
  end=$(date +%s.%N)
  photos=$(grep -c '<figure' "$tmp/out.xml" || true)
  echo "| $copies | $(wc -c < "$tmp/in.txt") | $(echo "$end - $start" | bc) | $photos |"
done
