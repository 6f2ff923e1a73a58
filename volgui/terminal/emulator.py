"""The terminal's screen model: bytes in, a screen and scrollback out, replies back.

pyte parses and draws about 0.7 MB/s in pure Python. In a flood almost every row scrolls
past before anyone sees it, so runs of *simple* output — printable text, CR, LF, TAB, BS,
BEL and SGR colour sequences — take a fast path when they are long: rows that scroll off
are built directly as span rows for the scrollback (SGR handled by pyte's own
``select_graphic_rendition``, so colours match), and only the final screenful is written
into pyte's buffer. Everything else (cursor movement, erasing, modes, wide characters,
insert mode, scrolling regions, the rows before the cursor reaches the bottom) goes
through pyte unchanged. ``tests/unit/test_terminal_screen.py`` checks that both paths give
the same screen and scrollback.

``process(budget)`` stops after about ``budget`` seconds so the GUI thread never blocks
long; the rest stays pending for the next call.

Output is hostile: ``guard.StreamGuard`` bounds CSI parameters and OSC/DCS strings before pyte
sees them, and a piece of output that still makes pyte (or the fast path) raise is skipped and
logged once, so one bad chunk never stops the terminal.
"""

from __future__ import annotations

import codecs
import logging
import re
import time
from functools import lru_cache

import pyte
from pyte import modes as mo
from pyte.charsets import LAT1_MAP
from pyte.screens import Char, wcwidth

from volgui.terminal.guard import StreamGuard
from volgui.terminal.screen import SpanLine, TerminalScreen, line_to_spans

# A run of simple output. \x80-\x9f (C1 controls) and NUL/DEL are left to pyte.
_REGION = re.compile(r"(?:[^\x00-\x06\x0b\x0c\x0e-\x1f\x7f-\x9f]++|\x1b\[[0-9;]*+m)++")
# Within one line: anything beyond text plus an optional CR at its end.
_COMPLEX_LINE = re.compile(r"[\x1b\t\x08\x07]|\r(?!$)")
_TOKEN = re.compile(r"([^\x00-\x1f\x7f-\x9f]+)|\x1b\[([0-9;]*)m|(.)", re.S)
_CTL_BUT_CRLF = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SGR_LINE = re.compile(r"(?:[^\x00-\x1f\x7f-\x9f]++|\x1b\[[0-9;]*+m)*+")  # possessive: no backtracking
_SGR_SPLIT = re.compile(r"\x1b\[([0-9;]*)m")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SLOW_PIECE = 2048
_log = logging.getLogger(__name__)


@lru_cache(maxsize=4096)
def _single_width(ch: str) -> bool:
    return wcwidth(ch) == 1


# Latin, Greek and Cyrillic letters and symbols: one column each (no combining marks, no SHY).
_SURELY_SINGLE = re.compile(r"[^\x00-\x7f\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f]")


@lru_cache(maxsize=64)
def _next_tabs(columns: int, stops: frozenset) -> list[int]:
    """For each column, where TAB moves the cursor (as pyte's ``tab``)."""
    ordered = sorted(stops)
    out = []
    for x in range(columns + 1):
        out.append(next((t for t in ordered if x < t), columns - 1))
    return out


def _all_single_width(text: str) -> bool:
    if text.isascii() or _SURELY_SINGLE.search(text) is None:
        return True
    return all(_single_width(c) for c in set(_NON_ASCII.findall(text)))


class Terminal:
    """A screen model fed with the bytes a program writes to its terminal."""

    fast_threshold = 1024  # characters in a simple run before the fast path is worth it
    window = 65536  # characters looked at (and taken by the fast path) at a time

    def __init__(self, columns: int = 80, lines: int = 24, history: int = 10000) -> None:
        self.screen = TerminalScreen(columns, lines, history)
        self.screen.responder = self._on_reply
        self.stream = pyte.Stream(self.screen)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._chunks: list[str] = []
        self._pending_chars = 0
        self.replies: list[str] = []  # answers to queries, to be written to the program
        self.fast_chars = 0  # statistics: characters that took the fast path
        self.chars_done = 0
        self._sgr_cache: dict = {}
        self._fast_rate = 5e6  # characters per second, measured
        self.guard = StreamGuard()
        self.errors = 0  # pieces of output skipped because they made the parser raise

    # -- input ------------------------------------------------------------------------------
    def feed(self, data: bytes) -> None:
        """Queue bytes from the program; ``process()`` applies them."""
        text = self.guard.filter(self._decoder.decode(data))
        step = self.window
        self._pending_chars += len(text)
        for i in range(0, len(text), step):  # bounded pieces: no big copies per slice
            self._chunks.append(text[i:i + step])

    def feed_text(self, text: str) -> None:
        text = self.guard.filter(text)
        step = self.window
        self._pending_chars += len(text)
        for i in range(0, len(text), step):
            self._chunks.append(text[i:i + step])

    @property
    def pending(self) -> int:
        return self._pending_chars

    def has_pending(self) -> bool:
        return bool(self._chunks)

    def process(self, budget: float | None = None) -> bool:
        """Apply pending output, for at most about ``budget`` seconds. True when all is done."""
        deadline = None if budget is None else time.perf_counter() + budget
        chunks = self._chunks
        while chunks:
            # join small pieces (runs of simple text may span reads), never more than a window
            text = chunks.pop(0)
            while chunks and len(text) < self.window:
                text += chunks.pop(0)
            if chunks:  # end on a line boundary: the rest of the line waits for the next round
                cut = text.rfind("\n")
                if 0 <= cut < len(text) - 1:
                    chunks[0] = text[cut + 1:] + chunks[0]
                    text = text[:cut + 1]
            try:
                done = self._process(text, deadline)
            except Exception:  # hostile output pyte cannot take: skip this piece, go on
                self._skipped(text)
                done = len(text)
            self.chars_done += done
            self._pending_chars -= done
            if done < len(text):
                chunks.insert(0, text[done:])
                return False
            if deadline is not None and time.perf_counter() > deadline - 0.001:
                return not chunks
        return True

    def _skipped(self, text: str) -> None:
        self.errors += 1
        if self.errors == 1:
            _log.warning("terminal output that could not be parsed was skipped (%d characters)",
                         len(text), exc_info=True)
        self.stream._initialize_parser()  # pyte resets itself only for errors in its parser

    def take_replies(self) -> str:
        out = "".join(self.replies)
        self.replies.clear()
        return out

    def _on_reply(self, data: str) -> None:
        self.replies.append(data)

    def resize(self, columns: int, lines: int) -> None:
        self.screen.resize(lines, columns)

    # -- the two paths ----------------------------------------------------------------------
    def _in_ground_state(self) -> bool:
        return self.stream._taking_plain_text is True

    def _slow(self, text: str, start: int, end: int, deadline: float | None) -> int:
        pos = start
        feed = self.stream.feed
        while pos < end:
            stop = min(end, pos + _SLOW_PIECE)
            feed(text[pos:stop])
            pos = stop
            if deadline is not None and time.perf_counter() > deadline:
                break
        return pos

    def _process(self, text: str, deadline: float | None) -> int:
        pos, n = 0, len(text)
        threshold = self.fast_threshold
        while pos < n:
            if not self._in_ground_state():
                # finish the escape sequence pyte is in the middle of, one character at a time
                limit = min(n, pos + 256)
                while pos < limit and not self._in_ground_state():
                    self.stream.feed(text[pos])
                    pos += 1
                continue
            # look only as far as this slice can take: scanning a whole window for each small
            # piece cost more than the pieces did
            limit = self.window
            if deadline is not None:
                left = deadline - time.perf_counter()
                limit = max(4096, min(self.window, int(0.7 * left * self._fast_rate)))
            big = None
            for m in _REGION.finditer(text, pos, min(n, pos + limit)):
                if m.end() - m.start() >= threshold:
                    big = m
                    break
            if big is None:
                return self._slow(text, pos, n, deadline)
            if big.start() > pos:
                pos = self._slow(text, pos, big.start(), deadline)
                if pos < big.start():
                    return pos
                continue  # re-check the parser state: the region may continue a sequence
            end = big.end()
            if deadline is not None:
                # (the scan above took only what fits in the time left;) end on a line boundary
                if end < n:
                    cut = text.rfind("\n", pos, end)
                    end = cut + 1 if cut > pos else end
            started = time.perf_counter()
            self._simple(text[pos:end])
            spent = time.perf_counter() - started
            if end - pos > 16384 and spent > 0:
                self._fast_rate = 0.5 * self._fast_rate + 0.5 * ((end - pos) / spent)
            pos = end
            if deadline is not None and time.perf_counter() > deadline - 0.001:
                break
        return pos

    def _fast_allowed(self) -> bool:
        s = self.screen
        table = s.g1_charset if s.charset else s.g0_charset
        return (mo.DECAWM in s.mode and mo.IRM not in s.mode and mo.LNM not in s.mode
                and table is LAT1_MAP
                and (s.margins is None or (s.margins.top == 0 and s.margins.bottom == s.lines - 1)))

    def _simple(self, region: str) -> None:
        """A run of simple output: pyte until the cursor sits on the bottom row, then fast."""
        s = self.screen
        if not self._fast_allowed() or not _all_single_width(region):
            self.stream.feed(region)
            return
        i = 0
        feed = self.stream.feed
        start = None
        while True:
            if s.cursor.y == s.lines - 1:
                start = self._bottom_row_spans()
                if start is not None:
                    break
            j = region.find("\n", i)
            if j < 0:
                feed(region[i:])
                return
            at_bottom = s.cursor.y == s.lines - 1
            feed(region[i:j + 1])
            i = j + 1
            if at_bottom:
                start = []  # that LF scrolled: the bottom row is new and blank
                break
        if i < len(region):
            self.fast_chars += len(region) - i
            self._rows(region[i:], start)

    def _bottom_row_spans(self) -> list | None:
        """The cursor's row as spans when it holds only single-width cells, else None."""
        s = self.screen
        line = s.buffer.get(s.lines - 1)
        if not line:
            return []
        if any(len(ch.data) != 1 or x >= s.columns for x, ch in line.items()):
            return None
        if type(line) is SpanLine and line.lazy:
            return line.spans
        return [(ch.data, ch[1:], 1) if x in line else (" ", None, 1) for x in range(max(line) + 1)
                for ch in (line[x],)]

    def _rows(self, text: str, spans: list) -> None:
        """The fast path proper. The cursor is on the bottom row, which holds ``spans``."""
        s = self.screen
        cols = s.columns
        style = s.cursor.attrs[1:]
        next_tab = _next_tabs(cols, frozenset(s.tabstops))
        out: list = []
        spans = list(spans)
        length = sum(span[2] for span in spans)
        x = s.cursor.x
        complex_line = _COMPLEX_LINE.search
        sgr_cache = self._sgr_cache if mo.DECSCNM not in s.mode else {}
        sgr_line = _SGR_LINE.fullmatch
        parts = text.split("\r\n")
        last = len(parts) - 1
        # the `cat` case: nothing but printable text and CR LF pairs, no line wider than the screen
        block = (last >= 3 and text.count("\r") == last and text.count("\n") == last
                 and _CTL_BUT_CRLF.search(text) is None)
        for pi, part in enumerate(parts):
            if block and pi == 1:  # the first line continued the cursor's row; now x == 0
                middle = parts[1:last]
                if max(map(len, middle)) <= cols:
                    out.extend([((p, style, len(p)),) if p else () for p in middle])
                else:
                    for p in middle:
                        k = 0
                        while len(p) - k > cols:  # autowrap
                            out.append(((p[k:k + cols], style, cols),))
                            k += cols
                        out.append(((p[k:], style, len(p) - k),) if p else ())
                tail = parts[last]
                k = 0
                while len(tail) - k > cols:
                    out.append(((tail[k:k + cols], style, cols),))
                    k += cols
                tail = tail[k:]
                spans = [(tail, style, len(tail))] if tail else []
                length = x = len(tail)
                break
            # isprintable(): no control character (C-speed; a few rarer characters also fail it
            # and take the general path below, which gives the same row)
            if pi < last and x == 0 and not spans and len(part) <= cols and part.isprintable():
                # the common case: one whole line of plain text that fits
                out.append(((part, style, len(part)),) if part else ())
                continue
            if pi < last and x == 0 and not spans and sgr_line(part) is not None:
                # a whole line of text and colours (ls --color, logs)
                pieces = _SGR_SPLIT.split(part)
                if sum(map(len, pieces[::2])) <= cols:
                    row = [(pieces[0], style, len(pieces[0]))] if pieces[0] else []
                    for k in range(1, len(pieces), 2):
                        key = (style, "m" + pieces[k])
                        new = sgr_cache.get(key)
                        if new is None:
                            new = sgr_cache[key] = self._sgr(style, key[1])
                        style = new
                        piece = pieces[k + 1]
                        if piece:
                            row.append((piece, style, len(piece)))
                    out.append(tuple(row))
                    continue
            for si, seg in enumerate(part.split("\n")):
                if si:
                    out.append(tuple(spans))
                    spans, length = [], 0
                if not seg:
                    continue
                if complex_line(seg) is None:
                    cr = seg[-1] == "\r"
                    pieces = ((seg[:-1] if cr else seg, None),)
                    if cr:
                        pieces = ((seg[:-1], None), (None, "\r"))
                else:
                    pieces = [(t, None) if t else (None, c or "m" + g)
                              for t, g, c in _TOKEN.findall(seg)]
                for piece, ctl in pieces:
                    if piece is not None:
                        while piece:
                            if x >= cols:  # pending wrap
                                out.append(tuple(spans))
                                spans, length, x = [], 0, 0
                            room = cols - x
                            if len(piece) <= room:
                                chunk, piece = piece, ""
                            else:
                                chunk, piece = piece[:room], piece[room:]
                            k = len(chunk)
                            if x == length:
                                spans.append((chunk, style, k))
                                length += k
                            elif x > length:
                                spans.append((" " * (x - length), None, x - length))
                                spans.append((chunk, style, k))
                                length = x + k
                            else:
                                spans, length = _overwrite(spans, x, chunk, style)
                            x += k
                    elif ctl == "\r":
                        x = 0
                    elif ctl == "\t":
                        x = next_tab[x]
                    elif ctl == "\x08":
                        if x >= cols:
                            x -= 1
                        x = max(0, min(x - 1, cols - 1))
                    elif ctl == "\x07":
                        pass
                    else:  # SGR parameters
                        key = (style, ctl)
                        new = sgr_cache.get(key)
                        if new is None:
                            new = sgr_cache[key] = self._sgr(style, ctl)
                        style = new
            if pi < last:  # CR LF
                x = 0
                out.append(tuple(spans))
                spans, length = [], 0
        s.cursor.attrs = Char._make((" ", *style))
        # compose: the rows above the bottom row, then the new rows, then the current one
        if not out:
            self._write_row(s.lines - 1, spans)
            s.cursor.x = x
            s.dirty.add(s.lines - 1)
            return
        keep = s.lines - 1
        old = [s.buffer[y] if y in s.buffer else None for y in range(keep)]
        rows = old + out
        gone, stay = rows[: len(rows) - keep], rows[len(rows) - keep:] if keep else []
        if not s.alternate:
            s.push_history([r if type(r) is tuple else (() if r is None else tuple(line_to_spans(r, cols)))
                            for r in gone])
        s.buffer.clear()
        default = s.default_char
        for y, row in enumerate(stay):
            if row is None:
                continue
            if type(row) is tuple:
                if row:
                    s.buffer[y] = SpanLine(default, row)
            else:
                s.buffer[y] = row
        self._write_row(s.lines - 1, spans)
        s.cursor.x = x
        s.dirty.update(range(s.lines))

    def _sgr(self, style: tuple, ctl: str) -> tuple:
        """The style after an SGR sequence, as pyte's own ``select_graphic_rendition`` sets it."""
        s = self.screen
        s.cursor.attrs = Char._make((" ", *style))
        s.select_graphic_rendition(*[min(int(p or 0), 9999) for p in ctl[1:].split(";")])
        return s.cursor.attrs[1:]

    def _write_row(self, y: int, spans: list) -> None:
        if not spans:
            self.screen.buffer.pop(y, None)
            return
        line = self.screen.buffer[y]
        line.clear()
        x = 0
        make = Char._make
        for text, style, cells in spans:
            if style is None:  # cells pyte never wrote: leave them out, as pyte would
                x += cells
                continue
            for ch in text:
                line[x] = make((ch, *style))
                x += 1


def _overwrite(spans: list, x: int, part: str, style) -> tuple[list, int]:
    """Write ``part`` at column ``x`` inside a row (after a CR or BS): rare, so per cell."""
    chars: list[str] = []
    styles: list = []
    for text, st, _cells in spans:
        chars.extend(text)
        styles.extend([st] * len(text))
    end = x + len(part)
    if end > len(chars):
        chars.extend(" " * (end - len(chars)))
        styles.extend([None] * (end - len(styles)))
    chars[x:end] = part
    styles[x:end] = [style] * len(part)
    out = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or styles[i] != styles[start]:
            out.append(("".join(chars[start:i]), styles[start], i - start))
            start = i
    return out, len(chars)
