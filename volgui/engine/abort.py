"""Abandoning the engine calls of one thread from another: the sockets it reads are shut.

The docker SDK has no cancel, and a thread blocked reading an engine's answer wakes only when its
socket is shut down (closing a client or a connection pool does not touch a connection in use).
A :class:`ConnectionAbort` records every connection that a volgui client opens in a thread while
that thread runs inside :meth:`ConnectionAbort.scope`; :meth:`ConnectionAbort.abort`, from any
thread, shuts them all, and each connection opened in the scope afterwards is shut as soon as it
connects, so the thread's current call fails at once and so does every later one. A thread that
owns one (the request worker, the events stream) therefore ends promptly even while an engine
holds its answers, and its owner can join it instead of guessing how long to wait.
"""

from __future__ import annotations

import socket
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

_local = threading.local()


class ConnectionAbort:
    """The connections opened in one thread's :meth:`scope`, to shut from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: weakref.WeakSet = weakref.WeakSet()
        self._aborted = False

    @contextmanager
    def scope(self) -> Iterator[None]:
        """Track the connections the clients of this thread open inside the block."""
        previous = getattr(_local, "abort", None)
        _local.abort = self
        try:
            yield
        finally:
            _local.abort = previous

    @property
    def aborted(self) -> bool:
        with self._lock:
            return self._aborted

    def abort(self) -> None:
        """Shut every connection opened in the scope, now and from now on (callable from any thread)."""
        with self._lock:
            self._aborted = True
            connections = list(self._connections)
        for connection in connections:
            _shut(getattr(connection, "sock", None))

    def _add(self, connection) -> None:
        # weak references only: no cycle through the connection (see raw_api.track_connections)
        connect = type(connection).connect
        connection_ref, abort_ref = weakref.ref(connection), weakref.ref(self)

        def connect_unless_aborted() -> None:
            this = connection_ref()
            connect(this)
            owner = abort_ref()
            if owner is not None and owner.aborted:  # abort() may have run while it was connecting
                _shut(getattr(this, "sock", None))

        connection.connect = connect_unless_aborted
        with self._lock:
            self._connections.add(connection)
            aborted = self._aborted
        if aborted:
            _shut(getattr(connection, "sock", None))


def opened(connection) -> None:
    """Called by a volgui client for each HTTP connection it creates, in the thread creating it."""
    abort = getattr(_local, "abort", None)
    if abort is not None:
        abort._add(connection)


def _shut(sock) -> None:
    """Wake a thread blocked on ``sock`` (a socket, a TLS socket or an ssh channel)."""
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except Exception:  # already shut or closed: nothing blocks on it
        pass
