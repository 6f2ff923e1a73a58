"""The frame of the long image dialogs (pull, push, save, load): a form, a body, one progress bar,
a status line, the equivalent command, Start and Cancel.

The work runs in a ``JobThread`` with its own connection, never on the GUI thread nor on the
session's request worker (which keeps serving the views); the activity log records it with its
command. Cancel asks the job to stop and waits for it to say it did: the operation itself
leaves nothing half done (no partial image, no partial file).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled, EngineError
from volgui.ui.dialogs.base import CommandBox, note_label
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.dialogs.job import DialogJob, set_form_enabled
from volgui.ui.views.descriptions import action_text, browse_file_text, cancel_job_text, describe


class ImageJobDialog(QDialog):
    """Subclasses fill ``form`` and ``body`` and implement ``job()``, ``show_progress`` and
    ``show_result``."""

    job_finished = Signal(object)  # the result, or the EngineError (Cancelled when cancelled)

    def __init__(self, session, title: str, start_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)
        grow_to_fit(self)
        self.session = session
        self.runner = DialogJob(session, self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.result_value = None
        self.error: EngineError | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.intro = note_label()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        layout.addWidget(self.progress)
        self.status = note_label(" ")
        self.status.setObjectName("jobStatus")
        layout.addWidget(self.status)
        self.command = CommandBox()
        layout.addWidget(self.command)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(start_text)
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        describe(self.start_button, action_text())
        describe(self.cancel_button, cancel_job_text())
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

    def path_row(self, edit: QLineEdit, browse) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.setAutoDefault(False)
        describe(button, browse_file_text())
        button.clicked.connect(browse)
        h.addWidget(button)
        return row

    # -- what subclasses say ----------------------------------------------------------------------
    def job(self) -> tuple | None:
        """``(fn, args, label, command)``, or None after saying why not."""
        raise NotImplementedError

    def show_progress(self, value) -> None:
        raise NotImplementedError

    def show_result(self, result) -> None:
        raise NotImplementedError

    # -- running ----------------------------------------------------------------------------------
    @property
    def job_thread(self):
        """The running job's thread (None when nothing runs)."""
        return self.runner.thread

    @Slot()
    def start(self) -> None:
        if self.runner.running:
            return
        if getattr(self.session, "spec", None) is None:
            self.fail(EngineError(self.tr("Not connected to an engine.")))
            return
        job = self.job()
        if job is None:
            return
        fn, args, label, command = job
        self.command.set_command(command)
        self.error = self.result_value = None
        refused = self.runner.start(fn, args, label, command, name="volgui-image-job")
        if refused is not None:
            self.fail(refused)
            return
        self.start_button.setEnabled(False)
        self.set_inputs_enabled(False)
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Starting…"))

    def set_inputs_enabled(self, enabled: bool) -> None:
        set_form_enabled(self.form, enabled)

    def set_fraction(self, fraction: float | None) -> None:
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))

    @Slot(object)
    def _on_progress(self, value) -> None:
        self.show_progress(value)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self.result_value = result
        self.set_fraction(1.0)
        self.show_result(result)
        self.start_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.job_finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self.set_fraction(0.0)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was left half done."))
        else:
            self.fail(error)
        self.start_button.setEnabled(True)
        self.set_inputs_enabled(True)
        self.job_finished.emit(error)

    def fail(self, error: EngineError) -> None:
        self.error = error
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(error.message)

    @Slot()
    def cancel(self) -> None:
        if self.runner.running:
            self.status.setText(self.tr("Cancelling…"))
            self.runner.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        self.runner.close()
        super().done(result)
