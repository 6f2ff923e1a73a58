"""Long jobs (back up, restore, clone, browse a big folder) in their own thread and connection.

The session's request worker is serialized: a ten-minute export there would hold up every
listing. A ``JobThread`` runs one ``fn(engine, *args, cancel=, progress=, **kwargs)`` on an
``Engine`` it opens itself (``engine_factory`` is called inside the thread), reports
``progressed`` / ``succeeded`` / ``failed`` (``failed`` also carries ``Cancelled``) to QObject
methods in the GUI thread, and is registered so shutdown and tests can check it ended.
The GUI starts jobs through ``workers/job_runner.py``, which also logs them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import EngineError, from_docker
from volgui.workers import registry
from volgui.workers.requests import host_of


class JobThread(QThread):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # EngineError (Cancelled when cancelled)

    def __init__(self, engine_factory: Callable, fn: Callable, *args, name: str = "volgui-job",
                 with_progress: bool = True, **kwargs) -> None:
        super().__init__()
        self.setObjectName(name)
        self._factory = engine_factory
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress
        self.token = CancelToken()
        self.result = None
        self.error: EngineError | None = None
        registry.register(self)

    def run(self) -> None:
        engine = None
        try:
            engine = self._factory()
            kwargs = dict(self.kwargs)
            if self.with_progress:
                kwargs.update(cancel=self.token, progress=self.progressed.emit)
            self.result = self.fn(engine, *self.args, **kwargs)
        except Exception as exc:
            err = exc if isinstance(exc, EngineError) else from_docker(exc, host=host_of(engine))
            self.error = err
            self.failed.emit(err)
        else:
            self.succeeded.emit(self.result)
        finally:
            if engine is not None:
                engine.close()

    def cancel(self) -> None:
        """Ask the job to stop; it cleans up (no partial file) and then emits ``failed(Cancelled)``."""
        self.token.cancel()

    def finish(self, timeout_ms: int = 5000) -> bool:
        """Cancel and wait for the thread (for closing a dialog or the app)."""
        self.cancel()
        if self.wait(timeout_ms):
            return True
        registry.keep_until_finished(self)  # the caller may drop it: never destroy a running thread
        return False

