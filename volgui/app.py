"""Builds the QApplication and the main window, and runs the event loop."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time

from PySide6.QtCore import QTimer

from volgui import paths
from volgui.engine.prefetch import Prefetch
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


def trace(mark: str, at: float | None = None) -> None:
    """``VOLGUI_STARTUP_TRACE=FILE``: append ``mark monotonic-seconds`` to FILE (the start-up
    benchmark reads it; ``time.monotonic`` is one clock for every process on Linux)."""
    path = os.environ.get("VOLGUI_STARTUP_TRACE")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{mark} {time.monotonic() if at is None else at:.6f}\n")


def _trace_populated(window, prefetch: Prefetch | None) -> None:
    """Trace each applied snapshot with the rows both views hold (and the prefetch's times). A
    prefetched snapshot already applied while the window was built is traced once the event loop
    has run (the window's first paint)."""
    def loaded() -> None:  # emitted in the GUI thread only
        if prefetch is not None and prefetch.finished is not None:
            trace(f"prefetch-{'done' if prefetch.snapshot is not None else 'failed'}", prefetch.finished)
        trace(f"loaded:{window.container_model.rowCount()}:{window.volume_model.rowCount()}")

    window.loader.loaded.connect(loaded)
    if window.loader.loads:
        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.timeout.connect(loaded)
        timer.start(0)


def run(args: argparse.Namespace, prefetch: Prefetch | None = None) -> int:
    trace("app")
    if args.config_dir:
        paths.set_config_dir(args.config_dir)
    if args.self_check:
        return run_self_check(args)
    app = create_application([sys.argv[0]], color_scheme=args.color_scheme)
    crash.install(app)  # unexpected errors: a dialog with "Copy details" and the log file
    window = build_window(args.host, args.context, prefetch)
    window.show()
    trace("shown")
    if os.environ.get("VOLGUI_STARTUP_TRACE"):
        _trace_populated(window, prefetch)
    # once the event loop runs, after the first paint: its full collection took 35-50 ms
    tune = QTimer(window)
    tune.setSingleShot(True)
    tune.timeout.connect(tune_runtime)  # emitted in the GUI thread
    tune.start(0)
    code = app.exec()
    return finish(code)
