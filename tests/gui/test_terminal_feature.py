"""The terminal feature in the main window: action, tabs in bottom_tabs, close ends the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from volgui.app import build_window
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import TerminalWidget
from volgui.ui.features.terminal.feature import open_terminal
from volgui.ui.features.terminal.tab import TerminalTab, docker_cli_args
from volgui.workers.registry import live_threads


def test_widget_paints_selects_copies_and_pastes(qtbot):
    view = TerminalWidget(Terminal(80, 24))
    qtbot.addWidget(view)
    view.resize(640, 300)
    view.show()
    rows = b"".join(b"\x1b[1;31mred\x1b[0m plain \x1b[7mrev\x1b[0m %d\r\n" % i for i in range(100))
    view.feed(rows + b"$ ")
    qtbot.waitUntil(lambda: not view.terminal.has_pending())
    assert view.grab().width() == 640  # paints without error
    sent = []
    view.input_ready.connect(sent.append)
    view.select_all()
    assert "red plain rev" in view.selected_text()
    view.paste_text("echo hi\n")
    assert sent[-1] == b"echo hi\r"
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert sent[-1] == b"\x03"
    top = view.visible_text()[0]
    view.scroll_rows(10)
    assert int(view.visible_text()[0].split()[-1]) == int(top.split()[-1]) - 10
    view.scroll_rows(-1000)
    assert view.visible_text()[-1] == "$"


def test_docker_cli_args_for_the_system_terminal():
    class Spec:
        host = "tcp://h:2376"
        tls = None

    args = docker_cli_args(Spec(), "abc", "sh")
    assert args == ["docker", "-H", "tcp://h:2376", "exec", "-it", "abc", "sh"]


@pytest.mark.integration
def test_open_terminal_adds_a_tab_and_closing_it_ends_the_session(qtbot, engine_host, docker_api,
                                                                    test_image, prefix):
    c = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}feat",
                                    labels={"volgui.test": "1"})
    docker_api.start(c["Id"])
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    feature = window.context.features.terminal_feature
    assert feature.open_action in window.toolbar.actions()
    tab = open_terminal(window.context, c["Id"], name="feat")
    tab2 = open_terminal(window.context, c["Id"], command="sh", name="feat")
    assert window.bottom_tabs.indexOf(tab) >= 0 and window.bottom_tabs.indexOf(tab2) >= 0
    qtbot.waitUntil(lambda: tab.state == "running" and tab2.state == "running", timeout=10000)
    index = window.bottom_tabs.indexOf(tab)
    assert window.bottom_tabs.tabText(index) == "feat — sh"
    window.bottom_tabs.tabCloseRequested.emit(index)
    assert window.bottom_tabs.indexOf(tab) < 0
    assert all(isinstance(t, TerminalTab) for t in feature.tabs) and feature.tabs == [tab2]
    window.close()  # ends the remaining terminal too
    assert live_threads() == []
