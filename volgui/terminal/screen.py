"""pyte's Screen plus what a real terminal needs: scrollback, the alternate screen, replies.

Rows that leave the screen go to ``history`` as *span rows*: lists of
``(text, style, cells)`` where ``style`` is a pyte ``Char`` without its ``data``
(``(fg, bg, bold, italics, underscore, strikethrough, reverse, blink)``) and ``cells`` the
number of columns the text covers. The same span form is what the painter draws.
"""

from __future__ import annotations

import inspect
from collections import defaultdict, deque

import pyte
from pyte import modes as mo
from pyte.screens import Char, StaticDefaultDict

DEFAULT_STYLE = ("default", "default", False, False, False, False, False, False)

# Private modes handled here instead of pyte (which has no alternate screen).
ALT_SCREEN_SAVE_CURSOR = 1049  # save cursor, switch, clear; restore on exit
ALT_SCREEN = 47
ALT_SCREEN_CLEAR = 1047
BRACKETED_PASTE = 2004
APP_CURSOR_KEYS = 1
_ALT_MODES = (ALT_SCREEN_SAVE_CURSOR, ALT_SCREEN, ALT_SCREEN_CLEAR)


class SpanLine(StaticDefaultDict):
    """A screen row written by the fast path, kept as spans until something needs its cells.

    In a flood most rows scroll off before anyone looks at them; then they go to the scrollback
    as they are, never turned into cells. Any access through pyte fills in the cells first.
    """

    def __init__(self, default, spans: list) -> None:
        super().__init__(default)
        self.spans = spans
        self.lazy = True

    def fill(self) -> None:
        if not self.lazy:
            return
        self.lazy = False
        setitem = dict.__setitem__
        make = Char._make
        x = 0
        for text, style, cells in self.spans:
            if style is None:  # cells never written
                x += cells
                continue
            for ch in text:
                setitem(self, x, make((ch, *style)))
                x += 1
        self.spans = None

    def __missing__(self, key):
        if self.lazy:
            self.fill()
            return dict.get(self, key, self.default)
        return self.default

    def _filled(name):  # noqa: N805 - builds methods below
        method = getattr(dict, name)

        def wrapper(self, *args, **kwargs):
            if self.lazy:
                self.fill()
            return method(self, *args, **kwargs)

        wrapper.__name__ = name
        return wrapper

    for _name in ("__setitem__", "__delitem__", "__contains__", "__iter__", "__len__", "keys", "values",
                  "items", "get", "pop", "popitem", "setdefault", "update", "clear", "copy", "__eq__",
                  "__ne__", "__repr__", "__reversed__"):
        locals()[_name] = _filled(_name)
    del _name, _filled
    __hash__ = None


def line_to_spans(line, columns: int) -> list:
    """A pyte line (dict of column → Char) as span rows, trailing default blanks dropped."""
    if type(line) is SpanLine and line.lazy:
        return line.spans
    if not line:
        return []
    default = line.default
    last = -1
    for x in sorted(line, reverse=True):
        if x < columns and line[x] != default:
            last = x
            break
    spans = []
    text: list[str] = []
    style = None
    start = 0
    for x in range(last + 1):
        ch = line[x]
        st = ch[1:]
        if st != style:
            if text:
                spans.append(("".join(text), style, x - start))
            text, style, start = [], st, x
        text.append(ch.data)
    if text:
        spans.append(("".join(text), style, last + 1 - start))
    return spans


def spans_text(spans) -> str:
    return "".join(s[0] for s in spans)


class TerminalScreen(pyte.Screen):
    """A pyte Screen with scrollback, alternate screen and answers to terminal queries."""

    def __init__(self, columns: int, lines: int, history: int = 10000) -> None:
        self.history: deque = deque(maxlen=history)
        self.history_pushed = 0  # rows ever added to history (for a stable scroll position)
        self.alternate = False
        self._main: tuple | None = None  # (buffer, saved cursor or None) while on the alternate screen
        self.responder = None  # callable(str): replies to the program (cursor position, DA)
        super().__init__(columns, lines)

    # -- replies ----------------------------------------------------------------------------
    def write_process_input(self, data: str) -> None:
        if self.responder is not None:
            self.responder(data)

    def report_device_attributes(self, mode: int = 0, **kwargs) -> None:
        if mode == 0 and not kwargs.get("private"):
            # VT102 with ANSI colour, as xterm answers "?62;22c" in VT220 mode; keep pyte's answer.
            self.write_process_input("\x1b[?6c")

    # -- modes --------------------------------------------------------------------------------
    @property
    def bracketed_paste(self) -> bool:
        return (BRACKETED_PASTE << 5) in self.mode

    @property
    def app_cursor_keys(self) -> bool:
        return (APP_CURSOR_KEYS << 5) in self.mode

    def set_mode(self, *modes: int, **kwargs) -> None:
        if kwargs.get("private"):
            for m in modes:
                if m in _ALT_MODES:
                    self.enter_alternate(save_cursor=m == ALT_SCREEN_SAVE_CURSOR)
            modes = tuple(m for m in modes if m not in _ALT_MODES)
        if modes:
            super().set_mode(*modes, **kwargs)

    def reset_mode(self, *modes: int, **kwargs) -> None:
        if kwargs.get("private"):
            for m in modes:
                if m in _ALT_MODES:
                    self.leave_alternate(restore_cursor=m == ALT_SCREEN_SAVE_CURSOR)
            modes = tuple(m for m in modes if m not in _ALT_MODES)
        if modes:
            super().reset_mode(*modes, **kwargs)

    def enter_alternate(self, save_cursor: bool) -> None:
        if self.alternate:
            return
        saved = None
        if save_cursor:
            saved = (self.cursor.x, self.cursor.y, self.cursor.attrs, self.cursor.hidden)
        self._main = (self.buffer, saved)
        self.buffer = defaultdict(self.buffer.default_factory)
        self.alternate = True
        self.dirty.update(range(self.lines))

    def leave_alternate(self, restore_cursor: bool) -> None:
        if not self.alternate or self._main is None:
            return
        buffer, saved = self._main
        self._main = None
        self.buffer = buffer
        self.alternate = False
        if restore_cursor and saved is not None:
            self.cursor.x, self.cursor.y, self.cursor.attrs, self.cursor.hidden = saved
            self.ensure_hbounds()
            self.ensure_vbounds()
        self.dirty.update(range(self.lines))

    def reset(self) -> None:
        self.alternate = False
        self._main = None
        super().reset()

    # -- scrolling ----------------------------------------------------------------------------
    def push_history(self, rows) -> None:
        if self.alternate:
            return
        self.history.extend(rows)
        self.history_pushed += len(rows)

    def index(self) -> None:
        top, bottom = self.margins or (0, self.lines - 1)
        if self.cursor.y == bottom and top == 0 and bottom == self.lines - 1 and not self.alternate:
            self.history.append(tuple(line_to_spans(self.buffer[0], self.columns)))
            self.history_pushed += 1
        super().index()

    def erase_in_display(self, how: int = 0, *args, **kwargs) -> None:
        if how not in (0, 1, 2, 3):  # pyte raised UnboundLocalError for any other value
            return
        super().erase_in_display(how, *args, **kwargs)
        if how == 3:
            self.history.clear()

    def erase_in_line(self, how: int = 0, private: bool = False) -> None:
        if how in (0, 1, 2):  # as erase_in_display: other values are ignored, as xterm does
            super().erase_in_line(how, private)

    # -- resizing -----------------------------------------------------------------------------
    def resize(self, lines: int | None = None, columns: int | None = None) -> None:
        """Like pyte's, but shrinking drops blank rows under the cursor first and sends the
        rows that leave at the top to the scrollback (pyte drops them: its issue 31)."""
        lines = lines or self.lines
        columns = columns or self.columns
        if lines == self.lines and columns == self.columns:
            return
        if lines < self.lines:
            self.cursor.y = self._shrink(self.buffer, self.cursor.y, lines, not self.alternate)
            if self._main is not None:
                buffer, saved = self._main
                y = saved[1] if saved else self.lines - 1
                y = self._shrink(buffer, y, lines, True)
                if saved:
                    saved = (saved[0], y, *saved[2:])
                self._main = (buffer, saved)
        if columns < self.columns:
            buffers = [self.buffer] + ([self._main[0]] if self._main else [])
            for buffer in buffers:
                for line in buffer.values():
                    for x in [x for x in line if x >= columns]:
                        del line[x]
        elif columns > self.columns:
            self.tabstops.update(range(8 * (self.columns // 8 + 1), columns, 8))
        self.lines, self.columns = lines, columns
        self.dirty.update(range(lines))
        self.set_margins()
        self.ensure_hbounds()
        self.ensure_vbounds()

    def _shrink(self, buffer, cursor_y: int, lines: int, keep_history: bool) -> int:
        drop = self.lines - lines
        blank_below = 0
        default = self.default_char
        for y in range(self.lines - 1, cursor_y, -1):
            if any(ch != default for ch in buffer.get(y, {}).values()):
                break
            blank_below += 1
        from_top = max(0, drop - blank_below)
        if from_top:
            rows = [tuple(line_to_spans(buffer[y], self.columns)) if y in buffer else ()
                    for y in range(from_top)]
            if keep_history:
                self.history.extend(rows)
                self.history_pushed += len(rows)
            old = dict(buffer)
            buffer.clear()
            for y, line in old.items():
                if y >= from_top:
                    buffer[y - from_top] = line
        for y in [y for y in buffer if y >= lines]:
            del buffer[y]
        return max(0, min(cursor_y - from_top, lines - 1))

    # -- reading ------------------------------------------------------------------------------
    def row_spans(self, y: int) -> list:
        line = self.buffer.get(y)
        return line_to_spans(line, self.columns) if line else []

    @property
    def mode_flags(self) -> dict:
        return {"insert": mo.IRM in self.mode, "autowrap": mo.DECAWM in self.mode}


def _tolerant(method):
    """A CSI handler (pyte's or this screen's) taking what a hostile program may send: more parameters than it
    has (the rest ignored, as xterm does) and a private marker it does not know (``CSI ? 4 m`` is
    xterm's key-modifier query; pyte raised TypeError for any of these)."""
    name = method.__name__
    parameters = list(inspect.signature(method).parameters.values())[1:]
    takes_private = any(p.name == "private" or p.kind is p.VAR_KEYWORD for p in parameters)
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        limit = None
    else:
        limit = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "private"
                    for p in parameters)

    def handler(self, *params, **kwargs):
        if not takes_private and kwargs.pop("private", False):
            return None  # a private variant pyte does not implement: ignored
        return method(self, *(params if limit is None else params[:limit]), **kwargs)

    handler.__name__ = name
    handler.__doc__ = method.__doc__
    return handler


for _name in sorted(set(pyte.Stream.csi.values())):
    _own = TerminalScreen.__dict__.get(_name)
    setattr(TerminalScreen, _name, _tolerant(_own or getattr(pyte.Screen, _name)))
del _own
del _name
