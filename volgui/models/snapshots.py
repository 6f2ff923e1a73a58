"""A volume's snapshot timeline, newest first: when, size, what was running, note, why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from volgui.engine.present.display import human_age, human_size
from volgui.models.list_table import ListTableModel

COLUMNS = ("Time", "Size", "Running", "Note")
MAX_SHOWN = 200  # characters of a note or a reason in a cell (the tooltip has up to 2000)


class SnapshotTableModel(ListTableModel):
    COLUMNS = COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        s = self.item_at(index)
        if s is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{s.created.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({human_age(s.created)})"
            if col == 1:
                return human_size(s.backup.total_size, ".1f")
            if col == 2:
                return ", ".join(s.running)[:MAX_SHOWN] or self.tr("nothing")
            if col == 3:
                text = s.note or (self.tr("automatic: {0}").format(s.reason) if s.reason else "")
                return " ".join(text.split())[:MAX_SHOWN]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [s.backup.archive.name, s.backup.verify_message, s.note, s.reason]
            return "\n".join(t for t in lines if t)
        if role == Qt.ItemDataRole.UserRole:
            return s
        return None
