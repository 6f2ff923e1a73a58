"""A table model of frozen engine objects keyed by id, updated by diffing snapshots.

``apply(objects)`` compares the new objects with the rows it holds: rows that are gone are
removed (``beginRemoveRows`` per contiguous range), new ones are appended in one insert, and
changed ones emit ``dataChanged`` for the changed cells only. Only the first load (or a switch
to another engine, ``clear()``) resets the model, so selections, sort order and the scroll
position of the views survive every update.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 10  # the frozen dataclass of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 11  # a value that sorts naturally (numbers, datetimes…)
KEY_ROLE = Qt.ItemDataRole.UserRole + 12  # the row's id (container id, volume name, image id)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 13  # lower-case text the filter box searches
RELATED_ROLE = Qt.ItemDataRole.UserRole + 14  # "" or how the row relates to the other view's selection

_Index = QModelIndex | QPersistentModelIndex
_MISSING = object()

# Roles as plain ints: data() is called thousands of times while painting and sorting.
DISPLAY = 0
DECORATION = 1
TOOLTIP = 3
FONT = 6
ALIGNMENT = 7
BACKGROUND = 8
FOREGROUND = 9


def _ranges(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted contiguous ``(first, last)`` ranges of the given integers."""
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def related_brush() -> QColor:
    """The linked-selection highlight: the palette's highlight colour, translucent (any palette)."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(60)
    return colour


def muted_colour() -> QColor:
    """Grey text that stays readable on light and dark palettes."""
    return QColor(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class KeyedTableModel(QAbstractTableModel):
    """Base of the containers, volumes and images models."""

    COLUMNS: tuple[str, ...] = ()
    # Columns whose text depends on the clock (ages): refreshed by ``refresh_times()``.
    TIME_COLUMNS: tuple[int, ...] = ()
    # True when a cell can change without its object changing (values from elsewhere).
    EXTERNAL_VALUES = False

    snapshot_applied = Signal()  # after every apply()/clear(), once the rows are current

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._objects: list = []
        self._values: list[tuple] = []
        self._row_of: dict[str, int] = {}
        self._haystacks: dict[str, str] = {}
        self._related: dict[str, str] = {}
        self._sort_cache: list[dict[int, object]] = []
        self.loaded = False  # True after the first snapshot

    # -- to implement -------------------------------------------------------------------------
    def key(self, obj) -> str:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def values(self, obj) -> tuple:
        """One comparable value per column; a changed value means a changed cell."""
        raise NotImplementedError

    def display(self, obj, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, obj, column: int):
        return self.display(obj, column).lower()

    def haystack(self, obj) -> str:
        raise NotImplementedError

    def extra_data(self, obj, column: int, role: int):
        """Fonts, colours, tooltips… of a subclass; ``None`` when it has nothing."""
        return None

    # -- Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.headers()[section]
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, never has children) — not overridden:
    # views and proxies ask it for every row at each layout, and a Python override made each of
    # those tens of thousands of calls cross into Python during bursts of changes
    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = DISPLAY):
        # Hot path (painting, sorting, filtering): plain int roles, no enum arithmetic.
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._objects) or column >= len(self.COLUMNS):
            return None
        if role == DISPLAY:
            return self.display(self._objects[row], column)
        if role == SORT_ROLE:
            cache = self._sort_cache[row]
            value = cache.get(column, _MISSING)
            if value is _MISSING:
                value = cache[column] = self.sort_value(self._objects[row], column)
            return value
        if role == OBJECT_ROLE:
            return self._objects[row]
        if role == KEY_ROLE:
            return self._keys[row]
        if role == FILTER_ROLE:
            return self._haystacks.get(self._keys[row], "")
        if role == RELATED_ROLE:
            return self._related.get(self._keys[row], "")
        if role == BACKGROUND:
            return related_brush() if self._keys[row] in self._related else None
        obj = self._objects[row]
        value = self.extra_data(obj, column, role)
        if value is None and role == TOOLTIP:
            text = self.display(obj, column)
            return text if len(text) > 24 else None
        return value

    # -- lookups ------------------------------------------------------------------------------
    def row_of(self, key: str) -> int:
        return self._row_of.get(key, -1)

    def object(self, key: str):
        row = self._row_of.get(key, -1)
        return self._objects[row] if row >= 0 else None

    def objects(self) -> list:
        return list(self._objects)

    def keys(self) -> list[str]:
        return list(self._keys)

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        row = self._row_of.get(key, -1)
        return self.index(row, column) if row >= 0 else QModelIndex()

    # -- updates ------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every row (another engine is shown); the next apply is a first load again."""
        self.beginResetModel()
        self._keys, self._objects, self._values, self._sort_cache = [], [], [], []
        self._row_of, self._haystacks, self._related = {}, {}, {}
        self.loaded = False
        self._after_reset()
        self.endResetModel()
        self.snapshot_applied.emit()

    def _after_reset(self) -> None:
        """Subclasses drop their caches here."""

    def apply(self, objects: Iterable) -> None:
        """Make the rows equal to ``objects`` with per-row inserts, removals and cell updates."""
        new = {self.key(o): o for o in objects}
        if not self.loaded:
            self.beginResetModel()
            self._keys = list(new)
            self._objects = list(new.values())
            self._values = [self.values(o) for o in self._objects]
            self._sort_cache = [{} for _ in self._objects]
            self._reindex()
            self._haystacks = {k: self.haystack(o) for k, o in new.items()}
            self._related = {k: v for k, v in self._related.items() if k in new}
            self.loaded = True
            self.endResetModel()
            self.snapshot_applied.emit()
            return
        self._remove([k for k in self._keys if k not in new])
        self._update(new)
        self.snapshot_applied.emit()

    def update(self, objects: Iterable, removed: Iterable[str] = ()) -> None:
        """Insert or update these objects and remove these keys; other rows stay as they are."""
        self._remove([k for k in removed if k in self._row_of])
        self._update({self.key(o): o for o in objects}, only_given=True)
        self.snapshot_applied.emit()

    def _remove(self, keys: list[str]) -> None:
        if not keys:
            return
        for first, last in reversed(_ranges(self._row_of[k] for k in keys)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._keys[first:last + 1]
            del self._objects[first:last + 1]
            del self._values[first:last + 1]
            del self._sort_cache[first:last + 1]
            self.endRemoveRows()
        self._reindex()
        for k in keys:
            self._haystacks.pop(k, None)
            self._related.pop(k, None)
            self._forget(k)

    def _forget(self, key: str) -> None:
        """A row is gone: subclasses drop what they cached for it."""

    def _update(self, new: dict, only_given: bool = False) -> None:
        rows = ((self._row_of[k], k) for k in new if k in self._row_of) if only_given \
            else enumerate(self._keys)
        for row, k in rows:
            obj = new[k]
            old = self._objects[row]
            if (obj is old or obj == old) and not self.EXTERNAL_VALUES:
                continue
            self._objects[row] = obj
            self._haystacks[k] = self.haystack(obj)
            values = self.values(obj)
            old_values = self._values[row]
            if values == old_values and obj == old:
                continue
            self._values[row] = values
            self._sort_cache[row] = {}
            changed = [c for c, (a, b) in enumerate(zip(old_values, values, strict=True)) if a != b]
            if not changed:
                # nothing shown changed; still tell listeners that the row's object did
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx, [OBJECT_ROLE])
            for first, last in _ranges(changed):
                self.dataChanged.emit(self.index(row, first), self.index(row, last))

        added = [k for k in new if k not in self._row_of]
        if added:
            start = len(self._keys)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            for offset, k in enumerate(added):
                obj = new[k]
                self._keys.append(k)
                self._objects.append(obj)
                self._values.append(self.values(obj))
                self._sort_cache.append({})
                self._row_of[k] = start + offset
                self._haystacks[k] = self.haystack(obj)
            self.endInsertRows()

    def _reindex(self) -> None:
        self._row_of = {k: i for i, k in enumerate(self._keys)}

    def emit_column_changed(self, column: int, keys: Iterable[str] | None = None) -> None:
        """``dataChanged`` for one column of the given rows (all rows when ``keys`` is None)."""
        if not self._keys:
            return
        if keys is None:
            for cache in self._sort_cache:
                cache.pop(column, None)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._keys) - 1, column))
            return
        rows = [self._row_of[k] for k in keys if k in self._row_of]
        for row in rows:
            self._sort_cache[row].pop(column, None)
        for first, last in _ranges(rows):
            self.dataChanged.emit(self.index(first, column), self.index(last, column))

    def refresh_times(self) -> None:
        """Ages ("5 minutes ago") move with the clock: repaint those cells."""
        for column in self.TIME_COLUMNS:
            self.emit_column_changed(column)

    # -- linked selection ---------------------------------------------------------------------
    def related(self) -> dict[str, str]:
        return dict(self._related)

    def set_related(self, related: dict[str, str]) -> None:
        """Highlight these rows (key → how they relate, e.g. ``"web: /data"``); repaint changed rows."""
        changed = {k for k in set(related) | set(self._related)
                   if related.get(k) != self._related.get(k)}
        self._related = dict(related)
        rows = [self._row_of[k] for k in changed if k in self._row_of]
        last_column = len(self.COLUMNS) - 1
        for first, last in _ranges(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))


_DOTS: dict[tuple[str, bool], QIcon] = {}


def dot_icon(colour: QColor, hollow: bool = False) -> QIcon | QColor:
    """A small round status dot (hollow: a ring), cached per colour.

    Pixmaps need a QGuiApplication: without one (scripts, model tests) the colour itself.
    """
    if QGuiApplication.instance() is None:
        return colour
    key = (colour.name(QColor.NameFormat.HexArgb), hollow)
    icon = _DOTS.get(key)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if hollow:
            from PySide6.QtGui import QPen

            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(QColor(0, 0, 0, 0))
        else:
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(colour)
        painter.drawEllipse(4, 4, 8, 8)
        painter.end()
        icon = _DOTS[key] = QIcon(pixmap)
    return icon


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font
