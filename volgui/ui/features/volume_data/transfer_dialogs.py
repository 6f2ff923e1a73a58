"""Back up, restore and clone dialogs: progress (bytes, speed, time left), Cancel, the equivalent
command, a warning when running containers use the volume (with an offer to stop them during the
work and start them after), and a confirmation naming what a restore would overwrite.

The work runs in a ``JobThread`` with its own connection, never on the GUI thread nor on the
session's serialized request worker (which keeps serving the views meanwhile).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.client import Engine
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import transfer as vd
from volgui.engine.volumes.files import human_size
from volgui.engine.volumes.streaming import TransferProgress
from volgui.ui.dialogs.base import ask_yes_no
from volgui.ui.features.volume_data.browser import progress_text
from volgui.workers.jobs import JobThread, finish_logged, log_request

VOLUME_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")


# -- the jobs (run in the job's thread) ---------------------------------------------------------------


def run_export(engine, volume: str, path: str, compress: bool, stop_users: bool, *, cancel, progress):
    if stop_users:
        with vd.users_stopped(engine, volume):
            return vd.export_volume(engine, volume, path, compress, cancel=cancel, progress=progress)
    return vd.export_volume(engine, volume, path, compress, cancel=cancel, progress=progress)


def run_import(engine, path: str, volume: str, create: bool, stop_users: bool, *, cancel, progress):
    if stop_users and not create:
        with vd.users_stopped(engine, volume):
            return vd.import_volume(engine, path, volume, create, cancel=cancel, progress=progress)
    return vd.import_volume(engine, path, volume, create, cancel=cancel, progress=progress)


def run_clone(engine, src: str, dst: str, stop_users: bool, *, cancel, progress):
    if stop_users:
        with vd.users_stopped(engine, src):
            return vd.clone_volume(engine, src, dst, cancel=cancel, progress=progress)
    return vd.clone_volume(engine, src, dst, cancel=cancel, progress=progress)


def done_text(result: vd.TransferResult) -> str:
    how = (" The fast way: tar ran in a container of a local image and the data went through a "
           "pipe on this computer." if result.method == "direct" else "")
    return (f"Done: {human_size(result.bytes)} in {result.seconds:.1f} s "
            f"({human_size(result.speed)}/s).{how}")


# -- the common dialog ------------------------------------------------------------------------------------


class TransferDialog(QDialog):
    """The frame of the three dialogs; subclasses fill ``form`` and implement ``job()``."""

    finished_job = Signal(object)  # TransferResult or EngineError
    title = "Transfer"
    start_text = "Start"

    def __init__(self, session, volumes: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.volumes = sorted(volumes or [])
        self.job_thread: JobThread | None = None
        self._threads: list[JobThread] = []
        self.result_value = None
        self.error: EngineError | None = None
        self._logged = None
        self._users_request = None
        self.running_users: list[vd.RunningUser] = []
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
        self.stop_box = QCheckBox(self.tr("Stop them first and start them again afterwards"))
        self.stop_box.setChecked(True)
        users_layout.addWidget(self.users_label)
        users_layout.addWidget(self.stop_box)
        self.users_frame.hide()
        layout.addWidget(self.users_frame)

        cmd = QHBoxLayout()
        cmd.addWidget(QLabel(self.tr("Same with docker:")))
        self.command = QLineEdit()
        self.command.setObjectName("commandLine")
        self.command.setReadOnly(True)
        self.command.setToolTip(self.tr("The equivalent command line, to script the same work"))
        cmd.addWidget(self.command, 1)
        layout.addLayout(cmd)

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
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

    # -- helpers for subclasses --------------------------------------------------------------------
    def _set_command(self, text: str) -> None:
        self.command.setText(text)
        self.command.setCursorPosition(0)  # show where it starts: "docker …"

    def _volume_combo(self, current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
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
        h.addWidget(button)
        return row

    def check_users(self, volume: str) -> None:
        """Ask (off the GUI thread) which running containers use ``volume``."""
        if self._users_request is not None:
            self._users_request.cancel()
        self.running_users = []
        self.users_frame.hide()
        if not volume:
            return
        self._users_request = self.session.submit(vd.users_running, volume, label=f"Users of {volume}")
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
            "(a database, for example) may not be consistent.") % names)
        self.users_frame.show()

    @property
    def stop_users(self) -> bool:
        return bool(self.running_users) and self.stop_box.isChecked()

    # -- running ------------------------------------------------------------------------------------
    def job(self) -> tuple | None:
        """``(fn, args, label, command)`` for the work, or None (after saying why)."""
        raise NotImplementedError

    def confirm(self) -> bool:
        return True

    @Slot()
    def start(self) -> None:
        if self.job_thread is not None:
            return
        spec = self.session.spec
        if spec is None:
            self.fail(EngineError(self.tr("Not connected to an engine.")))
            return
        job = self.job()
        if job is None or not self.confirm():
            return
        fn, args, label, command = job
        self._set_command(command)
        self.error = None
        self.result_value = None
        thread = JobThread(functools.partial(Engine.connect, spec), fn, *args, name="volgui-transfer")
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(thread.deleteLater)
        self.job_thread = thread
        self._threads.append(thread)
        self._logged = log_request(self.session, label, command)
        self.start_button.setEnabled(False)
        self._set_inputs_enabled(False)
        self.progress.setRange(0, 0)  # until the size is known
        self.stats.setText(self.tr("Starting…"))
        thread.start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for i in range(self.form.rowCount()):
            item = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(enabled)
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
        self._end(result=result)
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        self.stats.setText(done_text(result))
        self.cancel_button.setText(self.tr("Close"))
        self.finished_job.emit(result)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self._end(error=error)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        if isinstance(error, Cancelled):
            self.stats.setText(self.tr("Cancelled — nothing was left half done."))
        else:
            self.fail(error)
        self.start_button.setEnabled(True)
        self._set_inputs_enabled(True)
        self.finished_job.emit(error)

    def _end(self, result=None, error=None) -> None:
        finish_logged(self.session, self._logged, result, error)
        self._logged = None
        self.job_thread = None  # the thread deletes itself when it has ended (never waited for here)

    def fail(self, error: EngineError) -> None:
        self.error = error
        self.stats.setText(f"<span style='color:#c0392b'>{error.message}</span>")

    @Slot()
    def cancel(self) -> None:
        if self.job_thread is not None:
            self.stats.setText(self.tr("Cancelling…"))
            self.job_thread.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.job_thread is not None:
            thread = self.job_thread
            thread.finish(10000)
            self._end(error=Cancelled())
        for thread in self._threads:  # ended, or closing their connection: a moment at most
            try:
                thread.wait(5000)
            except RuntimeError:  # already deleted: it had ended
                pass
        self._threads.clear()
        if self._users_request is not None:
            self._users_request.cancel()
        super().done(result)

    def _ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace it)."""
        return ask_yes_no(self, title, text)


# -- back up -----------------------------------------------------------------------------------------------


class ExportDialog(TransferDialog):
    title = "Back up volume"
    start_text = "Back up"

    def __init__(self, session, volume: str, volumes: list[str] | None = None, folder: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.volume_combo = self._volume_combo(volume)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("archivePath")
        self.compress_box = QCheckBox(self.tr("Compress (gzip) — smaller, slower"))
        self.form.addRow(self.tr("Volume:"), self.volume_combo)
        self.form.addRow(self.tr("Save as:"), self._path_row(self.path_edit, self.browse))
        self.form.addRow("", self.compress_box)
        self.path_edit.setText(str(Path(folder or Path.home()) / f"{volume}.tar"))
        self.volume_combo.currentTextChanged.connect(self._on_volume_changed)
        self.path_edit.textChanged.connect(self._update_command)
        self.compress_box.toggled.connect(self._on_compress)
        self._update_command()
        self.check_users(volume)

    @property
    def volume(self) -> str:
        return self.volume_combo.currentText().strip()

    @Slot(str)
    def _on_volume_changed(self, name: str) -> None:
        path = Path(self.path_edit.text())
        suffix = ".tar.gz" if self.compress_box.isChecked() else ".tar"
        self.path_edit.setText(str(path.with_name(f"{name}{suffix}")))
        self.check_users(name)

    @Slot(bool)
    def _on_compress(self, on: bool) -> None:
        text = self.path_edit.text()
        if on and not text.endswith(".gz"):
            self.path_edit.setText(text + ".gz")
        elif not on and text.endswith(".gz"):
            self.path_edit.setText(text[:-3])
        self._update_command()

    @Slot()
    def _update_command(self, *_args) -> None:
        text = self.path_edit.text()
        if text.endswith((".gz", ".tgz")) != self.compress_box.isChecked():
            self.compress_box.blockSignals(True)
            self.compress_box.setChecked(text.endswith((".gz", ".tgz")))
            self.compress_box.blockSignals(False)
        if text and self.volume:
            self._set_command(vd.export_command(self.volume, text, self.compress_box.isChecked()))

    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), self.path_edit.text(),
                                              self.tr("Tar archives (*.tar *.tar.gz *.tgz)"))
        if path:
            self.path_edit.setText(path)

    def job(self):
        path = self.path_edit.text().strip()
        if not self.volume or not path:
            self.fail(EngineError(self.tr("Choose a volume and a file.")))
            return None
        target = Path(path).expanduser()
        if target.exists() and not self._ask(self.tr("Replace file?"),
                                             self.tr("%s exists. Replace it when the backup is complete?")
                                             % target):
            return None
        compress = self.compress_box.isChecked()
        return (run_export, (self.volume, str(target), compress, self.stop_users),
                f"Back up {self.volume}", vd.export_command(self.volume, target, compress))


# -- restore ------------------------------------------------------------------------------------------------


class ImportDialog(TransferDialog):
    title = "Restore volume"
    start_text = "Restore"

    def __init__(self, session, volumes: list[str] | None = None, path: str | None = None,
                 target: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setObjectName("archivePath")
        self.new_radio = QRadioButton(self.tr("into a new volume named"))
        self.existing_radio = QRadioButton(self.tr("into the existing volume"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.existing_radio)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newVolumeName")
        self.existing_combo = self._volume_combo(target if target in self.volumes else None)
        self.existing_combo.setEditable(False)
        new_row, existing_row = QWidget(), QWidget()
        for row, radio, field in ((new_row, self.new_radio, self.new_name),
                                  (existing_row, self.existing_radio, self.existing_combo)):
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(radio)
            h.addWidget(field, 1)
        self.form.addRow(self.tr("Archive:"), self._path_row(self.path_edit, self.browse))
        self.form.addRow(self.tr("Restore:"), new_row)
        self.form.addRow("", existing_row)
        if target and target in self.volumes:
            self.existing_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
            self.new_name.setText(target or self._name_from(path or ""))
        self.path_edit.textChanged.connect(self._on_path)
        self.new_name.textChanged.connect(self._update_command)
        self.existing_combo.currentTextChanged.connect(self._on_target)
        self.new_radio.toggled.connect(self._on_target)
        self.preview: vd.OverwritePreview | None = None
        self._preview_key: tuple[str, str] | None = None
        self._preview_key_pending: tuple[str, str] | None = None
        self._preview_thread: JobThread | None = None
        self._update_command()
        if self.existing_radio.isChecked():
            self.check_users(self.target)

    @staticmethod
    def _name_from(path: str) -> str:
        name = Path(path).name
        for suffix in (".tar.gz", ".tgz", ".tar"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        name = re.sub(r"--\d{8}T\d{6}Z.*$", "", name)  # volgui's timestamped backups
        return name + "-restored" if name else ""

    @property
    def create(self) -> bool:
        return self.new_radio.isChecked()

    @property
    def target(self) -> str:
        return (self.new_name.text() if self.create else self.existing_combo.currentText()).strip()

    @Slot(str)
    def _on_path(self, text: str) -> None:
        if self.create and not self.new_name.isModified():
            self.new_name.setText(self._name_from(text))
        self._update_command()

    @Slot()
    def _on_target(self, *_args) -> None:
        self._update_command()
        if self.create:
            self.check_users("")
        else:
            self.check_users(self.target)

    @Slot()
    def _update_command(self, *_args) -> None:
        if self.path_edit.text() and self.target:
            self._set_command(vd.import_command(self.path_edit.text(), self.target, self.create))

    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from"), str(Path.home()),
                                              self.tr("Tar archives (*.tar *.tar.gz *.tgz);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def job(self):
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.is_file():
            self.fail(EngineError(self.tr("Choose the archive to restore.")))
            return None
        target = self.target
        if self.create:
            if not VOLUME_NAME.match(target):
                self.fail(EngineError(self.tr("“%s” is not a valid volume name (letters, digits, “_.-”, at "
                                              "least two characters).") % target))
                return None
            if target in self.volumes:
                self.fail(EngineError(self.tr("A volume named “%s” already exists: choose “into the existing "
                                              "volume” to overwrite its files.") % target))
                return None
        elif not target:
            self.fail(EngineError(self.tr("Choose the volume to restore into.")))
            return None
        return (run_import, (str(path), target, self.create, self.stop_users),
                f"Restore {path.name} into {target}", vd.import_command(path, target, self.create))

    def confirm(self) -> bool:
        if self.create:
            return True
        if self.preview is None or self._preview_key != self._key():
            self._start_preview()
            return False  # asked again when the preview arrives
        return self._ask(self.tr("Overwrite files?"), self.overwrite_text(self.preview))

    def _key(self) -> tuple[str, str]:
        return self.target, self.path_edit.text().strip()

    def overwrite_text(self, preview: vd.OverwritePreview) -> str:
        lines = [self.tr("Restoring into “%s” writes the archive's %d entries over the volume's files. "
                         "Files with the same names are replaced; other files stay.")
                 % (preview.volume, preview.entries)]
        if preview.existing:
            shown = "\n".join("  /" + p for p in preview.existing[:15])
            more = len(preview.existing) - 15
            lines.append(self.tr("These files exist and will be overwritten:") + "\n" + shown
                         + (self.tr("\n  … and %d more") % more if more > 0 else ""))
            if not preview.complete:
                lines.append(self.tr("(Only the archive's first %d files were checked.)") % preview.checked)
        else:
            lines.append(self.tr("None of the archive's files exist there now%s.")
                         % ("" if preview.complete else self.tr(" (first %d checked)") % preview.checked))
        return "\n\n".join(lines)

    def _start_preview(self) -> None:
        spec = self.session.spec
        if spec is None or self._preview_thread is not None:
            return
        self.stats.setText(self.tr("Checking which files would be overwritten…"))
        thread = JobThread(functools.partial(Engine.connect, spec), vd.overwrite_preview, self.target,
                           self.path_edit.text().strip(), name="volgui-overwrite-preview")
        thread.succeeded.connect(self._on_preview)
        thread.failed.connect(self._on_preview_failed)
        thread.finished.connect(thread.deleteLater)
        self._preview_thread = thread
        self._preview_key_pending = self._key()
        self._threads.append(thread)
        self.start_button.setEnabled(False)
        thread.start()

    def _end_preview(self) -> None:
        self._preview_thread = None
        self.start_button.setEnabled(True)

    @Slot(object)
    def _on_preview(self, preview) -> None:
        self._end_preview()
        self.preview = preview
        self._preview_key = self._preview_key_pending
        self.stats.setText(" ")
        self.start()

    @Slot(object)
    def _on_preview_failed(self, error) -> None:
        self._end_preview()
        self.fail(error)

    def done(self, result: int) -> None:
        if self._preview_thread is not None:
            self._preview_thread.finish(5000)
            self._end_preview()
        super().done(result)


# -- clone ---------------------------------------------------------------------------------------------------


class CloneDialog(TransferDialog):
    title = "Clone volume"
    start_text = "Clone"

    def __init__(self, session, volume: str, volumes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.volume_combo = self._volume_combo(volume)
        self.new_name = QLineEdit(self._free_name(volume))
        self.new_name.setObjectName("newVolumeName")
        self.form.addRow(self.tr("Volume:"), self.volume_combo)
        self.form.addRow(self.tr("New volume:"), self.new_name)
        self.volume_combo.currentTextChanged.connect(self._on_volume_changed)
        self.new_name.textChanged.connect(self._update_command)
        self._update_command()
        self.check_users(volume)

    def _free_name(self, volume: str) -> str:
        name, n = f"{volume}-copy", 2
        while name in self.volumes:
            name, n = f"{volume}-copy{n}", n + 1
        return name

    @property
    def volume(self) -> str:
        return self.volume_combo.currentText().strip()

    @Slot(str)
    def _on_volume_changed(self, name: str) -> None:
        if not self.new_name.isModified():
            self.new_name.setText(self._free_name(name))
        self._update_command()
        self.check_users(name)

    @Slot()
    def _update_command(self, *_args) -> None:
        if self.volume and self.new_name.text():
            self._set_command(vd.clone_command(self.volume, self.new_name.text().strip()))

    def job(self):
        dst = self.new_name.text().strip()
        if not VOLUME_NAME.match(dst):
            self.fail(EngineError(self.tr("“%s” is not a valid volume name.") % dst))
            return None
        if dst in self.volumes:
            self.fail(EngineError(self.tr("A volume named “%s” already exists.") % dst))
            return None
        return (run_clone, (self.volume, dst, self.stop_users), f"Clone {self.volume} to {dst}",
                vd.clone_command(self.volume, dst))
