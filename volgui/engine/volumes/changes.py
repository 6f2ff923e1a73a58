"""What changed in a volume since a backup or snapshot: its manifest against a scan of the volume (no Qt).

The manifest records each entry's type, mode, owner, time, size, link and (files) sha256. The
live side is one pass over the volume's tar stream — the direct way when the engine is local
and has a tar image, else the archive endpoint through a created helper — read by the same
code as the snapshots' manifests (``stream_scan``), headers only or with every file hashed.

Folders whose only change is their time are not listed: a folder's time moves whenever an
entry is added to or removed from it, and that entry is listed itself (``strict`` lists them,
for "has anything changed at all").

A manifest is hostile input: it was checked by ``manifests.read_manifest`` (size capped, every
field's type), and the lists here are capped (``MAX_CHANGES``).
"""

from __future__ import annotations

import contextlib
import itertools
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.volumes import direct
from volgui.engine.volumes.archive_scan import MAX_ENTRIES, Entry, norm, read_entries
from volgui.engine.volumes.entries import ChunkReader
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import MOUNT, helper, require_volume
from volgui.engine.volumes.manifests import read_manifest
from volgui.engine.volumes.stream_scan import NotScanned, StreamScan
from volgui.engine.volumes.streaming import Meter, archive_stream, cancel_token

MAX_CHANGES = 100_000  # changes returned; the rest is counted, not listed
ADDED, CHANGED, REMOVED = "added", "changed", "removed"
_FIELDS = (("type", "type"), ("sha256", "content"), ("size", "content"), ("link", "link"),
           ("mode", "mode"), ("uid", "owner"), ("gid", "owner"), ("mtime", "time"))


@dataclass(frozen=True)
class Change:
    path: str
    status: str  # ADDED, CHANGED, REMOVED
    old: Entry | None
    new: Entry | None
    what: tuple[str, ...] = ()  # CHANGED: "type", "content", "link", "mode", "owner", "time"

    @property
    def size(self) -> int:
        return (self.new or self.old).size


@dataclass(frozen=True)
class Diff:
    changes: tuple[Change, ...]
    total: int  # changes found (more than listed when over MAX_CHANGES)
    before_entries: int
    after_entries: int

    def counts(self) -> dict[str, int]:
        out = {ADDED: 0, CHANGED: 0, REMOVED: 0}
        for change in self.changes:
            out[change.status] += 1
        return out


def manifest_entries(files: dict) -> dict[str, Entry]:
    """The ``files`` of a checked manifest as entries (unknown keys ignored, missing ones empty)."""
    out = {}
    for name, e in itertools.islice(files.items(), MAX_ENTRIES):
        out[name] = Entry(str(e.get("type", "")), e.get("mode", 0), e.get("uid", 0), e.get("gid", 0),
                          e.get("mtime", 0), e.get("size", 0), str(e.get("sha256", "")),
                          str(e.get("link", "")))
    return out


def differences(old: Entry, new: Entry, hashed: bool = True) -> tuple[str, ...]:
    """What differs between two entries of one path (``hashed`` False: the sha256s are not compared)."""
    what: list[str] = []
    for key, word in _FIELDS:
        if key == "sha256" and (not hashed or old.type != "file"):
            continue
        a, b = getattr(old, key), getattr(new, key)
        if key == "link" and old.type == new.type == "hardlink":
            a, b = norm(a), norm(b)  # "./a" (tar) and "a" (the archive endpoint) are one target
        if a != b and word not in what:
            what.append(word)
    return tuple(what)


def compare(before: dict[str, Entry], after: dict[str, Entry], *, strict: bool = False,
            hashed: bool = True, limit: int = MAX_CHANGES) -> Diff:
    """The changes from ``before`` to ``after``, sorted by path (see the module's docstring)."""
    found: list[Change] = []
    total = 0
    for path in sorted(before.keys() | after.keys()):
        old, new = before.get(path), after.get(path)
        if old is None:
            change = Change(path, ADDED, None, new)
        elif new is None:
            change = Change(path, REMOVED, old, None)
        else:
            what = differences(old, new, hashed)
            if not strict and old.type == new.type == "dir" and what == ("time",):
                continue
            if not what:
                continue
            change = Change(path, CHANGED, old, new, what)
        total += 1
        if len(found) < limit:
            found.append(change)
    return Diff(tuple(found), total, len(before), len(after))


@contextlib.contextmanager
def volume_tar(engine, volume: str, cancel: CancelToken) -> Iterator[Iterator[bytes]]:
    """The volume as tar chunks (entries ``./…``): the direct way when it can be used, else a helper."""
    image, argv = direct.find_tar_image(engine) if direct.is_local(engine) else ("", ())
    if image:
        chunks = direct.read_volume(engine, volume, image, argv, cancel)
        try:
            first = next(chunks, b"")
        except direct.DirectUnavailableError:
            chunks.close()
        else:
            try:
                yield itertools.chain([first], chunks)
            finally:
                chunks.close()
            return
    with helper(engine, volume, read_only=True) as cid:
        chunks, _stat = archive_stream(engine, cid, f"{MOUNT}/.")
        try:
            yield chunks
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()


def live_entries(engine, volume: str, *, hash_files: bool = True, cancel: CancelToken | None = None,
                 progress=None) -> dict[str, Entry]:
    """Every entry of ``volume`` now, as a manifest records it (``hash_files`` False: no sha256)."""
    cancel = cancel_token(cancel)
    require_volume(engine, volume)
    meter = Meter(progress, phase="scan")
    try:
        with volume_tar(engine, volume, cancel) as chunks:
            found = _scanned(chunks, cancel, meter, hash_files)
        if found is not None:
            return found
        meter = Meter(progress, phase="scan")  # read again, by tarfile itself
        with volume_tar(engine, volume, cancel) as chunks:
            reader = ChunkReader(chunks, cancel, meter)
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                return read_entries(tar, hash_files=hash_files, cancelled=lambda: cancel.cancelled)
    except (tarfile.TarError, EOFError) as exc:
        cancel.raise_if_cancelled()
        raise EngineError(VolumeErrors.tr("The engine sent an unreadable archive of {0}: {1}")
                          .format(volume, exc)) from exc
    except EngineError:
        raise
    except Exception as exc:
        cancel.raise_if_cancelled()
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Reading {0}")
                          .format(volume)) from exc


def _scanned(chunks, cancel: CancelToken, meter: Meter, hash_files: bool) -> dict[str, Entry] | None:
    """The entries of a volume's tar stream read as it passes (``stream_scan``: each header once,
    100 000 small files 1.05 s of work against about 4 s through ``tarfile``); None when the stream
    was not one it follows exactly (a global pax header, a sparse file, more than its header
    limit): then the caller reads the volume again with ``tarfile``. That limit keeps the entries
    below ``MAX_ENTRIES`` (a header is a block: 262 144 entries at most), where ``tarfile`` stops."""
    scan = StreamScan(whole=False, hash_files=hash_files)
    try:
        for chunk in chunks:
            cancel.raise_if_cancelled()
            meter.add(len(chunk))
            scan.feed(chunk)
            if scan.broken:
                return None
        entries = scan.result()[0]
    except NotScanned:
        return None
    finally:
        scan.close()
    return entries


def since(engine, manifest, *, volume: str | None = None, cancel: CancelToken | None = None,
          progress=None) -> Diff:
    """What changed in the manifest's volume (or ``volume``) since the manifest was written."""
    data = read_manifest(manifest)
    before = manifest_entries(data.get("files", {}))
    after = live_entries(engine, volume or data["volume"], cancel=cancel, progress=progress)
    return compare(before, after)


def unchanged_since(engine, manifest, *, cancel: CancelToken | None = None) -> bool:
    """Whether the volume is exactly as the manifest recorded it (every field, every folder time).

    Headers first (no contents read): a change of size, time, owner, mode or the set of paths
    answers at once; only when they all match is every file read and hashed.
    """
    data = read_manifest(manifest)
    before = manifest_entries(data.get("files", {}))
    volume = data["volume"]
    headers = live_entries(engine, volume, hash_files=False, cancel=cancel)
    if compare(before, headers, strict=True, hashed=False, limit=1).total:
        return False
    return compare(before, live_entries(engine, volume, cancel=cancel), strict=True, limit=1).total == 0
