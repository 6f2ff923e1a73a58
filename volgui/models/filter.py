"""Sorting and filtering over a keyed table model: filter-box words and "only related rows"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from volgui.engine.present import display
from volgui.models.base import KeyedTableModel


class ObjectFilterProxy(QSortFilterProxyModel):
    """Rows whose name, image or labels contain every word of the filter text.

    Sorting is the source model's (``sort`` is forwarded to it): the model keeps its rows in
    order, so this proxy never compares rows (a proxy's sort asks ``data()`` of both rows at
    each comparison, a Python call each: seconds for 10 000 rows).

    Filtering: at each change of the filter, the model matches every row in one Python pass
    (``matching_rows``); ``filterAcceptsRow`` then reads one byte. When rows have moved, come or
    gone since (the model's ``generation``), the bytes are made again at the next question; a row
    whose text changed since (``restamped``) is matched alone.

    ``set_only_keys(keys)`` further limits the rows to those keys (the "Show only related"
    toggle); ``None`` lifts that limit.
    """

    filter_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)  # changed rows are filtered again
        self._words: list[str] = []
        self._text = ""
        self._only: frozenset[str] | None = None
        self._accepted = bytearray()
        self._accepted_stamp = 0
        self._accepted_generation = -1
        self._keyed: KeyedTableModel | None = None

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._words = display.filter_words(text)
        self._refilter()

    @property
    def only_keys(self) -> frozenset[str] | None:
        return self._only

    def set_only_keys(self, keys) -> None:
        only = frozenset(keys) if keys is not None else None
        if only == self._only:
            return
        self._only = only
        self._refilter()

    def _refilter(self) -> None:
        self._accepted_generation = -1
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()
        self.filter_changed.emit()

    @property
    def filtering(self) -> bool:
        return bool(self._words) or self._only is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (and keeps its rows sorted); this proxy keeps the source's order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def setSourceModel(self, model) -> None:
        self._keyed = model if isinstance(model, KeyedTableModel) else None
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Called once per row at each filter change (10 000 calls): kept to a few lookups.
        if self._only is None and not self._words:
            return True
        model = self._keyed
        if model is None:
            return False
        if self._accepted_generation != model.generation:
            self._accepted, self._accepted_stamp = model.matching_rows(self._words, self._only)
            self._accepted_generation = model.generation
        restamped = model.restamped
        if (restamped and restamped.get(source_row, 0) > self._accepted_stamp) or \
                source_row >= len(self._accepted):
            return model.row_matches(source_row, self._words, self._only)
        return self._accepted[source_row] == 1
