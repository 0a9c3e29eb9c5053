#!/bin/sh
# Prints what copydesk-convert makes of each import fixture, plain text and
# HTML (and of any other .txt or .html files given), as a Markdown table.
# Usage: tests/import/fixture-table.sh BUILD_DIR [FILE.txt|FILE.html...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
build=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- "$here"/fixtures/*.txt "$here"/fixtures-html/*.html
# the importer's lexicons, as an uninstalled build finds them
: "${COPYDESK_DATA_DIR:=$here/../../data}"
export COPYDESK_DATA_DIR
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
    indian-daily) echo "Indian daily" ;;
    brazilian-agency) echo "Brazilian agency (Portuguese)" ;;
    arabic-agency) echo "Arabic agency (right to left)" ;;
    french-weekly) echo "French weekly" ;;
    dutch-regional) echo "Dutch regional" ;;
    us-local-tv) echo "US local TV web page" ;;
    business-magazine) echo "business magazine" ;;
    italian-daily) echo "Italian daily" ;;
    island-weekly) echo "island weekly, credits with initials" ;;
    arabic-hijri) echo "Arabic daily, Hijri and Gregorian dates" ;;
    regional-daily.html) echo "HTML: regional daily, JSON-LD @graph" ;;
    magazine-longread.html) echo "HTML: magazine long read, JSON-LD array" ;;
    tech-blog.html) echo "HTML: engineering blog, OpenGraph only" ;;
    portuguese-portal.html) echo "HTML: Brazilian portal (Portuguese)" ;;
    arabic-daily.html) echo "HTML: Arabic daily (right to left)" ;;
    french-regional.html) echo "HTML: French regional" ;;
    broadcaster-news.html) echo "HTML: broadcaster, headline outside article" ;;
    syndicated-wire.html) echo "HTML: syndicated wire, JSON-LD mainEntity" ;;
    clipboard-fragment.html) echo "HTML: clipboard fragment (word processor)" ;;
    *) echo "-" ;;
  esac
}
echo "| fixture | house style | language | paragraphs | subheadings | lists | quotes | photos | byline | dateline | contributor note | dropped lines |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for f in "$@"; do
  case $f in
    *.html|*.htm) from=html; name=$(basename "$f") ;;
    *) from=text; name=$(basename "$f" .txt) ;;
  esac
  "$build/src/copydesk-convert" --from "$from" "$f" -o "$tmp/out.xml" 2> "$tmp/err"
  body="$t//*[local-name()=\"body\"]"
  p=$(x "count($body/*[local-name()=\"p\"])")
  h=$(x "count($body/*[local-name()=\"h2\"])")
  lists=$(x "count($body/*[local-name()=\"ul\" or local-name()=\"ol\"])")
  quotes=$(x "count($body/*[local-name()=\"blockquote\"])")
  lang=$(x "string($t//*[local-name()=\"contentMeta\"]/*[local-name()=\"language\"]/@tag)")
  fig=$(x "count($body/*[local-name()=\"figure\"])")
  by=$(x "normalize-space($t//*[local-name()=\"contentMeta\"]/*[local-name()=\"by\"])")
  dl=$(x "normalize-space($t//*[local-name()=\"contentMeta\"]/*[local-name()=\"dateline\"])")
  note=$(x "normalize-space($body/*[local-name()=\"aside\"])")
  dropped=$(grep -c '^dropped: ' "$tmp/err" || true)
  echo "| $name | $(style "$name") | ${lang:--} | $p | $h | $lists | $quotes | $fig | ${by:--} | ${dl:--} | ${note:--} | $dropped |"
done
