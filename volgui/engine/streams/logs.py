"""Container logs without Qt: the follow stream (one logs request, its body turned into lines).

Lines, frames and timestamps are in ``log_lines``, the ring buffer in ``log_buffer``, ANSI
styles in ``ansi``.

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
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from volgui.engine import raw_api
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.commands import logs_command
from volgui.engine.streams.log_lines import TTY, ChunkedDecoder, LineSplitter, LogLine


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
        return logs_command(container, host, follow=self.follow, timestamps=timestamps, tail=self.tail,
                            since=self.since)


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
            raise from_docker(exc, host=host, action=ConnectionErrors.tr("Reading logs")) from exc
        self.tty = bool((info.get("Config") or {}).get("Tty"))
        self.name = (info.get("Name") or "").lstrip("/") or self.name
        self.running = bool((info.get("State") or {}).get("Running"))
        if self._closed.is_set():
            return
        try:
            res = raw_api.logs_response(api, self.container_id, self.options.params())
        except Exception as exc:
            raise from_docker(exc, host=host, action=ConnectionErrors.tr("Reading logs"),
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
        fp = raw_api.buffered_reader(res)
        try:
            if fp is not None and hasattr(fp, "read1"):
                dechunk = ChunkedDecoder() if raw.chunked else None
                while True:
                    data = fp.read1(self.CHUNK)
                    if not data:
                        if dechunk is not None and not dechunk.done and not self._closed.is_set():
                            # no final zero-length chunk: the connection dropped (engine gone)
                            raise EngineError(ConnectionErrors.tr("The engine closed the log stream."))
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
            raise EngineError(ConnectionErrors.tr("The log stream broke off."), detail=str(exc)) from exc

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
        raw_api.shutdown_response(res)

