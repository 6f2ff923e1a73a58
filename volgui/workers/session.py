"""One engine session: its request worker, its events thread, its heartbeat and its state.

The GUI talks to an engine only through a session. The session connects in the background,
reports ``state_changed`` (connecting / connected with the engine's version, perhaps slow /
not answering since a moment / disconnected with what was tried), forwards engine events, and
asks for a reload after every gap. A gap's reload is never dropped: it waits until the session
is connected again (``resync_needed`` is emitted only while connected).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.client import Engine, EngineInfo
from volgui.engine.connection import ConnectionSpec, resolve
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present.display import not_answering_text
from volgui.engine.streams.events import StreamState
from volgui.workers.heartbeat import HeartbeatThread
from volgui.workers.registry import STOP_WAIT_MS
from volgui.workers.requests import Request, RequestWorker
from volgui.workers.streams import EventsThread


@dataclass(frozen=True)
class SessionState:
    phase: str  # "connecting", "connected", "not_answering", "disconnected"
    info: EngineInfo | None = None
    message: str = ""
    slow: bool = False  # connected, but the heartbeat's answers take longer than SLOW_S
    latency: float | None = None  # the last heartbeat's round trip, in seconds
    since: datetime | None = None  # not answering: when the first unanswered ping was sent
    last_error: str = ""  # the last failure seen (heartbeat or events stream), for tooltips

    @property
    def connected(self) -> bool:
        return self.phase == "connected"

    @property
    def health(self) -> str:
        """What the sidebar and status bar call it: connected, slow, not answering, …"""
        if self.phase == "connected":
            return "slow" if self.slow else "connected"
        return self.phase.replace("_", " ")


def _probe(engine: Engine) -> tuple[ConnectionSpec, EngineInfo]:
    return engine.spec, engine.info


class EngineSession(QObject):
    state_changed = Signal(object)  # SessionState
    event_received = Signal(object)  # EngineEvent
    resync_needed = Signal()

    HEARTBEAT_S = 3.0  # a ping every 3 s …
    PING_TIMEOUT_S = 3.0  # … unanswered after 3 s: "not answering" within about 6 s of a hang
    SLOW_S = 1.0  # answered, but slower than this: "slow"

    def __init__(self, host: str | None = None, context: str | None = None, env=None,
                 timeout: float = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host, self._context, self._env = host, context, env
        self._timeout = timeout
        self._specs: list[ConnectionSpec] = []
        self._resolve_error: EngineError | None = None
        self._resolve()
        self.requests = RequestWorker(self._connect, name="volgui-requests")
        self.requests.refusal = self._refusal
        self._events: EventsThread | None = None
        self._heartbeat: HeartbeatThread | None = None
        self._resync_pending = False
        # A ping stuck beyond its own timeout (an ssh channel that never opens) still counts as
        # unanswered: no report for this long means not answering.
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._last_report: datetime | None = None
        self._connected_spec: ConnectionSpec | None = None
        self._probe_request: Request | None = None
        self.state = SessionState("connecting")
        self._closed = False
        self._failures = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.start)

    # -- connection -------------------------------------------------------------------------
    def use_specs(self, specs: list[ConnectionSpec]) -> None:
        """Connect exactly to these (e.g. a saved TLS profile) instead of resolving host/context."""
        self._fixed_specs = list(specs)
        self._resolve()

    def _resolve(self) -> None:
        if getattr(self, "_fixed_specs", None):
            self._specs, self._resolve_error = list(self._fixed_specs), None
            return
        try:
            self._specs = resolve(self._host, self._context, self._env)
            self._resolve_error = None
        except EngineError as exc:
            self._specs, self._resolve_error = [], exc

    def _connect(self) -> Engine:
        """Runs in the request thread."""
        if self._resolve_error is not None:
            raise self._resolve_error
        if self._connected_spec is not None:
            return Engine.connect(self._connected_spec, self._timeout)
        return Engine.connect_first(self._specs, self._timeout)

    @property
    def tried(self) -> list[ConnectionSpec]:
        return list(self._specs)

    RETRY_DELAYS_MS = (2000, 5000, 10000, 30000)

    @Slot()
    def start(self) -> None:
        """Connect in the background; ``state_changed`` reports the outcome."""
        if self._closed:
            return
        self._retry_timer.stop()
        if self._probe_request is not None:
            self._probe_request.cancel()
        self._resolve()
        self._set_state(SessionState("connecting", message=self._describe_targets()))
        self._probe_request = self.requests.submit(_probe, label=ConnectionErrors.tr("Connect"), always=True)
        self._probe_request.succeeded.connect(self._on_probe_ok)
        self._probe_request.failed.connect(self._on_probe_failed)

    @Slot()
    def retry(self) -> None:
        """Try again now (the Retry button)."""
        self._failures = 0
        self.start()

    @property
    def next_retry_ms(self) -> int:
        return self._retry_timer.remainingTime() if self._retry_timer.isActive() else -1

    def _describe_targets(self) -> str:
        if self._resolve_error:
            return self._resolve_error.message
        return ", ".join(s.host for s in self._specs)

    @Slot(object)
    def _on_probe_ok(self, result) -> None:
        spec, info = result
        self._failures = 0
        self._connected_spec = spec
        self._set_state(SessionState("connected", info=info, latency=self.state.latency,
                                     last_error=self.state.last_error))
        self._start_events(spec)
        self._start_heartbeat(spec)
        self._flush_resync()

    @Slot(object)
    def _on_probe_failed(self, error: EngineError) -> None:
        if self._events is not None:
            return  # the events stream reconnects by itself and reports it
        self._set_state(SessionState("disconnected", message=error.message))
        if self._resolve_error is None and not self._closed:
            delay = self.RETRY_DELAYS_MS[min(self._failures, len(self.RETRY_DELAYS_MS) - 1)]
            self._failures += 1
            self._retry_timer.start(delay)

    def _start_events(self, spec: ConnectionSpec) -> None:
        if self._events is not None or self._closed:
            return
        self._events = EventsThread(spec)
        self._events.event_arrived.connect(self._on_event)
        self._events.state_changed.connect(self._on_stream_state)
        self._events.start()

    @Slot(object)
    def _on_event(self, event) -> None:
        if self.sender() is self._events:
            self.event_received.emit(event)

    @Slot(object)
    def _on_stream_state(self, st: StreamState) -> None:
        if self.sender() is not self._events:
            return  # a stream retired after a gap, still ending
        if st.connected:
            if st.resync:
                self._resync_pending = True
            if not self.state.connected:
                # back after a gap: refresh the version (the engine may have been upgraded)
                self._probe_request = self.requests.submit(_probe, label=ConnectionErrors.tr("Reconnect"),
                                                           always=True)
                self._probe_request.succeeded.connect(self._on_probe_ok)
                self._probe_request.failed.connect(self._on_probe_failed)
            else:
                self._flush_resync()
        else:
            self._resync_pending = True
            self._set_state(SessionState(
                "disconnected", info=self.state.info,
                message=ConnectionErrors.tr("{0} — reconnecting automatically…").format(st.message),
                last_error=st.message))

    def _flush_resync(self) -> None:
        """The reload a gap asked for, now that the engine answers (never dropped meanwhile)."""
        if self._resync_pending and self.state.connected:
            self._resync_pending = False
            self.resync_needed.emit()

    # -- heartbeat --------------------------------------------------------------------------
    def _start_heartbeat(self, spec: ConnectionSpec) -> None:
        if self._heartbeat is not None or self._closed:
            return
        info = self.state.info
        self._heartbeat = HeartbeatThread(spec, self.HEARTBEAT_S, self.PING_TIMEOUT_S,
                                          api_version=info.api_version if info is not None else "")
        self._heartbeat.answered.connect(self._on_answered)
        self._heartbeat.missed.connect(self._on_missed)
        self._heartbeat.start()
        self._arm_watchdog()

    def _arm_watchdog(self) -> None:
        self._watchdog.start(int((self.HEARTBEAT_S + self.PING_TIMEOUT_S + 2) * 1000))

    @Slot(float)
    def _on_answered(self, latency: float) -> None:
        if self.sender() is not self._heartbeat:
            return
        self._last_report = datetime.now().astimezone()
        self._arm_watchdog()
        slow = latency > self.SLOW_S
        state = self.state
        if state.phase == "not_answering":
            # it answers again: what happened meanwhile is fetched in full, and the events
            # stream (which may have died silently on a dead connection) starts afresh
            self._resync_pending = True
            self._restart_events()
            self._set_state(SessionState("connected", info=state.info, slow=slow, latency=latency,
                                         last_error=state.last_error))
            self._flush_resync()
        elif state.phase == "connected":
            if slow != state.slow:
                self._set_state(replace(state, slow=slow, latency=latency))
            else:
                self.state = replace(state, latency=latency)  # no repaint for every beat

    @Slot(object, str)
    def _on_missed(self, sent: datetime, message: str) -> None:
        if self.sender() is not self._heartbeat:
            return
        self._arm_watchdog()
        self._not_answering(sent, message)

    @Slot()
    def _on_watchdog(self) -> None:
        if self._heartbeat is None or self._closed:
            return
        self._arm_watchdog()
        since = self._last_report or datetime.now().astimezone()
        self._not_answering(since, ConnectionErrors.tr("The engine at {0} did not answer in time — it may be "
                                                       "overloaded or hung.").format(
            self.spec.host if self.spec else "?"))

    def _not_answering(self, sent: datetime, message: str) -> None:
        state = self.state
        if state.phase == "connected":
            self._resync_pending = True
            self._set_state(SessionState("not_answering", info=state.info, since=sent,
                                         message=message, last_error=message))
        elif state.phase == "not_answering" and message != state.last_error:
            self._set_state(replace(state, message=message, last_error=message))

    def _refusal(self) -> EngineError | None:
        """While the engine does not answer, a request fails at once instead of after its timeout."""
        if self.state.phase != "not_answering":
            return None
        host = self.spec.host if self.spec is not None else "?"
        return EngineError(not_answering_text(host, self.state.since), detail=self.state.last_error)

    def _restart_events(self) -> None:
        old, self._events = self._events, None
        if old is not None:
            old.retire()
        if self._connected_spec is not None:
            self._start_events(self._connected_spec)

    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- work -------------------------------------------------------------------------------
    def submit(self, fn, *args, **kwargs) -> Request:
        """Shortcut for ``session.requests.submit``."""
        return self.requests.submit(fn, *args, **kwargs)

    @property
    def spec(self) -> ConnectionSpec | None:
        return self._connected_spec

    def shutdown(self, timeout_ms: int = STOP_WAIT_MS) -> None:
        """End every thread of this session and wait until each has ended. The ping and the events
        request are abandoned at once by shutting their sockets; a running request is cancelled and
        has ``RequestWorker``'s grace (5 s) to put back what it changed before its calls are cut
        too, so a hung engine holds this up that long at most. ``timeout_ms`` is each thread's
        backstop for the unforeseen, not a wait."""
        self._closed = True
        self._retry_timer.stop()
        self._watchdog.stop()
        if self._probe_request is not None:
            self._probe_request.cancel()
        if self._heartbeat is not None:
            self._heartbeat.stop(timeout_ms)
            self._heartbeat = None
        if self._events is not None:
            self._events.stop(timeout_ms)  # its connections are shut: it cannot block once stopped
            self._events = None
        self.requests.shutdown(timeout_ms)
