"""The application side of tests/gui/test_atspi_reader.py: a terminal and a logs view, with
volgui's accessibility factory, shown on the X display with Qt's AT-SPI bridge on. Quits when
``stop`` (a path) appears or after a minute."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from volgui.engine.streams.log_lines import LogLine
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import TerminalWidget
from volgui.ui.views.accessible_text import install_factory
from volgui.ui.views.log_text import LogTextView


def main() -> int:
    stop = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("volgui-atspi-probe")
    install_factory()
    window = QWidget()
    layout = QVBoxLayout(window)
    terminal = TerminalWidget(Terminal(40, 5))
    logs = LogTextView()
    layout.addWidget(terminal)
    layout.addWidget(logs)
    window.resize(500, 400)
    window.show()
    terminal.feed(b"hello from the terminal\r\n$ ")
    logs.append_lines([LogLine(1, "", f"log line {i}") for i in range(5)])
    terminal.setFocus()
    watch = QTimer()
    watch.timeout.connect(lambda: stop.exists() and app.quit())  # GUI thread: a lambda is fine
    watch.start(100)
    QTimer.singleShot(60_000, app.quit)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
