"""``docker inspect`` made readable: fetch the JSON, summarise it, address and search it.

No Qt here. The fetch functions take an :class:`~volgui.engine.client.Engine` (they run in a
worker thread); everything else is a pure function over the inspect JSON, tested with
recorded engine output.

- :func:`inspect_object` → :class:`Inspection` (the raw JSON plus a summary dataclass);
- :func:`summarize_container`, :func:`summarize_volume`, :func:`summarize_image`;
- :func:`measure_volume_size` (``api.df()``: slow on big hosts, call it on demand only);
- :func:`json_path` / :func:`parse_path` / :func:`value_at` / :func:`search_json`;
- :func:`is_secret_key` / :func:`is_secret_value`: which environment values to mask.

The pure parts live in ``summaries`` (dataclasses, display strings), ``secrets``, ``json_paths``
and ``present.commands`` (the command lines); this module re-exports them, so
``volgui.engine.dto.inspect`` is the one import.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from volgui.engine.dto.json_paths import (
    PathPart,
    go_template,
    json_path,
    json_type,
    parse_path,
    scalar_text,
    value_at,
    walk_json,
)
from volgui.engine.dto.secrets import (
    MASK,
    EnvVar,
    is_secret_key,
    is_secret_value,
    mask_env_entry,
    parse_env,
    secret_env_paths,
)
from volgui.engine.dto.summaries import (
    KINDS,
    ContainerSummary,
    ImageSummary,
    ImageUser,
    Inspection,
    MountRow,
    NetworkRow,
    PortRow,
    Summary,
    VolumeSize,
    VolumeSummary,
    container_mounts,
    container_ports,
    image_users_from_list,
    restart_policy_text,
    summarize_container,
    summarize_image,
    summarize_volume,
    volume_users_from_list,
)
from volgui.engine.error_text import ConnectionErrors
from volgui.engine.errors import EngineError
from volgui.engine.present.commands import format_command, inspect_command

__all__ = [
    "KINDS", "MASK", "ContainerSummary", "EnvVar", "ImageSummary", "ImageUser", "Inspection", "MountRow",
    "NetworkRow", "PathPart", "PortRow", "Summary", "VolumeSize", "VolumeSummary",
    "container_mounts", "container_ports", "format_command", "go_template", "image_users_from_list",
    "inspect_command", "inspect_container", "inspect_image", "inspect_object", "inspect_volume",
    "is_secret_key", "is_secret_value", "json_path", "json_type", "mask_env_entry", "masked_copy",
    "measure_volume_size", "measure_volume_sizes", "parse_env", "parse_path", "restart_policy_text",
    "scalar_text", "search_json", "secret_env_paths", "summarize_container",
    "summarize_image", "summarize_volume", "value_at", "volume_users_from_list", "walk_json",
]


# -- fetching (worker thread) -------------------------------------------------------------------


def inspect_object(engine, kind: str, key: str) -> Inspection:
    """Inspect one container (by id or name), volume (by name) or image (by id or tag)."""
    if kind == "container":
        return inspect_container(engine, key)
    if kind == "volume":
        return inspect_volume(engine, key)
    if kind == "image":
        return inspect_image(engine, key)
    raise EngineError(ConnectionErrors.tr("Cannot inspect a {0}.").format(kind))


def inspect_container(engine, ref: str) -> Inspection:
    raw = engine.call(ConnectionErrors.tr("Inspecting the container"), engine.api.inspect_container, ref,
                      command=inspect_command("container", ref))
    summary = summarize_container(raw)
    return Inspection("container", raw.get("Id") or ref, summary.name or ref, raw, summary)


def inspect_volume(engine, name: str) -> Inspection:
    raw = engine.call(ConnectionErrors.tr("Inspecting the volume"), engine.api.inspect_volume, name,
                      command=inspect_command("volume", name))
    listed = engine.call(ConnectionErrors.tr("Listing the volume's containers"), engine.api.containers,
                         all=True, filters={"volume": name})
    summary = summarize_volume(raw, volume_users_from_list(raw.get("Name") or name, listed))
    return Inspection("volume", summary.name or name, summary.name or name, raw, summary)


def inspect_image(engine, ref: str) -> Inspection:
    raw = engine.call(ConnectionErrors.tr("Inspecting the image"), engine.api.inspect_image, ref,
                      command=inspect_command("image", ref))
    listed = engine.call(ConnectionErrors.tr("Listing containers"), engine.api.containers, all=True)
    summary = summarize_image(raw, image_users_from_list(raw.get("Id") or "", listed))
    ident = summary.id or ref
    return Inspection("image", ident, summary.tags[0] if summary.tags else summary.short_id, raw, summary)


def measure_volume_sizes(engine) -> dict[str, VolumeSize]:
    """Every volume's disk usage from ``api.df()`` — it walks every volume's files: slow on big hosts,
    so only on demand; one call measures them all."""
    data = engine.call(ConnectionErrors.tr("Measuring disk usage"), engine.api.df,
                       command="docker system df -v")
    when = datetime.now(UTC)
    sizes = {}
    for vol in data.get("Volumes") or []:
        usage = vol.get("UsageData") or {}
        name = vol.get("Name") or ""
        sizes[name] = VolumeSize(name, int(usage.get("Size", -1)), int(usage.get("RefCount", -1)), when)
    return sizes


def measure_volume_size(engine, name: str) -> VolumeSize:
    """One volume's disk usage (measures them all: see :func:`measure_volume_sizes`)."""
    size = measure_volume_sizes(engine).get(name)
    if size is None:
        raise EngineError(ConnectionErrors.tr("The engine did not report a size for the volume {0}.").format(
            name))
    return size


# -- search over the raw JSON, aware of masked secrets ------------------------------------------

def search_json(data: Any, text: str, *, hidden: frozenset = frozenset()) -> list[tuple[PathPart, ...]]:
    """Paths whose key or scalar value contains ``text`` (case-insensitive), in document order.

    Values at ``hidden`` paths (masked secrets) are matched by their masked form only.
    """
    needle = text.strip().lower()
    if not needle:
        return []
    found = []
    for path, value in walk_json(data):
        key = path[-1]
        if not isinstance(key, int) and needle in key.lower():
            found.append(path)
            continue
        if isinstance(value, dict | list):
            continue
        shown = mask_env_entry(value) if path in hidden and isinstance(value, str) else scalar_text(value)
        if needle in shown.lower():
            found.append(path)
    return found


def masked_copy(data: Any, hidden: frozenset) -> Any:
    """The document with the values at ``hidden`` paths masked (for copying while not revealed)."""
    if not hidden:
        return data
    out = json.loads(json.dumps(data))
    for path in hidden:
        try:
            parent = value_at(out, path[:-1])
            if isinstance(parent[path[-1]], str):
                parent[path[-1]] = mask_env_entry(parent[path[-1]])
        except (KeyError, IndexError, TypeError):
            continue
    return out
