#!/usr/bin/env python3
"""What a screen reader hears from Enrolment Desk, on a real AT-SPI bus.

Run by tests/ui/atspi/run-screenreader (xvfb-run + dbus-run-session, so the AT-SPI bus and the
X server are this test's own). The built window program runs with Qt's AT-SPI bridge on; this
script listens as Orca does (pyatspi: focus, shown objects, names) and drives the program with
the keyboard (xdotool). At each moment the issue names it checks what reaches the bus:
- the code is ready, a decision arrives, an error appears: a notification is shown whose name is the message (Orca speaks a notification when it appears;
  Qt 6.4's bridge drops QAccessible::Alert);
- the QR code is an image, not a filler;
- Tab in Settings > Profiles goes round to the list; Tab in History leaves the table for Close;
- the kiosk's PIN pad takes the focus with a name, a wrong PIN and the idle warning are spoken.

Usage: screenreader.py WINDOW_PROGRAM
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

program = sys.argv[1]
failures = []
passes = 0
heard = []  # (kind, role, name) as they arrive


def check(condition, what, detail=""):
    global passes
    if condition:
        passes += 1
        print("PASS: " + what)
    else:
        failures.append(what)
        print("FAIL: " + what + (("\n      " + detail) if detail else ""))


def on_event(event):
    try:
        source = event.source
        role = source.getRoleName()
        name = source.name or ""
    except Exception:  # the object may be gone already
        return
    if event.type.startswith("object:state-changed:showing") and event.detail1:
        heard.append(("shown", role, name))
    elif event.type.startswith("object:state-changed:focused") and event.detail1:
        heard.append(("focus", role, name))
    elif event.type.startswith("focus"):
        heard.append(("focus", role, name))


pyatspi.Registry.registerEventListener(
    on_event, "object:state-changed:showing", "object:state-changed:focused", "focus:")


def pump(seconds):
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def wait_for(predicate, seconds=60):
    """Pumps events until predicate() holds; real time is the point here, so margins are wide."""
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        while context.iteration(False):
            pass
        result = predicate()
        if result:
            return result
        time.sleep(0.05)
    return None


def notification(starting):
    for kind, role, name in heard:
        if kind == "shown" and role == "notification" and name.startswith(starting):
            return name
    return None


def focus_names(since):
    return [name for kind, role, name in heard[since:] if kind == "focus"]


def xdotool(*arguments):
    subprocess.run(["xdotool", *arguments], check=True)


def keys(*names):
    for name in names:
        xdotool("key", "--clearmodifiers", name)
        pump(0.15)


def type_text(text):
    xdotool("type", "--delay", "20", text)
    pump(0.2)


def application(title):
    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name and "enrolment-desk" in app.name:
                return app
        return None
    return wait_for(find, 60)


def find_object(root, predicate, depth=0):
    if root is None or depth > 40:
        return None
    try:
        if predicate(root):
            return root
        for index in range(root.childCount):
            found = find_object(root.getChildAtIndex(index), predicate, depth + 1)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def focus_window(name):
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
                            capture_output=True, text=True, timeout=60).stdout.split()
    if window:
        xdotool("windowfocus", "--sync", window[-1])
        pump(0.5)


home = tempfile.mkdtemp()
environment = dict(os.environ)
environment.update({
    "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
    "XDG_CACHE_HOME": home + "/cache", "LC_ALL": "C.UTF-8",
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
})
environment.pop("QT_QPA_PLATFORM", None)
environment.pop("LANGUAGE", None)
processes = []


def start(*arguments):
    process = subprocess.Popen([program, *arguments], env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes.append(process)
    return process


try:
    # The staff window, against the built-in sandbox.
    staff = start("--demo")
    app = application("Enrolment Desk")
    check(app is not None, "the staff window appears on the AT-SPI bus")
    if app is None:
        raise SystemExit(1)
    focus_window("Enrolment Desk")
    pump(1.5)  # the sandbox starts after the first frame

    # An error: the sandbox answers 500 to the request.
    type_text("Jane")
    keys("Tab")
    type_text("Sample")
    keys("Tab", "Tab")
    type_text("1990-04-23")
    keys("Tab")
    type_text("CASE-1 sandbox:http=500")
    keys("Return")
    said = wait_for(lambda: next((n for k, r, n in heard if k == "shown" and r == "notification"
                                  and "500" in n), None))
    check(said is not None, "an error is spoken as a notification",
          "heard: %r" % [h for h in heard if h[0] == "shown"])

    # The code is ready, then the decision: the sandbox finishes the session after 3 s.
    keys("ctrl+n")
    focus_window("Enrolment Desk")
    type_text("Jane")
    keys("Tab")
    type_text("Sample")
    keys("Tab", "Tab")
    type_text("1990-04-23")
    keys("Tab")
    type_text("CASE-2 sandbox:complete=HIGH@3")
    keys("Return")
    said = wait_for(lambda: notification("The code is ready to scan."))
    check(said is not None, "the code being ready is spoken: %r" % said,
          "heard: %r" % [h for h in heard if h[0] == "shown"])
    code = find_object(app, lambda o: o.name == "QR code of the enrolment link")
    check(code is not None and code.getRoleName() == "image",
          "the QR code is an image to a screen reader (%s)" % (code.getRoleName() if code else "not found"))
    # The badge says the level in words (HIGH: "Passed").
    said = wait_for(lambda: notification("✓ Passed"))
    check(said is not None, "the decision is spoken: %r" % said,
          "heard: %r" % [h for h in heard if h[0] == "shown"])

    # Settings > Profiles: Tab goes round, through Save and Cancel, back to the list.
    keys("ctrl+comma")
    focus_window("Profiles")
    since = len(heard)
    for _ in range(22):
        keys("Tab")
    names = focus_names(since)
    after_cancel = names[names.index("Cancel") + 1:] if "Cancel" in names else []
    check("Profiles" in after_cancel, "Tab in Settings > Profiles goes from Cancel round to the list",
          "focus moved through: %r" % names)
    keys("Escape")
    focus_window("Enrolment Desk")

    # History: Tab leaves the table and reaches Close.
    keys("ctrl+h")
    focus_window("Session history")
    table = wait_for(lambda: find_object(app, lambda o: o.name == "Recorded sessions"))
    check(table is not None, "History's table is on the bus")
    if table is not None:
        table.queryComponent().grabFocus()
        pump(0.5)
        since = len(heard)
        for _ in range(8):
            keys("Tab")
        check("Close" in focus_names(since), "Tab in History leaves the table and reaches Close",
              "focus moved through: %r" % focus_names(since))
    staff.terminate()
    staff.wait(60)

    # The kiosk: the PIN pad, a wrong PIN, the idle warning.
    os.makedirs(home + "/config/EnrolmentDesk", exist_ok=True)
    with open(home + "/config/EnrolmentDesk/enrolment-desk.conf", "w") as settings:
        settings.write("[kiosk]\nidleOnFormSeconds=10\ncollectApplicantData=true\n")
    heard.clear()
    kiosk = start("--kiosk", "--demo")
    app = application("Enrolment Desk")
    focus_window("Enrolment Desk")
    pump(1.5)
    since = len(heard)
    keys("ctrl+alt+shift+l")
    named = wait_for(lambda: "Staff: enter the admin PIN to leave the kiosk" in focus_names(since), 30)
    check(named, "the PIN pad takes the focus with its name",
          "focus moved through: %r" % focus_names(since))
    type_text("1111")
    keys("Return")
    said = wait_for(lambda: notification("Wrong PIN."), 30)
    check(said is not None, "a wrong PIN is spoken: %r" % said,
          "heard: %r" % [h for h in heard if h[0] == "shown"])
    keys("Escape")
    # Start the form, then leave it alone past idleOnFormSeconds.
    start_button = find_object(app, lambda o: o.getRoleName() == "push button" and o.name == "Start")
    check(start_button is not None, "the kiosk's Start button is on the bus")
    if start_button is not None:
        start_button.queryAction().doAction(0)
    said = wait_for(lambda: notification("Are you still there?"), 90)
    check(said is not None, "the idle warning is spoken: %r" % said,
          "heard: %r" % [h for h in heard if h[0] == "shown"])
    kiosk.terminate()
    kiosk.wait(60)
finally:
    for process in processes:
        if process.poll() is None:
            process.kill()
    shutil.rmtree(home, ignore_errors=True)

print("%d passed, %d failed" % (passes, len(failures)))
sys.exit(1 if failures else 0)
