"""Backup policy of one volume: back up every N hours or days, keep the last K."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import EngineError
from volgui.engine.volumes import backups as bk
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe, describe_buttons


class PolicyDialog(QDialog):
    """When accepted: ``policy`` is the new policy, or ``cleared`` is True (no policy)."""

    def __init__(self, volume: str, current: bk.Policy | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle_on_show(self)  # Tab follows the layout; typing goes to the first field
        grow_to_fit(self)  # a warning shown later is not cut
        self.setWindowTitle(self.tr("Backup policy for {0}").format(volume))
        self.volume = volume
        self.interval = QLineEdit(f"{int(current.every_hours)}h" if current else "1d")
        self.interval.setPlaceholderText("6h, 1d, 7d")
        describe(self.interval, self.tr("How often a backup is taken, like 6h or 1d"))
        self.keep = QSpinBox()
        describe(self.keep, self.tr("How many backups are kept; older ones are deleted"))
        self.keep.setRange(1, 1000)
        self.keep.setValue(current.keep if current else 7)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("Back up every:"), self.interval)
        form.addRow(self.tr("Keep the last:"), self.keep)
        note = QLabel(self.tr("While volgui runs, due backups happen in the background. To back up when it "
                              "is closed, install the timer: volgui-backup --install-timer."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(self.tr("No policy"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self._no_policy)
        describe(self.remove_button, self.tr("Stop the scheduled backups of this volume"), tip=True)
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.interval.textChanged.connect(self._validate)
        self.policy: bk.Policy | None = current
        self.cleared = False
        self._validate()

    @Slot()
    def _validate(self) -> bool:
        try:
            hours = bk.parse_interval(self.interval.text())
        except EngineError as exc:
            self.error.setText(exc.message)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.policy = bk.Policy(self.volume, hours, self.keep.value())
        return True

    def accept(self) -> None:
        if self._validate():
            self.policy = bk.Policy(self.volume, self.policy.every_hours, self.keep.value())
            super().accept()

    @Slot()
    def _no_policy(self) -> None:
        self.cleared = True
        self.policy = None
        super().accept()
