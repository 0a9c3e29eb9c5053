# crashlib.py: what the crash tests share: TAP, a private home, bounded polls
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

_count = 0
_failed = False


def ok(passed, name, detail=""):
    """One TAP line; a failure prints its detail as a diagnostic."""
    global _count, _failed
    _count += 1
    print(("ok" if passed else "not ok") + f" {_count} - {name}", flush=True)
    if not passed:
        _failed = True
        for line in str(detail).splitlines():
            print(f"# {line}", flush=True)
    return passed


def bail(reason):
    print(f"Bail out! {reason}", flush=True)
    sys.exit(1)


def finish():
    print(f"1..{_count}", flush=True)
    sys.exit(1 if _failed else 0)


def wait_for(predicate, timeout, what, step=0.05):
    """Polls @predicate until it gives a true value (returned) or @timeout
    seconds pass (None). Waits are bounded, never assumed."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            print(f"# gave up after {timeout} s waiting for {what}", flush=True)
            return None
        time.sleep(step)


class Home:
    """A home of its own: data, config and cache folders, in-memory settings,
    the build's schema and the tree's data files; never the user's."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="copydesk-crash-")
        self.data = os.path.join(self.root, "data")
        self.drafts = os.path.join(self.data, "copydesk", "drafts")
        env = dict(os.environ)
        env.update({
            "HOME": self.root,
            "XDG_DATA_HOME": self.data,
            "XDG_CONFIG_HOME": os.path.join(self.root, "config"),
            "XDG_CACHE_HOME": os.path.join(self.root, "cache"),
            "GSETTINGS_BACKEND": "memory",
            "GSETTINGS_SCHEMA_DIR": os.environ["COPYDESK_SCHEMA_DIR"],
            "COPYDESK_DATA_DIR": os.environ["COPYDESK_DATA_SRCDIR"],
            "GTK_A11Y": "none",
            "NO_AT_BRIDGE": "1",
            "GDK_BACKEND": "x11",
            # as in the UI tests: llvmpipe under a busy Xvfb took minutes
            # to show the first window, and says nothing about recovery
            "GSK_RENDERER": "cairo",
            "ADW_DISABLE_PORTAL": "1",
        })
        # no test-suite fatal warnings for the application itself: a theme
        # warning under Xvfb is not what these tests are about
        env.pop("G_DEBUG", None)
        self.env = env

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


def kill(process):
    """SIGKILL, and reap it."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def run(args, env=None, timeout=60):
    return subprocess.run(args, env=env, timeout=timeout,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
