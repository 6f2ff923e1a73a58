"""A fake engine on a unix socket that answers the start-up prefetch's requests as a test says:
for hostile-input tests only (everything else runs against the private engine)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

PING = b"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK"


def reply(body: bytes, status: str = "200 OK", extra: bytes = b"") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n".encode() + extra
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def chunked(body: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n")


HANG = b"HANG"
TRICKLE = b"TRICKLE"
GOOD = {"/containers/json": reply(b"[]"), "/volumes": reply(b'{"Volumes": []}'), "/images/json": reply(b"[]")}


class FakeEngine:
    """Answers /_ping, then each list request with ``answers[path]``: raw bytes on the wire, a
    ``(bytes,)`` tuple to close the connection after them, HANG to never answer, TRICKLE to
    answer a byte at a time for ever."""

    def __init__(self, path: Path, answers: dict[str, bytes]) -> None:
        self.path = str(path)
        self.answers = answers
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(self.path)
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._serve, name="fake-engine")
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            t = threading.Thread(target=self._answer, args=(conn,), name="fake-engine-conn")
            t.start()
            self.threads.append(t)

    def _answer(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        buffer = b""
        with conn:
            while not self.stop.is_set():
                try:
                    data = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                buffer += data
                while b"\r\n\r\n" in buffer:
                    head, buffer = buffer.split(b"\r\n\r\n", 1)
                    target = head.split(b" ")[1].decode()
                    path = target.split("?")[0]
                    if path == "/_ping":
                        conn.sendall(PING)
                        continue
                    path = "/" + path.split("/", 2)[2]  # without the /v1.xx prefix
                    answer = self.answers.get(path, GOOD.get(path, reply(b"", "404 Not Found")))
                    if answer == HANG:
                        while not self.stop.is_set():
                            self.stop.wait(0.05)
                        return
                    if answer == TRICKLE:  # a byte at a time, never the end: only a deadline helps
                        try:
                            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n")
                            while not self.stop.wait(0.02):
                                conn.sendall(b" ")
                        except OSError:
                            pass
                        return
                    closing = isinstance(answer, tuple)
                    try:
                        conn.sendall(answer[0] if closing else answer)
                    except OSError:
                        return
                    if closing:
                        return

    def close(self) -> None:
        self.stop.set()
        self.server.close()
        self.thread.join(5)
        for t in self.threads:
            t.join(5)
