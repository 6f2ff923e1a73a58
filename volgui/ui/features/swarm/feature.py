"""Docker Swarm: the Swarm tab (services, tasks, nodes, volume copies, logs, inspect) and the
service actions, each a ``docker service …`` operation run on the request worker.

A volume dropped onto a service opens the mount dialog; accepted, it becomes
``docker service update --mount-add`` and the orchestrator replaces the tasks. Selecting a
service highlights its volumes in the Volumes view, and selecting volumes highlights the
services that mount them, as between containers and volumes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabBar

from volgui.engine.errors import EngineError
from volgui.engine.present import display
from volgui.engine.present import services as text
from volgui.engine.swarm.objects import Service, SwarmSnapshot
from volgui.models.swarm import NodeTableModel, ServiceTableModel, TaskTableModel, VolumeInstanceModel
from volgui.models.swarm_loader import SwarmLoader
from volgui.operations import services as ops
from volgui.operations.services import ServiceUpdate
from volgui.ui.features.swarm.dialogs import RestartDialog, ScaleDialog, ServiceMountDialog
from volgui.ui.features.swarm.panel import SwarmPanel
from volgui.ui.views.descriptions import describe_tab
from volgui.ui.window.context import WindowContext

LOG_TAIL = 1000
TASKS_TAB, NODES_TAB, VOLUMES_TAB, LOGS_TAB, INSPECT_TAB = range(5)


class SwarmFeature(QObject):
    updated = Signal(object)  # ServiceUpdate, once the engine accepted it
    logs_shown = Signal(int)  # lines shown

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.session = ctx.session
        self.services_model = ServiceTableModel(self)
        self.tasks_model = TaskTableModel(self)
        self.nodes_model = NodeTableModel(self)
        self.instances_model = VolumeInstanceModel(self)
        self.loader = SwarmLoader(ctx.session, self.services_model, self.nodes_model, self)
        self.panel = SwarmPanel(self.services_model, self.tasks_model, self.nodes_model,
                                self.instances_model, ctx.settings)
        self.services_view = self.panel.services_view
        self.dialog = None
        self._requests: dict[str, object] = {}  # one running request per kind (a new one cancels it)
        self.tasks_model.load([])
        self.instances_model.load([])

        tabs = ctx.bottom_tabs
        index = tabs.addTab(self.panel, self.tr("Swarm"))
        describe_tab(tabs, index,
                     self.tr("The services, tasks and nodes of the swarm this engine belongs to"))
        bar = tabs.tabBar()
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            if bar.tabButton(index, side) is not None:  # like the activity log: always there
                bar.setTabButton(index, side, None)
        tabs.currentChanged.connect(self._on_tab_changed)
        self.show_action = QAction(self.tr("S&warm services"), self)
        self.show_action.triggered.connect(self.show)
        ctx.view_menu.addAction(self.show_action)

        self.loader.snapshot_changed.connect(self._on_snapshot)
        self.loader.failed.connect(self._status)
        sm = self.services_view.tree.selectionModel()
        sm.selectionChanged.connect(self._on_services_selected)
        self.services_model.snapshot_applied.connect(self._on_services_selected)
        self.services_view.volume_dropped.connect(self.on_volume_dropped)
        self.services_view.status_message.connect(self._status)
        ctx.selection.volumes_selected.connect(self._on_volumes_selected)
        buttons = self.panel.buttons
        buttons["scale"].clicked.connect(self.scale_selected)
        buttons["restart"].clicked.connect(self.restart_selected)
        buttons["logs"].clicked.connect(self.logs_selected)
        buttons["inspect"].clicked.connect(self.inspect_selected)
        buttons["refresh"].clicked.connect(self.loader.reload)
        self.panel.backup_button.clicked.connect(self.backup_selected_volume)
        self.panel.instances_view.tree.selectionModel().selectionChanged.connect(self._show_backup_place)
        for label, slot in ((self.tr("Scale…"), self.scale_selected),
                            (self.tr("Restart…"), self.restart_selected),
                            (self.tr("Replace a mount…"), self.replace_mount_selected),
                            (self.tr("Remove a mount…"), self.remove_mount_selected),
                            (self.tr("Logs"), self.logs_selected),
                            (self.tr("Inspect"), self.inspect_selected)):
            action = QAction(label, self)
            action.triggered.connect(slot)
            self.services_view.context_actions.append(action)
        ctx.session.state_changed.connect(self._on_session_state)
        ctx.closing.connect(self.shutdown)
        self._show_state(None)
        if ctx.session.state.connected:
            self.loader.reload()

    # -- state ------------------------------------------------------------------------------------
    @Slot()
    def show(self) -> None:
        self.ctx.bottom_tabs.setCurrentWidget(self.panel)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.loader.set_watching(self.ctx.bottom_tabs.currentWidget() is self.panel)

    @Slot(object)
    def _on_session_state(self, state) -> None:
        """Disconnected: the last known rows stay, dimmed and inert (no drop, no action)."""
        connected = state.phase != "disconnected"
        for view in (self.services_view, self.panel.tasks_view, self.panel.nodes_view,
                     self.panel.instances_view):
            view.set_connected(connected)

    @Slot(object)
    def _on_snapshot(self, snapshot: SwarmSnapshot) -> None:
        self._show_state(snapshot)
        self._fill_tasks()

    def _show_state(self, snapshot: SwarmSnapshot | None) -> None:
        if snapshot is None:
            message = self.tr("Asking the engine whether it manages a swarm…")
        elif not snapshot.manager and snapshot.state == "active":
            message = self.tr("This engine is a swarm worker: only a manager lists services, tasks and "
                              "nodes. "
                              "The containers of its tasks and its own copies of their volumes are in the "
                              "Containers and Volumes views; back a volume up here to save this node's copy.")
        elif not snapshot.manager:
            message = self.tr("This engine is not a swarm manager (swarm state: {0}). Services, tasks and "
                              "nodes are listed by a manager: connect to one, or make this engine one with "
                              "docker swarm init.").format(snapshot.state)
        else:
            message = self.tr("Swarm manager: {0}, {1}.").format(
                display.count(len(snapshot.nodes), "node"), display.count(len(snapshot.services), "service"))
            if snapshot.skipped:
                message += " " + self.tr("{0} objects could not be read and are not shown.").format(
                    snapshot.skipped)
        self.panel.state_label.setText(message)

    @Slot(str)
    def _status(self, message: str) -> None:
        self.ctx.window.show_status_message(message)

    def selected_service(self) -> Service | None:
        selected = self.services_view.selected_objects()
        return selected[0] if len(selected) == 1 else None

    # -- selection and links ----------------------------------------------------------------------
    @Slot()
    def _on_services_selected(self, *_args) -> None:
        services = self.services_view.selected_objects()
        self.panel.set_service_actions(len(services) == 1,
                                       len(services) == 1 and services[0].mode == "replicated")
        links: dict[str, str] = {}
        for s in services:
            for m in s.mounts:
                if m.is_volume:
                    where = m.target if len(services) == 1 else f"{s.name}: {m.target}"
                    links[m.source] = f"{links[m.source]}; {where}" if m.source in links else where
        if links != self.ctx.selection.other_volume_links:
            self.ctx.selection.set_other_volume_links(links)
        self._fill_tasks()
        self._ask_instances()

    def _fill_tasks(self) -> None:
        service = self.selected_service()
        snapshot = self.loader.snapshot
        if snapshot is not None:
            self.tasks_model.node_names = {n.id: n.name for n in snapshot.nodes}
        self.tasks_model.service_name = service.name if service else ""
        tasks = snapshot.service_tasks(service.id) if service and snapshot else []
        self.tasks_model.apply(tasks)

    @Slot(list)
    def _on_volumes_selected(self, volumes: list) -> None:
        names = {v.name for v in volumes}
        links = {}
        for s in self.services_model.objects():
            uses = [f"{m.source} → {m.target}" for m in s.mounts if m.is_volume and m.source in names]
            if uses:
                links[s.id] = "; ".join(uses)
        self.services_model.set_related(links)
        self.services_view.set_related_filter(set(links) if volumes else None)

    # -- volume copies and backup -----------------------------------------------------------------
    def _ask_instances(self) -> None:
        service = self.selected_service()
        snapshot = self.loader.snapshot
        if service is None or snapshot is None or not service.volume_names:
            self._cancel("instances")
            self.instances_model.apply([])
            self._show_backup_place()
            return
        self._submit("instances", ops.volume_instances, snapshot, service, ok=self._on_instances,
                     label=self.tr("Volumes of {0} per node").format(service.name))

    @Slot(object)
    def _on_instances(self, instances: list) -> None:
        self.instances_model.apply(instances)
        self._show_backup_place()

    def _backup_volume(self) -> str:
        chosen = self.panel.instances_view.selected_objects()
        if chosen:
            return chosen[0].volume
        service = self.selected_service()
        return service.volume_names[0] if service and service.volume_names else ""

    @Slot()
    def _show_backup_place(self, *_args) -> None:
        service, snapshot, volume = self.selected_service(), self.loader.snapshot, self._backup_volume()
        if service is None or snapshot is None or not volume:
            self.panel.backup_note.setText("")
            self.panel.backup_button.setEnabled(False)
            return
        possible, why = ops.backup_place(snapshot, service, volume)
        self.panel.backup_note.setText(why)
        self.panel.backup_button.setEnabled(possible and self.ctx.features.volume_data is not None)

    @Slot()
    def backup_selected_volume(self) -> None:
        volume = self._backup_volume()
        if volume and self.ctx.features.volume_data is not None:
            self.ctx.features.volume_data.backup(volume)

    # -- actions ----------------------------------------------------------------------------------
    @Slot(str, str)
    def on_volume_dropped(self, service_id: str, volume: str) -> None:
        service = self.services_model.object(service_id)
        if service is None:
            return
        self._open(ServiceMountDialog(service, "add", volume, suggested=ops.suggested_target(service, volume),
                                      volumes=self.ctx.volume_model.keys(), parent=self.ctx.window))

    @Slot()
    def replace_mount_selected(self) -> None:
        self._open_mount_dialog("replace")

    @Slot()
    def remove_mount_selected(self) -> None:
        self._open_mount_dialog("remove")

    def _open_mount_dialog(self, kind: str) -> None:
        service = self.selected_service()
        if service is None or not service.mounts:
            self._status(self.tr("Select one service that mounts something."))
            return
        self._open(ServiceMountDialog(service, kind, volumes=self.ctx.volume_model.keys(),
                                      parent=self.ctx.window))

    @Slot()
    def scale_selected(self) -> None:
        service = self.selected_service()
        if service is not None:
            self._open(ScaleDialog(service, self.ctx.window))

    @Slot()
    def restart_selected(self) -> None:
        service = self.selected_service()
        if service is not None:
            self._open(RestartDialog(service, self.ctx.window))

    def _open(self, dialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.show()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.sender(), None
        if dialog is None:
            return
        service, values, command = dialog.service, dialog.accepted_values(), dialog.command_box.text()
        if isinstance(dialog, ScaleDialog):
            call = (ops.scale, service.id, values["replicas"])
        elif isinstance(dialog, RestartDialog):
            call = (ops.restart, service.id)
        elif values["kind"] == "add":
            call = (ops.add_mount, service.id, values["volume"], values["target"], values["read_only"])
        elif values["kind"] == "replace":
            call = (ops.replace_mount, service.id, values["old_target"], values["volume"], values["target"],
                    values["read_only"])
        else:
            call = (ops.remove_mount, service.id, values["old_target"])
        label = self.tr("{0}: {1}", "an action, then the service it acts on").format(dialog.windowTitle(),
                                                                                   service.name)
        request = self.session.submit(*call, label=label, command=command)
        request.succeeded.connect(self._on_updated)
        request.failed.connect(self._on_failed)
        dialog.deleteLater()

    @Slot(object)
    def _on_updated(self, result: ServiceUpdate) -> None:
        self._status(self.tr("{0}: the orchestrator is updating the tasks ({1})").format(
            result.name, result.command))
        self.loader.reload()
        self.updated.emit(result)

    @Slot(object)
    def _on_failed(self, error: EngineError) -> None:
        self._status(error.message)

    @Slot()
    def logs_selected(self) -> None:
        service = self.selected_service()
        if service is None:
            return
        self.panel.show_tab(LOGS_TAB)
        self.panel.logs_command.set_command(text.logs(service.name, LOG_TAIL))
        self.panel.logs_note.setText(self.tr("Reading the last {0} of {1}…").format(
            self.tr("%Ln line(s)", "", LOG_TAIL), service.name))
        self._submit("logs", ops.service_logs, service, LOG_TAIL, ok=self._on_logs,
                     label=self.tr("Logs of {0}").format(service.name), command=text.logs(service.name,
                                                                                          LOG_TAIL))

    @Slot(object)
    def _on_logs(self, logs) -> None:
        snapshot, service = self.loader.snapshot, self.selected_service()
        tasks = {t.id: t for t in (snapshot.tasks if snapshot else ())}
        nodes = {n.id: n.name for n in (snapshot.nodes if snapshot else ())}
        lines = []
        for line in logs.lines:
            task = tasks.get(line.task_id)
            name = text.task_name(service.name, task) if task and service else "?"
            prefix = f"{name}.{line.task_id[:12]}@{nodes.get(line.node_id, line.node_id[:12])}"
            lines.append((line.stream, line.timestamp, f"{prefix} | {line.text}"))
        self.panel.logs_view.clear()
        self.panel.logs_view.append_lines(lines)
        note = self.tr("{0}, the newest last; each names its task (service.slot.task-id@node).").format(
            self.tr("%Ln line(s)", "", len(lines)))
        if logs.truncated:
            note += " " + self.tr("The answer was cut at its size limit: the newest lines are missing.")
        self.panel.logs_note.setText(note)
        self.logs_shown.emit(len(lines))

    @Slot()
    def inspect_selected(self) -> None:
        service = self.selected_service()
        if service is None:
            return
        self.panel.show_tab(INSPECT_TAB)
        self.panel.inspect_command.set_command(text.inspect(service.name))
        self._submit("inspect", ops.inspect_service, service.id, ok=self._on_inspected,
                     label=self.tr("Inspect {0}").format(service.name), command=text.inspect(service.name))

    @Slot(object)
    def _on_inspected(self, data) -> None:
        self.panel.inspect_view.set_document(data)

    # -- requests ---------------------------------------------------------------------------------
    def _submit(self, kind: str, fn, *args, ok, label: str, command: str = "") -> None:
        self._cancel(kind)
        request = self.session.submit(fn, *args, label=label, command=command)
        request.succeeded.connect(ok)
        request.failed.connect(self._on_failed)
        self._requests[kind] = request

    def _cancel(self, kind: str) -> None:
        request = self._requests.pop(kind, None)
        if request is not None and not request.done:
            request.cancel()

    @Slot()
    def shutdown(self) -> None:
        for kind in list(self._requests):
            self._cancel(kind)
        self.loader.shutdown()
        if self.dialog is not None:
            self.dialog.close()


def install(ctx: WindowContext) -> None:
    ctx.features.swarm = SwarmFeature(ctx)
