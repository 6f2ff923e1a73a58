"""The app survives an engine that stops, comes back, is slow or hangs."""

import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Slot

from slow_proxy import SlowProxy
from volgui.engine.health import Pinger
from volgui.engine.streams import events as events_module
from volgui.ui.window.main_window import MainWindow
from volgui.workers.heartbeat import HeartbeatThread
from volgui.workers.registry import live_threads
from volgui.workers.session import EngineSession

pytestmark = pytest.mark.integration


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    @Slot()
    def bump(self, *args):
        self.count += 1


def make_window(qtbot, host, timeout=30.0):
    session = EngineSession(host=host, timeout=timeout)
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.start()
    window.show()
    return window


def test_engine_stopped_and_started_again(qtbot, restartable_engine):
    window = make_window(qtbot, restartable_engine.host)
    resyncs = Counter()
    window.session.resync_needed.connect(resyncs.bump)
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=10000)
    qtbot.waitUntil(lambda: resyncs.count >= 1, timeout=10000)

    restartable_engine.stop()
    qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=15000)
    assert window.banner.isVisible()
    assert "reconnecting" in window.session.state.message
    before = resyncs.count

    restartable_engine.start()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=30000)
    qtbot.waitUntil(lambda: resyncs.count > before, timeout=10000)
    assert not window.banner.isVisible()
    window.close()


def test_hung_engine_times_out_with_clear_message(qtbot, tmp_path, engine_host):
    proxy = SlowProxy(str(tmp_path / "hung.sock"), engine_host.removeprefix("unix://"), mode="stall")
    try:
        beats = Counter()
        heartbeat = QTimer()
        heartbeat.setInterval(20)
        heartbeat.timeout.connect(beats.bump)
        heartbeat.start()
        window = make_window(qtbot, proxy.host, timeout=1.5)
        qtbot.waitUntil(lambda: window.session.state.phase == "disconnected", timeout=10000)
        heartbeat.stop()
        assert "did not answer in time" in window.session.state.message
        # the event loop kept running while the engine hung
        assert beats.count > 10
        window.close()
    finally:
        proxy.close()


def test_slow_engine_still_connects(qtbot, tmp_path, engine_host):
    proxy = SlowProxy(str(tmp_path / "slow.sock"), engine_host.removeprefix("unix://"), mode="delay",
                      delay=0.2)
    try:
        window = make_window(qtbot, proxy.host, timeout=10)
        qtbot.waitUntil(lambda: window.session.state.connected, timeout=15000)
        assert window.session.state.info.product == "Docker Engine"
        window.close()
    finally:
        proxy.close()


def test_closing_while_a_ping_waits_on_a_slow_engine_joins_the_heartbeat(qtbot, tmp_path, engine_host,
                                                                        monkeypatch):
    """Close while the heartbeat's ping waits for a held answer, and the thread is slow to unwind
    after its socket is shut (as on a loaded machine, where this once outlived close): closing the
    window returns with no heartbeat left running."""
    proxy = SlowProxy(str(tmp_path / "slow.sock"), engine_host.removeprefix("unix://"), mode="delay",
                      delay=0.2)
    in_flight, unwound = threading.Event(), threading.Event()
    real_ping = Pinger.ping

    def ping(pinger):
        in_flight.set()
        try:
            return real_ping(pinger)
        except Exception:
            # a starved thread: it runs on only well after the close shut its socket (longer than
            # the second each of the three threads used to be given)
            threading.Event().wait(5.0)
            unwound.set()
            raise

    try:
        window = make_window(qtbot, proxy.host, timeout=10)
        qtbot.waitUntil(lambda: window.session.state.connected, timeout=15000)
        proxy.set_mode("delay", 60.0)  # answers held far beyond the ping's timeout
        in_flight.clear()
        monkeypatch.setattr(Pinger, "ping", ping)
        qtbot.waitUntil(in_flight.is_set, timeout=15000)
        window.close()
        assert unwound.is_set()  # the ping was in flight and was abandoned by the close
        assert not [t for t in live_threads() if isinstance(t, HeartbeatThread)]
    finally:
        proxy.close()
    # the list requests and the events stream still waiting on held answers end with the proxy
    qtbot.waitUntil(lambda: not live_threads(), timeout=30000)


def test_closing_while_the_events_stream_and_a_request_wait_on_a_hung_engine(qtbot, tmp_path, engine_host,
                                                                             monkeypatch):
    """The engine stops answering while the events stream reconnects and while a request runs: closing
    the window abandons both engine calls (their sockets are shut) and joins every session thread,
    while the engine still holds its answers; neither call is waited for."""
    proxy = SlowProxy(str(tmp_path / "hung.sock"), engine_host.removeprefix("unix://"))
    events_held, request_sent = threading.Event(), threading.Event()
    abandoned = []
    real_open_client = events_module.open_client

    def open_client_then_hang(spec, timeout):
        api = real_open_client(spec, timeout)
        proxy.set_mode("stall")  # the events request that follows is never answered
        events_held.set()
        return api

    def list_containers(engine):
        request_sent.set()
        try:
            return engine.api.containers(all=True)
        except Exception as exc:
            abandoned.append(exc)
            raise

    try:
        # no client timeout ends a held call: only the close can
        window = make_window(qtbot, proxy.host, timeout=3600)
        session = window.session
        # connected, and the first lists loaded (the request worker is serial: ours runs next)
        qtbot.waitUntil(lambda: session.state.connected and not session.requests.busy, timeout=15000)
        monkeypatch.setattr(events_module, "open_client", open_client_then_hang)
        session._restart_events()  # as after the engine answers again: a new events subscription
        qtbot.waitUntil(events_held.is_set, timeout=15000)
        request = session.submit(list_containers, label="List", always=True)
        qtbot.waitUntil(request_sent.is_set, timeout=15000)
        window.close()
        assert not window.isVisible()
        assert proxy.mode == "stall"  # the engine still holds both answers
        assert not live_threads()  # events stream, request worker and heartbeat joined
        assert abandoned  # the request's engine call was ended by the close, not answered
        assert request.result is None and request.cancelled
    finally:
        proxy.close()


def test_closing_lets_a_cancelled_operation_put_back_what_it_changed(qtbot, engine_host):
    """A cancel at close is an operation's cue to undo its change through the engine (as a re-create
    does): its engine calls are not cut while it does — only after the grace — and every session
    thread has ended when the window is closed."""
    from volgui.engine.errors import Cancelled

    started, done = threading.Event(), []

    def change_then_undo(engine, cancel, progress):
        cancelled = threading.Event()
        cancel.on_cancel(cancelled.set)
        done.append("changed")
        started.set()
        assert cancelled.wait(60)  # the person closes the window here
        done.append(("put back", engine.api.ping()))  # a new call through the engine
        raise Cancelled()

    window = make_window(qtbot, engine_host)
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=15000)
    request = window.session.submit(change_then_undo, label="Re-create", with_progress=True, always=True)
    qtbot.waitUntil(started.is_set, timeout=15000)
    window.close()
    assert done == ["changed", ("put back", True)]
    assert request.cancelled and not live_threads()
