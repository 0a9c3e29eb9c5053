#!/usr/bin/env python3
# bench-table.py: build-aux/bench's one table, from the tab-separated rows
# the helpers printed (article, measure, Copydesk, peer, ratio, target), with
# the machine it ran on above it.
#
# Usage: bench/bench-table.py RUNS ROWS_FILE
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import platform
import sys


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    return "%s, %d cores, %.0f GiB RAM, Linux %s, %s" % (
        model, os.cpu_count(), mem, platform.release(), distro())


def distro():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "unknown system"


def main():
    runs, path = sys.argv[1], sys.argv[2]
    print("Machine: %s; load average %s when the run began." % (
        machine(), os.environ.get("BENCH_LOAD", "?")))
    print("Times in ms: median of %s interleaved runs (min–max across runs); ratios are "
          "paired run by run, then the median. Copydesk built with buildtype=release." % runs)
    print()
    print("| article | measure | Copydesk | peer | ratio | target |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    with open(path) as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 6:
                print("| " + " | ".join(cells) + " |")
            elif line.startswith("The "):   # a helper's note; other output is noise
                print("\n" + line.strip())


if __name__ == "__main__":
    main()
