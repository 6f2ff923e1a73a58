"""The first lists, asked of a local engine while Python is still importing Qt.

At start-up the window waits for three things in a row: Qt and volgui's modules (about half a
second), the docker SDK (about 0.2 s more, in the request worker) with its ``/version`` call, and
then the lists. The engine could compute the lists during all of that. ``start`` is called by the
entry point before anything heavy is imported: when the engine to use is a local unix socket, a
plain thread asks for containers, volumes and images over three connections of its own (plain
HTTP/1.1 from the standard library, no SDK) and parses the replies into the same ``Snapshot``
``Engine.snapshot`` gives. The window shows it when it is there; the session connects after
that (its docker SDK import would only compete with the GUI thread for the GIL meanwhile) and
reloads everything once connected, so nothing that changed since the prefetch is lost.

Everything read is bounded (``MAX_REPLY_BYTES`` per reply, ``TIMEOUT_S`` for the whole), and any
doubt — another kind of engine address, a context that cannot be read, a refused connection, a
bad status, garbled or oversized JSON — means no prefetch, never an error: the normal load follows.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping

from volgui.engine.connection import connect_unix, resolve
from volgui.engine.dto.objects import Snapshot, build_snapshot

# The API version the docker SDK in use speaks at most (docker.constants.DEFAULT_DOCKER_API_VERSION,
# not imported: that loads the SDK). A test checks they agree, so an SDK upgrade updates it.
SDK_API_VERSION = "1.45"
MAX_REPLY_BYTES = 64 * 1024 * 1024  # 1000 containers listed in 0.83 MB here: 10 000 in about 8 MB
TIMEOUT_S = 10.0
PATHS = {
    "containers": "/containers/json?limit=-1&all=1&size=0&trunc_cmd=0",  # as api.containers(all=True)
    "volumes": "/volumes",
    "images": "/images/json?only_ids=0&all=0",  # as api.images()
}


class PrefetchError(Exception):
    """Why there is no prefetched snapshot (kept for the trace and tests, never shown)."""


class _DeadlineSocket(socket.socket):
    """Every read waits at most until the deadline: an engine that sends a byte now and then
    (headers or body) cannot hold the prefetch longer than that."""

    deadline = 0.0

    def recv_into(self, buffer, nbytes: int = 0, flags: int = 0) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the engine took too long")
        self.settimeout(left)
        return super().recv_into(buffer, nbytes, flags)


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, deadline: float) -> None:
        super().__init__("localhost", timeout=max(0.01, deadline - time.monotonic()))
        self._path = path
        self._deadline = deadline

    def connect(self) -> None:
        self.sock = connect_unix(self._path, self.timeout, _DeadlineSocket)
        self.sock.deadline = self._deadline


def local_socket(host: str | None = None, context: str | None = None,
                 env: Mapping[str, str] | None = None) -> str | None:
    """The socket path the session will connect to, when that is a local unix socket that accepts
    a connection now; None whenever that is not sure (resolved as ``EngineSession`` does)."""
    try:
        specs = resolve(host, context, os.environ if env is None else env)
    except Exception:
        return None
    for spec in specs:
        if not spec.host.startswith("unix://"):
            return None  # tcp, ssh…: the session's own connection is the only one
        path = spec.host[len("unix://"):]
        try:
            connect_unix(path, 1.0).close()
            return path
        except OSError:
            continue  # the session would try the next one too
    return None


def negotiated(server_api: str, ours: str = SDK_API_VERSION) -> str:
    """The version both sides speak, as the session negotiates it: the server's, capped at ours."""
    def key(version: str) -> tuple[int, ...]:
        return tuple(int(part) for part in version.split("."))

    try:
        return server_api if key(server_api) < key(ours) else ours
    except ValueError:
        return ours


def _read_body(response: http.client.HTTPResponse) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = response.read(1024 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise PrefetchError("reply too big")
        chunks.append(chunk)


def _reply(connection: _UnixConnection):
    response = connection.getresponse()
    if response.status != 200:
        raise PrefetchError(f"status {response.status}")
    return json.loads(_read_body(response))


def fetch(path: str, timeout: float = TIMEOUT_S) -> Snapshot:
    """Ask the engine at unix socket ``path`` for the three lists at once; their snapshot."""
    deadline = time.monotonic() + timeout
    first = _UnixConnection(path, deadline)
    connections = [first]
    try:
        first.request("GET", "/_ping")
        ping = first.getresponse()
        _read_body(ping)
        version = negotiated(ping.getheader("Api-Version") or SDK_API_VERSION)
        for name, url in PATHS.items():  # all asked before any is read: the engine works on all three
            connection = first if name == "containers" else _UnixConnection(path, deadline)
            if connection is not first:
                connections.append(connection)
            connection.request("GET", f"/v{version}{url}")
        raw = [_reply(connection) for connection in connections]
        return build_snapshot(*raw)
    finally:
        for connection in connections:
            connection.close()


class Prefetch:
    """One prefetch running in a daemon thread (a hung engine never holds the process)."""

    def __init__(self, path: str, timeout: float = TIMEOUT_S) -> None:
        self.path = path
        self.started = time.monotonic()
        self.finished: float | None = None
        self.snapshot: Snapshot | None = None
        self.error = ""
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[Prefetch], None]] = []
        self._thread = threading.Thread(target=self._run, args=(timeout,), name="volgui-prefetch",
                                        daemon=True)
        self._thread.start()

    def _run(self, timeout: float) -> None:
        try:
            self.snapshot = fetch(self.path, timeout)
        except Exception as exc:  # whatever went wrong, the normal load follows
            self.error = f"{type(exc).__name__}: {exc}"[:300]
        self.finished = time.monotonic()
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            try:
                callback(self)
            except Exception:
                pass  # e.g. the window closed meanwhile: nobody waits for this answer any more

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> Snapshot | None:
        """The snapshot (None: no prefetch); for tests and scripts, never on the GUI thread."""
        self._done.wait(timeout)
        return self.snapshot

    def when_done(self, callback: Callable[[Prefetch], None]) -> None:
        """Call ``callback(self)`` once the answer is there: from the prefetch thread, or at once."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)


def start(host: str | None = None, context: str | None = None,
          env: Mapping[str, str] | None = None) -> Prefetch | None:
    """Start prefetching from the engine the session will use, when it is a local socket."""
    path = local_socket(host, context, env)
    return Prefetch(path) if path is not None else None
