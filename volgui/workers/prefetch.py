"""Hands the start-up prefetch's snapshot (``engine/prefetch``, a plain thread) to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from volgui.engine.prefetch import Prefetch


class PrefetchRelay(QObject):
    """After ``listen()``, ``finished(snapshot)`` is emitted once, queued into this object's thread:
    the prefetched ``Snapshot``, or None when the prefetch failed (the normal load follows then).
    Connect to ``finished`` before ``listen()``: a prefetch already done answers at once."""

    finished = Signal(object)  # Snapshot | None

    def __init__(self, prefetch: Prefetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefetch = prefetch

    def listen(self) -> None:
        self.prefetch.when_done(self._on_done)

    def _on_done(self, prefetch: Prefetch) -> None:
        """Runs in the prefetch thread (or at once when it is already done)."""
        self.finished.emit(prefetch.snapshot)
