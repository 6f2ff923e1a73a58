"""The activity log: one row per request that has a ``docker`` command, with its result.

Rows are added when a request starts and completed when it ends (the engine's error in plain
words when it failed); ``(done, total, name)`` progress shows while a multi-object action runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import QApplication, QStyle

from volgui.engine.dto.secrets import mask_command
from volgui.engine.errors import Cancelled

RUNNING, OK, FAILED, CANCELLED = "running", "ok", "failed", "cancelled"
MAX_ENTRIES = 2000
_COLOURS = {OK: "#2e7d32", FAILED: "#c62828", RUNNING: "#8a6d00", CANCELLED: "#757575"}


def describe_result(result) -> str:
    """A request's result in a few words (objects may offer ``summary()``)."""
    if result is None:
        return QCoreApplication.translate("ActivityModel", "Done.")
    summary = getattr(result, "summary", None)
    if callable(summary):
        return str(summary())
    name = getattr(result, "name", None)
    if isinstance(name, str) and name:
        return QCoreApplication.translate("ActivityModel", "Done: {0}").format(name)
    if isinstance(result, str) and result:
        return result
    return QCoreApplication.translate("ActivityModel", "Done.")


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

    # once the collector cleared the instance (models/base.py): no rows, no headers
    _entries: Sequence[ActivityEntry] = ()
    _headers: Sequence[str] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries = []
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
                and 0 <= section < len(self._headers):
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
            style = QApplication.style() if isinstance(QApplication.instance(), QApplication) else None
            if style is None:
                return None
            pixmap = {OK: QStyle.StandardPixmap.SP_DialogApplyButton,
                      FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
                      RUNNING: QStyle.StandardPixmap.SP_BrowserReload,
                      CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton}[entry.status]
            return style.standardIcon(pixmap)
        if role == Qt.ItemDataRole.FontRole and col == self.COMMAND:
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
        # the log is kept in memory and copied: never hold a secret value in clear
        entry = ActivityEntry(request.id, datetime.now(), mask_command(command),
                              getattr(request, "label", ""), request=request)
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
