"""The Backups tab's work: list the backups folder, back up and apply the retention (no Qt).

These run in a ``JobThread``: the listing without an engine (it only reads files), the backup
with its own connection.
"""

from __future__ import annotations

from pathlib import Path

from volgui.engine.errors import EngineError, local_file_message
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import changes
from volgui.engine.volumes.error_text import VolumeErrors


def list_backups(_engine, folder: str) -> list[bk.BackupInfo]:
    """The backups in ``folder``, newest first (reads files only: no engine)."""
    return bk.list_backups(folder)


def list_backups_in(_engine, folders: list[str]) -> list[bk.BackupInfo]:
    """The backups in every folder of ``folders`` (each once), newest first."""
    seen: dict[str, bk.BackupInfo] = {}
    for folder in folders:
        for item in bk.list_backups(folder):
            seen.setdefault(str(item.manifest.resolve()), item)
    return sorted(seen.values(), key=lambda b: b.created, reverse=True)


def no_engine():
    """The "engine factory" of jobs that need none."""
    return None


def backup_and_retain(engine, volume: str, folder: str, keep: int, *, cancel=None,
                       progress=None) -> tuple[bk.BackupInfo, str]:
    """In the job's thread: the backup, then (``keep`` > 0: a policy) delete the older ones.

    A retention that fails does not undo the backup: it comes back as a note to show.
    A kept backup that retention would have removed (its archive is not the file its manifest
    was written for) and a bad manifest are said in the note too.
    """
    made = bk.backup(engine, volume, folder, cancel=cancel, progress=progress)
    notes: list[str] = []
    if keep > 0:
        try:
            bk.apply_retention(folder, volume, keep, made.engine, report=notes.append)
        except (OSError, EngineError) as exc:
            notes.append(local_file_message(exc) if isinstance(exc, OSError) else exc.message)
    if not notes:
        return made, ""
    return made, VolumeErrors.tr("Older backups could not be removed: {0}").format(" ".join(notes))


def policy_backup(engine, volume: str, folder: str, keep: int, last_manifest: str, *, cancel=None,
                  progress=None) -> tuple[bk.BackupInfo | None, str]:
    """A due policy backup: none when nothing changed since ``last_manifest`` (the note says so)."""
    if last_manifest and changes.unchanged_since(engine, last_manifest, cancel=cancel):
        name = Path(last_manifest).name
        return None, VolumeErrors.tr("Nothing changed in {0} since its last backup ({1}): skipped.").format(
            volume, name)
    return backup_and_retain(engine, volume, folder, keep, cancel=cancel, progress=progress)


__all__ = ["backup_and_retain", "list_backups", "no_engine", "policy_backup"]
