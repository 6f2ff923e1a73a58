"""Add a mount to a service of a compose file, so the next ``compose up`` keeps it (no Qt).

A container re-created by volgui to add a mount loses it at the next ``docker compose up``,
which re-creates the container from the file. The file is read with ``yaml.safe_load`` (bounded)
and written back with ``yaml.safe_dump``: made for files volgui saved (comments of a hand-written
file are not kept; the caller says so).
"""

from __future__ import annotations

from pathlib import Path

from volgui.engine.compose.export import dump_yaml, escape
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import EngineError

FILE_LIMIT = 1024 * 1024  # bytes of a compose file read (a hostile file may be anything)


def _load(path: Path) -> dict:
    import yaml  # lazy load for start-up time: only when a file is edited

    try:
        with path.open("rb") as fh:
            raw = fh.read(FILE_LIMIT + 1)
    except OSError as exc:
        raise EngineError(ContainerErrors.tr("Cannot read {0}: {1}").format(
            path, exc.strerror or exc)) from exc
    if len(raw) > FILE_LIMIT:
        raise EngineError(ContainerErrors.tr("{0} is over {1} kB: not a compose file volgui edits.").format(
            path, FILE_LIMIT // 1024))
    try:
        data = yaml.safe_load(raw.decode("utf-8", "replace"))
    except yaml.YAMLError as exc:
        raise EngineError(ContainerErrors.tr("{0} is not valid YAML: {1}").format(path, exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("services"), dict):
        raise EngineError(ContainerErrors.tr("{0} has no services: is it a compose file?").format(path))
    return data


def _service(data: dict, service: str, container_name: str) -> dict:
    services = data["services"]
    if service and isinstance(services.get(service), dict):
        return services[service]
    for body in services.values():
        if isinstance(body, dict) and body.get("container_name") == container_name:
            return body
    raise EngineError(ContainerErrors.tr("No service {0} in the file.").format(service or container_name))


def _target_of(mount) -> str:
    """The target of a service's mount, long (``target:``) or short (``src:target[:mode]``) syntax."""
    if isinstance(mount, dict):
        return str(mount.get("target", ""))
    parts = str(mount).split(":")
    return parts[1] if len(parts) > 1 else parts[0]


def _declare_volume(data: dict, name: str) -> str:
    """The key of volume ``name`` in the top-level ``volumes:``, declared external when missing."""
    declared = data.get("volumes") or {}
    if not isinstance(declared, dict):
        raise EngineError(ContainerErrors.tr("The file's top-level volumes are not a mapping."))
    data["volumes"] = declared
    for key, body in declared.items():
        if key == name or (isinstance(body, dict) and body.get("name") == name):
            return key
    declared[name] = {"external": True, "name": name}
    return name


def add_mount(path: str, service: str, container_name: str, mount_type: str, source: str, target: str,
              read_only: bool = False) -> str:
    """Add the mount to the service (named by ``service``, else by its ``container_name``) and
    write the file; a named volume not declared yet is declared ``external``. Returns what changed."""
    file = Path(path)
    data = _load(file)
    body = _service(data, service, container_name)
    mounts = body.setdefault("volumes", [])
    if not isinstance(mounts, list):
        raise EngineError(ContainerErrors.tr("The service's volumes are not a list."))
    if target in (_target_of(m) for m in mounts):
        raise EngineError(ContainerErrors.tr("The file already mounts something at {0}.").format(target))
    entry: dict = {"type": mount_type, "source": escape(source), "target": escape(target)}
    if read_only:
        entry["read_only"] = True
    if mount_type == "volume":
        entry["source"] = _declare_volume(data, source)
    mounts.append(entry)
    try:
        file.write_text(dump_yaml(data), encoding="utf-8")
    except OSError as exc:
        raise EngineError(ContainerErrors.tr("Cannot write {0}: {1}").format(
            path, exc.strerror or exc)) from exc
    return ContainerErrors.tr("Added {0} at {1} to {2}").format(source, target, file.name)
