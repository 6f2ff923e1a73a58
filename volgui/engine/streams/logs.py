"""Container logs without Qt: a follow stream, stdout/stderr demultiplexing, ANSI SGR parsing,
and a bounded ring buffer of lines.

The SDK's ``api.logs(stream=True)`` drops which stream a frame came from (and reads TTY logs one
byte at a time), so :class:`LogStream` makes the same request itself and demultiplexes the
8-byte frame headers (stream type, 3 zero bytes, big-endian payload length)::

    stream = LogStream(engine, container_id, LogOptions(tail=1000))  # or since=time.time() - 3600
    for batch in stream.batches():              # blocks; ends when the container stops
        for line in map(LogLine._make, batch):  # plain (stream, timestamp, text) tuples
            print(line.stream_name, line.timestamp, line.text)
    stream.close()                              # from any thread: batches() returns

Lines always carry the engine's timestamp (``timestamps=1``), so a stream can resume after a gap
(``since=`` the last one) without repeating lines; whether to show them is up to the viewer.
A line longer than ``MAX_LINE`` bytes is cut into pieces, so a container that never prints a
newline cannot fill memory.
"""

from __future__ import annotations

import re
import shlex
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from volgui.engine.errors import EngineError, from_docker

STDIN, STDOUT, STDERR = 0, 1, 2
TTY = 3  # a container with a terminal: one stream, stdout and stderr mixed
STREAM_NAMES = {STDIN: "stdin", STDOUT: "stdout", STDERR: "stderr", TTY: "tty"}
HEADER = struct.Struct(">BxxxL")
MAX_LINE = 64 * 1024
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

    def feed_multiplexed(self, buf: bytearray) -> tuple[list[LogLine], int]:
        """Lines of every complete frame at the start of ``buf`` and the bytes consumed.

        The usual frame is one whole line with its timestamp: handled inline (a few
        microseconds a line); anything else goes through :meth:`feed`."""
        out: list[LogLine] = []
        append = out.append
        unpack = HEADER.unpack_from
        partial = self._partial
        pos = 0
        size = len(buf)
        stamp = ""
        while size - pos >= 8:
            kind, length = unpack(buf, pos)
            start = pos + 8
            end = start + length
            if end > size:
                break
            pos = end
            if length and buf[end - 1] == 10 and not partial.get(kind):
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


# -- the stream -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogOptions:
    tail: int | None = 1000  # None: all
    since: float | None = None  # epoch seconds
    follow: bool = True

    def params(self) -> dict:
        params = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": 1 if self.follow else 0,
                  "tail": "all" if self.tail is None else str(int(self.tail))}
        if self.since is not None:
            params["since"] = f"{self.since:.9f}"
        return params

    def command(self, container: str, host: str = "", timestamps: bool = False) -> str:
        parts = ["docker"]
        if host:
            parts += ["-H", host]
        parts.append("logs")
        if self.follow:
            parts.append("--follow")
        if timestamps:
            parts.append("--timestamps")
        if self.tail is not None:
            parts += ["--tail", str(self.tail)]
        if self.since is not None:
            parts += ["--since", datetime.fromtimestamp(self.since, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
        parts.append(container)
        return shlex.join(parts)


class LogStream:
    """One logs request on its own connection (``engine`` must not be used by another thread)."""

    CHUNK = 64 * 1024

    def __init__(self, engine, container_id: str, options: LogOptions | None = None) -> None:
        self.engine = engine
        self.container_id = container_id
        self.options = options or LogOptions()
        self.tty = False
        self.name = container_id[:12]
        self.running = False
        self._response = None
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self.splitter = LineSplitter(timestamps=True)

    def open(self) -> None:
        """Inspect (TTY or not) and send the request; raises EngineError."""
        api = self.engine.api
        host = self.engine.spec.host
        try:
            info = api.inspect_container(self.container_id)
        except Exception as exc:
            raise from_docker(exc, host=host, action="Reading logs") from exc
        self.tty = bool((info.get("Config") or {}).get("Tty"))
        self.name = (info.get("Name") or "").lstrip("/") or self.name
        self.running = bool((info.get("State") or {}).get("Running"))
        if self._closed.is_set():
            return
        try:
            res = api._get(api._url("/containers/{0}/logs", self.container_id),
                           params=self.options.params(), stream=True)
            api._raise_for_status(res)
        except Exception as exc:
            raise from_docker(exc, host=host, action="Reading logs",
                              command=self.options.command(self.name)) from exc
        with self._lock:
            self._response = res
        if self._closed.is_set():
            self._shutdown(res)

    def chunks(self) -> Iterator[bytes]:
        """The response body as it arrives, in as few pieces as possible.

        The engine sends one HTTP chunk per log line; reading them one by one through urllib3
        costs more than the rest of the work per line. So the socket's buffered reader is read
        directly (``read1``: whatever has arrived, one system call) and the chunked transfer
        encoding is undone here (:class:`ChunkedDecoder`)."""
        res = self._response
        if res is None:
            return
        raw = res.raw
        fp = getattr(getattr(raw, "_fp", None), "fp", None)
        try:
            if fp is not None and hasattr(fp, "read1"):
                dechunk = ChunkedDecoder() if raw.chunked else None
                while True:
                    data = fp.read1(self.CHUNK)
                    if not data:
                        if dechunk is not None and not dechunk.done and not self._closed.is_set():
                            # no final zero-length chunk: the connection dropped (engine gone)
                            raise EngineError("The engine closed the log stream.")
                        return
                    if dechunk is not None:
                        data = dechunk.feed(data)
                        if data:
                            yield data
                        if dechunk.done:
                            return
                    else:
                        yield data
            elif raw.chunked:
                yield from raw.read_chunked(decode_content=False)
            else:
                while data := raw.read(4096):
                    yield data
        except EngineError:
            raise
        except Exception as exc:
            if self._closed.is_set():
                return
            raise EngineError("The log stream broke off.", detail=str(exc)) from exc

    def batches(self) -> Iterator[list[LogLine]]:
        """Lists of complete lines as they arrive (opens the stream first if needed)."""
        if self._response is None:
            self.open()
        split = self.splitter
        pending = bytearray()
        for chunk in self.chunks():
            if self._closed.is_set():
                return
            if self.tty:
                lines = split.feed(TTY, chunk, framed=False)
            else:
                pending += chunk
                lines, used = split.feed_multiplexed(pending)
                if used:
                    del pending[:used]
            if lines:
                yield lines
        rest = split.flush()
        if rest and not self._closed.is_set():
            yield rest

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def close(self) -> None:
        """From any thread: a blocked :meth:`batches` returns promptly."""
        self._closed.set()
        with self._lock:
            res = self._response
        if res is not None:
            self._shutdown(res)

    @staticmethod
    def _shutdown(res) -> None:
        shutdown_response(res)


def shutdown_response(res) -> None:
    """Unblock a thread reading a streamed response: shut its socket down, then close it."""
    import socket

    try:
        fp = res.raw._fp.fp
        raw = fp.raw if hasattr(fp, "raw") else fp
        sock = getattr(raw, "_sock", None) or getattr(fp, "channel", None) or raw
        if hasattr(sock, "shutdown"):
            sock.shutdown(socket.SHUT_RDWR)
    except Exception:
        pass
    try:
        res.close()
    except Exception:
        pass


# -- ring buffer ----------------------------------------------------------------------------------
class LogBuffer:
    """The last ``capacity`` lines, indexable from 0 (oldest kept) in O(1).

    ``extend`` returns how many old lines were dropped, so a view can keep its place.
    """

    def __init__(self, capacity: int = 100_000) -> None:
        self.capacity = capacity
        self._lines: list[LogLine] = []
        self.dropped = 0  # lines dropped since clear()
        self.total = 0  # lines ever added since clear()
        self.longest = 0  # characters of the longest line seen (for a horizontal scroll bar)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: int) -> LogLine:
        return LogLine._make(self._lines[index])

    def __iter__(self):
        return map(LogLine._make, self._lines)

    def clear(self) -> None:
        self._lines = []
        self.dropped = self.total = self.longest = 0

    def extend(self, lines: list[tuple[int, str, str]]) -> int:
        """Add lines (plain tuples or LogLines; stored as plain tuples)."""
        if lines and type(lines[0]) is not tuple:
            lines = [tuple(line) for line in lines]
        if len(lines) > self.capacity:
            skipped = len(lines) - self.capacity
            lines = lines[skipped:]
        else:
            skipped = 0
        self._lines.extend(lines)
        self.total += len(lines) + skipped
        longest = max((len(line[2]) for line in lines), default=0)
        if longest > self.longest:
            self.longest = longest
        excess = len(self._lines) - self.capacity
        if excess > 0:
            del self._lines[:excess]
        else:
            excess = 0
        self.dropped += excess + skipped
        return excess

    @property
    def last_timestamp(self) -> str:
        return self._lines[-1][1] if self._lines else ""

    def latest_timestamp(self, window: int = 2000) -> str:
        """The latest engine timestamp among the last ``window`` lines.

        stdout and stderr are separate pipes, so the last line added is not always the latest:
        a resumed stream must start after this one, not after the last line's.
        """
        latest = ""
        for line in self._lines[-window:]:
            if is_after(line[1], latest):
                latest = line[1]
        return latest

    def find(self, needle: str, start: int, backwards: bool = False, case: bool = False) -> int:
        """Index of the next line (after/before ``start``, wrapping) whose plain text holds
        ``needle``; -1 when none does."""
        n = len(self._lines)
        if not needle or not n:
            return -1
        if not case:
            needle = needle.lower()
        step = -1 if backwards else 1
        index = start
        for _ in range(n):
            index = (index + step) % n
            text = plain_text(self._lines[index][2])
            if needle in (text if case else text.lower()):
                return index
        return -1


# -- ANSI -----------------------------------------------------------------------------------------
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Style:
    """What SGR sets. Colours: None (default), 0–255 (palette) or an ``(r, g, b)`` tuple."""

    fg: int | tuple[int, int, int] | None = None
    bg: int | tuple[int, int, int] | None = None
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    inverse: bool = False
    strike: bool = False


PLAIN = Style()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    style: Style


def plain_text(text: str) -> str:
    """``text`` without escape sequences and control characters (tabs kept)."""
    if "\x1b" not in text and not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _ESCAPES.sub("", text))


def parse_ansi(text: str, style: Style = PLAIN) -> tuple[str, list[Span], Style]:
    """Plain text, the styled spans of it (default-styled parts are left out) and the style in
    force at the end (SGR state carries over to the next line in a terminal)."""
    if "\x1b" not in text:
        clean = _CONTROL.sub("", text) if _CONTROL.search(text) else text
        return clean, ([Span(0, len(clean), style)] if style != PLAIN and clean else []), style
    plain: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in _ESCAPES.finditer(text):
        piece = _CONTROL.sub("", text[pos:m.start()])
        if piece:
            if style != PLAIN:
                spans.append(Span(length, length + len(piece), style))
            plain.append(piece)
            length += len(piece)
        seq = m.group(0)
        if seq.startswith("\x1b[") and seq.endswith("m"):
            style = apply_sgr(style, seq[2:-1])
        pos = m.end()
    piece = _CONTROL.sub("", text[pos:])
    if piece:
        if style != PLAIN:
            spans.append(Span(length, length + len(piece), style))
        plain.append(piece)
    return "".join(plain), spans, style


def apply_sgr(style: Style, params: str) -> Style:
    """The style after ``ESC [ params m``."""
    if params.startswith(("?", ">", "<", "=")):
        return style
    codes = [int(p) if p.isdigit() else 0 for p in re.split(r"[;:]", params)] if params else [0]
    fields = {f: getattr(style, f) for f in Style.__slots__}
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            fields = {f: getattr(PLAIN, f) for f in Style.__slots__}
        elif c == 1:
            fields["bold"] = True
        elif c == 2:
            fields["dim"] = True
        elif c == 3:
            fields["italic"] = True
        elif c == 4:
            fields["underline"] = True
        elif c == 7:
            fields["inverse"] = True
        elif c == 9:
            fields["strike"] = True
        elif c == 22:
            fields["bold"] = fields["dim"] = False
        elif c == 23:
            fields["italic"] = False
        elif c == 24:
            fields["underline"] = False
        elif c == 27:
            fields["inverse"] = False
        elif c == 29:
            fields["strike"] = False
        elif 30 <= c <= 37:
            fields["fg"] = c - 30
        elif 40 <= c <= 47:
            fields["bg"] = c - 40
        elif 90 <= c <= 97:
            fields["fg"] = c - 90 + 8
        elif 100 <= c <= 107:
            fields["bg"] = c - 100 + 8
        elif c == 39:
            fields["fg"] = None
        elif c == 49:
            fields["bg"] = None
        elif c in (38, 48):
            key = "fg" if c == 38 else "bg"
            if i + 2 < len(codes) and codes[i + 1] == 5:
                fields[key] = max(0, min(255, codes[i + 2]))
                i += 2
            elif i + 1 < len(codes) and codes[i + 1] == 2 and i + 4 < len(codes):
                fields[key] = tuple(max(0, min(255, v)) for v in codes[i + 2:i + 5])
                i += 4
            else:
                i = len(codes)
        i += 1
    return Style(**fields)
