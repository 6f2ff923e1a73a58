"""Keeps track of every worker thread so shutdown and the tests can check none is left.

:func:`keep_until_finished` holds a reference to a thread that did not end within a shutdown's
timeout (a stuck connection, a slow close), or that its owner may drop while it runs (a terminal's
stream goes on ending its shell after its tab went away): without it, dropping the last Python
reference to a running ``QThread`` destroys it while it runs, and Qt aborts the whole process
("QThread: Destroyed while thread is still running"). It is the one keeper of such threads.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Slot

# How long an owner joining a worker thread waits at most: a backstop, not an expected time. The
# threads joined this way (heartbeat, events stream, request worker) have every blocking step
# interrupted by their stop, or bounded by a timeout of its own.
STOP_WAIT_MS = 30_000

_threads: weakref.WeakSet = weakref.WeakSet()
_kept: set = set()


def register(thread) -> None:
    _threads.add(thread)


def live_threads() -> list:
    """Worker QThreads still running (should be none after a window closes)."""
    out = []
    for t in list(_threads):
        try:
            if t.isRunning():
                out.append(t)
        except RuntimeError:  # C++ object already deleted: not running
            pass
    return out


def _reap() -> None:
    """Stop keeping the threads that have ended."""
    for thread in list(_kept):
        try:
            ended = thread.isFinished() or not thread.isRunning()
        except RuntimeError:  # already deleted (deleteLater after it finished)
            ended = True
        if ended:
            _kept.discard(thread)


class _Reaper(QObject):
    """Lives in the GUI thread; drops the kept threads that have ended."""

    @Slot()
    def reap(self) -> None:
        _reap()


_reaper: _Reaper | None = None


def keep_until_finished(thread) -> None:
    """Hold ``thread`` until it has finished (call from the GUI thread)."""
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
        app = QCoreApplication.instance()
        if app is not None and _reaper.thread() is not app.thread():
            _reaper.moveToThread(app.thread())  # its slot must run in the GUI thread
    try:
        if not thread.isRunning():
            return
    except RuntimeError:
        return
    if thread not in _kept:
        _kept.add(thread)
        thread.finished.connect(_reaper.reap)


def kept_threads() -> list:
    """Threads held by :func:`keep_until_finished` that have not been reaped yet."""
    return list(_kept)


def wait_for(threads: Iterable, timeout_ms: int) -> None:
    """Block until each of ``threads`` has finished (at most ``timeout_ms`` for each), then stop
    keeping those that have (call from the GUI thread)."""
    for thread in threads:
        try:
            thread.wait(timeout_ms)
        except RuntimeError:  # already deleted: it has finished
            pass
    _reap()
