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

<<<<<<< HEAD
from volgui.engine.errors import Cancelled
from volgui.ui.window.context import WindowContext

RUNNING, OK, FAILED, CANCELLED = "running", "ok", "failed", "cancelled"
MAX_ENTRIES = 2000
_COLOURS = {OK: "#2e7d32", FAILED: "#c62828", RUNNING: "#8a6d00", CANCELLED: "#757575"}


def describe_result(result) -> str:
    """A request's result in a few words (objects may offer ``summary()``)."""
    if result is None:
        return "Done."
    summary = getattr(result, "summary", None)
    if callable(summary):
        return str(summary())
    name = getattr(result, "name", None)
    if isinstance(name, str) and name:
        return f"Done: {name}"
    if isinstance(result, str) and result:
        return result
    return "Done."


@dataclass
class ActivityEntry:
    request_id: int
    started: datetime
    command: str
    label: str
    status: str = RUNNING
    message: str = ""
    detail: str = ""
    finished: datetime | None = None
    progress: str = ""  # "2/5 web" while a multi-object action runs
    request: object = field(default=None, repr=False, compare=False)


class ActivityModel(QAbstractTableModel):
    """One row per request that has a command, newest last."""

    TIME, STATUS, COMMAND, RESULT = range(4)
    EntryRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    entry_added = Signal(object)
    entry_finished = Signal(object)
    entry_progressed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[ActivityEntry] = []
        self._rows: dict[int, int] = {}  # request id → row
        self._headers = [self.tr("Time"), self.tr("Status"), self.tr("Command"), self.tr("Result")]

    # -- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 4:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        col = index.column()
        if role == self.EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return entry.started.strftime("%H:%M:%S")
            if col == self.STATUS:
                return {RUNNING: self.tr("running…"), OK: self.tr("done"), FAILED: self.tr("failed"),
                        CANCELLED: self.tr("cancelled")}[entry.status]
            if col == self.COMMAND:
                return entry.command
            if col == self.RESULT:
                return entry.message
        if role == self.SortRole:
            return entry.started.timestamp() if col == self.TIME else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TIME:
                return entry.started.strftime("%Y-%m-%d %H:%M:%S")
            if col == self.RESULT:
                return "\n\n".join(t for t in (entry.message, entry.detail) if t)
            return entry.label or None
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.STATUS, self.RESULT):
            return QBrush(QColor(_COLOURS[entry.status]))
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            from PySide6.QtWidgets import QApplication

            style = QApplication.style() if isinstance(QApplication.instance(), QApplication) else None
            if style is None:
                return None
            pixmap = {OK: QStyle.StandardPixmap.SP_DialogApplyButton,
                      FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
                      RUNNING: QStyle.StandardPixmap.SP_BrowserReload,
                      CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton}[entry.status]
            return style.standardIcon(pixmap)
        if role == Qt.ItemDataRole.FontRole and col == self.COMMAND:
            from PySide6.QtGui import QFontDatabase

            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None

    # -- entries ----------------------------------------------------------------------------------
    def entries(self) -> list[ActivityEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ActivityEntry:
        return self._entries[row]

    def running(self) -> list[ActivityEntry]:
        return [e for e in self._entries if e.status == RUNNING]

    def text(self) -> str:
        """The whole log as plain text (one line per action), for tests and "Copy all"."""
        return "\n".join(
            f"{e.started:%H:%M:%S}  {e.status:<9} {e.command}  →  {e.message}".rstrip(" →")
            for e in self._entries)

    @Slot(object)
    def request_started(self, request) -> None:
        command = getattr(request, "command", "")
        if not command or request.id in self._rows:
            return
        self._sweep_cancelled()
        if len(self._entries) >= MAX_ENTRIES:
            self._drop_oldest(len(self._entries) - MAX_ENTRIES + 1)
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        entry = ActivityEntry(request.id, datetime.now(), command, getattr(request, "label", ""),
                              request=request)
        self._entries.append(entry)
        self._rows[request.id] = row
        self.endInsertRows()
        progressed = getattr(request, "progressed", None)
        if progressed is not None:
            progressed.connect(self._on_progress)
        self.entry_added.emit(entry)

    @Slot(object)
    def _on_progress(self, value) -> None:
        """Operations report ``(done, total, name)``; shown in the Result column while running."""
        request = self.sender()
        row = self._rows.get(getattr(request, "id", -1), -1)
        if row < 0 or not isinstance(value, tuple) or len(value) != 3:
            return
        entry = self._entries[row]
        if entry.status != RUNNING:
            return
        done, total, name = value
        entry.progress = f"{done}/{total} {name}".strip() if total > 1 else ""
        entry.message = entry.progress
        index = self.index(row, self.RESULT)
        self.dataChanged.emit(index, index)
        self.entry_progressed.emit(entry)

    @Slot(object)
    def request_finished(self, request) -> None:
        if not getattr(request, "command", ""):
            return
        if request.id not in self._rows:
            self.request_started(request)
        row = self._rows[request.id]
        entry = self._entries[row]
        entry.finished = datetime.now()
        entry.request = None
        if isinstance(request.error, Cancelled):
            entry.status = CANCELLED
            entry.message = self.tr("Cancelled.")
        elif request.error is not None:
            entry.status = FAILED
            entry.message = getattr(request.error, "message", "") or str(request.error)
            entry.detail = getattr(request.error, "detail", "")
        else:
            entry.status = OK
            entry.message = describe_result(request.result)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.entry_finished.emit(entry)

    def _sweep_cancelled(self) -> None:
        for row, entry in enumerate(self._entries):
            req = entry.request
            if entry.status == RUNNING and req is not None and getattr(req, "cancelled", False):
                entry.status, entry.message, entry.request = CANCELLED, self.tr("Cancelled."), None
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def _drop_oldest(self, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), 0, count - 1)
        del self._entries[:count]
        self._rows = {e.request_id: i for i, e in enumerate(self._entries)}
        self.endRemoveRows()

    def clear(self) -> None:
        """Forget finished entries; running ones stay so their results still land."""
        keep = [e for e in self._entries if e.status == RUNNING]
        self.beginResetModel()
        self._entries = keep
        self._rows = {e.request_id: i for i, e in enumerate(keep)}
        self.endResetModel()
=======
from volgui.models.activity import ActivityModel
>>>>>>> h-ops


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
    bar = tabs.tabBar()
    for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
        if bar.tabButton(index, side) is not None:  # the log is always there: no close button
            bar.setTabButton(index, side, None)
    busy = BusyIndicator(model)
    busy.setObjectName("activityBusy")
    window.statusBar().addWidget(busy)
    ctx.features.activity_model = model
    ctx.features.activity_panel = panel
