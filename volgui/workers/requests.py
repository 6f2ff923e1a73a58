"""The serialized request worker: one thread, one Docker client, typed results by signal.

Usage from a widget (a QObject in the GUI thread)::

    req = worker.submit(ops.stop_container, cid, label="Stop web", command="docker stop web")
    req.succeeded.connect(self._on_stopped)   # a method: runs in the GUI thread
    req.failed.connect(self._on_failed)       # receives an EngineError

``req.cancel()`` guarantees that neither signal fires afterwards (a stale result never
reaches a panel); a queued request that is cancelled never runs. Long operations that accept
``cancel=`` and ``progress=`` keyword arguments get a CancelToken and a progress callback.
``shutdown()`` cancels every request, gives the running one :data:`SHUTDOWN_GRACE_MS` to end by
itself (and put back what it changed), then shuts the sockets of its engine calls and joins the
thread: an engine that never answers holds up a closing session that long at most.
"""

from __future__ import annotations

import itertools
import queue
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from volgui.engine.abort import ConnectionAbort
from volgui.engine.cancel import CancelToken
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.workers import registry
from volgui.workers.registry import STOP_WAIT_MS

# milliseconds a cancelled request has at shutdown to end by itself (and put back what it changed)
# before its engine calls are cut: an engine that answers needs milliseconds for that
SHUTDOWN_GRACE_MS = 5000

_ids = itertools.count(1)


def host_of(engine) -> str:
    """The engine's address for error messages; "" for none or for a non-engine (the history's SQLite)."""
    return getattr(getattr(engine, "spec", None), "host", "") or ""


class Request(QObject):
    """A handle on one submitted call; lives in the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # EngineError
    progressed = Signal(object)
    finished = Signal()  # after succeeded or failed, not after cancel

    def __init__(self, fn: Callable, args: tuple, kwargs: dict, *, label: str, command: str,
                 with_progress: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.id = next(_ids)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.label = label or getattr(fn, "__name__", "request")
        self.command = command
        self.with_progress = with_progress
        self.token = CancelToken()
        self.done = False
        self.result = None
        self.error: EngineError | None = None
        self.submitted_at = time.monotonic()

    def cancel(self) -> None:
        """No signal of this request fires after this call."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class _Thread(QThread):
    completed = Signal(int, bool, object)
    progress = Signal(int, object)

    def __init__(self, engine_factory: Callable, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._factory = engine_factory
        self._queue: queue.Queue = queue.Queue()
        self.engine = None
        self.abort = ConnectionAbort()  # the connections of this thread's engine clients

    def run(self) -> None:
        with self.abort.scope():
            self._serve()

    def _serve(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            rid, fn, args, kwargs, token, with_progress = item
            if token.cancelled:
                self.completed.emit(rid, False, Cancelled())
                continue
            try:
                if self.engine is None:
                    self.engine = self._factory()
                if with_progress:
                    kwargs = dict(kwargs, cancel=token,
                                  progress=lambda value, rid=rid: self.progress.emit(rid, value))
                result = fn(self.engine, *args, **kwargs)
                self.completed.emit(rid, True, result)
            except Exception as exc:
                err = exc if isinstance(exc, EngineError) else from_docker(exc, host=host_of(self.engine))
                if err.status is None and not isinstance(err, Cancelled) and self.engine is not None:
                    # Probably the connection: open a fresh client next time.
                    self.engine.close()
                    self.engine = None
                self.completed.emit(rid, False, err)
        if self.engine is not None:
            self.engine.close()
            self.engine = None


class RequestWorker(QObject):
    """Runs submitted calls one after another in its own thread with its own engine client."""

    request_started = Signal(object)
    request_finished = Signal(object)  # Request, after its own signals

    def __init__(self, engine_factory: Callable, name: str = "volgui-requests",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, Request] = {}
        self._thread = _Thread(engine_factory, name)
        self._thread.completed.connect(self._on_completed)
        self._thread.progress.connect(self._on_progress)
        registry.register(self._thread)
        self._thread.start()
        self._stopped = False
        # Set by the session: returns the error to fail a request with at once (the engine is
        # known not to answer), or None to run it.
        self.refusal: Callable[[], EngineError | None] | None = None

    def submit(self, fn: Callable, *args, label: str = "", command: str = "",
               with_progress: bool = False, always: bool = False, **kwargs) -> Request:
        """Queue ``fn(engine, *args, **kwargs)``; returns its handle at once.

        While ``refusal`` names an error the request fails with it at once (its signals still
        fire after the caller connected them, in the next event-loop turn), unless ``always``."""
        # No Qt parent: the handle lives as long as someone holds it (no deleteLater races).
        request = Request(fn, args, kwargs, label=label, command=command, with_progress=with_progress)
        if self._stopped:
            request.error = EngineError(ConnectionErrors.tr("The application is shutting down."))
            return request
        self._pending[request.id] = request
        refused = None if always or self.refusal is None else self.refusal()
        if refused is not None:
            self.request_started.emit(request)
            QTimer.singleShot(0, self, partial(self._on_completed, request.id, False, refused))
            return request
        self._thread._queue.put((request.id, fn, args, kwargs, request.token, with_progress))
        self.request_started.emit(request)
        return request

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, bool, object)
    def _on_completed(self, rid: int, ok: bool, payload) -> None:
        request = self._pending.pop(rid, None)
        if request is None:
            return
        request.done = True
        if request.cancelled:
            # the request's own signals stay silent (a stale result never reaches a panel), but
            # listeners of the worker (the activity log, busy indicators) learn that it ended
            request.error = Cancelled()
            self.request_finished.emit(request)
            return
        if ok:
            request.result = payload
            request.succeeded.emit(payload)
        else:
            request.error = payload
            request.failed.emit(payload)
        request.finished.emit()
        self.request_finished.emit(request)

    @Slot(int, object)
    def _on_progress(self, rid: int, value) -> None:
        request = self._pending.get(rid)
        if request is not None and not request.cancelled:
            request.progressed.emit(value)

    def shutdown(self, timeout_ms: int = STOP_WAIT_MS, grace_ms: int = SHUTDOWN_GRACE_MS) -> bool:
        """Cancel every request, let the running one end for ``grace_ms``, then abandon its engine
        calls and wait until the thread has ended; True when it has (``timeout_ms`` is a backstop
        for the unforeseen, not a wait).

        Queued requests never run. The running one is cancelled: an operation that takes ``cancel=``
        stops at its next check (a long local step such as hashing a file checks it too) and puts
        back what it changed — a container being re-created gets its old self back through the
        engine, so its calls are not cut during the grace. After it the sockets of the thread's
        engine calls are shut, so a call the engine never answers fails at once, as does any later
        one. Local work that checks no token is waited for."""
        if self._stopped:
            return not self._thread.isRunning()
        self._stopped = True
        for request in self._pending.values():
            request.cancel()
        self._thread._queue.put(None)
        if self._thread.wait(grace_ms):
            return True
        self._thread.abort.abort()
        if self._thread.wait(timeout_ms):
            return True
        registry.keep_until_finished(self._thread)  # never destroy a running thread
        return False


class LatestRequest(QObject):
    """Holds one panel's current request; a new one cancels the old (stale results never land)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Request | None = None

    def replace(self, request: Request) -> Request:
        self.cancel()
        self.current = request
        return request

    def cancel(self) -> None:
        if self.current is not None and not self.current.done:
            self.current.cancel()
        self.current = None
