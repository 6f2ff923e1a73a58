"""The log view for keyboard and screen-reader users: a caret line moved by the keys, and the
lines protocol of ``volgui.ui.views.accessible_text`` (the lines on screen, the caret, the
selected lines) that a screen reader reads.

A mixin of ``LogTextView`` (kept apart so the view's painting stays in a module of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAccessible

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class LogAccess:
    """Needs the LogTextView's buffer, scroll bar, selection and geometry helpers."""

    caret_line = -1  # the line the keys move (-1: none yet; the first visible line then)

    # -- keys --------------------------------------------------------------------------------
    def caret(self) -> int:
        if 0 <= self.caret_line < len(self.buffer):
            return self.caret_line
        return min(self.first_visible_line(), len(self.buffer) - 1)

    def navigate(self, event) -> bool:
        """Up/Down, PageUp/PageDown, Ctrl+Home/End move the caret line (Shift: select from
        where it was). True when the key was one of them."""
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        n = len(self.buffer)
        if not n:
            return False
        page = max(1, self.visible_rows() - 1)
        here = self.caret()
        if key in _MOVES:
            target = here + _MOVES[key]
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            target = here + (page if key == Qt.Key.Key_PageDown else -page)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and mods & Qt.KeyboardModifier.ControlModifier:
            target = 0 if key == Qt.Key.Key_Home else n - 1
        else:
            return False
        self.move_caret(max(0, min(target, n - 1)), extend=shift, start=here)
        return True

    def move_caret(self, line: int, extend: bool = False, start: int | None = None) -> None:
        self.caret_line = line
        if extend:
            self.select_lines(self._anchor if self._anchor >= 0 else (start if start is not None else line),
                              line)
        self.scroll_to_line(line)
        bar = self.verticalScrollBar()
        if line >= len(self.buffer) - 1:
            self.set_following(True)
        elif line < bar.value() or line >= bar.value() + self.visible_rows():
            bar.setValue(max(0, line - self.visible_rows() + 1))
        self.viewport().update()
        self.text_changed.emit()

    def caret_rect(self) -> QRectF | None:
        """Where the focus frame goes (viewport coordinates), when the caret line is on screen."""
        line = self.caret()
        row = line - self.first_visible_line()
        if line < 0 or not 0 <= row < self.visible_rows() + 1:
            return None
        return QRectF(1.5, row * self._line_height + 0.5, self.viewport().width() - 3, self._line_height - 1)

    # -- the lines protocol ------------------------------------------------------------------
    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.EditableText  # read-only (state), as Qt's own read-only editors

    def accessible_lines(self) -> list[str]:
        first = self.first_visible_line()
        last = min(len(self.buffer), first + self.visible_rows())
        return [self.line_text(i) for i in range(first, last)]

    def accessible_caret(self) -> tuple[int, int]:
        row = self.caret() - self.first_visible_line()
        return (row, 0) if 0 <= row < self.visible_rows() else (0, 0)

    def accessible_selection(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        sel = self.selected_range()
        if sel is None:
            return None
        first = self.first_visible_line()
        rows = min(self.visible_rows(), len(self.buffer) - first)
        lo, hi = max(sel[0], first) - first, min(sel[1], first + rows - 1) - first
        if lo > hi:
            return None
        return (lo, 0), (hi, len(self.line_text(first + hi)))

    def accessible_select(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        first = self.first_visible_line()
        self.select_lines(first + start[0], first + end[0])

    def accessible_move_caret(self, line: int, _column: int) -> None:
        self.move_caret(self.first_visible_line() + line)

    def accessible_cell_rect(self, line: int, column: int) -> QRectF:
        x = self._text_x() - self.horizontalScrollBar().value() + column * self._char_width
        top_left = self.viewport().mapTo(self, QPoint(0, line * self._line_height))
        return QRectF(top_left.x() + x, top_left.y(), self._char_width, self._line_height)

    def accessible_cell_at(self, pos: QPoint) -> tuple[int, int]:
        at = self.viewport().mapFrom(self, pos)
        x = at.x() - self._text_x() + self.horizontalScrollBar().value()
        return max(0, at.y() // self._line_height), max(0, int(x / self._char_width))
