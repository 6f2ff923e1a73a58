"""Who uses a volume: its running containers, stopped for a restore and started again (no Qt)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from volgui.engine.dto.objects import HELPER_LABEL
from volgui.engine.errors import EngineError
from volgui.engine.volumes.error_text import VolumeErrors


class NotRestarted(EngineError):  # noqa: N818 - reads as the fact it reports
    """Containers stopped for the work on a volume did not start again (the work itself was done)."""


@dataclass(frozen=True)
class RunningUser:
    id: str
    name: str


def users_running(engine, name: str) -> list[RunningUser]:
    """Running (or paused/restarting) containers that mount volume ``name``."""
    listed = engine.call(VolumeErrors.tr("Listing users of {0}").format(name), engine.api.containers,
                         filters={"volume": name, "status": ["running", "paused", "restarting"]})
    out = []
    for c in listed:
        if (c.get("Labels") or {}).get(HELPER_LABEL):
            continue
        names = [n.lstrip("/") for n in c.get("Names") or []]
        out.append(RunningUser(c["Id"], next((n for n in names if "/" not in n), c["Id"][:12])))
    return sorted(out, key=lambda u: u.name)


def stop_containers(engine, ids: Iterable[str], timeout: int = 10) -> None:
    for cid in ids:
        engine.call(VolumeErrors.tr("Stopping a container"), engine.api.stop, cid, timeout=timeout,
                    command=f"docker stop {cid[:12]}")


def start_containers(engine, ids: Iterable[str]) -> list[str]:
    """Start each container; returns the messages of those that failed (the rest still start)."""
    problems = []
    for cid in ids:
        try:
            engine.call(VolumeErrors.tr("Starting a container"), engine.api.start, cid,
                        command=f"docker start {cid[:12]}")
        except EngineError as exc:
            problems.append(exc.message)
    return problems


@contextlib.contextmanager
def users_stopped(engine, name: str) -> Iterator[list[RunningUser]]:
    """Stop the running users of ``name`` for the duration; start them again afterwards."""
    users = users_running(engine, name)
    stopped: list[str] = []
    try:
        for user in users:
            stop_containers(engine, [user.id])
            stopped.append(user.id)
        yield users
    finally:
        problems = start_containers(engine, stopped)
        if problems:
            raise NotRestarted(VolumeErrors.tr("Some containers did not start again: {0}")
                              .format("; ".join(problems)))
