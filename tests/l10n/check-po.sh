#!/bin/sh
# Checks each catalogue named in po/LINGUAS, printing TAP:
#   - `msgfmt --check --check-format` accepts it (headers, plural forms,
#     and every format string with the same conversions as its msgid);
#   - it translates at least MIN_PERCENT of the strings in po/copydesk.pot
#     (after msgmerge, so strings the pot gained count as untranslated and
#     fuzzy ones as not translated).
# usage: check-po.sh PO_DIR MIN_PERCENT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
po_dir=$1
min=$2
langs=$(sed 's/#.*//' "$po_dir/LINGUAS" | tr -s ' \n' '  ')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count=0
for lang in $langs; do count=$((count + 2)); done
if [ "$count" -eq 0 ]; then
  echo "1..0 # SKIP po/LINGUAS lists no language"
  exit 0
fi
echo "1..$count"
n=0
failed=0
for lang in $langs; do
  po=$po_dir/$lang.po
  n=$((n + 1))
  if msgfmt --check --check-format -o /dev/null "$po" 2>"$tmp/err"; then
    echo "ok $n $lang.po: msgfmt --check --check-format"
  else
    echo "not ok $n $lang.po: msgfmt --check --check-format"
    sed 's/^/# /' "$tmp/err"
    failed=1
  fi
  n=$((n + 1))
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$po_dir/copydesk.pot" 2>"$tmp/err"
  total=$(msgattrib --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ')
  total=$((total - 1))  # the header
  done=$(msgattrib --translated --no-fuzzy --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ')
  done=$((done - 1))
  percent=$((total > 0 ? done * 100 / total : 100))
  if [ "$total" -gt 0 ] && [ "$percent" -ge "$min" ]; then
    echo "ok $n $lang.po: $done of $total strings translated ($percent%, at least $min% asked)"
  else
    echo "not ok $n $lang.po: $done of $total strings translated ($percent%, at least $min% asked)"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | head -5 | sed 's/^/# untranslated: /'
    failed=1
  fi
done
exit $failed
