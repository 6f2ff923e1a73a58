"""Interactive sessions in a container: ``docker exec -it`` and ``docker attach``, no Qt.

An :class:`ExecSession` owns one raw socket to the engine. ``start()`` picks a shell,
creates and starts the exec with a TTY, and records the shell's PID (the shell prints it
as a private OSC sequence before ``exec``-ing itself; :meth:`read` strips it). ``read()``
blocks in the caller's thread; ``write()`` may be called from another thread.

The HTTP calls that follow (resize, exit code, ending the shell) are plain functions taking
an :class:`Engine`, so a GUI can run them on its request worker::

    session = ExecSession(engine, container_id)
    session.start(columns=120, lines=40)
    resize_exec(engine, session.exec_id, 120, 40)
    while data := session.read():
        ...
    code = exec_exit_code(engine, session.exec_id)
    end_shell(engine, session.container_id, session.shell_pid, session.shell)

Closing the socket does not end the shell (the API has no kill for an exec): ``end_shell``
sends SIGHUP to the recorded PID from a second exec, then SIGKILL if it is still there.
"""

from __future__ import annotations

import re
import shlex
import socket
import time
from dataclasses import dataclass

from volgui.engine import raw_api
from volgui.engine.client import Engine
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.commands import exec_command

SHELLS = ("/bin/bash", "/usr/bin/bash", "/bin/sh", "/usr/bin/sh", "/bin/ash")
# Docker withholds and swallows its detach sequence (default ctrl-p ctrl-q, which readline uses).
# This one is long and unlikely: ctrl-^ ctrl-_ ctrl-^ ctrl-_ ctrl-^.
DETACH_KEYS = "ctrl-^,ctrl-_,ctrl-^,ctrl-_,ctrl-^"
DETACH_BYTES = b"\x1e\x1f\x1e\x1f\x1e"
PID_PREFIX = b"\x1b]7777;volgui-pid="
_PID_RE = re.compile(rb"\x1b\]7777;volgui-pid=(\d+)\x07")
TERM = "xterm-256color"


class NoShellError(EngineError):
    """The container has no shell (or the command cannot be run)."""


@dataclass(frozen=True)
class ShellChoice:
    shell: str | None  # the shell binary used (also to run ``kill`` later); None: no shell found
    argv: list[str]
    title: str  # what the tab shows: "sh", "bash", or the command


def no_shell_message(container: str, detail: str = "") -> str:
    looked = ", ".join(SHELLS)
    text = ConnectionErrors.tr("{0} has no shell to open: none of {1} exists in it. Minimal images "
                               "(distroless, scratch) often have none. Use Container ▸ Debug shell: a shell "
                               "beside it, with its processes, network and volumes (its files at "
                               "/proc/1/root).").format(container, looked)
    if detail:
        text += "\n\n" + ConnectionErrors.tr("The engine said: {0}").format(detail)
    return text


def _archive_head(engine: Engine, container_id: str, path: str) -> bool | None:
    """True/False: the file exists or not (HEAD /containers/{id}/archive); None: unknown."""
    try:
        res = raw_api.archive_head(engine.api, container_id, path)
    except Exception:
        return None
    if res.status_code == 200:
        return True
    if res.status_code == 404 and "no such container" not in res.text.lower():
        return False
    return None


def find_shell(engine: Engine, container_id: str) -> str | None:
    """The best shell in the container (bash, then sh, then ash), or None when there is none.

    Uses HEAD on the archive endpoint: no process is started, works on stopped containers."""
    unknown = False
    for path in SHELLS:
        found = _archive_head(engine, container_id, path)
        if found:
            return path
        if found is None:
            unknown = True
    return "/bin/sh" if unknown else None  # engine without HEAD support: try sh and see


def choose(engine: Engine, container_id: str, command: list[str] | str | None = None) -> ShellChoice:
    """The argv to run: the best shell, or ``command``, wrapped so the PID is printed first."""
    if isinstance(command, str):
        command = shlex.split(command)
    shell = find_shell(engine, container_id)
    mark = "printf '\\033]7777;volgui-pid=%s\\007' \"$$\""
    if command:
        title = " ".join(command)
        if shell is None:
            return ShellChoice(None, list(command), title)
        return ShellChoice(shell, [shell, "-c", f'{mark}; exec "$@"', "volgui", *command], title)
    if shell is None:
        raise NoShellError(no_shell_message(container_id[:12]))
    name = shell.rsplit("/", 1)[-1]
    return ShellChoice(shell, [shell, "-c", f"{mark}; exec {shell}"], name)


class ExecSession:
    """One interactive exec (or attach) with a TTY over a raw socket."""

    def __init__(self, engine: Engine, container_id: str, command: list[str] | str | None = None, *,
                 attach: bool = False, env: list[str] | None = None) -> None:
        self.engine = engine
        self.container_id = container_id
        self.command = command
        self.attach = attach
        self.env = env or []
        self.exec_id: str | None = None
        self.shell: str | None = None
        self.shell_pid: int | None = None
        self.title = ""
        self._sock = None
        self._result = None
        self._head = b""  # output held back until the PID mark has been seen
        self._pid_done = False
        self._closed = False

    @property
    def docker_command(self) -> str:
        return exec_command(self.engine.spec.host, self.container_id, self.title, self.attach)

    def start(self, columns: int = 80, lines: int = 24) -> None:
        """Blocking: create and start the exec (or attach). Raises EngineError / NoShellError."""
        api = self.engine.api
        if self.attach:
            self._start_attach(columns, lines)
            return
        choice = choose(self.engine, self.container_id, self.command)
        self.shell, self.title = choice.shell, choice.title
        self._pid_done = choice.shell is None
        # no COLUMNS/LINES: busybox lets them override the terminal's real size, so resizes
        # would never show
        env = [f"TERM={TERM}", *self.env]
        try:
            created = api.exec_create(self.container_id, choice.argv, stdin=True, tty=True,
                                      environment=env, detach_keys=DETACH_KEYS)
            self.exec_id = created["Id"]
            result = api.exec_start(self.exec_id, tty=True, socket=True)
        except Exception as exc:
            raise from_docker(exc, host=self.engine.spec.host,
                              action=ConnectionErrors.tr("Opening a terminal"),
                              command=self.docker_command) from exc
        self._take_socket(result)
        try:
            resize_exec(self.engine, self.exec_id, columns, lines)
        except EngineError:
            pass  # the exec may already have ended (a missing command); read() shows why

    def _start_attach(self, columns: int, lines: int) -> None:
        api = self.engine.api
        try:
            info = api.inspect_container(self.container_id)
        except Exception as exc:
            raise from_docker(exc, host=self.engine.spec.host,
                              action=ConnectionErrors.tr("Attaching")) from exc
        cfg = info.get("Config") or {}
        if not (cfg.get("Tty") and cfg.get("OpenStdin")):
            raise EngineError(ConnectionErrors.tr(
                "{0} was not started with -i -t (interactive, with a terminal): its main process has no "
                "terminal to attach to. Open a terminal (exec) instead.").format(
                info.get("Name", "").lstrip("/") or self.container_id[:12]))
        self.title = "attach"
        self._pid_done = True
        try:
            result = api.attach_socket(self.container_id, params={
                "stdin": 1, "stdout": 1, "stderr": 1, "stream": 1, "detachKeys": DETACH_KEYS})
        except Exception as exc:
            raise from_docker(exc, host=self.engine.spec.host, action=ConnectionErrors.tr("Attaching"),
                              command=self.docker_command) from exc
        self._take_socket(result)
        try:
            api.resize(self.container_id, height=lines, width=columns)
        except Exception:
            pass

    def _take_socket(self, result) -> None:
        self._result = result
        self._sock = raw_api.exec_socket(result)
        self._sock.settimeout(None)  # else the client's 60 s timeout ends an idle terminal

    # -- streaming ----------------------------------------------------------------------------
    def read(self, size: int = 262144) -> bytes:
        """The next output (blocking); b"" at the end. The PID mark is removed."""
        while True:
            try:
                data = self._sock.recv(size)
            except OSError:
                if self._closed:
                    return b""
                raise
            if not data:
                out, self._head = self._head, b""
                self._pid_done = True
                return out
            if self._pid_done:
                return data
            self._head += data
            m = _PID_RE.match(self._head)
            if m:
                self.shell_pid = int(m.group(1))
                out, self._head, self._pid_done = self._head[m.end():], b"", True
                if out:
                    return out
                continue
            head = self._head
            if head[: len(PID_PREFIX)] != PID_PREFIX[: len(head)] or len(head) > 64:
                # the wrapper prints the mark first: this is something else (an error, say)
                self._head, self._pid_done = b"", True
                return head

    def write(self, data: bytes) -> None:
        if self._sock is not None and not self._closed:
            try:
                self._sock.sendall(data)
            except OSError:
                pass  # the reader sees the end

    def detach(self) -> None:
        """For an attach session: send the detach keys so the container keeps running."""
        self.write(DETACH_BYTES)

    def close(self) -> None:
        """Close the socket (from any thread); a blocked read() returns b"". Does not end the shell."""
        self._closed = True
        sock = self._sock
        if sock is None:
            return
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except Exception:
            pass
        for obj in (sock, self._result):
            try:
                obj.close()
            except Exception:
                pass


# -- calls for the request worker ----------------------------------------------------------------
def resize_exec(engine: Engine, exec_id: str, columns: int, lines: int) -> None:
    engine.call(ConnectionErrors.tr("Resizing the terminal"), engine.api.exec_resize, exec_id, height=lines,
                width=columns)


def resize_container_tty(engine: Engine, container_id: str, columns: int, lines: int) -> None:
    engine.call(ConnectionErrors.tr("Resizing the terminal"), engine.api.resize, container_id, height=lines,
                width=columns)


def exec_exit_code(engine: Engine, exec_id: str, wait: float = 2.0) -> int | None:
    """The exec's exit code once it has ended (waits up to ``wait`` seconds for it to settle)."""
    deadline = time.monotonic() + wait
    while True:
        info = engine.call(ConnectionErrors.tr("Reading the exit code"), engine.api.exec_inspect, exec_id)
        if not info.get("Running") or time.monotonic() > deadline:
            return info.get("ExitCode")
        time.sleep(0.02)


def container_state(engine: Engine, container_id: str) -> tuple[bool, int | None]:
    """(running, exit code) of a container."""
    info = engine.call(ConnectionErrors.tr("Inspecting the container"), engine.api.inspect_container,
                       container_id)
    state = info.get("State") or {}
    return bool(state.get("Running")), state.get("ExitCode")


def end_shell(engine: Engine, container_id: str, pid: int | None, shell: str | None) -> bool:
    """SIGHUP the shell from a second exec (its foreground job gets SIGHUP from the kernel as
    the terminal's session leader ends), SIGKILL if it is still there half a second later.
    Returns False when there was nothing to do."""
    if not pid or not shell:
        return False
    script = (f"kill -HUP {pid} 2>/dev/null || exit 0; "
              f"for i in 1 2 3 4 5; do kill -0 {pid} 2>/dev/null || exit 0; sleep 0.1; done; "
              f"kill -KILL {pid} 2>/dev/null; exit 0")
    api = engine.api
    try:
        created = api.exec_create(container_id, [shell, "-c", script], stdin=False, tty=False)
        api.exec_start(created["Id"], detach=False)
    except Exception as exc:
        err = from_docker(exc, host=engine.spec.host)
        if err.status in (404, 409):  # container gone or stopped: the shell went with it
            return False
        raise err from exc
    return True


def failure_text(output: bytes) -> str | None:
    """The engine's in-band error when an exec could not start ("OCI runtime exec failed")."""
    text = output.decode(errors="replace")
    for marker in ("OCI runtime exec failed", "executable file not found", "no such file or directory"):
        if marker in text:
            return text.strip()
    return None
