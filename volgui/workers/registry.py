"""Keeps track of every worker thread so shutdown and the tests can check none is left."""

from __future__ import annotations

import weakref

_threads: weakref.WeakSet = weakref.WeakSet()


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
