"""What a screen reader really gets: the terminal's and the logs view's text and caret read over
the AT-SPI bus (Orca's way, through the system's PyGObject Atspi) from a process with Qt's
accessibility bridge on. It caught a crash no in-process check saw: Qt asking the text views for
an interface they lack (a value, an action) made PySide6 crash on the None returned for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SESSION = Path(__file__).resolve().parents[1] / "atspi" / "session.py"


def test_a_screen_reader_reads_the_terminal_and_the_logs():
    run = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", sys.executable, str(SESSION)],
                         capture_output=True, text=True, timeout=180)
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in run.stdout.splitlines()
             if line.startswith(("READER", "FOUND ", "APP "))}
    assert lines.get("APP") == "0", run.stdout[-3000:] + run.stderr[-3000:]  # no crash
    assert lines.get("READER") == "0", lines.get("READER-ERRORS")
    found = {item["name"]: item for item in json.loads(lines["FOUND"])}
    terminal = found["Terminal"]
    assert terminal["role"] == "terminal"
    assert terminal["text"].startswith("hello from the terminal\n$ ")
    assert terminal["line"] == "hello from the terminal\n"
    assert terminal["text"][:terminal["caret"]].endswith("\n$ ")  # the caret after the prompt
    logs = found["Log lines"]
    assert logs["text"].split("\n")[-1] == "log line 4"
