#!/usr/bin/env python3
# test-receiver-check.py: receiver-check.py finds what the receiver rejects
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each case is a small original newsMessage with one defect that Superdesk's
# NewsML-G2 parser (superdesk-core, superdesk/io/feed_parsers/newsml_2_0.py)
# raises on, as read in its source; the checker must name it. The sound
# message must pass. Prints TAP.

import json
import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "receiver-check.py")

SOUND_TEXT = (
    '<newsItem guid="urn:test:rc-1" version="2">'
    '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Valley Wire"/>'
    '<versionCreated>2026-10-03T09:15:00+00:00</versionCreated>'
    '<pubStatus qcode="stat:usable"/></itemMeta>'
    '<contentMeta><headline>Ferry fares stay the same</headline>'
    '<creditline>Valley Wire</creditline>'
    '<creator><name>Ana Ferreira</name></creator></contentMeta>'
    '<contentSet><inlineXML contenttype="application/xhtml+xml">'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Fares</title></head>'
    '<body><p>The council kept the fares.</p></body></html></inlineXML></contentSet>'
    '</newsItem>')


def message(item):
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
            '<header><sent>2026-10-03T09:20:00+00:00</sent></header>'
            '<itemSet>%s</itemSet></newsMessage>' % item)


PICTURE = (
    '<newsItem guid="urn:test:rc-2" version="1">'
    '<itemMeta><itemClass qcode="ninat:picture"/><provider literal="Valley Wire"/>'
    '<versionCreated>2026-10-03T09:15:00+00:00</versionCreated>'
    '<pubStatus qcode="stat:usable"/></itemMeta>'
    '<contentMeta><headline>The ferry</headline></contentMeta>'
    '<contentSet><remoteContent rendition="rnd:highRes" href="ferry.jpg" '
    'contenttype="image/jpeg" size="%s"/></contentSet></newsItem>')

CASES = [
    ("a comment in the XHTML body",
     SOUND_TEXT.replace("<body><p>", "<body><!-- note --><p>"), "comment or processing"),
    ("a comment in the contentSet",
     SOUND_TEXT.replace("<contentSet>", "<contentSet><!-- body -->"), "comment in contentSet"),
    # (the receiver's lxml keeps comments; ElementTree drops them unless told)
    ("a comment in the itemSet", "<!-- first -->" + SOUND_TEXT, "comment in itemSet"),
    ("a versionCreated that is no time",
     SOUND_TEXT.replace("2026-10-03T09:15:00+00:00", "Friday morning"), "versionCreated"),
    ("a contentCreated that is no time",
     SOUND_TEXT.replace("<headline>", "<contentCreated>soon</contentCreated><headline>"),
     "contentCreated"),
    ("a remoteContent size that is no number", PICTURE % "12 kB", "size"),
    ("a remoteContent without rendition", (PICTURE % "1024").replace('rendition="rnd:highRes" ', ""),
     "rendition"),
]


def run(xml):
    with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
        f.write(xml)
        path = f.name
    try:
        done = subprocess.run([sys.executable, CHECK, path], capture_output=True, text=True)
    finally:
        os.unlink(path)
    return done.returncode, json.loads(done.stdout)


def main():
    print("1..%d" % (len(CASES) + 1))
    failed = 0
    status, report = run(message(SOUND_TEXT + PICTURE % "1024"))
    text = report["items"][0]
    ok = (status == 0 and not report["problems"] and text["authors"] == ["Ana Ferreira"]
          and text["creditline_written_not_read"] == "Valley Wire"
          and text["times"]["versionCreated"] == "2026-10-03T09:15:00+00:00")
    print("%s 1 a sound message passes, with what the receiver keeps" % ("ok" if ok else "not ok"))
    failed += not ok
    if not ok:
        print("# " + json.dumps(report))
    for n, (what, item, expect) in enumerate(CASES, start=2):
        status, report = run(message(item))
        ok = status == 1 and any(expect in p for p in report["problems"])
        print("%s %d %s is found" % ("ok" if ok else "not ok", n, what))
        if not ok:
            print("# " + json.dumps(report["problems"]))
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
