"""Asks before rolling a volume back: what will happen, and whether to stop its running users."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from volgui.engine.present.display import human_size
from volgui.engine.volumes.snapshots import Snapshot
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.views.descriptions import describe, describe_buttons


class RollbackDialog(QDialog):
    """``stop_users``: the person chose to stop the running containers during the roll back."""

    def __init__(self, snapshot: Snapshot, running: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.setWindowTitle(self.tr("Roll back {0}").format(snapshot.volume))
        self.setObjectName("snapshotRollback")
        when = snapshot.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        text = QLabel(self.tr(
            "Roll {0} back to the snapshot of {1} ({2})?\n\nvolgui first takes a safety snapshot of the "
            "volume as it is now, so this can be undone too. Then it empties the volume and restores the "
            "snapshot exactly: every file, folder and link with its owner, mode and time.").format(
            snapshot.volume, when, human_size(snapshot.backup.total_size, ".1f")))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.stop_check = None
        if running:
            names = ", ".join(running[:10]) + (" …" if len(running) > 10 else "")
            warning = QLabel(self.tr(
                "Running containers use this volume: {0}. What they write during the roll back may be "
                "lost, and they may not expect their files to change under them.").format(names))
            warning.setWordWrap(True)
            warning.setObjectName("rollbackUsersWarning")
            self.stop_check = QCheckBox(self.tr("Stop them during the roll back and start them again after"))
            layout.addWidget(warning)
            layout.addWidget(self.stop_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rollback_button = buttons.addButton(self.tr("Roll back"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe(self.rollback_button, self.tr("Put the volume back as it was at this snapshot"))
        describe_buttons(buttons)
        layout.addWidget(buttons)
        settle_on_show(self, self.stop_check or self.rollback_button)

    @property
    def stop_users(self) -> bool:
        return bool(self.stop_check is not None and self.stop_check.isChecked())
