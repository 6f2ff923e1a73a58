"""An engine that hangs *after* the app connected: actions time out with a message a person sees,
the window keeps running meanwhile, nothing is half done, and the app works again once the
engine answers.

The hang is made by ``tests/slow_proxy.py`` in front of the private engine, switched to
``"stall"`` while the window is connected: requests are held in the proxy, so the engine never
sees an action that timed out.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer, Slot

from slow_proxy import SlowProxy
from volgui.ui.window.main_window import MainWindow
from volgui.workers.session import EngineSession

pytestmark = pytest.mark.integration

SERVE = ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
TIMEOUT = 5.0  # the client's timeout: a normal request through the proxy takes milliseconds


class Heartbeat(QObject):
    """Counts event-loop turns of the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.beats = 0
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    @Slot()
    def _beat(self) -> None:
        self.beats += 1


@pytest.fixture
def proxy(tmp_path, engine_host):
    p = SlowProxy(str(tmp_path / "engine.sock"), engine_host.removeprefix("unix://"), mode="pass")
    yield p
    p.close()


@pytest.fixture
def window(qtbot, proxy, docker_api):
    session = EngineSession(host=proxy.host, timeout=TIMEOUT)
    win = MainWindow(session)
    qtbot.addWidget(win)
    session.start()
    win.show()
    qtbot.waitUntil(lambda: win.session.state.connected, timeout=20000)
    yield win
    proxy.set_mode("pass")  # let the threads finish whatever they wait for
    ctl = win.context.features.actions_controller
    if ctl.dialog is not None:
        ctl.dialog.reject()
    if ctl.error_box is not None:
        ctl.error_box.close()
    win.close()


def create_volume(qtbot, window, name: str):
    ctl = window.context.features.actions_controller
    qtbot.waitUntil(ctl.create_volume_action.isEnabled, timeout=20000)
    ctl.create_volume_action.trigger()
    dialog = ctl.dialog
    dialog.name_edit.setText(name)
    assert dialog.ok_button.isEnabled()
    previous = ctl.last_request
    dialog.accept()
    assert ctl.last_request is not previous
    return ctl.last_request


def volume_names(api) -> set[str]:
    return {v["Name"] for v in api.volumes()["Volumes"] or []}


def test_action_on_a_hung_engine_times_out_then_works_again(qtbot, window, proxy, docker_api, prefix):
    name = f"{prefix}while-hung"
    ctl = window.context.features.actions_controller
    # everything the window asks for at connect time has been answered
    qtbot.waitUntil(lambda: not window.session.requests.busy, timeout=30000)
    heartbeat = Heartbeat()

    proxy.set_mode("stall")
    request = create_volume(qtbot, window, name)
    beats_at_submit = heartbeat.beats
    qtbot.waitUntil(lambda: request.done, timeout=90000)
    heartbeat.timer.stop()

    # the window kept turning its event loop while the engine did not answer
    assert heartbeat.beats > beats_at_submit
    # the person is told, in words, what happened and what it may mean
    assert request.error is not None
    message = request.error.message
    assert "did not answer in time" in message and "hung" in message
    assert ctl.error_box is not None and ctl.error_box.isVisible()
    assert message in ctl.error_box.text()
    assert "failed" in window.statusBar().currentMessage()
    log = window.context.features.activity_model.text()
    assert f"docker volume create {name}" in log
    assert "did not answer in time" in log
    # nothing was half done: the engine never saw the request
    assert name not in volume_names(docker_api)
    ctl.error_box.close()

    # the engine answers again: the same action now works and the view shows its result
    proxy.set_mode("pass")
    request = create_volume(qtbot, window, name)
    qtbot.waitUntil(lambda: request.done, timeout=60000)
    assert request.error is None, request.error
    assert name in volume_names(docker_api)
    qtbot.waitUntil(lambda: window.volume_model.row_of(name) >= 0, timeout=30000)


def test_hang_during_a_batch_action_leaves_every_container_as_it_was(qtbot, window, proxy, docker_api,
                                                                     test_image, prefix):
    """Pause on a hung engine: each container's request times out, they keep running; later it works."""
    ids = []
    for n in (1, 2):
        c = docker_api.create_container(test_image, SERVE, name=f"{prefix}hung{n}")
        docker_api.start(c["Id"])
        ids.append(c["Id"])
    qtbot.waitUntil(lambda: all((c := window.container_model.object(i)) is not None and c.state == "running"
                                for i in ids), timeout=30000)
    qtbot.waitUntil(lambda: not window.session.requests.busy, timeout=30000)
    ctl = window.context.features.actions_controller
    containers = [window.container_model.object(i) for i in ids]
    heartbeat = Heartbeat()

    proxy.set_mode("stall")
    dialog = ctl.run_verb("pause", containers)  # two containers: asks first
    dialog.accept()
    request = ctl.last_request
    beats_at_submit = heartbeat.beats
    qtbot.waitUntil(lambda: request.done, timeout=90000)
    heartbeat.timer.stop()
    assert heartbeat.beats > beats_at_submit
    assert request.error is not None or "did not answer in time" in str(request.result)
    shown = ctl.error_box.text() if ctl.error_box is not None else window.statusBar().currentMessage()
    assert "did not answer in time" in shown
    for cid in ids:
        state = docker_api.inspect_container(cid)["State"]
        assert state["Running"] and not state["Paused"]

    proxy.set_mode("pass")
    if ctl.error_box is not None:
        ctl.error_box.close()
    # the window says when the engine answers again (until then an action fails at once, saying so)
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=20000)
    dialog = ctl.run_verb("pause", containers)
    dialog.accept()
    request = ctl.last_request
    qtbot.waitUntil(lambda: request.done, timeout=60000)
    assert request.error is None, request.error
    for cid in ids:
        assert docker_api.inspect_container(cid)["State"]["Paused"]
