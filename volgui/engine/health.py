"""Does the engine still answer? One cheap ``GET /_ping`` on a connection of its own.

The request worker may be busy with a long action and the events stream may sit silent on a
connection that died, so neither tells whether the engine answers. A :class:`Pinger` keeps its
own connection: a unix socket of its own, or for tcp://, TLS and ssh:// the SDK's low-level client,
built without its ``/version`` call, whose connections are recorded (``engine.abort``). Either
way :meth:`Pinger.interrupt` shuts the socket of a ping in flight, so it ends at once. Every ping
is bounded by ``timeout``.
"""

from __future__ import annotations

import socket
import threading
import time

from volgui.engine.abort import ConnectionAbort
from volgui.engine.connection import ConnectionSpec, new_client
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, connection_failure_message

REPLY_LIMIT = 4096  # a ping's reply is a few headers and "OK"; more is not an engine we know
_REQUEST = b"GET /_ping HTTP/1.1\r\nHost: docker\r\nUser-Agent: volgui-heartbeat\r\n\r\n"


class Pinger:
    """Pings one engine; ``ping()`` returns the latency in seconds or raises :class:`EngineError`.

    Use from one thread; ``interrupt()`` and ``close()`` may be called from any thread.
    """

    def __init__(self, spec: ConnectionSpec, timeout: float = 3.0, api_version: str = "") -> None:
        self.spec = spec
        self.api_version = api_version  # the engine's, learnt at connect time
        self.timeout = timeout
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._api = None
        self._abort = ConnectionAbort()  # the connections of ``_api``, shut by interrupt()
        self._closed = False

    # -- any thread ---------------------------------------------------------------------------
    def interrupt(self) -> None:
        """End a ping in progress now (it raises); the next ping opens a fresh connection."""
        with self._lock:
            sock, api, abort = self._sock, self._api, self._abort
            self._sock = self._api = None
            self._abort = ConnectionAbort()  # for the next ping's client
        abort.abort()  # closing the SDK client leaves a connection in use open: shut it
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if api is not None:
            try:
                api.close()
            except Exception:
                pass

    def close(self) -> None:
        self._closed = True
        self.interrupt()

    # -- the pinging thread --------------------------------------------------------------------
    def ping(self) -> float:
        if self._closed:
            raise EngineError(ConnectionErrors.tr("The heartbeat was stopped."))
        try:
            if self.spec.host.startswith("unix://"):
                return self._ping_unix()
            return self._ping_sdk()
        except EngineError:
            self.interrupt()
            raise
        except Exception as exc:  # any failure: drop the connection, the next ping reconnects
            self.interrupt()
            raise EngineError(connection_failure_message(self.spec.host, exc),
                              detail=f"{type(exc).__name__}: {exc}") from exc

    def _ping_sdk(self) -> float:
        """The round trip of the ping alone (an ssh:// connection's set-up is not the engine's)."""
        with self._lock:
            api, abort = self._api, self._abort
        with abort.scope():  # an interrupt from now on shuts what this ping connects
            if api is None:
                api = new_client(self.spec, self.timeout, self.api_version)
                with self._lock:
                    if self._closed:
                        api.close()
                        raise EngineError(ConnectionErrors.tr("The heartbeat was stopped."))
                    self._api = api
            start = time.monotonic()
            if not api.ping():
                raise EngineError(ConnectionErrors.tr("The engine at {0} answered its ping oddly.").format(
                    self.spec.host))
            return time.monotonic() - start

    def _ping_unix(self) -> float:
        start = time.monotonic()
        deadline = start + self.timeout
        with self._lock:
            sock = self._sock
        if sock is None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            with self._lock:
                if self._closed:
                    sock.close()
                    raise EngineError(ConnectionErrors.tr("The heartbeat was stopped."))
                self._sock = sock
            sock.settimeout(self.timeout)
            sock.connect(self.spec.host[len("unix://"):])
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        sock.sendall(_REQUEST)
        keep = _read_reply(sock, deadline, self.spec.host)
        latency = time.monotonic() - start
        if not keep:
            self.interrupt()
        return latency


def _read_reply(sock: socket.socket, deadline: float, host: str) -> bool:
    """Read one ``/_ping`` reply (bounded); True when the connection can serve the next ping."""
    data = b""
    while b"\r\n\r\n" not in data:
        if len(data) > REPLY_LIMIT:
            raise _not_http(host)
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = sock.recv(1024)
        if not chunk:
            raise EngineError(ConnectionErrors.tr("The engine at {0} closed the connection.").format(host),
                              detail="connection closed during ping")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = lines[0].split(" ", 2)
    if len(status) < 2 or not status[0].startswith("HTTP/"):
        raise _not_http(host)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip().lower()
    if not status[1].startswith("2"):
        code = status[1][:3]
        raise EngineError(ConnectionErrors.tr("The engine at {0} answered its ping with HTTP {1}.").format(
            host, code), status=int(code) if code.isdigit() else None)
    length = headers.get("content-length", "")
    if not length.isdigit() or int(length) > REPLY_LIMIT or headers.get("connection") == "close":
        return False  # no known length: read no further, use a new connection next time
    while len(body) < int(length):
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = sock.recv(int(length) - len(body))
        if not chunk:
            return False
        body += chunk
    return True


def _not_http(host: str) -> EngineError:
    return EngineError(ConnectionErrors.tr("The engine at {0} answered its ping with something else than "
                                           "HTTP.").format(host))
