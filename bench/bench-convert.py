#!/usr/bin/env python3
# bench-convert.py: the conversion rows of build-aux/bench.
#
# For each generated article (DIR/SIZE/ as bench/gen-article.py and
# bench-make-newsml wrote it), times, interleaved and repeated:
#   text   copydesk-convert --from text article.txt   (text -> NewsML-G2)
#   g2     copydesk-convert --from newsml article.xml (NewsML-G2 -> NewsML-G2)
#   pandoc pandoc -f markdown -t jats -s article.md   (same content)
#   format xmllint --format on the NewsML-G2 that g2 wrote
#   noout  xmllint --noout on it
# Each run is a fresh process under /usr/bin/time -f %M (peak RSS). Prints
# rows of build-aux/bench's table, tab-separated: medians with the spread
# (min-max) in ms, peak RSS, and the ratios taken run by run (paired) and
# then their median. Asserts nothing.
#
# Folders named pN (galleries of N photos) get the two copydesk rows only.
#
# Usage: bench/bench-convert.py CONVERT DIR RUNS SIZE... [pN pM]
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TOOLS = ("text", "g2", "pandoc", "format-text", "format", "noout")


def command(tool, convert, folder, out):
    if tool == "text":
        return [convert, "--from", "text", os.path.join(folder, "article.txt"), "-o", out]
    if tool == "g2":
        return [convert, "--from", "newsml", os.path.join(folder, "article.xml"), "-o", out]
    if tool == "pandoc":
        return ["pandoc", "-f", "markdown", "-t", "jats", "-s",
                os.path.join(folder, "article.md"), "-o", out]
    if tool == "format-text":
        return ["xmllint", "--nonet", "--format", "-o", out, os.path.join(folder, "text-out.xml")]
    if tool == "format":
        return ["xmllint", "--nonet", "--format", "-o", out, os.path.join(folder, "g2-out.xml")]
    return ["xmllint", "--nonet", "--noout", os.path.join(folder, "g2-out.xml")]


def run_once(cmd, rss_file):
    start = time.monotonic()
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    with open(rss_file) as f:
        rss_kib = int(f.read().split()[-1])
    return seconds * 1000.0, rss_kib


def spread(values):
    return "%s (%s–%s)" % (fmt(statistics.median(values)), fmt(min(values)), fmt(max(values)))


def fmt(ms):
    return "%.0f" % ms if ms >= 100 else "%.1f" % ms if ms >= 10 else "%.2f" % ms


def ratio(a, b):
    return statistics.median(x / y for x, y in zip(a, b))


def main():
    convert, root, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    # the importer's lexicons (data/import), as an uninstalled build finds
    # them: without them the text rows time an importer that knows no words
    os.environ.setdefault("COPYDESK_DATA_DIR",
                          os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data"))
    sizes = [s for s in sys.argv[4:] if not s.startswith("p")]
    galleries = [s for s in sys.argv[4:] if s.startswith("p")]
    tools = [t for t in TOOLS if t != "pandoc" or shutil.which("pandoc")]
    times = {(s, t): [] for s in sizes + galleries for t in tools}
    rss = {(s, t): [] for s in sizes + galleries for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = os.path.join(tmp, "rss")
        for s in sizes:   # the files xmllint reads: what copydesk wrote
            folder = os.path.join(root, s)
            for t in ("text", "g2"):
                out = os.path.join(folder, t + "-out.xml")
                subprocess.run(command(t, convert, folder, out), check=True,
                               stderr=subprocess.DEVNULL)
        for _ in range(runs):
            for s in sizes + galleries:
                folder = os.path.join(root, s)
                for t in tools if s in sizes else ("text", "g2"):
                    ms, kib = run_once(command(t, convert, folder, os.path.join(tmp, "out")),
                                       rss_file)
                    times[(s, t)].append(ms)
                    rss[(s, t)].append(kib)
    print_table(root, sizes, tools, times, rss, runs)
    if len(galleries) == 2:
        small, big = galleries
        for k, name in (("text", "text→G2"), ("g2", "G2→G2")):
            a = statistics.median(times[(small, k)])
            b = statistics.median(times[(big, k)])
            row("%s ÷ %s photos" % (big[1:], small[1:]), "gallery, " + name, fmt(b), fmt(a),
                "%.1f×" % (b / a), "≤ 11×")


def row(*cells):
    """One row of build-aux/bench's table, tab-separated."""
    print("\t".join(cells))


def print_table(root, sizes, tools, times, rss, runs):
    t = lambda s, k: times[(s, k)]
    for s in sizes:
        folder = os.path.join(root, s)
        tsize = os.path.getsize(os.path.join(folder, "article.txt"))
        gsize = os.path.getsize(os.path.join(folder, "article.xml"))
        art = label(int(s))
        if "pandoc" in tools:
            row(art, "text→G2 (%s) vs pandoc md→JATS" % kb(tsize), spread(t(s, "text")),
                spread(t(s, "pandoc")), "%.1f× faster" % ratio(t(s, "pandoc"), t(s, "text")),
                "≥ 50× faster")
        row(art, "text→G2 vs xmllint --format of its output", spread(t(s, "text")),
            spread(t(s, "format-text")), "%.1f×" % ratio(t(s, "text"), t(s, "format-text")),
            "≤ 3×")
        row(art, "G2→G2 (%s) vs xmllint --format" % kb(gsize), spread(t(s, "g2")),
            spread(t(s, "format")), "%.1f×" % ratio(t(s, "g2"), t(s, "format")), "≤ 1.5×")
        row(art, "G2→G2 vs xmllint --noout", spread(t(s, "g2")), spread(t(s, "noout")),
            "%.1f×" % ratio(t(s, "g2"), t(s, "noout")), "")
        for k, size, peer in (("text", tsize, "pandoc"), ("g2", gsize, "format")):
            peak = statistics.median(rss[(s, k)]) * 1024
            other = (statistics.median(rss[(s, peer)]) * 1024 / 1e6) if peer in tools else None
            row(art, "peak RSS, %s (MB) vs %s" % ("text→G2" if k == "text" else "G2→G2",
                                                 "pandoc" if peer == "pandoc" else "xmllint --format"),
                "%.1f" % (peak / 1e6), "%.1f" % other if other is not None else "–",
                "%.1f× the input" % (peak / size), "< 4× the input")
    if "1000000" in sizes and "10000000" in sizes:
        for k, name in (("text", "text→G2"), ("g2", "G2→G2")):
            m1 = statistics.median(t("1000000", k))
            m10 = statistics.median(t("10000000", k))
            row("10 MB ÷ 1 MB", name, fmt(m10), fmt(m1), "%.1f×" % (m10 / m1), "≤ 11×")


def label(size):
    return "%d MB" % (size // 1000000) if size >= 1000000 else "%d KB" % (size // 1000)


def kb(n):
    return "%.0f KB" % (n / 1000) if n < 1e6 else "%.1f MB" % (n / 1e6)


if __name__ == "__main__":
    main()
