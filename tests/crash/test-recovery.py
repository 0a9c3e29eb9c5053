#!/usr/bin/env python3
# test-recovery.py: type into the body of the real application with real key
# events, wait for the autosave, kill -9 it, start it again, and save the
# recovered window: the typed text must be in the file.
#
# Runs under an X server (build-aux/with-display) with xdotool; a private
# D-Bus session (dbus-run-session) keeps it away from any other.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crashlib import Home, bail, finish, kill, ok, read, run, wait_for  # noqa: E402

APP = os.environ["COPYDESK_APP"]
STORY = os.path.join(os.environ["COPYDESK_TEST_SRCDIR"], "golden", "writer-full.xml")
TITLE = "Lowmouth harbour wall"
MARK = "Qzxvbody"


def xdotool(*args, timeout=30):
    return run(["xdotool", *args], timeout=timeout)


def window_of(title):
    """The id of the visible window whose name holds @title, or None."""
    found = xdotool("search", "--onlyvisible", "--name", title)
    ids = found.stdout.decode().split()
    return ids[0] if found.returncode == 0 and ids else None


def focus(window):
    return xdotool("windowfocus", "--sync", window).returncode == 0


def draft_with(home, text):
    """The draft whose body (the XHTML part) holds @text."""
    for path in glob.glob(os.path.join(home.drafts, "*.xml")):
        data = read(path) or b""
        body = data.split(b"<body>", 1)[-1] if b"<body>" in data else b""
        if text.encode() in body:
            return path
    return None


def type_into_body(home, window):
    """Types words into the body, key by key; returns them and the draft
    that holds them. Ctrl+F opens the find bar and Escape closes it, which
    puts the cursor in the body (the window's own way there). The find bar
    may still be sliding in when Escape comes: then the words go elsewhere,
    no draft has them in its body, and the next try waits longer."""
    for attempt in range(1, 6):
        focus(window)
        xdotool("key", "ctrl+f")
        time.sleep(attempt)
        xdotool("key", "Escape")
        mark = f"{MARK}{attempt}"
        xdotool("type", "--delay", "40", f"{mark} typed before the crash ")
        draft = wait_for(lambda: draft_with(home, mark), 30, f"a draft with {mark} in its body")
        if draft is not None:
            return mark, draft
    return None, None


def body_of(path):
    data = read(path) or b""
    return data.split(b"<body>", 1)[1] if b"<body>" in data else b""


def main():
    for tool in ("xdotool",):
        if shutil.which(tool) is None:
            print(f"1..0 # SKIP {tool} is not installed")
            sys.exit(77)
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no X display (run under build-aux/with-display)")
        sys.exit(77)

    home = Home()
    story = home.path("story.xml")
    shutil.copy(STORY, story)
    log = open(home.path("app.log"), "wb")

    # 1. open the story and type into its body
    app = subprocess.Popen([APP, story], env=home.env, stdout=log, stderr=log)
    window = wait_for(lambda: window_of(TITLE), 180, "the story's window")
    if window is None:
        kill(app)
        bail("the application showed no window: " + (read(home.path("app.log")) or b"").decode())
    ok(focus(window), "the window takes the keyboard focus")
    mark, draft = type_into_body(home, window)
    ok(draft is not None, "the autosave writes a draft with the words typed into the body")
    kill(app)
    ok(app.returncode == -9, "kill -9 ends the application", f"exit status {app.returncode}")
    ok(read(story) == read(STORY), "the story's own file is untouched by the autosave")
    session = (read(os.path.join(home.data, "copydesk", "session.ini")) or b"").decode()
    ok("shutdown=false" in session, "the session file says the last run did not end cleanly",
       session)
    if draft is None:
        home.remove()
        finish()

    # 2. start again: the draft comes back in a window of its own; saving it
    # writes the story's own file, with the words typed before the crash
    app = subprocess.Popen([APP], env=home.env, stdout=log, stderr=log)
    window = wait_for(lambda: window_of(TITLE), 180, "the recovered window")
    ok(window is not None, "the next start opens the recovered article")
    if window is not None:
        ok(focus(window), "the recovered window takes the keyboard focus")
        xdotool("key", "ctrl+s")
        saved = wait_for(lambda: mark.encode() in body_of(story), 120,
                         "the story saved with the typed words")
        ok(saved, "saving the recovered window writes the typed words into the story's body",
           body_of(story)[:400].decode(errors="replace"))
    kill(app)
    log.close()
    home.remove()
    finish()


main()
