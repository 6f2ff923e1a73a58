"""Cancellable stream threads: engine events (and the base for logs, stats, terminals).

A stream thread produces items in its own thread and emits them; receivers are QObject
methods in the GUI thread, so the calls are queued there. ``stop()`` ends it promptly.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from volgui.engine.connection import ConnectionSpec
from volgui.engine.streams.events import EngineEvent, EventStream, StreamState
from volgui.workers import registry


class StreamThread(QThread):
    """Subclasses implement ``produce()`` (blocking) and ``interrupt()`` (unblock it)."""

    failed = Signal(object)  # EngineError or Exception, when produce() raises

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._stopping = False
        registry.register(self)

    def run(self) -> None:
        try:
            self.produce()
        except Exception as exc:
            if not self._stopping:
                self.failed.emit(exc)

    def produce(self) -> None:
        raise NotImplementedError

    def interrupt(self) -> None:
        """Called from the GUI thread by stop(); must make produce() return."""

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self, timeout_ms: int = 1000) -> bool:
        self._stopping = True
        self.interrupt()
        if self.wait(timeout_ms):
            return True
        registry.keep_until_finished(self)  # the caller may drop it: never destroy a running thread
        return False

    def retire(self) -> None:
        """Stop without waiting (from the GUI thread): it ends by itself, kept until then."""
        self._stopping = True
        self.interrupt()
        registry.keep_until_finished(self)


class EventsThread(StreamThread):
    """Delivers engine events and connection state (with resync requests) as signals."""

    event_arrived = Signal(object)  # EngineEvent
    state_changed = Signal(object)  # StreamState

    def __init__(self, spec: ConnectionSpec, backoff: tuple[float, ...] = (0.2, 0.5, 1, 2, 5)) -> None:
        super().__init__("volgui-events")
        self._stream = EventStream(spec, backoff=backoff)

    def produce(self) -> None:
        self._stream.run(self._sink)

    def _sink(self, item) -> None:
        if isinstance(item, EngineEvent):
            self.event_arrived.emit(item)
        elif isinstance(item, StreamState):
            self.state_changed.emit(item)

    def interrupt(self) -> None:
        self._stream.close()
