"""A swarm's services, tasks and nodes as frozen dataclasses, parsed from the engine's JSON.

Everything here comes from outside: every string is cut to a length, every list to a count, and a
row that does not parse is skipped (``parse_all``), so one odd object never empties a view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

STACK_LABEL = "com.docker.stack.namespace"
MAX_TEXT = 1024  # characters kept of any one string from the engine
MAX_ITEMS = 256  # mounts, ports or labels kept of one object
MAX_OBJECTS = 20_000  # services, tasks or nodes kept of one listing

T = TypeVar("T")


def text(value, limit: int = MAX_TEXT) -> str:
    """A string from the engine, cut to ``limit`` characters (non-strings become "")."""
    return value[:limit] if isinstance(value, str) else ""


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value[:MAX_ITEMS] if isinstance(value, list) else []


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _id(raw: dict) -> str:
    ident = text(raw["ID"], 64)
    if not ident:
        raise ValueError("an object without an ID")
    return ident


def _labels(value) -> tuple[tuple[str, str], ...]:
    items = list(_dict(value).items())[:MAX_ITEMS]
    return tuple(sorted((text(k), text(v)) for k, v in items))


@dataclass(frozen=True)
class ServiceMount:
    type: str  # volume, bind, tmpfs, npipe, cluster
    source: str
    target: str
    read_only: bool = False

    @property
    def is_volume(self) -> bool:
        return self.type == "volume" and bool(self.source)


@dataclass(frozen=True)
class ServicePort:
    published: int | None
    target: int | None
    protocol: str = "tcp"
    mode: str = "ingress"


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    image: str
    mode: str  # replicated, global, replicated-job, global-job, or what the engine said
    replicas: int | None  # desired replicas of a replicated service
    running: int | None  # running tasks (ServiceStatus), None when the engine did not say
    desired: int | None  # desired tasks (ServiceStatus)
    ports: tuple[ServicePort, ...] = ()
    mounts: tuple[ServiceMount, ...] = ()
    update_state: str = ""  # updating, paused, completed, rollback_started, …; "" never updated
    update_message: str = ""
    labels: tuple[tuple[str, str], ...] = ()
    version: int = 0
    created: str = ""
    tty: bool = False
    force_update: int = 0

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def stack(self) -> str:
        return dict(self.labels).get(STACK_LABEL, "")

    @property
    def volume_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.mounts if m.is_volume))


@dataclass(frozen=True)
class Task:
    id: str
    service_id: str
    slot: int | None
    node_id: str
    state: str  # new, pending, assigned, preparing, starting, running, complete, failed, shutdown…
    desired_state: str
    message: str = ""
    error: str = ""
    container_id: str = ""
    timestamp: str = ""
    mounts: tuple[ServiceMount, ...] = ()

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def name(self) -> str:
        return self.short_id


@dataclass(frozen=True)
class Node:
    id: str
    hostname: str
    role: str  # manager, worker
    availability: str  # active, pause, drain
    state: str  # ready, down, unknown, disconnected
    engine_version: str
    address: str = ""
    leader: bool = False
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def name(self) -> str:
        return self.hostname or self.short_id


@dataclass(frozen=True)
class SwarmSnapshot:
    """What a swarm manager lists; ``manager`` False: the engine is no manager (the lists are empty)."""

    state: str  # the engine's LocalNodeState: inactive, pending, active, error, locked
    manager: bool
    node_id: str = ""
    services: tuple[Service, ...] = ()
    tasks: tuple[Task, ...] = ()
    nodes: tuple[Node, ...] = ()
    skipped: int = 0  # objects that did not parse
    error: str = ""

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def service_tasks(self, service_id: str) -> list[Task]:
        return [t for t in self.tasks if t.service_id == service_id]


def parse_mount(raw) -> ServiceMount:
    raw = _dict(raw)
    return ServiceMount(text(raw.get("Type")) or "volume", text(raw.get("Source")), text(raw.get("Target")),
                        raw.get("ReadOnly") is True)


def _mounts(container_spec: dict) -> tuple[ServiceMount, ...]:
    return tuple(parse_mount(m) for m in _list(container_spec.get("Mounts")) if isinstance(m, dict))


def parse_service(raw: dict) -> Service:
    spec = _dict(raw.get("Spec"))
    template = _dict(spec.get("TaskTemplate"))
    container = _dict(template.get("ContainerSpec"))
    mode_spec = _dict(spec.get("Mode"))
    mode = next(iter(mode_spec), "")
    mode = {"Replicated": "replicated", "Global": "global", "ReplicatedJob": "replicated-job",
            "GlobalJob": "global-job"}.get(mode, text(mode, 40).lower())
    replicas = _int(_dict(mode_spec.get("Replicated")).get("Replicas"))
    status = _dict(raw.get("ServiceStatus"))
    endpoint = _dict(raw.get("Endpoint"))
    ports_raw = _list(endpoint.get("Ports")) or _list(_dict(spec.get("EndpointSpec")).get("Ports"))
    ports = tuple(ServicePort(_int(p.get("PublishedPort")), _int(p.get("TargetPort")),
                              text(p.get("Protocol"), 10) or "tcp",
                              text(p.get("PublishMode"), 10) or "ingress")
                  for p in ports_raw if isinstance(p, dict))
    update = _dict(raw.get("UpdateStatus"))
    image = text(container.get("Image"))
    return Service(
        id=_id(raw), name=text(spec.get("Name")), image=image.split("@sha256:", 1)[0],
        mode=mode, replicas=replicas, running=_int(status.get("RunningTasks")),
        desired=_int(status.get("DesiredTasks")), ports=ports, mounts=_mounts(container),
        update_state=text(update.get("State"), 40), update_message=text(update.get("Message")),
        labels=_labels(spec.get("Labels")), version=_int(_dict(raw.get("Version")).get("Index")) or 0,
        created=text(raw.get("CreatedAt"), 40), tty=container.get("TTY") is True,
        force_update=_int(template.get("ForceUpdate")) or 0)


def parse_task(raw: dict) -> Task:
    status = _dict(raw.get("Status"))
    container = _dict(_dict(raw.get("Spec")).get("ContainerSpec"))
    return Task(
        id=_id(raw), service_id=text(raw.get("ServiceID"), 64), slot=_int(raw.get("Slot")),
        node_id=text(raw.get("NodeID"), 64), state=text(status.get("State"), 40),
        desired_state=text(raw.get("DesiredState"), 40), message=text(status.get("Message")),
        error=text(status.get("Err")),
        container_id=text(_dict(status.get("ContainerStatus")).get("ContainerID"), 64),
        timestamp=text(status.get("Timestamp"), 40), mounts=_mounts(container))


def parse_node(raw: dict) -> Node:
    spec = _dict(raw.get("Spec"))
    description = _dict(raw.get("Description"))
    status = _dict(raw.get("Status"))
    return Node(
        id=_id(raw), hostname=text(description.get("Hostname"), 255),
        role=text(spec.get("Role"), 20), availability=text(spec.get("Availability"), 20),
        state=text(status.get("State"), 20),
        engine_version=text(_dict(description.get("Engine")).get("EngineVersion"), 80),
        address=text(status.get("Addr"), 80), leader=_dict(raw.get("ManagerStatus")).get("Leader") is True,
        labels=_labels(spec.get("Labels")))


def parse_all(raw: object, parse: Callable[[dict], T]) -> tuple[list[T], int]:
    """The objects of a listing that parse, and how many did not (a bad row never stops a view)."""
    items: Iterable = raw[:MAX_OBJECTS] if isinstance(raw, list) else []
    out: list[T] = []
    skipped = 0
    for item in items:
        try:
            out.append(parse(item))
        except (KeyError, TypeError, AttributeError, ValueError):
            skipped += 1
    return out, skipped
