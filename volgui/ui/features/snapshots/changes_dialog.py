"""What changed in a volume since a snapshot or backup: a filtered tree, and a file's two versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.errors import Cancelled
from volgui.engine.volumes.changes import ADDED, CHANGED, REMOVED, Change, Diff
from volgui.engine.volumes.snapshots import Snapshot
from volgui.models.changes import CHANGE_ROLE, ChangesFilter, ChangesTreeModel
from volgui.operations import snapshots as snap_ops
from volgui.ui.dialogs.focus import settle_on_show
from volgui.ui.features.snapshots.compare_dialog import CompareDialog

if TYPE_CHECKING:
    from volgui.ui.features.snapshots.feature import SnapshotsFeature


class ChangesDialog(QDialog):
    def __init__(self, feature: SnapshotsFeature, snapshot: Snapshot, parent: QWidget | None = None,
                 backup: bool = False) -> None:
        super().__init__(parent)
        self.feature = feature
        self.snapshot = snapshot
        self.diff: Diff | None = None
        when = snapshot.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        self.setWindowTitle(self.tr("What changed in {0}").format(snapshot.volume))
        self.setObjectName("snapshotChanges")
        self.resize(860, 560)
        since = self.tr("the backup of {0}") if backup else self.tr("the snapshot of {0}")
        self.heading = QLabel(self.tr("Changes in {0} since {1}").format(snapshot.volume, since.format(when)))
        self.heading.setWordWrap(True)
        self.checks = {}
        filters = QHBoxLayout()
        kinds = ((ADDED, self.tr("Added")), (CHANGED, self.tr("Changed")), (REMOVED, self.tr("Removed")))
        for kind, text in kinds:
            check = QCheckBox(text)
            check.setChecked(True)
            check.toggled.connect(self._refilter)
            self.checks[kind] = check
            filters.addWidget(check)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by path"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the changes by path"))
        self.filter_edit.textChanged.connect(self._refilter)
        filters.addWidget(self.filter_edit, 1)
        self.model = ChangesTreeModel(self)
        self.proxy = ChangesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.doubleClicked.connect(self.compare_selected)
        self.tree.setAccessibleName(self.tr("Changes in {0}").format(snapshot.volume))
        self.tree.setAccessibleDescription(self.tr("Folders with what was added, changed or removed"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.summary = QLabel(self.tr("Reading the volume and comparing it with the snapshot…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton(self.tr("Compare versions…"))
        self.compare_button.setToolTip(self.tr("The file then and now, side by side"))
        self.compare_button.clicked.connect(self.compare_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        settle_on_show(self, self.filter_edit)
        self._update_buttons()
        self._waiting = True
        self.job = feature.start(snap_ops.what_changed, str(snapshot.manifest), on_ok=self._on_diff,
                                 on_failed=self._on_failed)
        self._waiting = self.job is not None

    @property
    def waiting(self) -> bool:
        return self._waiting

    def _on_diff(self, diff: Diff) -> None:
        self._waiting = False
        self.busy.hide()
        self.diff = diff
        self.model.set_diff(diff)
        counts = diff.counts()
        text = self.tr("{0}: {1} added, {2} changed, {3} removed.").format(
            self.tr("%Ln change(s)", "", diff.total), counts[ADDED], counts[CHANGED], counts[REMOVED])
        if diff.total > len(diff.changes):
            text += " " + self.tr("The first {0} are listed.").format(len(diff.changes))
        if not diff.total:
            text = self.tr("Nothing changed: the volume is exactly as it was then.")
        self.summary.setText(text)
        self.tree.expandToDepth(2)

    def _on_failed(self, error) -> None:
        self._waiting = False
        self.busy.hide()
        if not isinstance(error, Cancelled):
            self.summary.setText("✘ " + getattr(error, "message", str(error)))

    @Slot()
    def _refilter(self, *args) -> None:
        self.proxy.set_filter({k for k, c in self.checks.items() if c.isChecked()}, self.filter_edit.text())
        if self.filter_edit.text():
            self.tree.expandAll()

    def selected_change(self) -> Change | None:
        rows = self.tree.selectionModel().selectedRows()
        if not rows:
            return None
        change = self.proxy.mapToSource(rows[0]).siblingAtColumn(0).data(CHANGE_ROLE)
        return change if isinstance(change, Change) else None

    @Slot()
    def _update_buttons(self, *args) -> None:
        change = self.selected_change()
        entry = (change.new or change.old) if change is not None else None
        self.compare_button.setEnabled(entry is not None and entry.type == "file")

    @Slot()
    def compare_selected(self, *args) -> None:
        change = self.selected_change()
        if change is None or (change.new or change.old).type != "file":
            return
        dialog = CompareDialog(self.feature, self.snapshot, change, self)
        dialog.show()

    def done(self, result: int) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
        super().done(result)
