"""The main window starts, shows the engine's state, and shuts its threads down."""

import pytest

from volgui.app import build_window
from volgui.workers.registry import live_threads


def test_no_engine_shows_not_connected_with_retry(qtbot, tmp_path):
    window = build_window(host=f"unix://{tmp_path}/absent.sock")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=5000)
    assert window.banner.isVisible()
    assert "absent.sock" in window.banner.detail.text()
    assert window.status_widget.retry.isVisible()
    assert window.status_widget.text.text().startswith("Not connected")
    window.close()
    assert live_threads() == []


ENGINE_ACTIONS = ("Open terminal", "Browse files…", "Back up…", "Restore…", "Clone…", "New volume…")


def toolbar_when(qtbot, host: str, ready) -> dict[str, bool]:
    """The toolbar as a person sees it once ``ready(state)``: each action's text (without its
    mnemonic) and whether it can be clicked."""
    window = build_window(host=host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: ready(window.session.state), timeout=5000)
    toolbar = window.context.toolbar
    shown = {a.text().replace("&", ""): toolbar.widgetForAction(a).isEnabled()
             for a in toolbar.actions() if a.text() and toolbar.widgetForAction(a) is not None}
    window.close()
    return shown


def test_no_engine_leaves_no_engine_action_clickable(qtbot, tmp_path):
    shown = toolbar_when(qtbot, f"unix://{tmp_path}/absent.sock", lambda s: s.phase == "disconnected")
    assert set(ENGINE_ACTIONS) <= set(shown)
    assert not any(shown.values()), shown


@pytest.mark.integration
def test_engine_actions_become_clickable_when_connected(qtbot, engine_host):
    shown = toolbar_when(qtbot, engine_host, lambda s: s.connected)
    assert all(shown[name] for name in ENGINE_ACTIONS), shown


@pytest.mark.integration
def test_connected_engine_is_shown_with_version(qtbot, engine_host):
    window = build_window(host=engine_host)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=5000)
    text = window.status_widget.text.text()
    assert "Docker Engine" in text and "API 1." in text and engine_host in text
    assert not window.banner.isVisible()
    assert not window.status_widget.retry.isVisible()
    window.close()  # shutdown waits at most a second per thread
    assert live_threads() == []


def test_window_geometry_is_saved(qtbot, config_dir):
    window = build_window(host="unix:///nonexistent/x.sock")
    qtbot.addWidget(window)
    window.show()
    window.resize(max(window.minimumSizeHint().width(), 700), 540)  # the offscreen screen is 800 wide
    qtbot.waitUntil(lambda: window.height() == 540)
    saved = window.size()
    window.close()
    window2 = build_window(host="unix:///nonexistent/x.sock")
    qtbot.addWidget(window2)
    window2.show()
    assert window2.size() == saved
    window2.close()
