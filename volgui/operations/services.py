"""Swarm services: one small function per user operation, run on the request worker (no Qt).

A mount, a scale or a restart is a service update: volgui sends the changed spec with the
version it read, the orchestrator replaces the tasks (a rolling update, by the service's own
update policy). volgui never re-creates a task's container itself: the next reconciliation
would undo it. An update made by someone else in between fails with the engine's "update out of
sequence" instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.containers.mounts import MountSpec, suggest_destination
from volgui.engine.errors import EngineError
from volgui.engine.present import services as text
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP
from volgui.engine.swarm import mounts
from volgui.engine.swarm.listing import swarm_snapshot
from volgui.engine.swarm.logs import ServiceLogs, read_service_logs
from volgui.engine.swarm.objects import Service, SwarmSnapshot

__all__ = ["ServiceUpdate", "VolumeInstance", "add_mount", "backup_place", "inspect_service",
           "remove_mount", "replace_mount", "restart", "scale", "service_logs", "suggested_target",
           "swarm_snapshot", "volume_instances"]


@dataclass(frozen=True)
class ServiceUpdate:
    service_id: str
    name: str
    command: str
    version: int  # the spec version the update was made from
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class VolumeInstance:
    """One node's copy of a service's volume (a local volume exists per node, apart)."""

    volume: str
    node_id: str
    node: str  # hostname
    state: str  # present, absent, unknown (another node's engine: not reachable from here)
    here: bool  # the node of the engine volgui is connected to
    detail: str = ""


def _update(engine, service_id: str, label: str, command_of: Callable[[str], str],
            change: Callable[[dict], dict]) -> ServiceUpdate:
    """Read the service, let ``change(spec)`` return the update's keyword arguments, send them
    (``label``: what the update does, "{0}" the service, shown through ContainerErrors.tr)."""
    raw = engine.call(ContainerErrors.tr("Inspecting service {0}").format(service_id),
                      engine.api.inspect_service, service_id)
    spec = raw.get("Spec") or {}
    name = str(spec.get("Name") or service_id)
    command = command_of(name)
    version = int((raw.get("Version") or {}).get("Index") or 0)
    kwargs = change(spec)
    answer = engine.call(ContainerErrors.tr(label).format(name), engine.api.update_service, raw["ID"],
                         version, fetch_current_spec=True, command=command, **kwargs)
    warnings = tuple(str(w) for w in ((answer or {}).get("Warnings") or ())[:20])
    return ServiceUpdate(raw["ID"], name, command, version, warnings)


def _mounts_change(new_mounts: Callable[[list[dict]], list[dict]]):
    def change(spec: dict) -> dict:
        return {"task_template": {"ContainerSpec": {"Mounts": new_mounts(mounts.spec_mounts(spec))}}}
    return change


def add_mount(engine, service_id: str, volume: str, target: str, read_only: bool = False) -> ServiceUpdate:
    """``docker service update --mount-add type=volume,source=…,target=…``."""
    mount = MountSpec("volume", volume, target, read_only)
    return _update(engine, service_id, QT_TRANSLATE_NOOP("ContainerErrors", "Adding a mount to {0}"),
                   lambda name: text.mount_add(name, mount.as_flag()),
                   _mounts_change(lambda raw: mounts.with_mount_added(raw, mount)))


def remove_mount(engine, service_id: str, target: str) -> ServiceUpdate:
    """``docker service update --mount-rm TARGET``."""
    return _update(engine, service_id, QT_TRANSLATE_NOOP("ContainerErrors", "Removing a mount from {0}"),
                   lambda name: text.mount_rm(name, target),
                   _mounts_change(lambda raw: mounts.without_mount(raw, target)))


def replace_mount(engine, service_id: str, target: str, volume: str, new_target: str,
                  read_only: bool = False) -> ServiceUpdate:
    """The mount at ``target`` becomes ``volume`` at ``new_target``, in one rolling update."""
    mount = MountSpec("volume", volume, new_target, read_only)
    return _update(engine, service_id, QT_TRANSLATE_NOOP("ContainerErrors", "Replacing a mount of {0}"),
                   lambda name: text.mount_replace(name, target, mount.as_flag()),
                   _mounts_change(lambda raw: mounts.with_mount_replaced(raw, target, mount)))


def scale(engine, service_id: str, replicas: int) -> ServiceUpdate:
    """``docker service scale NAME=N`` (replicated services only)."""
    if not 0 <= int(replicas) <= 10_000:
        raise EngineError(ContainerErrors.tr("Give a number of replicas from 0 to 10000."))

    def change(spec: dict) -> dict:
        if "Replicated" not in (spec.get("Mode") or {}):
            raise EngineError(ContainerErrors.tr(
                "{0} is not a replicated service (it runs one task per node, or is a job): it cannot be "
                "scaled.").format(spec.get("Name")))
        return {"mode": {"Replicated": {"Replicas": int(replicas)}}}

    return _update(engine, service_id, QT_TRANSLATE_NOOP("ContainerErrors", "Scaling {0}"),
                   lambda name: text.scale(name, replicas), change)


def restart(engine, service_id: str) -> ServiceUpdate:
    """``docker service update --force``: every task is replaced, by the update policy."""
    def change(spec: dict) -> dict:
        force = int((spec.get("TaskTemplate") or {}).get("ForceUpdate") or 0)
        return {"task_template": {"ForceUpdate": force + 1}}

    return _update(engine, service_id, QT_TRANSLATE_NOOP("ContainerErrors", "Restarting {0}"), text.restart,
                   change)


def service_logs(engine, service: Service, tail: int = 1000) -> ServiceLogs:
    """The last ``tail`` lines of all the service's tasks (``docker service logs``)."""
    return read_service_logs(engine, service.id, tail=tail, tty=service.tty)


def inspect_service(engine, service_id: str) -> dict:
    """``docker service inspect`` as the engine answers it."""
    return engine.call(ContainerErrors.tr("Inspecting service {0}").format(service_id),
                       engine.api.inspect_service, service_id, command=text.inspect(service_id))


def suggested_target(service: Service, volume: str) -> str:
    """Where to mount ``volume`` in the service's tasks: /data, /data2… whichever is free."""
    return suggest_destination(None, mounts.targets(service.mounts))


def volume_instances(engine, snapshot: SwarmSnapshot, service: Service) -> list[VolumeInstance]:
    """Per node that runs (or ran) a task of ``service``, whether each of its volumes exists there.

    Only this engine's node can be asked: a local volume lives on one node's disk, and another
    node's volumes are listed only by that node's engine."""
    node_ids = list(dict.fromkeys(t.node_id for t in snapshot.service_tasks(service.id) if t.node_id))
    out = []
    for volume in service.volume_names:
        for node_id in node_ids:
            node = snapshot.node(node_id)
            name = text.node_label(node, node_id)
            if node_id != snapshot.node_id:
                out.append(VolumeInstance(volume, node_id, name, "unknown", False,
                                          f"on {name}: connect volgui to that node's engine to see it"))
                continue
            try:
                info = engine.api.inspect_volume(volume)
            except Exception:  # absent (404) or not readable: said as absent, the detail says why
                out.append(VolumeInstance(volume, node_id, name, "absent", True,
                                          "not created on this node yet"))
                continue
            detail = f"{info.get('Driver') or 'local'} volume, created {info.get('CreatedAt') or '?'}"
            out.append(VolumeInstance(volume, node_id, name, "present", True, detail))
    return out


def backup_place(snapshot: SwarmSnapshot, service: Service, volume: str) -> tuple[bool, str]:
    """Whether ``volume`` of ``service`` can be backed up through this engine, and why (not).

    A backup reads the volume on the node's own disk, so it runs on the node holding it: here when
    that node's engine is the one volgui is connected to."""
    nodes = [t.node_id for t in snapshot.service_tasks(service.id) if t.state == "running" and t.node_id]
    nodes = list(dict.fromkeys(nodes))
    if not nodes:
        return False, f"No task of {service.name} runs now, so no node is known to hold {volume}."
    others = [text.node_label(snapshot.node(n), n) for n in nodes if n != snapshot.node_id]
    if snapshot.node_id in nodes:
        extra = f" Each of {', '.join(others)} holds its own copy: connect volgui to its engine " \
                "to back that one up." if others else ""
        return True, f"{volume} is on this engine's node.{extra}"
    return False, (f"{volume} of {service.name} lives on {', '.join(others)}, not on the node of the engine "
                   "volgui is connected to. A backup reads the volume's files on that node's disk: connect "
                   "volgui to that node's engine (Engines panel) and back it up there.")
