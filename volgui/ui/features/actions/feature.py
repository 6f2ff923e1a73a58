"""The everyday actions: toolbar, menus, right-click menus and keyboard shortcuts.

Containers: inspect, start, stop, restart, pause, unpause, kill, remove. Volumes: inspect, create,
remove, prune. Images: inspect.
Actions are enabled from the selection (``ctx.selection``) and act on the selected objects
they apply to (Start on a mixed selection starts the stopped ones). Anything that can lose data
asks first in a dialog that shows what will happen and the equivalent ``docker`` command; the
work runs on the session's request worker, so the window never freezes, and the activity log
records each command with its result.

``ActionsController.dialog`` is the dialog currently open (tests set its fields and call
``accept()``); ``last_request`` is the last action submitted.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyle, QToolButton

from volgui import operations
from volgui.engine.dto.objects import Container, Volume
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.present import commands
from volgui.engine.volumes.backups import backup_first
from volgui.engine.volumes.transfer import export_command
from volgui.ui.dialogs.create_volume import CreateVolumeDialog
from volgui.ui.dialogs.remove_containers import RemoveContainersDialog
from volgui.ui.dialogs.volumes import ConfirmDialog, PruneDialog, RemoveVolumesDialog
from volgui.ui.views.request_labels import then
from volgui.ui.window.context import WindowContext, engine_session
from volgui.ui.window.icons import dimmed_when_disabled, icon

# Which containers each verb applies to.
APPLIES = {
    "start": lambda c: c.state in ("created", "exited"),
    "stop": lambda c: c.state in ("running", "paused", "restarting"),
    "restart": lambda c: c.state not in ("removing", "dead"),
    "pause": lambda c: c.state == "running",
    "unpause": lambda c: c.state == "paused",
    "kill": lambda c: c.state in ("running", "paused", "restarting"),
    "remove": lambda c: c.state != "removing",
}

VERBS = {
    # verb: (text, tooltip, shortcut, style icon, confirm always)
    "start": (QT_TR_NOOP("&Start"), QT_TR_NOOP("Start the selected containers"),
              "Ctrl+Shift+S", QStyle.StandardPixmap.SP_MediaPlay, False),
    "stop": (QT_TR_NOOP("S&top"), QT_TR_NOOP("Stop the selected containers (they get 10 seconds to finish)"),
             "Ctrl+Shift+X", QStyle.StandardPixmap.SP_MediaStop, False),
    "restart": (QT_TR_NOOP("&Restart"), QT_TR_NOOP("Restart the selected containers"),
                "Ctrl+Shift+R", QStyle.StandardPixmap.SP_BrowserReload, False),
    "pause": (QT_TR_NOOP("&Pause"), QT_TR_NOOP("Freeze the processes of the selected containers"),
              "Ctrl+Shift+Z", QStyle.StandardPixmap.SP_MediaPause, False),
    "unpause": (QT_TR_NOOP("&Unpause"), QT_TR_NOOP("Let the paused containers run again"),
                "Ctrl+Shift+U", QStyle.StandardPixmap.SP_MediaSeekForward, False),
    "kill": (QT_TR_NOOP("&Kill"),
             QT_TR_NOOP("Stop the selected containers at once (SIGKILL), without letting them finish"),
             "Ctrl+Shift+K", QStyle.StandardPixmap.SP_BrowserStop, True),
}


def _icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    try:
        return icon(name)
    except Exception:  # the icon set is optional
        return QApplication.style().standardIcon(fallback)


# What a verb's request and its confirmation are called: "Start web", "Start 2 containers".
LABELS = {
    "start": QT_TR_NOOP("Start {0}"), "stop": QT_TR_NOOP("Stop {0}"), "restart": QT_TR_NOOP("Restart {0}"),
    "pause": QT_TR_NOOP("Pause {0}"), "unpause": QT_TR_NOOP("Unpause {0}"), "kill": QT_TR_NOOP("Kill {0}"),
    "remove": QT_TR_NOOP("Remove {0}"),
}


class ActionsController(QObject):
    """Owns the QActions and the action dialogs of one main window."""

    action_succeeded = Signal(object)  # the request
    action_failed = Signal(object)  # the request

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = ctx.window
        self.session = ctx.session
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        self.last_request = None
        self._pending: set = set()
        self._dialog_action = None
        self._dialog_session = None
        self.container_actions: dict[str, QAction] = {}
        self._build()
        ctx.selection.containers_selected.connect(self._on_selection)
        ctx.selection.volumes_selected.connect(self._on_selection)
        ctx.selection.images_selected.connect(self._on_selection)
        self.session.state_changed.connect(self._on_state)
        self.update_actions()

    # -- building --------------------------------------------------------------------------------
    def _action(self, text: str, tip: str, shortcut: str | QKeySequence | None, icon: QIcon,
                slot, context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(icon, self.tr(text), self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
            tip = f"{self.tr(tip)} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(self.tr(tip))
        action.setStatusTip(self.tr(tip))
        action.triggered.connect(slot)
        return action

    def _build(self) -> None:
        slots = {"start": self.start, "stop": self.stop, "restart": self.restart, "pause": self.pause,
                 "unpause": self.unpause, "kill": self.kill}
        for verb, (text, tip, shortcut, pixmap, _confirm) in VERBS.items():
            glyph = dimmed_when_disabled(QApplication.style().standardIcon(pixmap))
            action = self._action(text, tip, shortcut, glyph, slots[verb])
            action.setObjectName(f"{verb}ContainerAction")
            self.container_actions[verb] = action
        self.remove_containers_action = self._action(
            QT_TR_NOOP("Re&move container…"),
            QT_TR_NOOP("Remove the selected containers (shows what is lost and kept first)"),
            QKeySequence.StandardKey.Delete, _icon("delete", QStyle.StandardPixmap.SP_TrashIcon),
            self._on_remove_containers, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_containers_action.setObjectName("removeContainerAction")
        self.container_actions["remove"] = self.remove_containers_action
        self.create_volume_action = self._action(
            QT_TR_NOOP("&New volume…"), QT_TR_NOOP("Create a volume"), "Ctrl+N",
            _icon("add", QStyle.StandardPixmap.SP_FileDialogNewFolder), self._on_create_volume)
        self.create_volume_action.setObjectName("createVolumeAction")
        self.remove_volumes_action = self._action(
            QT_TR_NOOP("Remove &volume…"), QT_TR_NOOP("Remove the selected volumes and their data"),
            QKeySequence.StandardKey.Delete,
            _icon("delete", QStyle.StandardPixmap.SP_TrashIcon), self._on_remove_volumes,
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_volumes_action.setObjectName("removeVolumeAction")
        self.prune_action = self._action(
            QT_TR_NOOP("&Prune unused volumes…"),
            QT_TR_NOOP("Delete volumes no container uses (lists them first)"), "Ctrl+Shift+P",
            QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton), self._on_prune)
        self.prune_action.setObjectName("pruneVolumesAction")
        self.inspect_actions: dict[str, QAction] = {}
        for kind, view in (("container", self.ctx.containers_view), ("volume", self.ctx.volumes_view),
                           ("image", self.ctx.images_view)):
            action = QAction(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
                             self.tr("&Inspect"), self.window)
            action.setToolTip(self.tr("Show the selected {0}'s details in the Inspect panel").format(kind))
            action.setObjectName(f"inspect{kind.capitalize()}Action")
            action.setData(kind)
            action.triggered.connect(self._on_inspect)
            self.inspect_actions[kind] = action
            view.context_actions.insert(0, action)

        w = self.window
        for action in (*self.container_actions.values(), self.create_volume_action,
                       self.remove_volumes_action, self.prune_action):
            if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                w.addAction(action)
        toolbar = self.ctx.toolbar
        toolbar.addSeparator()
        for verb in ("start", "stop", "restart", "pause", "unpause", "kill", "remove"):
            toolbar.addAction(self.container_actions[verb])
        toolbar.addSeparator()
        for action in (self.create_volume_action, self.remove_volumes_action, self.prune_action):
            toolbar.addAction(action)
        # three trash cans side by side: the two removals and prune say in words which is which
        for action, text in ((self.remove_containers_action, self.tr("Remove container")),
                             (self.remove_volumes_action, self.tr("Remove volume")),
                             (self.prune_action, self.tr("Prune"))):
            action.setIconText(text)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menubar = w.menuBar()
        menu = menubar.addMenu(self.tr("&Container"))
        menu.addAction(self.inspect_actions["container"])
        menu.addSeparator()
        for verb in ("start", "stop", "restart", "pause", "unpause", "kill"):
            menu.addAction(self.container_actions[verb])
        menu.addSeparator()
        menu.addAction(self.remove_containers_action)
        vmenu = menubar.addMenu(self.tr("Vo&lume"))
        vmenu.addAction(self.inspect_actions["volume"])
        vmenu.addSeparator()
        for action in (self.create_volume_action, self.remove_volumes_action, self.prune_action):
            vmenu.addAction(action)
        self.container_menu, self.volume_menu = menu, vmenu

        cview = self.ctx.containers_view
        cview.addAction(self.remove_containers_action)  # Delete while the view has focus
        cview.context_actions.extend(self.container_actions[v] for v in
                                     ("start", "stop", "restart", "pause", "unpause", "kill", "remove"))
        vview = self.ctx.volumes_view
        vview.addAction(self.remove_volumes_action)
        vview.context_actions.extend([self.create_volume_action, self.remove_volumes_action,
                                      self.prune_action])
        vview.empty_action = self.create_volume_action

    # -- selection and state -----------------------------------------------------------------------
    def selected_containers(self) -> list[Container]:
        return list(self.ctx.selection.selected_containers())

    def selected_volumes(self) -> list[Volume]:
        return list(self.ctx.selection.selected_volumes())

    def targets(self, verb: str) -> list[Container]:
        return [c for c in self.selected_containers() if APPLIES[verb](c)]

    @Slot(list)
    def _on_selection(self, _objects) -> None:
        self.update_actions()

    @Slot(object)
    def _on_state(self, _state) -> None:
        self.update_actions()

    def update_actions(self) -> None:
        connected = self.session.state.connected
        for verb, action in self.container_actions.items():
            action.setEnabled(connected and bool(self.targets(verb)))
        self.create_volume_action.setEnabled(connected)
        self.prune_action.setEnabled(connected)
        self.remove_volumes_action.setEnabled(connected and bool(self.selected_volumes()))
        inspect_panel = self.ctx.features.inspect_panel
        selected = {"container": self.selected_containers(), "volume": self.selected_volumes(),
                    "image": self.ctx.selection.selected_images()}
        for kind, action in self.inspect_actions.items():
            action.setEnabled(inspect_panel is not None and len(selected[kind]) == 1)

    @Slot()
    def _on_inspect(self) -> None:
        """Show the one selected object of the action's kind in the Inspect panel, and raise it."""
        action = self.sender()
        kind = action.data() if isinstance(action, QAction) else ""
        selection = self.ctx.selection
        selected = {"container": selection.selected_containers, "volume": selection.selected_volumes,
                    "image": selection.selected_images}.get(kind, list)()
        panel = self.ctx.features.inspect_panel
        if panel is None or len(selected) != 1:
            return
        self.ctx.side_tabs.setCurrentWidget(panel)
        selection.point_at(selected[0])

    def _describe(self, names: list[str]) -> str:
        return names[0] if len(names) == 1 else self.tr("%Ln container(s)", "", len(names))

    def _label(self, verb: str, names: list[str]) -> str:
        return self.tr(LABELS[verb]).format(self._describe(names))

    # -- running ----------------------------------------------------------------------------------
    def _engine_session(self):
        """The engine shown now (not the facade): a dialog's action goes to the engine it previewed."""
        return engine_session(self.session)

    def submit(self, fn, *args, label: str, command: str, **kwargs):
        """Run an action on the worker; the activity log hears of it through its command."""
        session = self._dialog_session if self._dialog_session is not None else self._engine_session()
        try:
            request = session.submit(fn, *args, label=label, command=command, **kwargs)
        except EngineError as exc:
            self._show_failure(label, exc.message)
            return None
        self._pending.add(request)
        request.succeeded.connect(self._on_succeeded)
        request.failed.connect(self._on_failed)
        self.last_request = request
        return request

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        request = self._finish(self.sender())
        if isinstance(result, Volume):
            self.ctx.selection.select_volume(result.name)
        text = operations.BatchResult.summary(result) if isinstance(result, operations.BatchResult) else (
            self.tr("Created volume {0}").format(result.name) if isinstance(result, Volume) else "")
        if text:
            self.window.statusBar().showMessage(text, 6000)
        if request is not None:
            self.action_succeeded.emit(request)

    @Slot(object)
    def _on_failed(self, error) -> None:
        request = self._finish(self.sender())
        label = request.label if request is not None else self.tr("Action")
        self._show_failure(label, getattr(error, "message", str(error)))
        if request is not None:
            self.action_failed.emit(request)

    def _finish(self, request):
        if request in self._pending:
            self._pending.discard(request)
            return request
        return None

    def _show_failure(self, label: str, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("{0} failed: {1}").format(label, message), 10000)
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, label, message, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("actionErrorBox")
        box.setInformativeText(self.tr("Nothing else was changed. The Activity tab keeps the details."))
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.error_box = box
        box.show()

    # -- dialogs ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accept) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        self._dialog_action = on_accept
        self._dialog_session = self._engine_session()
        dialog.finished.connect(self._on_dialog_finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if dialog is not self.dialog:
            return
        action, self._dialog_action, self.dialog = self._dialog_action, None, None
        dialog.deleteLater()
        try:
            if result == QDialog.DialogCode.Accepted and action is not None:
                action(dialog.accepted_values())
        finally:
            self._dialog_session = None

    # -- triggered (QAction.triggered passes a bool: keep it away from the methods' arguments) --
    @Slot()
    def _on_remove_containers(self) -> None:
        self.remove_containers()

    @Slot()
    def _on_remove_volumes(self) -> None:
        self.remove_volumes()

    @Slot()
    def _on_create_volume(self) -> None:
        self.create_volume()

    @Slot()
    def _on_prune(self) -> None:
        self.prune()

    # -- container verbs --------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        self.run_verb("start")

    @Slot()
    def stop(self) -> None:
        self.run_verb("stop")

    @Slot()
    def restart(self) -> None:
        self.run_verb("restart")

    @Slot()
    def pause(self) -> None:
        self.run_verb("pause")

    @Slot()
    def unpause(self) -> None:
        self.run_verb("unpause")

    @Slot()
    def kill(self) -> None:
        self.run_verb("kill")

    def run_verb(self, verb: str, containers: list[Container] | None = None):
        """Act on the containers the verb applies to; several, or Kill, ask first."""
        targets = [c for c in (containers if containers is not None else self.selected_containers())
                   if APPLIES[verb](c)]
        if not targets:
            return None
        names = [c.name for c in targets]
        command = commands.container_command(verb, names)
        text = self.tr(VERBS[verb][0]).replace("&", "")
        if len(targets) > 1 or VERBS[verb][4]:
            intro = {
                "kill": self.tr("Kill stops the processes at once, without letting them save their work. "
                                "Prefer Stop unless a container does not react."),
            }.get(verb, self.tr("{0} these containers?").format(text))
            dialog = ConfirmDialog(self._label(verb, names), intro, names, command,
                                   text, self.window, destructive=verb == "kill")
            self._open(dialog, lambda _values, t=targets, v=verb: self._submit_verb(v, t))
            return dialog
        return self._submit_verb(verb, targets)

    def _submit_verb(self, verb: str, targets: list[Container]):
        names = [c.name for c in targets]
        return self.submit(operations.CONTAINER_ACTIONS[verb], targets, label=self._label(verb, names),
                           command=commands.container_command(verb, names), with_progress=True)

    def remove_containers(self, containers: list[Container] | None = None):
        targets = [c for c in (containers if containers is not None else self.selected_containers())
                   if APPLIES["remove"](c)]
        if not targets:
            return None
        dialog = RemoveContainersDialog(targets, self._engine_session().submit, self.window)
        self._open(dialog, lambda values, d=dialog, t=targets: self._submit_remove(d, t, values))
        return dialog

    def _submit_remove(self, dialog: RemoveContainersDialog, targets, values: dict):
        remove_anon = values["remove_anonymous_volumes"]
        command = dialog.preview.command(remove_anon) if dialog.preview is not None else \
            commands.remove_containers([c.name for c in targets], remove_anonymous_volumes=remove_anon)
        return self.submit(operations.remove, targets, remove_anonymous_volumes=remove_anon,
                           label=self._label("remove", [c.name for c in targets]), command=command,
                           with_progress=True)

    # -- volumes ----------------------------------------------------------------------------------
    def create_volume(self):
        existing = set(self.ctx.volume_model.keys())
        dialog = CreateVolumeDialog(existing, parent=self.window, session=self._engine_session())
        self._open(dialog, self._submit_create)
        return dialog

    def _submit_create(self, values: dict):
        command = commands.create_volume(**values)
        return self.submit(operations.create_volume, values["name"], values["driver"], values["labels"],
                           values["options"], label=self.tr("Create volume {0}").format(values["name"]),
                           command=command)

    def remove_volumes(self, names: list[str] | None = None):
        names = names if names is not None else [v.name for v in self.selected_volumes()]
        if not names:
            return None
        dialog = RemoveVolumesDialog(names, self._engine_session().submit, self.window)
        self._open(dialog, self._submit_remove_volumes)
        return dialog

    def _backup_first(self, values: dict, action, *args, label: str, command: str, **kwargs):
        """Back up the volumes, then run the action — as one background job, logged."""
        panel = self.ctx.features.backups_panel
        names = values["names"]
        factory = panel._engine_factory()
        if factory is None:
            self._show_failure(label, self.tr("Not connected: nothing was backed up or deleted."))
            return None
        backup_cmds = " && ".join(export_command(n, panel.folder / f"{n}--DATE.tar") for n in names)
        job = panel._start(factory, backup_first, names, str(panel.folder), action, *args,
                           on_ok=self._after_backup_first, on_failed=self._after_backup_first_failed,
                           label=then(self.tr, QT_TR_NOOP("Back up, then {0}"), label),
                           command=f"{backup_cmds} && {command}",
                           **kwargs)
        return job

    def _after_backup_first_failed(self, error) -> None:
        """The person asked for it from a dialog: tell them there, not only in the Backups tab."""
        if isinstance(error, Cancelled):
            return
        self._show_failure(self.tr("Back up first"), getattr(error, "message", str(error)))

    def _after_snapshot_first_failed(self, error) -> None:
        if not isinstance(error, Cancelled):
            self._show_failure(self.tr("Snapshot first"), getattr(error, "message", str(error)))

    def _after_backup_first(self, result) -> None:
        panel = self.ctx.features.backups_panel
        if panel is not None:
            panel.refresh()
        summary = getattr(result, "summary", None)
        self.window.statusBar().showMessage(summary() if callable(summary) else str(result), 8000)

    def _snapshot_first(self, values: dict, reason: str, action, *args, label: str, command: str, **kwargs):
        """A snapshot of the volumes (and their backup when asked too), then the action: one job."""
        names = values["names"]
        panel = self.ctx.features.backups_panel
        if values.get("backup_first") and panel is not None:
            args = (names, str(panel.folder), action, *args)
            action = backup_first
        return self.ctx.features.snapshots.run_first(
            names, reason, action, *args, label=label, command=command, on_ok=self._after_backup_first,
            on_failed=self._after_snapshot_first_failed, **kwargs)

    def _submit_remove_volumes(self, values: dict):
        names = values["names"]
        if values.get("snapshot_first") and self.ctx.features.snapshots is not None:
            return self._snapshot_first(values, self.tr("before removing it"), operations.remove_volumes,
                                        names, label=self.tr("Remove %Ln volume(s)", "", len(names)),
                                        command=commands.remove_volumes(names))
        if values.get("backup_first") and self.ctx.features.backups_panel is not None:
            return self._backup_first(values, operations.remove_volumes, names,
                                      label=self.tr("Remove %Ln volume(s)", "", len(names)),
                                      command=commands.remove_volumes(names))
        return self.submit(operations.remove_volumes, names,
                           label=self.tr("Remove volume {0}").format(names[0]) if len(names) == 1 else
                           self.tr("Remove %Ln volume(s)", "", len(names)),
                           command=commands.remove_volumes(names), with_progress=True)

    def prune(self):
        session = self._engine_session()
        info = session.state.info
        dialog = PruneDialog(session.submit, self.window, api_version=info.api_version if info else "")
        self._open(dialog, self._submit_prune)
        return dialog

    def _submit_prune(self, values: dict):
        names = values["names"]
        if values.get("snapshot_first") and self.ctx.features.snapshots is not None:
            return self._snapshot_first(values, self.tr("before pruning it"), operations.prune, names,
                                        sizes=values["sizes"],
                                        label=self.tr("Prune %Ln unused volume(s)", "", len(names)),
                                        command=commands.remove_volumes(names))
        if values.get("backup_first") and self.ctx.features.backups_panel is not None:
            return self._backup_first(values, operations.prune, names, sizes=values["sizes"],
                                      label=self.tr("Prune %Ln unused volume(s)", "", len(names)),
                                      command=commands.remove_volumes(names))
        return self.submit(operations.prune, names, sizes=values["sizes"],
                           label=self.tr("Prune %Ln unused volume(s)", "", len(names)),
                           command=commands.remove_volumes(names), with_progress=True)


def install(ctx: WindowContext) -> None:
    ctx.features.actions_controller = ActionsController(ctx)
