"""Engine health as a person sees it: a hung engine is shown as not answering (and since when),
an action says so at once, and what changed meanwhile appears once it answers; a slow engine is
shown as slow; a restarted engine's views show what happened while it was down.

The hang is made by ``tests/slow_proxy.py`` in front of the private engine (requests are held,
not refused); the restart uses a private engine of the test's own (``restartable_engine``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from slow_proxy import SlowProxy
from volgui.app import build_window
from volgui.models.engine_list import HEALTH_ROLE
from volgui.ui.window.main_window import MainWindow
from volgui.workers.registry import live_threads
from volgui.workers.session import EngineSession

pytestmark = pytest.mark.integration

SERVE = ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]


@pytest.fixture
def proxy(tmp_path, engine_host):
    p = SlowProxy(str(tmp_path / "engine.sock"), engine_host.removeprefix("unix://"), mode="pass")
    yield p
    p.close()


@pytest.fixture
def window(qtbot, proxy, docker_api):
    win = build_window(host=proxy.host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected and win.container_model.loaded, timeout=20000)
    yield win
    proxy.set_mode("pass")  # let every thread finish what it waits for
    ctl = win.context.features.actions_controller
    if ctl.error_box is not None:
        ctl.error_box.close()
    if ctl.dialog is not None:
        ctl.dialog.reject()
    win.close()


def sidebar_row(window):
    panel = window.context.features.engines_panel
    model = panel.model
    return model.index(model.row_of(window.session.manager.active_key))


def container_state(window, cid: str) -> str:
    c = window.container_model.object(cid)
    return c.state if c is not None else ""


def test_hang_is_shown_actions_say_so_and_changes_appear_after(qtbot, window, proxy, docker_api,
                                                              test_image, prefix):
    c = docker_api.create_container(test_image, SERVE, name=f"{prefix}serving")
    cid = c["Id"]
    docker_api.start(cid)
    qtbot.waitUntil(lambda: container_state(window, cid) == "running", timeout=20000)
    qtbot.waitUntil(lambda: not window.session.current.requests.busy, timeout=20000)
    ctl = window.context.features.actions_controller
    ctl.create_volume_action.trigger()  # the person opens the dialog, then the engine hangs
    dialog = ctl.dialog

    proxy.set_mode("stall")
    # the window says so within 10 s: status bar, banner and the Engines sidebar
    qtbot.waitUntil(lambda: "Not answering since" in window.status_widget.text.text(), timeout=10000)
    assert window.banner.isVisible()
    assert "not answering since" in window.banner.title.text()
    assert "may be out of date" in window.banner.detail.text()
    row = sidebar_row(window)
    assert row.data(HEALTH_ROLE) == "not answering"
    assert row.data().endswith("\nnot answering")
    tooltip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "State: not answering since" in tooltip and "Last error:" in tooltip
    # the rows stay readable
    assert window.containers_view.tree.isEnabled()
    assert container_state(window, cid) == "running"
    assert not ctl.create_volume_action.isEnabled()

    # meanwhile, on the engine itself (not through the hung path)
    docker_api.create_volume(f"{prefix}made-while-hung")
    docker_api.stop(cid, timeout=10)

    # an action asked for now fails at once, saying why (not after the 30 s timeout)
    name = f"{prefix}asked-while-hung"
    dialog.name_edit.setText(name)
    dialog.accept()
    request = ctl.last_request
    qtbot.waitUntil(lambda: request.done, timeout=3000)
    assert request.error is not None
    assert "has not answered since" in request.error.message
    qtbot.waitUntil(lambda: ctl.error_box is not None and ctl.error_box.isVisible(), timeout=3000)
    assert "has not answered since" in ctl.error_box.text()
    ctl.error_box.close()
    assert name not in {v["Name"] for v in docker_api.volumes()["Volumes"] or []}

    # it answers again: within 5 s the views show what happened while it hung
    proxy.set_mode("pass")
    qtbot.waitUntil(lambda: window.volume_model.row_of(f"{prefix}made-while-hung") >= 0
                    and container_state(window, cid) == "exited", timeout=5000)
    qtbot.waitUntil(lambda: window.status_widget.text.text().startswith("Connected"), timeout=5000)
    assert not window.banner.isVisible()
    assert sidebar_row(window).data(HEALTH_ROLE) == "connected"
    assert ctl.create_volume_action.isEnabled()


def test_slow_engine_is_shown_as_slow_not_as_an_error(qtbot, window, proxy):
    proxy.set_mode("delay", delay=1.5)  # answers, after 1.5 s (below the heartbeat's 3 s timeout)
    qtbot.waitUntil(lambda: window.status_widget.text.text().startswith("Slow"), timeout=15000)
    assert window.session.state.connected
    assert not window.banner.isVisible()
    assert sidebar_row(window).data(HEALTH_ROLE) == "slow"
    assert sidebar_row(window).data().endswith("\nslow")
    assert "State: slow (answers in" in sidebar_row(window).data(Qt.ItemDataRole.ToolTipRole)
    proxy.set_mode("pass")
    qtbot.waitUntil(lambda: window.status_widget.text.text().startswith("Connected"), timeout=15000)


def test_restarted_engine_views_show_what_changed_while_it_was_down(qtbot, restartable_engine, test_image,
                                                                   prefix):
    restartable_engine.ensure_test_image()
    api = restartable_engine.api()
    try:
        c = api.create_container(test_image, SERVE, name=f"{prefix}dies-with-engine")
        cid = c["Id"]
        api.start(cid)
    finally:
        api.close()
    session = EngineSession(host=restartable_engine.host)
    win = MainWindow(session)
    qtbot.addWidget(win)
    session.start()
    win.show()
    qtbot.waitUntil(lambda: container_state(win, cid) == "running", timeout=20000)

    restartable_engine.stop()
    qtbot.waitUntil(lambda: win.session.state.phase == "disconnected", timeout=15000)
    assert win.banner.isVisible()
    restartable_engine.start()
    api = restartable_engine.api()
    try:
        api.create_volume(f"{prefix}made-after-restart")  # right away: before or after the app is back
        qtbot.waitUntil(lambda: win.session.state.connected, timeout=30000)
        qtbot.waitUntil(lambda: container_state(win, cid) == "exited"
                        and win.volume_model.row_of(f"{prefix}made-after-restart") >= 0, timeout=5000)
        assert not win.banner.isVisible()
    finally:
        api.close()
        win.close()
    assert live_threads() == []
