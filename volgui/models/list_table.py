"""A flat table over a short list of items, replaced whole (``set_items``): backups, snapshots."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class ListTableModel(QAbstractTableModel):
    """Rows are ``items``; subclasses name ``COLUMNS`` and answer ``data``."""

    COLUMNS: tuple[str, ...] = ()
    items: Sequence = ()  # once the collector cleared the instance (models/base.py): no rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def item_at(self, index) -> object | None:
        """The item of a valid index's row, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.items[index.row()]

    def set_items(self, items) -> None:
        # tens of rows: a reset is cheap and simplest
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()
