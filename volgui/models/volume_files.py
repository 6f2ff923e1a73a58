"""The files of one folder of a volume, for the volume browser's file list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from volgui.engine.present.display import human_size, name_order, stamp_text
from volgui.engine.volumes import entries as volume_entries

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


def entry_label(entry: volume_entries.Entry) -> str:
    """The name as listed: symlinks and hard links with their targets."""
    if entry.kind == "symlink":
        return f"{entry.name} → {entry.link_target}"
    if entry.kind == "hardlink":
        return f"{entry.name} ⇒ /{entry.link_target}"
    return entry.name


class FileTableModel(QAbstractTableModel):
    """The entries of one folder."""

    NAME, TYPE, SIZE, OWNER, MODE, MODIFIED = range(6)
    HEADERS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Type"), QT_TR_NOOP("Size"), QT_TR_NOOP("Owner"),
               QT_TR_NOOP("Mode"), QT_TR_NOOP("Modified"))

    entries: Sequence[volume_entries.Entry] = ()  # once the collector cleared the instance (models/base.py)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries = []
        self._icons = None

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def set_entries(self, entries: list[volume_entries.Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def add_entries(self, entries: list[volume_entries.Entry]) -> None:
        known = {e.path for e in self.entries}
        new = [e for e in entries if e.path not in known]
        if not new:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.entries.extend(new)
        self.endInsertRows()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def _icon(self, entry: volume_entries.Entry):
        style = QApplication.style()
        if entry.is_dir:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if entry.kind == "symlink":
            return style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return entry_label(entry)
            if col == self.TYPE:
                return entry.kind_text
            if col == self.SIZE:
                return human_size(entry.size, '.1f') if entry.kind == "file" else ""
            if col == self.OWNER:
                return entry.owner_text
            if col == self.MODE:
                return entry.mode_text
            if col == self.MODIFIED:
                return stamp_text(entry.mtime)
        elif role == SORT_ROLE:
            if col == self.NAME:
                return ("0" if entry.is_dir else "1") + name_order(entry.name)
            if col == self.SIZE:
                return entry.size
            if col == self.MODIFIED:
                return entry.mtime
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == ENTRY_ROLE:
            return entry
        elif role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._icon(entry)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return "/" + entry.path + (f"\n→ {entry.link_target}" if entry.link_target else "")
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = ["ENTRY_ROLE", "SORT_ROLE", "FileTableModel", "entry_label"]
