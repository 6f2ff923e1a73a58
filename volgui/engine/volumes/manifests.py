"""Backup manifests read as hostile input: size-capped, every field's type checked (no Qt).

A manifest decides what retention deletes and what verify compares, and anyone who can write
to the backups folder can edit or copy one. :func:`read_manifest` returns only a manifest whose
every field has the type volgui writes, whose ``created`` time carries a time zone and whose
``archive`` is the manifest's own name without ``.manifest.json``; anything else raises
:class:`BadManifest` with a sentence saying what is wrong, and callers skip that manifest.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path

from volgui.engine.errors import EngineError
from volgui.engine.volumes.error_text import VolumeErrors

MANIFEST_FORMAT = "volgui-backup-manifest"
MANIFEST_SUFFIX = ".manifest.json"
MAX_MANIFEST = 64 << 20  # bytes; a manifest lists every file, 100k files take about 20 MB
MAX_RUNNING = 200  # container names a snapshot records as running
_SHA = re.compile(r"^[0-9a-f]{64}$")
_ENTRY_INTS = ("mode", "uid", "gid", "mtime", "size")
_ENTRY_STRS = ("type", "sha256", "link")


class BadManifest(EngineError):  # noqa: N818 - reads as the fact it reports
    """A file named like a manifest that volgui will not act on."""


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def aware_time(text) -> datetime | None:
    """An ISO time with a time zone, or None."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None and when.utcoffset() is not None else None


def _plainly_fine(entry) -> bool:
    """True for an entry as volgui writes it — checked without a loop, as a manifest of 100 000
    entries is checked each time it is written or read (False: :func:`_entry_problem` looks closer)."""
    if type(entry) is not dict:
        return False
    get = entry.get
    mode, uid, gid = get("mode", 0), get("uid", 0), get("gid", 0)
    mtime, size = get("mtime", 0), get("size", 0)
    return (type(mode) is int and type(uid) is int and type(gid) is int and type(mtime) is int
            and type(size) is int and mode >= 0 and uid >= 0 and gid >= 0 and mtime >= 0 and size >= 0
            and type(get("type", "")) is str and type(get("sha256", "")) is str
            and type(get("link", "")) is str)


def _entry_problem(name: str, entry) -> str:
    """What is wrong with one entry of ``files`` ("" = nothing)."""
    if not isinstance(entry, dict):
        return VolumeErrors.tr("the entry for {0} is not an object").format(repr(name[:200]))
    for key in _ENTRY_INTS:
        if key in entry and not _int(entry[key]):
            return VolumeErrors.tr("the entry for {0} has a “{1}” that is not a whole number").format(
                repr(name[:200]), key)
    for key in _ENTRY_STRS:
        if key in entry and not isinstance(entry[key], str):
            return VolumeErrors.tr("the entry for {0} has a “{1}” that is not text").format(
                repr(name[:200]), key)
    return ""


def _problem(path: Path, data) -> str:
    """What is wrong with the parsed manifest ``data`` at ``path`` ("" = nothing)."""
    if not isinstance(data, dict):
        return VolumeErrors.tr("its content is a JSON {0}, not an object").format(type(data).__name__)
    if data.get("format") != MANIFEST_FORMAT:
        return VolumeErrors.tr("it is not a volgui backup manifest")
    for key in ("volume", "archive", "created"):
        if not isinstance(data.get(key), str) or not data[key]:
            return VolumeErrors.tr("its “{0}” is missing or not text").format(key)
    for key in ("engine", "tool", "kind", "note", "reason"):
        if key in data and not isinstance(data[key], str):
            return VolumeErrors.tr("its “{0}” is not text").format(key)
    running = data.get("running", [])
    if not isinstance(running, list) or len(running) > MAX_RUNNING or not all(
            isinstance(n, str) and len(n) <= 256 for n in running):
        return VolumeErrors.tr("its “running” is not a list of at most {0} container names").format(
            MAX_RUNNING)
    for key in ("version", "archive_size", "entries", "total_size"):
        if key in data and not _int(data[key]):
            return VolumeErrors.tr("its “{0}” is not a whole number").format(key)
    if aware_time(data["created"]) is None:
        return VolumeErrors.tr("its “created” time is not an ISO time with a time zone")
    if data["archive"] != path.name.removesuffix(MANIFEST_SUFFIX):
        return VolumeErrors.tr("it names the archive “{0}”, not the file it belongs to ({1})").format(
            data["archive"][:200], path.name.removesuffix(MANIFEST_SUFFIX))
    if "archive_sha256" in data and not (isinstance(data["archive_sha256"], str)
                                         and _SHA.match(data["archive_sha256"])):
        return VolumeErrors.tr("its “archive_sha256” is not a sha256")  # missing: retention keeps the archive
    files = data.get("files", {})
    if not isinstance(files, dict):
        return VolumeErrors.tr("its “files” is not an object")
    for name, entry in files.items():
        if not _plainly_fine(entry):
            problem = _entry_problem(name, entry)
            if problem:
                return problem
    verification = data.get("verification")
    if verification is not None:
        if not isinstance(verification, dict):
            return VolumeErrors.tr("its “verification” is not an object")
        if not isinstance(verification.get("ok"), bool):
            return VolumeErrors.tr("its verification result is not true or false")
        for key in ("at", "message"):
            if not isinstance(verification.get(key, ""), str):
                return VolumeErrors.tr("its verification “{0}” is not text").format(key)
    return ""


def read_manifest(path: str | os.PathLike) -> dict:
    """The manifest at ``path``, checked (see the module's docstring); :class:`BadManifest` if not."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            raw = fh.read(MAX_MANIFEST + 1)
    except OSError as exc:
        raise BadManifest(VolumeErrors.tr("The backup manifest {0} cannot be read: {1}")
                          .format(p.name, exc.strerror or exc)) from exc
    check_size(p, len(raw))
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadManifest(VolumeErrors.tr("The backup manifest {0} is not valid JSON: {1}")
                          .format(p.name, str(exc)[:200])) from None
    check_manifest(p, data)
    return data


def check_manifest(path: Path, data) -> None:
    """:class:`BadManifest` when ``data`` is not what a manifest at ``path`` may hold."""
    problem = _problem(path, data)
    if problem:
        raise BadManifest(VolumeErrors.tr("The backup manifest {0} was skipped: {1}.")
                          .format(path.name, problem))


def check_size(path: Path, size: int) -> None:
    """:class:`BadManifest` when a manifest of ``size`` bytes at ``path`` is more than is read."""
    if size > MAX_MANIFEST:
        raise BadManifest(VolumeErrors.tr("The backup manifest {0} is larger than {1} MB: skipped.")
                          .format(path.name, MAX_MANIFEST >> 20))


def manifest_text(data: dict) -> str:
    """``data`` as written: compact JSON (indented, 100 000 entries took 0.66 s to write, compact 0.2 s)."""
    return json.dumps(data)
