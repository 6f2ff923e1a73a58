"""The Backups tab's work on an SFTP or S3 folder (no Qt): each call opens its own connection.

Run in a ``JobThread`` like the local ones (``operations.backups``). The password, when one is
needed, is passed in from memory or the desktop keyring and never written anywhere; a server that
wants one raises ``PasswordNeeded`` so the tab can ask.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from volgui.engine import keyring_store
from volgui.engine.errors import EngineError
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import remote_backups as rb
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.manifests import MAX_MANIFEST, read_manifest
from volgui.engine.volumes.remote_folders import open_folder, target
from volgui.engine.volumes.transfer import import_volume


def _open(url: str, password: str | None):
    """The folder, with ``password`` or else the one in the desktop keyring (read here, in the job's
    thread: a keyring may take a while to answer, or ask to be unlocked)."""
    if password is None:
        password = keyring_store.get_password(target(url).account)
    return open_folder(url, password)


def check_folder(_engine, url: str, password: str | None) -> str:
    """Connect once (host key, login, folder); a sentence saying what is there."""
    with _open(url, password) as folder:
        found = rb.list_remote(folder)
    return VolumeErrors.tr("Connected: %Ln volgui backup(s) in {0}.", "", len(found)).format(
        folder.target.path)


def list_remote(_engine, url: str, password: str | None) -> list[bk.BackupInfo]:
    with _open(url, password) as folder:
        return rb.list_remote(folder)


def backup_remote(engine, volume: str, url: str, password: str | None, keep: int, *, cancel=None,
                  progress=None) -> tuple[bk.BackupInfo, str]:
    """Back up, upload, then (``keep`` > 0) apply the retention there; a failed retention is a note."""
    notes: list[str] = []
    with _open(url, password) as folder:
        made = rb.backup_to(engine, volume, folder, cancel=cancel, progress=progress)
        if keep > 0:
            try:
                rb.apply_remote_retention(folder, volume, keep, made.engine, report=notes.append,
                                          cancel=cancel)
            except (OSError, EngineError) as exc:
                notes.append(exc.message if isinstance(exc, EngineError) else str(exc.strerror or exc))
    if not notes:
        return made, ""
    return made, VolumeErrors.tr("Older backups could not be removed: {0}").format(" ".join(notes))


def verify_remote(engine, url: str, password: str | None, manifest_name: str, *, cancel=None,
                  progress=None) -> bk.BackupInfo:
    with _open(url, password) as folder:
        return rb.verify_remote(engine, folder, manifest_name, cancel=cancel, progress=progress)


def restore_remote(engine, url: str, password: str | None, manifest_name: str, volume: str, *, cancel=None,
                   progress=None):
    """Download the archive, then restore it into a new volume (as a local restore does)."""
    with _open(url, password) as folder, tempfile.TemporaryDirectory(prefix="volgui-restore-") as tmp:
        manifest = Path(tmp) / manifest_name
        manifest.write_bytes(folder.read_small(manifest_name, MAX_MANIFEST))
        archive = Path(tmp) / read_manifest(manifest)["archive"]
        folder.download(archive.name, str(archive), cancel=cancel, progress=progress)
        return import_volume(engine, str(archive), volume, create=True, allow_special=False, cancel=cancel,
                             progress=progress)
