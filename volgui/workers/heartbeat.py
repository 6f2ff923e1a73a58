"""The heartbeat of one connected engine: a ``/_ping`` every few seconds in a thread of its own.

It reports each answer with its latency (``answered``) and each failure with the moment the
unanswered ping was sent (``missed``), to QObject methods in the GUI thread. Its waits are
``threading.Event`` waits and ``stop()`` shuts the socket of a ping in flight, so the thread ends
at once; ``stop()`` then waits until it has (a loaded machine may take more than a second to run
it to its end), bounded by :data:`STOP_WAIT_MS` only in case something unforeseen blocks it.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from PySide6.QtCore import QThread, Signal

from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError
from volgui.engine.health import Pinger
from volgui.workers import registry
from volgui.workers.registry import STOP_WAIT_MS


class HeartbeatThread(QThread):
    answered = Signal(float)  # latency in seconds
    missed = Signal(object, str)  # when the unanswered ping was sent (aware datetime), why

    def __init__(self, spec: ConnectionSpec, interval: float = 3.0, timeout: float = 3.0,
                 retry: float = 1.0, api_version: str = "") -> None:
        super().__init__()
        self.setObjectName("volgui-heartbeat")
        self.interval, self.retry = interval, retry
        self._pinger = Pinger(spec, timeout, api_version)
        self._stop = threading.Event()
        registry.register(self)

    def run(self) -> None:
        while not self._stop.is_set():
            sent = datetime.now(UTC)
            started = time.monotonic()
            try:
                latency = self._pinger.ping()
            except EngineError as exc:
                if self._stop.is_set():
                    break
                self.missed.emit(sent, exc.message)
                # a refused connection fails at once: wait a little; a timed-out one waited already
                self._stop.wait(max(0.0, self.retry - (time.monotonic() - started)))
                continue
            if self._stop.is_set():
                break
            self.answered.emit(latency)
            self._stop.wait(self.interval)
        self._pinger.close()

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """End the heartbeat (a ping in progress is abandoned: its socket is shut) and wait until
        the thread has ended; True when it has."""
        self._stop.set()
        self._pinger.close()
        if self.wait(timeout_ms):
            return True
        registry.keep_until_finished(self)  # the caller may drop it: never destroy a running thread
        return False
