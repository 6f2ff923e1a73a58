"""Cells that show a long value whole, on as many lines as the column needs.

Item views wrap only at spaces and cut the rest ("59f9516…"); ids and paths have no spaces. This
delegate lets the text break anywhere and tells the view how tall the wrapped cell is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

BREAK = "\u200b"  # a zero-width space: a place the line may break, invisible when it does not
LONGEST = 4000  # longer values stay cut (their tooltip and Copy have them whole)


def breakable(text: str) -> str:
    return BREAK.join(text) if len(text) <= LONGEST else text


class WrappingDelegate(QStyledItemDelegate):
    """For one column of a tree whose rows may differ in height (``uniformRowHeights`` off)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def _prepared(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = breakable(opt.text.replace("\n", " "))
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.textElideMode = Qt.TextElideMode.ElideRight
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = self._prepared(option, index)
        self._view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The height at the column's width (the view gives no width when it asks)."""
        opt = self._prepared(option, index)
        width = self._column_width(index.column())
        opt.rect = QRect(0, 0, width, 1)
        size = self._view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(),
                                                   self._view)
        return QSize(width, size.height())

    def _column_width(self, column: int) -> int:
        return max(1, self._view.header().sectionSize(column))
