"""A terminal's output reaches the screen by one route (the widget pulls from its source in bounded
pieces), and the tab reads the container's exit code from an engine event."""

from __future__ import annotations

from volgui.engine.streams.events import EngineEvent
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import LOW_WATER, PULL_BYTES, TerminalWidget
from volgui.ui.features.terminal.tab import TerminalTab
from volgui.workers.session import EngineSession


def test_widget_pulls_its_source_in_bounded_pieces_until_it_is_empty(qtbot):
    view = TerminalWidget(Terminal(80, 24))
    qtbot.addWidget(view)
    view.resize(640, 300)
    view.show()
    lines = [f"line {i:07d}\r\n".encode() for i in range(200_000)]  # 2.6 MB: more than LOW_WATER
    pending = [b"".join(lines[i:i + 1000]) for i in range(0, len(lines), 1000)]
    limits = []

    def take(limit: int) -> bytes:
        limits.append(limit)
        out = b""
        while pending and len(out) + len(pending[0]) <= limit:
            out += pending.pop(0)
        return out

    view.source = take
    view.output_waiting()
    qtbot.waitUntil(lambda: not pending and not view.terminal.has_pending(), timeout=30000)
    assert set(limits) == {PULL_BYTES}
    assert view.terminal.pending == 0 and view.terminal.chars_done > LOW_WATER
    view.flush()
    assert view.visible_text()[-2] == "line 0199999"


def test_a_die_event_after_a_plain_exit_reports_the_containers_exit_code(qtbot):
    session = EngineSession(host="unix:///nonexistent/docker.sock")
    try:
        tab = TerminalTab(session, "c0ffee", "term")  # not connected: no stream is started
        qtbot.addWidget(tab)
        assert tab.state == "failed"
        tab._set_state("exited", "The shell exited with code 137.")
        session.event_received.emit(EngineEvent("container", "die", "c0ffee", (("exitCode", "137"),)))
        assert tab.state == "stopped"
        assert "term stopped (exit code 137)" in tab.message.text()
    finally:
        session.shutdown()
