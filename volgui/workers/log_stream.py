"""Following a container's logs off the GUI thread, in batches the GUI can always keep up with.

:class:`LogStreamThread` reads the stream on its own connection and collects lines; it signals
``lines_ready`` once when its queue goes from empty to non-empty. :class:`LogFollower` (a QObject
in the GUI thread) takes the whole queue at most every ``INTERVAL_MS`` and emits it as one list,
so a flood of a million lines costs the GUI thread ~25 small appends a second, never one event
per line. The queue holds at most ``MAX_PENDING`` lines: older ones would be dropped by the view's
ring buffer anyway, so they are dropped here (and counted).

    follower = LogFollower(parent)
    follower.lines_arrived.connect(view.append_lines)       # list[LogLine]
    follower.ended.connect(view.on_ended)                    # LogEnded: the container stopped…
    follower.start(spec, container_id, LogOptions(tail=1000))
    follower.stop()                                          # the thread is gone within a second
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.streams.logs import LogOptions, LogStream
from volgui.workers.streams import StreamThread

MAX_PENDING = 100_000
INTERVAL_MS = 40


@dataclass(frozen=True)
class LogStarted:
    container_id: str
    name: str
    tty: bool
    running: bool
    command: str  # the equivalent docker logs line


@dataclass(frozen=True)
class LogEnded:
    container_id: str
    last_timestamp: str
    message: str = ""


class LogStreamThread(StreamThread):
    lines_ready = Signal(int)  # generation
    opened = Signal(int, object)  # generation, LogStarted
    ended = Signal(int, object)  # generation, LogEnded (the stream ended by itself)
    broke = Signal(int, object)  # generation, EngineError

    def __init__(self, spec: ConnectionSpec, container_id: str, options: LogOptions,
                 generation: int = 0) -> None:
        super().__init__("volgui-logs")
        self.spec = spec
        self.container_id = container_id
        self.options = options
        self.generation = generation
        self._lock = threading.Lock()
        self._pending: list = []
        self.dropped = 0
        self.received = 0
        self._stream: LogStream | None = None
        self._engine: Engine | None = None

    # -- GUI side -------------------------------------------------------------------------------
    def take(self) -> list:
        with self._lock:
            lines, self._pending = self._pending, []
        return lines

    def interrupt(self) -> None:
        stream = self._stream
        if stream is not None:
            stream.close()

    # -- thread side ----------------------------------------------------------------------------
    def produce(self) -> None:
        try:
            self._engine = Engine.connect(self.spec, timeout=10)
        except EngineError as exc:
            if not self.stopping:
                self.broke.emit(self.generation, exc)
            return
        try:
            self._follow(self._engine)
        except Exception as exc:
            if not self.stopping:
                err = exc if isinstance(exc, EngineError) else from_docker(exc, host=self.spec.host)
                self.broke.emit(self.generation, err)
        finally:
            self._engine.close()

    def _follow(self, engine: Engine) -> None:
        stream = LogStream(engine, self.container_id, self.options)
        self._stream = stream
        if self.stopping:
            return
        stream.open()
        if self.stopping:
            return
        command = self.options.command(stream.name, engine.spec.host)
        self.opened.emit(self.generation, LogStarted(self.container_id, stream.name, stream.tty,
                                                     stream.running, command))
        for batch in stream.batches():
            if self.stopping:
                return
            self._push(batch)
        if not self.stopping:
            self.ended.emit(self.generation, LogEnded(self.container_id, stream.splitter.last_timestamp))

    def _push(self, batch: list) -> None:
        with self._lock:
            first = not self._pending
            self._pending.extend(batch)
            self.received += len(batch)
            excess = len(self._pending) - MAX_PENDING
            if excess > 0:
                del self._pending[:excess]
                self.dropped += excess
        if first:
            self.lines_ready.emit(self.generation)


class LogFollower(QObject):
    """Follows one container's logs at a time; ``start`` again to switch, ``stop`` to end."""

    lines_arrived = Signal(list)  # list[LogLine], at most every INTERVAL_MS
    opened = Signal(object)  # LogStarted
    ended = Signal(object)  # LogEnded: the container stopped (the log is complete)
    failed = Signal(object)  # EngineError: the stream broke (engine gone…)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: LogStreamThread | None = None
        self._generation = 0
        self._last_take = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._take)
        self._closing: list[LogStreamThread] = []

    @property
    def active(self) -> bool:
        return self._thread is not None

    @property
    def container_id(self) -> str | None:
        return self._thread.container_id if self._thread is not None else None

    def start(self, spec: ConnectionSpec, container_id: str, options: LogOptions) -> None:
        self.stop()
        self._generation += 1
        thread = LogStreamThread(spec, container_id, options, self._generation)
        thread.lines_ready.connect(self._on_lines_ready)
        thread.opened.connect(self._on_opened)
        thread.ended.connect(self._on_ended)
        thread.broke.connect(self._on_broke)
        thread.finished.connect(self._on_finished)
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        """End the stream; lines not yet delivered are dropped."""
        thread, self._thread = self._thread, None
        self._timer.stop()
        self._generation += 1
        if thread is None:
            return
        if not thread.stop(1000):
            self._closing.append(thread)  # keep it alive until it ends

    @Slot()
    def _on_finished(self) -> None:
        self._closing = [t for t in self._closing if t.isRunning()]

    # -- batching -------------------------------------------------------------------------------
    @Slot(int)
    def _on_lines_ready(self, generation: int) -> None:
        if generation != self._generation or self._timer.isActive():
            return
        wait = INTERVAL_MS - (time.monotonic() - self._last_take) * 1000
        if wait <= 0:
            self._take()
        else:
            self._timer.start(int(wait) + 1)

    @Slot()
    def _take(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._last_take = time.monotonic()
        lines = thread.take()
        if lines:
            self.lines_arrived.emit(lines)

    @Slot(int, object)
    def _on_opened(self, generation: int, started: LogStarted) -> None:
        if generation == self._generation:
            self.opened.emit(started)

    @Slot(int, object)
    def _on_ended(self, generation: int, end: LogEnded) -> None:
        if generation != self._generation:
            return
        self._timer.stop()
        self._take()  # the last lines first
        self._release()
        self.ended.emit(end)

    @Slot(int, object)
    def _on_broke(self, generation: int, error) -> None:
        if generation != self._generation:
            return
        self._timer.stop()
        self._take()
        self._release()
        self.failed.emit(error)

    def _release(self) -> None:
        thread, self._thread = self._thread, None
        self._generation += 1
        if thread is not None and not thread.wait(1000):
            self._closing.append(thread)

    @property
    def dropped(self) -> int:
        return self._thread.dropped if self._thread is not None else 0
