"""The QApplication, the main window on its engines, and a clean exit.

Shared by ``volgui.app`` (the normal start) and ``volgui.self_check`` (``--self-check``), and used by
the tests and the benchmarks through ``volgui.app``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from volgui import APP_ID, APP_NAME, __version__, paths
from volgui.engine.prefetch import Prefetch
from volgui.engine.profiles import ProfileStore
from volgui.ui.window.appearance import apply_color_scheme, ensure_style, install_translators
from volgui.ui.window.icons import app_icon
from volgui.ui.window.main_window import MainWindow
from volgui.workers.engines import EngineManager
from volgui.workers.prefetch import PrefetchRelay
from volgui.workers.registry import live_threads


def create_application(argv: list[str] | None = None, color_scheme: str = "auto") -> QApplication:
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


def build_window(host: str | None = None, context: str | None = None,
                 prefetch: Prefetch | None = None) -> MainWindow:
    """The engines, the main window and the first engine's session, started.

    ``window.session`` is the active-engine facade (the API of an EngineSession);
    ``window.engines`` is the EngineManager behind it. Used by ``run`` and by the tests.
    ``prefetch`` (started for ``host`` / ``context`` by the entry point) fills the views before
    the session is connected, when the engine shown first is the one it asked.
    """
    manager = EngineManager(ProfileStore(paths.config_dir() / "engines.json"), host=host, context=context)
    window = MainWindow(manager.active)
    manager.setParent(window)
    last = window.settings.value("engines/last")
    first = manager.initial_key
    if not host and not context and isinstance(last, str) and manager.profile(last) is not None:
        first = last  # the engine shown when the app was last closed
    if prefetch is not None and first == manager.initial_key:
        manager.hold_starts()  # connect once the prefetched lists are shown (or the prefetch failed)
        window.prefetch_wait.timeout.connect(manager.release_starts)
        window.prefetch_wait.start()
        relay = PrefetchRelay(prefetch, window)
        relay.finished.connect(window.show_prefetched)
        manager.activate(first)
        relay.listen()
    else:
        manager.activate(first)
    return window


def finish(code: int) -> int:
    """Leave even when an engine call is stuck in a worker (a hung engine cannot be interrupted).

    Every worker was asked to stop when the window closed; a thread still blocked in a socket
    read would make Qt abort ("QThread: Destroyed while thread is still running"), so exit
    without running destructors in that case — settings were already saved.
    """
    if live_threads():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
