"""A widget that paints a :class:`Terminal` and turns keys, mouse and paste into input bytes.

It never talks to an engine. Program output reaches the screen model by one route: ``source``
is a bounded buffer (``source(limit)`` returns at most about ``limit`` bytes, oldest first) and
``output_waiting()`` says it has become non-empty. The widget pulls from it only while little is
pending in the model (so a flood waits upstream and Ctrl-C shows its effect soon), applies the
output in time-budgeted slices (so floods never freeze the window) and repaints a flood in
event-loop turns of its own. Input leaves through ``input_ready``, size changes through
``size_changed``.

This flow control lives in the widget, not in a feeder object of its own, because it is paced
by painting: the model work since the last paint, the time since the last paint and whether the
widget is visible. A separate feeder would have to reach back into the widget for each of them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPainter
from PySide6.QtWidgets import QMenu, QWidget

from volgui.terminal.colors import ColorScheme
from volgui.terminal.emulator import Terminal
from volgui.terminal.keys import key_bytes, paste_bytes
from volgui.terminal.screen import line_to_spans

_log = logging.getLogger(__name__)

SLICE_BUDGET = 0.010  # seconds of screen-model work per event-loop turn (a busy machine stretches it)
# While output floods in, repaint after this much screen-model work (so painting takes a bounded
# share of the GUI thread even when the machine is busy), or after this long at the latest.
WORK_PER_REPAINT = 0.060
MAX_REPAINT_DELAY = 0.250
LOW_WATER = 1024 * 1024  # characters pending in the model before more is pulled from ``source``
PULL_BYTES = 256 * 1024  # output taken from ``source`` at a time (decoded on the GUI thread)
MARGIN = 3
# keys the window keeps even while the terminal has focus, so the keyboard can always leave it:
# F6 / Shift+F6 (next, previous pane), Shift+F10 (context menu), Ctrl+1…9 and Alt+1…9 (go to a
# pane, a bottom tab; readline's Alt+digit argument gives way)
_NO, _SHIFT, _CTRL, _ALT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                            Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier)
_WINDOW_KEYS = {(Qt.Key.Key_F6, _NO), (Qt.Key.Key_F6, _SHIFT), (Qt.Key.Key_F10, _SHIFT)}
_WINDOW_KEYS |= {(Qt.Key(Qt.Key.Key_1.value + i), mods) for i in range(9) for mods in (_CTRL, _ALT)}


class TerminalWidget(QWidget):
    input_ready = Signal(bytes)  # keys, paste, and answers to terminal queries
    size_changed = Signal(int, int)  # columns, lines
    text_changed = Signal()  # what is on screen changed (painted): for assistive technology

    def __init__(self, terminal: Terminal | None = None, font_size: float = 0, parent=None) -> None:
        super().__init__(parent)
        self.terminal = terminal or Terminal(80, 24)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().verticalPolicy())
        self.scheme = ColorScheme(self.palette())
        self._anchor: int | None = None  # history_pushed - rows scrolled back; None = follow output
        self._selection: tuple[tuple[int, int], tuple[int, int]] | None = None  # absolute (row, col)
        self._select_from: tuple[int, int] | None = None
        self.read_only = False
        # the program's output: source(limit) returns pending bytes (pulled when the model runs low)
        self.source: Callable[[int], bytes] | None = None
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.timeout.connect(self._pump)
        # a flood's repaints wait one event-loop turn after a model slice: input and timers get
        # their turn between the two instead of after both (a block of slice + paint)
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.timeout.connect(self._paint_then_pump)
        self._last_paint = 0.0
        self._work_since_paint = 0.0
        self.longest_slice = 0.0
        self.longest_paint = 0.0  # statistics for benchmarks
        self.paint_time = 0.0
        self.paints = 0
        self.paint_errors = 0  # paints that failed (logged once)
        self.setAccessibleName(self.tr("Terminal"))
        self.setAccessibleDescription(self.tr("A shell inside the container: what you type runs there"))
        self.set_font_size(font_size)

    # -- fonts and geometry ---------------------------------------------------------------------
    def set_font_size(self, size: float) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        if size and size > 0:
            font.setPointSizeF(size)
        self._font = font
        self._looks: dict = {}
        self._bold = QFont(font)
        self._bold.setBold(True)
        metrics = QFontMetricsF(font)
        self._cw = max(1.0, metrics.horizontalAdvance("M"))
        self._ch = max(1.0, metrics.lineSpacing())
        self._ascent = metrics.ascent()
        self.setFont(font)
        self._fit()
        self.update()

    @property
    def font_size(self) -> float:
        return self._font.pointSizeF()

    def cell_size(self) -> tuple[float, float]:
        return self._cw, self._ch

    def sizeHint(self) -> QSize:
        return QSize(int(80 * self._cw + 2 * MARGIN), int(24 * self._ch + 2 * MARGIN))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        columns = max(2, int((self.width() - 2 * MARGIN) / self._cw))
        lines = max(1, int((self.height() - 2 * MARGIN) / self._ch))
        screen = self.terminal.screen
        if (columns, lines) != (screen.columns, screen.lines):
            self.terminal.process()  # apply what came for the old size first
            self.terminal.resize(columns, lines)
            self.size_changed.emit(columns, lines)
            self.update()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.scheme = ColorScheme(self.palette())
            self._looks = {}
            self.update()
        super().changeEvent(event)

    # -- output ---------------------------------------------------------------------------------
    def feed(self, data: bytes) -> None:
        """Queue output that does not come from ``source`` (a reset after a session ended, tests);
        it is applied in slices from the event loop."""
        self.terminal.feed(data)
        self.output_waiting()

    def flush(self) -> None:
        """Apply everything pending now (tests, screenshots, the end of a session)."""
        self.terminal.process()
        while self._pull(force=True):
            self.terminal.process()
        self._send_replies()
        self.update()

    @Slot()
    def output_waiting(self) -> None:
        """Output waits (at ``source`` or in the model): make sure the pump runs to apply it."""
        if not self._pump_timer.isActive():
            self._pump_timer.start(0)

    def _pull(self, force: bool = False) -> bool:
        """Take output from ``source`` when little is pending (so a flood waits upstream and
        Ctrl-C shows its effect soon). True when something came."""
        if self.source is None or (not force and self.terminal.pending > LOW_WATER):
            return False
        data = self.source(PULL_BYTES)
        if data:
            self.terminal.feed(data)
            return True
        return False

    @Slot()
    def _pump(self) -> None:
        started = time.perf_counter()
        self._pull()  # (decoding what it takes counts against the slice's budget too)
        done = self.terminal.process(max(0.001, SLICE_BUDGET - (time.perf_counter() - started)))
        if done and self._pull():
            done = False
        spent = time.perf_counter() - started
        self.longest_slice = max(self.longest_slice, spent)
        self._work_since_paint += spent
        self._send_replies()
        repaint = done or self._work_since_paint >= WORK_PER_REPAINT \
            or time.perf_counter() - self._last_paint >= MAX_REPAINT_DELAY
        if done:
            self.update()
        elif repaint and self.isVisible():
            self._repaint_timer.start(0)  # paints, then resumes the pump
        else:
            self._pump_timer.start(0)  # input and timers run between slices

    @Slot()
    def _paint_then_pump(self) -> None:
        """A flood's repaint in an event-loop turn of its own (not straight after a slice, which
        would block input for both), then the next slice in the turn after."""
        self.repaint()
        self._pump_timer.start(0)

    def _send_replies(self) -> None:
        replies = self.terminal.take_replies()
        if replies:
            self.input_ready.emit(replies.encode())

    # -- what is visible ------------------------------------------------------------------------
    def _scrollback(self) -> int:
        """Rows scrolled back from the live screen."""
        if self._anchor is None:
            return 0
        screen = self.terminal.screen
        back = screen.history_pushed - self._anchor
        return max(0, min(back, len(screen.history)))

    def scroll_rows(self, delta: int) -> None:
        """Scroll the view back (positive) or forward (negative) through the scrollback."""
        screen = self.terminal.screen
        back = max(0, min(self._scrollback() + delta, len(screen.history)))
        self._anchor = None if back == 0 else screen.history_pushed - back
        self.update()

    def _row(self, abs_row: int):
        """Spans of an absolute row: history rows first, then the screen."""
        screen = self.terminal.screen
        first = screen.history_pushed - len(screen.history)
        if abs_row < screen.history_pushed:
            i = abs_row - first
            return screen.history[i] if 0 <= i < len(screen.history) else []
        y = abs_row - screen.history_pushed
        line = screen.buffer.get(y)
        return line_to_spans(line, screen.columns) if line else []

    def visible_text(self) -> list[str]:
        screen = self.terminal.screen
        top = screen.history_pushed - self._scrollback()
        return ["".join(s[0] for s in self._row(top + i)) for i in range(screen.lines)]

    # -- the lines protocol of volgui.ui.views.accessible_text (what a screen reader reads) -------
    def accessible_role(self) -> QAccessible.Role:
        return QAccessible.Role.Terminal

    def accessible_lines(self) -> list[str]:
        """The rows on screen, trailing blanks dropped (padded up to the caret on its row)."""
        rows = [row.rstrip() for row in self.visible_text()]
        line, column = self.accessible_caret()
        if 0 <= line < len(rows) and len(rows[line]) < column:
            rows[line] = rows[line].ljust(column)
        return rows

    def accessible_caret(self) -> tuple[int, int]:
        cursor = self.terminal.screen.cursor
        if self._scrollback() or cursor.hidden:
            return 0, 0
        return cursor.y, min(cursor.x, self.terminal.screen.columns)

    def accessible_selection(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        sel = self._normalized_selection()
        if sel is None:
            return None
        top = self.terminal.screen.history_pushed - self._scrollback()
        last = self.terminal.screen.lines - 1
        (r0, c0), (r1, c1) = sel
        if r1 < top or r0 > top + last:
            return None
        start = (0, 0) if r0 < top else (r0 - top, c0)
        end = (last, self.terminal.screen.columns) if r1 > top + last else (r1 - top, c1)
        return start, end

    def accessible_select(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        top = self.terminal.screen.history_pushed - self._scrollback()
        self._selection = ((top + start[0], start[1]), (top + end[0], end[1]))
        self.update()

    def clear_selection(self) -> None:
        self._selection = None
        self.update()

    def accessible_cell_rect(self, line: int, column: int) -> QRectF:
        return QRectF(MARGIN + column * self._cw, MARGIN + line * self._ch, self._cw, self._ch)

    def accessible_cell_at(self, pos) -> tuple[int, int]:
        row, column = self._cell_at(pos)
        return row - (self.terminal.screen.history_pushed - self._scrollback()), column

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        """Never raises: a paint that fails leaves the rest of the screen blank, logged once."""
        self._last_paint = time.perf_counter()
        self._work_since_paint = 0.0
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        except Exception:  # a paint that raised would leave the painter active and Qt unstable
            self.paint_errors += 1
            if self.paint_errors == 1:
                _log.warning("the terminal screen could not be drawn", exc_info=True)
        finally:
            painter.end()
        if self.terminal.screen.dirty:
            self.terminal.screen.dirty.clear()
            self.text_changed.emit()
        spent = time.perf_counter() - self._last_paint
        self.longest_paint = max(self.longest_paint, spent)
        self.paint_time += spent
        self.paints += 1

    def _paint(self, painter: QPainter, clip) -> None:
        screen = self.terminal.screen
        scheme = self.scheme
        painter.fillRect(self.rect(), scheme.background)
        cw, ch, ascent = self._cw, self._ch, self._ascent
        back = self._scrollback()
        top = screen.history_pushed - back
        sel = self._normalized_selection()
        looks = self._looks
        current_font = current_pen = None
        first_y = max(0, int((clip.top() - MARGIN) / ch))
        last_y = min(screen.lines - 1, int((clip.bottom() - MARGIN) / ch) + 1)
        for vy in range(first_y, last_y + 1):
            abs_row = top + vy
            y = MARGIN + vy * ch
            x_cell = 0
            for text, style, cells in self._row(abs_row):
                if style is None:  # never-written cells: background only
                    x_cell += cells
                    continue
                look = looks.get(style)
                if look is None:
                    look = looks[style] = self._look(style)
                font, fg, bg = look
                x = MARGIN + x_cell * cw
                if bg is not None:
                    painter.fillRect(QRectF(x, y, cells * cw, ch), bg)
                if text.strip():
                    if font is not current_font:
                        painter.setFont(font)
                        current_font = font
                    if fg is not current_pen:
                        painter.setPen(fg)
                        current_pen = fg
                    painter.drawText(QPointF(x, y + ascent), text)
                x_cell += cells
            if sel is not None:
                self._paint_selection(painter, sel, abs_row, y)
        if back == 0 and not screen.cursor.hidden:
            cx = min(screen.cursor.x, screen.columns - 1)
            rect = QRectF(MARGIN + cx * cw, MARGIN + screen.cursor.y * ch, cw, ch)
            if self.hasFocus():
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            else:
                painter.setPen(scheme.foreground)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _look(self, style: tuple):
        """(font, pen colour, background colour or None) for a cell style."""
        scheme = self.scheme
        fg_name, bg_name, bold, italics, underscore, strike, reverse, _blink = style
        fg = scheme.color(fg_name, True, bold)
        bg = scheme.color(bg_name, False) if bg_name != "default" else None
        if reverse:
            fg, bg = (bg if bg is not None else scheme.background), \
                (fg if fg_name != "default" else scheme.foreground)
        font = self._bold if bold else self._font
        if italics or underscore or strike:
            font = QFont(font)
            font.setItalic(italics)
            font.setUnderline(underscore)
            font.setStrikeOut(strike)
        return font, fg, bg

    def _paint_selection(self, painter, sel, abs_row: int, y: float) -> None:
        (r0, c0), (r1, c1) = sel
        if not r0 <= abs_row <= r1:
            return
        start = c0 if abs_row == r0 else 0
        end = c1 if abs_row == r1 else self.terminal.screen.columns
        if end <= start:
            return
        color = self.scheme.selection
        color.setAlpha(110)
        painter.fillRect(QRectF(MARGIN + start * self._cw, y, (end - start) * self._cw, self._ch), color)

    # -- selection, copy, paste -----------------------------------------------------------------
    def _cell_at(self, pos) -> tuple[int, int]:
        screen = self.terminal.screen
        col = round((pos.x() - MARGIN) / self._cw)
        vy = int((pos.y() - MARGIN) / self._ch)
        vy = max(0, min(vy, screen.lines - 1))
        col = max(0, min(col, screen.columns))
        return screen.history_pushed - self._scrollback() + vy, col

    def _normalized_selection(self):
        if self._selection is None:
            return None
        a, b = self._selection
        return (a, b) if a <= b else (b, a)

    def selected_text(self) -> str:
        sel = self._normalized_selection()
        if sel is None:
            return ""
        (r0, c0), (r1, c1) = sel
        rows = []
        for r in range(r0, r1 + 1):
            text = "".join(s[0] for s in self._row(r))
            start = c0 if r == r0 else 0
            end = c1 if r == r1 else len(text)
            rows.append(text[start:end].rstrip())
        return "\n".join(rows)

    def select_all(self) -> None:
        screen = self.terminal.screen
        first = screen.history_pushed - len(screen.history)
        self._selection = ((first, 0), (screen.history_pushed + screen.lines - 1, screen.columns))
        self.update()

    @Slot()
    def copy(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    @Slot()
    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        if text and not self.read_only:
            self._anchor = None
            self.input_ready.emit(paste_bytes(text, self.terminal.screen.bracketed_paste))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._select_from = self._cell_at(event.position())
            self._selection = None
            self.update()
        elif event.button() == Qt.MouseButton.MiddleButton:
            clip = QGuiApplication.clipboard()
            if clip.supportsSelection():
                self.paste_text(clip.text(clip.Mode.Selection))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._select_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._selection = (self._select_from, self._cell_at(event.position()))
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._select_from = None
            clip = QGuiApplication.clipboard()
            text = self.selected_text()
            if text and clip.supportsSelection():
                clip.setText(text, clip.Mode.Selection)

    def mouseDoubleClickEvent(self, event) -> None:
        row, col = self._cell_at(event.position())
        text = "".join(s[0] for s in self._row(row))
        start = end = min(col, len(text))
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        self._selection = ((row, start), (row, end))
        self.update()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        screen = self.terminal.screen
        if screen.alternate:
            # full-screen programs (less, vi) scroll themselves: send arrow keys
            key = Qt.Key.Key_Up if steps > 0 else Qt.Key.Key_Down
            data = key_bytes(key, Qt.KeyboardModifier.NoModifier, "", screen.app_cursor_keys)
            self.input_ready.emit(data * int(abs(steps) * 3))
            return
        self.scroll_rows(int(steps * 3))

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setEnabled(bool(self.selected_text()))
        menu.addAction(self.tr("Paste"), self.paste).setEnabled(not self.read_only)
        menu.addAction(self.tr("Select all"), self.select_all)
        menu.addSeparator()
        menu.addAction(self.tr("Clear scrollback"), self.clear_scrollback)
        menu.exec(event.globalPos())

    @Slot()
    def clear_scrollback(self) -> None:
        self.terminal.screen.history.clear()
        self._anchor = None
        self.update()

    # -- keys -----------------------------------------------------------------------------------
    def focusNextPrevChild(self, next_: bool) -> bool:
        return False  # Tab belongs to the shell

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            # Ctrl-letters and the like belong to the program, not to window shortcuts
            mods = event.modifiers()
            if (event.key(), mods & ~Qt.KeyboardModifier.KeypadModifier) in _WINDOW_KEYS:
                return super().event(event)
            if not (mods & Qt.KeyboardModifier.ShiftModifier and mods & Qt.KeyboardModifier.ControlModifier):
                event.accept()
                return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers()
        key = event.key()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if (mods & ctrl_shift) == ctrl_shift and key == Qt.Key.Key_C:
            self.copy()
            return
        if (mods & ctrl_shift) == ctrl_shift and key == Qt.Key.Key_V:
            self.paste()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            page = self.terminal.screen.lines - 1
            self.scroll_rows(page if key == Qt.Key.Key_PageUp else -page)
            return
        if self.read_only:
            return
        data = key_bytes(key, mods, event.text(), self.terminal.screen.app_cursor_keys)
        if data:
            self._anchor = None
            self._selection = None
            self.input_ready.emit(data)
            self.update()
