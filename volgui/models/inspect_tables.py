"""Small read-only table models for the inspect panel's summary (mounts, ports, environment…).

``RowsTableModel`` shows a tuple of frozen rows through column functions. A summary has a
handful of rows, so a new object replaces them with one reset; ``refresh()`` repaints every
cell when the way they are shown changes (secrets revealed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette

ROW_ROLE = Qt.ItemDataRole.UserRole + 40  # the row object
LINK_ROLE = Qt.ItemDataRole.UserRole + 41  # True for a cell that selects something when clicked

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    link: Callable[[Any], bool] | None = None  # the cell acts as a link (drawn as one)
    mono: bool = False


class RowsTableModel(QAbstractTableModel):
    # once the collector cleared the instance (models/base.py): no rows, no columns
    _columns: tuple[Column, ...] = ()
    _rows: tuple = ()

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows = ()

    @property
    def rows(self) -> tuple:
        return self._rows

    def set_rows(self, rows: Sequence) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def row_object(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == LINK_ROLE:
            return bool(column.link and column.link(row))
        if role == Qt.ItemDataRole.FontRole and (column.mono or (column.link and column.link(row))):
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if column.mono else QFont()
            if column.link and column.link(row):
                font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.link and column.link(row):
            return QGuiApplication.palette().color(QPalette.ColorRole.Link)
        return None
