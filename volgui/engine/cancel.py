"""A thread-safe cancellation flag handed to long operations."""

from __future__ import annotations

import threading

from volgui.engine.errors import Cancelled


class CancelToken:
    """Set from any thread; checked by the operation between steps or chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            try:
                cb()
            except Exception:  # a closer that fails must not stop the others
                pass

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def on_cancel(self, callback) -> None:
        """Run ``callback`` when cancelled (at once if already cancelled), e.g. to close a stream."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()


