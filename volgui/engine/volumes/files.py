"""Browse a volume's files without pulling an image: list, preview, download, upload, mkdir, delete.

Everything goes through a created, never started helper container (``helpers.helper``),
so it works on any engine whatever images it holds.

Listing lives in ``listers``, the values and path rules in ``entries``, the equivalent command
lines in ``volgui.engine.present.commands``.

Delete — the API has no "remove a path" call and the helper runs no process. Docker's archive
extraction removes whatever is at a path before writing the entry for it; an entry of a type it
does not handle makes it stop right after that removal. :func:`delete` sends such a one-entry
archive per path and then checks with a ``HEAD`` on the path that it is really gone, so an engine
that behaves differently reports an error instead of a false success.

Every path is first resolved inside the volume (``confine.resolve``): a symbolic link in it never
leads an operation into the helper container's own files.
"""

from __future__ import annotations

import contextlib
import io
import os
import posixpath
import shutil
import stat as statmod
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.present.commands import (
    PREVIEW_LIMIT,
    delete_command,
    upload_command,
)
from volgui.engine.validation import clean_path
from volgui.engine.volumes.archive_check import members, read_exact
from volgui.engine.volumes.confine import resolve
from volgui.engine.volumes.entries import (
    ChunkReader,
    Entry,
    abs_path,
    archive_of,
    stat_in,
)
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import helper
from volgui.engine.volumes.streaming import CHUNK, Meter, TransferResult, cancel_token, put_stream
from volgui.engine.volumes.tar_headers import ArchiveRefused, bounded


def exists(engine, volume: str, path: str) -> bool:
    with helper(engine, volume, read_only=True) as cid:
        return stat_in(engine, cid, abs_path(resolve(engine, cid, volume, path, False))) is not None


# -- preview and download ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    path: str
    data: bytes
    size: int
    truncated: bool
    kind: str = "file"

    @property
    def is_text(self) -> bool:
        return looks_like_text(self.data)

    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if b"\0" in sample:
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 4  # a character cut at the end of the sample


def read_file(engine, volume: str, path: str, limit: int = PREVIEW_LIMIT,
              cancel: CancelToken | None = None) -> Preview:
    """The first ``limit`` bytes of a file (the rest is not transferred)."""
    rel = clean_path(path)
    with helper(engine, volume, read_only=True) as cid:
        real = resolve(engine, cid, volume, rel, follow_last=False)  # a link shows as a link
        return preview_of(archive_of(engine, cid, volume, real, "", chunk_size=64 * 1024), rel, limit,
                          cancel_token(cancel))


def preview_of(chunks, rel: str, limit: int, cancel: CancelToken) -> Preview:
    """The first ``limit`` bytes of the one-entry archive ``chunks`` of ``rel``.

    Headers are read by ``archive_check.members`` (a pax or long-name header is bounded), and only
    ``limit`` bytes of the content are taken: a huge or lying archive costs no more than that."""
    reader = ChunkReader(chunks, cancel)
    try:
        try:
            info = next(members(reader, cancel), None)
        except ArchiveRefused as exc:
            raise EngineError(VolumeErrors.tr("/{0}: {1}").format(rel, exc.message)) from None
        if info is None:
            raise EngineError(VolumeErrors.tr("{0} is empty or unreadable.").format(rel))
        if info.type == tarfile.DIRTYPE:
            raise EngineError(VolumeErrors.tr("{0} is a folder.").format(rel))
        if info.type == tarfile.SYMTYPE:
            return Preview(rel, info.linkname.encode("utf-8", "surrogateescape"), 0, False, "symlink")
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE):
            return Preview(rel, b"", 0, False, "special")
        data = read_exact(reader, min(limit, max(info.size, 0)))
        return Preview(rel, data, info.size, info.size > len(data))
    finally:
        reader.close()


def download(engine, volume: str, paths: Iterable[str], dest_dir: str | os.PathLike, *,
             overwrite: bool = False, total: int | None = None, cancel: CancelToken | None = None,
             progress: Callable | None = None) -> list[Path]:
    """Copy files or folders of the volume into the host folder ``dest_dir``.

    Each item is extracted into a temporary folder inside ``dest_dir`` and moved into place when
    complete: a cancelled download leaves nothing behind. Owners are not applied (you own the
    copies); set-id bits and group/other write bits are dropped (Python's "data" filter).
    Symbolic links are kept as links (an absolute one too), never followed.
    """
    cancel = cancel_token(cancel)
    dest = Path(dest_dir)
    rels = [clean_path(p) for p in paths]
    check_download(rels, dest, overwrite,
                   VolumeErrors.tr("Download the volume's root with “Back up…” instead."))
    meter = Meter(progress, total=total, phase="download")
    placed: list[Path] = []
    with helper(engine, volume, read_only=True) as cid:
        for rel in rels:
            chunks = archive_of(engine, cid, volume, resolve(engine, cid, volume, rel, False), "")
            placed.append(extract_into(chunks, rel, dest, overwrite, cancel, meter))
    meter.report()
    return placed


def check_download(rels: list[str], dest: Path, overwrite: bool, no_root: str) -> None:
    """Refuse a download before anything moves: no folder ``dest``, the root (``no_root`` says
    what to do instead), a name already there (unless ``overwrite``)."""
    if not dest.is_dir():
        raise EngineError(VolumeErrors.tr("The folder {0} does not exist.").format(dest))
    for rel in rels:
        if not rel:
            raise EngineError(no_root)
        target = dest / posixpath.basename(rel)
        if (target.exists() or target.is_symlink()) and not overwrite:
            raise EngineError(VolumeErrors.tr("{0} already exists.").format(target), status=409)


def extract_into(chunks, rel: str, dest: Path, overwrite: bool, cancel: CancelToken, meter: Meter) -> Path:
    """Extract the archive ``chunks`` of ``rel`` into host folder ``dest`` (see :func:`download`):
    through a temporary folder beside it, moved into place only when complete. Python's "data"
    filter refuses paths out of ``dest``; ``tar_headers.bounded`` refuses oversized headers."""
    work = Path(tempfile.mkdtemp(prefix=".volgui-download-", dir=dest))
    try:
        reader = ChunkReader(bounded(chunks), cancel, meter)  # a huge pax header is refused, never held
        try:
            with tarfile.open(fileobj=reader, mode="r|", bufsize=CHUNK) as tar:
                tar.extractall(work, filter=_keep_links)
        except (tarfile.TarError, EOFError) as exc:
            cancel.raise_if_cancelled()
            raise EngineError(VolumeErrors.tr("Downloading {0} failed: {1}").format(rel, exc)) from exc
        finally:
            reader.close()
        cancel.raise_if_cancelled()
        name = posixpath.basename(rel)
        if not (work / name).exists() and not (work / name).is_symlink():
            raise EngineError(VolumeErrors.tr("Downloading {0} failed: the archive did not hold it.")
                              .format(rel))
        target = dest / name
        if overwrite and (target.exists() or target.is_symlink()):
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            else:
                target.unlink()
        os.replace(work / name, target)
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _keep_links(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    """Python's "data" filter, except that a symbolic link pointing outside (``/etc``,
    ``../..``) is kept as the link it is: it is never followed, and "data" still refuses any
    later entry that would be written through it."""
    try:
        return tarfile.data_filter(member, dest)
    except (tarfile.AbsoluteLinkError, tarfile.LinkOutsideDestinationError):
        if not member.issym():
            raise
        return tarfile.tar_filter(member, dest).replace(mode=0o777, deep=False)


# -- upload, mkdir, delete --------------------------------------------------------------------------


def _pad(size: int) -> bytes:
    rest = size % tarfile.BLOCKSIZE
    return b"\0" * (tarfile.BLOCKSIZE - rest) if rest else b""


def _walk(path: Path, arcname: str) -> Iterator[tuple[Path, str]]:
    yield path, arcname
    if path.is_dir() and not path.is_symlink():
        with os.scandir(path) as it:
            children = sorted(it, key=lambda d: d.name)
        for child in children:
            yield from _walk(Path(child.path), f"{arcname}/{child.name}")


def upload_chunks(host_paths: Iterable[str | os.PathLike], owner: tuple[int, int] | None,
                  cancel: CancelToken, meter: Meter) -> Iterator[bytes]:
    """A tar of the host files and folders, produced as it is sent (never whole in memory)."""
    namer = tarfile.TarFile(fileobj=io.BytesIO(), mode="w", format=tarfile.PAX_FORMAT)  # hardlink memory
    for host_path in host_paths:
        base = Path(host_path)
        for path, arcname in _walk(base, base.name):
            cancel.raise_if_cancelled()
            info = namer.gettarinfo(str(path), arcname)
            if info is None:  # a socket: tar cannot hold it
                continue
            if owner is not None:
                info.uid, info.gid = owner
                info.uname = info.gname = ""
            header = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
            meter.add(len(header))
            yield header
            if info.isreg():
                left = info.size
                with open(path, "rb") as fh:
                    while left > 0:
                        if cancel.cancelled:
                            raise Cancelled()
                        chunk = fh.read(min(CHUNK, left))
                        if not chunk:  # the file shrank while being read: keep the header's size
                            chunk = b"\0" * min(CHUNK, left)
                        left -= len(chunk)
                        meter.add(len(chunk))
                        yield chunk
                yield _pad(info.size)
    yield b"\0" * (2 * tarfile.BLOCKSIZE)


def host_size(host_paths: Iterable[str | os.PathLike]) -> int:
    total = 0
    for host_path in host_paths:
        for path, _ in _walk(Path(host_path), ""):
            with contextlib.suppress(OSError):
                st = path.lstat()
                if statmod.S_ISREG(st.st_mode):
                    total += st.st_size
    return total


def upload(engine, volume: str, dest_dir: str, host_paths: Iterable[str | os.PathLike], *,
           owner: tuple[int, int] | None = None, cancel: CancelToken | None = None,
           progress: Callable | None = None) -> TransferResult:
    """Copy host files and folders into folder ``dest_dir`` of the volume (same names overwrite).

    ``owner`` (uid, gid) is applied to everything uploaded — the browser passes the destination
    folder's owner so that the container using the volume can read the files; ``None`` keeps the
    host's numeric owners (like ``docker cp -a``).
    """
    cancel = cancel_token(cancel)
    rel = clean_path(dest_dir)
    paths = [Path(p) for p in host_paths]
    for p in paths:
        if not (p.exists() or p.is_symlink()):
            raise EngineError(VolumeErrors.tr("{0} does not exist.").format(p))
    meter = Meter(progress, total=host_size(paths), phase="upload")
    with helper(engine, volume) as cid:
        real = resolve(engine, cid, volume, rel)
        if stat_in(engine, cid, abs_path(real)) is None:
            raise EngineError(VolumeErrors.tr("The folder /{0} does not exist in volume {1}.")
                              .format(rel, volume), status=404)
        put_stream(engine, cid, abs_path(real), upload_chunks(paths, owner, cancel, meter),
                   VolumeErrors.tr("Uploading into {0}/{1}").format(volume, rel))
    cancel.raise_if_cancelled()
    meter.report()
    return TransferResult(volume, meter.done, meter.elapsed, upload_command(volume, rel, paths))


def make_dir(engine, volume: str, path: str, *, owner: tuple[int, int] = (0, 0),
             mode: int = 0o755) -> Entry:
    """Create folder ``path`` (its parent must exist) owned by ``owner``."""
    rel = clean_path(path)
    if not rel:
        raise EngineError(VolumeErrors.tr("The volume's root already exists."))
    parent, name = posixpath.split(rel)
    data, mtime = folder_archive(name, owner, mode)
    with helper(engine, volume) as cid:
        real_parent = resolve(engine, cid, volume, parent)
        if stat_in(engine, cid, abs_path(real_parent)) is None:
            raise EngineError(VolumeErrors.tr("The folder /{0} does not exist in volume {1}.")
                              .format(parent, volume), status=404)
        if stat_in(engine, cid, abs_path(posixpath.join(real_parent, name))) is not None:
            raise EngineError(VolumeErrors.tr("/{0} already exists in volume {1}.")
                              .format(rel, volume), status=409)
        put_stream(engine, cid, abs_path(real_parent), data, VolumeErrors.tr("Creating folder {0}")
                   .format(rel))
    return Entry(rel, "dir", 0, mode, owner[0], owner[1], mtime)


def folder_archive(name: str, owner: tuple[int, int], mode: int) -> tuple[bytes, float]:
    """A one-entry archive that creates folder ``name`` (its time: now), and that time."""
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = mode
    info.uid, info.gid = owner
    info.mtime = int(datetime.now(UTC).timestamp())
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape") + b"\0" * (2 * tarfile.BLOCKSIZE), \
        float(info.mtime)


def removal_archive(name: str) -> bytes:
    """A one-entry archive whose extraction removes ``name`` and then fails (see the module's
    docstring): no tar implementation creates type ``Z``."""
    info = tarfile.TarInfo(name)
    info.type = b"Z"
    return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape") + b"\0" * 1024


def delete(engine, volume: str, paths: Iterable[str]) -> list[str]:
    """Remove files or folders (with everything in them); returns the paths removed.

    See the module's docstring for how; each removal is checked afterwards.
    """
    rels = [clean_path(p) for p in paths]
    if "" in rels:
        raise EngineError(VolumeErrors.tr("The volume's root cannot be deleted (remove the volume instead)."))
    removed = []
    with helper(engine, volume) as cid:
        for rel in rels:
            real = resolve(engine, cid, volume, rel, follow_last=False)  # a link itself is deleted
            if not real:
                raise EngineError(VolumeErrors.tr("/{0} is the volume's root: it cannot be deleted.")
                                  .format(rel))
            hint = VolumeErrors.tr("this engine does not remove paths through its archive API. "
                                   "Use: {0}").format(delete_command(volume, [rel]))
            if remove_path(engine, cid, abs_path(real), f"/{rel}", hint):
                removed.append(rel)
    return removed


def remove_path(engine, cid: str, path: str, shown: str, why_not: str) -> bool:
    """Remove absolute ``path`` of container ``cid`` by a :func:`removal_archive`, checked by a
    ``HEAD`` afterwards; False when nothing was there. ``why_not`` ends the error's message."""
    import docker.errors  # lazy: the docker SDK is not loaded at start-up

    if stat_in(engine, cid, path) is None:
        return False  # already gone
    parent, name = posixpath.split(path)
    try:
        engine.api.put_archive(cid, parent or "/", removal_archive(name))
    except docker.errors.APIError:
        pass  # expected: the engine says it cannot create the entry, after removing the path
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Deleting {0}")
                          .format(shown)) from exc
    if stat_in(engine, cid, path) is not None:
        raise EngineError(VolumeErrors.tr("Deleting {0} failed: {1}").format(shown, why_not))
    return True
