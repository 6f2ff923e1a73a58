"""Started without a display, volgui says so (and how to run it remotely) instead of Qt's
misleading "xcb-cursor0 is needed"."""

from __future__ import annotations

import os
import subprocess
import sys

from volgui.cli import display_problem


def _env_without_display() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return env


def test_the_entry_point_says_a_display_is_needed():
    out = subprocess.run([sys.executable, "-m", "volgui"], env=_env_without_display(), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2
    assert "needs a display" in out.stderr
    assert "ssh -X" in out.stderr and "volgui --host ssh://" in out.stderr
    assert "xcb" not in out.stderr and "Traceback" not in out.stderr


def test_a_display_or_a_chosen_platform_is_enough():
    assert display_problem({}, "linux")
    assert not display_problem({"DISPLAY": ":0"}, "linux")
    assert not display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_problem({}, "darwin") and not display_problem({}, "win32")
