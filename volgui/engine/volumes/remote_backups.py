"""Backups in an SFTP folder or an S3 bucket: the same archives, manifests, verification and
retention (no Qt).

A backup is made as on this computer (``backups.backup`` into a private temporary folder, where
the manifest is computed from the archive), then uploaded: the archive first, the manifest last,
each through a ``.part`` name. A folder holding an archive without its manifest therefore holds
no backup, and retention never touches it. Verification downloads the remote archive and
restores *that copy* into a scratch volume; its result is written back into the remote manifest.
Retention follows ``retention_rules``, with the remote file's type read by ``lstat`` (a link is
never followed) and its sha256 computed from the remote bytes.
"""

from __future__ import annotations

import json
import stat as statmod
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.present.display import count
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.manifests import (
    MANIFEST_SUFFIX,
    MAX_MANIFEST,
    BadManifest,
    manifest_text,
    read_manifest,
)
from volgui.engine.volumes.retention_rules import age_key, archive_problem
from volgui.engine.volumes.s3 import S3Folder
from volgui.engine.volumes.sftp import SftpFolder

RemoteFolder = SftpFolder | S3Folder

MAX_MANIFESTS = 5000  # manifests read from one remote folder


def _remote(item: bk.BackupInfo, folder: RemoteFolder) -> bk.BackupInfo:
    """``item`` with its paths in the remote folder (for display and for naming it again)."""
    base = Path(folder.target.path)
    return replace(item, archive=base / item.archive.name, manifest=base / item.manifest.name)


def backup_to(engine, volume: str, folder: RemoteFolder, *, compress: bool = False, cancel=None,
              progress=None) -> bk.BackupInfo:
    """Back up ``volume`` and upload the archive, then its manifest, into ``folder``."""
    with tempfile.TemporaryDirectory(prefix="volgui-upload-") as tmp:
        made = bk.backup(engine, volume, tmp, compress=compress, cancel=cancel, progress=progress)
        made = _unique(made, set(folder.names()))
        folder.upload(str(made.archive), made.archive.name, cancel=cancel, progress=progress)
        folder.upload(str(made.manifest), made.manifest.name, cancel=cancel)
    return _remote(made, folder)


def _unique(made: bk.BackupInfo, taken: set[str]) -> bk.BackupInfo:
    """``made`` renamed (archive and manifest) when the remote folder already has its name."""
    name = made.archive.name
    n = 0
    while name in taken or name + MANIFEST_SUFFIX in taken or name + ".part" in taken:
        n += 1
        stem, dot, ext = made.archive.name.partition(".tar")
        name = f"{stem}-{n}{dot}{ext}"
    if n == 0:
        return made
    archive = made.archive.with_name(name)
    made.archive.rename(archive)
    data = json.loads(made.manifest.read_text())
    data["archive"] = name
    manifest = bk.manifest_path(archive)
    manifest.write_text(manifest_text(data))
    made.manifest.unlink()
    return bk.info(manifest)


def _manifests(folder: RemoteFolder, tmp: Path, volume: str | None, engine: str | None,
               problems: list[str] | None) -> list[tuple[dict, bk.BackupInfo]]:
    """The checked manifests in ``folder`` (copied into ``tmp``), newest first."""
    out = []
    names = [n for n in folder.names() if n.endswith(MANIFEST_SUFFIX)
             and (volume is None or n.startswith(f"{volume}--"))]
    for name in names[:MAX_MANIFESTS]:
        local = tmp / name
        try:
            local.write_bytes(folder.read_small(name, MAX_MANIFEST))
            data = read_manifest(local)
            item = bk.info(local)
        except EngineError as exc:  # BadManifest, or a file too large to be one
            if problems is not None:
                problems.append(exc.message)
            continue
        except OSError as exc:
            if problems is not None:
                problems.append(VolumeErrors.tr("The backup manifest {0} cannot be read: {1}")
                                .format(name, exc.strerror or exc))
            continue
        if (volume is None or item.volume == volume) and (engine is None or item.engine == engine):
            out.append((data, _remote(item, folder)))
    return sorted(out, key=lambda pair: age_key(pair[1].created, pair[1].archive.name), reverse=True)


def list_remote(folder: RemoteFolder, volume: str | None = None, engine: str | None = None,
                problems: list[str] | None = None) -> list[bk.BackupInfo]:
    """volgui's backups in the remote ``folder``, newest first; bad manifests are skipped and said."""
    with tempfile.TemporaryDirectory(prefix="volgui-manifests-") as tmp:
        return [item for _data, item in _manifests(folder, Path(tmp), volume, engine, problems)]


def verify_remote(engine, folder: RemoteFolder, manifest_name: str, *, cancel=None,
                  progress=None) -> bk.BackupInfo:
    """Download the archive, restore that copy into a scratch volume, compare; record the result remotely."""
    with tempfile.TemporaryDirectory(prefix="volgui-verify-") as tmp:
        manifest = Path(tmp) / manifest_name
        manifest.write_bytes(folder.read_small(manifest_name, MAX_MANIFEST))
        data = read_manifest(manifest)
        if folder.is_plain_file(data["archive"]):  # else verify says that the archive is missing
            folder.download(data["archive"], str(Path(tmp) / data["archive"]), cancel=cancel,
                            progress=progress)
        result = bk.verify(engine, manifest, cancel=cancel, progress=progress)
        folder.write_small(manifest_name, manifest.read_bytes())
    return _remote(result, folder)


def _why_kept(folder: RemoteFolder, data: dict, cancel) -> str:
    name = data["archive"]
    try:
        st = folder.lstat(name)
    except OSError:
        return VolumeErrors.tr("{0} is missing or not a plain file").format(name)
    return archive_problem(data, name, statmod.S_ISREG(st.st_mode or 0), lambda: st.st_size,
                           lambda: folder.sha256(name, cancel))


def apply_remote_retention(folder: RemoteFolder, volume: str, keep: int, engine: str, report=None,
                           cancel=None) -> list[str]:
    """Delete this engine's backups of ``volume`` beyond the newest ``keep`` in the remote folder.

    The same rules as on this computer (``backups.apply_retention``): only an archive that is the
    plain file its volgui manifest records, by size and sha256, is deleted with its manifest;
    everything else is kept and ``report(sentence)`` says why. Returns the deleted names.
    """
    if keep < 1:
        raise EngineError(VolumeErrors.tr("Keep at least one backup."))
    problems: list[str] = []
    deleted: list[str] = []
    with tempfile.TemporaryDirectory(prefix="volgui-manifests-") as tmp:
        for data, item in _manifests(folder, Path(tmp), volume, engine, problems)[keep:]:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            why = _why_kept(folder, data, cancel)
            if why:
                problems.append(VolumeErrors.tr("Kept {0}: {1}.").format(item.manifest.name, why))
                continue
            for name in (data["archive"], item.manifest.name):
                folder.remove(name)
                deleted.append(name)
    if report is not None:
        for text in problems:
            report(text)
    return deleted


def run_due_remote(engine, store: bk.PolicyStore, folder: RemoteFolder, *, now: datetime | None = None,
                   log=print) -> list[bk.BackupInfo]:
    """``backups.run_due`` for a remote folder: back up what is due, upload it, apply retention there."""
    listed = engine.call(VolumeErrors.tr("Listing volumes"), engine.api.volumes)
    existing = {v["Name"] for v in listed.get("Volumes") or []}
    host = engine.spec.host
    said: set[str] = set()
    done = []
    for policy in store.policies(host):
        if policy.volume not in existing:
            log(f"skip {policy.volume}: the volume no longer exists")
            continue
        problems: list[str] = []
        latest = list_remote(folder, policy.volume, host, problems)
        if policy.due(latest[0].created if latest else None, now):
            started = time.monotonic()
            made = backup_to(engine, policy.volume, folder)
            deleted = apply_remote_retention(folder, policy.volume, policy.keep, host, report=problems.append)
            log(f"backed up {policy.volume} → {folder.target.url}/{made.archive.name} "
                f"({made.archive_size} bytes, {time.monotonic() - started:.1f}s); "
                f"removed {count(len(deleted) // 2, 'old backup')}")
            done.append(made)
        for text in problems:
            if text not in said:
                said.add(text)
                log(text)
    return done


__all__ = ["BadManifest", "apply_remote_retention", "backup_to", "list_remote", "run_due_remote",
           "verify_remote"]
