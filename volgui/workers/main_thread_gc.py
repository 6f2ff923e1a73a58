"""Python's cyclic garbage collector runs only in the GUI thread.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
crossed: a worker thread (requests, events, heartbeat, logs) can then destroy Qt objects that
belong to the GUI thread — a dialog's request handle, a widget caught in a reference cycle — which
Qt does not allow. Under load that showed as "QBasicTimer::stop: Failed. Possibly trying to stop
from a different thread" and as segmentation faults while dialogs closed. Automatic collection is
switched off and a timer in the GUI thread collects instead, by the collector's own thresholds.

A full collection walks every object made since start-up (``tune_runtime`` froze what was there):
with 10 000 rows that took 50–92 ms of the GUI thread. CPython paces its full collections by how
much the old generation grew; this collector paces them by time instead (at most one every
``FULL_EVERY_S``; in between the middle generation is collected), so cyclic garbage that reached
the old generation waits at most that long.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500  # garbage waits at most this long; a collection of the young generation takes < 1 ms
FULL_EVERY_S = 30.0

_installed: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_full = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        gc.disable()

    @Slot()
    def collect(self) -> None:
        """One collection of the oldest generation whose count passed its threshold, as gc would;
        the oldest generation only if the last full collection is ``FULL_EVERY_S`` ago."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                if generation == 2:
                    now = self._clock()
                    if now - self._last_full < FULL_EVERY_S:
                        generation = 1
                    else:
                        self._last_full = now
                gc.collect(generation)
                return


def install() -> MainThreadCollector | None:
    """Collect garbage only in the GUI thread from now on (once per process; needs the application)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is None and app is not None:
        _installed = MainThreadCollector(app)
    return _installed
