"""An engine reached over plain TCP says so where a person looks: the status bar (text and
tooltip) and the engines list (text and tooltip); a local socket shows no warning."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest
from PySide6.QtCore import Qt

from volgui.app import build_window
from volgui.models.engine_list import KEY_ROLE

pytestmark = pytest.mark.integration
WAIT = 15000


class TcpToUnix:
    """Loopback TCP in front of the private engine's unix socket: a plain-TCP engine for tests."""

    def __init__(self, unix_path: str) -> None:
        self.unix_path = unix_path
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._socks: list[socket.socket] = []
        self._threads[0].start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.unix_path)
            self._socks += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                t = threading.Thread(target=self._pump, args=(a, b), daemon=True)
                t.start()
                self._threads.append(t)

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._stop.set()
        self.server.close()
        self._threads[0].join(timeout=5)  # no connection is accepted after this
        for s in self._socks:
            with contextlib.suppress(OSError):
                s.close()
        for t in self._threads[1:]:
            t.join(timeout=5)


@pytest.fixture
def plain_tcp(engine_host):
    proxy = TcpToUnix(engine_host.removeprefix("unix://"))
    yield f"tcp://127.0.0.1:{proxy.port}"
    proxy.close()


def _open(qtbot, host):
    window = build_window(host=host)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state.connected, timeout=WAIT)
    return window


def test_plain_tcp_engine_is_marked_not_secure(qtbot, plain_tcp):
    window = _open(qtbot, plain_tcp)
    try:
        status = window.status_widget
        qtbot.waitUntil(lambda: status.security.isVisible(), timeout=WAIT)
        assert status.security.text() == "⚠ Not secure"
        assert "Plain TCP, not encrypted" in status.security.toolTip()
        assert "Plain TCP, not encrypted" in status.text.toolTip()
        model = window.context.features.engines_panel.model
        row = next(r for r in range(model.rowCount()) if model.index(r).data(KEY_ROLE) == "cli:host")
        index = model.index(row)
        name_line = index.data(Qt.ItemDataRole.DisplayRole).splitlines()[0]  # the health word is below
        assert name_line.endswith("⚠")
        assert "⚠ Plain TCP, not encrypted" in index.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        window.close()


def test_a_local_socket_shows_no_warning(qtbot, engine_host):
    window = _open(qtbot, engine_host)
    try:
        assert not window.status_widget.security.isVisible()
        assert "⚠" not in window.status_widget.text.toolTip()
    finally:
        window.close()
