"""A roll back's safety snapshot made by the roll back's own container (``swap_restore``), no Qt.

The safety archive is written, read back and hashed as every snapshot's is (``stream_scan``),
fsynced and renamed into place, and its manifest written and fsynced; only then, and only when the
snapshot being restored passed its check, is the container told to remove the person's entries.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes import restore_file, scratch, swap_restore
from volgui.engine.volumes.archive_scan import Entry
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.stream_scan import StreamScan
from volgui.engine.volumes.streaming import TransferResult


def _fsync(path: str | os.PathLike, folder: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if folder else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safety_and_restore(engine, volume: str, archive: Path, then: dict[str, Entry], folder: str | Path,
                       extra, check: Callable[[], str], cancel: CancelToken
                       ) -> tuple[bk.BackupInfo, TransferResult | None, bool]:
    """The safety snapshot of ``volume`` in ``folder`` and, when the roll back to ``archive``
    (entries ``then``) restores the whole volume, that restore at the same time.

    Returns the safety snapshot, the restore (None: only what changed is to be restored, by the
    caller) and whether the whole restore failed after changing the volume (then the caller
    restores it whole the other way; the safety snapshot is complete). ``check()`` says why the
    snapshot's archive may not be restored ("": it may). Raises
    :class:`direct.DirectUnavailableError` when nothing was changed and no safety snapshot made.
    """
    target = bk.new_archive(folder, volume)
    fd, tmp = scratch.new_part(target)
    placed = False
    try:
        with swap_restore.Swap(engine, volume, archive, tmp, then, cancel) as swap:
            whole = swap.predicts_whole(then)
            scan = StreamScan()
            try:
                swap.make_safety(whole, fd, scan.feed)
            finally:
                scan.close()
            os.fsync(fd)
            os.replace(tmp, target)
            placed = True
            made = bk.finish(target, volume, engine.spec.host, extra, scan)
            _fsync(made.manifest)
            _fsync(target.parent, folder=True)
            problem = check()
            if problem:  # leaving the block puts the person's entries back
                raise EngineError(VolumeErrors.tr("{0} The safety snapshot {1} was kept.").format(
                    problem, target.name))
            if cancel.cancelled:
                raise Cancelled()
            if not whole:
                return made, None, False
            try:
                return made, swap.go(), False
            except restore_file.RestoreFailed:
                return made, None, True
    finally:
        os.close(fd)
        if not placed:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
