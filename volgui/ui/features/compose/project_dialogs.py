"""The project actions that need a word first: back up every volume, and remove the project.

Both list exactly what they touch. Removing keeps the volumes unless asked (the ``docker compose
down`` default); removing them too lists each and offers a backup first, checked by default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from volgui.engine.compose.projects import Project
from volgui.engine.present import commands, display
from volgui.operations import compose as compose_ops
from volgui.ui.dialogs.base import ActionDialog, note_label
from volgui.ui.views.descriptions import browse_folder_text, describe


def _names(items, limit: int = 12) -> str:
    items = list(items)
    text = ", ".join(items[:limit])
    return text + (f" … (+{len(items) - limit})" if len(items) > limit else "")


class _FolderRow(QHBoxLayout):
    def __init__(self, dialog, folder: str) -> None:
        super().__init__()
        self.dialog = dialog
        self.label = QLabel(dialog.tr("Backups folder:"))
        self.edit = QLineEdit(folder)
        self.edit.setObjectName("backupFolder")
        self.edit.setAccessibleName(self.tr("Backup folder"))
        describe(self.edit, dialog.tr("The folder on this computer that receives one backup file per volume"))
        self.button = QPushButton(dialog.tr("Choose…"))
        self.button.setAutoDefault(False)
        describe(self.button, browse_folder_text())
        self.button.clicked.connect(self._choose)
        self.addWidget(self.label)
        self.addWidget(self.edit, 1)
        self.addWidget(self.button)

    @Slot()
    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self.dialog, self.dialog.tr("Backups folder"),
                                                self.edit.text())
        if path:
            self.edit.setText(path)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.label, self.edit, self.button):
            widget.setEnabled(on)


class ProjectBackupDialog(ActionDialog):
    """Back up all the project's volumes, stopping the project meanwhile if the person chooses."""

    def __init__(self, project: Project, folder: str, parent=None) -> None:
        super().__init__(self.tr("Back up project {0}").format(project.name), self.tr("Back up"), parent)
        self.setObjectName("projectBackupDialog")
        self.project = project
        self.volumes = list(project.all_volumes)
        self.intro.setText(self.tr("Back up every volume of the project {0} into one folder, each with "
                                   "a manifest the Backups tab lists and verifies.").format(project.name))
        self.list_label = note_label(self.tr("Volumes: {0}").format(_names(self.volumes) or self.tr("none")))
        self.body.addWidget(self.list_label)
        self.folder = _FolderRow(self, folder)
        self.folder.edit.textChanged.connect(self._update)
        self.body.addLayout(self.folder)
        self.stop_box = QCheckBox(self.tr("Stop the project while backing up (a consistent copy), then "
                                          "start it again"))
        self.stop_box.setObjectName("stopProject")
        describe(self.stop_box, self.tr("A container that writes while it is copied can leave a broken "
                                        "backup"), tip=True)
        # enabled whatever the list said: the running containers are looked up when the backup starts
        self.stop_box.toggled.connect(self._update)
        self.body.addWidget(self.stop_box)
        self.hint = note_label(self.tr("{0} running: files they write during the copy may be caught half "
                                       "written.").format(display.count(project.running, "container")),
                               tone="warn")
        self.hint.setVisible(project.running > 0)
        self.body.addWidget(self.hint)
        self.ok_button.setEnabled(bool(self.volumes))
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        folder = self.folder.edit.text().strip() or "."
        parts = [commands.export_command(v, Path(folder) / f"{v}.tar") for v in self.volumes[:3]]
        text = " && ".join(parts) + (" && …" if len(self.volumes) > 3 else "")
        if self.stop_box.isChecked():
            text = (f"{commands.compose_command('stop', self.project.name)} && {text} && "
                    f"{commands.compose_command('start', self.project.name)}")
        self.command_box.set_command(text)

    def accepted_values(self) -> tuple[str, bool]:
        return self.folder.edit.text().strip(), self.stop_box.isChecked()

    def accept(self) -> None:
        if not self.folder.edit.text().strip():
            self.show_error(self.tr("Choose a folder for the backups."))
            return
        super().accept()


class ProjectDownDialog(ActionDialog):
    """Remove the project's containers and networks; its volumes only when asked, listed, backed up."""

    def __init__(self, submit, project: Project, folder: str, parent=None) -> None:
        super().__init__(self.tr("Remove project {0}").format(project.name), self.tr("Remove"), parent,
                         destructive=True)
        self.setObjectName("projectDownDialog")
        self.project = project
        self.preview: compose_ops.DownPreview | None = None
        self.intro.setText(self.tr("Remove the containers and networks of {0}, as docker compose down "
                                   "does. Its volumes and their data are kept unless you tick below.")
                           .format(project.name))
        self.what = note_label()
        self.body.addWidget(self.what)
        self.volumes_box = QCheckBox(self.tr("Also remove the project's volumes (their data is lost)"))
        self.volumes_box.setObjectName("removeVolumes")
        self.volumes_box.toggled.connect(self._update)
        self.body.addWidget(self.volumes_box)
        self.volume_list = note_label(tone="warn")
        self.volume_list.hide()
        self.body.addWidget(self.volume_list)
        self.backup_box = QCheckBox(self.tr("Back them up first (nothing is removed if a backup fails)"))
        self.backup_box.setObjectName("backupFirst")
        self.backup_box.setChecked(True)
        self.backup_box.toggled.connect(self._update)
        self.body.addWidget(self.backup_box)
        self.folder = _FolderRow(self, folder)
        self.body.addLayout(self.folder)
        self.ask(submit, compose_ops.down_preview, project.name,
                 busy_text=self.tr("Listing what the project has…"))
        self._update()

    def on_preview(self, preview: compose_ops.DownPreview) -> None:
        self.preview = preview
        lines = [self.tr("Containers: {0}").format(_names(c.name for c in preview.containers) or
                                                   self.tr("none"))]
        if preview.networks:
            lines.append(self.tr("Networks: {0}").format(_names(preview.networks)))
        if preview.kept_volumes:
            lines.append(self.tr("Kept in any case (not made by the project): {0}").format(
                _names(preview.kept_volumes)))
        self.what.setText("\n".join(lines))
        self.volumes_box.setEnabled(bool(preview.volumes))
        self.ok_button.setEnabled(True)
        self._update()

    @Slot()
    def _update(self, *_args) -> None:
        with_volumes = self._with_volumes()
        if self.preview is not None:
            self.volume_list.setText(self.tr("Volumes removed: {0}").format(_names(self.preview.volumes)))
        self.volume_list.setVisible(with_volumes)
        self.backup_box.setVisible(with_volumes)
        self.folder.set_enabled(with_volumes and self.backup_box.isChecked())
        for widget in (self.folder.label, self.folder.edit, self.folder.button):
            widget.setVisible(with_volumes)
        self.ok_button.setText(self.tr("Remove with volumes") if with_volumes else self.tr("Remove"))
        self.command_box.set_command(commands.compose_command("down", self.project.name,
                                                              volumes=with_volumes))

    def _with_volumes(self) -> bool:
        return self.volumes_box.isChecked() and self.preview is not None and bool(self.preview.volumes)

    def accepted_values(self) -> tuple[bool, str]:
        """``(with volumes, backup folder or "")``."""
        with_volumes = self._with_volumes()
        backup = self.folder.edit.text().strip() if with_volumes and self.backup_box.isChecked() else ""
        return with_volumes, backup

    def accept(self) -> None:
        with_volumes, backup = self.accepted_values()
        if with_volumes and self.backup_box.isChecked() and not backup:
            self.show_error(self.tr("Choose a folder for the backups, or untick the backup."))
            return
        super().accept()
