"""Live stats of one container off the GUI thread (about one sample a second).

    follower = StatsFollower(parent)
    follower.sample_arrived.connect(view.add_sample)    # (container_id, ContainerStats)
    follower.ended.connect(view.on_stopped)             # container_id: it stopped (or is gone)
    follower.start(spec, container_id)
    follower.stop()                                     # the thread is gone within a second

Only one container is followed at a time: stats streams cost the engine a cgroup read a second
each, so volgui never keeps them open for containers nobody looks at.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.streams.stats import StatsStream
from volgui.workers.streams import StreamThread


class StatsStreamThread(StreamThread):
    sample = Signal(int, str, object)  # generation, container id, ContainerStats
    ended = Signal(int, str)  # generation, container id: the stream ended by itself
    broke = Signal(int, str, object)  # generation, container id, EngineError

    def __init__(self, spec: ConnectionSpec, container_id: str, generation: int = 0) -> None:
        super().__init__("volgui-stats")
        self.spec = spec
        self.container_id = container_id
        self.generation = generation
        self._stream: StatsStream | None = None

    def interrupt(self) -> None:
        stream = self._stream
        if stream is not None:
            stream.close()

    def produce(self) -> None:
        try:
            engine = Engine.connect(self.spec, timeout=10)
        except EngineError as exc:
            if not self.stopping:
                self.broke.emit(self.generation, self.container_id, exc)
            return
        try:
            stream = StatsStream(engine, self.container_id)
            self._stream = stream
            if self.stopping:
                return
            for stats in stream.samples():
                if self.stopping:
                    return
                self.sample.emit(self.generation, self.container_id, stats)
            if not self.stopping:
                self.ended.emit(self.generation, self.container_id)
        except Exception as exc:
            if not self.stopping:
                err = exc if isinstance(exc, EngineError) else from_docker(exc, host=self.spec.host)
                self.broke.emit(self.generation, self.container_id, err)
        finally:
            engine.close()


class StatsFollower(QObject):
    sample_arrived = Signal(str, object)  # container id, ContainerStats
    ended = Signal(str)  # container id: no more samples (stopped, removed)
    failed = Signal(str, object)  # container id, EngineError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: StatsStreamThread | None = None
        self._generation = 0
        self._closing: list[StatsStreamThread] = []

    @property
    def active(self) -> bool:
        return self._thread is not None

    @property
    def container_id(self) -> str | None:
        return self._thread.container_id if self._thread is not None else None

    def start(self, spec: ConnectionSpec, container_id: str) -> None:
        self.stop()
        self._generation += 1
        thread = StatsStreamThread(spec, container_id, self._generation)
        thread.sample.connect(self._on_sample)
        thread.ended.connect(self._on_ended)
        thread.broke.connect(self._on_broke)
        thread.finished.connect(self._on_finished)
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        self._generation += 1
        if thread is not None and not thread.stop(1000):
            self._closing.append(thread)

    @Slot()
    def _on_finished(self) -> None:
        self._closing = [t for t in self._closing if t.isRunning()]

    @Slot(int, str, object)
    def _on_sample(self, generation: int, container_id: str, stats) -> None:
        if generation == self._generation:
            self.sample_arrived.emit(container_id, stats)

    @Slot(int, str)
    def _on_ended(self, generation: int, container_id: str) -> None:
        if generation == self._generation:
            self._release()
            self.ended.emit(container_id)

    @Slot(int, str, object)
    def _on_broke(self, generation: int, container_id: str, error) -> None:
        if generation == self._generation:
            self._release()
            self.failed.emit(container_id, error)

    def _release(self) -> None:
        thread, self._thread = self._thread, None
        self._generation += 1
        if thread is not None and not thread.wait(1000):
            self._closing.append(thread)
