"""The engine's events as typed values, with reconnection and resync signalling.

``EventStream.run(sink)`` blocks, delivering ``EngineEvent``s and ``StreamState`` changes to
``sink`` until ``close()`` is called from another thread; ``close()`` shuts every connection the
stream has open, so ``run`` returns at once even while the engine holds an answer (to its
``/version`` or to the events request itself). After any gap (first connect, engine restart,
network drop) it delivers ``StreamState(connected=True, resync=True)``: the events stream only
replays the last 256 events, so the consumer must reload.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from volgui.engine.abort import ConnectionAbort
from volgui.engine.connection import ConnectionSpec, open_client
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, from_docker


@dataclass(frozen=True)
class EngineEvent:
    type: str  # container, volume, image, network, …
    action: str  # create, start, die, destroy, mount, …
    id: str
    attributes: tuple[tuple[str, str], ...] = ()
    time: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def name(self) -> str:
        return dict(self.attributes).get("name", "")

    @property
    def base_action(self) -> str:
        """``exec_start: sh`` → ``exec_start``; ``health_status: healthy`` → ``health_status``."""
        return self.action.split(":", 1)[0].strip()


@dataclass(frozen=True)
class StreamState:
    connected: bool
    resync: bool = False
    message: str = ""


def parse_event(raw: dict) -> EngineEvent | None:
    etype = raw.get("Type") or raw.get("type")
    action = raw.get("Action") or raw.get("status") or ""
    if not etype:
        return None
    actor = raw.get("Actor") or {}
    attrs = actor.get("Attributes") or {}
    ident = actor.get("ID") or raw.get("id") or ""
    nano = raw.get("timeNano")
    when = datetime.fromtimestamp(nano / 1e9, UTC) if nano else datetime.now(UTC)
    return EngineEvent(etype, action, ident, tuple(sorted((str(k), str(v)) for k, v in attrs.items())), when)


RELEVANT_TYPES = ("container", "volume", "image", "network", "service", "node")


class EventStream:
    """A long-lived events subscription that survives engine restarts."""

    def __init__(self, spec: ConnectionSpec, *, backoff: tuple[float, ...] = (0.2, 0.5, 1, 2, 5)) -> None:
        self.spec = spec
        self._backoff = backoff
        self._closed = threading.Event()
        self._abort = ConnectionAbort()  # the connections run() opens, shut by close()
        self._lock = threading.Lock()
        self._stream = None
        self._api = None

    def close(self) -> None:
        """Callable from any thread; ``run`` returns promptly."""
        self._closed.set()
        self._abort.abort()
        with self._lock:
            stream, api = self._stream, self._api
        if stream is not None:
            try:
                stream.close()
            except Exception:
                pass
        if api is not None:
            try:
                api.close()
            except Exception:
                pass

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def run(self, sink: Callable[[EngineEvent | StreamState], None]) -> None:
        with self._abort.scope():
            self._run(sink)

    def _run(self, sink: Callable[[EngineEvent | StreamState], None]) -> None:
        attempt = 0
        connected = False
        while not self._closed.is_set():
            try:
                self._subscribe()
                attempt = 0
                connected = True
                sink(StreamState(True, resync=True))
                for raw in self._stream:
                    if self._closed.is_set():
                        break
                    event = parse_event(raw)
                    if event is not None and event.type in RELEVANT_TYPES:
                        sink(event)
                if self._closed.is_set():
                    break
                raise EngineError(ConnectionErrors.tr("The engine closed the events stream."))
            except Exception as exc:  # any failure means: gap, reconnect
                if self._closed.is_set():
                    break
                err = exc if isinstance(exc, EngineError) else from_docker(exc, host=self.spec.host)
                if connected or attempt == 0:
                    sink(StreamState(False, message=err.message))
                connected = False
                self._drop()
                delay = self._backoff[min(attempt, len(self._backoff) - 1)]
                attempt += 1
                self._closed.wait(delay)
        self._drop()

    def _subscribe(self) -> None:
        api = open_client(self.spec, timeout=10)
        with self._lock:
            self._api = api
        if self._closed.is_set():
            raise EngineError(ConnectionErrors.tr("The events stream was closed."))
        # The stream must never time out while idle.
        api.timeout = None
        since = int(time.time())
        stream = api.events(decode=True, since=since)
        with self._lock:
            self._stream = stream
        if self._closed.is_set():
            stream.close()

    def _drop(self) -> None:
        with self._lock:
            stream, api = self._stream, self._api
            self._stream = self._api = None
        for obj in (stream, api):
            if obj is not None:
                try:
                    obj.close()
                except Exception:
                    pass
