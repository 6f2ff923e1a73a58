"""What takes space (``docker system df -v``): images, containers' write layers, volumes and build
cache, each with its size, what a clean-up would free, its rows, and its reclaim action (which
opens that action's own preview)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.images.disk_use import DiskGroup, DiskUse
from volgui.engine.present import image_commands
from volgui.engine.present.display import human_size
from volgui.models.image_tables import DiskRowsModel
from volgui.operations import images as ops
from volgui.ui.dialogs.base import CommandBox, note_label
from volgui.ui.dialogs.fit import grow_to_fit
from volgui.ui.views.descriptions import describe, describe_buttons, describe_tab, rows_text

GROUPS = {  # kind: (tab title, reclaim button, what the clean-up is)
    "images": (QT_TR_NOOP("Images"), QT_TR_NOOP("Prune unused images…"),
               QT_TR_NOOP("images no container uses (a row's size leaves out the layers it shares)")),
    "containers": (QT_TR_NOOP("Containers' write layers"), QT_TR_NOOP("Remove stopped containers…"),
                   QT_TR_NOOP("stopped containers")),
    "volumes": (QT_TR_NOOP("Volumes"), QT_TR_NOOP("Prune unused volumes…"),
                QT_TR_NOOP("volumes no container uses")),
    "build_cache": (QT_TR_NOOP("Build cache"), QT_TR_NOOP("Prune build cache…"),
                    QT_TR_NOOP("cache no build uses")),
}


class GroupTab(QWidget):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = note_label()
        self.summary.setObjectName(f"diskSummary_{kind}")
        self.reclaim = QPushButton(self.tr(GROUPS[kind][1]))
        self.reclaim.setObjectName(f"reclaim_{kind}")
        self.reclaim.setAutoDefault(False)
        describe(self.reclaim, self.tr("Show what would be removed, and remove it after you confirm"),
                 tip=True)
        top.addWidget(self.summary, 1)
        top.addWidget(self.reclaim)
        layout.addLayout(top)
        self.model = DiskRowsModel(self)
        self.table = QTableView()
        self.table.setObjectName(f"diskTable_{kind}")
        self.table.setAccessibleName(self.tr(GROUPS[kind][0]))
        describe(self.table, rows_text())
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

    def show_group(self, group: DiskGroup) -> None:
        self.model.set_disk_rows(group.rows)
        more = self.tr(" ({0} more not listed)").format(group.more) if group.more else ""
        self.summary.setText(self.tr("{0}: {1}. A clean-up of {2} frees {3}.{4}").format(
            self.tr("%Ln item(s)", "", group.count), human_size(group.total), self.tr(GROUPS[self.kind][2]),
            human_size(group.reclaimable), more))
        self.reclaim.setEnabled(group.reclaimable > 0 or any(r.reclaimable for r in group.rows))


class DiskUseDialog(QDialog):
    reclaim_requested = Signal(str, object)  # kind, the DiskGroup it was shown with

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setObjectName("diskUseDialog")
        self.setWindowTitle(self.tr("What takes space"))
        self.setMinimumSize(720, 460)
        self.session = session
        self.use: DiskUse | None = None
        self.request = None
        layout = QVBoxLayout(self)
        self.total = note_label()
        self.total.setObjectName("diskTotal")
        layout.addWidget(self.total)
        self.tabs = QTabWidget()
        self.group_tabs: dict[str, GroupTab] = {}
        for kind, (title, _button, _what) in GROUPS.items():
            tab = GroupTab(kind)
            tab.reclaim.clicked.connect(self._on_reclaim)
            self.group_tabs[kind] = tab
            index = self.tabs.addTab(tab, self.tr(title))
            describe_tab(self.tabs, index,
                         self.tr("How much disk they use; the button removes {0}").format(self.tr(_what)))
        layout.addWidget(self.tabs, 1)
        self.command = CommandBox()
        self.command.set_command(image_commands.disk_use())
        layout.addWidget(self.command)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(self.tr("Measure again"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.setAutoDefault(False)
        describe(self.refresh_button, self.tr("Ask the engine again how much disk each kind of object uses"),
                 tip=True)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout.addWidget(buttons)
        self.refresh()

    @property
    def waiting(self) -> bool:
        return self.request is not None

    @Slot()
    def refresh(self) -> None:
        if self.request is not None:
            self.request.cancel()
        self.total.setText(self.tr("Measuring (this reads every volume's files)…"))
        self.refresh_button.setEnabled(False)
        for tab in self.group_tabs.values():
            tab.reclaim.setEnabled(False)
        self.request = self.session.submit(ops.disk_use, label=self.tr("What takes space"),
                                           command=image_commands.disk_use())
        self.request.succeeded.connect(self._on_measured)
        self.request.failed.connect(self._on_failed)

    @Slot(object)
    def _on_measured(self, use: DiskUse) -> None:
        self.request = None
        self.use = use
        self.refresh_button.setEnabled(True)
        reclaimable = sum(g.reclaimable for g in use.groups)
        self.total.setText(self.tr("{0} in all; the clean-ups below could free {1}.").format(
            human_size(use.total), human_size(reclaimable)))
        for group in use.groups:
            tab = self.group_tabs[group.kind]
            tab.show_group(group)
            self.tabs.setTabText(self.tabs.indexOf(tab),
                                 f"{self.tr(GROUPS[group.kind][0])} ({human_size(group.total)})")

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.request = None
        self.refresh_button.setEnabled(True)
        self.total.setText(getattr(error, "message", str(error)))

    @Slot()
    def _on_reclaim(self) -> None:
        tab = self.sender().parent() if self.sender() is not None else None
        while tab is not None and not isinstance(tab, GroupTab):
            tab = tab.parent()
        if isinstance(tab, GroupTab) and self.use is not None:
            self.reclaim_requested.emit(tab.kind, self.use.group(tab.kind))

    def done(self, result: int) -> None:
        if self.request is not None:
            self.request.cancel()
        super().done(result)
