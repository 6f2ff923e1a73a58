"""Back up, restore and clone a volume, stopping the containers that use it when asked (no Qt).

These run in a ``JobThread`` with its own connection (long work must not hold up the session's
request worker); each gets the job's ``cancel`` and ``progress``.
"""

from __future__ import annotations

from pathlib import Path

from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import snapshots, users
from volgui.engine.volumes import transfer as vd
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.operations import snapshots as snap_ops


def back_up(engine, volume: str, path: str, compress: bool, stop_users: bool, *, cancel, progress):
    """``volume`` into the tar archive ``path``; its running users stopped meanwhile when asked.

    A manifest is written beside the archive, as for the Backups tab's own backups, so the tab
    lists it (and can verify it) wherever it was saved."""
    if stop_users:
        with users.users_stopped(engine, volume):
            result = vd.export_volume(engine, volume, path, compress, cancel=cancel, progress=progress)
    else:
        result = vd.export_volume(engine, volume, path, compress, cancel=cancel, progress=progress)
    try:
        bk.write_manifest(path, volume, engine.spec.host)
    except OSError:
        pass  # a read-only folder: the archive is good, it is just not listed in the Backups tab
    return result


def restore(engine, path: str, volume: str, create: bool, stop_users: bool, *, cancel, progress,
            allow_special: bool = False, snapshot_first: bool = False):
    """The archive ``path`` into ``volume`` (a new one when ``create``); ``allow_special``: the
    person saw the archive's device nodes and set-ID files listed and agreed to restore them;
    ``snapshot_first``: a snapshot of the existing volume before anything is written (with its
    users stopped, when they are), so the restore can be rolled back."""
    def work():
        if snapshot_first and not create:
            snapshots.snapshot(engine, volume, snap_ops.folder(), cancel=cancel,
                               reason=VolumeErrors.tr("before restoring {0} over it").format(Path(path).name))
        return vd.import_volume(engine, path, volume, create, cancel=cancel, progress=progress,
                                allow_special=allow_special)

    if stop_users and not create:
        with users.users_stopped(engine, volume):
            return work()
    return work()


def clone(engine, src: str, dst: str, stop_users: bool, *, cancel, progress):
    """A new volume ``dst`` with the files of ``src``."""
    if stop_users:
        with users.users_stopped(engine, src):
            return vd.clone_volume(engine, src, dst, cancel=cancel, progress=progress)
    return vd.clone_volume(engine, src, dst, cancel=cancel, progress=progress)


__all__ = ["back_up", "clone", "restore"]
