"""A unix-socket proxy in front of an engine that can delay or stall replies (reliability tests).

Modes: ``"pass"`` forwards bytes as they are; ``"delay"`` holds every reply chunk for
``delay`` seconds; ``"stall"`` accepts connections and reads requests but never answers.
Only local unix sockets are involved. It stops by itself when closed.
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

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            self._conns.append(client)
            t = threading.Thread(target=self._serve, args=(client,), name="slow-proxy-conn", daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, client: socket.socket) -> None:
        upstream = None
        try:
            if self.mode == "stall":
                client.settimeout(0.1)
                while not self._stop.is_set():
                    try:
                        if not client.recv(65536):
                            break
                    except TimeoutError:
                        continue
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.target_path)
            self._conns.append(upstream)
            sel = selectors.DefaultSelector()
            sel.register(client, selectors.EVENT_READ, upstream)
            sel.register(upstream, selectors.EVENT_READ, client)
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.1):
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
