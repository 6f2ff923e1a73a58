"""The swarm's lists: services (a drop target for volumes, like the containers list), tasks, nodes,
and a service's volume copies per node."""

from __future__ import annotations

from PySide6.QtCore import Signal

from volgui.engine.swarm.objects import Service
from volgui.models.objects import VOLUME_MIME
from volgui.models.swarm import NodeTableModel, ServiceTableModel, TaskTableModel, VolumeInstanceModel
from volgui.ui.views.objects import ContainersView, DropTree
from volgui.ui.views.table_view import ObjectTree, ObjectView


class ServicesView(ObjectView):
    """Services; accepts a volume dropped onto a row (``volume_dropped(service id, volume)``).

    The drop handling is the containers list's (``DropTree``), over the same four methods."""

    KIND = "services"
    OBJECT_NAME = "servicesView"
    S = ServiceTableModel
    DEFAULT_WIDTHS = (170, 80, 190, 190, 130, 200, 120)  # "Modo · en ejecución/deseadas" fits
    DEFAULT_ORDER = (S.NAME, S.STACK, S.REPLICAS, S.MOUNTS, S.IMAGE, S.PORTS, S.UPDATE)

    volume_dropped = Signal(str, str)  # service id, volume name

    def __init__(self, model: ServiceTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)
        self.drop_hint = ""

    def _make_tree(self) -> ObjectTree:
        return DropTree(self)  # type: ignore[arg-type]  # the same drop methods as ContainersView

    def title_name(self) -> str:
        return self.tr("Services")

    def filter_placeholder(self) -> str:
        return self.tr("Filter services: name, stack, image, volume…")

    def related_menu_label(self) -> str:
        return self.tr("Only services using the selected volumes")

    def related_tooltip(self) -> str:
        return self.tr("Show only the services that mount the volumes selected in the Volumes view")

    def related_empty_text(self) -> str:
        return self.tr("No service mounts the selected volume")

    def empty_texts(self):
        return (self.tr("No services"),
                self.tr("Services are made with docker service create or docker stack deploy."), "")

    # -- drag and drop (DropTree calls these) ----------------------------------------------------
    def drop_payload(self, mime) -> tuple[str, str] | None:
        if mime.hasFormat(VOLUME_MIME):
            name = bytes(mime.data(VOLUME_MIME).data()).decode("utf-8", "replace").strip()
            return ("volume", name) if name else None
        return None

    def drop_refusal(self, service: Service | None, payload: tuple[str, str]) -> str | None:
        if service is None:
            return self.tr("Drop onto a service to mount the volume in its tasks")
        if payload[1] in service.volume_names:
            return self.tr("{0} already mounts {1}").format(service.name, payload[1])
        return None

    show_drop_hint = ContainersView.show_drop_hint  # tooltip and status bar, as over containers

    def deliver_drop(self, service: Service, payload: tuple[str, str]) -> None:
        self.volume_dropped.emit(service.id, payload[1])


class _DetailView(ObjectView):
    """A list under a selected service or of the swarm: no "only related" toggle."""

    def __init__(self, model, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)
        self.related_toggle.hide()
        self.title.hide()  # the tab says it


class TasksView(_DetailView):
    KIND = "tasks"
    OBJECT_NAME = "serviceTasksView"
    DEFAULT_WIDTHS = (190, 150, 120, 80, 220, 110, 150)

    def __init__(self, model: TaskTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)

    def title_name(self) -> str:
        return self.tr("Tasks")

    def empty_texts(self):
        return (self.tr("Select a service"), self.tr("Its tasks, with the node each runs on, show here."),
                "")


class NodesView(_DetailView):
    KIND = "nodes"
    OBJECT_NAME = "swarmNodesView"
    DEFAULT_WIDTHS = (200, 120, 100, 80, 140, 120)

    def __init__(self, model: NodeTableModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)

    def title_name(self) -> str:
        return self.tr("Nodes")


class VolumeInstancesView(_DetailView):
    KIND = "volume copies"
    OBJECT_NAME = "volumeInstancesView"
    DEFAULT_WIDTHS = (170, 150, 110, 300)

    def __init__(self, model: VolumeInstanceModel, settings=None, parent=None) -> None:
        super().__init__(model, settings, parent)

    def title_name(self) -> str:
        return self.tr("Volumes per node")

    def empty_texts(self):
        return (self.tr("Select a service that mounts volumes"),
                self.tr("A local volume exists on each node apart: which nodes hold a copy shows here."),
                "")
