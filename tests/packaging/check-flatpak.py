#!/usr/bin/env python3
# Checks the Flatpak manifest against the project, without building it:
#
#   - it runs on a current GNOME runtime (org.gnome.Platform/Sdk, 47 or later);
#   - every dependency('...') that a meson.build outside tests/ asks for is
#     either shipped by the runtime (gnome-runtime-provides.txt) or built by a
#     module of the same name;
#   - every archive or file source carries a sha256, and a git source is
#     pinned to a commit (a tag alone can move);
#   - the sandbox gets the display, the GPU and nothing of the host's files:
#     no --filesystem at all (files come through the portals), no network.
#
# Then it breaks copies of the manifest on purpose (a module dropped, a
# checksum dropped, the home folder granted, ...) and makes sure each one is
# caught, so the checks cannot quietly stop checking.
#
# usage: check-flatpak.py MANIFEST SOURCE_ROOT RUNTIME_LIST  (prints TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later

import copy
import json
import os
import re
import sys

RUNTIMES = {"org.gnome.Platform": "org.gnome.Sdk"}
OLDEST_RUNTIME = 47
REQUIRED_FINISH_ARGS = ["--share=ipc", "--socket=wayland",
                        "--socket=fallback-x11", "--device=dri"]
# Names meson resolves itself, not through pkg-config.
MESON_BUILTIN = {"threads", "openmp", "libm", "dl", "intl", "iconv"}
# Folders whose meson.build files are not part of the installed build
# (-Dtests=false in the manifest), or are build output.
SKIPPED_DIRS = {"tests", "subprojects", ".git", ".flatpak-builder"}

DEPENDENCY_RE = re.compile(r"""\bdependency\s*\(\s*['"]([^'"]+)['"]""")


def read_runtime_list(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


def meson_dependencies(root):
    """{pkg-config name: first meson.build that asks for it}"""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in SKIPPED_DIRS and not d.startswith("_"))
        if "meson.build" not in filenames:
            continue
        path = os.path.join(dirpath, "meson.build")
        with open(path, encoding="utf-8") as f:
            text = "\n".join(line.split("#", 1)[0] for line in f)
        for name in DEPENDENCY_RE.findall(text):
            if name not in MESON_BUILTIN:
                found.setdefault(name, os.path.relpath(path, root))
    return found


def all_modules(modules):
    for module in modules:
        if isinstance(module, str):  # a module in a file of its own
            continue
        yield module
        yield from all_modules(module.get("modules", []))


def check_runtime(manifest):
    problems = []
    runtime = manifest.get("runtime")
    if runtime not in RUNTIMES:
        problems.append(f"runtime is {runtime!r}, not a GNOME runtime")
    elif manifest.get("sdk") != RUNTIMES[runtime]:
        problems.append(f"sdk is {manifest.get('sdk')!r}, not {RUNTIMES[runtime]}")
    version = str(manifest.get("runtime-version", ""))
    if not version.isdigit() or int(version) < OLDEST_RUNTIME:
        problems.append(f"runtime-version {version!r} is older than "
                        f"{OLDEST_RUNTIME} or not a release")
    return problems


def check_coverage(manifest, needed, runtime_names):
    names = {m.get("name") for m in all_modules(manifest.get("modules", []))}
    problems = []
    for dep, where in sorted(needed.items()):
        if dep not in runtime_names and dep not in names:
            problems.append(f"{where} needs {dep}: neither the runtime ships it "
                            f"nor does a module build it")
    for dep in sorted(names & runtime_names):
        problems.append(f"module {dep} is built although the runtime ships it")
    return problems


def check_sources(manifest):
    problems = []
    for module in all_modules(manifest.get("modules", [])):
        for source in module.get("sources", []):
            if isinstance(source, str):
                problems.append(f"{module['name']}: source file {source} not checked")
                continue
            kind = source.get("type")
            where = f"{module['name']}: {kind} source {source.get('url', source.get('path'))}"
            if kind in ("archive", "file"):
                if "url" in source and not re.fullmatch(r"[0-9a-f]{64}",
                                                        source.get("sha256", "")):
                    problems.append(f"{where} has no sha256")
                if source.get("url", "").startswith("http://"):
                    problems.append(f"{where} is not fetched over https")
            elif kind == "git":
                if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                    problems.append(f"{where} is not pinned to a commit")
            elif kind == "dir":
                if module is not manifest["modules"][-1]:
                    problems.append(f"{where}: only the project itself comes from a folder")
            else:
                problems.append(f"{where}: source type not checked by this test")
    return problems


def check_sandbox(manifest):
    args = manifest.get("finish-args", [])
    problems = [f"finish-args lack {a}" for a in REQUIRED_FINISH_ARGS if a not in args]
    for arg in args:
        if arg.startswith("--filesystem"):
            problems.append(f"{arg}: files come through the portals, not the host")
        elif arg in ("--share=network", "--socket=x11", "--device=all",
                     "--socket=session-bus", "--socket=system-bus"):
            problems.append(f"{arg} is more than an editor needs")
    return problems


def check(manifest, needed, runtime_names):
    return (check_runtime(manifest) + check_coverage(manifest, needed, runtime_names)
            + check_sources(manifest) + check_sandbox(manifest))


def sabotage(manifest, needed):
    """Broken copies of the manifest, each of which check() must reject."""
    first_built = next((m for m in manifest["modules"] if m.get("name") in needed), None)
    archive = next((s for m in manifest["modules"] for s in m.get("sources", [])
                    if s.get("type") == "archive"), None)

    def edit(label, change):
        broken = copy.deepcopy(manifest)
        change(broken)
        return label, broken

    cases = [
        edit("an old runtime", lambda m: m.update({"runtime-version": "43"})),
        edit("the home folder granted",
             lambda m: m["finish-args"].append("--filesystem=home")),
        edit("the host granted",
             lambda m: m["finish-args"].append("--filesystem=host:ro")),
        edit("no Wayland socket", lambda m: m["finish-args"].remove("--socket=wayland")),
        edit("a git tag without a commit", lambda m: m["modules"][0]["sources"].append(
            {"type": "git", "url": "https://example.org/x.git", "tag": "v1"})),
    ]
    if first_built is not None:
        name = first_built["name"]
        cases.append(edit(f"module {name} dropped", lambda m: m.update(
            {"modules": [x for x in m["modules"] if x.get("name") != name]})))
    if archive is not None:
        url = archive["url"]

        def drop_checksum(m):
            for module in m["modules"]:
                for source in module.get("sources", []):
                    if source.get("url") == url:
                        del source["sha256"]
        cases.append(edit(f"no sha256 on {url}", drop_checksum))
    return cases


def main():
    manifest_path, root, runtime_list = sys.argv[1:4]
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    runtime_names = read_runtime_list(runtime_list)
    needed = meson_dependencies(root)
    built = sorted(d for d in needed if d not in runtime_names)
    print(f"# meson.build files ask for: {', '.join(sorted(needed))}")
    print(f"# not in the runtime, so built by the manifest: {', '.join(built)}")

    results = [("the manifest on the project as it is", check(manifest, needed, runtime_names))]
    cases = sabotage(manifest, needed)
    print(f"1..{1 + len(cases)}")
    failed = False
    problems = results[0][1]
    if problems:
        failed = True
        print("not ok 1 the manifest on the project as it is")
        for p in problems:
            print(f"# {p}")
    else:
        print("ok 1 the manifest on the project as it is")
    for number, (label, broken) in enumerate(cases, start=2):
        caught = check(broken, needed, runtime_names)
        if caught:
            print(f"ok {number} caught: {label} ({caught[0]})")
        else:
            failed = True
            print(f"not ok {number} not caught: {label}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
