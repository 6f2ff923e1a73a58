"""Listing calls of the views' loader: what the request worker runs (no Qt).

``load_snapshot`` lists everything; ``load_changes`` fetches only the objects some engine events
named; ``container_sizes`` / ``volume_sizes`` measure sizes on demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from volgui.engine.dto.objects import (
    Container,
    Image,
    Volume,
    is_helper,
    parse_container,
    parse_image,
    parse_volume,
)
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError

FULL_LIST_OVER = 40  # more changed objects of a kind than this: list them (not one call each)
# Volumes: up to this many are listed by name (``filters={"name": [...]}``) rather than all of
# them. A burst of 500 volume events at 5000 volumes then parses about 500 rows instead of 5500
# in the request worker (about 10 ms of GIL instead of 130 ms: json.loads holds it throughout,
# and the GUI thread waits for it).
NAMED_VOLUMES_UPTO = 2000


def load_snapshot(engine):
    return engine.snapshot()


@dataclass(frozen=True)
class Changes:
    """What the engine says now about the objects some events named."""

    containers: tuple[Container, ...] | None = None  # those asked that still exist (all if full)
    containers_asked: tuple[str, ...] = ()
    containers_full: bool = False
    volumes: tuple[Volume, ...] | None = None  # without users: derived on the GUI side
    volumes_asked: tuple[str, ...] = ()
    volumes_full: bool = False
    images: tuple[Image, ...] | None = None


def load_changes(engine, container_ids: tuple[str, ...], volume_names: tuple[str, ...],
                 all_containers: bool, all_volumes: bool, images: bool) -> Changes:
    """Fetch the named objects (runs in the request worker)."""
    out: dict = {}
    if all_containers or len(container_ids) > FULL_LIST_OVER:
        raw = engine.call(ConnectionErrors.tr("Listing containers"), engine.api.containers, all=True)
        out.update(containers=tuple(parse_container(c) for c in raw if not is_helper(c)),
                   containers_full=True)
    elif container_ids:
        raw = engine.call(ConnectionErrors.tr("Listing containers"), engine.api.containers, all=True,
                          filters={"id": list(container_ids)})
        wanted = set(container_ids)
        out.update(containers=tuple(parse_container(c) for c in raw
                                    if c["Id"] in wanted and not is_helper(c)),
                   containers_asked=tuple(container_ids))
    named = (_volumes_named(engine, volume_names)
             if not all_volumes and FULL_LIST_OVER < len(volume_names) <= NAMED_VOLUMES_UPTO else None)
    if named is not None:
        out.update(volumes=named, volumes_asked=tuple(volume_names))
    elif all_volumes or len(volume_names) > FULL_LIST_OVER:
        raw = engine.call(ConnectionErrors.tr("Listing volumes"), engine.api.volumes)
        out.update(volumes=tuple(parse_volume(v) for v in raw.get("Volumes") or []), volumes_full=True)
    elif volume_names:
        found = []
        for name in volume_names:
            try:
                raw = engine.call(ConnectionErrors.tr("Inspecting a volume"), engine.api.inspect_volume, name)
                found.append(parse_volume(raw))
            except EngineError as exc:
                if exc.status != 404:
                    raise
        out.update(volumes=tuple(found), volumes_asked=tuple(volume_names))
    if images:
        raw = engine.call(ConnectionErrors.tr("Listing images"), engine.api.images)
        out["images"] = tuple(parse_image(i) for i in raw if not is_helper(i))
    return Changes(**out)


def _volumes_named(engine, names) -> tuple[Volume, ...] | None:
    """The volumes of these exact names, from one listing filtered by name; None when the engine
    refuses the filter (then everything is listed). The engine matches a name filter as a pattern
    (a part of a name, ``.`` any character), so more may come back: only exact names are kept."""
    try:
        raw = engine.call(ConnectionErrors.tr("Listing volumes"), engine.api.volumes,
                          filters={"name": list(names)})
    except EngineError as exc:
        if exc.status in (400, 500):
            return None
        raise
    wanted = set(names)
    return tuple(parse_volume(v) for v in raw.get("Volumes") or []
                 if isinstance(v, dict) and v.get("Name") in wanted)


def container_sizes(engine, ids: list[str]) -> dict[str, int | None]:
    """Write-layer sizes (``SizeRw``) of these containers, in one listing filtered by id."""
    raw = engine.call(ConnectionErrors.tr("Measuring container sizes"), engine.api.containers, all=True,
                      size=True, filters={"id": list(ids)})
    wanted = set(ids)
    out: dict[str, int | None] = {cid: None for cid in ids}
    for c in raw:
        if c.get("Id") in wanted:
            size = c.get("SizeRw")
            out[c["Id"]] = int(size) if size is not None and int(size) >= 0 else None
    return out


def volume_sizes(engine) -> dict[str, int | None]:
    """Every volume's size from ``api.df()`` (slow on big volumes; -1 there means unknown)."""
    df = engine.call(ConnectionErrors.tr("Measuring volume sizes"), engine.api.df,
                     command="docker system df -v")
    out: dict[str, int | None] = {}
    for v in df.get("Volumes") or []:
        size = (v.get("UsageData") or {}).get("Size", -1)
        out[v["Name"]] = int(size) if size is not None and int(size) >= 0 else None
    return out
