"""A linked row (the containers using the selected volume, the volumes of the selected
container) shows a bar at its left edge besides its background: colour is never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTableView

from volgui.models.base import RELATED_ROLE, KeyedTableModel

BAR = 4  # pixels


class RelatedMarks:
    """Mixed into a table view (before QTableView): marks the linked rows of ``related_source``."""

    related_source: KeyedTableModel | None = None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_related_markers(self, self.related_source)


def paint_related_markers(view: QTableView, source: KeyedTableModel | None) -> None:
    """After the rows are painted: a bar on each visible linked row (only the visible rows are
    asked, and only while some row is linked)."""
    model = view.model()
    if source is None or model is None or not source.related():
        return
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height())
    last = model.rowCount() - 1 if last < 0 else last
    painter = QPainter(view.viewport())
    try:
        colour = view.palette().color(QPalette.ColorRole.Text)
        for row in range(first, last + 1):
            index = model.index(row, 0)
            if index.data(RELATED_ROLE):
                cell = view.visualRect(index)
                painter.fillRect(QRect(0, cell.top() + 2, BAR, cell.height() - 4), colour)
    finally:
        painter.end()
