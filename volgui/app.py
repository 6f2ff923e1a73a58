"""Builds the QApplication and the main window, and runs the event loop."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from volgui import APP_ID, APP_NAME, __version__, paths


def create_application(argv: list[str] | None = None, color_scheme: str = "auto") -> QApplication:
    from volgui.ui.window.appearance import apply_color_scheme, ensure_style, install_translators
    from volgui.ui.window.icons import app_icon

    existing = QApplication.instance()
    app = existing or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("volgui")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("volgui")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if existing is None:  # the system's style, palette, font and language; Fusion only as a fallback
        ensure_style(app)
        app.volgui_translators = install_translators(app)
    apply_color_scheme(app, color_scheme)
    return app


def build_window(host: str | None = None, context: str | None = None):
    """The engines, the main window and the first engine's session, started.

    ``window.session`` is the active-engine facade (the API of an EngineSession);
    ``window.engines`` is the EngineManager behind it. Used by ``run`` and by the tests.
    """
    from volgui.engine.profiles import ProfileStore
    from volgui.ui.window.main_window import MainWindow
    from volgui.workers.engines import EngineManager

    manager = EngineManager(ProfileStore(paths.config_dir() / "engines.json"), host=host, context=context)
    window = MainWindow(manager.active)
    window.engines = manager
    manager.setParent(window)
    last = window.settings.value("engines/last")
    if not host and not context and isinstance(last, str) and manager.profile(last) is not None:
        manager.activate(last)  # the engine shown when the app was last closed
    else:
        manager.activate_initial()
    return window


def tune_runtime() -> None:
    """Once the window is built: keep the GUI thread's pauses short.

    A shorter GIL switch interval (1 ms instead of CPython's 5): each call from Qt into Python
    (``data()``, slots) waits at most that long for a worker thread that is parsing engine replies.

    Everything built so far (modules, classes, the window's objects: tens of thousands) moves to
    the collector's permanent generation: a full collection no longer walks it, which took
    25–30 ms on the GUI thread in the middle of a terminal or log flood. Only cycles among those
    start-up objects would escape collection, and they live as long as the app anyway.
    """
    import gc

    sys.setswitchinterval(0.001)
    gc.collect()
    gc.freeze()


def run(args: argparse.Namespace) -> int:
    if args.config_dir:
        paths.set_config_dir(args.config_dir)
    if getattr(args, "self_check", False):
        from volgui.self_check import run_self_check

        return run_self_check(args)
    app = create_application([sys.argv[0]], color_scheme=getattr(args, "color_scheme", "auto"))
    from volgui.ui.window import crash

    crash.install(app)  # unexpected errors: a dialog with "Copy details" and the log file
    window = build_window(args.host, args.context)
    window.show()
    tune_runtime()
    code = app.exec()
    return finish(code)


def finish(code: int) -> int:
    """Leave even when an engine call is stuck in a worker (a hung engine cannot be interrupted).

    Every worker was asked to stop when the window closed; a thread still blocked in a socket
    read would make Qt abort ("QThread: Destroyed while thread is still running"), so exit
    without running destructors in that case — settings were already saved.
    """
    from volgui.workers.registry import live_threads

    if live_threads():
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
