#!/usr/bin/env python3
# `meson install --destdir` into a fresh temporary folder must put down
# exactly the files of expected-install.txt: one missing fails, one that no
# line expects fails. The installed metainfo must carry a release for this
# version and screenshots whose images are committed in data/screenshots/.
#
# usage: check-install.py MESON BUILD_ROOT SOURCE_ROOT EXPECTED VERSION
#                         PREFIX BINDIR DATADIR LOCALEDIR      (prints TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later

import fnmatch
import os
import posixpath
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def linguas(source_root):
    names = []
    with open(os.path.join(source_root, "po", "LINGUAS"), encoding="utf-8") as f:
        for line in f:
            names.extend(line.split("#", 1)[0].split())
    return names


def expected_lines(path, folders, languages):
    """[(line number, pattern)], each pattern relative to the DESTDIR root"""
    lines = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            for key, value in folders.items():
                line = line.replace("${" + key + "}", value)
            if "${" in line:
                sys.exit(f"{path}:{number}: unknown folder in {line}")
            variants = ([line.replace("@LINGUA@", lang) for lang in languages]
                        if "@LINGUA@" in line else [line])
            lines.extend((number, v.lstrip("/")) for v in variants)
    return lines


def installed_files(destdir):
    found = []
    for dirpath, _, filenames in os.walk(destdir):
        for name in filenames:
            found.append(os.path.relpath(os.path.join(dirpath, name), destdir))
    return sorted(found)


def compare(expected, installed):
    """problems: expected lines with no file, files with no line"""
    problems = []
    matched = set()
    for number, pattern in expected:
        hits = [f for f in installed if fnmatch.fnmatchcase(f, pattern)]
        if not hits:
            problems.append(f"missing: /{pattern} (expected-install.txt line {number})")
        matched.update(hits)
    problems.extend(f"unexpected: /{f} (add it to expected-install.txt)"
                    for f in installed if f not in matched)
    return problems


def check_metainfo(path, version, screenshots_dir):
    problems = []
    root = ET.parse(path).getroot()
    releases = [r.get("version") for r in root.findall("./releases/release")]
    if version not in releases:
        problems.append(f"metainfo has no <release> for version {version} (has {releases})")
    images = [i.text.strip() for i in root.findall("./screenshots/screenshot/image")]
    if not images:
        problems.append("metainfo has no <screenshots>")
    for url in images:
        name = posixpath.basename(url)
        if not url.startswith("https://") or "/data/screenshots/" not in url:
            problems.append(f"screenshot {url} is not an https URL into data/screenshots/")
        elif not os.path.isfile(os.path.join(screenshots_dir, name)):
            problems.append(f"screenshot {url}: data/screenshots/{name} is not committed")
    if not root.findall("./screenshots/screenshot[@type='default']"):
        problems.append("no screenshot is the default one")
    return problems


def report(number, label, problems):
    print(f"{'not ok' if problems else 'ok'} {number} {label}")
    for p in problems:
        print(f"# {p}")
    return bool(problems)


def main():
    (meson, build_root, source_root, expected_path, version,
     prefix, bindir, datadir, localedir) = sys.argv[1:10]
    folders = {
        "bindir": posixpath.join(prefix, bindir),
        "datadir": posixpath.join(prefix, datadir),
        "localedir": posixpath.join(prefix, localedir),
        "pkgdatadir": posixpath.join(prefix, datadir, "copydesk"),
    }
    languages = linguas(source_root)
    expected = expected_lines(expected_path, folders, languages)
    print(f"# languages in po/LINGUAS: {' '.join(languages) or 'none'}")
    print("1..4")
    with tempfile.TemporaryDirectory(prefix="copydesk-install-") as destdir:
        run = subprocess.run([meson, "install", "-C", build_root, "--no-rebuild",
                              "--destdir", destdir],
                             capture_output=True, text=True)
        failed = report(1, "meson install --destdir succeeds",
                        [] if run.returncode == 0 else
                        (run.stdout + run.stderr).strip().splitlines()[-15:])
        installed = installed_files(destdir)
        print(f"# {len(installed)} files installed, {len(expected)} expected lines")
        problems = compare(expected, installed)
        failed |= report(2, "exactly the expected files are installed", problems)

        # The comparison itself must see a missing and an extra file.
        probe = compare(expected + [(0, "probe/not-installed")], installed + ["probe/extra"])
        caught = ([] if any("missing: /probe/not-installed" in p for p in probe)
                  and any("unexpected: /probe/extra" in p for p in probe)
                  else ["a missing or an unexpected file went unnoticed"])
        failed |= report(3, "a missing and an unexpected file are both caught", caught)

        metainfo = os.path.join(destdir, folders["datadir"].lstrip("/"),
                                "metainfo", "org.copydesk.Copydesk.metainfo.xml")
        problems = (check_metainfo(metainfo, version,
                                   os.path.join(source_root, "data", "screenshots"))
                    if os.path.isfile(metainfo) else ["no metainfo installed"])
        failed |= report(4, "the metainfo has this release and committed screenshots",
                         problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
