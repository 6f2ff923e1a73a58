"""A layout check for any widget tree, as a person would see it: no word-wrapped label shorter
than the text needs (cut in half), no visible sibling widgets painted over each other, and no
label or button whose text is wider than the room it got (elided or clipped).
``cut_cells(view)`` does the same for the cells of an item view: each shown column's text fits
its column, and the column is inside the view (not scrolled off to the right).

``layout_problems(root)`` returns one line per problem, naming the widget and its text; tests
assert it is empty for every dialog and panel, at 1280×800 and 1024×700, light and dark.
``clipped_headers(root)``: column header sections under ``root`` whose text is wider than the
section (Qt elides it), checked per language at the default window size and column widths."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = " " + repr(w.text()[:50])
    return f"{type(w).__name__}({w.objectName() or '-'}){text}"


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _plain(label: QLabel) -> str:
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * max(0, label.margin()) - 2 * max(0, label.indent())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{_name(label)} is {label.height()} px high, its text needs {need} px"
        return None
    plain = _plain(label)
    if label.buddy() is not None:  # "&Name:" shows as "Name:" with N underlined
        plain = plain.replace("&&", "\0").replace("&", "").replace("\0", "&")
    lines = plain.split("\n")
    wide = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    if wide > room + SLACK:
        return f"{_name(label)} is {room} px wide, its text needs {wide} px"
    if label.fontMetrics().lineSpacing() * len(lines) > label.contentsRect().height() + 2 * SLACK + 2:
        return f"{_name(label)} is {label.height()} px high for {len(lines)} line(s)"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, QToolButton):
        return None
    if isinstance(button, (QCheckBox, QRadioButton, QPushButton)):
        need = button.sizeHint().width() if not isinstance(button, QPushButton) else (
            button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + 8
            + (button.iconSize().width() + 4 if not button.icon().isNull() else 0))
        if need > button.width() + SLACK:
            return f"{_name(button)} is {button.width()} px wide, its text needs {need} px"
    return None


def _overlaps(parent: QWidget) -> list[str]:
    if isinstance(parent, (QAbstractScrollArea, QStackedWidget, QSplitter, QToolBar, QTabBar)):
        return []  # their children are parts placed by Qt (scroll bars, viewport, pages, handles)
    kids = [c for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if _shown(c) and not c.isWindow() and not c.objectName().startswith("qt_")]
    out = []
    for i, a in enumerate(kids):
        ra: QRect = a.geometry()
        for b in kids[i + 1:]:
            inter = ra.intersected(b.geometry())
            if inter.width() > SLACK and inter.height() > SLACK:
                out.append(f"{_name(a)} and {_name(b)} overlap by {inter.width()}×{inter.height()} px "
                           f"in {_name(parent)}")
    return out


def layout_problems(root: QWidget) -> list[str]:
    """What a person would see cut, elided or painted over under ``root`` (shown widgets only)."""
    problems: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or (w is not root and w.isWindow()):
            continue
        if isinstance(w, QLabel):
            problem = _label_problem(w)
        elif isinstance(w, QAbstractButton):
            problem = _button_problem(w)
        else:
            problem = None
        if problem:
            problems.append(problem)
        problems.extend(_overlaps(w))
    return problems


def cut_cells(view: QAbstractItemView, rows: int = 50, padding: int = 8) -> list[str]:
    """Cells of the first ``rows`` rows whose text is wider than their column, and columns that
    end outside the view's viewport at its current size."""
    model, problems = view.model(), []
    metrics = view.fontMetrics()
    right = view.viewport().width()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) if hasattr(view, "isColumnHidden") else False:
            continue
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = view.visualRect(index)
            icon = view.iconSize().width() + 4 if index.data(Qt.ItemDataRole.DecorationRole) else 0
            need = metrics.horizontalAdvance(text) + icon + padding
            if rect.width() < need:
                problems.append(f"column {column} row {row}: {text!r} needs {need} px, has {rect.width()}")
            elif rect.right() > right + SLACK:
                problems.append(f"column {column} row {row}: {text!r} ends at {rect.right()}, "
                                f"the view at {right}")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    style, out = header.style(), []
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        shown_mark = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin \
            + (mark + margin if shown_mark else 0)
        if need > header.sectionSize(section) + SLACK:
            where = header.parentWidget().objectName() if header.parentWidget() is not None else ""
            out.append(f"header of {where or type(header.parentWidget()).__name__}: {text!r} is "
                       f"{header.sectionSize(section)} px wide, its text needs {need} px")
    return out


def clipped_headers(root: QWidget) -> list[str]:
    """Shown column headers (horizontal) under ``root`` whose section is narrower than its text."""
    problems: list[str] = []
    for header in root.findChildren(QHeaderView):
        if header.orientation() == Qt.Orientation.Horizontal and _shown(header):
            problems += _header_problems(header)
    return problems
