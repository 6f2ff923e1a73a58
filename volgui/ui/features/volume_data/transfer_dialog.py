"""The frame of the back up, restore and clone dialogs: progress (bytes, speed, time left), Cancel,
the equivalent command, and a warning when running containers use the volume (with an offer to
stop them during the work and start them after).

The work (``volgui.operations.volume_data``) runs in a ``JobThread`` with its own connection,
never on the GUI thread nor on the session's serialized request worker (which keeps serving the
views meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.present.display import human_size
from volgui.engine.volumes import streaming, users
from volgui.engine.volumes.streaming import TransferProgress
from volgui.ui.dialogs.base import CommandBox, ask_yes_no
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.dialogs.job import DialogJob, set_form_enabled
from volgui.ui.features.volume_data.browser import progress_text
from volgui.ui.views.descriptions import action_text, browse_file_text, cancel_job_text, describe


def done_text(result: streaming.TransferResult) -> str:
    """What a finished transfer did, and how fast."""
    how = (" The fast way: tar ran in a container of a local image and the data went through a "
           "pipe on this computer." if result.method == "direct" else "")
    return (f"Done: {human_size(result.bytes, '.1f')} in {result.seconds:.1f} s "
            f"({human_size(result.speed, '.1f')}/s).{how}")


class TransferDialog(QDialog):
    """The frame of the three dialogs; subclasses fill ``form`` and implement ``job()``."""

    finished_job = Signal(object)  # TransferResult or EngineError
    title = "Transfer"
    start_text = QT_TR_NOOP("Start")

    def __init__(self, session, volumes: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a warning shown later is not cut
        self.session = session
        self.volumes = sorted(volumes or [])
        self.runner = DialogJob(session, self)
        self._threads = self.runner.threads  # preview jobs of the restore dialog are waited for too
        self.runner.progressed.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.result_value = None
        self.error: EngineError | None = None
        self._users_request = None
        self.running_users: list[users.RunningUser] = []
        self.setWindowTitle(self.tr(self.title))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)

        self.users_frame = QFrame()
        self.users_frame.setObjectName("runningUsersWarning")
        self.users_frame.setFrameShape(QFrame.Shape.StyledPanel)
        users_layout = QVBoxLayout(self.users_frame)
        self.users_label = QLabel()
        self.users_label.setWordWrap(True)
        # Not stopped by default (as Docker Desktop's export): stopping ends open terminals and
        # takes up to the stop timeout; the person chooses, and the choice is kept per volume.
        self.stop_box = QCheckBox(self.tr("Stop them while copying (up to 10 s each; open terminals end)"))
        self.stop_box.setToolTip(self.tr("They are started again when the copy is done."))
        self.stop_box.setObjectName("stopWhileCopying")
        self.stop_box.setChecked(False)
        self.settings = None  # QSettings: the remembered choice per volume (set by the feature)
        self._users_volume = ""
        users_layout.addWidget(self.users_label)
        users_layout.addWidget(self.stop_box)
        self.users_frame.hide()
        layout.addWidget(self.users_frame)

        self.command = CommandBox()  # wrapped, whole, with Copy: a one-line field cut the command
        self.command.caption.setText(self.tr("Same with docker:"))
        self.command.setToolTip(self.tr("The equivalent command line, to script the same work"))
        layout.addWidget(self.command)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        layout.addWidget(self.progress)
        self.stats = QLabel(" ")
        self.stats.setObjectName("transferStats")
        self.stats.setWordWrap(True)
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.stats)

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr(self.start_text))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        describe(self.start_button, action_text())
        describe(self.cancel_button, cancel_job_text())
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

    # -- helpers for subclasses --------------------------------------------------------------------
    def _set_command(self, text: str) -> None:
        self.command.set_command(text)

    def _volume_combo(self, current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        describe(combo, self.tr("The volume: pick one from the list or type its name"))
        names = list(self.volumes)
        if current and current not in names:
            names.insert(0, current)
        combo.addItems(names)
        if current:
            combo.setCurrentText(current)
        return combo

    def _path_row(self, edit: QLineEdit, browse) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(browse)
        describe(button, browse_file_text())
        h.addWidget(button)
        return row

    def check_users(self, volume: str) -> None:
        """Ask (off the GUI thread) which running containers use ``volume``."""
        if self._users_request is not None:
            self._users_request.cancel()
        self.running_users = []
        self.users_frame.hide()
        self._users_volume = volume
        if not volume:
            return
        self._users_request = self.session.submit(users.users_running, volume, label=f"Users of {volume}")
        self._users_request.succeeded.connect(self._on_users)

    @Slot(object)
    def _on_users(self, users: list) -> None:
        self.running_users = list(users)
        if not users:
            self.users_frame.hide()
            return
        names = ", ".join(u.name for u in users)
        self.users_label.setText(self.tr(
            "<b>Running containers use this volume: %s.</b> Files copied while a program writes them "
            "(a database, for example) may not match each other; stopping the containers while "
            "copying avoids that.") % names)
        self.stop_box.setChecked(self.remembered_stop(self._users_volume))
        self.users_frame.show()
        self.adjustSize()  # the warning's lines need the height: a dialog already shown does not grow

    def _stop_key(self, volume: str) -> str:
        return f"volumes/{volume}/stop_while_copying"

    def remembered_stop(self, volume: str) -> bool:
        """The choice last made for this volume (not stopping when never asked)."""
        if self.settings is None or not volume:
            return False
        return str(self.settings.value(self._stop_key(volume), "false")).lower() == "true"

    def remember_stop(self) -> None:
        if self.settings is not None and self._users_volume and self.running_users:
            self.settings.setValue(self._stop_key(self._users_volume), self.stop_box.isChecked())
            self.settings.sync()

    @property
    def stop_users(self) -> bool:
        return bool(self.running_users) and self.stop_box.isChecked()

    # -- running ------------------------------------------------------------------------------------
    def job(self) -> tuple | None:
        """``(fn, args, label, command)`` for the work, or None (after saying why)."""
        raise NotImplementedError

    def confirm(self) -> bool:
        return True

    @property
    def job_thread(self):
        """The running job's thread (None when nothing runs)."""
        return self.runner.thread

    @Slot()
    def start(self) -> None:
        if self.runner.running:
            return
        if self.session.spec is None:
            self.fail(EngineError(self.tr("Not connected to an engine.")))
            return
        job = self.job()
        if job is None or not self.confirm():
            return
        fn, args, label, command = job
        self.remember_stop()
        self._set_command(command)
        self.error = None
        self.result_value = None
        refused = self.runner.start(fn, args, label, command, name="volgui-transfer")
        if refused is not None:
            self.fail(refused)
            return
        self.start_button.setEnabled(False)
        self._set_inputs_enabled(False)
        self.progress.setRange(0, 0)  # until the size is known
        self.stats.setText(self.tr("Starting…"))

    def _set_inputs_enabled(self, enabled: bool) -> None:
        set_form_enabled(self.form, enabled)
        self.stop_box.setEnabled(enabled)

    @Slot(object)
    def _on_progress(self, value) -> None:
        if not isinstance(value, TransferProgress):
            return
        fraction = value.fraction
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        self.stats.setText(progress_text(value))

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self.result_value = result
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        self.stats.setText(done_text(result))
        self.cancel_button.setText(self.tr("Close"))
        self.finished_job.emit(result)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        if isinstance(error, Cancelled):
            self.stats.setText(self.tr("Cancelled — nothing was left half done."))
        else:
            self.fail(error)
        self.start_button.setEnabled(True)
        self._set_inputs_enabled(True)
        self.finished_job.emit(error)

    def fail(self, error: EngineError) -> None:
        self.error = error
        self.stats.setText(f"<span style='color:#c0392b'>{error.message}</span>")

    @Slot()
    def cancel(self) -> None:
        if self.runner.running:
            self.stats.setText(self.tr("Cancelling…"))
            self.runner.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        self.runner.close()
        if self._users_request is not None:
            self._users_request.cancel()
        super().done(result)

    def _ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace it)."""
        return ask_yes_no(self, title, text)
