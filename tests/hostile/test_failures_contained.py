"""When drawing or parsing still fails for some input nobody foresaw, the failure stays inside one line
or one chunk: the log view draws the line raw, the terminal skips the chunk, each logs once, and the
next output is shown."""

from __future__ import annotations

import logging

from volgui.terminal.emulator import Terminal
from volgui.ui.views import log_text
from volgui.ui.views.log_text import LogTextView


def test_a_line_that_cannot_be_styled_is_drawn_raw(qtbot, monkeypatch, caplog, hostile):
    hostile("log view: a line whose styling raises")
    view = LogTextView()
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    blank = view.grab().toImage()
    view.append_lines([(1, "", "\x1b[31mstyled but broken\x1b[0m"), (1, "", "plain line")])

    def broken(text, style=None):
        raise ValueError("a parser bug nobody foresaw")

    monkeypatch.setattr(log_text, "parse_ansi", broken)
    with caplog.at_level(logging.WARNING):
        image = view.grab().toImage()
        view.grab()
    assert view.paint_errors == 2
    assert image != blank  # both lines were drawn
    assert sum("could not be drawn" in r.getMessage() for r in caplog.records) == 1  # logged once


def test_a_chunk_the_emulator_cannot_take_is_skipped_and_output_goes_on(monkeypatch, caplog, hostile):
    hostile("terminal: a chunk whose parsing raises")
    term = Terminal(80, 24)
    real = term.stream.feed
    calls = {"n": 0}

    def feed_once_broken(text):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ValueError("a pyte bug nobody foresaw")
        real(text)

    monkeypatch.setattr(term.stream, "feed", feed_once_broken)
    with caplog.at_level(logging.WARNING):
        term.feed(b"\x1b[2Jlost\r\n")
        assert term.process()
        term.feed(b"\x1b[Hshown after\r\n")
        assert term.process()
    assert term.errors == 1
    assert term.screen.display[0].rstrip() == "shown after"
    assert sum("could not be parsed" in r.getMessage() for r in caplog.records) == 1
