#!/bin/sh
# Runs copydesk-convert with LANGUAGE=de and the build's catalogues, and
# expects its German message for a missing INPUT: the program binds its
# text domain and the catalogue reaches it. Prints TAP.
# usage: check-runtime.sh COPYDESK_CONVERT LOCALE_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
convert=$1
localedir=$2
echo "1..2"
if [ ! -f "$localedir/de/LC_MESSAGES/copydesk.mo" ]; then
  echo "not ok 1 no German catalogue in $localedir"
  exit 1
fi
# GNU gettext ignores LANGUAGE under the C locale; C.UTF-8 is always there.
de=$(LC_ALL=C.UTF-8 LANGUAGE=de COPYDESK_LOCALE_DIR=$localedir "$convert" 2>&1 >/dev/null | head -n 1)
en=$(LC_ALL=C.UTF-8 LANGUAGE= COPYDESK_LOCALE_DIR=$localedir "$convert" 2>&1 >/dev/null | head -n 1)
status=0
case $de in
  *"keine EINGABE angegeben"*) echo "ok 1 LANGUAGE=de: $de" ;;
  *) echo "not ok 1 LANGUAGE=de printed: $de"; status=1 ;;
esac
case $en in
  *"no INPUT given"*) echo "ok 2 no LANGUAGE: $en" ;;
  *) echo "not ok 2 without LANGUAGE printed: $en"; status=1 ;;
esac
exit $status
