"""Snapshots of a volume, kept by volgui, and rolling a volume back to one (no Qt).

A snapshot is a backup archive with its manifest (``backups``) in volgui's own snapshots folder,
with a few more fields: ``kind`` "snapshot", a ``note``, the ``reason`` (what volgui was about to
do, when it offered one) and the containers ``running`` on the volume at the time. An archive
rather than a hidden clone volume (measured and explained in docs/snapshots.md): the export is
the direct way (``splice``, no copy through volgui), the manifest scan reads the archive back
whole from the page cache with both hashes in parallel — and the manifest, with every file's
sha256, is what the diff and a partial roll back need. Reading every byte back is the
snapshot's check (its verification says so); a full restore into a scratch volume is the
Backups tab's Verify.

Rolling back: the volume's running users stopped only when asked; a safety snapshot of the
volume as it is now, the snapshot's archive checked against its manifest's sha256 meanwhile (in
a thread); then, when the two manifests allow it, only the changed paths deleted and restored
(``partial_restore``), else the volume emptied and the whole archive restored — exactly either
way (type, mode, owner, times, links: what restores keep), by one container in which tar reads
the archive file itself (``restore_file``) where the engine shares this machine's files; and the
stopped users started again. Where the engine shares this machine's files, the safety snapshot is
made by the roll back's own container (``rollback_swap``), which for a whole-volume roll back
also extracts the snapshot at the same time, the person's entries moved aside until the safety
snapshot is complete and checked (``swap_restore``).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import changes, direct, files, partial_restore, restore_file, rollback_swap, users
from volgui.engine.volumes import transfer as volume_data
from volgui.engine.volumes.error_text import VolumeErrors, entry_count
from volgui.engine.volumes.helpers import helper_labels, volume_exists
from volgui.engine.volumes.manifests import read_manifest
from volgui.engine.volumes.streaming import TransferResult, cancel_token

KIND = "snapshot"
CHANGES_ONLY, WHOLE = "changes only", "whole volume"
MAX_NOTE = 2000  # characters of a note kept in a manifest


@dataclass(frozen=True)
class Snapshot:
    backup: bk.BackupInfo
    note: str = ""
    reason: str = ""
    running: tuple[str, ...] = ()

    @property
    def volume(self) -> str:
        return self.backup.volume

    @property
    def created(self) -> datetime:
        return self.backup.created

    @property
    def engine(self) -> str:
        return self.backup.engine

    @property
    def manifest(self) -> Path:
        return self.backup.manifest

    @property
    def archive(self) -> Path:
        return self.backup.archive


@dataclass(frozen=True)
class RollbackResult:
    snapshot: Snapshot  # what the volume was rolled back to
    safety: Snapshot | None  # the volume just before (None: it did not exist)
    restored: TransferResult
    stopped: tuple[str, ...]  # containers stopped and started again
    problems: str = ""  # containers that did not start again
    method: str = ""  # CHANGES_ONLY or WHOLE


def _from_manifest(manifest: Path) -> Snapshot:
    data = read_manifest(manifest)  # parsed once, not again by bk.info
    return Snapshot(bk.info_of(data, manifest), data.get("note", "")[:MAX_NOTE],
                    data.get("reason", "")[:MAX_NOTE], tuple(data.get("running", [])))


def snapshot(engine, volume: str, folder: str | Path, *, note: str = "", reason: str = "",
             cancel: CancelToken | None = None, progress: Callable | None = None) -> Snapshot:
    """A verified snapshot of ``volume`` in ``folder`` (see the module's docstring)."""
    running = [u.name for u in users.users_running(engine, volume)]
    made = bk.backup(engine, volume, folder, cancel=cancel, progress=progress,
                     extra=_extra(note, reason, running))
    return Snapshot(made, note[:MAX_NOTE], reason[:MAX_NOTE], tuple(running[:200]))


def _extra(note: str, reason: str, running: list[str]) -> Callable[[dict], dict]:
    """A snapshot's own manifest fields (``bk.write_manifest``'s ``extra``)."""
    def extra(entries) -> dict:
        said = VolumeErrors.tr("Read back whole from the written file: {0}, every file's sha256 recorded "
                               "(not restored).").format(entry_count(len(entries)))
        return {"kind": KIND, "note": note[:MAX_NOTE], "reason": reason[:MAX_NOTE], "running": running[:200],
                "created": datetime.now(UTC).isoformat(timespec="microseconds"),
                "verification": {"ok": True, "at": datetime.now(UTC).isoformat(timespec="seconds"),
                                 "message": said}}
    return extra


def snapshot_all(engine, volumes, folder: str | Path, *, note: str = "", reason: str = "",
                 cancel: CancelToken | None = None, progress: Callable | None = None) -> list[Snapshot]:
    """A snapshot of each volume (a container's or a project's), one after the other."""
    cancel = cancel_token(cancel)
    made = []
    names = list(dict.fromkeys(volumes))
    for i, name in enumerate(names):
        cancel.raise_if_cancelled()
        if progress is not None:
            progress({"text": VolumeErrors.tr("Snapshot of {0} ({1}/{2})…").format(name, i + 1, len(names))})
        made.append(snapshot(engine, name, folder, note=note, reason=reason, cancel=cancel))
    return made


def list_snapshots(folder: str | Path, volume: str | None = None, engine: str | None = None,
                   problems: list[str] | None = None) -> list[Snapshot]:
    """The snapshots in ``folder``, newest first; a bad manifest is skipped (and said in ``problems``)."""
    found = bk.list_backups(folder, volume, engine, problems, load=_from_manifest)
    return sorted(found, key=lambda s: (s.created, s.manifest.name), reverse=True)


def delete(manifest: str | Path) -> list[Path]:
    """Delete a snapshot: its archive and its manifest (checked first: only a volgui manifest, and
    only the archive it names beside it — ``read_manifest`` refuses any other name)."""
    read_manifest(manifest)
    item = bk.info(manifest)
    deleted = []
    for path in (item.archive, item.manifest):
        if path.is_file() and not path.is_symlink():
            path.unlink()
            deleted.append(path)
    return deleted


def snapshot_then(engine, names, folder: str | Path, reason: str, action, *args, cancel=None,
                  progress=None, **kwargs):
    """A snapshot of every volume in ``names`` that exists, then ``action`` (prune, re-create…).

    If a snapshot fails or is cancelled, ``action`` does not run: nothing is changed that cannot
    be rolled back.
    """
    cancel = cancel_token(cancel)
    existing = [n for n in names if volume_exists(engine, n)]
    try:
        snapshot_all(engine, existing, folder, reason=reason, cancel=cancel, progress=progress)
    except Cancelled:
        raise
    except EngineError as exc:
        raise EngineError(VolumeErrors.tr("The snapshot failed, so nothing was changed: {0}")
                          .format(exc.message), detail=exc.detail) from exc
    return action(engine, *args, cancel=cancel, progress=progress, **kwargs)


def _check_archive(archive: Path, want: str, out: list[str]) -> None:
    digest = hashlib.sha256()
    try:
        with open(archive, "rb", buffering=0) as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        out.append(VolumeErrors.tr("The snapshot's archive cannot be read: {0}").format(exc.strerror or exc))
        return
    if digest.hexdigest() != want:
        out.append(VolumeErrors.tr("{0} does not have the checksum its manifest records: it was changed or "
                                   "damaged, so it is not restored.").format(archive.name))


_EMPTY = "cd /v && rm -rf -- * .[!.]* ..?*"


def _empty(engine, volume: str, top: list[str]) -> None:
    """Remove everything in the volume: one ``rm -rf`` in a container of the tools image when the
    engine is local (31 top-level entries: 0.3 s instead of 2 s), else each top-level entry
    through the archive endpoint (``files.delete``), which needs no image."""
    import docker.types  # lazy: the docker SDK is not loaded at start-up

    image = direct.find_tar_image(engine)[0] if direct.is_local(engine) else ""
    if image:
        api = engine.api
        mount = docker.types.Mount("/v", volume, type="volume", no_copy=True)
        cid = ""
        try:
            cid = api.create_container(image, [_EMPTY], entrypoint=["sh", "-c"], user="0:0",
                                       network_disabled=True, labels=helper_labels(volume),
                                       host_config=api.create_host_config(mounts=[mount],
                                                                          network_mode="none"))["Id"]
            api.start(cid)
            if api.wait(cid).get("StatusCode") == 0:
                return
        except Exception:  # no sh in the person's tools image, or it cannot run: the endpoints instead
            pass
        finally:
            if cid:
                with contextlib.suppress(Exception):
                    api.remove_container(cid, force=True)
    files.delete(engine, volume, top)


def rollback(engine, manifest: str | Path, folder: str | Path, *, stop_users: bool = False,
             cancel: CancelToken | None = None, progress: Callable | None = None) -> RollbackResult:
    """Roll the snapshot's volume back to the snapshot (see the module's docstring).

    Cancel works until the volume is first changed; from then on the restore runs to its end, so
    the volume is never left half rolled back.
    """
    cancel = cancel_token(cancel)
    target = _from_manifest(Path(manifest))
    archive, volume = target.backup.archive, target.volume
    if not archive.is_file():
        raise EngineError(VolumeErrors.tr("The snapshot's archive {0} is missing.").format(archive.name))
    if not volume_exists(engine, volume):
        problems: list[str] = []
        _check_archive(archive, read_manifest(manifest).get("archive_sha256", ""), problems)
        if problems:
            raise EngineError(problems[0])
        restored = volume_data.import_volume(engine, archive, volume, create=True, progress=progress,
                                             allow_special=True)
        return RollbackResult(target, None, restored, ())
    stopped: list[str] = []
    outcome: list = []
    try:
        # users stopped first, so the safety snapshot is the state the roll back replaces
        stopping = users.users_stopped(engine, volume) if stop_users else contextlib.nullcontext([])
        with stopping as stopped_users:
            stopped = [u.name for u in stopped_users or []]
            outcome.extend(_roll_back_stopped(engine, target, folder, cancel, progress))
    except EngineError as exc:
        if not outcome or not isinstance(exc, users.NotRestarted):
            raise
        return RollbackResult(target, outcome[0], outcome[1], tuple(stopped), exc.message, outcome[2])
    return RollbackResult(target, outcome[0], outcome[1], tuple(stopped), "", outcome[2])


def _roll_back_stopped(engine, target: Snapshot, folder: str | Path, cancel: CancelToken,
                       progress: Callable | None) -> tuple[Snapshot, TransferResult, str]:
    """The safety snapshot, the archive's check, then only what changed or the whole volume."""
    archive, volume = target.backup.archive, target.volume
    data = read_manifest(target.manifest)
    problems: list[str] = []
    want = data.get("archive_sha256", "")
    checker = threading.Thread(target=_check_archive, args=(archive, want, problems),
                               name="volgui-rollback-check", daemon=True)
    checker.start()
    then = changes.manifest_entries(data.get("files", {}))
    reason = VolumeErrors.tr("before rolling back to {0}").format(archive.name)
    try:
        if progress is not None:
            progress({"text": VolumeErrors.tr("Safety snapshot of {0}…").format(volume)})
        safety, restored, failed = _safety_in_one(engine, target, then, folder, reason,
                                                  lambda: checker.join() or (problems[:1] or [""])[0], cancel)
        if safety is None:  # the way before: the safety snapshot, then the restore
            safety = snapshot(engine, volume, folder, reason=reason, cancel=cancel)
    finally:
        checker.join()
    if restored is not None or failed:  # the whole volume, restored with the safety snapshot
        now = changes.manifest_entries(read_manifest(safety.manifest).get("files", {}))
        again = _restore_whole(engine, volume, archive, now, progress, again=True) if failed else None
        return safety, restored or again, WHOLE
    if problems:
        raise EngineError(VolumeErrors.tr("{0} The safety snapshot {1} was kept.").format(
            problems[0], safety.backup.archive.name))
    cancel.raise_if_cancelled()
    now = changes.manifest_entries(read_manifest(safety.manifest).get("files", {}))
    partial = None if archive.name.endswith(".gz") else partial_restore.plan(then, now)
    if partial is None:
        if progress is not None:
            progress({"text": VolumeErrors.tr("Emptying {0}…").format(volume)})
        return safety, _restore_whole(engine, volume, archive, now, progress), WHOLE
    if progress is not None:
        progress({"text": VolumeErrors.tr("Restoring what changed in {0}: {1}…").format(
            volume, entry_count(len(partial.restore)))})
    subset = partial_restore.subset_path(folder, archive)
    try:
        partial_restore.write_subset(archive, partial.restore, subset)
        try:  # one container removes the paths and extracts the file, as `docker run … sh -c` would
            restored = restore_file.restore(engine, volume, subset, delete=partial.delete)
        except restore_file.RestoreFailed:  # the volume may be half changed: all of it, the other way
            return safety, _restore_whole(engine, volume, archive, now, progress, again=True), WHOLE
        except direct.DirectUnavailableError:  # nothing was changed: through the pipe or the endpoints
            if partial.delete:
                files.delete(engine, volume, partial.delete)
            restored = volume_data.import_volume(engine, subset, volume, progress=progress,
                                                 allow_special=True)
    finally:
        subset.unlink(missing_ok=True)
    return safety, restored, CHANGES_ONLY


def _safety_in_one(engine, target: Snapshot, then: dict, folder: str | Path, reason: str, check,
                   cancel: CancelToken) -> tuple[Snapshot | None, TransferResult | None, bool]:
    """The safety snapshot made by the roll back's own container, with the whole restore beside
    it when that is what the roll back will do (``rollback_swap``); (None, None, False) when that
    way cannot be used here and nothing was changed."""
    volume = target.volume
    running = [u.name for u in users.users_running(engine, volume)]
    try:
        made, restored, failed = rollback_swap.safety_and_restore(
            engine, volume, target.backup.archive, then, folder, _extra("", reason, running), check, cancel)
    except direct.DirectUnavailableError:
        return None, None, False
    return Snapshot(made, "", reason[:MAX_NOTE], tuple(running[:200])), restored, failed


def _restore_whole(engine, volume: str, archive: Path, now: dict, progress: Callable | None,
                   again: bool = False) -> TransferResult:
    """Empty the volume and restore the whole archive (checked before): in one container where
    tar reads the file itself (``restore_file``), else emptied and restored through the pipe or
    the endpoints — also when that container failed after changing the volume."""
    if not again:
        try:
            return restore_file.restore(engine, volume, archive, empty=True)
        except (direct.DirectUnavailableError, restore_file.RestoreFailed):
            pass
    _empty(engine, volume, [n for n in now if n != "." and "/" not in n])
    # the snapshot's own archive, checked above: device nodes in it were the volume's own
    return volume_data.import_volume(engine, archive, volume, progress=progress, allow_special=True)
