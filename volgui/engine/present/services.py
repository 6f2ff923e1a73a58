"""Swarm text: the ``docker service …`` / ``docker node …`` lines and the cells of the swarm views.

Pure functions, no Qt. Like ``commands`` and ``display`` (which hold the containers' and volumes'
text), this is the one home of what the services, tasks and nodes views say and of the command
each service action shows and records.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from typing import TYPE_CHECKING

from volgui.engine.error_text import ConnectionErrors

if TYPE_CHECKING:  # text from values only
    from volgui.engine.swarm.objects import Node, Service, ServicePort, Task

# -- commands -------------------------------------------------------------------------------------


def _q(text: str) -> str:
    return shlex.quote(str(text))


def mount_add(service: str, flag: str) -> str:
    """``docker service update --mount-add type=volume,source=data,target=/data web``."""
    return f"docker service update --mount-add {_q(flag)} {_q(service)}"


def mount_rm(service: str, target: str) -> str:
    return f"docker service update --mount-rm {_q(target)} {_q(service)}"


def mount_replace(service: str, target: str, flag: str) -> str:
    """One update that removes the mount at ``target`` and adds another (one rolling update)."""
    return f"docker service update --mount-rm {_q(target)} --mount-add {_q(flag)} {_q(service)}"


def scale(service: str, replicas: int) -> str:
    return f"docker service scale {_q(f'{service}={replicas}')}"


def restart(service: str) -> str:
    """A forced update: every task is replaced although nothing in the spec changed."""
    return f"docker service update --force {_q(service)}"


def logs(service: str, tail: int | None) -> str:
    """``docker service logs`` prefixes each line with the task (``web.1.abc…@node``)."""
    tail_flag = f" --tail {tail}" if tail is not None else ""
    return f"docker service logs --timestamps{tail_flag} {_q(service)}"


def inspect(service: str) -> str:
    return f"docker service inspect {_q(service)}"


def tasks(service: str) -> str:
    return f"docker service ps --no-trunc {_q(service)}"


def listing() -> str:
    return "docker service ls; docker node ls"


# -- cells ----------------------------------------------------------------------------------------


def replicas(s: Service) -> str:
    """``replicated 2/3`` (running/desired), ``global 1/1``; ``replicated ?/3`` when not counted."""
    running = "?" if s.running is None else str(s.running)
    desired = s.desired if s.desired is not None else s.replicas
    return f"{s.mode or '?'} {running}/{'?' if desired is None else desired}"


def replicas_tone(s: Service) -> str:
    """good (all running), warn (some), bad (none of several), idle (none wanted)."""
    desired = s.desired if s.desired is not None else s.replicas
    if not desired:
        return "idle"
    if s.running == desired:
        return "good"
    return "bad" if not s.running else "warn"


def port(p: ServicePort) -> str:
    published = "" if p.published is None else f"*:{p.published}→"
    mode = "" if p.mode in ("", "ingress") else f" ({p.mode})"
    return f"{published}{p.target if p.target is not None else '?'}/{p.protocol}{mode}"


def ports(items: Iterable[ServicePort]) -> str:
    return ", ".join(port(p) for p in items)


def service_mounts(s: Service) -> str:
    """``data → /data, /srv (bind) → /srv``; "" when none."""
    parts = []
    for m in s.mounts:
        source = m.source if m.is_volume else f"{m.source or m.type} ({m.type})"
        parts.append(f"{source} → {m.target}{' (ro)' if m.read_only else ''}")
    return ", ".join(parts)


def update(s: Service) -> str:
    """The rolling update's state as ``docker service inspect`` gives it ("" when never updated)."""
    if not s.update_state:
        return ""
    state = s.update_state.replace("_", " ")
    return f"{state}: {s.update_message}" if s.update_message else state


def stack(s: Service) -> str:
    return s.stack or ConnectionErrors.tr("(no stack)")


def task_name(service_name: str, t: Task) -> str:
    """``web.1`` for a replica, ``web.<node>`` for a global task, as the CLI names them."""
    return f"{service_name}.{t.slot}" if t.slot else f"{service_name}.{t.node_id[:12]}"


def task_state(t: Task) -> str:
    """``running``, ``shutdown (wanted)``, ``failed: the error``."""
    text = t.state or "?"
    if t.desired_state and t.desired_state != t.state and t.desired_state != "running":
        text += f" → {t.desired_state}"
    return f"{text}: {t.error}" if t.error else text


def task_tone(t: Task) -> str:
    if t.state == "running":
        return "good"
    if t.state in ("failed", "rejected", "orphaned"):
        return "bad"
    if t.state in ("shutdown", "complete", "remove"):
        return "idle"
    return "warn"


def node_role(n: Node) -> str:
    return ConnectionErrors.tr("{0} (leader)").format(n.role) if n.leader else n.role


def node_label(n: Node | None, node_id: str) -> str:
    """The hostname of a node, or its short id when the manager does not know it (any more)."""
    return n.name if n is not None else (node_id[:12] or ConnectionErrors.tr("(not assigned)"))
