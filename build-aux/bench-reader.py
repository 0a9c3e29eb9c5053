#!/usr/bin/env python3
# bench-reader.py: how long copydesk-convert --from newsml takes, and how much
# memory it needs, on growing articles and on hostile files; prints a table.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/bench-reader.py [_build/src/copydesk-convert]
#
# Targets (not enforced by any test): a 10 000-paragraph article (converted:
# read and written) in under a second; every hostile file refused in about a
# tenth of a second and under 64 MiB of memory, apart from "huge", which the
# converter reads into memory before the reader refuses it.

import os
import resource
import subprocess
import sys
import tempfile
import time

G2 = "http://iptc.org/std/nar/2006-10-01/"


def article(paragraphs):
    body = "".join(
        "<p>Paragraph %d of the <em>long</em> story, with <a href=\"https://example.org/%d\">"
        "a link</a> and some words to read.</p>\n" % (i, i)
        for i in range(paragraphs))
    return ("<newsItem xmlns=\"%s\" guid=\"urn:bench\" version=\"1\" standard=\"NewsML-G2\" "
            "standardversion=\"2.35\"><itemMeta><itemClass qcode=\"ninat:text\"/>"
            "<provider literal=\"Bench\"/><versionCreated>2026-01-01T00:00:00Z</versionCreated>"
            "</itemMeta><contentMeta><headline>Bench</headline></contentMeta><contentSet>"
            "<inlineXML contenttype=\"application/xhtml+xml\">"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>%s</body></html>"
            "</inlineXML></contentSet></newsItem>\n" % (G2, body)).encode()


def laughs():
    lines = ["<!ENTITY l0 \"ha\">"]
    lines += ["<!ENTITY l%d \"%s\">" % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 10)]
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n%s\n]>\n"
            "<newsItem xmlns=\"%s\">&l9;</newsItem>\n" % ("\n".join(lines), G2)).encode()


def cases():
    for n in (100, 1000, 10000, 50000):
        yield "article, %d paragraphs" % n, article(n)
    yield "billion laughs", laughs()
    yield "deep nesting 100k", ("<newsItem xmlns=\"%s\">" % G2 + "<x>" * 100000).encode()
    yield "250k+1 elements", ("<newsItem xmlns=\"%s\">" % G2 + "<x/>" * 250001
                            + "</newsItem>").encode()
    yield "huge (65 MiB)", b"<newsItem>" + b" " * (65 * 1024 * 1024)


# A fresh process per case, so that the children's peak memory is this case's.
MEASURE = ("import resource, subprocess, sys, time\n"
           "start = time.monotonic()\n"
           "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
           "print(r.returncode, time.monotonic() - start,"
           " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def run(convert, path, out):
    line = subprocess.run([sys.executable, "-c", MEASURE, convert, "--from", "newsml", path,
                           "-o", out], capture_output=True, text=True, check=True).stdout
    status, seconds, rss_kib = line.split()
    return int(status), float(seconds), int(rss_kib)


def main():
    convert = sys.argv[1] if len(sys.argv) > 1 else "_build/src/copydesk-convert"
    print("| input | size | exit | seconds | max RSS |")
    print("| --- | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.xml")
        for name, data in cases():
            path = os.path.join(tmp, "in.xml")
            with open(path, "wb") as f:
                f.write(data)
            status, seconds, rss = run(convert, path, out)
            print("| %s | %.1f KiB | %d | %.3f | %.1f MiB |" % (
                name, len(data) / 1024, status, seconds, rss / 1024))
            if os.path.exists(out):
                os.remove(out)


if __name__ == "__main__":
    main()
