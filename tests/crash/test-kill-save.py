#!/usr/bin/env python3
# test-kill-save.py: copydesk-convert killed with SIGKILL while it saves a
# 1 MB article over an older version: the file on disk is always the old
# version or the new one, whole, never a mix.
#
# The kills land at moments spread over a whole run, and also the moment a
# new file shows up in the folder (the write under way). Whatever moment a
# kill lands at, the check is the same, so the test cannot flake on timing;
# it says how many kills cut a save short.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crashlib import Home, bail, finish, kill, ok, read, run, wait_for  # noqa: E402

CONVERT = os.environ["COPYDESK_CONVERT"]
TARGET_SIZE = 1024 * 1024


def story_text(version):
    """An original plain-text story of about 1 MB, different per version."""
    lines = [f"Harbour wall works reach stage {version}", "",
             "By A. Tester", "",
             "PORTHAVEN, Tuesday - The council's engineers said the work goes on.", ""]
    n = 0
    while sum(len(line) + 1 for line in lines) < TARGET_SIZE:
        n += 1
        lines.append(f"Paragraph {n} of version {version}: the tide gauge at the north quay "
                     f"read {n % 97} centimetres above the mark, and the crews on the "
                     f"slipway logged shift {n} without a stoppage or a complaint.")
        lines.append("")
    return "\n".join(lines)


def convert(source, output, env):
    return run([CONVERT, "--from", "newsml", "-o", output, source], env=env, timeout=120)


def main():
    home = Home()
    folder = home.path("out")
    os.makedirs(folder)
    target = os.path.join(folder, "story.xml")

    # the two versions, as NewsML-G2 (read fast), and what each saves as
    sources = {}
    for version in ("old", "new"):
        text = home.path(f"{version}.txt")
        with open(text, "w", encoding="utf-8") as f:
            f.write(story_text(version))
        sources[version] = home.path(f"{version}.xml")
        done = run([CONVERT, "--from", "text", "-o", sources[version], text],
                   env=home.env, timeout=600)
        if done.returncode != 0:
            bail(f"could not make the {version} article: {done.stderr.decode()}")
    expected = {}
    for version in ("old", "new"):
        check = home.path(f"{version}-saved.xml")
        started = time.monotonic()
        done = convert(sources[version], check, home.env)
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            bail(f"could not save the {version} article: {done.stderr.decode()}")
        expected[version] = read(check)
    ok(len(expected["new"]) >= TARGET_SIZE, "the new version is a 1 MB article",
       f"{len(expected['new'])} bytes")
    ok(expected["old"] != expected["new"], "the two versions differ")

    cut_short = 0
    mixes = []
    # moments spread over a run, then kills at the first sight of a new file
    delays = [elapsed * i / 12 for i in range(13)] + [None] * 8
    for delay in delays:
        with open(target, "wb") as f:
            f.write(expected["old"])
        before = set(os.listdir(folder))
        process = subprocess.Popen([CONVERT, "--from", "newsml", "-o", target, sources["new"]],
                                   env=home.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        if delay is None:
            wait_for(lambda: process.poll() is not None or set(os.listdir(folder)) != before,
                     120, "the save to start writing", step=0.0005)
        else:
            time.sleep(delay)
        kill(process)
        if process.returncode == -9:
            cut_short += 1
        on_disk = read(target)
        if on_disk not in (expected["old"], expected["new"]):
            mixes.append(f"after a kill at {delay}: {len(on_disk or b'')} bytes on disk, "
                         "neither version")
    ok(not mixes, "after every kill the file is the old version or the new one, whole",
       "\n".join(mixes))
    ok(cut_short > 0, f"kills that cut a save short: {cut_short} of {len(delays)}")
    print(f"# {cut_short} of {len(delays)} kills landed before the save finished; "
          f"a whole save takes {elapsed:.2f} s", flush=True)
    # a later save over what a kill left works and gives the new version
    done = convert(sources["new"], target, home.env)
    ok(done.returncode == 0 and read(target) == expected["new"],
       "a save after the kills writes the new version", done.stderr.decode())
    home.remove()
    finish()


main()
