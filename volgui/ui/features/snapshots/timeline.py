"""One volume's snapshots, newest first: take one (with a note), roll back to one, see what changed;
and, above them, a folder an interrupted roll back left in the volume, with "Put back…"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled
from volgui.engine.present.display import human_size
from volgui.engine.volumes.interrupted import LeftAside
from volgui.engine.volumes.snapshots import RollbackResult, Snapshot
from volgui.models.snapshots import SnapshotTableModel
from volgui.operations import snapshots as snap_ops
from volgui.ui.dialogs.base import ask_yes_no, note_label
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.features.snapshots.put_back_dialog import PutBackDialog
from volgui.ui.features.snapshots.rollback_dialog import RollbackDialog
from volgui.ui.views.descriptions import close_text, describe

if TYPE_CHECKING:
    from volgui.ui.features.snapshots.feature import SnapshotsFeature


class TimelineDialog(QDialog):
    def __init__(self, feature: SnapshotsFeature, volume: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.volume = volume
        self.setWindowTitle(self.tr("Snapshots of {0}").format(volume))
        self.setObjectName("snapshotsTimeline")
        self.resize(820, 460)
        intro = QLabel(self.tr(
            "A snapshot is a verified copy of the volume that volgui keeps in its data folder. Roll back "
            "to one to undo what happened since (volgui takes a safety snapshot first), or see what "
            "changed."))
        intro.setWordWrap(True)
        intro.setToolTip(str(snap_ops.folder()))
        # a folder an interrupted roll back left in the volume (found when the list is refreshed)
        self.left_aside: LeftAside | None = None
        self.left_aside_row = QWidget()
        self.left_aside_row.setObjectName("leftAsideRow")
        self.left_aside_label = note_label(tone="warn")
        self.put_back_button = QPushButton(self.tr("Put back…"))
        self.put_back_button.clicked.connect(self.put_back)
        describe(self.put_back_button, self.tr("Move the volume's files back from the folder the roll back "
                                               "left them in (after a snapshot)"), tip=True)
        row = QHBoxLayout(self.left_aside_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.left_aside_label, 1)
        row.addWidget(self.put_back_button)
        self.left_aside_row.hide()
        self.model = SnapshotTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.show_changes)
        self.view.setAccessibleName(self.tr("Snapshots of {0}").format(volume))
        self.view.setAccessibleDescription(self.tr("Newest first: time, size, what was running, note"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note for the new snapshot (optional)"))
        self.note.setMaxLength(2000)
        self.note.setAccessibleName(self.tr("Note for the new snapshot"))
        self.snapshot_button = QPushButton(self.tr("Snapshot now"))
        self.snapshot_button.clicked.connect(self.take)
        self.snapshot_button.setToolTip(self.tr("Take a snapshot of the volume now, with the note"))
        self.changes_button = QPushButton(self.tr("What changed since…"))
        self.changes_button.clicked.connect(self.show_changes)
        self.changes_button.setToolTip(self.tr("What changed in the volume since the selected snapshot"))
        self.rollback_button = QPushButton(self.tr("Roll back…"))
        self.rollback_button.clicked.connect(self.roll_back)
        self.rollback_button.setToolTip(self.tr("Put the volume back as it was in the selected snapshot"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected snapshot's files"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        describe(close, close_text())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        take = QHBoxLayout()
        take.addWidget(self.note, 1)
        take.addWidget(self.snapshot_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.rollback_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.left_aside_row)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(take)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        settle_on_show(self, self.note)
        self._working = False
        self._listing = False
        self._looking = False  # for a folder an interrupted roll back left
        self._update_buttons()
        self.refresh()

    @property
    def waiting(self) -> bool:
        """A listing or a snapshot or roll back is under way."""
        return self._listing or self._looking or self._working

    # -- listing ---------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        spec = self.feature.ctx.session.spec
        host = spec.host if spec is not None else ""
        self._listing = self.feature.start(snap_ops.timeline, self.volume, host, on_ok=self._on_listed,
                                           on_failed=self._on_failed, with_progress=False) is not None
        self._looking = self.feature.start(snap_ops.left_aside, self.volume, on_ok=self._on_looked,
                                           on_failed=self._on_look_failed, with_progress=False) is not None

    def _on_looked(self, found: list[LeftAside]) -> None:
        self._looking = False
        self.left_aside = found[0] if found else None
        if self.left_aside is not None:
            self.left_aside_label.setText(self.tr(
                "An interrupted roll back left the volume's files in the folder {0}.").format(
                self.left_aside.name))
        self.left_aside_row.setVisible(self.left_aside is not None)
        self._update_buttons()

    def _on_look_failed(self, error) -> None:
        """Not knowing hides nothing else: the row stays as it was, the status says why."""
        self._looking = False
        if not isinstance(error, Cancelled):
            self.status.setText("✘ " + getattr(error, "message", str(error)))

    def _on_listed(self, result) -> None:
        self._listing = False
        items, problems = result
        self.model.set_items(items)
        if items and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        if problems:
            self.status.setText(" ".join(problems[:3]))
        elif not items:
            self.status.setText(self.tr("No snapshots of {0} yet.").format(self.volume))
        self._update_buttons()

    def selected(self) -> Snapshot | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self, *args) -> None:
        chosen = self.selected() is not None
        self.changes_button.setEnabled(chosen and not self._working)
        self.rollback_button.setEnabled(chosen and not self._working)
        self.delete_button.setEnabled(chosen and not self._working)
        self.snapshot_button.setEnabled(not self._working)
        self.put_back_button.setEnabled(self.left_aside is not None and not self._working)

    def _working_on(self, text: str) -> None:
        self._working = bool(text)
        self.busy.setVisible(self._working)
        if text:
            self.status.setText(text)
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------------
    @Slot()
    def take(self) -> None:
        if self.feature.snapshot([self.volume], self.note.text().strip(), on_ok=self._on_taken,
                                 on_failed=self._on_failed) is not None:
            self._working_on(self.tr("Taking a snapshot of {0}…").format(self.volume))

    def _on_taken(self, made) -> None:
        self._working_on("")
        self.note.clear()
        item = made[0].backup
        self.status.setText(self.tr("Snapshot taken: {0}, {1}. {2}").format(
            human_size(item.total_size, ".1f"), self.tr("%Ln entry(s)", "", item.entries),
            item.verify_message))
        self.view.clearSelection()
        self.refresh()

    def _on_failed(self, error) -> None:
        self._listing = False
        self._working_on("")
        if not isinstance(error, Cancelled):
            self.status.setText("✘ " + getattr(error, "message", str(error)))

    @Slot()
    def show_changes(self, *args) -> None:
        item = self.selected()
        if item is None:
            return
        from volgui.ui.features.snapshots.changes_dialog import ChangesDialog  # lazy: start-up time

        dialog = ChangesDialog(self.feature, item, self)
        dialog.show()

    @Slot()
    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        when = item.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if not ask_yes_no(self, self.tr("Delete snapshot"), self.tr(
                "Delete the snapshot of {0} from {1}? It cannot be rolled back to afterwards.").format(
                self.volume, when)):
            return
        if self.feature.start(snap_ops.delete, str(item.manifest), on_ok=self._on_deleted,
                              on_failed=self._on_failed, with_progress=False,
                              label=self.tr("Delete a snapshot of {0}").format(self.volume),
                              command=f"rm {item.backup.archive.name} {item.manifest.name}") is not None:
            self._working_on(self.tr("Deleting…"))

    def _on_deleted(self, _deleted) -> None:
        self._working_on("")
        self.status.setText(self.tr("Snapshot deleted."))
        self.view.clearSelection()
        self.refresh()

    @Slot()
    def roll_back(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.confirm = RollbackDialog(item, self.feature.running_users(self.volume), self)
        self.confirm.accepted.connect(self._on_confirmed)
        self.confirm.open()

    @Slot()
    def _on_confirmed(self) -> None:
        item, stop = self.confirm.snapshot, self.confirm.stop_users
        job = self.feature.start(snap_ops.roll_back, str(item.manifest), stop, on_ok=self._on_rolled_back,
                                 on_failed=self._on_failed, progress=self._on_progress,
                                 label=self.tr("Roll back {0}").format(self.volume),
                                 command=f"# snapshot {self.volume}, empty it, restore "
                                         f"{item.backup.archive.name}")
        if job is not None:
            self._working_on(self.tr("Rolling {0} back…").format(self.volume))

    def _on_progress(self, value) -> None:
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            self.status.setText(value["text"][:300])

    def _on_rolled_back(self, result: RollbackResult) -> None:
        self._working_on("")
        text = self.tr("Rolled {0} back to the snapshot of {1}.").format(
            self.volume, result.snapshot.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
        if result.safety is not None:
            text += " " + self.tr("The state before is kept as a safety snapshot (at the top).")
        if result.stopped:
            text += " " + self.tr("Stopped and started again: {0}.").format(", ".join(result.stopped))
        if result.problems:
            text += " " + result.problems
        self.status.setText(text)
        self.view.clearSelection()
        self.refresh()

    @Slot()
    def put_back(self) -> None:
        found = self.left_aside
        if found is None:
            return
        command = self.feature.put_back_command(self.volume, found)
        self.put_back_confirm = PutBackDialog(self.volume, found, command, self)
        self.put_back_confirm.accepted.connect(self._on_put_back_confirmed)
        self.put_back_confirm.open()

    @Slot()
    def _on_put_back_confirmed(self) -> None:
        found = self.put_back_confirm.found
        if self.feature.put_back(self.volume, found, on_ok=self._on_put_back, on_failed=self._on_failed,
                                 progress=self._on_progress) is not None:
            self._working_on(self.tr("Putting back the files of {0}…").format(self.volume))

    def _on_put_back(self, _result) -> None:
        self._working_on("")
        name = self.left_aside.name if self.left_aside is not None else ""
        self.left_aside = None
        self.left_aside_row.hide()
        self.status.setText(self.tr("The files of {0} are back from the folder {1}. The volume as it was "
                                    "before is kept as a snapshot (at the top).").format(self.volume, name))
        self.view.clearSelection()
        self.refresh()
