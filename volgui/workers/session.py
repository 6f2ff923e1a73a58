"""One engine session: its request worker, its events thread and its connection state.

The GUI talks to an engine only through a session. The session connects in the background,
reports ``state_changed`` (connecting / connected with the engine's version / disconnected
with what was tried), forwards engine events, and asks for a reload after every gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.client import Engine, EngineInfo
from volgui.engine.connection import ConnectionSpec, resolve
from volgui.engine.errors import EngineError
from volgui.engine.streams.events import StreamState
from volgui.workers.requests import Request, RequestWorker
from volgui.workers.streams import EventsThread


@dataclass(frozen=True)
class SessionState:
    phase: str  # "connecting", "connected", "disconnected"
    info: EngineInfo | None = None
    message: str = ""

    @property
    def connected(self) -> bool:
        return self.phase == "connected"


def _probe(engine: Engine) -> tuple[ConnectionSpec, EngineInfo]:
    return engine.spec, engine.info


class EngineSession(QObject):
    state_changed = Signal(object)  # SessionState
    event_received = Signal(object)  # EngineEvent
    resync_needed = Signal()

    def __init__(self, host: str | None = None, context: str | None = None, env=None,
                 timeout: float = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host, self._context, self._env = host, context, env
        self._timeout = timeout
        self._specs: list[ConnectionSpec] = []
        self._resolve_error: EngineError | None = None
        self._resolve()
        self.requests = RequestWorker(self._connect, name="volgui-requests")
        self._events: EventsThread | None = None
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
        self._probe_request = self.requests.submit(_probe, label="Connect")
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
        self._set_state(SessionState("connected", info=info))
        self._start_events(spec)

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
        self.event_received.emit(event)

    @Slot(object)
    def _on_stream_state(self, st: StreamState) -> None:
        if st.connected:
            if not self.state.connected:
                # back after a gap: refresh the version (the engine may have been upgraded)
                self._probe_request = self.requests.submit(_probe, label="Reconnect")
                self._probe_request.succeeded.connect(self._on_probe_ok)
                self._probe_request.failed.connect(self._on_probe_failed)
            if st.resync:
                self.resync_needed.emit()
        else:
            info = self.state.info
            self._set_state(SessionState(
                "disconnected", info=info,
                message=f"{st.message} — reconnecting automatically…"))

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

    def shutdown(self, timeout_ms: int = 1000) -> None:
        """End every thread of this session (within about a second)."""
        self._closed = True
        self._retry_timer.stop()
        if self._probe_request is not None:
            self._probe_request.cancel()
        if self._events is not None:
            self._events.stop(timeout_ms)
            self._events = None
        self.requests.shutdown(timeout_ms)
