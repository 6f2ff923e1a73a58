"""One terminal tab: a shell (or the main process) of a container, with its state banner.

The tab wires a :class:`TerminalStream` to its :class:`TerminalWidget` (which pulls the output
at its own pace) and shows the session's state; the worker registry keeps the stream's thread.
"""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import QProcess, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volgui.engine.connection import ConnectionSpec
from volgui.engine.streams.events import EngineEvent
from volgui.engine.streams.exec_session import resize_container_tty, resize_exec
from volgui.terminal.emulator import Terminal
from volgui.terminal.widget import TerminalWidget
from volgui.workers import registry
from volgui.workers.engines import ActiveSession
from volgui.workers.session import EngineSession
from volgui.workers.terminal import SessionEnded, SessionStarted, TerminalStream


def wait_for_closing(timeout_ms: int = 3000) -> None:
    """Block until every closed terminal has ended its shell (window close, tests)."""
    registry.wait_for([t for t in registry.kept_threads() if isinstance(t, TerminalStream) and t.stopping],
                      timeout_ms)


def docker_cli_args(spec: ConnectionSpec | None, container_id: str, shell: str = "sh",
                    attach: bool = False) -> list[str]:
    """``docker -H HOST [TLS flags] exec -it ID SHELL`` as an argument list."""
    args = ["docker"]
    if spec is not None:
        args += ["-H", spec.host]
        tls = spec.tls
        if tls is not None:
            if tls.verify:
                args.append("--tlsverify")
            if tls.ca_cert:
                args += ["--tlscacert", tls.ca_cert]
            if tls.client_cert:
                args += ["--tlscert", tls.client_cert]
            if tls.client_key:
                args += ["--tlskey", tls.client_key]
    if attach:
        return [*args, "attach", container_id]
    return [*args, "exec", "-it", container_id, shell]


def system_terminal() -> str | None:
    for candidate in (os.environ.get("TERMINAL"), "x-terminal-emulator", "xterm", "konsole",
                      "gnome-terminal"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def open_in_system_terminal(spec: ConnectionSpec | None, container_id: str, shell: str = "sh") -> str:
    """Start ``docker exec -it`` in the desktop's terminal; returns "" or why it could not."""
    term = system_terminal()
    args = docker_cli_args(spec, container_id, shell)
    if shutil.which("docker") is None:
        return ("The docker command-line client is not installed, so a system terminal cannot run "
                f"`{' '.join(args)}`. Install it (Debian: apt install docker.io or docker-ce-cli), "
                "or use the terminal tab.")
    if term is None:
        return ("No terminal emulator was found (looked at $TERMINAL, x-terminal-emulator, xterm, "
                f"konsole, gnome-terminal). Run this yourself:\n\n{' '.join(args)}")
    sep = "--" if term.endswith("gnome-terminal") else "-e"
    ok, _pid = QProcess.startDetached(term, [sep, *args])
    return "" if ok else f"Could not start {term}. Run this yourself:\n\n{' '.join(args)}"


class TerminalTab(QWidget):
    """A live terminal on a container; ``state`` is opening/running/exited/stopped/failed/closed."""

    title_changed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, session: EngineSession | ActiveSession, container_id: str, name: str = "",
                 command=None, *, attach: bool = False, font_size: float = 0, what: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the engine this terminal belongs to, even when the person switches the active engine
        if isinstance(session, ActiveSession) and session.current is not None:
            session = session.current
        self._session = session
        self.spec = self._session.spec
        self.container_id = container_id
        self.name = name or container_id[:12]
        self.command = command
        self.attach = attach
        self.what = what  # names the tab's command in its title instead of the command line
        self.state = ""
        self.exit_code: int | None = None
        self.shell: str | None = None
        self.exec_id: str | None = None
        self.shell_pid: int | None = None
        self.stream: TerminalStream | None = None

        self.banner = QFrame()
        self.banner.setObjectName("terminalBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(6, 3, 6, 3)
        banner_layout.addWidget(self.message, 1)
        banner_layout.addWidget(self.reopen_button)

        self.font_box = QDoubleSpinBox()
        self.font_box.setAccessibleName(self.tr("Font size"))
        self.font_box.setRange(6, 36)
        self.font_box.setDecimals(0)
        self.font_box.setSuffix(" pt")
        self.font_box.setToolTip(self.tr("Font size"))
        self.system_button = QPushButton(self.tr("Open in system terminal"))
        self.system_button.setToolTip(self.tr("Run docker exec -it in your desktop's terminal emulator"))
        self.system_button.clicked.connect(self._open_system_terminal)
        self.command_label = QLabel()
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long command (a script given to sh -c) must not widen the window: cut, whole in the tooltip
        self.command_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.shown_command = ""  # set by a feature: the command to show instead of the exec's own
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self.command_label, 1)
        bar.addWidget(self.font_box)
        bar.addWidget(self.system_button)

        self.view = TerminalWidget(Terminal(80, 24), font_size)  # pulls the stream's output itself
        self.font_box.setValue(self.view.font_size)
        self.font_box.valueChanged.connect(self._on_font_size)
        self.view.input_ready.connect(self._on_input)
        self.view.size_changed.connect(self._on_size_changed)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(60)
        self._resize_timer.timeout.connect(self._send_size)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._session.event_received.connect(self._on_engine_event)
        self.open()

    # -- life cycle ---------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        what = "attach" if self.attach else (self.shell.rsplit("/", 1)[-1] if self.shell else "shell")
        if self.command and not self.attach:
            what = self.command if isinstance(self.command, str) else " ".join(self.command)
        return f"{self.name} — {self.what or what}"

    def open(self) -> None:
        """Start (or restart) the session."""
        self._stop_stream(hang_up=True)
        if self.spec is None:
            self._set_state("failed", self.tr("Not connected to a Docker engine."))
            return
        screen = self.view.terminal.screen
        stream = TerminalStream(self.spec, self.container_id, self.command, attach=self.attach,
                                columns=screen.columns, lines=screen.lines)
        stream.session_started.connect(self._on_started)
        stream.output_ready.connect(self.view.output_waiting)
        stream.session_ended.connect(self._on_ended)
        stream.failed.connect(self._on_failed)
        stream.pid_known.connect(self._on_pid)
        self.view.source = stream.take
        self.stream = stream
        verb = self.tr("Attaching to") if self.attach else self.tr("Opening a shell in")
        self._set_state("opening", f"{verb} {self.name}…")
        stream.start()
        # a closed tab's stream goes on for a moment (ending its shell) after the tab went away
        registry.keep_until_finished(stream)

    @Slot()
    def reopen(self) -> None:
        if self.state in ("exited", "stopped", "failed"):
            self.view.feed(b"\r\n\x1b[0m")
        self.open()
        self.view.setFocus()

    def close_session(self) -> None:
        """End the shell in the container and the stream (the thread finishes in the background)."""
        self._stop_stream(hang_up=True)
        self._set_state("closed", "")

    def _stop_stream(self, hang_up: bool) -> None:
        stream, self.stream = self.stream, None
        if stream is None:
            return
        self.view.source = None
        for signal in (stream.session_started, stream.output_ready, stream.session_ended, stream.failed,
                       stream.pid_known):
            signal.disconnect()
        if stream.isRunning():
            if hang_up:
                stream.hang_up()
            else:
                stream.stop(0)

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.message.setText(message)
        self.banner.setVisible(bool(message))
        self.reopen_button.setVisible(state in ("exited", "stopped", "failed"))
        self.view.read_only = state != "running"
        self.title_changed.emit(self.title)
        self.state_changed.emit(state)

    # -- stream signals -----------------------------------------------------------------------------
    @Slot(object)
    def _on_started(self, info: SessionStarted) -> None:
        self.shell = info.shell
        self.exec_id = info.exec_id
        command = self.shown_command or info.docker_command
        self.command_label.setText(command)
        self.command_label.setToolTip(self.tr("The equivalent docker command:") + "\n" + command)
        self._set_state("running", "")
        self._send_size()

    @Slot(int)
    def _on_pid(self, pid: int) -> None:
        self.shell_pid = pid

    @Slot(object)
    def _on_ended(self, ended: SessionEnded) -> None:
        self.view.flush()  # the last output first
        self.exit_code = ended.exit_code
        if not ended.container_running:
            code = ended.container_exit_code
            text = self.tr("{name} stopped (exit code {code}).").format(name=self.name, code=code)
            if not self.attach:
                text += " " + self.tr("Start it, then reopen the terminal.")
            self._set_state("stopped", text)
        else:
            who = self.tr("The session") if self.attach else self.tr("The shell")
            text = self.tr("{who} exited with code {code}.").format(who=who, code=ended.exit_code)
            if ended.message:
                text += "\n" + ended.message
            self._set_state("exited", text)

    @Slot(object)
    def _on_engine_event(self, event: EngineEvent) -> None:
        """The container died after the shell's end was reported as a plain exit."""
        if event.type == "container" and event.id == self.container_id and event.action == "die" \
                and self.state == "exited":
            code = dict(event.attributes).get("exitCode", "?")
            self._set_state("stopped", self.tr("{name} stopped (exit code {code}). Start it, then reopen "
                                               "the terminal.").format(name=self.name, code=code))

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._set_state("failed", getattr(error, "message", None) or str(error))

    @Slot(bytes)
    def _on_input(self, data: bytes) -> None:
        if self.stream is not None:
            self.stream.write(data)

    # -- size and font ------------------------------------------------------------------------------
    @Slot(int, int)
    def _on_size_changed(self, columns: int, lines: int) -> None:
        self._resize_timer.start()

    @Slot()
    def _send_size(self) -> None:
        if self.state != "running" or self.stream is None:
            return
        screen = self.view.terminal.screen
        if self.attach:
            req = self._session.submit(resize_container_tty, self.container_id, screen.columns, screen.lines,
                                       label=self.tr("Resize terminal"))
        elif self.exec_id:
            req = self._session.submit(resize_exec, self.exec_id, screen.columns, screen.lines,
                                       label=self.tr("Resize terminal"))
        else:
            return
        req.failed.connect(self._on_resize_failed)

    @Slot(object)
    def _on_resize_failed(self, error) -> None:
        pass  # the session has probably ended; its end is reported by the stream

    @Slot(float)
    def _on_font_size(self, size: float) -> None:
        self.view.set_font_size(size)

    @Slot()
    def _open_system_terminal(self) -> None:
        problem = open_in_system_terminal(self.spec, self.container_id,
                                          self.shell or "sh")
        if problem:
            self.message.setText(problem)
            self.banner.show()
