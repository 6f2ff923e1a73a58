"""Roll back only what changed: from two manifests, what to delete and what to restore (no Qt).

Rolling a 286 MB volume back by emptying it and restoring the whole archive costs an ``rm -rf`` of
everything and a full extraction (1–2 s each here) even when one file changed. The safety
snapshot's manifest (the volume now) and the snapshot's manifest (the volume then) say exactly
which paths differ, with every file's sha256, so only those are touched:

- a path that is new since, or whose type changed, or a changed file or link, is deleted first
  (only the top-most of nested ones) — never overwritten in place, which would also change a file
  hardlinked to it;
- every changed or removed path is restored from the archive, with the folders above it and the
  root (their times move when an entry in them is deleted or made), by copying those entries'
  raw bytes from the archive into a smaller archive and restoring that (``transfer.import_volume``,
  which puts folder times back last).

Whenever that would not be exact or cheap — a hardlink among the changes, more than
``MAX_DELETES`` deletions or ``MAX_CHANGED`` changes, a compressed archive — :func:`plan` says
None and the caller restores the whole volume.
"""

from __future__ import annotations

import os
import posixpath
import tarfile
from dataclasses import dataclass
from pathlib import Path

from volgui.engine.volumes.archive_check import check_archive
from volgui.engine.volumes.archive_scan import Entry, norm
from volgui.engine.volumes.changes import ADDED, CHANGED, compare
from volgui.engine.volumes.error_text import VolumeErrors

MAX_DELETES = 20  # each is a few archive requests
MAX_CHANGED = 10_000
_BLOCK = 512


@dataclass(frozen=True)
class Partial:
    delete: tuple[str, ...]  # top-most paths to remove before restoring
    restore: frozenset[str]  # archive entries to restore (normalised names, "." the root)


def _ancestors(path: str):
    while path not in ("", "."):
        path = posixpath.dirname(path)
        yield path or "."


def plan(then: dict[str, Entry], now: dict[str, Entry]) -> Partial | None:
    """What to delete and restore to bring ``now`` back to ``then``; None: restore everything."""
    diff = compare(then, now, strict=True, limit=MAX_CHANGED)
    if diff.total > len(diff.changes):
        return None
    delete: set[str] = set()
    restore: set[str] = set()
    for change in diff.changes:
        entries = [e for e in (change.old, change.new) if e is not None]
        if any(e.type in ("hardlink", "other") for e in entries):
            return None
        if change.path == ".":
            restore.add(".")
            continue
        if change.status == ADDED:
            delete.add(change.path)
        elif change.status == CHANGED and not (change.old.type == change.new.type == "dir"):
            delete.add(change.path)
            restore.add(change.path)
        else:  # removed since, or a folder whose owner, mode or time changed
            restore.add(change.path)
    if any(e.type == "hardlink" and norm(e.link) in delete | restore for e in then.values()):
        return None  # a link to a path that is replaced: restore the whole volume
    top = sorted(p for p in delete if not any(a in delete for a in _ancestors(p)))
    if len(top) > MAX_DELETES:
        return None
    for path in list(delete | restore):
        restore.update(a for a in _ancestors(path) if a in then)
    restore.add(".")
    return Partial(tuple(top), frozenset(p for p in restore if p in then))


def write_subset(archive: str | os.PathLike, names: frozenset[str], out: str | os.PathLike) -> int:
    """Copy the entries of ``archive`` named in ``names`` (raw bytes, extended headers included)
    into a new archive ``out``; returns how many. A compressed archive is not handled (ValueError)."""
    if str(archive).endswith(".gz"):
        raise ValueError("compressed archive")
    check_archive(archive)  # headers first, bounded, as for every archive volgui reads
    copied = 0
    with open(archive, "rb") as src, tarfile.open(archive, mode="r:") as tar, open(out, "wb") as dst:
        for member in tar:
            tar.members.clear()
            if norm(member.name) not in names:
                continue
            end = member.offset_data + (-(-member.size // _BLOCK) * _BLOCK if member.isreg() else 0)
            src.seek(member.offset)
            left = end - member.offset
            while left > 0:
                chunk = src.read(min(left, 1 << 20))
                if not chunk:
                    raise ValueError(VolumeErrors.tr("the archive ends inside an entry"))
                dst.write(chunk)
                left -= len(chunk)
            copied += 1
        dst.write(b"\0" * (2 * _BLOCK))
    return copied


def subset_path(folder: str | os.PathLike, archive: Path) -> Path:
    return Path(folder) / f".{archive.name}.rollback.part"
