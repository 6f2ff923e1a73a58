"""A painted, bounded log view: draws only the visible lines of a :class:`LogBuffer`.

Appending a batch costs a list extend and a scroll-bar update, whatever the size of the log, so
a flood never blocks the GUI thread; memory is the ring buffer's (100 000 lines by default).
Lines are selected whole (click, shift-click, drag, Ctrl+A) and copied as plain text.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from volgui.engine.streams.ansi import PLAIN, Style, parse_ansi, plain_text
from volgui.engine.streams.log_buffer import LogBuffer
from volgui.engine.streams.log_lines import LogLine, short_timestamp
from volgui.ui.views.announcer import FEW, LineAnnouncer
from volgui.ui.views.log_access import LogAccess

_log = logging.getLogger(__name__)

STDERR_TONE = QColor("#d64545")
MATCH_TONE = QColor(255, 200, 0, 150)
CURRENT_TONE = QColor(255, 140, 0, 90)
_BASE16 = ("#000000", "#cd3131", "#0dbc79", "#c8a800", "#2472c8", "#bc3fbc", "#11a8cd", "#bfbfbf",
           "#666666", "#f14c4c", "#23d18b", "#e5e510", "#3b8eea", "#d670d6", "#29b8db", "#ffffff")
TS_CHARS = 24  # "2026-11-29 02:44:49.273 "


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _raw(text: str) -> str:
    """A line as it came, control characters shown as ``?`` (what is drawn when styling fails)."""
    return _UNPRINTABLE.sub("?", text)


def ansi_colour(value) -> QColor:
    """A QColor for an SGR colour: 0–15, the 6×6×6 cube, the grey ramp, or (r, g, b)."""
    if isinstance(value, tuple):
        return QColor(*value)
    if value < 16:
        return QColor(_BASE16[value])
    if value < 232:
        v = value - 16
        steps = (0, 95, 135, 175, 215, 255)
        return QColor(steps[v // 36], steps[(v // 6) % 6], steps[v % 6])
    grey = 8 + (value - 232) * 10
    return QColor(grey, grey, grey)


class LogTextView(QAbstractScrollArea, LogAccess):
    """Keys and screen readers: see ``LogAccess``; new lines are announced by ``announcer``."""

    selection_changed = Signal()
    follow_changed = Signal(bool)
    text_changed = Signal()  # lines added, scrolled or the caret moved (for assistive technology)

    def __init__(self, capacity: int = 100_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logText")
        self.buffer = LogBuffer(capacity)
        self.show_timestamps = False
        self.render_colours = True
        self.needle = ""
        self.current_match = -1
        self._anchor = -1
        self._cursor = -1
        self._follow = True
        self.paint_errors = 0  # lines that could not be drawn with their styles
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.setAccessibleName(self.tr("Log lines"))
        self.setAccessibleDescription(
            self.tr("The arrow keys move the current line; Ctrl+End goes to the newest"))
        self.announcer = LineAnnouncer(self)
        self._update_metrics()

    # -- content --------------------------------------------------------------------------------
    def append_lines(self, lines: list[LogLine]) -> None:
        bar = self.verticalScrollBar()
        keep = bar.value()
        dropped = self.buffer.extend(lines)
        if dropped:
            self._anchor = max(-1, self._anchor - dropped) if self._anchor >= 0 else -1
            self._cursor = max(-1, self._cursor - dropped) if self._cursor >= 0 else -1
            if self.current_match >= 0:
                self.current_match = max(-1, self.current_match - dropped)
        self._update_scrollbars()
        if self._follow:
            bar.setValue(bar.maximum())
        elif dropped:
            bar.setValue(max(0, keep - dropped))
        if dropped and self.caret_line >= 0:
            self.caret_line = max(0, self.caret_line - dropped)
        self.announcer.lines_added(len(lines), [plain_text(line[2]) for line in lines[-FEW:]])
        self.viewport().update()
        self.text_changed.emit()

    def clear(self) -> None:
        self.buffer.clear()
        self._anchor = self._cursor = self.current_match = self.caret_line = -1
        self.announcer.reset()
        self._set_follow(True)
        self._update_scrollbars()
        self.viewport().update()

    def line_count(self) -> int:
        return len(self.buffer)

    def line_text(self, index: int, timestamps: bool | None = None) -> str:
        line = self.buffer[index]
        text = plain_text(line.text)
        if self.show_timestamps if timestamps is None else timestamps:
            text = f"{short_timestamp(line.timestamp)} {text}" if line.timestamp else text
        return text

    def text(self, first: int = 0, last: int | None = None) -> str:
        last = len(self.buffer) - 1 if last is None else last
        return "\n".join(self.line_text(i) for i in range(first, last + 1))

    # -- options --------------------------------------------------------------------------------
    def set_show_timestamps(self, on: bool) -> None:
        self.show_timestamps = on
        self._update_scrollbars()
        self.viewport().update()

    def set_render_colours(self, on: bool) -> None:
        self.render_colours = on
        self.viewport().update()

    def setFont(self, font: QFont) -> None:
        super().setFont(font)
        self._update_metrics()

    def _update_metrics(self) -> None:
        fm = QFontMetricsF(self.font())
        self._line_height = max(1, round(fm.lineSpacing()))
        self._ascent = fm.ascent()
        self._char_width = max(1.0, fm.horizontalAdvance("M" * 100) / 100)  # fractional: no drift
        if hasattr(self, "buffer"):
            self._update_scrollbars()

    # -- following ------------------------------------------------------------------------------
    @property
    def following(self) -> bool:
        return self._follow

    def set_following(self, on: bool) -> None:
        self._set_follow(on)
        if on:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _set_follow(self, on: bool) -> None:
        if on != self._follow:
            self._follow = on
            self.follow_changed.emit(on)

    def _on_scrolled(self, value: int) -> None:
        self._set_follow(value >= self.verticalScrollBar().maximum())
        self.viewport().update()
        self.text_changed.emit()

    # -- search ---------------------------------------------------------------------------------
    def set_needle(self, needle: str) -> None:
        self.needle = needle
        self.viewport().update()

    def find(self, needle: str, backwards: bool = False, from_current: bool = False) -> int:
        """Go to the next (previous) line holding ``needle``; its index, or -1.

        ``from_current``: search past the current match (Next / Previous); otherwise the current
        match itself may match again (typing more of the word)."""
        self.needle = needle
        if self.current_match >= 0:
            start = self.current_match
            if not from_current:
                start += 1 if backwards else -1
        else:
            first = self.first_visible_line()
            start = first + self.visible_rows() if backwards else first - 1
        index = self.buffer.find(needle, start, backwards=backwards)
        self.current_match = index
        if index >= 0:
            self.scroll_to_line(index)
        self.viewport().update()
        return index

    def scroll_to_line(self, index: int) -> None:
        rows = self.visible_rows()
        bar = self.verticalScrollBar()
        if not (bar.value() <= index < bar.value() + rows - 1):
            bar.setValue(max(0, index - rows // 2))

    # -- geometry -------------------------------------------------------------------------------
    def visible_rows(self) -> int:
        return max(1, self.viewport().height() // self._line_height)

    def first_visible_line(self) -> int:
        return self.verticalScrollBar().value()

    def _text_x(self) -> float:
        x = 8.0
        if self.show_timestamps:
            x += TS_CHARS * self._char_width
        return x

    def _update_scrollbars(self) -> None:
        rows = self.visible_rows()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self.buffer) - rows + 1))
        bar.setPageStep(rows)
        hbar = self.horizontalScrollBar()
        width = int(self._text_x() + (self.buffer.longest + 2) * self._char_width)
        hbar.setRange(0, max(0, width - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())
        hbar.setSingleStep(int(self._char_width * 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        if self._follow:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        """Draws the visible lines; never raises (a line that fails to draw is drawn raw)."""
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        except Exception:  # a paint that raised would leave the painter active and Qt unstable
            self._paint_failed()
        finally:
            painter.end()

    def _paint(self, painter: QPainter, rect: QRect) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.base())
        text_colour = palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(130)
        first = self.first_visible_line()
        rows = self.visible_rows() + 1
        last = min(len(self.buffer), first + rows)
        lh, cw, ascent = self._line_height, self._char_width, self._ascent
        xoff = -self.horizontalScrollBar().value()
        text_x = self._text_x() + xoff
        width = self.viewport().width()
        # only the columns that can be seen are drawn: a 64 KiB line costs what a short one does
        lo = max(0, int(-text_x / cw) - 1)
        hi = lo + int(width / cw) + 3
        sel = self.selected_range()
        needle = self.needle.lower()
        font = self.font()
        for i in range(first, last):
            line = self.buffer[i]
            y = (i - first) * lh
            row_rect = QRect(0, y, width, lh)
            if sel and sel[0] <= i <= sel[1]:
                painter.fillRect(row_rect, palette.highlight())
                fg_default = palette.highlightedText().color()
            else:
                fg_default = STDERR_TONE if line.stream == 2 else text_colour
                if i == self.current_match:
                    painter.fillRect(row_rect, CURRENT_TONE)
            if line.stream == 2:
                painter.fillRect(QRect(0, y, 3, lh), STDERR_TONE)
            if self.show_timestamps and line.timestamp:
                painter.setPen(muted)
                painter.drawText(QPointF(8 + xoff, y + ascent), short_timestamp(line.timestamp))
            try:
                self._paint_line(painter, line.text, needle, text_x, y, lo, hi, fg_default, font)
            except Exception:  # one bad line never stops the view: draw it as it came
                self._paint_failed()
                painter.setFont(font)
                painter.setPen(fg_default)
                painter.drawText(QPointF(text_x + lo * cw, y + ascent), _raw(line.text)[lo:hi])
        frame = self.caret_rect() if self.hasFocus() and len(self.buffer) else None
        if frame is not None:  # where the keys are: a dotted frame, not colour alone
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(frame)

    def _paint_line(self, painter, text: str, needle: str, text_x: float, y: int, lo: int, hi: int,
                    fg_default, font) -> None:
        cw, ascent = self._char_width, self._ascent
        raw = text.expandtabs(8) if "\t" in text else text
        if self.render_colours and "\x1b" in raw:
            plain, spans, _ = parse_ansi(raw)
        else:
            plain, spans = plain_text(raw), []
        if needle:
            self._paint_matches(painter, plain, needle, text_x, y, lo, hi)
        if not spans:
            painter.setPen(fg_default)
            painter.drawText(QPointF(text_x + lo * cw, y + ascent), plain[lo:hi])
            return
        pos = lo
        for span in spans:
            start, end = max(span.start, lo), min(span.end, hi)
            if start >= end:
                continue
            if start > pos:
                painter.setPen(fg_default)
                painter.drawText(QPointF(text_x + pos * cw, y + ascent), plain[pos:start])
            self._paint_span(painter, plain[start:end], span.style, text_x + start * cw, y, fg_default, font)
            pos = end
        if pos < min(len(plain), hi):
            painter.setFont(font)
            painter.setPen(fg_default)
            painter.drawText(QPointF(text_x + pos * cw, y + ascent), plain[pos:hi])

    def _paint_failed(self) -> None:
        self.paint_errors += 1
        if self.paint_errors == 1:
            _log.warning("a log line could not be drawn with its styles; drawn as it came", exc_info=True)

    def _paint_matches(self, painter, plain: str, needle: str, x0: float, y: int, lo: int, hi: int) -> None:
        cw, lh = self._char_width, self._line_height
        hay = plain.lower()
        start = hay.find(needle, max(0, lo - len(needle)), hi + len(needle))
        while 0 <= start < hi:
            painter.fillRect(QRectF(x0 + start * cw, y, len(needle) * cw, lh), MATCH_TONE)
            start = hay.find(needle, start + len(needle), hi + len(needle))

    def _paint_span(self, painter, text: str, style: Style, x: float, y: int, fg_default, font) -> None:
        fg = ansi_colour(style.fg) if style.fg is not None else fg_default
        bg = ansi_colour(style.bg) if style.bg is not None else None
        if style.inverse:
            fg, bg = (bg or self.palette().base().color()), fg
        if style.bold and isinstance(style.fg, int) and style.fg < 8:
            fg = ansi_colour(style.fg + 8)
        if bg is not None:
            painter.fillRect(QRectF(x, y, len(text) * self._char_width, self._line_height), bg)
        if style.dim:
            fg = QColor(fg)
            fg.setAlpha(140)
        if style != PLAIN and (style.bold or style.italic or style.underline or style.strike):
            f = QFont(font)
            f.setBold(style.bold)
            f.setItalic(style.italic)
            f.setUnderline(style.underline)
            f.setStrikeOut(style.strike)
            painter.setFont(f)
        else:
            painter.setFont(font)
        painter.setPen(fg)
        painter.drawText(QPointF(x, y + self._ascent), text)
        painter.setFont(font)

    # -- selection ------------------------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        if self._anchor < 0 or self._cursor < 0:
            return None
        return min(self._anchor, self._cursor), max(self._anchor, self._cursor)

    def select_lines(self, first: int, last: int) -> None:
        n = len(self.buffer)
        if not n:
            return
        self._anchor, self._cursor = max(0, min(first, n - 1)), max(0, min(last, n - 1))
        self.viewport().update()
        self.selection_changed.emit()

    def select_all(self) -> None:
        self.select_lines(0, len(self.buffer) - 1)

    def clear_selection(self) -> None:
        self._anchor = self._cursor = -1
        self.viewport().update()
        self.selection_changed.emit()

    def selected_text(self) -> str:
        sel = self.selected_range()
        return self.text(*sel) if sel else ""

    def copy(self) -> str:
        """Copy the selected lines (all lines when none is selected); returns the text."""
        text = self.selected_text() or self.text()
        QGuiApplication.clipboard().setText(text)
        return text

    def _line_at(self, y: int) -> int:
        return min(len(self.buffer) - 1, self.first_visible_line() + max(0, y) // self._line_height)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not len(self.buffer):
            return super().mousePressEvent(event)
        line = self._line_at(int(event.position().y()))
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._anchor >= 0:
            self._cursor = line
        else:
            self._anchor = self._cursor = line
        self.caret_line = line
        self.viewport().update()
        self.selection_changed.emit()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor >= 0:
            y = int(event.position().y())
            bar = self.verticalScrollBar()
            if y < 0:
                bar.setValue(bar.value() - 1)
            elif y > self.viewport().height():
                bar.setValue(bar.value() + 1)
            self._cursor = self._line_at(y)
            self.viewport().update()
            self.selection_changed.emit()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event) -> None:
        if self.navigate(event):
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.key() == Qt.Key.Key_End:
            self.set_following(True)
        elif event.key() == Qt.Key.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif event.key() == Qt.Key.Key_Escape:
            self.clear_selection()
        else:
            super().keyPressEvent(event)
