"""The Activity log: every action's ``docker`` command, when it ran, and what came of it.

It listens to the session's request worker: each request submitted with a ``command=`` gets
a row when it starts and its result (or the engine's error in plain words) when it finishes.
While any such request runs, the status bar shows a busy indicator with its command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.models.activity import ActivityModel
from volgui.ui.views.descriptions import describe, describe_tab
from volgui.ui.window.context import WindowContext


class BusyIndicator(QWidget):
    """Status-bar widget: an indeterminate bar and the command running, hidden when idle."""

    def __init__(self, model: ActivityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.label = QLabel()
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        model.entry_added.connect(self._update)
        model.entry_finished.connect(self._update)
        model.entry_progressed.connect(self._update)
        model.modelReset.connect(self._refresh)
        self._refresh()

    @Slot(object)
    def _update(self, _entry) -> None:
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        running = self._model.running()
        if running:
            more = f" (+{len(running) - 1})" if len(running) > 1 else ""
            step = f" — {running[0].progress}" if running[0].progress else ""
            command = running[0].command
            if len(command) > 80:
                command = command[:79] + "…"
            self.label.setText(self.tr("Working: {0}{1}{2}").format(command, step, more))
            self.label.setToolTip(running[0].command)
        self.setVisible(bool(running))


class ActivityPanel(QWidget):
    """The Activity tab: the log table with Copy command and Clear."""

    def __init__(self, model: ActivityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setObjectName("activityView")
        self.view.setAccessibleName(self.tr("Activity"))
        describe(self.view,
                 self.tr("What volgui asked the engine, newest last, with the result of each request"))
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActivityModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActivityModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActivityModel.COMMAND, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ActivityModel.COMMAND, 420)
        self.empty = QLabel(self.tr("Nothing done yet. Each action you take appears here with its "
                                    "docker command and its result."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 6px;")

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy command"))
        self.copy_button.setToolTip(self.tr("Copy the selected command to paste it into a terminal"))
        self.copy_button.clicked.connect(self.copy_command)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove finished entries from the log"))
        self.clear_button.clicked.connect(model.clear)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

        copy = QAction(self.tr("Copy command"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_command)
        self.view.addAction(copy)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.modelReset.connect(self._update_empty)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_empty()
        self._update_buttons()

    def selected_command(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return self.model.entry(rows[0].row()).command
        entries = self.model.entries()
        return entries[-1].command if entries else ""

    @Slot()
    def copy_command(self) -> None:
        command = self.selected_command()
        if command:
            QGuiApplication.clipboard().setText(command)

    @Slot()
    def _update_buttons(self) -> None:
        has = self.model.rowCount() > 0
        self.copy_button.setEnabled(has)
        self.clear_button.setEnabled(has)

    @Slot()
    def _update_empty(self) -> None:
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self._update_buttons()

    @Slot()
    def _on_rows_inserted(self) -> None:
        self._update_empty()
        self.view.scrollToBottom()


def install(ctx: WindowContext) -> None:
    window = ctx.window
    model = ActivityModel(window)
    requests = ctx.session.requests
    requests.request_started.connect(model.request_started)
    requests.request_finished.connect(model.request_finished)
    panel = ActivityPanel(model)
    panel.setObjectName("activityPanel")
    tabs = ctx.bottom_tabs
    index = tabs.addTab(panel, window.tr("Activity"))
    describe_tab(tabs, index,
                 window.tr("What volgui asked the engine, with the result and the docker command"))
    bar = tabs.tabBar()
    for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
        if bar.tabButton(index, side) is not None:  # the log is always there: no close button
            bar.setTabButton(index, side, None)
    busy = BusyIndicator(model)
    busy.setObjectName("activityBusy")
    window.statusBar().addWidget(busy)
    ctx.features.activity_model = model
    ctx.features.activity_panel = panel
