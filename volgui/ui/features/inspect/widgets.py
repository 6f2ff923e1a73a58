"""Building blocks of the inspect summaries: titled sections, fact forms, compact link tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volgui.models.inspect_tables import LINK_ROLE, ROW_ROLE, Column, RowsTableModel
from volgui.ui.views.descriptions import describe, rows_text


def value_label(mono: bool = False) -> QLabel:
    """A selectable, wrapping value; long unbreakable text is clipped (the tooltip has it all)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(40)
    if mono:
        label.setProperty("mono", True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        label.setFont(font)
    return label


class FactForm(QWidget):
    """Label: value rows; a row whose value is empty is hidden."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}

    def add(self, key: str, title: str, mono: bool = False) -> QLabel:
        label = value_label(mono)
        label.setObjectName(f"fact_{key}")
        label.linkActivated.connect(self.link_activated)
        caption = QLabel(title)
        caption.setProperty("muted", True)
        self.form.addRow(caption, label)
        self.values[key] = label
        return label

    def set(self, key: str, text: str, tooltip: str = "", rich: bool = False) -> None:
        label = self.values[key]
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setToolTip(tooltip or ("" if rich else text))
        self.form.setRowVisible(label, bool(text))

    def text(self, key: str) -> str:
        return self.values[key].text()


class Section(QWidget):
    """A bold title, an optional widget on the title line, and the content (or "None")."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None,
                 empty_text: str = "") -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        if not content.accessibleName():
            content.setAccessibleName(title)
        head.addWidget(self.title)
        head.addStretch(1)
        self.head = head
        layout.addLayout(head)
        self.content = content
        layout.addWidget(content)
        self.empty = QLabel(empty_text or self.tr("None"))
        self.empty.setProperty("muted", True)
        self.empty.hide()
        layout.addWidget(self.empty)

    def add_to_title(self, widget: QWidget) -> None:
        self.head.addWidget(widget)

    def set_empty(self, empty: bool) -> None:
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)


def fair_widths(natural: Sequence[int], available: int, least: int = 60,
                floors: Sequence[int] = ()) -> list[int]:
    """Widths that give every column its whole text when it is no wider than an even share of
    what is left, and split the rest evenly among the wider ones (never below ``least``, nor
    below a column's ``floors`` entry: its header's text, which cannot wrap as a cell does)."""
    widths = list(natural)
    wide = set(range(len(natural)))
    left = available
    settled = True
    while wide and settled:
        share = left // len(wide)
        settled = False
        for col in sorted(wide):
            if natural[col] <= share:
                wide.discard(col)
                left -= natural[col]
                settled = True
    def floor(col: int) -> int:
        return max(least, floors[col] if col < len(floors) else 0)

    for col in wide:
        widths[col] = max(floor(col), left // len(wide))
    over = sum(widths) - available  # a floor took more than the share: the others give it back
    for col in sorted(wide, key=lambda c: widths[c] - floor(c), reverse=True):
        give = max(0, min(over, widths[col] - floor(col)))
        widths[col] -= give
        over -= give
    return widths


class SummaryTable(QTableView):
    """A table as tall as its rows (the summary scrolls, not the table); link cells are clickable."""

    link_clicked = Signal(object, int)  # row object, column

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = RowsTableModel(columns, self)
        self.setModel(self.table_model)
        self.verticalHeader().hide()
        describe(self, rows_text())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)  # the stretched last column may shrink to its content
        header.setDefaultSectionSize(40)
        # set after the sizes: when the columns do not fit, the last one falls back to its size then
        header.setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # a long value (a path, an id) wraps onto more lines in the narrow inspector column rather
        # than being cut; its tooltip has it whole as well
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setMouseTracking(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)

    def set_rows(self, rows: Sequence) -> None:
        self.table_model.set_rows(rows)
        self._fit_columns()

    def _natural_width(self, col: int) -> int:
        return max(self.sizeHintForColumn(col), self.horizontalHeader().sectionSizeHint(col))

    def _fit_columns(self) -> None:
        """Use the width there is: short columns get their whole text, long ones share the rest.

        The last column stretches, so only the others are sized (sizing it would stop the stretch);
        rows then grow to hold a long value wrapped onto several lines.
        """
        count = self.table_model.columnCount()
        available = self.viewport().width() if self.isVisible() else self.width() - 2 * self.frameWidth()
        natural = [self._natural_width(c) for c in range(count)]
        if count > 1 and available > 0:
            heads = [self.horizontalHeader().sectionSizeHint(c) for c in range(count)]
            widths = fair_widths(natural, available, floors=heads)
            for col in range(count - 1):
                self.setColumnWidth(col, widths[col])
        self.resizeRowsToContents()
        self._update_height()

    def _update_height(self) -> None:
        """Tall enough for every row, plus the horizontal scroll bar when the columns do not fit."""
        # sizeHint: before the table is first shown its header has no real height yet
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.table_model.rowCount()))
        columns = sum(self.columnWidth(c) for c in range(self.table_model.columnCount() - 1))
        last = self.table_model.columnCount() - 1
        if last >= 0:
            columns += max(self.sizeHintForColumn(last), self.horizontalHeader().sectionSizeHint(last),
                           self.horizontalHeader().minimumSectionSize())
        if columns > self.width() - 2 * self.frameWidth():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()
        else:
            self._update_height()

    def refresh(self) -> None:
        self.table_model.refresh()

    def click_row(self, row: int, column: int) -> None:
        """What a click on that cell does (used by tests and keyboard activation)."""
        self._on_clicked(self.table_model.index(row, column))

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(LINK_ROLE):
            self.link_clicked.emit(index.data(ROW_ROLE), index.column())

    def mouseMoveEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(LINK_ROLE):
            self.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        else:
            self.viewport().unsetCursor()
        super().mouseMoveEvent(event)
