"""In the mount dialog of a compose container: also add the mount to its compose file.

``docker compose up`` re-creates a container from its file, so a mount volgui added by a
re-create would be lost there. The offer is ticked when volgui saved a compose file for the
project (Save as compose.yaml); the feature edits the file only after the re-create succeeded
(this widget goes with its dialog).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.compose.projects import compose_info
from volgui.ui.dialogs.base import note_label


class ComposeMountOffer(QWidget):
    """A tick box, the compose file to edit, and why."""

    def __init__(self, dialog, saved_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeMountOffer")
        self.dialog = dialog
        container = dialog.container
        project, self.service, _working_dir, config_files = compose_info(container.labels)
        self.note = note_label(self.tr("{0} belongs to the compose project {1}: the next docker compose up "
                                       "re-creates it from its file, without this mount unless the file has "
                                       "it.").format(container.name, project), tone="warn")
        self.check = QCheckBox(self.tr("Also add the mount to this compose file:"))
        self.check.setObjectName("addToComposeFile")
        self.check.setChecked(bool(saved_file))
        self.path_edit = QLineEdit(saved_file or (config_files[0] if config_files else ""))
        self.path_edit.setObjectName("composeFilePath")
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        self.hint = note_label(self.tr("volgui rewrites the file: comments of a hand-written file are not "
                                       "kept."), tone="hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.hint)

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Compose file"), self.path_edit.text(),
                                              self.tr("Compose files (*.yaml *.yml)"))
        if path:
            self.path_edit.setText(path)
            self.check.setChecked(True)

    def values(self) -> tuple | None:
        """``(path, service, container name, mount type, source, target, read only)`` to write,
        or None when the person did not ask for it."""
        path = self.path_edit.text().strip()
        if not self.check.isChecked() or not path:
            return None
        d = self.dialog
        return (path, self.service, d.container.name, d.mount_type, d.current_source(),
                d.path_edit.text().strip(), bool(d.read_only()))
