"""Jobs started from one place of the GUI, each logged, with callbacks in the GUI thread.

A ``JobRunner`` (a QObject living in the GUI thread) starts ``JobThread``s and calls plain
callables when they end: ``on_ok(result)``, ``on_failed(error)``, ``on_progress(value)``. Qt
queues the threads' signals to the runner's methods, so the callables run in the GUI thread even
when they are lambdas. Each job with a ``command`` is shown in the activity log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from volgui.engine.errors import Cancelled
from volgui.workers.jobs import JobThread, finish_logged, log_request


class JobRunner(QObject):
    def __init__(self, session, name: str, on_error: Callable[[object], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name = name
        self.on_error = on_error  # a failure without its own ``on_failed`` (not Cancelled)
        self.jobs: list[JobThread] = []

    def start(self, factory, fn: Callable, *args, on_ok: Callable | None = None,
              on_failed: Callable | None = None, on_progress: Callable | None = None, label: str = "",
              command: str = "", **kwargs) -> JobThread:
        """Run ``fn(engine, *args, **kwargs)`` on ``factory()``'s engine in a new job thread."""
        job = JobThread(factory, fn, *args, name=self.name, **kwargs)
        job.logged = log_request(self.session, label, command) if command else None
        job.on_ok, job.on_failed, job.on_progress = on_ok, on_failed, on_progress
        job.succeeded.connect(self._on_ok)
        job.failed.connect(self._on_failed)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.jobs.append(job)
        job.start()
        return job

    def _job(self) -> JobThread | None:
        sender = self.sender()
        return sender if isinstance(sender, JobThread) else None

    @Slot(object)
    def _on_ok(self, result) -> None:
        job = self._job()
        if job is not None:
            finish_logged(self.session, job.logged, result=result)
            if job.on_ok is not None:
                job.on_ok(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        job = self._job()
        if job is None:
            return
        finish_logged(self.session, job.logged, error=error)
        if job.on_failed is not None:
            job.on_failed(error)
        elif self.on_error is not None and not isinstance(error, Cancelled):
            self.on_error(error)

    @Slot(object)
    def _on_progress(self, value) -> None:
        job = self._job()
        if job is not None and job.on_progress is not None:
            job.on_progress(value)

    @Slot()
    def _on_finished(self) -> None:
        job = self._job()
        if job is not None and job in self.jobs:
            self.jobs.remove(job)

    def busy(self) -> bool:
        return any(j.isRunning() for j in self.jobs)

    def finish_all(self, timeout_ms: int = 5000) -> None:
        for job in list(self.jobs):
            job.finish(timeout_ms)
