"""The backups volgui knows, one row each: volume, when, size, entries, verified."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from volgui.engine.present.display import human_age, human_size
from volgui.engine.volumes import backups as bk
from volgui.models.list_table import ListTableModel

COLUMNS = ("Volume", "Created", "Size", "Entries", "Verified")


class BackupTableModel(ListTableModel):
    """One row per backup, as listed; ``last_backup`` tells when a volume was last saved."""

    COLUMNS = COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        b = self.item_at(index)
        if b is None:
            return None
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

    def last_backup(self, volume: str, engine: str | None = None) -> bk.BackupInfo | None:
        """The newest backup of ``volume`` (made from ``engine`` when given)."""
        return next((b for b in self.items if b.volume == volume and engine in (None, b.engine)), None)
