"""A table model of frozen engine objects keyed by id, updated by diffing snapshots.

``apply(objects)`` compares the new objects with the rows it holds: rows that are gone are
removed (``beginRemoveRows`` per contiguous range), new ones are inserted (one
``beginInsertRows`` per contiguous block), and changed ones emit ``dataChanged`` for the changed
cells only. Only the first load (or a switch to another engine, ``clear()``) resets the model,
so selections, sort order and the scroll position of the views survive every update.

The model keeps its rows sorted (``SortedRows``, models/sorted_rows.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from volgui.models.sorted_rows import MISSING, SortedRows

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 10  # the frozen dataclass of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 11  # a value that sorts naturally (numbers, datetimes…)
KEY_ROLE = Qt.ItemDataRole.UserRole + 12  # the row's id (container id, volume name, image id)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 13  # lower-case text the filter box searches
RELATED_ROLE = Qt.ItemDataRole.UserRole + 14  # "" or how the row relates to the other view's selection

_Index = QModelIndex | QPersistentModelIndex

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


class KeyedTableModel(SortedRows, QAbstractTableModel):
    """Base of the containers, volumes and images models."""

    COLUMNS: tuple[str, ...] = ()
    # Columns whose text depends on the clock (ages): refreshed by ``refresh_times()``.
    TIME_COLUMNS: tuple[int, ...] = ()
    # True when a cell can change without its object changing (values from elsewhere).
    EXTERNAL_VALUES = False

    snapshot_applied = Signal()  # after every apply()/clear(), once the rows are current

    # What Qt reads when the instance's own attributes are gone: the cyclic collector clears the
    # attributes of a window's objects before it frees them, and a view still on screen then asks
    # its model for rows while it is torn down (tests/gui/test_models_collected.py). Every model
    # keeps such class-level empty values, so a half-collected model answers as an empty one.
    _keys: Sequence[str] = ()
    _objects: Sequence = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys = []
        self._objects = []
        self._values: list[tuple] = []
        self._row_of: dict[str, int] = {}
        self._haystacks: dict[str, str] = {}
        self._related: dict[str, str] = {}
        self._sort_cache: list[dict[int, object]] = []
        self._sort_column = -1  # the column the rows are kept sorted by (-1: arrival order)
        self._descending = False
        self._order: list | None = None  # the sort keys of the rows, as bisect compares them
        self.generation = 0  # grows whenever rows move, arrive or leave
        # rows whose haystack changed since (row → a stamp that grows): a filter checks them again
        self.restamped: dict[int, int] = {}
        self._stamp = 0
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
            value = cache.get(column, MISSING)
            if value is MISSING:
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
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # a screen reader hears the link too
            return self._related.get(self._keys[row]) or None
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
        self._order = None
        self._moved()
        self.loaded = False
        self._after_reset()
        self.endResetModel()
        self.snapshot_applied.emit()

    def _after_reset(self) -> None:
        """Subclasses drop their caches here."""

    def prepare(self, objects: Iterable) -> list[tuple]:
        """Rows ready for ``load`` or ``insert``: ``(key, object, values, haystack, sort keys)``:
        the per-row Python work, done before the model is touched (a caller spreads it over
        slices)."""
        column = self._sort_column
        if column < 0:
            return [(self.key(o), o, self.values(o), self.haystack(o), {}) for o in objects]
        return [(self.key(o), o, self.values(o), self.haystack(o), {column: self.sort_value(o, column)})
                for o in objects]

    def load(self, rows: list[tuple]) -> None:
        """The first load: every prepared row in one reset, sorted once."""
        rows = list({row[0]: row for row in rows}.values())  # one row per key, the last one
        self.beginResetModel()
        self._keys = [row[0] for row in rows]
        self._objects = [row[1] for row in rows]
        self._values = [row[2] for row in rows]
        self._haystacks = {row[0]: row[3] for row in rows}
        self._sort_cache = [row[4] for row in rows]
        self._order = None
        self._moved()
        if self._sort_column >= 0:
            self._permute(self._sorted_rows())
        self._reindex()
        self._related = {k: v for k, v in self._related.items() if k in self._row_of}
        self.loaded = True
        self.endResetModel()
        self.snapshot_applied.emit()

    def apply(self, objects: Iterable) -> None:
        """Make the rows equal to ``objects`` with per-row inserts, removals and cell updates."""
        if not self.loaded:
            self.load(self.prepare(objects))
            return
        new = {self.key(o): o for o in objects}
        self._remove([k for k in self._keys if k not in new])
        self._update(new)
        self.snapshot_applied.emit()

    def update(self, objects: Iterable, removed: Iterable[str] = ()) -> None:
        """Insert or update these objects and remove these keys; other rows stay as they are."""
        self._remove([k for k in removed if k in self._row_of])
        self._update({self.key(o): o for o in objects}, only_given=True)
        self.snapshot_applied.emit()

    def insert(self, rows: list[tuple]) -> None:
        """Add prepared rows (``prepare``) whose keys are new; rows already shown are updated."""
        rows = list({row[0]: row for row in rows}.values())
        known = [row[1] for row in rows if row[0] in self._row_of]
        if known:
            self._update({self.key(o): o for o in known}, only_given=True)
        fresh = [row for row in rows if row[0] not in self._row_of]
        if fresh:
            self._insert(fresh)
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
            if self._order is not None:
                del self._order[first:last + 1]
            self._moved()
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
        column = self._sort_column
        moved = False
        for row, k in rows:
            obj = new[k]
            old = self._objects[row]
            if (obj is old or obj == old) and not self.EXTERNAL_VALUES:
                continue
            self._objects[row] = obj
            haystack = self.haystack(obj)
            if haystack != self._haystacks.get(k):
                self._haystacks[k] = haystack
                self._stamp += 1
                self.restamped[row] = self._stamp
            values = self.values(obj)
            old_values = self._values[row]
            if values == old_values and obj == old:
                continue
            self._values[row] = values
            if column >= 0 and not moved:
                before = self._sort_cache[row].get(column, MISSING)
                moved = before is MISSING or before != self.sort_value(obj, column)
            self._sort_cache[row] = {}
            changed = [c for c, (a, b) in enumerate(zip(old_values, values, strict=True)) if a != b]
            if not changed:
                # nothing shown changed; still tell listeners that the row's object did
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx, [OBJECT_ROLE])
            for first, last in _ranges(changed):
                self.dataChanged.emit(self.index(row, first), self.index(row, last))
        if moved:
            self._order = None
            self._resort()
        added = [new[k] for k in new if k not in self._row_of]
        if added:
            self._insert(self.prepare(added))

    SCATTERED = 8  # more blocks than this: append them all, then sort once

    def _insert(self, added: list[tuple]) -> None:
        """New rows at their sorted places: one ``beginInsertRows`` per contiguous block.

        Rows scattered over many places (a first listing in the engine's order) are appended in
        one block and sorted with one layout change: each block costs a renumbering of the rows
        below it, so many blocks would cost rows × blocks."""
        blocks = [(len(self._keys), added)]
        scattered = False
        if self._sort_column >= 0:
            placed = self._blocks(added)
            scattered = len(placed) > self.SCATTERED
            if not scattered:
                blocks = placed
        for at, rows in reversed(blocks):  # from the bottom up: the places above stay valid
            keys = [row[0] for row in rows]
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self._keys[at:at] = keys
            self._objects[at:at] = [row[1] for row in rows]
            self._values[at:at] = [row[2] for row in rows]
            self._sort_cache[at:at] = [row[4] for row in rows]
            if self._order is not None:
                self._order[at:at] = self._ranks([self._sort_key(at + i, self._sort_column)
                                                  for i in range(len(rows))])
            self._haystacks.update((row[0], row[3]) for row in rows)
            self._moved()
            if at + len(keys) == len(self._keys):  # appended: the rows above keep their numbers
                self._row_of.update((k, at + i) for i, k in enumerate(keys))
            else:
                self._reindex()
            self.endInsertRows()
        if scattered:
            self._order = None
            self._resort()

    # -- filtering ----------------------------------------------------------------------------
    def row_matches(self, row: int, words: list[str], only: frozenset[str] | None) -> bool:
        key = self._keys[row]
        return (only is None or key in only) and all(w in self._haystacks.get(key, "") for w in words)

    def matching_rows(self, words: list[str], only: frozenset[str] | None) -> tuple[bytearray, int]:
        """One byte per row: 1 where the haystack holds every word and the key is in ``only``,
        and the stamp it is good for (rows ``restamped`` later must be checked again).

        One pass per filter change, a list comprehension per word (10 000 rows: about 1 ms a
        word, against 10 ms for a loop that tested each row's words in turn); a proxy then
        answers each row from it."""
        keys = self._keys
        haystacks = [self._haystacks.get(k, "") for k in keys]
        if only is None:
            hits = [True] * len(keys)
        else:
            hits = [k in only for k in keys]
        for word in words:
            hits = [hit and word in haystack for hit, haystack in zip(hits, haystacks, strict=True)]
        return bytearray(hits), self._stamp

    def _moved(self) -> None:
        """Rows moved, came or went: what a filter knew by row number is void."""
        self.generation += 1
        self.restamped.clear()

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
        else:
            rows = [self._row_of[k] for k in keys if k in self._row_of]
            for row in rows:
                self._sort_cache[row].pop(column, None)
            for first, last in _ranges(rows):
                self.dataChanged.emit(self.index(first, column), self.index(last, column))
        if column == self._sort_column:
            self._order = None
            self._resort()

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


_DOTS: dict[tuple[str, bool, bool], QIcon] = {}


def dot_icon(colour: QColor, hollow: bool = False, centre: bool = False) -> QIcon | QColor:
    """A small round status dot (hollow: a ring; centre: a ring around a dot), cached per colour.
    The shapes differ, not only the colours, so no state is told by colour alone.

    Pixmaps need a QGuiApplication: without one (scripts, model tests) the colour itself.
    """
    if QGuiApplication.instance() is None:
        return colour
    key = (colour.name(QColor.NameFormat.HexArgb), hollow, centre)
    icon = _DOTS.get(key)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if hollow or centre:
            from PySide6.QtGui import QPen

            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(QColor(0, 0, 0, 0))
        else:
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(colour)
        painter.drawEllipse(4, 4, 8, 8)
        if centre:
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(8, 8), 1.6, 1.6)
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
