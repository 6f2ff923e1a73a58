"""Where each file of a container lives: a volume, a bind mount, the write layer or the image (no Qt).

The lesson a beginner needs from a container's files: what is in its write layer dies with the
container, what is in a volume does not. :func:`file_marks` reads the container's mounts (inspect)
and its write-layer changes (``GET /containers/{id}/changes``, ``api.diff``) once; the browser
then marks every row from memory. Changes inside a mount and the folders docker made as mount
points are not write-layer data (``layer.outside_mounts`` decides, as for the re-create).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from volgui.engine.containers import layer
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import EngineError
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP
from volgui.engine.validation import clean_path

MAX_CHANGES = 100_000  # changes kept; a container with more is marked from the first ones only

_DOCKER_FILES = {"HostsPath": "hosts", "HostnamePath": "hostname", "ResolvConfPath": "resolv.conf"}
# What the write layer did to a file, as the browser's "Stored in" column says it (through change_word).
CHANGE_WORDS = {"added": QT_TRANSLATE_NOOP("ContainerErrors", "added"),
                "modified": QT_TRANSLATE_NOOP("ContainerErrors", "changed"),
                "deleted": QT_TRANSLATE_NOOP("ContainerErrors", "deleted")}


def change_word(change: str) -> str:
    """``added``, ``changed``, ``deleted`` in the reader's language; "" for an unchanged file."""
    return ContainerErrors.tr(CHANGE_WORDS[change]) if change in CHANGE_WORDS else ""


@dataclass(frozen=True)
class MountMark:
    """One mount of the container, as the file browser marks it."""

    path: str  # clean, relative to the container's root
    kind: str  # volume, bind, tmpfs, npipe, cluster
    source: str  # the volume's name or the host path ("" for tmpfs)
    read_only: bool

    @property
    def text(self) -> str:
        ro = self.read_only
        if self.kind == "volume":
            text = ContainerErrors.tr("volume {0}, read-only") if ro else ContainerErrors.tr("volume {0}")
            return text.format(self.source)
        if self.kind == "bind":
            text = (ContainerErrors.tr("bind mount {0}, read-only") if ro
                    else ContainerErrors.tr("bind mount {0}"))
            return text.format(self.source)
        if self.kind == "tmpfs":
            return ContainerErrors.tr("tmpfs (memory)")
        text = ContainerErrors.tr("{0} mount, read-only") if ro else ContainerErrors.tr("{0} mount")
        return text.format(self.kind)


@dataclass(frozen=True)
class FileMarks:
    """The container's mounts and write-layer changes, keyed by root-relative path."""

    container: str  # the name shown
    running: bool = False
    mounts: tuple[MountMark, ...] = ()
    changes: dict[str, str] = field(default_factory=dict)  # path → added / modified / deleted
    truncated: bool = False  # more than MAX_CHANGES changes: only the first ones are marked
    docker_files: frozenset[str] = frozenset()  # /etc/hosts, hostname, resolv.conf: docker writes them

    def mount_at(self, path: str) -> MountMark | None:
        rel = clean_path(path)
        return next((m for m in self.mounts if m.path == rel), None)

    def mount_of(self, path: str) -> MountMark | None:
        """The mount ``path`` lies in (the deepest), or None."""
        rel = clean_path(path)
        found = None
        for m in self.mounts:
            if (rel == m.path or rel.startswith(m.path + "/") or not m.path) and \
                    (found is None or len(m.path) > len(found.path)):
                found = m
        return found

    def change(self, path: str) -> str:
        """``added``, ``modified``, ``deleted`` or ""."""
        return self.changes.get(clean_path(path), "")

    def deleted_in(self, folder: str) -> list[str]:
        """The root-relative paths deleted from the write layer directly in ``folder``."""
        rel = clean_path(folder)
        return sorted(p for p, kind in self.changes.items()
                      if kind == "deleted" and posixpath.dirname(p) == rel)

    def stored_in(self, path: str) -> str:
        """Where the file's data lives, in a few words: ``volume data``, ``write layer``, ``image``…"""
        mount = self.mount_of(path)
        if mount is not None:
            return mount.text
        if clean_path(path) in self.docker_files:
            return "docker"
        return ContainerErrors.tr("write layer") if self.change(path) else ContainerErrors.tr("image")

    def stored_in_hint(self, path: str) -> str:
        """What that means for the file, for a tooltip."""
        mount = self.mount_of(path)
        if mount is not None:
            return ContainerErrors.tr("In {0}, mounted at {1}: it stays when the container is "
                                      "removed.").format(mount.text, f"/{mount.path}")
        if clean_path(path) in self.docker_files:
            return ContainerErrors.tr("Written by docker for this container (its name, addresses, DNS) at "
                                      "each start.")
        change = self.change(path)
        if change == "deleted":
            return ContainerErrors.tr("Deleted in the write layer: the image still has it, this container "
                                      "does not.")
        if change:
            return ContainerErrors.tr("In the container's write layer: lost when the container is removed "
                                      "(put it in a volume to keep it).")
        return ContainerErrors.tr("From the image, unchanged: every container of the image has it.")

    def in_write_layer(self, path: str) -> bool:
        """Is ``path`` a folder or file the write layer added or changed (not in a mount)?"""
        return self.mount_of(path) is None and self.change(path) in ("added", "modified")


def file_marks(engine, cid: str) -> FileMarks:
    """Inspect the container and read its changes (two short requests, ~5 ms each)."""
    inspect = engine.call(ContainerErrors.tr("Inspecting the container"), engine.api.inspect_container, cid)
    mounts = []
    for m in inspect.get("Mounts") or []:
        dest = _clean(m.get("Destination")) if isinstance(m, dict) else None
        if dest is None:
            continue
        kind = str(m.get("Type") or "volume")
        source = str(m.get("Name") if kind == "volume" else m.get("Source") or "")
        mounts.append(MountMark(dest, kind, source, not m.get("RW", True)))
    for dest in ((inspect.get("HostConfig") or {}).get("Tmpfs") or {}):
        if _clean(dest) is not None:
            mounts.append(MountMark(_clean(dest), "tmpfs", "", False))
    diff = engine.call(ContainerErrors.tr("Reading the write layer's changes"), engine.api.diff, cid) or []
    truncated = len(diff) > MAX_CHANGES
    diff = [d for d in diff[:MAX_CHANGES] if isinstance(d, dict) and _clean(d.get("Path")) is not None]
    changes, _hidden = layer.outside_mounts(diff, ["/" + m.path for m in mounts])
    name = str(inspect.get("Name") or cid[:12]).lstrip("/")
    running = bool((inspect.get("State") or {}).get("Running"))
    made = frozenset(f"etc/{f}" for key, f in _DOCKER_FILES.items() if inspect.get(key))
    return FileMarks(name, running, tuple(mounts), {_clean(p): k for p, k in changes}, truncated, made)


def _clean(path) -> str | None:
    """A root-relative path from the engine, or None when it is not a usable path (a bad row is
    skipped, it never stops the marks)."""
    if not isinstance(path, str) or not path.startswith("/") or "\0" in path:
        return None
    try:
        rel = clean_path(path)
    except EngineError:
        return None
    return rel or None
