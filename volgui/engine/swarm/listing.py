"""A swarm manager's services, tasks and nodes in one call, for the views (no Qt).

Three list requests (services with their task counts, tasks, nodes) after one ``/info``: each is
one request whatever the number of objects, so a refresh stays cheap. An engine that is not a
manager answers ``manager=False`` and nothing is listed.
"""

from __future__ import annotations

import dataclasses

from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.swarm.objects import SwarmSnapshot, parse_all, parse_node, parse_service, parse_task, text

STATUS_API = (1, 41)  # services?status=true: running and desired task counts


def _api_at_least(engine, version: tuple[int, int]) -> bool:
    try:
        major, minor = (int(p) for p in str(engine.api.api_version).split(".")[:2])
    except (ValueError, AttributeError):
        return False
    return (major, minor) >= version


def swarm_state(engine) -> tuple[str, bool, str, str]:
    """``(LocalNodeState, is a manager, this node's id, error)`` from ``docker info``."""
    info = engine.call(ContainerErrors.tr("Reading the engine's swarm state"), engine.api.info)
    swarm = info.get("Swarm") if isinstance(info, dict) else None
    swarm = swarm if isinstance(swarm, dict) else {}
    return (text(swarm.get("LocalNodeState"), 20) or "inactive", swarm.get("ControlAvailable") is True,
            text(swarm.get("NodeID"), 64), text(swarm.get("Error")))


def swarm_snapshot(engine) -> SwarmSnapshot:
    """Everything the swarm views show; only ``/info`` when the engine is no manager."""
    state, manager, node_id, error = swarm_state(engine)
    if not manager:
        return SwarmSnapshot(state, False, node_id, error=error)
    status = _api_at_least(engine, STATUS_API)
    raw = engine.call(ContainerErrors.tr("Listing services"), engine.api.services, status=True) if status \
        else engine.call(ContainerErrors.tr("Listing services"), engine.api.services)
    services, bad_services = parse_all(raw, parse_service)
    tasks, bad_tasks = parse_all(engine.call(ContainerErrors.tr("Listing tasks"), engine.api.tasks),
                                 parse_task)
    nodes, bad_nodes = parse_all(engine.call(ContainerErrors.tr("Listing nodes"), engine.api.nodes),
                                 parse_node)
    services = [_with_counts(s, tasks) if s.running is None else s for s in services]
    return SwarmSnapshot(state, True, node_id, tuple(services), tuple(tasks), tuple(nodes),
                         skipped=bad_services + bad_tasks + bad_nodes, error=error)


def _with_counts(service, tasks):
    """Running and desired tasks counted from the task list (engines before API 1.41)."""
    mine = [t for t in tasks if t.service_id == service.id]
    running = sum(1 for t in mine if t.state == "running")
    desired = sum(1 for t in mine if t.desired_state == "running")
    return dataclasses.replace(service, running=running, desired=desired)
