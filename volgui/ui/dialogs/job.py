"""The frame of a dialog that runs one long job (back up, restore, clone; pull, push, save, load):
Start, one progress bar, a status line, the equivalent command, Cancel, then the result or the
error.

The job runs through a ``JobRunner`` (``workers/job_runner.py``): its own thread and connection,
never the GUI thread nor the session's request worker (which keeps serving the views), recorded
in the activity log with its command. Cancel asks the job to stop and waits for it to say it did:
the operation itself leaves nothing half done. Closing the dialog cancels a running job, waits
for it, and no answer of it lands afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from volgui.engine.errors import Cancelled, EngineError
from volgui.ui.dialogs.base import CommandBox, note_label
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import action_text, browse_file_text, cancel_job_text, describe
from volgui.workers.job_runner import JobRunner, engine_factory
from volgui.workers.jobs import JobThread


def set_form_enabled(form: QFormLayout, enabled: bool) -> None:
    """The fields of a form, off while a job runs (their values are what the job uses)."""
    for i in range(form.rowCount()):
        item = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.widget() is not None:
            item.widget().setEnabled(enabled)


class JobDialog(QDialog):
    """Makes ``form``, ``progress``, ``status``, ``command`` and ``buttons`` (Start, Cancel);
    subclasses lay them out, set the title and Start's text, and implement ``job()``,
    ``show_progress``, ``show_result`` and ``cancelled_text``."""

    finished_job = Signal(object)  # the result, or the EngineError (Cancelled when cancelled)
    thread_name = "volgui-job"
    hide_start_when_done = False

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a message shown later is not cut
        self.session = session
        self.runner = JobRunner(session, self.thread_name, parent=self)
        self.job_thread: JobThread | None = None  # the running job (None when nothing runs)
        self.result_value = None
        self.error: EngineError | None = None
        self.setMinimumWidth(620)
        self.form = QFormLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.status = self.make_status()
        self.command = CommandBox()
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        describe(self.start_button, action_text())
        describe(self.cancel_button, cancel_job_text())

    def make_status(self) -> QLabel:
        label = note_label(" ")
        label.setObjectName("jobStatus")
        return label

    def path_row(self, edit: QWidget, browse, auto_default: bool = False) -> QWidget:
        """A path field with its Browse… button."""
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.setAutoDefault(auto_default)
        describe(button, browse_file_text())
        button.clicked.connect(browse)
        h.addWidget(button)
        return row

    # -- what subclasses say ----------------------------------------------------------------------
    def job(self) -> tuple | None:
        """``(fn, args, label, command)``, or None after saying why not."""
        raise NotImplementedError

    def confirm(self) -> bool:
        """A last question before the job starts (False: it does not)."""
        return True

    def about_to_start(self) -> None:
        """The job is accepted and starts now."""

    def show_progress(self, value) -> None:
        raise NotImplementedError

    def show_result(self, result) -> None:
        raise NotImplementedError

    def cancelled_text(self) -> str:
        raise NotImplementedError

    def set_inputs_enabled(self, enabled: bool) -> None:
        set_form_enabled(self.form, enabled)

    # -- running ----------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.job_thread is not None:
            return
        factory = engine_factory(self.session)
        if factory is None:
            self.fail(EngineError(self.tr("Not connected to an engine.")))
            return
        job = self.job()
        if job is None or not self.confirm():
            return
        fn, args, label, command = job
        self.about_to_start()
        self.command.set_command(command)
        self.error = self.result_value = None
        self.job_thread = self.runner.start(factory, fn, *args, on_ok=self._on_succeeded,
                                            on_failed=self._on_failed, on_progress=self.show_progress,
                                            label=label, command=command, name=self.thread_name)
        self.start_button.setEnabled(False)
        self.set_inputs_enabled(False)
        self.progress.setRange(0, 0)  # until the size is known
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Starting…"))

    def set_fraction(self, fraction: float | None) -> None:
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))

    def _on_succeeded(self, result) -> None:
        self.job_thread = None
        self.result_value = result
        self.set_fraction(1.0)
        self.show_result(result)
        if self.hide_start_when_done:
            self.start_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.finished_job.emit(result)

    def _on_failed(self, error: EngineError) -> None:
        self.job_thread = None
        self.set_fraction(0.0)
        if isinstance(error, Cancelled):
            self.status.setText(self.cancelled_text())
        else:
            self.fail(error)
        self.start_button.setEnabled(True)
        self.set_inputs_enabled(True)
        self.finished_job.emit(error)

    def fail(self, error: EngineError) -> None:
        self.error = error
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(error.message)

    @Slot()
    def cancel(self) -> None:
        if self.job_thread is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.job_thread.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        self.runner.close(10000)
        self.job_thread = None
        super().done(result)
