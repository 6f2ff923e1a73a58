"""Mounts of an inspected container: what is mounted where, path checks, and edits to its config.

Pure functions over ``api.inspect_container`` dicts: no engine calls, so the GUI can validate a
path on every keystroke and tests need no engine.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from volgui.engine.containers.error_text import ContainerErrors

_ANON = re.compile(r"^[0-9a-f]{64}$")
# Mounting over these breaks the container (or the engine refuses at start).
_RESERVED = ("/proc", "/sys", "/dev")
_RESERVED_TREES = ("/proc/", "/sys/")


@dataclass(frozen=True)
class MountSpec:
    """A mount to add: a named volume or a host folder (bind)."""

    type: str  # "volume" or "bind"
    source: str  # volume name or absolute host path
    target: str
    read_only: bool = False

    def as_api(self) -> dict:
        """The ``HostConfig.Mounts`` entry."""
        entry = {"Type": self.type, "Source": self.source, "Target": self.target}
        if self.read_only:
            entry["ReadOnly"] = True
        return entry

    def as_flag(self) -> str:
        """The ``--mount`` value for the equivalent command."""
        kind = "volume" if self.type == "volume" else "bind"
        text = f"type={kind},source={self.source},target={self.target}"
        return text + (",readonly" if self.read_only else "")

    def describe(self) -> str:
        if self.type == "volume":
            text = (ContainerErrors.tr("volume {0} at {1} (read-only)") if self.read_only
                    else ContainerErrors.tr("volume {0} at {1} (read-write)"))
        else:
            text = (ContainerErrors.tr("folder {0} at {1} (read-only)") if self.read_only
                    else ContainerErrors.tr("folder {0} at {1} (read-write)"))
        return text.format(self.source, self.target)


@dataclass(frozen=True)
class Target:
    """Something already mounted at a path in the container."""

    destination: str
    type: str  # volume, bind, tmpfs, anonymous
    name: str = ""  # volume name, host path for binds
    read_only: bool = False
    origin: str = ""  # binds, mounts, volumes, image, volumes-from, tmpfs

    def describe(self) -> str:
        if self.type == "anonymous":
            return ContainerErrors.tr("the anonymous volume {0}").format(self.name[:12])
        if self.type == "volume":
            return ContainerErrors.tr("the volume {0}").format(self.name)
        if self.type == "bind":
            return ContainerErrors.tr("the bind mount of {0}").format(self.name)
        if self.type == "tmpfs":
            return ContainerErrors.tr("a tmpfs")
        return ContainerErrors.tr("a {0} mount").format(self.type)


def is_anonymous_name(name: str) -> bool:
    return bool(_ANON.match(name or ""))


def normalize(path: str) -> str:
    """The path as the engine stores it (Go's ``filepath.Clean``): ``//data/`` → ``/data``.

    ``posixpath.normpath`` keeps two leading slashes (POSIX allows them a meaning), Docker does
    not: without collapsing them ``//proc`` passed as not ``/proc`` and ``//`` as not ``/``.
    """
    if not path:
        return path
    clean = posixpath.normpath(path)
    return "/" + clean.lstrip("/") if clean.startswith("//") else clean


def _bind_parts(entry: str) -> tuple[str, str, str]:
    """``src:dst[:mode]`` of ``HostConfig.Binds`` (no Windows drive letters on Linux engines)."""
    parts = entry.split(":")
    if len(parts) == 1:
        return "", parts[0], ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], parts[1], ":".join(parts[2:])


def targets(inspect: dict, volumes_from_destinations: frozenset[str] = frozenset()) -> list[Target]:
    """Every mount target of the container, with where it is declared."""
    host = inspect.get("HostConfig") or {}
    config = inspect.get("Config") or {}
    declared: dict[str, str] = {}
    for entry in host.get("Binds") or []:
        declared[normalize(_bind_parts(entry)[1])] = "binds"
    for entry in host.get("Mounts") or []:
        declared[normalize(entry.get("Target", ""))] = "mounts"
    for dest in (host.get("Tmpfs") or {}):
        declared[normalize(dest)] = "tmpfs"
    container_volumes = {normalize(d) for d in (config.get("Volumes") or {})}
    result: list[Target] = []
    seen = set()
    for m in inspect.get("Mounts") or []:
        dest = normalize(m.get("Destination", ""))
        seen.add(dest)
        kind = m.get("Type") or "volume"
        name = m.get("Name") or m.get("Source") or ""
        origin = declared.get(dest, "")
        if not origin:
            if dest in volumes_from_destinations:
                origin = "volumes-from"
            elif dest in container_volumes:
                origin = "volumes"
            else:
                origin = "image"
        if kind == "volume" and is_anonymous_name(name):
            kind = "anonymous"
        if kind == "bind":
            name = m.get("Source") or ""
        result.append(Target(dest, kind, name, not m.get("RW", True), origin))
    for dest, origin in declared.items():  # tmpfs never shows in Mounts on some engines
        if dest not in seen and origin == "tmpfs":
            result.append(Target(dest, "tmpfs", "", False, "tmpfs"))
    return sorted(result, key=lambda t: t.destination)


def check_destination(path: str, existing: list[Target] | None = None) -> str | None:
    """Why ``path`` cannot be a new mount target (a sentence), or None when it can."""
    if not path or not path.strip():
        return ContainerErrors.tr("Enter the path inside the container, for example /data.")
    if path != path.strip():
        return ContainerErrors.tr("The path cannot start or end with spaces.")
    if any(ch in path for ch in "\n\r\t\0"):
        return ContainerErrors.tr("The path cannot contain a line break, tab or NUL character.")
    if ":" in path:
        return ContainerErrors.tr("The path cannot contain “:” (docker uses it to separate source, path and "
                                  "options).")
    if not path.startswith("/"):
        return ContainerErrors.tr("The path must be absolute: start it with /.")
    if ".." in path.split("/"):
        return ContainerErrors.tr("The path cannot contain “..”: write the folder it means.")
    norm = normalize(path)
    if norm == "/":
        return ContainerErrors.tr("Cannot mount over the container's root folder /.")
    if norm in _RESERVED or norm.startswith(_RESERVED_TREES):
        return ContainerErrors.tr("{0} is managed by the container runtime and cannot be a mount "
                                  "target.").format(norm)
    for t in existing or ():
        if t.destination == norm:
            return ContainerErrors.tr("{0} is already the target of {1}: choose another path, or replace "
                                      "that mount.").format(norm, t.describe())
    return None


def nested_in(path: str, existing: list[Target]) -> Target | None:
    """The existing mount that ``path`` would sit inside (allowed, but worth a warning)."""
    norm = normalize(path)
    best = None
    for t in existing:
        if norm.startswith(t.destination.rstrip("/") + "/"):
            if best is None or len(t.destination) > len(best.destination):
                best = t
    return best


def suggest_destination(image_volumes: dict | None, existing: list[Target]) -> str:
    """A free path: the image's first declared volume that is free, else /data, /data2…"""
    taken = {t.destination for t in existing}
    for dest in sorted(image_volumes or {}):
        if normalize(dest) not in taken:
            return normalize(dest)
    candidate, n = "/data", 1
    while candidate in taken:
        n += 1
        candidate = f"/data{n}"
    return candidate


def remove_target(config: dict, host: dict, target: Target) -> None:
    """Delete the declaration of ``target`` from (copies of) Config and HostConfig, in place."""
    dest = target.destination
    # ``-v /path`` declares the path in Config.Volumes too: drop it or docker makes a fresh volume
    volumes = {k: v for k, v in (config.get("Volumes") or {}).items() if normalize(k) != dest}
    config["Volumes"] = volumes or None
    if target.origin == "binds":
        host["Binds"] = [b for b in host.get("Binds") or [] if normalize(_bind_parts(b)[1]) != dest] or None
    elif target.origin == "mounts":
        host["Mounts"] = [m for m in host.get("Mounts") or [] if normalize(m.get("Target", "")) != dest] \
            or None
    elif target.origin == "tmpfs":
        tmpfs = {k: v for k, v in (host.get("Tmpfs") or {}).items() if normalize(k) != dest}
        host["Tmpfs"] = tmpfs or None
    elif target.origin != "volumes":
        raise ValueError(f"cannot remove a mount declared by {target.origin}")
