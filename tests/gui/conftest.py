"""Fixtures shared by the GUI tests."""

import pytest

from volgui.app import build_window


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    """The real main window, connected to the private engine (closed afterwards)."""
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=10000)
    yield win
    win.close()
