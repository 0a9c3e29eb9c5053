#!/usr/bin/env python3
# bench-editors.py: the editor rows of build-aux/bench.
#
# Runs bench-keys (X DAMAGE and XTest, see bench-keys.c) on Copydesk opening
# the 1 MB article (NewsML-G2) with the preview shown, and on gedit and GNOME
# Text Editor, where installed, opening the same body text (Copydesk's body
# markup, what its body view holds, as body.md so that they highlight it as
# Markdown, as Copydesk highlights its markup), RUNS times each, interleaved. Every
# program gets its own settings, config and data folders (GSettings keyfile
# backend): no cursor blinking, no animations, no spell checking, no session
# restored. Prints rows of build-aux/bench's table, tab-separated.
# Must run with a display (build-aux/bench starts a virtual X server).
#
# Usage: bench/bench-editors.py BENCH_KEYS BUILD SRCDIR ARTICLE_DIR RUNS KEYS
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import statistics
import subprocess
import sys
import tempfile

SETTINGS = """[org/copydesk/Copydesk]
show-preview=true
show-photos=false

[org/gnome/TextEditor]
spellcheck=false
restore-session=false
highlight-current-line=false

[org/gnome/gedit/preferences/editor]
restore-cursor-position=false
"""
GTK = "[Settings]\ngtk-cursor-blink=false\ngtk-enable-animations=false\n"


def environment(home, build, srcdir):
    env = dict(os.environ)
    for sub in ("config/glib-2.0/settings", "config/gtk-3.0", "config/gtk-4.0", "data", "cache"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    with open(os.path.join(home, "config/glib-2.0/settings/keyfile"), "w") as f:
        f.write(SETTINGS)
    for gtk in ("gtk-3.0", "gtk-4.0"):
        with open(os.path.join(home, "config", gtk, "settings.ini"), "w") as f:
            f.write(GTK)
    env.update(XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CACHE_HOME=os.path.join(home, "cache"),
               GSETTINGS_BACKEND="keyfile", GTK_A11Y="none", NO_AT_BRIDGE="1",
               ADW_DISABLE_PORTAL="1", GTK_USE_PORTAL="0",
               GSK_RENDERER=os.environ.get("GSK_RENDERER", "cairo"),
               COPYDESK_DATA_DIR=os.path.join(srcdir, "data"))
    # A runtime folder of its own: a portal started on the private session
    # bus (build-aux/bench runs this under dbus-run-session) mounts there.
    env["XDG_RUNTIME_DIR"] = os.path.join(home, "runtime")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    # Copydesk's schema is in the build; the others' in the system's folder.
    env["GSETTINGS_SCHEMA_DIR"] = os.path.join(build, "data")
    return env


def run(bench_keys, env, keys, command, preview):
    args = [bench_keys, "--keys", str(keys), "--click", "0.3,0.6" if preview else "0.3,0.5"]
    if preview:
        args += ["--preview", "0.63"]
    result = subprocess.run(args + ["--"] + command, env=env, capture_output=True, text=True,
                            timeout=300)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return None
    return dict(kv.split("=") for kv in result.stdout.split())


def spread(values):
    return "%.1f (%.1f–%.1f)" % (statistics.median(values), min(values), max(values))


def main():
    bench_keys, build, srcdir, folder, runs, keys = sys.argv[1:7]
    runs, keys = int(runs), int(keys)
    editors = [("Copydesk", [os.path.join(build, "src", "copydesk"),
                             os.path.join(folder, "article.xml")])]
    for name, program in (("gedit", "gedit"), ("GNOME Text Editor", "gnome-text-editor")):
        if shutil.which(program):
            editors.append((name, [program, "--standalone", os.path.join(folder, "body.txt")]))
    results = {name: [] for name, _ in editors}
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        shutil.copy(os.path.join(folder, "body.txt"), os.path.join(tmp, "body.md"))
        for _, command in editors[1:]:
            command[-1] = os.path.join(tmp, "body.md")
        for i in range(runs):
            for name, command in editors:
                home = os.path.join(tmp, "%s-%d" % (name.replace(" ", ""), i))
                env = environment(home, build, srcdir)
                r = run(bench_keys, env, keys, command, name == "Copydesk")
                if r is not None:
                    results[name].append(r)
    print_rows(editors, results, keys, runs)


def print_rows(editors, results, keys, runs):
    mine = results["Copydesk"]
    peers = [n for n, _ in editors[1:] if results[n]]
    if not mine:
        print("1 MB\teditor: Copydesk did not run\t–\t–\t–\t")
        return
    peer = peers[0] if peers else None

    def cell(name, key, how=spread):
        vals = [float(r[key]) for r in results[name]]
        return how(vals)

    def versus(key, label, target, how=spread, scale=1.0):
        mine_cell = cell("Copydesk", key, how)
        for p in peers or [None]:
            if p is None:
                print("\t".join(("1 MB", label + " (no plain editor installed)", mine_cell, "–",
                                 "–", target)))
                continue
            a = statistics.median(float(r[key]) for r in mine)
            b = statistics.median(float(r[key]) for r in results[p])
            print("\t".join(("1 MB", "%s vs %s" % (label, p), mine_cell, cell(p, key, how),
                             "%.2f×" % (a / b), target)))

    mib = lambda vals: "%.0f MB" % (statistics.median(vals) * 1024 / 1e6)
    versus("open_ms", "editor: open to settled frame (ms)", "")
    versus("key_median", "editor: key to frame, median of %d keys (ms; runs' min–max)" % keys,
           "≤ 6 ms")
    versus("key_p90", "editor: key to frame, 90th percentile (ms)", "")
    versus("over_frame", "editor: keys over 16.7 ms (a dropped frame at 60 Hz), of %d" % keys,
           "0", lambda v: "%.0f (%.0f–%.0f)" % (statistics.median(v), min(v), max(v)))
    print("\t".join(("1 MB", "editor: key to repainted preview, after a pause (ms)",
                     cell("Copydesk", "preview_median"), "–", "", "")))
    versus("hwm_kib", "editor: peak RSS after typing", "", mib)
    del peer, runs


if __name__ == "__main__":
    main()
