"""What a screen reader's queries cost: the text interface of the terminal and the logs view.

    .venv/bin/python benchmarks/accessible_text.py [--repeat 200]

A full 200×50 terminal and a logs view holding 100 000 lines (a screenful shown) answer the
queries a reader makes when it reads a line: characterCount, text(0, n), cursorPosition, and
characterRect — cold (right after the text changed) and warm (the lines kept from the last
query). Also the price of the announcer in a flood: appending 100 000 lines in batches of 500
with and without it. Prints a JSON report (medians, milliseconds). Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from volgui.engine.streams.log_lines import LogLine
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import TerminalWidget
from volgui.ui.views.accessible_text import install_factory
from volgui.ui.views.log_text import LogTextView


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 3)


def read_line(widget, cold: bool):
    """One line read as a reader reads it; ``cold``: right after the view's text changed (the
    lines are made again), else within the short time they are kept."""
    text = QAccessible.queryAccessibleInterface(widget).textInterface()

    def query():
        if cold:
            widget.text_changed.emit()
        n = text.characterCount()
        text.text(0, n)
        text.characterRect(text.cursorPosition())
    return query


def flood(announce: bool) -> float:
    view = LogTextView()
    view.resize(800, 600)
    view.show()
    view.announcer.enabled = announce
    batches = [[(1, "", f"line {b * 500 + i} " + "x" * 60) for i in range(500)] for b in range(200)]
    start = time.perf_counter()
    for batch in batches:
        view.append_lines(batch)
    spent = time.perf_counter() - start
    view.close()
    return round(spent * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    install_factory()
    terminal = TerminalWidget(Terminal(200, 50))
    terminal.resize(terminal.sizeHint())
    terminal.show()
    terminal.resize(int(200 * terminal.cell_size()[0] + 6), int(50 * terminal.cell_size()[1] + 6))
    terminal.feed(b"".join(b"%04d " % i + b"y" * 190 + b"\r\n" for i in range(60)))
    terminal.flush()
    logs = LogTextView()
    logs.resize(1200, 800)
    logs.show()
    logs.append_lines([LogLine(1, "", f"line {i} " + "z" * 100) for i in range(100_000)])
    app.processEvents()
    report = {
        "terminal_read_cold_ms": median_ms(read_line(terminal, True), args.repeat),
        "terminal_read_warm_ms": median_ms(read_line(terminal, False), args.repeat),
        "terminal_chars": QAccessible.queryAccessibleInterface(terminal).textInterface().characterCount(),
        "logs_read_cold_ms": median_ms(read_line(logs, True), args.repeat),
        "logs_read_warm_ms": median_ms(read_line(logs, False), args.repeat),
        "logs_chars": QAccessible.queryAccessibleInterface(logs).textInterface().characterCount(),
        "flood_100k_with_announcer_ms": flood(True),
        "flood_100k_without_announcer_ms": flood(False),
        "load": os.getloadavg()[0],
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
