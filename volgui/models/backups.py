"""The backups volgui knows, one row each: volume, when, size, entries, verified."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from volgui.engine.present.display import human_age, human_size
from volgui.engine.volumes import backups as bk

COLUMNS = ("Volume", "Created", "Size", "Entries", "Verified")


class BackupTableModel(QAbstractTableModel):
    """One row per backup, as listed; ``last_backup`` tells when a volume was last saved."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[bk.BackupInfo] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        b = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return b.volume
            if col == 1:
                return f"{b.created.astimezone().strftime('%Y-%m-%d %H:%M')} ({human_age(b.created)})"
            if col == 2:
                return human_size(b.archive_size, ".1f")
            if col == 3:
                return str(b.entries)
            if col == 4:
                return {None: self.tr("not yet"), True: self.tr("✔ verified"),
                        False: self.tr("✘ failed")}[b.verified]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{b.archive}\n{b.verify_message}".strip()
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and b.verified is not None:
            return QColor("#2e7d32") if b.verified else QColor("#c62828")
        if role == Qt.ItemDataRole.UserRole:
            return b
        return None

    def set_items(self, items: list[bk.BackupInfo]) -> None:
        # a backups folder holds tens of files: a reset is cheap and simplest
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def last_backup(self, volume: str, engine: str | None = None) -> bk.BackupInfo | None:
        """The newest backup of ``volume`` (made from ``engine`` when given)."""
        return next((b for b in self.items if b.volume == volume and engine in (None, b.engine)), None)
