"""The swarm's table models: services, the tasks of one service, nodes, a service's volume copies.

Keyed like the containers and volumes models (``KeyedTableModel``), so a refresh diff-applies:
the selection and the scroll position survive every update. Every text comes from
``engine/present/services.py``.
"""

from __future__ import annotations

from volgui.engine.present import services as text
from volgui.engine.swarm.objects import Node, Service, Task
from volgui.models.base import DECORATION, FONT, FOREGROUND, TOOLTIP, KeyedTableModel, bold_font, dot_icon
from volgui.models.objects import TONES
from volgui.operations.services import VolumeInstance


class ServiceTableModel(KeyedTableModel):
    """Services; sorted by name they stay grouped by stack (``com.docker.stack.namespace``)."""

    NAME, STACK, REPLICAS, IMAGE, PORTS, MOUNTS, UPDATE = range(7)
    COLUMNS = ("name", "stack", "replicas", "image", "ports", "mounts", "update")

    def key(self, obj: Service) -> str:
        return obj.id

    def headers(self):
        return (self.tr("Service"), self.tr("Stack"), self.tr("Mode · running/desired"), self.tr("Image"),
                self.tr("Published ports"), self.tr("Volumes and mounts"), self.tr("Update"))

    def values(self, s: Service) -> tuple:
        return (s.name, s.stack, text.replicas(s), s.image, s.ports, s.mounts, text.update(s))

    def display(self, s: Service, column: int) -> str:
        if column == self.NAME:
            return s.name
        if column == self.STACK:
            return text.stack(s)
        if column == self.REPLICAS:
            return text.replicas(s)
        if column == self.IMAGE:
            return s.image
        if column == self.PORTS:
            return text.ports(s.ports)
        if column == self.MOUNTS:
            return text.service_mounts(s) or self.tr("no volumes")
        if column == self.UPDATE:
            return text.update(s)
        return ""

    def sort_value(self, s: Service, column: int):
        if column in (self.NAME, self.STACK):  # a stack's services together, services without one last
            return f"{'1' if not s.stack else '0'}{s.stack.lower()}\x00{s.name.lower()}"
        return super().sort_value(s, column)

    def haystack(self, s: Service) -> str:
        return "\n".join([s.name, s.image, s.short_id, s.stack, *s.volume_names,
                          *(f"{k}={v}" for k, v in s.labels)]).lower()

    def extra_data(self, s: Service, column: int, role: int):
        if role == DECORATION and column == self.REPLICAS:
            tone = text.replicas_tone(s)
            return dot_icon(TONES[tone], hollow=tone == "idle")
        if role == FONT and column == self.MOUNTS and s.id in self._related:
            return bold_font()
        if role == TOOLTIP:
            if column == self.NAME:
                related = self._related.get(s.id)
                lines = [f"<b>{s.name}</b>", self.tr("ID: {0}").format(s.short_id)]
                if related:
                    lines.append(self.tr("Mounts the selected volume: {0}").format(related))
                return "<br>".join(lines)
            if column == self.UPDATE and s.update_message:
                return s.update_message
        return None


class TaskTableModel(KeyedTableModel):
    """The tasks of the service shown (``service_name``), with the node each runs on."""

    NAME, STATE, NODE, DESIRED, ERROR, CONTAINER, UPDATED = range(7)
    COLUMNS = ("name", "state", "node", "desired", "error", "container", "updated")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.service_name = ""
        self.node_names: dict[str, str] = {}

    def key(self, obj: Task) -> str:
        return obj.id

    def headers(self):
        return (self.tr("Task"), self.tr("State"), self.tr("Node"), self.tr("Desired"), self.tr("Error"),
                self.tr("Container"), self.tr("Since"))

    def values(self, t: Task) -> tuple:
        return (t.slot, t.state, self.node_names.get(t.node_id, t.node_id), t.desired_state, t.error,
                t.container_id, t.timestamp)

    def display(self, t: Task, column: int) -> str:
        if column == self.NAME:
            return f"{text.task_name(self.service_name, t)} ({t.short_id})"
        if column == self.STATE:
            return text.task_state(t)
        if column == self.NODE:
            return self.node_names.get(t.node_id) or t.node_id[:12] or self.tr("(not assigned)")
        if column == self.DESIRED:
            return t.desired_state
        if column == self.ERROR:
            return t.error or t.message
        if column == self.CONTAINER:
            return t.container_id[:12]
        if column == self.UPDATED:
            return t.timestamp[:19].replace("T", " ")
        return ""

    def sort_value(self, t: Task, column: int):
        if column == self.NAME:  # by slot, the newest first within it
            return f"{t.slot or 0:08d}{'0' if t.desired_state == 'running' else '1'}{t.timestamp}"
        return super().sort_value(t, column)

    def haystack(self, t: Task) -> str:
        return "\n".join([t.id, t.state, t.node_id, self.node_names.get(t.node_id, ""), t.error]).lower()

    def extra_data(self, t: Task, column: int, role: int):
        if role == DECORATION and column == self.STATE:
            tone = text.task_tone(t)
            return dot_icon(TONES[tone], hollow=tone == "idle")
        if role == FOREGROUND and column in (self.STATE, self.ERROR) and text.task_tone(t) == "bad":
            return TONES["bad"]
        return None


class NodeTableModel(KeyedTableModel):
    HOSTNAME, ROLE, AVAILABILITY, STATE, ENGINE, ADDRESS = range(6)
    COLUMNS = ("hostname", "role", "availability", "state", "engine", "address")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.this_node = ""  # the node of the engine volgui is connected to

    def key(self, obj: Node) -> str:
        return obj.id

    def headers(self):
        return (self.tr("Node"), self.tr("Role"), self.tr("Availability"), self.tr("State"),
                self.tr("Engine"), self.tr("Address"))

    def values(self, n: Node) -> tuple:
        return (n.hostname, text.node_role(n), n.availability, n.state, n.engine_version, n.address,
                n.id == self.this_node)

    def display(self, n: Node, column: int) -> str:
        if column == self.HOSTNAME:
            return f"{n.name} {self.tr('(this engine)')}" if n.id == self.this_node else n.name
        return str(self.values(n)[column])

    def haystack(self, n: Node) -> str:
        return "\n".join([n.hostname, n.id, n.role, n.availability, n.state, n.engine_version]).lower()

    def extra_data(self, n: Node, column: int, role: int):
        if role == DECORATION and column == self.STATE:
            tone = "good" if n.state == "ready" else "bad"
            return dot_icon(TONES[tone])
        if role == FONT and column == self.HOSTNAME and n.id == self.this_node:
            return bold_font()
        return None


class VolumeInstanceModel(KeyedTableModel):
    """Per node, whether each volume of the service shown exists there."""

    VOLUME, NODE, STATE, DETAIL = range(4)
    COLUMNS = ("volume", "node", "state", "detail")

    def key(self, obj: VolumeInstance) -> str:
        return f"{obj.volume}@{obj.node_id}"

    def headers(self):
        return (self.tr("Volume"), self.tr("Node"), self.tr("Here"), self.tr("Detail"))

    def values(self, v: VolumeInstance) -> tuple:
        return (v.volume, v.node, v.state, v.detail)

    def display(self, v: VolumeInstance, column: int) -> str:
        if column == self.STATE:
            return {"present": self.tr("exists"), "absent": self.tr("not created yet"),
                    "unknown": self.tr("other node")}.get(v.state, v.state)
        return str(self.values(v)[column])

    def haystack(self, v: VolumeInstance) -> str:
        return f"{v.volume}\n{v.node}\n{v.state}".lower()
