#!/bin/sh
# Prints what copydesk-convert --from text makes of each import fixture (and
# of any other .txt files given), as a Markdown table.
# Usage: tests/import/fixture-table.sh BUILD_DIR [FILE.txt...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
build=$1
shift
[ $# -gt 0 ] || set -- "$(dirname "$0")"/fixtures/*.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
x() { xmllint --xpath "$1" "$tmp/out.xml" 2>/dev/null || true; }
# the text item only: the picture items carry their own headlines
t='//*[local-name()="newsItem"][.//*[local-name()="itemClass"][@qcode="ninat:text"]]'
style() {
  case $1 in
    wire-ap) echo "wire agency (AP)" ;;
    wire-reuters) echo "wire agency (Reuters)" ;;
    broadsheet) echo "broadsheet" ;;
    tabloid) echo "tabloid" ;;
    local-paper) echo "local paper" ;;
    press-release) echo "press release" ;;
    liveblog-summary) echo "live-blog summary" ;;
    feature-photos) echo "photo feature" ;;
    german) echo "German regional" ;;
    spanish) echo "Spanish agency" ;;
    email-wrapped) echo "emailed copy, CRLF, hard-wrapped" ;;
    opinion-cr) echo "opinion column, CR line ends" ;;
    sports-broadcaster) echo "broadcaster sport" ;;
    one-line) echo "one line" ;;
    us-broadsheet-web) echo "US broadsheet web page" ;;
    broadcaster-web) echo "broadcaster web page" ;;
    financial-wire) echo "financial wire" ;;
    spanish-daily) echo "Spanish daily" ;;
    academic-explainer) echo "academic explainer" ;;
    government-release) echo "government press release" ;;
    french-agency) echo "French agency copy" ;;
    blog-post) echo "community blog" ;;
    wire-raw) echo "raw wire copy" ;;
    trade-newsletter) echo "trade newsletter" ;;
    italian-agency) echo "Italian agency copy" ;;
    local-daily-web) echo "local daily web page" ;;
    *) echo "-" ;;
  esac
}
echo "| fixture | house style | paragraphs | subheadings | photos | byline | dateline | contributor note | dropped lines |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for f in "$@"; do
  "$build/src/copydesk-convert" --from text "$f" -o "$tmp/out.xml" 2> "$tmp/err"
  body="$t//*[local-name()=\"body\"]"
  p=$(x "count($body/*[local-name()=\"p\"])")
  h=$(x "count($body/*[local-name()=\"h2\"])")
  fig=$(x "count($body/*[local-name()=\"figure\"])")
  by=$(x "normalize-space($t//*[local-name()=\"contentMeta\"]/*[local-name()=\"by\"])")
  dl=$(x "normalize-space($t//*[local-name()=\"contentMeta\"]/*[local-name()=\"dateline\"])")
  note=$(x "normalize-space($body/*[local-name()=\"aside\"])")
  dropped=$(grep -c '^dropped: ' "$tmp/err" || true)
  name=$(basename "$f" .txt)
  echo "| $name | $(style "$name") | $p | $h | $fig | ${by:--} | ${dl:--} | ${note:--} | $dropped |"
done
