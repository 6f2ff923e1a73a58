"""What changed since a backup, as a tree of folders (``ChangesTreeModel``) and its filter.

Built from a bounded ``changes.Diff`` (at most ``changes.MAX_CHANGES`` rows); paths deeper than
``MAX_DEPTH`` folders are shown with the rest of the path as one name, so a hostile manifest
cannot make the tree arbitrarily deep.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from volgui.engine.present.display import human_size, name_order
from volgui.engine.volumes.changes import ADDED, CHANGED, REMOVED, Change, Diff

COLUMNS = ("Name", "Change", "Size", "What")
MAX_DEPTH = 32
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 3
_STATUS_TEXT = {ADDED: "added", CHANGED: "changed", REMOVED: "removed"}


def _parts(path: str) -> list[str]:
    parts = path.split("/")
    if len(parts) > MAX_DEPTH:
        parts = [*parts[:MAX_DEPTH - 1], "/".join(parts[MAX_DEPTH - 1:])]
    return parts


def _order(change: Change) -> list[str]:
    """Names in the order the file browser shows them (``file-2`` before ``file-10``)."""
    return [name_order(part) for part in change.path.split("/")]


class ChangesTreeModel(QStandardItemModel):
    """Folders hold their changed entries; a change's row carries its ``Change`` (``CHANGE_ROLE``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])

    def set_diff(self, diff: Diff) -> None:
        self.removeRows(0, self.rowCount())  # not clear(): that would reset the view's columns too
        folders: dict[str, QStandardItem] = {}
        root = self.invisibleRootItem()
        for change in sorted(diff.changes, key=_order):  # a folder before what it holds
            if change.path == ".":
                continue
            parent, prefix = root, ""
            parts = _parts(change.path)
            for name in parts[:-1]:
                prefix = f"{prefix}/{name}" if prefix else name
                folder = folders.get(prefix)
                if folder is None:
                    folder = self._row(parent, name, prefix, None)
                    folders[prefix] = folder
                parent = folder
            node = folders.get(change.path)
            if node is None:
                node = self._row(parent, parts[-1], change.path, change)
                folders[change.path] = node
            else:  # a folder met first as a parent, then as a change itself
                self._fill(node, change)

    def _row(self, parent: QStandardItem, name: str, path: str, change: Change | None) -> QStandardItem:
        items = [QStandardItem(name)] + [QStandardItem() for _ in COLUMNS[1:]]
        for item in items:
            item.setEditable(False)
        items[0].setData(path, PATH_ROLE)
        parent.appendRow(items)
        if change is not None:
            self._fill(items[0], change)
        return items[0]

    def _fill(self, node: QStandardItem, change: Change) -> None:
        parent = node.parent() or self.invisibleRootItem()
        row = node.row()
        node.setData(change, CHANGE_ROLE)
        node.setData(change.status, STATUS_ROLE)
        parent.child(row, 1).setText(self.tr(_STATUS_TEXT[change.status]))
        parent.child(row, 2).setText(human_size(change.size) if (change.new or change.old).type == "file"
                                     else "")
        parent.child(row, 3).setText(", ".join(change.what))
        for col in range(1, len(COLUMNS)):
            parent.child(row, col).setData(change.status, STATUS_ROLE)


class ChangesFilter(QSortFilterProxyModel):
    """Shows the changes of the chosen kinds whose path holds the text (their folders with them)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.kinds = {ADDED, CHANGED, REMOVED}
        self.text = ""

    def set_filter(self, kinds: set[str], text: str) -> None:
        new = hasattr(self, "beginFilterChange")  # Qt 6.10+
        if new:
            self.beginFilterChange()
        self.kinds = set(kinds)
        self.text = text.strip().lower()[:200]
        if new:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        status = index.data(STATUS_ROLE)
        if status is None or status not in self.kinds:
            return False  # a folder shows when one of its children is accepted (recursive filtering)
        return not self.text or self.text in str(index.data(PATH_ROLE) or "").lower()
