"""Long jobs started from the GUI (a dialog's back up or pull, the Backups tab, snapshots): each in
its own ``JobThread`` and connection, recorded in the activity log with its command, answered in
the GUI thread. The one way to run a long job; short calls go through ``workers/requests.py``.

Usage from a QObject in the GUI thread::

    runner = JobRunner(session, "volgui-backups", parent=self)
    factory = engine_factory(session)          # None: not connected
    job = runner.start(factory, ops.backup, volume, on_ok=self._on_done, on_failed=self._on_failed,
                       on_progress=self._on_progress, label=f"Back up {volume}", command=line)

Qt queues the threads' signals to the runner's methods, so the callables run in the GUI thread even
when they are lambdas; they are read when the answer arrives, so setting ``job.on_ok`` right after
``start`` is in time (for a callable that names its job). ``job.cancel()`` asks a job to stop: it
cleans up (nothing is left half done) and ``on_failed(Cancelled)`` follows. ``close()`` (for a
dialog's ``done`` or the window's closing) cancels every job still running, waits for it, records it
as cancelled, and guarantees that no callable of this runner runs afterwards.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from volgui.engine.client import Engine
from volgui.engine.errors import Cancelled, EngineError
from volgui.workers.jobs import JobThread
from volgui.workers.requests import Request


def engine_factory(session) -> Callable[[], Engine] | None:
    """What opens a connection to the session's engine inside a job, or None when not connected."""
    spec = getattr(session, "spec", None)
    return None if spec is None else functools.partial(Engine.connect, spec)


def log_request(session, label: str, command: str):
    """A ``Request`` shown in the activity log for a job run outside the request worker, or None.

    Call ``finish_logged(session, request, result=…, error=…)`` when the job ends.
    """
    requests = getattr(session, "requests", None)
    started = getattr(requests, "request_started", None)
    if started is None:
        return None
    request = Request(lambda engine: None, (), {}, label=label, command=command, with_progress=True)
    started.emit(request)
    return request


def finish_logged(session, request, result=None, error: EngineError | None = None) -> None:
    if request is None:
        return
    request.done = True
    request.result, request.error = result, error
    finished = getattr(getattr(session, "requests", None), "request_finished", None)
    if finished is not None:
        finished.emit(request)


class JobRunner(QObject):
    def __init__(self, session, name: str, on_error: Callable[[object], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name = name
        self.on_error = on_error  # a failure without its own ``on_failed`` (not Cancelled)
        self.jobs: list[JobThread] = []  # started, and their thread's end not yet seen here

    def start(self, factory, fn: Callable, *args, on_ok: Callable | None = None,
              on_failed: Callable | None = None, on_progress: Callable | None = None, label: str = "",
              command: str = "", name: str = "", **kwargs) -> JobThread:
        """Run ``fn(engine, *args, **kwargs)`` on ``factory()``'s engine in a new job thread
        (named ``name``, or the runner's name); a job with a ``command`` is logged."""
        job = JobThread(factory, fn, *args, name=name or self.name, **kwargs)
        job.logged = log_request(self.session, label, command) if command else None
        job.answered = False
        job.on_ok, job.on_failed, job.on_progress = on_ok, on_failed, on_progress
        job.succeeded.connect(self._on_ok)
        job.failed.connect(self._on_failed)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.jobs.append(job)
        job.start()
        return job

    def _job(self) -> JobThread | None:
        """The job whose signal this is, unless the runner was closed since."""
        sender = self.sender()
        return sender if isinstance(sender, JobThread) and sender in self.jobs else None

    def _answer(self, job: JobThread, result=None, error=None) -> None:
        job.answered = True
        finish_logged(self.session, job.logged, result, error)
        job.logged = None

    @Slot(object)
    def _on_ok(self, result) -> None:
        job = self._job()
        if job is not None:
            self._answer(job, result=result)
            if job.on_ok is not None:
                job.on_ok(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        job = self._job()
        if job is None:
            return
        self._answer(job, error=error)
        if job.on_failed is not None:
            job.on_failed(error)
        elif self.on_error is not None and not isinstance(error, Cancelled):
            self.on_error(error)

    @Slot(object)
    def _on_progress(self, value) -> None:
        job = self._job()
        if job is not None and not job.answered and job.on_progress is not None:
            job.on_progress(value)

    @Slot()
    def _on_finished(self) -> None:
        job = self._job()
        if job is not None:
            self.jobs.remove(job)

    def busy(self) -> bool:
        return any(j.isRunning() for j in self.jobs)

    def pending(self) -> list[JobThread]:
        """The jobs whose answer has not arrived yet."""
        return [j for j in self.jobs if not j.answered]

    def close(self, timeout_ms: int = 5000) -> None:
        """Cancel every job and wait for it (an ended one is closing its connection: a moment at
        most). One not answered yet is logged as it ended, or as cancelled while it still runs.
        No callable runs after this (a late answer is dropped)."""
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            ended = job.finish(timeout_ms)
            if not job.answered:
                error = job.error if ended else Cancelled()
                finish_logged(self.session, job.logged, None if error else job.result, error)
                job.logged = None
