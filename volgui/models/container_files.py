"""The files of one folder of a container, marked with where each lives (a volume, a bind mount,
the write layer, the image) and what the write layer did to it (added, changed, deleted)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from volgui.engine.containers.fs_marks import FileMarks, change_word
from volgui.engine.volumes import entries as volume_entries
from volgui.models.volume_files import SORT_ROLE, FileTableModel

DELETED = "deleted"  # the kind of a row for a file the write layer deleted (it is not listed)
_COLOURS = {"added": QColor("#2e7d32"), "modified": QColor("#8a5a00"), "deleted": QColor("#c62828")}


def deleted_entry(path: str) -> volume_entries.Entry:
    """A row for a file the write layer deleted: the image still has it, the container does not."""
    return volume_entries.Entry(path, DELETED, 0, 0, 0, 0, 0.0)


class ContainerFileTableModel(FileTableModel):
    """:class:`FileTableModel` with a "Stored in" column: ``volume data``, ``image``, ``write layer ·
    added``…; the names the write layer added, changed or deleted in colour (deleted: struck out)."""

    STORED = 6
    HEADERS = (*FileTableModel.HEADERS, "Stored in")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.marks: FileMarks | None = None

    def set_marks(self, marks: FileMarks | None) -> None:
        self.marks = marks
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, self.STORED))

    def change_of(self, entry: volume_entries.Entry) -> str:
        if entry.kind == DELETED:
            return "deleted"
        return self.marks.change(entry.path) if self.marks is not None else ""

    def stored_text(self, entry: volume_entries.Entry) -> str:
        if self.marks is None:
            return ""
        change = self.change_of(entry)
        where = self.marks.stored_in(entry.path)
        word = change_word(change)
        return f"{where} · {word}" if word else where

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        change = self.change_of(entry)
        if col == self.STORED and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self.stored_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole and self.marks is not None and col in (self.NAME, self.STORED):
            return f"/{entry.path}\n{self.marks.stored_in_hint(entry.path)}"
        if entry.kind == DELETED and role == Qt.ItemDataRole.DisplayRole and col != self.NAME:
            return self.tr("Deleted") if col == self.TYPE else ""
        if role == Qt.ItemDataRole.ForegroundRole and change in _COLOURS and col in (self.NAME, self.STORED):
            return _COLOURS[change]
        if role == Qt.ItemDataRole.FontRole and entry.kind == DELETED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if col == self.STORED:
            return None
        return super().data(index, role)


__all__ = ["DELETED", "ContainerFileTableModel", "deleted_entry"]
