"""Builds the QApplication and the main window, and runs the event loop."""

from __future__ import annotations

import argparse
import gc
import sys

from volgui import paths
from volgui.self_check import run_self_check
from volgui.ui.window import crash
from volgui.ui.window.application import build_window, create_application, finish

__all__ = ["build_window", "create_application", "finish", "run", "tune_runtime"]


def tune_runtime() -> None:
    """Once the window is built: keep the GUI thread's pauses short.

    A shorter GIL switch interval (1 ms instead of CPython's 5): each call from Qt into Python
    (``data()``, slots) waits at most that long for a worker thread that is parsing engine replies.

    Everything built so far (modules, classes, the window's objects: tens of thousands) moves to
    the collector's permanent generation: a full collection no longer walks it, which took
    25–30 ms on the GUI thread in the middle of a terminal or log flood. Only cycles among those
    start-up objects would escape collection, and they live as long as the app anyway.
    """
    sys.setswitchinterval(0.001)
    gc.collect()
    gc.freeze()


def run(args: argparse.Namespace) -> int:
    if args.config_dir:
        paths.set_config_dir(args.config_dir)
    if args.self_check:
        return run_self_check(args)
    app = create_application([sys.argv[0]], color_scheme=args.color_scheme)
    crash.install(app)  # unexpected errors: a dialog with "Copy details" and the log file
    window = build_window(args.host, args.context)
    window.show()
    tune_runtime()
    code = app.exec()
    return finish(code)
