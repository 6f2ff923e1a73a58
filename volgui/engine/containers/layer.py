"""A container's write layer (``api.diff``): what lives outside its mounts, and copying it over.

``api.diff`` kinds: 0 modified, 1 added, 2 deleted. It also lists the folders docker created as
mount points (and their parents); those, and anything inside a mount, are not write-layer data.
"""

from __future__ import annotations

import io
import posixpath
import tarfile

from volgui.engine import raw_api
from volgui.engine.cancel import CancelToken

KINDS = {0: "modified", 1: "added", 2: "deleted"}
_CHUNK = 1 << 20


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def _ancestor_of(path: str, dests) -> bool:
    prefix = path.rstrip("/") + "/"
    return any(d.startswith(prefix) for d in dests)


def outside_mounts(diff: list[dict], mount_dests: list[str], new_dest: str | None = None
                   ) -> tuple[list[tuple[str, str]], list[str]]:
    """The changes that are write-layer data, and those that a new mount at ``new_dest`` hides."""
    old = [d for d in mount_dests if d != new_dest]
    changes, hidden = [], []
    for entry in diff or []:
        path, kind = entry["Path"], KINDS.get(entry.get("Kind"), "changed")
        if any(_under(path, d) for d in old) or _ancestor_of(path, mount_dests):
            continue
        if new_dest and _under(path, new_dest):
            if path != new_dest:
                hidden.append(path)
            continue
        changes.append((path, kind))
    return changes, hidden


def copy_roots(diff: list[dict], mount_dests: list[str]) -> list[str]:
    """The fewest paths whose archives carry every added or modified file outside the mounts.

    An added folder is taken whole, unless a mount lies inside it (its archive would carry the
    mount's data): then its entries are taken one by one, as is a modified folder's.
    """
    entries = sorted((e["Path"], e.get("Kind")) for e in diff or [] if e.get("Kind") in (0, 1))
    parents = {posixpath.dirname(p) for p, _ in entries}
    roots: list[str] = []
    for path, kind in entries:
        if any(_under(path, d) for d in mount_dests):
            continue
        if any(_under(path, r) for r in roots):
            continue
        if _ancestor_of(path, mount_dests):
            continue
        if kind == 0 and path in parents:
            continue
        roots.append(path)
    return roots


def path_stat(api, container: str, path: str) -> dict | None:
    """The engine's stat of ``path`` (a HEAD request: no archive is made), or None when absent."""
    response = raw_api.archive_head(api, container, path)
    if response.status_code == 404:
        return None
    raw_api.raise_for_status(api, response)
    return raw_api.archive_stat(response)


def _go_mode_to_unix(mode: int) -> int:
    perm = mode & 0o777
    if mode & (1 << 23):
        perm |= 0o4000
    if mode & (1 << 22):
        perm |= 0o2000
    if mode & (1 << 20):
        perm |= 0o1000
    return perm


def ensure_parent(api, source: str, target: str, path: str) -> None:
    """Create in ``target`` the folders above ``path`` that only ``source`` has (root-owned)."""
    parent = posixpath.dirname(path)
    missing = []
    while parent not in ("", "/") and path_stat(api, target, parent) is None:
        missing.append(parent)
        parent = posixpath.dirname(parent)
    if not missing:
        return
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for folder in reversed(missing):
            info = tarfile.TarInfo(folder.lstrip("/"))
            info.type = tarfile.DIRTYPE
            st = path_stat(api, source, folder) or {}
            info.mode = _go_mode_to_unix(int(st.get("mode", 0o755)))
            tar.addfile(info)
    api.put_archive(target, "/", buf.getvalue())


def copy_paths(api, source: str, target: str, roots: list[str], cancel: CancelToken | None = None) -> None:
    """Copy each path (file or folder, with owner, mode and times) from ``source`` into ``target``.

    The archive streams from one container into the other (chunked upload): nothing is held in
    memory or written to disk on this side.
    """
    for path in roots:
        if cancel is not None:
            cancel.raise_if_cancelled()
        ensure_parent(api, source, target, path)
        stream, _stat = api.get_archive(source, path, chunk_size=_CHUNK)

        def chunks(stream=stream):
            for chunk in stream:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                yield chunk

        api.put_archive(target, posixpath.dirname(path) or "/", chunks())
