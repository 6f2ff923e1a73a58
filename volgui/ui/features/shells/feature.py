"""Container ▸ "Debug shell" and Volume ▸ "Open a shell in this volume": a helper container made
on the request worker, then the terminal tab on it; closing the tab removes the helper.

The helpers are labelled like every helper, so one left by a crash or by quitting while the
engine did not answer is removed by the leftover sweep at the next start.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from volgui.engine.client import Engine
from volgui.engine.present import commands
from volgui.engine.volumes.helpers import TOOLS_IMAGE
from volgui.operations import shells as ops
from volgui.ui.window.context import WindowContext, engine_session
from volgui.workers import registry
from volgui.workers.terminal import TerminalStream


class ShellsFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        window = ctx.window
        self.debug_action = QAction(self.tr("&Debug shell (even without a shell in the image)"), window)
        self.debug_action.setObjectName("debugShellAction")
        self.debug_action.setToolTip(self.tr(
            "A shell in a helper container that shares this container's processes, network and "
            "volumes; its files are at /proc/1/root. For a stopped container: a shell in a copy."))
        self.debug_action.triggered.connect(self.debug_selected)
        self.volume_action = QAction(self.tr("Open a &shell in this volume (read-only)"), window)
        self.volume_action.setObjectName("volumeShellAction")
        self.volume_action.setToolTip(self.tr("A helper container with the volume at /volume, "
                                              "read-only: look around without changing anything"))
        self.volume_action.triggered.connect(lambda: self.volume_selected(read_only=True))
        self.volume_rw_action = QAction(self.tr("Open a shell in this volume (read-&write)"), window)
        self.volume_rw_action.setObjectName("volumeShellWritableAction")
        self.volume_rw_action.setToolTip(self.tr("A helper container with the volume at /volume; "
                                                 "what you change there is changed in the volume"))
        self.volume_rw_action.triggered.connect(lambda: self.volume_selected(read_only=False))
        ctx.containers_view.context_actions.append(self.debug_action)
        ctx.volumes_view.context_actions.extend([self.volume_action, self.volume_rw_action])
        if ctx.features.actions_controller is not None:
            ctx.features.actions_controller.container_menu.addAction(self.debug_action)
        self.open_shells: dict[str, ops.ShellHelper] = {}  # helper id → its shell, while its tab is open
        self._specs: dict[str, object] = {}  # helper id → the engine it runs on
        self.last_error = ""
        ctx.selection.containers_selected.connect(self._update_actions)
        ctx.selection.volumes_selected.connect(self._update_actions)
        ctx.session.state_changed.connect(self._update_actions)
        ctx.closing.connect(self.remove_all)  # after the terminal feature has ended its streams
        self._update_actions()

    @Slot()
    def _update_actions(self, *_args) -> None:
        connected = self.ctx.session.state.connected
        self.debug_action.setEnabled(connected and len(self.ctx.selection.selected_containers()) == 1)
        one_volume = len(self.ctx.selection.selected_volumes()) == 1
        self.volume_action.setEnabled(connected and one_volume)
        self.volume_rw_action.setEnabled(connected and one_volume)

    @Slot()
    def debug_selected(self) -> None:
        containers = self.ctx.selection.selected_containers()
        if len(containers) != 1:
            return
        container = containers[0]
        request = self.ctx.session.submit(
            ops.open_debug_shell, container.id, label=self.tr("Open a debug shell in %s") % container.name,
            command=(commands.debug_shell(container.name, TOOLS_IMAGE) if container.running else
                     commands.debug_shell_in_copy(container.name, "volgui-debug:COPY")))
        request.succeeded.connect(self._open_tab)
        request.failed.connect(self._on_failed)

    def volume_selected(self, read_only: bool) -> None:
        volumes = self.ctx.selection.selected_volumes()
        if len(volumes) != 1:
            return
        name = volumes[0].name
        request = self.ctx.session.submit(
            ops.open_volume_shell, name, read_only, label=self.tr("Open a shell in volume %s") % name,
            command=commands.volume_shell(name, TOOLS_IMAGE, read_only))
        request.succeeded.connect(self._open_tab)
        request.failed.connect(self._on_failed)

    @Slot(object)
    def _open_tab(self, shell: ops.ShellHelper) -> None:
        terminals = self.ctx.features.terminal_feature
        if terminals is None:  # pragma: no cover - the terminal feature is installed before this one
            return
        self.open_shells[shell.helper_id] = shell
        self._specs[shell.helper_id] = engine_session(self.ctx.session).spec
        tab = terminals.open(shell.helper_id, list(shell.command), name=shell.title, what="sh")
        tab.shown_command = shell.docker_command
        tab.state_changed.connect(lambda state, hid=shell.helper_id: self._on_tab_state(hid, state))

    def _on_tab_state(self, helper_id: str, state: str) -> None:
        if state != "closed" or helper_id not in self.open_shells:
            return
        # The closed tab's stream ends its shell in the helper for a moment more: removing the
        # helper under that exec could hang it (Engine 20.10). Remove it once the stream is done.
        streams = [t for t in registry.kept_threads()
                   if isinstance(t, TerminalStream) and t.container_id == helper_id and t.isRunning()]
        if streams:
            QTimer.singleShot(100, self, lambda: self._on_tab_state(helper_id, "closed"))
            return
        shell = self.open_shells.pop(helper_id)
        self._specs.pop(helper_id, None)
        try:
            self.ctx.session.submit(ops.close_shell, shell, label=self.tr("Remove the shell helper"))
        except Exception:
            pass  # not connected: the leftover sweep removes it at the next start

    @Slot()
    def remove_all(self) -> None:
        """The window closes (its terminals have ended): remove the helpers still open, in a thread
        of their own, waiting QUIT_WAIT_S at most — the request worker is shutting down with the
        session. One that takes longer is removed by the leftover sweep at the next start."""
        pending = [(self._specs.get(hid), shell) for hid, shell in self.open_shells.items()]
        self.open_shells.clear()
        self._specs.clear()
        pending = [(spec, shell) for spec, shell in pending if spec is not None]
        if not pending:
            return
        remover = threading.Thread(target=_remove_helpers, args=(pending,), name="volgui-shell-cleanup")
        remover.start()
        remover.join(QUIT_WAIT_S)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.last_error = getattr(error, "message", str(error))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shell"), self.last_error,
                          QMessageBox.StandardButton.Close, self.ctx.window)
        box.setObjectName("shellFailedBox")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()


QUIT_WAIT_S = 3.0


def _remove_helpers(pending) -> None:
    for spec, shell in pending:
        try:
            engine = Engine.connect(spec)
        except Exception:
            continue  # the sweep at the next start removes it
        try:
            ops.close_shell(engine, shell)
        finally:
            engine.close()


def install(ctx: WindowContext) -> None:
    ctx.features.shells = ShellsFeature(ctx)
