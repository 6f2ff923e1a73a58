"""A read-only tree model of a JSON document (the raw ``docker inspect`` output).

Three columns: key, value, type. Child nodes are made only when a view asks for them, so a
large document costs nothing until it is expanded. Masked paths (secret environment values)
show their masked form until ``set_revealed(True)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase

from volgui.engine.dto.inspect import PathPart, json_path, json_type, mask_env_entry, scalar_text

PATH_ROLE = Qt.ItemDataRole.UserRole + 30  # tuple of keys/indexes from the root
VALUE_ROLE = Qt.ItemDataRole.UserRole + 31  # the JSON value itself (dict, list, str, number…)
COPY_ROLE = Qt.ItemDataRole.UserRole + 32  # the value as text to copy (strings bare, others JSON)

_Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("_children", "key", "parent", "path", "row", "value")

    def __init__(self, parent: _Node | None, row: int, key: PathPart | None, value: Any) -> None:
        self.parent = parent
        self.row = row
        self.key = key
        self.value = value
        self.path: tuple[PathPart, ...] = (*parent.path, key) if parent is not None else ()
        self._children: list[_Node] | None = None

    @property
    def count(self) -> int:
        return len(self.value) if isinstance(self.value, dict | list) else 0

    def children(self) -> list[_Node]:
        if self._children is None:
            if isinstance(self.value, dict):
                items = list(self.value.items())
            elif isinstance(self.value, list):
                items = list(enumerate(self.value))
            else:
                items = []
            self._children = [_Node(self, row, key, value) for row, (key, value) in enumerate(items)]
        return self._children


class JsonTreeModel(QAbstractItemModel):
    KEY, VALUE, TYPE = range(3)
    _root = _Node(None, 0, None, {})  # once the collector cleared the instance (models/base.py): empty

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node(None, 0, None, {})
        self._hidden: frozenset = frozenset()
        self._revealed = False
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    # -- content -----------------------------------------------------------------------------
    def set_json(self, data: Any, hidden: frozenset = frozenset()) -> None:
        """Show a new document; ``hidden`` paths show a masked value until revealed."""
        self.beginResetModel()
        self._root = _Node(None, 0, None, data)
        self._hidden = frozenset(hidden)
        self.endResetModel()

    @property
    def document(self) -> Any:
        return self._root.value

    @property
    def hidden_paths(self) -> frozenset:
        return self._hidden if not self._revealed else frozenset()

    @property
    def revealed(self) -> bool:
        return self._revealed

    def set_revealed(self, revealed: bool) -> None:
        if revealed == self._revealed:
            return
        self._revealed = revealed
        for path in self._hidden:
            index = self.index_for_path(path, self.VALUE)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def index_for_path(self, path: Sequence[PathPart], column: int = 0) -> QModelIndex:
        """The index of the node at ``path`` (invalid when there is none)."""
        node = self._root
        for part in path:
            if not isinstance(node.value, dict | list):
                return QModelIndex()
            if isinstance(node.value, list):
                if not isinstance(part, int) or not 0 <= part < len(node.value):
                    return QModelIndex()
                node = node.children()[part]
            else:
                if isinstance(part, int) or part not in node.value:
                    return QModelIndex()
                node = next(c for c in node.children() if c.key == part)
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def path_of(self, index: _Index) -> tuple[PathPart, ...]:
        node = self._node(index)
        return node.path if node is not None else ()

    def path_text(self, index: _Index) -> str:
        return json_path(self.path_of(index))

    def copy_text(self, index: _Index) -> str:
        """The value to put on the clipboard (a masked secret copies masked unless revealed)."""
        node = self._node(index)
        if node is None:
            return ""
        return self._value_text(node, full=True)

    # -- Qt model ----------------------------------------------------------------------------
    def _node(self, index: _Index) -> _Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent) or self._root
        return self.createIndex(row, column, node.children()[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return node.count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return (self.tr("Key"), self.tr("Value"), self.tr("Type"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _value_text(self, node: _Node, full: bool = False) -> str:
        value = node.value
        if isinstance(value, dict):
            if full:
                return scalar_text(value)
            n = len(value)
            return ("{%d key}" if n == 1 else "{%d keys}") % n if n else "{}"
        if isinstance(value, list):
            if full:
                return scalar_text(value)
            n = len(value)
            return ("[%d item]" if n == 1 else "[%d items]") % n if n else "[]"
        if node.path in self.hidden_paths and isinstance(value, str):
            return mask_env_entry(value)
        text = scalar_text(value)
        return text if full else text.replace("\n", "⏎")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KEY:
                return f"[{node.key}]" if isinstance(node.key, int) else str(node.key)
            if column == self.VALUE:
                return self._value_text(node)
            return json_type(node.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            path = json_path(node.path)
            if column == self.VALUE and not isinstance(node.value, dict | list):
                return f"{path}\n{self._value_text(node, full=True)}"
            return path
        if role == Qt.ItemDataRole.FontRole and column == self.VALUE:
            return self._mono
        if role == PATH_ROLE:
            return node.path
        if role == VALUE_ROLE:
            return node.value
        if role == COPY_ROLE:
            return self._value_text(node, full=True)
        return None
