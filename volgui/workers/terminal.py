"""The stream thread of one terminal: opens the exec (or attach), reads its socket, reports the end.

Output is collected in one bounded buffer: ``output_ready`` fires when it becomes non-empty
(one signal per batch, not per read) and the terminal widget pulls it with ``take(limit)`` at
its own pace. When the GUI falls behind by more than ``MAX_PENDING`` bytes the thread stops
reading, so the engine and the program wait (and Ctrl-C stays quick) instead of memory filling up.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import Signal

from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError
from volgui.engine.streams.exec_session import (
    ExecSession,
    container_state,
    end_shell,
    exec_exit_code,
    failure_text,
)
from volgui.workers.streams import StreamThread

MAX_PENDING = 2 * 1024 * 1024


@dataclass(frozen=True)
class SessionStarted:
    title: str
    shell: str | None
    shell_pid: int | None
    exec_id: str | None
    docker_command: str


@dataclass(frozen=True)
class SessionEnded:
    exit_code: int | None  # of the shell (exec) or of the container (attach)
    container_running: bool
    container_exit_code: int | None
    message: str = ""  # e.g. the engine's in-band error when the command could not start
    closed: bool = False  # ended because the tab closed it


class TerminalStream(StreamThread):
    session_started = Signal(object)  # SessionStarted
    output_ready = Signal()  # the output buffer has become non-empty
    session_ended = Signal(object)  # SessionEnded
    pid_known = Signal(int)

    def __init__(self, spec: ConnectionSpec, container_id: str, command=None, *, attach: bool = False,
                 columns: int = 80, lines: int = 24) -> None:
        super().__init__("volgui-terminal")
        self.spec = spec
        self.container_id = container_id
        self.command = command
        self.attach = attach
        self.size = (columns, lines)
        self.session: ExecSession | None = None
        self._lock = threading.Condition()
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._hangup = False
        self.bytes_read = 0
        self.reads = 0

    # -- GUI side ---------------------------------------------------------------------------------
    def take(self, limit: int | None = None) -> bytes:
        """The output read so far, oldest first; at most about ``limit`` bytes (whole reads) so
        the GUI thread decodes a bounded amount at a time."""
        with self._lock:
            if limit is None or self._pending_bytes <= limit:
                parts = self._pending
                self._pending = []
            else:
                size = n = 0
                while n < len(self._pending) and (n == 0 or size + len(self._pending[n]) <= limit):
                    size += len(self._pending[n])
                    n += 1
                parts = self._pending[:n]
                del self._pending[:n]
            self._pending_bytes -= sum(len(p) for p in parts)
            self._lock.notify_all()
        return b"".join(parts)

    def write(self, data: bytes) -> None:
        session = self.session
        if session is not None:
            session.write(data)

    def hang_up(self) -> None:
        """End the session: close the socket and (exec) end the shell in the container."""
        self._hangup = True
        self.stop(0)

    def interrupt(self) -> None:
        with self._lock:
            self._lock.notify_all()
        session = self.session
        if session is not None:
            if session.attach and self._hangup:
                session.detach()
            session.close()

    # -- thread side ------------------------------------------------------------------------------
    def produce(self) -> None:
        engine = Engine.connect(self.spec)
        try:
            self._run(engine)
        finally:
            engine.close()

    def _run(self, engine: Engine) -> None:
        session = ExecSession(engine, self.container_id, self.command, attach=self.attach)
        if self.stopping:
            return
        session.start(*self.size)
        self.session = session
        if self.stopping:  # closed while starting: learn the PID so the shell can still be ended
            self._read_pid(session)
            session.close()
        self.session_started.emit(SessionStarted(session.title, session.shell, session.shell_pid,
                                                 session.exec_id, session.docker_command))
        head = b""
        pid_reported = False
        while True:
            try:
                data = session.read()
            except OSError:
                data = b""
            if not data:
                break
            if not pid_reported and session.shell_pid:
                pid_reported = True
                self.pid_known.emit(session.shell_pid)
            if len(head) < 4096:
                head += data[:4096]
            self._push(data)
        closed = self.stopping
        session.close()
        if closed and self._hangup and not session.attach:
            try:
                end_shell(engine, self.container_id, session.shell_pid, session.shell)
            except EngineError:
                pass
        if closed:
            return
        code = None
        try:
            if session.exec_id:
                code = exec_exit_code(engine, session.exec_id)
            running, container_code = container_state(engine, self.container_id)
            # killed by a signal: the container may be stopping, and the engine says so a bit later
            deadline = time.monotonic() + 1.0
            while running and (code is None or code >= 128) and time.monotonic() < deadline:
                time.sleep(0.05)
                running, container_code = container_state(engine, self.container_id)
        except EngineError:
            running, container_code = False, None
        message = failure_text(head) if code in (126, 127) else None
        self.session_ended.emit(SessionEnded(code if not session.attach else container_code,
                                             running, container_code, message or ""))

    @staticmethod
    def _read_pid(session: ExecSession) -> None:
        try:
            session._sock.settimeout(2)
            while not session.shell_pid and session.read(4096):
                pass
        except OSError:
            pass

    def _push(self, data: bytes) -> None:
        with self._lock:
            while self._pending_bytes > MAX_PENDING and not self.stopping:
                self._lock.wait(0.1)
            first = not self._pending
            self._pending.append(data)
            self._pending_bytes += len(data)
            self.bytes_read += len(data)
            self.reads += 1
        if first:
            self.output_ready.emit()
