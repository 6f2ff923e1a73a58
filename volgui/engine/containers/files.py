"""A container's whole filesystem, like ``docker cp``: list, preview, download, upload, mkdir, delete.

Everything goes through the engine's archive endpoints on the container itself (``GET``/``PUT``
``/containers/{id}/archive``, ``HEAD`` for a path's stat): no helper, no process started, so it
works on running, stopped and created containers alike, whatever the image holds. The engine
resolves paths inside the container's own root (its volumes and bind mounts included), so a
symbolic link never leads out of it; the last component of a path is not followed (a link is
listed, previewed and copied as the link it is).

Listing reads the folder's archive headers only (``archive_check.members``: a pax or long-name
header is bounded, contents are skipped as they pass) and keeps the subtree's metadata, like the
volume browser's scan; it stops at :data:`MAX_SCAN_ENTRIES` entries or :data:`MAX_SCAN_BYTES`
streamed, and then shows what it read, marked incomplete (a container's ``/`` can hold an image
of gigabytes: open a folder below to see the rest).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.containers.error_text import ContainerErrors
from volgui.engine.errors import EngineError, from_docker
from volgui.engine.present.commands import (
    PREVIEW_LIMIT,
    cp_delete_command,
    cp_upload_command,
)
from volgui.engine.validation import clean_path
from volgui.engine.volumes import listers
from volgui.engine.volumes.archive_check import members
from volgui.engine.volumes.entries import ChunkReader, Entry, SubtreeTooBig, entry_from_tarinfo, stat_in
from volgui.engine.volumes.files import (
    Preview,
    check_download,
    extract_into,
    folder_archive,
    host_size,
    preview_of,
    remove_path,
    upload_chunks,
)
from volgui.engine.volumes.listers import MAX_SCAN_ENTRIES, Scan
from volgui.engine.volumes.streaming import CHUNK, Meter, TransferResult, cancel_token, put_stream
from volgui.engine.volumes.tar_headers import ArchiveRefused

MAX_SCAN_BYTES = 256 * 1024 * 1024  # streamed by one listing before it stops and shows what it read


def where(path: str) -> str:
    """The absolute path in the container of the browser's root-relative ``path``."""
    return "/" + clean_path(path)


def _inside(path: str) -> str:
    """``where(path)`` + ``/.``: the folder's archive names its entries ``./…``."""
    return where(path).rstrip("/") + "/."


def _archive(engine, cid: str, rel: str, whole_folder: bool = False, chunk_size: int = CHUNK):
    try:
        chunks, _stat = engine.call(ContainerErrors.tr("Reading from the container"), engine.api.get_archive,
                                    cid, _inside(rel) if whole_folder else where(rel), chunk_size=chunk_size)
    except EngineError as exc:
        if exc.status == 404:
            raise EngineError(ContainerErrors.tr("{0} does not exist in the container (any more).").format(
                where(rel)), status=404, detail=exc.detail) from exc
        raise
    return chunks


def _entry(member, path: str) -> Entry:
    """An :class:`Entry` from a header read by ``archive_check.members``."""
    info = _Info(member)
    return entry_from_tarinfo(info, path)  # type: ignore[arg-type]


class _Info:
    """The few ``TarInfo`` fields ``entry_from_tarinfo`` reads, from a bounded header."""

    def __init__(self, m) -> None:
        self.type, self.size, self.mode, self.linkname = m.type, m.size, m.mode, m.linkname
        self.uid, self.gid, self.mtime = m.uid, m.gid, m.mtime
        self.uname = self.gname = ""


def exists(engine, cid: str, path: str) -> bool:
    return stat_in(engine, cid, where(path)) is not None


def scan(engine, cid: str, path: str = "", *, cancel: CancelToken | None = None,
         progress: Callable | None = None, on_entry: Callable | None = None,
         max_entries: int = MAX_SCAN_ENTRIES, max_bytes: int = MAX_SCAN_BYTES) -> Scan:
    """The metadata of folder ``path`` and everything below it (see the module's docstring)."""
    cancel = cancel_token(cancel)
    root = clean_path(path)
    result = Scan(root)
    result.children[root] = []
    meter = Meter(progress, phase="scan")
    reader = ChunkReader(_archive(engine, cid, root, whole_folder=True), cancel, meter, limit=max_bytes)
    try:
        for member in members(reader, cancel):
            name = member.name.removeprefix("./").rstrip("/")
            if name in (".", ""):
                result.root_entry = _entry(member, root)
                continue
            if name.startswith("/") or ".." in name.split("/"):
                continue  # never from the engine (its names are "./…"): skipped, never placed
            listers.add(result, _entry(member, posixpath.join(root, name) if root else name), max_entries,
                        on_entry)
    except SubtreeTooBig:
        listers.partial(result)  # what was read is shown: the root's children so far
    except ArchiveRefused as exc:
        raise EngineError(ContainerErrors.tr("The engine sent an unreadable archive of {0}: {1}").format(
            where(root), exc.message)) from None
    except EngineError:
        raise
    except Exception as exc:
        cancel.raise_if_cancelled()
        raise from_docker(exc, host=engine.spec.host,
                          action=ContainerErrors.tr("Listing {0}").format(where(root))) from exc
    finally:
        reader.close()
    return listers.finish(result, meter)


def read_file(engine, cid: str, path: str, limit: int = PREVIEW_LIMIT,
              cancel: CancelToken | None = None) -> Preview:
    """The first ``limit`` bytes of a file (the rest is not transferred)."""
    rel = clean_path(path)
    return preview_of(_archive(engine, cid, rel, chunk_size=64 * 1024), rel, limit, cancel_token(cancel))


def download(engine, cid: str, paths: Iterable[str], dest_dir: str | os.PathLike, *,
             overwrite: bool = False, total: int | None = None, cancel: CancelToken | None = None,
             progress: Callable | None = None) -> list[Path]:
    """Copy files or folders of the container into host folder ``dest_dir`` (``docker cp`` out).

    As the volume browser's download: complete or nothing, Python's "data" filter, links kept."""
    cancel = cancel_token(cancel)
    dest = Path(dest_dir)
    rels = [clean_path(p) for p in paths]
    check_download(rels, dest, overwrite, ContainerErrors.tr("Download the whole filesystem with {0} "
                                                             "instead.").format("`docker export`"))
    meter = Meter(progress, total=total, phase="download")
    placed = [extract_into(_archive(engine, cid, rel), rel, dest, overwrite, cancel, meter) for rel in rels]
    meter.report()
    return placed


def upload(engine, cid: str, dest_dir: str, host_paths: Iterable[str | os.PathLike], *,
           owner: tuple[int, int] | None = None, cancel: CancelToken | None = None,
           progress: Callable | None = None) -> TransferResult:
    """Copy host files and folders into folder ``dest_dir`` of the container (``docker cp`` in)."""
    cancel = cancel_token(cancel)
    rel = clean_path(dest_dir)
    paths = [Path(p) for p in host_paths]
    for p in paths:
        if not (p.exists() or p.is_symlink()):
            raise EngineError(ContainerErrors.tr("{0} does not exist.").format(p))
    if stat_in(engine, cid, where(rel)) is None:
        raise EngineError(ContainerErrors.tr("The folder {0} does not exist in the container.").format(
            where(rel)), status=404)
    meter = Meter(progress, total=host_size(paths), phase="upload")
    put_stream(engine, cid, where(rel), upload_chunks(paths, owner, cancel, meter),
               ContainerErrors.tr("Copying into {0}").format(where(rel)))
    cancel.raise_if_cancelled()
    meter.report()
    return TransferResult(cid, meter.done, meter.elapsed, cp_upload_command(cid, rel, paths))


def make_dir(engine, cid: str, path: str, *, owner: tuple[int, int] = (0, 0), mode: int = 0o755) -> Entry:
    """Create folder ``path`` (its parent must exist) owned by ``owner``."""
    rel = clean_path(path)
    if not rel:
        raise EngineError(ContainerErrors.tr("The root folder already exists."))
    parent, name = posixpath.split(rel)
    if stat_in(engine, cid, where(parent)) is None:
        raise EngineError(ContainerErrors.tr("The folder {0} does not exist in the container.").format(
            where(parent)), status=404)
    if stat_in(engine, cid, where(rel)) is not None:
        raise EngineError(ContainerErrors.tr("{0} already exists in the container.").format(where(rel)),
                          status=409)
    data, mtime = folder_archive(name, owner, mode)
    put_stream(engine, cid, where(parent), data, ContainerErrors.tr("Creating folder {0}").format(where(rel)))
    return Entry(rel, "dir", 0, mode, owner[0], owner[1], mtime)


def delete(engine, cid: str, paths: Iterable[str]) -> list[str]:
    """Remove files or folders (with everything in them); returns the paths removed.

    The same one-entry archive as the volume browser's delete (``files.removal_archive``), sent
    to the container; each removal is checked with a ``HEAD`` afterwards."""
    rels = [clean_path(p) for p in paths]
    if "" in rels:
        raise EngineError(ContainerErrors.tr("The root folder cannot be deleted."))
    removed = []
    for rel in rels:
        hint = ContainerErrors.tr("a read-only or mounted path? Use: {0}").format(
            cp_delete_command(cid, [rel]))
        if remove_path(engine, cid, where(rel), where(rel), hint):
            removed.append(rel)
    return removed


__all__ = ["MAX_SCAN_BYTES", "delete", "download", "exists", "make_dir", "read_file", "scan", "upload",
           "where"]
