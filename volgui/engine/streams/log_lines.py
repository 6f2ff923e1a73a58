"""What a log line is and how the engine's bytes become lines (no I/O here).

The engine multiplexes stdout and stderr into frames with an 8-byte header (stream type, 3 zero
bytes, big-endian payload length); a container with a TTY sends one raw stream instead. Every
line starts with the engine's RFC 3339 timestamp (``timestamps=1``). A line longer than
``MAX_LINE`` bytes (64 KiB) is cut into lines of at most that size (between UTF-8 characters), so
a container that never prints a newline cannot fill memory and no line costs more than that to
draw or search. Invalid UTF-8 becomes U+FFFD.
"""

from __future__ import annotations

import re
import struct
from datetime import datetime
from typing import NamedTuple

STDIN, STDOUT, STDERR = 0, 1, 2
TTY = 3  # a container with a terminal: one stream, stdout and stderr mixed
STREAM_NAMES = {STDIN: "stdin", STDOUT: "stdout", STDERR: "stderr", TTY: "tty"}
HEADER = struct.Struct(">BxxxL")
MAX_LINE = 64 * 1024
# A frame may declare up to 4 GiB. One longer than this is not waited for whole: its payload is
# split into lines as it arrives, so a reader never holds more than about this much of it.
MAX_FRAME_WAIT = 1024 * 1024
_TS = re.compile(rb"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ?")


class LogLine(NamedTuple):
    """One line. The stream and the buffer carry lines as *plain* ``(stream, timestamp, text)``
    tuples, which compare equal to a LogLine: CPython's garbage collector stops tracking exact
    tuples of strings and ints, but never instances of a tuple subclass (or any class), and
    100 000 tracked objects made each full collection block the GUI for 100+ ms in a log flood.
    :class:`LogBuffer` hands out LogLines when indexed.
    """

    stream: int  # STDOUT, STDERR or TTY
    timestamp: str  # the engine's RFC 3339 time ("2026-11-29T02:44:49.273888797Z"), "" if none
    text: str  # without the newline; may hold ANSI escape sequences

    @property
    def stream_name(self) -> str:
        return STREAM_NAMES.get(self.stream, "?")

    @property
    def is_stderr(self) -> bool:
        return self.stream == STDERR


# -- demultiplexing -------------------------------------------------------------------------------
class FrameDecoder:
    """Incremental decoder of the engine's multiplexed stream (``feed`` any chunking)."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        self._buf += data
        frames = []
        pos = 0
        buf = self._buf
        size = len(buf)
        while size - pos >= HEADER.size:
            kind, length = HEADER.unpack_from(buf, pos)
            end = pos + HEADER.size + length
            if end > size:
                break
            frames.append((kind, bytes(buf[pos + HEADER.size:end])))
            pos = end
        if pos:
            del buf[:pos]
        return frames

    @property
    def pending(self) -> int:
        return len(self._buf)


class ChunkedDecoder:
    """Incremental decoder of HTTP/1.1 chunked transfer encoding (``feed`` any chunking)."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._data_left = 0  # bytes of the current chunk still to come
        self._crlf_left = 0  # bytes of the CRLF after it still to skip
        self.done = False

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        buf = self._buf
        buf += data
        pos = 0
        size = len(buf)
        while not self.done and pos < size:
            if self._data_left:
                take = min(self._data_left, size - pos)
                out += buf[pos:pos + take]
                pos += take
                self._data_left -= take
                if not self._data_left:
                    self._crlf_left = 2
                continue
            if self._crlf_left:
                skip = min(self._crlf_left, size - pos)
                pos += skip
                self._crlf_left -= skip
                continue
            eol = buf.find(b"\r\n", pos)
            if eol < 0:
                break
            try:
                length = int(buf[pos:eol], 16)  # the usual head: just the size
            except ValueError:  # an extension (";…") or an empty line
                head = buf[pos:eol].split(b";", 1)[0]
                if not head.strip():
                    pos = eol + 2
                    continue
                length = int(head, 16)
            pos = eol + 2
            if length == 0:
                self.done = True
                break
            end = pos + length
            if end + 2 <= size:  # the whole chunk is here (the usual case)
                out += buf[pos:end]
                pos = end + 2
            else:
                self._data_left = length
        del buf[:pos]
        return bytes(out)


def cut_line(raw: bytes, limit: int) -> list[bytes]:
    """``raw`` in pieces of at most ``limit`` bytes, cut between UTF-8 characters when it can."""
    pieces = []
    start = 0
    while len(raw) - start > limit:
        end = start + limit
        back = 0
        while back < 3 and raw[end - back] & 0xC0 == 0x80:  # inside a character: cut before it
            back += 1
        if back < 3 or raw[end - back] & 0xC0 == 0xC0:
            end = max(start + 1, end - back)
        pieces.append(raw[start:end])
        start = end
    pieces.append(raw[start:])
    return pieces


def demux(data: bytes) -> list[tuple[int, bytes]]:
    """All complete frames in ``data`` (a whole multiplexed response)."""
    return FrameDecoder().feed(data)


class LineSplitter:
    """Turns message payloads (``"TIMESTAMP text\\n"``) of each stream into :class:`LogLine`\\ s.

    Keeps a partial line per stream. The engine splits messages longer than 16 KiB into
    parts, each with its own timestamp: the timestamp of a continuation is dropped.
    """

    def __init__(self, timestamps: bool = True, max_line: int = MAX_LINE) -> None:
        self.timestamps = timestamps
        self.max_line = max_line
        self._partial: dict[int, bytearray] = {}
        self._stamp: dict[int, str] = {}
        self.last_timestamp = ""
        self._long_kind = 0  # the stream of a long frame passed on as it arrives …
        self._long_left = 0  # … and how many of its bytes are still to come

    def feed_multiplexed(self, buf: bytearray) -> tuple[list[LogLine], int]:
        """Lines of every complete frame at the start of ``buf`` and the bytes consumed.

        The usual frame is one whole line with its timestamp: handled inline (a few
        microseconds a line); anything else goes through :meth:`feed`. A frame declaring more
        than MAX_FRAME_WAIT bytes is consumed as its bytes arrive (see :meth:`_long_frame`)."""
        out: list[LogLine] = []
        append = out.append
        unpack = HEADER.unpack_from
        partial = self._partial
        pos = self._long_frame(buf, 0, out) if self._long_left else 0
        size = len(buf)
        stamp = ""
        while size - pos >= 8:
            kind, length = unpack(buf, pos)
            start = pos + 8
            end = start + length
            if end > size:
                if length > MAX_FRAME_WAIT:
                    self._long_kind, self._long_left = kind, length
                    pos = self._long_frame(buf, start, out)
                break
            pos = end
            if length and buf[end - 1] == 10 and not partial.get(kind) and length <= self.max_line:
                sp = buf.find(b" ", start, start + 40)
                if sp > 0 and buf[sp - 1] == 90 and buf.find(b"\n", sp, end - 1) < 0:  # "Z "
                    stamp = buf[start:sp].decode("ascii", "replace")
                    stop = end - 1
                    if buf[stop - 1] == 13:
                        stop -= 1
                    append((kind, stamp, buf[sp + 1:stop].decode("utf-8", "replace")))
                    continue
            if stamp:
                self.last_timestamp = stamp
                stamp = ""
            out.extend(self.feed(kind, bytes(buf[start:end])))
        if stamp:
            self.last_timestamp = stamp
        return out, pos

    def _long_frame(self, buf: bytearray, pos: int, out: list[LogLine]) -> int:
        """Split what ``buf`` holds of the long frame in progress from ``pos``; returns the end."""
        take = min(self._long_left, len(buf) - pos)
        if take > 0:
            out.extend(self.feed(self._long_kind, bytes(buf[pos:pos + take])))
            self._long_left -= take
        return pos + take

    def feed(self, stream: int, payload: bytes, framed: bool = True) -> list[LogLine]:
        """``framed``: ``payload`` is one whole message (non-TTY); else any chunk of a TTY stream."""
        out: list[LogLine] = []
        partial = self._partial.get(stream)
        if framed:
            if self.timestamps:
                m = _TS.match(payload)
                if m:
                    if partial:
                        payload = payload[m.end():]  # continuation of a split message
                    else:
                        self._stamp[stream] = m.group(1).decode()
                        payload = payload[m.end():]
            self._split(stream, payload, out, framed=True)
        else:
            self._split(stream, payload, out, framed=False)
        return out

    def _split(self, stream: int, data: bytes, out: list[LogLine], framed: bool) -> None:
        partial = self._partial.setdefault(stream, bytearray())
        start = 0
        while True:
            nl = data.find(b"\n", start)
            if nl < 0:
                partial += data[start:]
                if len(partial) >= self.max_line:
                    self._emit(stream, bytes(partial), out, framed)
                    partial.clear()
                return
            if partial:
                partial += data[start:nl]
                line = bytes(partial)
                partial.clear()
            else:
                line = data[start:nl]
            self._emit(stream, line, out, framed)
            start = nl + 1
            if framed and start < len(data) and self.timestamps:
                # several lines in one message: a new stamp may follow
                m = _TS.match(data, start)
                if m:
                    self._stamp[stream] = m.group(1).decode()
                    start = m.end()

    def _emit(self, stream: int, raw: bytes, out: list[LogLine], framed: bool) -> None:
        stamp = self._stamp.get(stream, "")
        if not framed and self.timestamps:
            m = _TS.match(raw)
            if m:
                stamp = m.group(1).decode()
                raw = raw[m.end():]
        if raw.endswith(b"\r"):
            raw = raw.rstrip(b"\r")  # a terminal's CR LF (CR CR LF after onlcr)
        if stamp:
            self.last_timestamp = stamp
        if len(raw) > self.max_line:
            for piece in cut_line(raw, self.max_line):
                out.append((stream, stamp, piece.decode("utf-8", "replace")))
            return
        out.append((stream, stamp, raw.decode("utf-8", "replace")))

    def flush(self) -> list[LogLine]:
        """The partial lines left at the end of the stream."""
        out: list[LogLine] = []
        for stream, partial in self._partial.items():
            if partial:
                self._emit(stream, bytes(partial), out, framed=stream != TTY)
                partial.clear()
        return out


# -- timestamps -----------------------------------------------------------------------------------
def parse_timestamp(stamp: str) -> float | None:
    """Seconds since the epoch of an engine timestamp (nanoseconds kept to microseconds)."""
    if not stamp:
        return None
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$", stamp)
    if not m:
        return None
    base, frac, zone = m.groups()
    zone = "+00:00" if zone == "Z" else zone
    when = datetime.fromisoformat(base + zone)
    return when.timestamp() + (float("0." + frac) if frac else 0.0)


def short_timestamp(stamp: str) -> str:
    """``2026-11-29 02:44:49.273`` (UTC, milliseconds) for display."""
    if len(stamp) < 19:
        return stamp
    out = stamp[:10] + " " + stamp[11:19]
    if len(stamp) > 20 and stamp[19] == ".":
        out += stamp[19:23].ljust(4, "0")
    else:
        out += ".000"
    return out


def is_after(stamp: str, last: str) -> bool:
    """True when ``stamp`` is later than ``last`` (both engine timestamps; "" is earliest)."""
    if not last:
        return True
    a, b = parse_timestamp(stamp), parse_timestamp(last)
    if a is None or b is None:
        return True
    if a != b:
        return a > b
    return _nanos(stamp) > _nanos(last)


def _nanos(stamp: str) -> int:
    m = re.search(r"\.(\d+)", stamp)
    return int(m.group(1).ljust(9, "0")[:9]) if m else 0

