"""The heartbeat's ping over a unix socket, against a server that answers well, badly or not at all:
every reply is read within bounds, and an interrupt ends a ping that waits (over TCP too)."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest

from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError
from volgui.engine.health import REPLY_LIMIT, Pinger

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nOK"


class Server:
    """Answers each request on a connection with ``reply`` (None: reads and never answers)."""

    def __init__(self, path: str, reply: bytes | None) -> None:
        self.reply = reply
        self.requests = 0
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(4)
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while conn.recv(4096):
                self.requests += 1
                if self.reply == b"":
                    conn.close()
                    return
                if self.reply is not None:
                    conn.sendall(self.reply)

    def close(self) -> None:
        for s in [self.sock, *self._conns]:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        self._thread.join(2)


@pytest.fixture
def serve(tmp_path):
    servers = []

    def start(reply):
        server = Server(str(tmp_path / f"s{len(servers)}.sock"), reply)
        servers.append(server)
        return server, ConnectionSpec(f"unix://{tmp_path / f's{len(servers) - 1}.sock'}", "test")

    yield start
    for s in servers:
        s.close()


def test_answers_are_timed_and_the_connection_is_kept(serve):
    server, spec = serve(OK)
    pinger = Pinger(spec, timeout=5)
    try:
        assert pinger.ping() >= 0
        assert pinger.ping() >= 0
        assert server.requests == 2 and len(server._conns) == 1  # keep-alive: one connection
    finally:
        pinger.close()


@pytest.mark.parametrize(("case", "reply", "words"), [
    ("status 500", b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n", "HTTP 500"),
    ("not http", b"SSH-2.0-OpenSSH\r\n\r\n", "something else than HTTP"),
    ("endless headers", b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * (REPLY_LIMIT // 4), "something else"),
    ("closed at once", b"", "closed the connection"),
])
def test_bad_replies_fail_with_a_message(serve, hostile, case, reply, words):
    hostile(f"ping reply: {case}")
    _server, spec = serve(reply)
    pinger = Pinger(spec, timeout=1)
    try:
        with pytest.raises(EngineError) as info:
            pinger.ping()
        assert words in info.value.message
    finally:
        pinger.close()


def test_no_reply_times_out_and_an_interrupt_ends_a_waiting_ping(serve):
    _server, spec = serve(None)
    pinger = Pinger(spec, timeout=0.5)
    with pytest.raises(EngineError) as info:
        pinger.ping()
    assert "did not answer in time" in info.value.message

    pinger = Pinger(spec, timeout=60)
    timer = threading.Timer(0.3, pinger.interrupt)
    timer.start()
    try:
        with pytest.raises(EngineError) as info:
            pinger.ping()
        assert "did not answer in time" not in info.value.message  # ended by the interrupt
    finally:
        timer.join()
        pinger.close()


def test_an_interrupt_ends_a_waiting_ping_over_tcp():
    """tcp://, TLS and ssh:// ping through the SDK's client, whose close leaves the connection in use
    open: the interrupt shuts it, so the heartbeat's stop does not wait for the ping's timeout."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = threading.Event()
    held: list[socket.socket] = []

    def hold() -> None:  # reads the ping and never answers
        with contextlib.suppress(OSError):
            conn, _ = server.accept()
            held.append(conn)
            accepted.set()
            conn.recv(4096)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    pinger = Pinger(ConnectionSpec(f"tcp://127.0.0.1:{server.getsockname()[1]}", "test"), timeout=60,
                    api_version="1.41")

    def interrupt_once_connected() -> None:
        accepted.wait(60)
        pinger.interrupt()

    interrupter = threading.Thread(target=interrupt_once_connected)
    interrupter.start()
    try:
        with pytest.raises(EngineError) as info:
            pinger.ping()
        assert accepted.is_set()
        assert "did not answer in time" not in info.value.message  # ended by the interrupt
    finally:
        interrupter.join()
        pinger.close()
        for s in [server, *held]:
            s.close()
        holder.join(5)
