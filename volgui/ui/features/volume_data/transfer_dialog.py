"""The frame of the back up, restore and clone dialogs: progress (bytes, speed, time left), Cancel,
the equivalent command, and a warning when running containers use the volume (with an offer to
stop them during the work and start them after).

The work (``volgui.operations.volume_data``) runs as :class:`~volgui.ui.dialogs.job.JobDialog`
runs it: its own thread and connection, never the GUI thread nor the session's request worker.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QLabel, QVBoxLayout, QWidget

from volgui.engine.errors import EngineError
from volgui.engine.present.display import human_size
from volgui.engine.volumes import streaming, users
from volgui.engine.volumes.streaming import TransferProgress
from volgui.ui.dialogs.base import ask_yes_no
from volgui.ui.dialogs.job import JobDialog
from volgui.ui.features.volume_data.browser import progress_text
from volgui.ui.views.descriptions import describe


def done_text(result: streaming.TransferResult) -> str:
    """What a finished transfer did, and how fast."""
    how = (" The fast way: tar ran in a container of a local image and the data went through a "
           "pipe on this computer." if result.method == "direct" else "")
    return (f"Done: {human_size(result.bytes, '.1f')} in {result.seconds:.1f} s "
            f"({human_size(result.speed, '.1f')}/s).{how}")


class TransferDialog(JobDialog):
    """The frame of the three dialogs; subclasses fill ``form`` and implement ``job()``."""

    title = "Transfer"
    start_text = QT_TR_NOOP("Start")
    thread_name = "volgui-transfer"

    def __init__(self, session, volumes: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.volumes = sorted(volumes or [])
        self._users_request = None
        self.running_users: list[users.RunningUser] = []
        self.setWindowTitle(self.tr(self.title))
        self.start_button.setText(self.tr(self.start_text))
        layout = QVBoxLayout(self)
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

        # wrapped, whole, with Copy: a one-line field cut the command
        self.command.caption.setText(self.tr("Same with docker:"))
        self.command.setToolTip(self.tr("The equivalent command line, to script the same work"))
        layout.addWidget(self.command)
        layout.addWidget(self.progress)
        self.stats = self.status
        layout.addWidget(self.stats)
        layout.addWidget(self.buttons)

    def make_status(self) -> QLabel:
        label = QLabel(" ")
        label.setObjectName("transferStats")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- helpers for subclasses --------------------------------------------------------------------
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

    def check_users(self, volume: str) -> None:
        """Ask (off the GUI thread) which running containers use ``volume``."""
        if self._users_request is not None:
            self._users_request.cancel()
        self.running_users = []
        self.users_frame.hide()
        self._users_volume = volume
        if not volume:
            return
        self._users_request = self.session.submit(users.users_running, volume,
                                                  label=self.tr("Users of {0}").format(volume))
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
    def about_to_start(self) -> None:
        self.remember_stop()

    def set_inputs_enabled(self, enabled: bool) -> None:
        super().set_inputs_enabled(enabled)
        self.stop_box.setEnabled(enabled)

    def show_progress(self, value) -> None:
        if isinstance(value, TransferProgress):
            self.set_fraction(value.fraction)
            self.stats.setText(progress_text(value))

    def show_result(self, result) -> None:
        self.stats.setText(done_text(result))

    def cancelled_text(self) -> str:
        return self.tr("Cancelled — nothing was left half done.")

    def fail(self, error: EngineError) -> None:
        self.error = error
        self.stats.setText(f"<span style='color:#c0392b'>{error.message}</span>")

    def done(self, result: int) -> None:
        if self._users_request is not None:
            self._users_request.cancel()
        super().done(result)

    def _ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace it)."""
        return ask_yes_no(self, title, text)
