"""A service's mounts edited as its spec (``TaskTemplate.ContainerSpec.Mounts``), no Qt.

The orchestrator re-creates the tasks itself (a rolling update), so changing a mount is only a new
mount list: the entries volgui does not touch are handed back as the engine gave them, with every
field it may hold (volume options, bind propagation, tmpfs size…).
"""

from __future__ import annotations

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import MountSpec, Target, check_destination, normalize
from volgui.engine.errors import EngineError
from volgui.engine.swarm.objects import ServiceMount, parse_mount


def targets(mounts: tuple[ServiceMount, ...] | list[ServiceMount]) -> list[Target]:
    """What is mounted where in a service's tasks, as the container checks know it."""
    return [Target(normalize(m.target), m.type, m.source, m.read_only, "service") for m in mounts if m.target]


def spec_mounts(spec: dict) -> list[dict]:
    """The raw mount entries of an inspected service's ``Spec`` (a copy; [] when it has none)."""
    template = spec.get("TaskTemplate") if isinstance(spec, dict) else None
    container = template.get("ContainerSpec") if isinstance(template, dict) else None
    mounts = container.get("Mounts") if isinstance(container, dict) else None
    return [dict(m) for m in mounts if isinstance(m, dict)] if isinstance(mounts, list) else []


def _parsed(raw: list[dict]) -> list[ServiceMount]:
    return [parse_mount(m) for m in raw]


def with_mount_added(raw: list[dict], mount: MountSpec) -> list[dict]:
    """``raw`` plus ``mount``; refuses a target already in use (the engine would refuse the task)."""
    problem = check_destination(mount.target, targets(_parsed(raw)))
    if problem:
        raise EngineError(problem)
    return [*raw, MountSpec(mount.type, mount.source, normalize(mount.target), mount.read_only).as_api()]


def without_mount(raw: list[dict], target: str) -> list[dict]:
    """``raw`` without the mount at ``target``; an error when nothing is mounted there."""
    norm = normalize(target)
    kept = [m for m in raw if normalize(str(m.get("Target") or "")) != norm]
    if len(kept) == len(raw):
        raise EngineError(ContainerErrors.tr("The service mounts nothing at {0}.").format(norm))
    return kept


def with_mount_replaced(raw: list[dict], target: str, mount: MountSpec) -> list[dict]:
    """The mount at ``target`` swapped for ``mount`` (which may use the same target)."""
    return with_mount_added(without_mount(raw, target), mount)
