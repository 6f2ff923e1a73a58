"""Builds the QApplication and the main window, and runs the event loop."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from volgui import APP_ID, APP_NAME, __version__, paths


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("volgui")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("volgui")
    app.setDesktopFileName(APP_ID)
    return app


def build_window(host: str | None = None, context: str | None = None):
    """The session and main window, started; used by ``run`` and by the tests."""
    from volgui.ui.main_window import MainWindow
    from volgui.workers.session import EngineSession

    session = EngineSession(host=host, context=context)
    window = MainWindow(session)
    session.start()
    return window


def run(args: argparse.Namespace) -> int:
    if args.config_dir:
        paths.set_config_dir(args.config_dir)
    app = create_application([sys.argv[0]])
    window = build_window(args.host, args.context)
    window.show()
    return app.exec()
