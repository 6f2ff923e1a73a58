"""Back up, restore and clone dialogs: they collect what to do, then show the work's progress.

A restore into an existing volume first asks for a confirmation naming what it would overwrite.
The frame (progress, Cancel, command, running users) is :class:`TransferDialog`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from volgui.engine.errors import EngineError
from volgui.engine.present import commands
from volgui.engine.volumes import transfer as vd
from volgui.operations.volume_data import back_up, clone, restore
from volgui.ui.dialogs.snapshot_first import snapshot_first_check
from volgui.ui.features.volume_data.transfer_dialog import TransferDialog
from volgui.ui.views.descriptions import describe
from volgui.workers.job_runner import engine_factory
from volgui.workers.jobs import JobThread

VOLUME_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")


# -- back up -----------------------------------------------------------------------------------------------


class ExportDialog(TransferDialog):
    title = "Back up volume"
    start_text = QT_TR_NOOP("Back up")

    def __init__(self, session, volume: str, volumes: list[str] | None = None, folder: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.volume_combo = self._volume_combo(volume)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("archivePath")
        self.path_edit.setAccessibleName(self.tr("Archive file"))
        describe(self.path_edit, self.tr("The backup file (.tar or .tar.gz) on this computer"))
        self.compress_box = QCheckBox(self.tr("Compress (gzip) — smaller, slower"))
        describe(self.compress_box, self.tr("Write a .tar.gz file: smaller, takes longer"))
        self.form.addRow(self.tr("Volume:"), self.volume_combo)
        self.form.addRow(self.tr("Save as:"), self.path_row(self.path_edit, self.browse, auto_default=True))
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
            compress = self.compress_box.isChecked()
            self.command.set_command(commands.export_command(self.volume, text, compress))

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
        return (back_up, (self.volume, str(target), compress, self.stop_users),
                f"Back up {self.volume}", commands.export_command(self.volume, target, compress))


# -- restore ------------------------------------------------------------------------------------------------


class ImportDialog(TransferDialog):
    title = "Restore volume"
    start_text = QT_TR_NOOP("Restore")

    def __init__(self, session, volumes: list[str] | None = None, path: str | None = None,
                 target: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setObjectName("archivePath")
        self.path_edit.setAccessibleName(self.tr("Archive file"))
        describe(self.path_edit, self.tr("The backup file (.tar or .tar.gz) on this computer"))
        self.new_radio = QRadioButton(self.tr("into a new volume named"))
        self.existing_radio = QRadioButton(self.tr("into the existing volume"))
        describe(self.new_radio, self.tr("Make a new volume with the name that follows and restore into it"))
        describe(self.existing_radio, self.tr("Replace what the chosen volume holds with the backup"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.existing_radio)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newVolumeName")
        self.new_name.setAccessibleName(self.tr("New volume name"))
        describe(self.new_name, self.tr("A name no volume has yet"))
        self.existing_combo = self._volume_combo(target if target in self.volumes else None)
        self.existing_combo.setEditable(False)
        new_row, existing_row = QWidget(), QWidget()
        for row, radio, field in ((new_row, self.new_radio, self.new_name),
                                  (existing_row, self.existing_radio, self.existing_combo)):
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(radio)
            h.addWidget(field, 1)
        self.form.addRow(self.tr("Archive:"), self.path_row(self.path_edit, self.browse, auto_default=True))
        self.form.addRow(self.tr("Restore:"), new_row)
        self.form.addRow("", existing_row)
        self.snapshot_check = snapshot_first_check(self, self.tr("the volume's files as they are now"))
        if self.snapshot_check is not None:
            self.form.addRow("", self.snapshot_check)
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
        if self.snapshot_check is not None:
            self.snapshot_check.setVisible(not self.create)
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
        if self.snapshot_check is not None:
            self.snapshot_check.setVisible(not self.create)
        if self.create:
            self.check_users("")
        else:
            self.check_users(self.target)

    @Slot()
    def _update_command(self, *_args) -> None:
        if self.path_edit.text() and self.target:
            self.command.set_command(commands.import_command(self.path_edit.text(), self.target, self.create))

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
        # the preview listed the archive's device nodes and set-ID files and confirm() asks before
        # this job runs: only then may they be restored
        agreed = bool(self.preview is not None and self._preview_key == self._key() and self.preview.special)
        check = self.snapshot_check
        snapshot = bool(not self.create and check is not None and check.isChecked())
        return (functools.partial(restore, allow_special=agreed, snapshot_first=snapshot),
                (str(path), target, self.create, self.stop_users),
                f"Restore {path.name} into {target}", commands.import_command(path, target, self.create))

    def confirm(self) -> bool:
        if self.preview is None or self._preview_key != self._key():
            self._start_preview()
            return False  # asked again when the preview arrives
        if self.preview.refused:
            self.fail(EngineError(self.preview.refused))
            return False
        if self.create:
            if not self.preview.special:
                return True
            return self._ask(self.tr("Restore special files?"), self.special_text(self.preview))
        text = self.overwrite_text(self.preview)
        if self.preview.special:
            text += "\n\n" + self.special_text(self.preview)
        return self._ask(self.tr("Overwrite files?"), text)

    def special_text(self, preview: vd.OverwritePreview) -> str:
        return (self.tr("The archive holds device nodes or files that run with their owner's rights "
                        "(set-user-ID or set-group-ID):") + "\n  " + preview.special.replace("; ", "\n  ")
                + "\n\n" + self.tr("They are restored only if you agree. Restore them?"))

    def _key(self) -> tuple[str, str]:
        return self.target, self.path_edit.text().strip()

    def overwrite_text(self, preview: vd.OverwritePreview) -> str:
        lines = [self.tr("Restoring into “%s” writes the archive's %s over the volume's files. "
                         "Files with the same names are replaced; other files stay.")
                 % (preview.volume, self.tr("%Ln entry(s)", "", preview.entries))]
        if preview.existing:
            shown = "\n".join("  /" + p for p in preview.existing[:15])
            more = len(preview.existing) - 15
            lines.append(self.tr("These files exist and will be overwritten:") + "\n" + shown
                         + (self.tr("\n  … and %d more") % more if more > 0 else ""))
            if not preview.complete:
                lines.append(self.tr("(Only the archive's first %s were checked.)")
                             % self.tr("%Ln file(s)", "", preview.checked))
        else:
            lines.append(self.tr("None of the archive's files exist there now%s.")
                         % ("" if preview.complete else self.tr(" (first %d checked)") % preview.checked))
        return "\n\n".join(lines)

    def _start_preview(self) -> None:
        factory = engine_factory(self.session)
        if factory is None or self._preview_thread is not None:
            return
        self.stats.setText(self.tr("Checking the archive…") if self.create
                           else self.tr("Checking which files would be overwritten…"))
        self._preview_key_pending = self._key()
        self.start_button.setEnabled(False)
        self._preview_thread = self.runner.start(
            factory, vd.overwrite_preview, "" if self.create else self.target, self.path_edit.text().strip(),
            on_ok=self._on_preview, on_failed=self._on_preview_failed, name="volgui-overwrite-preview")

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
        super().done(result)  # the preview is cancelled and waited for with the job
        self._preview_thread = None

# -- clone ---------------------------------------------------------------------------------------------------


class CloneDialog(TransferDialog):
    title = "Clone volume"
    start_text = QT_TR_NOOP("Clone")

    def __init__(self, session, volume: str, volumes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, volumes, parent)
        self.volume_combo = self._volume_combo(volume)
        self.new_name = QLineEdit(self._free_name(volume))
        describe(self.new_name, self.tr("A name no volume has yet"))
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
            self.command.set_command(commands.clone_command(self.volume, self.new_name.text().strip()))

    def job(self):
        dst = self.new_name.text().strip()
        if not VOLUME_NAME.match(dst):
            self.fail(EngineError(self.tr("“%s” is not a valid volume name.") % dst))
            return None
        if dst in self.volumes:
            self.fail(EngineError(self.tr("A volume named “%s” already exists.") % dst))
            return None
        return (clone, (self.volume, dst, self.stop_users), f"Clone {self.volume} to {dst}",
                commands.clone_command(self.volume, dst))
