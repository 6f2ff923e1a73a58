"""A dialog's slow check — a test mount — in a job of its own, off the session's request worker.

A mount the kernel waits on (an NFS server that does not answer) can hold the engine's start call
for a minute; on the serialized request worker that would stall every view. A ``JobThread`` opens
its own connection instead. The runner outlives the dialog (a closed dialog simply no longer hears
the answer) and waits for its jobs when the window closes.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, Slot

from volgui.engine.client import Engine
from volgui.workers.jobs import JobThread


class TrialJobs(QObject):
    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs: list[JobThread] = []

    def start(self, fn, *args) -> JobThread | None:
        """Run ``fn(engine, *args)`` in a job on the session's engine (None when not connected)."""
        spec = self.session.spec
        if spec is None:
            return None
        job = JobThread(functools.partial(Engine.connect, spec), fn, *args, name="volgui-mount-test",
                        with_progress=False)
        job.finished.connect(self._on_finished)
        self.jobs.append(job)
        job.start()
        return job

    @Slot()
    def _on_finished(self) -> None:
        job = self.sender()
        if job in self.jobs:
            self.jobs.remove(job)

    @Slot()
    def shutdown(self) -> None:
        for job in list(self.jobs):
            job.finish(3000)
