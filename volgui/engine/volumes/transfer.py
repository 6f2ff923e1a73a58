"""Volume data without pulling an image: back up, restore and clone volumes (no Qt).

How it works (see also ``volgui.engine.volumes.files`` for browsing): through a created, never
started helper container (``helpers``) and the engine's archive endpoints, streamed in chunks
(``streaming``); or, when the engine runs on this machine and has an image with tar, the direct
way (``direct``). :func:`overwrite_preview` says what an import would replace.

Every operation has an equivalent ``docker`` command line (:func:`export_command` and friends in
``volgui.engine.present.commands``; ``TransferResult.command``) so a person can script the same work.
The helper image's lifecycle is in ``helpers``; stopping a volume's users while copying in ``users``.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from volgui.engine import raw_api
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.present.commands import clone_command, export_command, import_command, quote
from volgui.engine.volumes import direct as volume_direct
from volgui.engine.volumes import direct_file, scratch
from volgui.engine.volumes.archive_check import check_archive, require_restorable
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import (
    MOUNT,
    helper,
    require_volume,
    volume_exists,
)
from volgui.engine.volumes.streaming import (
    CHUNK,
    Meter,
    RootHeader,
    TransferResult,
    archive_stream,
    cancel_token,
    counted,
    estimating,
    file_chunks,
    put_stream,
)
from volgui.engine.volumes.tar_headers import (
    FolderAndLinkHeaders,  # one definition: the views hide what carries it
)

# -- export / import / clone -------------------------------------------------------------------------


def _direct_image(engine, direct: bool | None) -> tuple[str, tuple[str, ...]]:
    """The image for a direct transfer, or ("", ()) for the archive endpoints."""
    if direct is False or not volume_direct.is_local(engine):
        return "", ()
    return volume_direct.find_tar_image(engine)


def export_volume(engine, name: str, path: str | os.PathLike, compress: bool = False,
                  cancel: CancelToken | None = None, progress: Callable | None = None,
                  estimate: bool = True, fsync: bool = True, level: int = 6,
                  direct: bool | None = None, watch: Callable | None = None) -> TransferResult:
    """Write volume ``name`` as a tar (``compress``: gzip) to ``path``.

    ``watch``: given every byte of a plain archive in order, read back from the file as tar
    writes it (``direct_file``), each piece with the call that frees its buffer
    (``StreamScan.feed``) — the manifest's scan made on the way; not called on the other ways
    (then the caller reads the finished file).

    The archive is streamed to a temporary file next to ``path`` and renamed over it at the end,
    so a cancelled or failed export leaves no partial file. The archive's entries are ``./…``
    (like ``tar -C /v -cf x.tar .``) and keep type, mode, owner, times, symlinks and hardlinks.

    ``direct``: None (default) uses :mod:`volume_direct` when the engine is local and has an image
    with tar, else the archive endpoints; False always uses the endpoints.
    """
    cancel = cancel_token(cancel)
    target = Path(path).absolute()
    command = export_command(name, target, compress)
    require_volume(engine, name)
    if not target.parent.is_dir():
        raise EngineError(VolumeErrors.tr("The folder {0} does not exist.").format(target.parent))
    if target.is_dir():
        raise EngineError(VolumeErrors.tr("{0} is a folder: choose a file name for the backup.")
                          .format(target))
    meter = Meter(progress, phase="export")
    image, argv = _direct_image(engine, direct)
    method = "api"
    fd, tmp_name = scratch.new_part(target)
    tmp = Path(tmp_name)
    done = False
    try:
        with os.fdopen(fd, "wb", buffering=CHUNK) as raw, \
                estimating(engine, [name], meter, estimate and progress is not None):
            out = raw
            gz = None
            if compress:
                gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=level, mtime=0)
                out = gz
            if image and gz is None:  # tar writes the file itself, as `docker run … tar -cf` does
                try:
                    raw.flush()
                    direct_file.tar_into_file(engine, name, image, argv, raw.fileno(), tmp_name, cancel,
                                              watch, meter.add)
                    method = "direct"
                except volume_direct.DirectUnavailableError:
                    pass  # the engine cannot write our file: the FIFO next
            if image and method == "api":
                try:
                    if gz is None:  # into the file inside the kernel: no copy through this process
                        raw.flush()
                        _splice_all(volume_direct.splice_volume(engine, name, image, argv, raw.fileno(),
                                                                cancel), cancel, meter, target)
                    else:
                        _write_all(volume_direct.read_volume(engine, name, image, argv, cancel),
                                   out, cancel, meter, engine, name, target)
                    method = "direct"
                except volume_direct.DirectUnavailableError:
                    pass  # nothing was read: the archive endpoints instead
            if method == "api":
                with helper(engine, name, read_only=True) as cid:
                    chunks, _stat = archive_stream(engine, cid, f"{MOUNT}/.")
                    _write_all(chunks, out, cancel, meter, engine, name, target)
            if gz is not None:
                gz.close()
            raw.flush()
            if fsync:
                os.fsync(raw.fileno())
        os.replace(tmp, target)
        done = True
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()
    meter.report()
    return TransferResult(name, meter.done, meter.elapsed, command, str(target), method)


def _splice_all(counts, cancel: CancelToken, meter: Meter, target: Path) -> None:
    """Count what ``splice_volume`` moves; cancellable, with clear write errors."""
    try:
        for n in counts:
            if cancel.cancelled:
                raise Cancelled()
            meter.add(n)
    except OSError as exc:
        raise EngineError(VolumeErrors.tr("Cannot write {0}: {1}")
                          .format(target, exc.strerror or exc)) from exc
    finally:
        counts.close()


def _write_all(chunks, out, cancel: CancelToken, meter: Meter, engine, name: str, target: Path) -> None:
    """Copy an archive stream into ``out``, counting and cancellable, with clear write errors."""
    try:
        for chunk in counted(chunks, cancel, meter):
            out.write(chunk)
    except (Cancelled, EngineError, volume_direct.DirectUnavailableError):
        raise
    except OSError as exc:
        if isinstance(exc, PermissionError | IsADirectoryError) or exc.errno in (28, 122):
            raise EngineError(VolumeErrors.tr("Cannot write {0}: {1}")
                              .format(target, exc.strerror or exc)) from exc
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Exporting {0}")
                          .format(name)) from exc
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Exporting {0}")
                          .format(name)) from exc
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def import_volume(engine, path: str | os.PathLike, name: str, create: bool = False,
                  cancel: CancelToken | None = None, progress: Callable | None = None,
                  labels: dict | None = None, direct: bool | None = None,
                  allow_special: bool = True) -> TransferResult:
    """Restore the tar (or tar.gz) at ``path`` into volume ``name``.

    The archive's headers are checked first, the same for both ways of restoring
    (``archive_check.require_restorable``): paths that leave the volume refuse the archive, and
    device nodes or set-ID files refuse it when ``allow_special`` is False — what every restore a
    person starts passes until they saw them listed and agreed (a library caller restores the
    archive as it is, like ``tar``). A refused archive writes nothing and creates no volume.

    ``create``: make a new volume (it must not exist; it is removed again when the import fails
    or is cancelled). Otherwise the volume must exist and its files with the same names are
    overwritten; other files stay. A cancelled import into an existing volume leaves the files
    written so far.
    """
    cancel = cancel_token(cancel)
    source = Path(path).absolute()
    command = import_command(source, name, create)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise EngineError(VolumeErrors.tr("Cannot read {0}: {1}")
                          .format(source, exc.strerror or exc)) from exc
    require_restorable(source, allow_special, cancel)
    if create:
        if volume_exists(engine, name):
            raise EngineError(VolumeErrors.tr("A volume named “{0}” already exists.").format(name),
                              status=409)
        engine.call(VolumeErrors.tr("Creating volume {0}").format(name), engine.api.create_volume, name,
                    labels=labels or None, command=f"docker volume create {quote(name)}")
    elif not volume_exists(engine, name):
        raise EngineError(VolumeErrors.tr("There is no volume named “{0}”.").format(name), status=404)
    meter = Meter(progress, total=size, phase="import")
    image, argv = _direct_image(engine, direct)
    method = "api"
    ok = False
    try:
        if image:
            headers = FolderAndLinkHeaders()
            try:
                def replay(cid: str) -> None:
                    # folders' times and symlinks' owners and times, exactly: not every tar restores
                    # them (busybox's does not); the exited tar container still has the volume at /v
                    if not headers.folders_replayed:
                        put_stream(engine, cid, "/v", headers.replay(),
                                   VolumeErrors.tr("Restoring folder times in {0}").format(name))

                try:
                    with open(source, "rb", buffering=0) as fh:  # unbuffered: the fd's offset is ours
                        if fh.read(2) == b"\x1f\x8b":  # gzip: inflated here, then into the pipe
                            send = headers.watch(file_chunks(source, cancel, meter))
                        else:  # plain tar: file contents go from the file into the pipe in the kernel
                            fh.seek(0)
                            send = headers.pass_file(fh.fileno(), cancel, meter.add)
                        volume_direct.write_volume(engine, name, image, argv, send, cancel, finish=replay)
                except zlib.error as exc:
                    raise EngineError(VolumeErrors.tr("{0} is not a valid gzip file: {1}")
                                      .format(source.name, exc)) from exc
                method = "direct"
            except volume_direct.DirectUnavailableError:
                pass  # tar never opened the pipe: nothing was written; the archive endpoints instead
        if method == "api":
            with helper(engine, name) as cid:
                root = RootHeader()
                try:
                    put_stream(engine, cid, MOUNT, root.watch(file_chunks(source, cancel, meter)),
                               VolumeErrors.tr("Restoring into {0}").format(name))
                except (OSError, zlib.error) as exc:
                    if isinstance(exc, zlib.error):
                        raise EngineError(VolumeErrors.tr("{0} is not a valid gzip file: {1}")
                                          .format(source.name, exc)) from exc
                    raise
                cancel.raise_if_cancelled()
                root.reapply(engine, cid)
        cancel.raise_if_cancelled()
        ok = True
    except EngineError as exc:
        if cancel.cancelled and not isinstance(exc, Cancelled):
            raise Cancelled() from exc
        raise
    finally:
        if create and not ok:
            with contextlib.suppress(Exception):
                engine.api.remove_volume(name, force=True)
    meter.report()
    return TransferResult(name, meter.done, meter.elapsed, command, str(source), method)


def clone_volume(engine, src: str, dst: str, cancel: CancelToken | None = None,
                 progress: Callable | None = None, estimate: bool = True,
                 labels: dict | None = None) -> TransferResult:
    """Copy every file of ``src`` into a new volume ``dst`` (streamed; nothing touches the disk)."""
    cancel = cancel_token(cancel)
    command = clone_command(src, dst)
    require_volume(engine, src)
    if volume_exists(engine, dst):
        raise EngineError(VolumeErrors.tr("A volume named “{0}” already exists.").format(dst), status=409)
    engine.call(VolumeErrors.tr("Creating volume {0}").format(dst), engine.api.create_volume, dst,
                labels=labels or None, command=f"docker volume create {quote(dst)}")
    meter = Meter(progress, phase="clone")
    ok = False
    try:
        with estimating(engine, [src], meter, estimate and progress is not None), \
                helper(engine, src, read_only=True) as src_id, helper(engine, dst) as dst_id:
            chunks, _stat = archive_stream(engine, src_id, f"{MOUNT}/.")
            root = RootHeader()
            try:
                put_stream(engine, dst_id, MOUNT, root.watch(counted(chunks, cancel, meter)),
                           VolumeErrors.tr("Cloning {0}").format(src))
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()
            cancel.raise_if_cancelled()
            root.reapply(engine, dst_id)
        cancel.raise_if_cancelled()
        ok = True
    except EngineError as exc:
        if cancel.cancelled and not isinstance(exc, Cancelled):
            raise Cancelled() from exc
        raise
    finally:
        if not ok:
            with contextlib.suppress(Exception):
                engine.api.remove_volume(dst, force=True)
    meter.report()
    return TransferResult(dst, meter.done, meter.elapsed, command)


# -- what an import would overwrite ----------------------------------------------------------------


@dataclass(frozen=True)
class OverwritePreview:
    """Files of an archive that already exist in the volume (checked for the first ``checked``),
    and what restoring it would refuse or must be agreed to first (``archive_check``)."""

    volume: str
    entries: int  # entries in the archive
    files: int  # non-folder entries in the archive
    checked: int
    existing: tuple[str, ...]
    refused: str = ""  # why the archive will be refused ("" = it will not)
    special: str = ""  # device nodes and set-ID files, named ("" = none)

    @property
    def complete(self) -> bool:
        return self.checked >= self.files


def overwrite_preview(engine, volume: str, archive: str | os.PathLike, limit: int = 200,
                      cancel: CancelToken | None = None,
                      progress: Callable | None = None) -> OverwritePreview:
    """Read the archive's headers (contents skipped, memory bounded) and ask the engine which of
    its first ``limit`` files exist in ``volume`` — what importing there would replace. Folders
    merge. Also names what the restore would refuse and the special files it holds (``volume``
    "": a new volume, only the archive is read)."""
    cancel = cancel_token(cancel)
    check = check_archive(archive, keep_names=limit, cancel=cancel)
    refused = check.refusal(Path(archive).name) if check.refused_count else ""
    existing: list[str] = []
    if refused or not volume:  # refused, or a new volume: nothing there to replace
        return OverwritePreview(volume, check.entries, check.files, len(check.names), (),
                                refused, check.special_text())
    api = engine.api
    with helper(engine, volume, read_only=True) as cid:
        for rel in check.names:
            cancel.raise_if_cancelled()
            res = engine.call(VolumeErrors.tr("Checking a path"), raw_api.archive_head, api, cid,
                              f"{MOUNT}/{rel}")
            if res.status_code == 200:
                stat = raw_api.archive_stat(res)
                if not stat.get("mode", 0) & (1 << 31):  # a folder there merges, it is not replaced
                    existing.append(rel)
    return OverwritePreview(volume, check.entries, check.files, len(check.names), tuple(existing),
                            refused, check.special_text())
