"""Snapshots and roll back, what changed since a backup, and a file's two versions (no Qt).

Each runs in a ``JobThread`` with its own connection (``cancel``/``progress`` from the job);
the listing reads files only. The snapshots live in :func:`folder` (volgui's data folder).
"""

from __future__ import annotations

from pathlib import Path

from volgui import paths
from volgui.engine import lessons
from volgui.engine.volumes import changes, file_versions, interrupted, snapshots
from volgui.engine.volumes.error_text import VolumeErrors


def folder() -> Path:
    """Where volgui keeps snapshots (beside the default backups folder, never in the person's)."""
    return paths.data_dir() / "snapshots"


def take(engine, volumes: list[str], note: str = "", reason: str = "", *, cancel=None,
         progress=None) -> list[snapshots.Snapshot]:
    """A snapshot of each volume (one, or a container's)."""
    return snapshots.snapshot_all(engine, volumes, folder(), note=note, reason=reason, cancel=cancel,
                                  progress=progress)


def timeline(_engine, volume: str, host: str) -> tuple[list[snapshots.Snapshot], list[str]]:
    """The volume's snapshots on this engine, newest first, and the bad manifests met."""
    problems: list[str] = []
    return snapshots.list_snapshots(folder(), volume, host, problems), problems


def roll_back(engine, manifest: str, stop_users: bool, *, cancel=None,
              progress=None) -> snapshots.RollbackResult:
    return snapshots.rollback(engine, manifest, folder(), stop_users=stop_users, cancel=cancel,
                              progress=progress)


def left_aside(engine, volume: str) -> list[interrupted.LeftAside]:
    """The folders interrupted roll backs left in ``volume`` (its top level listed)."""
    return interrupted.find(engine, volume)


def put_back(engine, volume: str, hidden: str, *, cancel=None, progress=None) -> None:
    """A snapshot of ``volume`` first (so removing what a roll back extracted can be undone too),
    then the entries in the folder ``hidden`` put back (``interrupted.put_back``)."""
    reason = VolumeErrors.tr("before putting back an interrupted roll back")
    snapshots.snapshot_then(engine, [volume], folder(), reason, _put_back, volume, hidden, cancel=cancel,
                            progress=progress)


def _put_back(engine, volume: str, hidden: str, *, cancel=None, progress=None) -> None:
    if progress is not None:
        progress({"text": VolumeErrors.tr("Putting back the entries of {0}…").format(volume)})
    interrupted.put_back(engine, volume, hidden, cancel)


def delete(_engine, manifest: str) -> list[Path]:
    """Delete one snapshot (files only: no engine)."""
    return snapshots.delete(manifest)


def snapshot_first(engine, names: list[str], reason: str, action, *args, cancel=None, progress=None,
                   **kwargs):
    """A snapshot of each existing volume in ``names``, then ``action`` (it does not run if one fails)."""
    return snapshots.snapshot_then(engine, names, folder(), reason, action, *args, cancel=cancel,
                                   progress=progress, **kwargs)


def snapshot_then_clean_up(engine, plan: lessons.CleanupPlan, *, cancel=None, progress=None) -> list[str]:
    """A lesson's clean-up with a snapshot of each volume it removes first (none removed if one fails)."""
    reason = VolumeErrors.tr("before a lesson's clean-up removed it")
    snapshots.snapshot_then(engine, plan.volumes, folder(), reason, _nothing, cancel=cancel,
                            progress=progress)
    return lessons.remove_planned(engine, plan)


def _nothing(_engine, *, cancel=None, progress=None) -> None:
    return None


def what_changed(engine, manifest: str, *, cancel=None, progress=None) -> changes.Diff:
    return changes.since(engine, manifest, cancel=cancel, progress=progress)


def compare_file(engine, archive: str, volume: str, path: str, old_sha256: str = "", *, cancel=None,
                 progress=None) -> tuple[file_versions.Versions, tuple[frozenset[int], frozenset[int]]]:
    """A file's version in the archive and in the volume, and (text) which lines differ."""
    found = file_versions.versions(engine, archive, volume, path, old_sha256)
    return found, (found.changed_lines() if found.text else (frozenset(), frozenset()))


__all__ = ["compare_file", "delete", "folder", "left_aside", "put_back", "roll_back", "snapshot_first",
           "snapshot_then_clean_up", "take", "timeline", "what_changed"]
