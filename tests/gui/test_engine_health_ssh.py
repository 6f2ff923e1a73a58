"""The heartbeat over ssh://: an engine reached through sshd is shown connected, then "not
answering" while the ssh server hangs (every sshd process of the test's own server stopped with
SIGSTOP: connections stay open and nothing answers, as over a dead network), then connected
again, with a resync, once it goes on (SIGCONT)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot

from remote_engines import start_sshd
from volgui.workers.session import EngineSession

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def signal_all(pids: list[int], sig: int) -> None:
    for p in pids:
        try:
            os.kill(p, sig)
        except ProcessLookupError:
            pass


class Resyncs(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    @Slot()
    def bump(self) -> None:
        self.count += 1


def test_heartbeat_over_ssh_reports_a_hung_server_and_its_return(qtbot, engine_host):
    server = start_sshd(engine_host, Path(os.environ["HOME"]))
    session = EngineSession(host=f"ssh://root@127.0.0.1:{server.port}", timeout=20)
    resyncs = Resyncs()
    session.resync_needed.connect(resyncs.bump)
    stopped: list[int] = []
    try:
        session.start()
        qtbot.waitUntil(lambda: session.state.connected, timeout=30000)
        qtbot.waitUntil(lambda: session.state.latency is not None, timeout=15000)  # a ping answered
        assert session.state.health in ("connected", "slow")

        stopped = descendants(server.proc.pid)
        signal_all(stopped, signal.SIGSTOP)
        qtbot.waitUntil(lambda: session.state.phase == "not_answering", timeout=10000)
        assert session.state.since is not None
        assert session.state.health == "not answering"
        before = resyncs.count

        signal_all(stopped, signal.SIGCONT)
        stopped = []
        qtbot.waitUntil(lambda: session.state.connected, timeout=30000)
        qtbot.waitUntil(lambda: resyncs.count > before, timeout=10000)
    finally:
        signal_all(stopped, signal.SIGCONT)
        session.shutdown()
        server.stop()
