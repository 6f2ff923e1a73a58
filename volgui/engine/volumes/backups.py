"""Verified backups and a backup policy, on top of volume export/import.

Every archive volgui writes gets a manifest beside it (``NAME.tar.manifest.json``): the volume,
the engine, the time, the entry count, total size, the archive's sha256 and each file's. A
backup is *verified* by restoring it into a scratch volume, reading that back and comparing
entry by entry; the result is written into the manifest. Retention removes only archives that
volgui wrote (see :func:`apply_retention`) — never anything else in the folder. Manifests are
hostile input (``manifests``): a bad one is reported and skipped, never fatal.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tarfile
import tempfile
import time
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.present.display import count
from volgui.engine.volumes import changes, scratch
from volgui.engine.volumes import transfer as volume_data
from volgui.engine.volumes.archive_scan import Entry, scan_archive
from volgui.engine.volumes.error_text import VolumeErrors, entry_count
from volgui.engine.volumes.manifests import (
    MANIFEST_FORMAT,
    MANIFEST_SUFFIX,
    BadManifest,
    aware_time,
    check_manifest,
    check_size,
    manifest_text,
    read_manifest,
)
from volgui.engine.volumes.policies import Policy, PolicyStore, parse_interval
from volgui.engine.volumes.retention_rules import age_key, archive_problem
from volgui.engine.volumes.stream_scan import NotScanned, StreamScan

__all__ = ["BackupInfo", "Entry", "Policy", "PolicyStore", "apply_retention", "backup", "backup_first",
           "info", "list_backups", "manifest_path", "parse_interval", "run_due", "scan_archive", "verify",
           "write_manifest"]

SCRATCH_LABEL = "volgui.verify"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    archive: Path
    manifest: Path
    volume: str
    engine: str
    created: datetime
    entries: int
    total_size: int
    archive_size: int
    verified: bool | None = None  # None: never verified
    verified_at: str = ""
    verify_message: str = ""

    @property
    def age_seconds(self) -> float:
        return (datetime.now(UTC) - self.created).total_seconds()


def manifest_path(archive: str | os.PathLike) -> Path:
    return Path(str(archive) + MANIFEST_SUFFIX)


def write_manifest(archive: str | os.PathLike, volume: str, engine: str, extra=None, scanned=None) -> Path:
    """Scan the archive and write its manifest; ``extra``: more fields (``extra(entries)`` → dict);
    ``scanned``: the scan already made while the archive was written (``stream_scan``)."""
    return _write_manifest(archive, volume, engine, extra, scanned)[0]


def _write_manifest(archive, volume: str, engine: str, extra, scanned) -> tuple[Path, dict]:
    """:func:`write_manifest`, and what it wrote (checked as :func:`read_manifest` checks a file)."""
    entries, sha, size = scanned if scanned is not None else scan_archive(archive)
    files = {k: entries[k].__dict__ for k in sorted(entries)}
    data = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "tool": "volgui",
        "volume": volume,
        "engine": engine,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "archive": Path(archive).name,
        "archive_sha256": sha,
        "archive_size": size,
        "entries": len(entries),
        "total_size": sum(e.size for e in entries.values()),
        "files": files,
        "verification": None,
    }
    if extra is not None:
        data.update(extra(entries))
    path = manifest_path(archive)
    check_manifest(path, data)  # never a manifest that the listing would skip …
    text = manifest_text(data)
    check_size(path, len(text))  # … nor one too large to read (the text is ASCII: one byte a character)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)
    return path, data


def info(manifest: str | os.PathLike) -> BackupInfo:
    """The checked manifest as a :class:`BackupInfo`; :class:`BadManifest` when it is not one."""
    return info_of(read_manifest(manifest), Path(manifest))


def info_of(data: dict, manifest: Path) -> BackupInfo:
    """:func:`info` of the manifest at ``manifest`` already read and checked as ``data``."""
    verification = data.get("verification") or {}
    return BackupInfo(
        archive=Path(manifest).with_name(data["archive"]), manifest=Path(manifest), volume=data["volume"],
        engine=data.get("engine", ""), created=aware_time(data["created"]),
        entries=data.get("entries", 0), total_size=data.get("total_size", 0),
        archive_size=data.get("archive_size", 0),
        verified=verification.get("ok") if verification else None,
        verified_at=verification.get("at", "") if verification else "",
        verify_message=verification.get("message", "") if verification else "")


def backup(engine, volume: str, folder: str | os.PathLike, *, compress: bool = False, cancel=None,
           progress=None, extra=None) -> BackupInfo:
    """Export ``volume`` into ``folder`` with a timestamped name and write its manifest
    (``extra``: see :func:`write_manifest`)."""
    archive = new_archive(folder, volume, compress)
    scan = None if compress else StreamScan()  # the manifest's hashes made as tar writes the file
    try:
        volume_data.export_volume(engine, volume, str(archive), compress=compress, cancel=cancel,
                                  progress=progress, watch=scan.feed if scan is not None else None)
    finally:
        if scan is not None:
            scan.close()
    return finish(archive, volume, engine.spec.host, extra, scan)


def new_archive(folder: str | os.PathLike, volume: str, compress: bool = False) -> Path:
    """A new backup's timestamped name in ``folder`` (made if missing), not taken yet."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    archive = folder / f"{volume}--{stamp}.tar{'.gz' if compress else ''}"
    n = 1
    while archive.exists():
        archive = folder / f"{volume}--{stamp}-{n}.tar{'.gz' if compress else ''}"
        n += 1
    return archive


def finish(archive: Path, volume: str, engine: str, extra, scan: StreamScan | None) -> BackupInfo:
    """The written ``archive``'s manifest, from ``scan`` when it followed the whole file."""
    try:
        manifest, data = _write_manifest(archive, volume, engine, extra, _scanned(scan, archive))
        return info_of(data, manifest)  # as written: not read back (0.2 s for 100 000 entries)
    except BaseException:
        archive.unlink(missing_ok=True)  # no archive without its manifest: nothing would list it
        raise


def _scanned(scan: StreamScan | None, archive: Path):
    """The scan made while writing, when it followed the whole file; None: scan the file now."""
    if scan is None:
        return None
    try:
        found = scan.result()
    except NotScanned:
        return None
    return found if found[2] == archive.stat().st_size else None


def _compare(expected: dict[str, dict], actual: dict[str, Entry]) -> list[str]:
    problems = []
    for path, want in expected.items():
        got = actual.get(path)
        if got is None:
            problems.append(VolumeErrors.tr("{0}: missing after restore").format(path))
            continue
        for key in ("type", "mode", "uid", "gid", "mtime", "size", "sha256", "link"):
            if path == "." and key == "mtime":
                continue  # the restored volume's root gets its own time
            if want.get(key) != getattr(got, key):
                problems.append(VolumeErrors.tr("{0}: {1} {2} became {3}").format(
                    path, key, repr(want.get(key)), repr(getattr(got, key))))
    for path in actual.keys() - expected.keys():
        problems.append(VolumeErrors.tr("{0}: appeared after restore").format(path))
    return problems


def verify(engine, manifest: str | os.PathLike, *, cancel=None, progress=None) -> BackupInfo:
    """Check the archive against its manifest, restore it into a scratch volume and compare.

    The result is recorded in the manifest. Raises nothing for a failed verification: the
    returned info's ``verified`` is False and ``verify_message`` says what differs.
    """
    data = read_manifest(manifest)
    archive = Path(manifest).with_name(data["archive"])
    ok, message = True, ""
    if not archive.exists():
        ok, message = False, VolumeErrors.tr("The archive {0} is missing.").format(archive.name)
    else:
        entries, sha, _size = _scan_or_refuse(archive)
        if sha != data.get("archive_sha256"):
            ok, message = False, VolumeErrors.tr("The archive's checksum does not match its manifest: it was "
                                                 "changed or damaged after the backup.")
        elif _compare(data["files"], entries):
            ok, message = False, VolumeErrors.tr("The archive's contents do not match its manifest.")
    if ok:
        scratch = f"volgui-verify-{uuid.uuid4().hex[:12]}"
        engine.api.create_volume(scratch, labels={SCRATCH_LABEL: "1"})
        try:
            volume_data.import_volume(engine, str(archive), scratch, cancel=cancel, progress=progress)
            with tempfile.TemporaryDirectory(prefix="volgui-verify-") as tmp:
                readback = Path(tmp) / "readback.tar"
                volume_data.export_volume(engine, scratch, str(readback), compress=False, cancel=cancel)
                restored, _, _ = _scan_or_refuse(readback)
            problems = _compare(data["files"], restored)
            if problems:
                ok = False
                message = VolumeErrors.tr("%Ln difference(s) after restoring: {0}", "", len(problems)).format(
                    "; ".join(problems[:5]) + (" …" if len(problems) > 5 else ""))
            else:
                message = VolumeErrors.tr("Restored {0} into a scratch volume: all match.").format(
                    entry_count(len(restored)))
        finally:
            try:
                engine.api.remove_volume(scratch, force=True)
            except Exception:  # a stuck scratch volume is swept later by its label
                pass
    data["verification"] = {"ok": ok, "at": datetime.now(UTC).isoformat(timespec="seconds"),
                            "message": message}
    tmp_path = Path(manifest).with_suffix(".tmp")
    try:
        tmp_path.write_text(manifest_text(data))
        os.replace(tmp_path, manifest)
    except OSError as exc:
        raise EngineError(VolumeErrors.tr("The verification result cannot be written to {0}: {1}")
                          .format(Path(manifest).name, exc.strerror or exc)) from exc
    return info(manifest)


def _scan_or_refuse(archive: Path) -> tuple[dict[str, Entry], str, int]:
    """:func:`scan_archive`, with every way an archive can fail to read as an EngineError."""
    try:
        return scan_archive(archive)
    except EngineError:
        raise
    except (tarfile.TarError, OSError, EOFError, ValueError, zlib.error) as exc:
        raise EngineError(VolumeErrors.tr("The archive {0} cannot be read: {1}")
                          .format(archive.name, str(exc)[:300])) from exc


# what a manifest was read as, by (path, load, inode, size, mtime, ctime): a listing parses only
# manifests new or changed since (one of 100 000 entries takes 0.25 s to parse and check, and a
# listing reads every manifest in the folder); cleared when it holds MAX_REMEMBERED
_remembered: dict[tuple, object] = {}
MAX_REMEMBERED = 2048


def _read_remembered(manifest: Path, load):
    try:
        st = manifest.stat()
    except OSError:
        return load(manifest)  # says why it cannot be read
    key = (str(manifest), load, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    found = _remembered.get(key)
    if found is None:
        found = load(manifest)
        if len(_remembered) >= MAX_REMEMBERED:
            _remembered.clear()
        _remembered[key] = found
    return found


def list_backups(folder: str | os.PathLike, volume: str | None = None,
                 engine: str | None = None, problems: list[str] | None = None, load=None,
                 remembered: bool = True) -> list:
    """volgui's backups in ``folder`` (newest first); files without a valid manifest are skipped
    and, when ``problems`` is given, each bad manifest's sentence is appended to it.

    ``engine`` (a host, as in the manifests): only that engine's backups — two engines may each
    have a volume of the same name backed up into the same folder. ``load(manifest)``: what to
    make of each (default :func:`info`; it has ``volume``, ``engine`` and ``created``), read again
    only when the file changed unless ``remembered`` is False. Scratch that a crash left there is
    removed first (``scratch.sweep``).
    """
    scratch.sweep(folder)
    out = []
    for manifest in sorted(Path(folder).glob(f"*{MANIFEST_SUFFIX}")):
        try:
            item = _read_remembered(manifest, load or info) if remembered else (load or info)(manifest)
        except BadManifest as exc:
            if problems is not None:
                problems.append(exc.message)
            continue
        if (volume is None or item.volume == volume) and (engine is None or item.engine == engine):
            out.append(item)
    return sorted(out, key=lambda b: age_key(b.created, b.archive.name), reverse=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _not_ours(item: BackupInfo) -> str:
    """Why retention must not delete ``item``'s archive ("" = it is the archive volgui wrote)."""
    archive = item.archive
    return archive_problem(read_manifest(item.manifest), archive.name,
                           not archive.is_symlink() and archive.is_file(),
                           lambda: archive.stat().st_size, lambda: _sha256(archive))


def apply_retention(folder: str | os.PathLike, volume: str, keep: int, engine: str,
                    report=None) -> list[Path]:
    """Delete this engine's backups of this volume beyond the newest ``keep``; return what was deleted.

    Backups of a same-named volume on another engine are never counted nor deleted. An old backup
    is deleted only when its archive is the file its manifest was written for: named as the
    manifest without ``.manifest.json``, a plain file with the size and sha256 the manifest
    records, for this volume and engine. Anything else is kept, and ``report(sentence)`` (default:
    nothing) is told why; so is each bad manifest found.
    """
    if keep < 1:
        raise EngineError(VolumeErrors.tr("Keep at least one backup."))
    problems: list[str] = []
    deleted = []
    for item in list_backups(folder, volume, engine, problems, remembered=False)[keep:]:
        try:
            why = _not_ours(item)
        except (BadManifest, OSError) as exc:
            why = exc.message if isinstance(exc, EngineError) else str(exc.strerror or exc)
        if why:
            problems.append(VolumeErrors.tr("Kept {0}: {1}.").format(item.manifest.name, why))
            continue
        for path in (item.archive, item.manifest):
            if path.exists():
                path.unlink()
                deleted.append(path)
    if report is not None:
        for text in problems:
            report(text)
    return deleted


def run_due(engine, store: PolicyStore, folder: str | os.PathLike, *, now: datetime | None = None,
            log=print) -> list[BackupInfo]:
    """Back up every volume whose policy is due on this engine, then apply its retention."""
    done = []
    said: set[str] = set()

    def say(text: str) -> None:  # a bad manifest is said once, however many policies meet it
        if text not in said:
            said.add(text)
            log(text)

    listed = engine.call(VolumeErrors.tr("Listing volumes"), engine.api.volumes)
    existing = {v["Name"] for v in listed.get("Volumes") or []}
    for policy in store.policies(engine.spec.host):
        if policy.volume not in existing:
            log(f"skip {policy.volume}: the volume no longer exists")
            continue
        problems: list[str] = []
        previous = list_backups(folder, policy.volume, engine.spec.host, problems)
        for text in problems:
            say(text)
        last = previous[0].created if previous else None
        checked = store.checked_unchanged(engine.spec.host, policy.volume)
        if not policy.due(max(last, checked) if last and checked else last, now):
            continue
        if previous and changes.unchanged_since(engine, previous[0].manifest):
            log(f"skip {policy.volume}: nothing changed since {previous[0].archive.name}")
            store.set_checked_unchanged(engine.spec.host, policy.volume, now)
            with contextlib.suppress(OSError):
                store.save()
            continue
        t0 = time.monotonic()
        made = backup(engine, policy.volume, folder)
        deleted = apply_retention(folder, policy.volume, policy.keep, engine.spec.host, report=say)
        log(f"backed up {policy.volume} → {made.archive.name} ({made.archive_size} bytes, "
            f"{time.monotonic() - t0:.1f}s); removed {count(len(deleted) // 2, 'old backup')}")
        done.append(made)
    return done


def backup_first(engine, names, folder: str | os.PathLike, action, *args, cancel=None, progress=None,
                 **kwargs):
    """Back up every volume in ``names`` into ``folder``, then run ``action`` (remove, prune…).

    If any backup fails or is cancelled, ``action`` does not run: nothing is deleted that was
    not saved first.
    """
    made = []
    for i, name in enumerate(names):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress({"text": VolumeErrors.tr("Backing up {0} ({1}/{2})…").format(name, i + 1, len(names))})
        try:
            made.append(backup(engine, name, folder, cancel=cancel))
        except Cancelled:
            raise
        except Exception as exc:  # the engine's, or the folder's (not writable, disk full)
            err = from_docker(exc, host=engine.spec.host)
            raise EngineError(VolumeErrors.tr("Backing up {0} failed, so nothing was deleted: {1}")
                              .format(name, err.message), detail=err.detail) from exc
    return action(engine, *args, cancel=cancel, progress=progress, **kwargs)
