"""One long job for a dialog (back up, restore, pull, save…), started, cancelled and closed in one
place: a ``JobThread`` with its own connection, recorded in the activity log with its command.

``start`` returns why it cannot start (not connected) or None; ``progressed``, ``succeeded`` and
``failed`` (``Cancelled`` too) arrive in the GUI thread. ``close`` (for the dialog's ``done``)
cancels a running job, waits for it, and logs it as cancelled; a thread that already ended is
given a moment to close its connection, so none outlives the dialog.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFormLayout

from volgui.engine.client import Engine
from volgui.engine.errors import Cancelled, EngineError
from volgui.workers.jobs import JobThread, finish_logged, log_request


def set_form_enabled(form: QFormLayout, enabled: bool) -> None:
    """The fields of a form, off while a job runs (their values are what the job uses)."""
    for i in range(form.rowCount()):
        item = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.widget() is not None:
            item.widget().setEnabled(enabled)


class DialogJob(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # EngineError (Cancelled when cancelled)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thread: JobThread | None = None  # the running job
        self.threads: list[JobThread] = []  # every job started (a dialog may add its own preview jobs)
        self._logged = None

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self, fn, args: tuple, label: str, command: str,
              name: str = "volgui-job") -> EngineError | None:
        spec = getattr(self.session, "spec", None)
        if spec is None:
            return EngineError(self.tr("Not connected to an engine."))
        thread = JobThread(functools.partial(Engine.connect, spec), fn, *args, name=name)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(thread.deleteLater)
        self.thread = thread
        self.threads.append(thread)
        self._logged = log_request(self.session, label, command)
        thread.start()
        return None

    def cancel(self) -> None:
        """Ask the job to stop; ``failed(Cancelled)`` follows once it has cleaned up."""
        if self.thread is not None:
            self.thread.cancel()

    def close(self, timeout_ms: int = 10000) -> None:
        if self.thread is not None:
            self.thread.finish(timeout_ms)
            self._end(error=Cancelled())
        for thread in self.threads:  # ended, or closing their connection: a moment at most
            try:
                thread.wait(5000)
            except RuntimeError:  # already deleted: it had ended
                pass
        self.threads.clear()

    def _end(self, result=None, error=None) -> None:
        finish_logged(self.session, self._logged, result, error)
        self._logged = None
        self.thread = None  # the thread deletes itself when it has ended (never waited for here)

    @Slot(object)
    def _on_progress(self, value) -> None:
        if self.thread is not None:
            self.progressed.emit(value)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._end(result=result)
        self.succeeded.emit(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        if self.thread is None and isinstance(error, Cancelled):
            return  # closed: already logged as cancelled
        self._end(error=error)
        self.failed.emit(error)
