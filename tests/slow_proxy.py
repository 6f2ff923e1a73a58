"""A unix-socket proxy in front of an engine that can delay or stall replies (reliability tests).

Modes: ``"pass"`` forwards bytes as they are; ``"delay"`` holds every reply chunk for
``delay`` seconds; ``"stall"`` accepts connections and reads requests but never answers.
Only local unix sockets are involved. It stops by itself when closed.

``set_mode`` switches the mode while clients are connected (a hang that starts after the app
connected, and ends): in ``"stall"`` nothing more is forwarded either way on any connection,
new or already open — what a client sends is held in the proxy (so the engine never sees a
request that timed out: a connection the client closes meanwhile is dropped with what it had
sent); back in ``"pass"`` (or ``"delay"``) the held bytes go on to the engine and forwarding
resumes.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import socket
import threading
import time


class SlowProxy:
    def __init__(self, listen_path: str, target_path: str, mode: str = "pass", delay: float = 0.0) -> None:
        self.listen_path = listen_path
        self.target_path = target_path
        self.mode = mode
        self.delay = delay
        self.connections = 0  # accepted so far
        self._stop = threading.Event()
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(listen_path)
        self._server.bind(listen_path)
        self._server.listen(16)
        self._server.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._accept = threading.Thread(target=self._accept_loop, name="slow-proxy", daemon=True)
        self._accept.start()

    @property
    def host(self) -> str:
        return f"unix://{self.listen_path}"

    def set_mode(self, mode: str, delay: float | None = None) -> None:
        """Switch every connection, open or future, to ``mode`` (see the module's docstring)."""
        if delay is not None:
            self.delay = delay
        self.mode = mode

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            self.connections += 1
            self._conns.append(client)
            t = threading.Thread(target=self._serve, args=(client,), name="slow-proxy-conn", daemon=True)
            self._threads.append(t)
            t.start()

    def _hold(self, client: socket.socket, held: bytearray) -> bool:
        """Stall: keep reading (and holding) what the client sends; False once it has gone."""
        client.settimeout(0.1)
        try:
            while self.mode == "stall" and not self._stop.is_set():
                try:
                    data = client.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    return False
                held += data
        finally:
            client.settimeout(None)
        return not self._stop.is_set()

    def _serve(self, client: socket.socket) -> None:
        upstream = None
        held = bytearray()
        try:
            if not self._hold(client, held):
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.target_path)
            self._conns.append(upstream)
            if held:
                upstream.sendall(held)
                held.clear()
            sel = selectors.DefaultSelector()
            sel.register(client, selectors.EVENT_READ, upstream)
            sel.register(upstream, selectors.EVENT_READ, client)
            while not self._stop.is_set():
                if self.mode == "stall":
                    if not self._hold(client, held):
                        return
                    if held:
                        upstream.sendall(held)
                        held.clear()
                    continue
                for key, _ in sel.select(timeout=0.1):
                    if self.mode == "stall":
                        break  # leave the bytes where they are until the stall ends
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    if key.fileobj is upstream and self.mode == "delay":
                        self._stop.wait(self.delay)
                    key.data.sendall(data)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                if s is not None:
                    with contextlib.suppress(OSError):
                        s.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._server.close()
        for s in self._conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + 2
        for t in [self._accept, *self._threads]:
            t.join(max(0.0, deadline - time.monotonic()))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.listen_path)
