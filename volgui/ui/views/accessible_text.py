"""Screen readers see the text of the painted views (terminal, logs) through Qt's text interface.

A painted widget has no text for assistive technology: Qt's ``QAccessibleWidget`` gives it a
name and a role only. A widget that offers the *lines protocol* below gets a
``LinesAccessible`` instead (``install_factory()`` registers the factory once per process), a
``QAccessibleWidget`` that is also a ``QAccessibleTextInterface``: Orca and NVDA read it line by
line, follow its caret and hear its selection.

The lines protocol (methods of the widget):

- ``accessible_lines() -> list[str]``: the lines shown now (bounded by the screen: what a
  sighted person sees, not a 100 000-line buffer joined on every query);
- ``accessible_caret() -> tuple[int, int]``: (line, column) of the caret within those lines;
- ``accessible_selection() -> tuple[tuple[int, int], tuple[int, int]] | None``: selected span;
- ``accessible_cell_rect(line, column) -> QRectF`` and ``accessible_cell_at(QPoint) -> (line,
  column)`` in widget coordinates;
- ``accessible_role() -> QAccessible.Role``;
- a ``text_changed`` signal, which ``TextEvents`` turns into the events a reader listens to.

PySide6 (6.11) binds ``interface_cast`` as returning a raw address: the text interface is found
through the address of this object's ``QAccessibleTextInterface`` part (``VoidPtr`` of
``shiboken6.getCppPointer``). ``selection()`` and ``attributes()`` of the C++ interface take
out-parameters and are not bound: a reader gets the selection's count here and its text from
``QAccessibleTextSelectionEvent`` (sent by ``TextEvents``).
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTextCursorEvent,
    QAccessibleTextInterface,
    QAccessibleTextSelectionEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_log = logging.getLogger(__name__)

MAX_LINE = 4000  # characters of one line exposed (a 64 KiB log line is cut here)
# A reader reading one line asks four or five questions in a row (count, text, caret, geometry),
# each of which needs the lines: they are made once and kept this long, or until the view says
# its text changed (a full 200×50 terminal takes a few milliseconds to turn into lines).
KEEP_LINES = 0.05  # seconds
_installed = False


def offers_lines(obj: QObject) -> bool:
    return isinstance(obj, QWidget) and callable(getattr(type(obj), "accessible_lines", None))


class LinesAccessible(QAccessibleWidget, QAccessibleTextInterface):
    """The text interface over a widget's lines protocol; never raises into Qt (a failing widget
    reads as empty text)."""

    def __init__(self, widget: QWidget) -> None:
        QAccessibleWidget.__init__(self, widget, widget.accessible_role(), widget.accessibleName())
        QAccessibleTextInterface.__init__(self)
        self._widget = widget
        self._kept: tuple[float, list[str]] | None = None
        widget.text_changed.connect(self._forget)  # GUI thread to GUI thread: a plain method is fine

    def _forget(self) -> None:
        self._kept = None

    # -- the interface ----------------------------------------------------------------------
    def interface_cast(self, kind):
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        # the base answers None for an interface it lacks: a null address, not None (C++ cannot
        # take None for a pointer, and PySide6 crashed reporting it)
        found = super().interface_cast(kind)
        return shiboken6.VoidPtr(0) if found is None else found

    def state(self):
        state = super().state()
        state.multiLine = True
        state.selectableText = True
        state.readOnly = bool(getattr(self._widget, "read_only", True))
        return state

    # -- what the widget shows ---------------------------------------------------------------
    def _lines(self) -> list[str]:
        now = time.monotonic()
        if self._kept is not None and now - self._kept[0] < KEEP_LINES:
            return self._kept[1]
        try:
            lines = [line[:MAX_LINE] for line in self._widget.accessible_lines()]
        except Exception:  # a reader's query never breaks the app
            _log.debug("accessible lines failed", exc_info=True)
            return []
        self._kept = (now, lines)
        return lines

    @staticmethod
    def _starts(lines: list[str]) -> list[int]:
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        return starts

    def _offset(self, lines: list[str], line: int, column: int) -> int:
        if not lines:
            return 0
        line = max(0, min(line, len(lines) - 1))
        return self._starts(lines)[line] + max(0, min(column, len(lines[line])))

    def _position(self, lines: list[str], offset: int) -> tuple[int, int]:
        starts = self._starts(lines)
        for i in range(len(starts) - 1, -1, -1):
            if offset >= starts[i]:
                return i, min(offset - starts[i], len(lines[i]))
        return 0, 0

    def text(self, *args):  # QAccessibleWidget.text(kind) and QAccessibleTextInterface.text(a, b)
        if len(args) == 1:
            kind = args[0]
            if kind == QAccessible.Text.Name:
                return self._widget.accessibleName()
            return super().text(kind)
        start, end = args
        whole = "\n".join(self._lines())
        if end < 0:
            end = len(whole)
        return whole[max(0, start):max(0, end)]

    def characterCount(self) -> int:
        lines = self._lines()
        return max(0, sum(len(line) + 1 for line in lines) - 1)

    def cursorPosition(self) -> int:
        try:
            line, column = self._widget.accessible_caret()
        except Exception:
            return 0
        return self._offset(self._lines(), line, column)

    def setCursorPosition(self, position: int) -> None:
        mover = getattr(self._widget, "accessible_move_caret", None)
        if mover is not None:
            mover(*self._position(self._lines(), position))

    def selectionCount(self) -> int:
        try:
            return 0 if self._widget.accessible_selection() is None else 1
        except Exception:
            return 0

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        selector = getattr(self._widget, "accessible_select", None)
        if selector is not None:
            lines = self._lines()
            selector(self._position(lines, start), self._position(lines, end))

    def removeSelection(self, _index: int) -> None:
        clear = getattr(self._widget, "clear_selection", None)
        if clear is not None:
            clear()

    def characterRect(self, offset: int) -> QRect:
        try:
            line, column = self._position(self._lines(), offset)
            rect = self._widget.accessible_cell_rect(line, column).toAlignedRect()
        except Exception:
            return QRect()
        return QRect(self._widget.mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        try:
            line, column = self._widget.accessible_cell_at(self._widget.mapFromGlobal(point))
        except Exception:
            return -1
        return self._offset(self._lines(), line, column)

    def scrollToSubstring(self, _start: int, _end: int) -> None:
        """The exposed text is what is on screen: it is in view already."""


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    try:
        if offers_lines(obj):
            if obj.findChild(TextEvents) is None:
                TextEvents(obj)  # events only once a reader has asked for the text
            return LinesAccessible(obj)
    except Exception:  # never break Qt's query for every other widget
        _log.debug("accessible factory failed", exc_info=True)
    return None


def install_factory() -> None:
    """Register the factory once per process (Qt keeps a list and asks each in turn)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


class TextEvents(QObject):
    """Tells assistive technology that a painted view's text, caret or selection moved, only
    while one listens (``QAccessible.isActive()``): nothing is computed otherwise."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._caret = -1
        widget.text_changed.connect(self.on_text_changed)

    @Slot()
    def on_text_changed(self) -> None:
        if not QAccessible.isActive():
            return
        widget = self._widget
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.TextUpdated))
        iface = QAccessible.queryAccessibleInterface(widget)
        text = iface.textInterface() if iface is not None else None
        if text is None:
            return
        caret = text.cursorPosition()
        if caret != self._caret:
            self._caret = caret
            QAccessible.updateAccessibility(QAccessibleTextCursorEvent(widget, caret))
        selection = widget.accessible_selection()
        if selection is not None and isinstance(iface, LinesAccessible):
            lines = iface._lines()
            start, end = (iface._offset(lines, *selection[0]), iface._offset(lines, *selection[1]))
            QAccessible.updateAccessibility(QAccessibleTextSelectionEvent(widget, start, end))
