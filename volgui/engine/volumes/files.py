"""Browse a volume's files without pulling an image: list, preview, download, upload, mkdir, delete.

Everything goes through a created, never started helper container (``volume_data.helper``),
so it works on any engine whatever images it holds.

Listing — the choice made: the only process-free way to read a folder is ``get_archive``, and a
tar stream is depth-first (``a/``, ``a/…everything under a…``, ``b``), so the direct children of a
folder are spread over the whole stream: one cannot stop reading after them. Instead :func:`scan`
reads the headers only — file contents are skipped as they pass, never kept (memory stays flat)
— and records the whole subtree's metadata (up to ``max_entries``), so the browser then opens any
folder below without another request. Direct children are reported as they arrive (``on_entry``)
and the scan can be cancelled. The cost is one pass over the folder's bytes through the socket
(≈100–300 MB/s locally). For big subtrees :class:`BrowseLister` stops that scan after 64 MB and,
when the engine already has an image with ``sh``/``stat``/``xargs`` (never pulled), lists one folder
per exec in a running labelled helper instead.

Delete — the API has no "remove a path" call and the helper runs no process. Docker's archive
extraction removes whatever is at a path before writing the entry for it; an entry of a type it
does not handle makes it stop right after that removal. :func:`delete` sends such a one-entry
archive per path and then checks with a ``HEAD`` on the path that it is really gone, so an engine
that behaves differently reports an error instead of a false success.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import posixpath
import shutil
import stat as statmod
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.volumes.transfer import (
    CHUNK,
    CLI_IMAGE,
    MOUNT,
    Meter,
    TransferResult,
    _q,
    _token,
    archive_stream,
    helper,
    put_stream,
    require_volume,
)

PREVIEW_LIMIT = 256 * 1024
MAX_SCAN_ENTRIES = 200_000

_KINDS = {
    tarfile.REGTYPE: "file", tarfile.AREGTYPE: "file", tarfile.CONTTYPE: "file",
    tarfile.DIRTYPE: "dir", tarfile.SYMTYPE: "symlink", tarfile.LNKTYPE: "hardlink",
    tarfile.FIFOTYPE: "fifo", tarfile.CHRTYPE: "char", tarfile.BLKTYPE: "block",
}
_KIND_CHAR = {"file": "-", "dir": "d", "symlink": "l", "hardlink": "-", "fifo": "p", "char": "c",
              "block": "b"}
KIND_NAMES = {"file": "File", "dir": "Folder", "symlink": "Symbolic link", "hardlink": "Hard link",
              "fifo": "Named pipe", "char": "Character device", "block": "Block device"}


@dataclass(frozen=True)
class Entry:
    """One file, folder or link of a volume. ``path`` is relative to the volume's root ("" = root)."""

    path: str
    kind: str  # file, dir, symlink, hardlink, fifo, char, block
    size: int
    mode: int  # permission bits with setuid/setgid/sticky (0o7777)
    uid: int
    gid: int
    mtime: float
    link_target: str = ""
    uname: str = ""
    gname: str = ""

    @property
    def name(self) -> str:
        return posixpath.basename(self.path) or "/"

    @property
    def parent(self) -> str:
        return posixpath.dirname(self.path)

    @property
    def is_dir(self) -> bool:
        return self.kind == "dir"

    @property
    def mode_text(self) -> str:
        return mode_string(self.kind, self.mode)

    @property
    def owner_text(self) -> str:
        """Numeric ``uid:gid``: the names in an archive come from the engine's host, which need not
        match the containers' own users."""
        return f"{self.uid}:{self.gid}"

    @property
    def kind_text(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def modified(self) -> datetime:
        return datetime.fromtimestamp(self.mtime, UTC)


def mode_string(kind: str, mode: int) -> str:
    """``drwxr-xr-x`` style, with s/S and t/T for setuid, setgid and sticky."""
    out = [_KIND_CHAR.get(kind, "?")]
    for shift, special, char in ((6, 0o4000, "s"), (3, 0o2000, "s"), (0, 0o1000, "t")):
        bits = (mode >> shift) & 7
        out.append("r" if bits & 4 else "-")
        out.append("w" if bits & 2 else "-")
        if mode & special:
            out.append(char if bits & 1 else char.upper())
        else:
            out.append("x" if bits & 1 else "-")
    return "".join(out)


def human_size(n: int | float) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def clean_path(path: str) -> str:
    """A volume-relative POSIX path without a leading slash; refuses to leave the volume."""
    if ".." in (path or "").split("/"):
        raise EngineError(f"“{path}” points outside the volume.")
    rel = posixpath.normpath("/" + (path or "").lstrip("/")).lstrip("/")
    return "" if rel == "." else rel


def _abs(path: str) -> str:
    rel = clean_path(path)
    return f"{MOUNT}/{rel}" if rel else MOUNT


def entry_from_tarinfo(info: tarfile.TarInfo, path: str) -> Entry:
    kind = _KINDS.get(info.type, "file")
    target = info.linkname or ""
    if kind == "hardlink":
        target = clean_path(target.removeprefix("./"))
    return Entry(path=path, kind=kind, size=info.size if kind == "file" else 0, mode=info.mode & 0o7777,
                 uid=info.uid, gid=info.gid, mtime=float(info.mtime), link_target=target,
                 uname=info.uname or "", gname=info.gname or "")


class ChunkReader(io.RawIOBase):
    """A read-only file over an iterator of byte chunks (a streamed HTTP body), counted and
    cancellable."""

    def __init__(self, chunks: Iterable[bytes], cancel: CancelToken | None = None,
                 meter: Meter | None = None, limit: int | None = None) -> None:
        super().__init__()
        self._it = iter(chunks)
        self._buf = memoryview(b"")
        self._cancel = cancel
        self._meter = meter
        self._limit = limit

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled()
        while not self._buf:
            try:
                chunk = next(self._it)
            except StopIteration:
                return 0
            if self._meter is not None:
                self._meter.add(len(chunk))
                if self._limit is not None and self._meter.done > self._limit:
                    raise SubtreeTooBig(self._meter.done)
            self._buf = memoryview(chunk)
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        close = getattr(self._it, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()
        super().close()


class SubtreeTooBig(EngineError):  # noqa: N818 - reads as the fact it reports
    """A scan passed its ``max_bytes``."""

    def __init__(self, streamed: int) -> None:
        super().__init__(f"The folder holds more than {human_size(streamed)}.")
        self.streamed = streamed


# -- listing ------------------------------------------------------------------------------------


@dataclass
class Scan:
    """The metadata of a folder's subtree: ``children[dir]`` for ``root`` and the folders below."""

    root: str
    root_entry: Entry | None = None
    children: dict[str, list[Entry]] = field(default_factory=dict)
    complete: bool = True  # False when the subtree was larger than ``max_entries``
    entries: int = 0
    bytes_streamed: int = 0

    def listing(self, path: str | None = None) -> list[Entry] | None:
        """The direct children of ``path`` (default the root), or None when not scanned."""
        return self.children.get(self.root if path is None else clean_path(path))


def scan(engine, volume: str, path: str = "", *, cancel: CancelToken | None = None,
         progress: Callable | None = None, on_entry: Callable | None = None,
         max_entries: int = MAX_SCAN_ENTRIES, max_bytes: int | None = None) -> Scan:
    """Read the metadata of folder ``path`` and everything below it (see the module's docstring).

    ``on_entry(entry)`` is called for each direct child as it arrives; ``progress`` receives
    :class:`~volgui.engine.volumes.transfer.TransferProgress` (bytes streamed).
    """
    cancel = _token(cancel)
    root = clean_path(path)
    require_volume(engine, volume)
    result = Scan(root)
    result.children[root] = []
    meter = Meter(progress, phase="scan")
    with helper(engine, volume, read_only=True) as cid:
        chunks = _archive_of(engine, cid, volume, root, "/.")
        reader = ChunkReader(chunks, cancel, meter, limit=max_bytes)
        try:
            with tarfile.open(fileobj=reader, mode="r|", bufsize=CHUNK) as tar:
                while True:
                    info = tar.next()
                    if info is None:
                        break
                    tar.members.clear()  # stream mode keeps every member otherwise
                    rel = info.name.removeprefix("./").rstrip("/")
                    if rel in (".", ""):
                        result.root_entry = entry_from_tarinfo(info, root)
                        continue
                    full = posixpath.join(root, rel) if root else rel
                    entry = entry_from_tarinfo(info, full)
                    if entry.kind == "hardlink" and root:
                        entry = _rebase_hardlink(entry, root)
                    result.entries += 1
                    parent = entry.parent
                    if parent == root:
                        result.children[root].append(entry)
                        if on_entry is not None:
                            on_entry(entry)
                    elif result.complete:
                        if result.entries > max_entries:
                            result.complete = False
                            # keep only the root's listing: deeper ones would be partial
                            result.children = {root: result.children[root]}
                        else:
                            result.children.setdefault(parent, []).append(entry)
                    if entry.is_dir and result.complete:
                        result.children.setdefault(entry.path, [])
        except (tarfile.TarError, EOFError) as exc:
            cancel.raise_if_cancelled()
            raise EngineError(f"The engine sent an unreadable archive of {volume}/{root}: {exc}") from exc
        except EngineError:
            raise
        except Exception as exc:
            cancel.raise_if_cancelled()
            raise from_docker(exc, host=engine.spec.host, action=f"Listing {volume}/{root}") from exc
        finally:
            reader.close()
    result.bytes_streamed = meter.done
    meter.report()
    for items in result.children.values():
        items.sort(key=lambda e: (not e.is_dir, e.name.lower(), e.name))
    return result


def _archive_of(engine, cid: str, volume: str, rel: str, suffix: str, chunk_size: int = CHUNK):
    try:
        chunks, _stat = archive_stream(engine, cid, _abs(rel) + suffix, chunk_size)
    except EngineError as exc:
        if exc.status == 404:
            raise EngineError(f"/{rel} does not exist in volume {volume} (any more).", status=404,
                              detail=exc.detail) from exc
        raise
    return chunks


def _rebase_hardlink(entry: Entry, root: str) -> Entry:
    from dataclasses import replace

    return replace(entry, link_target=posixpath.join(root, entry.link_target))


def list_dir(engine, volume: str, path: str = "", **kwargs) -> list[Entry]:
    """The direct children of folder ``path`` (folders first, then by name)."""
    return scan(engine, volume, path, **kwargs).children[clean_path(path)]


def _stat_in(engine, cid: str, abs_path: str) -> dict | None:
    api = engine.api
    try:
        res = api.head(api._url("/containers/{0}/archive", cid), params={"path": abs_path})
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action="Checking a path") from exc
    if res.status_code == 404:
        return None
    if res.status_code >= 400:
        raise EngineError(f"Checking {abs_path} failed: HTTP {res.status_code}", status=res.status_code)
    header = res.headers.get("X-Docker-Container-Path-Stat", "")
    return json.loads(base64.b64decode(header)) if header else {}


def exists(engine, volume: str, path: str) -> bool:
    with helper(engine, volume, read_only=True) as cid:
        return _stat_in(engine, cid, _abs(path)) is not None


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
    cancel = _token(cancel)
    rel = clean_path(path)
    with helper(engine, volume, read_only=True) as cid:
        chunks = _archive_of(engine, cid, volume, rel, "", chunk_size=64 * 1024)
        reader = ChunkReader(chunks, cancel)
        try:
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                info = tar.next()
                if info is None:
                    raise EngineError(f"{rel} is empty or unreadable.")
                if info.isdir():
                    raise EngineError(f"{rel} is a folder.")
                if info.issym():
                    return Preview(rel, info.linkname.encode(), 0, False, "symlink")
                fh = tar.extractfile(info)
                data = fh.read(limit) if fh is not None else b""
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
    """
    cancel = _token(cancel)
    dest = Path(dest_dir)
    rels = [clean_path(p) for p in paths]
    if not dest.is_dir():
        raise EngineError(f"The folder {dest} does not exist.")
    for rel in rels:
        if not rel:
            raise EngineError("Download the volume's root with “Back up…” instead.")
        target = dest / posixpath.basename(rel)
        if (target.exists() or target.is_symlink()) and not overwrite:
            raise EngineError(f"{target} already exists.", status=409)
    meter = Meter(progress, total=total, phase="download")
    placed: list[Path] = []
    with helper(engine, volume, read_only=True) as cid:
        for rel in rels:
            work = Path(tempfile.mkdtemp(prefix=".volgui-download-", dir=dest))
            try:
                chunks = _archive_of(engine, cid, volume, rel, "")
                reader = ChunkReader(chunks, cancel, meter)
                try:
                    with tarfile.open(fileobj=reader, mode="r|", bufsize=CHUNK) as tar:
                        tar.extractall(work, filter="data")
                except (tarfile.TarError, EOFError) as exc:
                    cancel.raise_if_cancelled()
                    raise EngineError(f"Downloading {rel} failed: {exc}") from exc
                finally:
                    reader.close()
                cancel.raise_if_cancelled()
                name = posixpath.basename(rel)
                target = dest / name
                if overwrite and (target.exists() or target.is_symlink()):
                    if target.is_dir() and not target.is_symlink():
                        shutil.rmtree(target)
                    else:
                        target.unlink()
                os.replace(work / name, target)
                placed.append(target)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    meter.report()
    return placed


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
    cancel = _token(cancel)
    rel = clean_path(dest_dir)
    paths = [Path(p) for p in host_paths]
    for p in paths:
        if not (p.exists() or p.is_symlink()):
            raise EngineError(f"{p} does not exist.")
    meter = Meter(progress, total=host_size(paths), phase="upload")
    with helper(engine, volume) as cid:
        if _stat_in(engine, cid, _abs(rel)) is None:
            raise EngineError(f"The folder /{rel} does not exist in volume {volume}.", status=404)
        put_stream(engine, cid, _abs(rel), upload_chunks(paths, owner, cancel, meter),
                   f"Uploading into {volume}/{rel}")
    cancel.raise_if_cancelled()
    meter.report()
    return TransferResult(volume, meter.done, meter.elapsed, upload_command(volume, rel, paths))


def make_dir(engine, volume: str, path: str, *, owner: tuple[int, int] = (0, 0),
             mode: int = 0o755) -> Entry:
    """Create folder ``path`` (its parent must exist) owned by ``owner``."""
    rel = clean_path(path)
    if not rel:
        raise EngineError("The volume's root already exists.")
    parent, name = posixpath.split(rel)
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = mode
    info.uid, info.gid = owner
    info.mtime = int(datetime.now(UTC).timestamp())
    data = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape") + b"\0" * (2 * tarfile.BLOCKSIZE)
    with helper(engine, volume) as cid:
        if _stat_in(engine, cid, _abs(parent)) is None:
            raise EngineError(f"The folder /{parent} does not exist in volume {volume}.", status=404)
        if _stat_in(engine, cid, _abs(rel)) is not None:
            raise EngineError(f"/{rel} already exists in volume {volume}.", status=409)
        put_stream(engine, cid, _abs(parent), data, f"Creating folder {rel}")
    return Entry(rel, "dir", 0, mode, owner[0], owner[1], float(info.mtime))


def delete(engine, volume: str, paths: Iterable[str]) -> list[str]:
    """Remove files or folders (with everything in them); returns the paths removed.

    See the module's docstring for how; each removal is checked afterwards.
    """
    import docker.errors

    rels = [clean_path(p) for p in paths]
    if "" in rels:
        raise EngineError("The volume's root cannot be deleted (remove the volume instead).")
    removed = []
    with helper(engine, volume) as cid:
        for rel in rels:
            parent, name = posixpath.split(rel)
            if _stat_in(engine, cid, _abs(rel)) is None:
                continue  # already gone
            info = tarfile.TarInfo(name)
            info.type = b"Z"  # no tar implementation creates this type: removal only
            data = info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape") + b"\0" * 1024
            try:
                engine.api.put_archive(cid, _abs(parent), data)
            except docker.errors.APIError:
                pass  # expected: the engine says it cannot create the entry, after removing the path
            except Exception as exc:
                raise from_docker(exc, host=engine.spec.host, action=f"Deleting {rel}") from exc
            if _stat_in(engine, cid, _abs(rel)) is not None:
                raise EngineError(f"Deleting /{rel} failed: this engine does not remove paths through its "
                                  f"archive API. Use: {delete_command(volume, [rel])}")
            removed.append(rel)
    return removed


# -- equivalent commands -------------------------------------------------------------------------------


def list_command(volume: str, path: str = "") -> str:
    return f"docker run --rm -v {_q(volume)}:/v:ro {CLI_IMAGE} ls -la {_q('/v/' + clean_path(path))}"


def preview_command(volume: str, path: str, limit: int = PREVIEW_LIMIT) -> str:
    return f"docker run --rm -v {_q(volume)}:/v:ro {CLI_IMAGE} head -c {limit} {_q('/v/' + clean_path(path))}"


def download_command(volume: str, paths: Iterable[str], dest_dir: str | os.PathLike) -> str:
    parts = []
    for rel in (clean_path(p) for p in paths):
        parent, name = posixpath.split(rel)
        parts.append(f"docker run --rm -v {_q(volume)}:/v:ro {CLI_IMAGE} tar -C {_q('/v/' + parent)} -cf - "
                     f"{_q(name)} | tar -C {_q(str(dest_dir))} -xf -")
    return " && ".join(parts)


def upload_command(volume: str, dest_dir: str, host_paths: Iterable[str | os.PathLike]) -> str:
    parts = []
    for p in host_paths:
        p = Path(p).absolute()
        parts.append(f"tar -C {_q(str(p.parent))} -cf - {_q(p.name)} | docker run --rm -i -v {_q(volume)}:/v "
                     f"{CLI_IMAGE} tar -C {_q('/v/' + clean_path(dest_dir))} -xf -")
    return " && ".join(parts)


def mkdir_command(volume: str, path: str) -> str:
    return f"docker run --rm -v {_q(volume)}:/v {CLI_IMAGE} mkdir {_q('/v/' + clean_path(path))}"


def delete_command(volume: str, paths: Iterable[str]) -> str:
    targets = " ".join(_q("/v/" + clean_path(p)) for p in paths)
    return f"docker run --rm -v {_q(volume)}:/v {CLI_IMAGE} rm -rf -- {targets}"


# -- a cheaper listing when the engine has an image with a shell ---------------------------------------
#
# When a local image provides ``sh``, ``find``-free POSIX globbing, ``stat`` and ``xargs`` (busybox,
# alpine, debian…), a *running* helper lists one folder with one exec (≈60 ms) whatever lies below it.
# volgui never pulls such an image; without one, :func:`scan` is used.

_LISTER_SCRIPT = r"""
cd -- "$1" || exit 3
stat -c '%f %s %u %g %Y' -- . || exit 4
set --
for f in .[!.]* ..?* *; do { [ -e "$f" ] || [ -L "$f" ]; } && set -- "$@" "$f"; done
[ $# -eq 0 ] && exit 0
printf '%s\0' "$@"
printf '\0'
printf '%s\0' "$@" | xargs -0 stat -c '%f %s %u %g %Y' --
printf '\0'
for f in "$@"; do if [ -L "$f" ]; then printf '%s\0' "$f"; readlink -- "$f"; printf '\0'; fi; done
"""
_LISTER_CANDIDATES = ("busybox", "alpine", "debian", "ubuntu")
_lister_images: dict[str, str] = {}  # engine host → image ("" = none)


def find_lister_image(engine, refresh: bool = False) -> str:
    """A local image that can run the listing script, or "" (checked once per engine)."""
    host = engine.spec.host
    if host in _lister_images and not refresh:
        return _lister_images[host]
    from volgui.engine.volumes.transfer import HELPER_IMAGE, HELPER_LABEL

    tags = [t for img in engine.api.images() for t in img.get("RepoTags") or []
            if t not in ("<none>:<none>", HELPER_IMAGE)]

    def rank(tag: str) -> int:
        base = tag.rsplit("/", 1)[-1].split(":")[0]
        return next((i for i, c in enumerate(_LISTER_CANDIDATES) if c in base), len(_LISTER_CANDIDATES))

    found = ""
    for tag in sorted(tags, key=rank)[:6]:
        cid = None
        try:
            cid = engine.api.create_container(tag, ["true"], labels={HELPER_LABEL: "probe"},
                                              network_disabled=True)["Id"]
            have = {p: _stat_in(engine, cid, p) is not None
                    for p in ("/bin/sh", "/bin/busybox", "/usr/bin/stat", "/bin/stat", "/usr/bin/xargs")}
            coreutils = (have["/usr/bin/stat"] or have["/bin/stat"]) and have["/usr/bin/xargs"]
            if have["/bin/sh"] and (have["/bin/busybox"] or coreutils):
                found = tag
                break
        except Exception:
            continue
        finally:
            if cid is not None:
                with contextlib.suppress(Exception):
                    engine.api.remove_container(cid, force=True)
    _lister_images[host] = found
    return found


class RunningLister:
    """A running helper (from :func:`find_lister_image`) that lists folders by exec.

    Labelled like every helper (so a crash leaves nothing that ``sweep_helpers`` does not remove);
    :meth:`close` removes it. Not thread-safe: use it from one thread at a time.
    """

    def __init__(self, engine, volume: str, image: str) -> None:
        import docker.types

        from volgui.engine.volumes.transfer import (
            HELPER_LABEL,
            HELPER_OWNER_LABEL,
            HELPER_VOLUME_LABEL,
            _owner,
        )

        self.volume = volume
        mount = docker.types.Mount(MOUNT, volume, type="volume", read_only=True, no_copy=True)
        created = engine.call(
            f"Preparing a listing helper for {volume}", engine.api.create_container, image,
            ["-c", "trap 'exit 0' TERM INT; while :; do sleep 5; done"], entrypoint=["/bin/sh"],
            network_disabled=True,
            host_config=engine.api.create_host_config(mounts=[mount], network_mode="none"),
            labels={HELPER_LABEL: "lister", HELPER_VOLUME_LABEL: volume, HELPER_OWNER_LABEL: _owner()})
        self.id = created["Id"]
        try:
            engine.call("Starting the listing helper", engine.api.start, self.id)
        except EngineError:
            self.close(engine)
            raise

    def list(self, engine, path: str) -> list[Entry]:
        rel = clean_path(path)
        return self.scan(engine, rel).children[rel]

    def scan(self, engine, path: str) -> Scan:
        """The folder's listing as a :class:`Scan` (its own folder only: nothing below is read)."""
        rel = clean_path(path)
        exec_id = engine.call("Listing", engine.api.exec_create, self.id,
                              ["sh", "-c", _LISTER_SCRIPT, "sh", _abs(rel)], stdout=True, stderr=True)
        out, err = engine.call("Listing", engine.api.exec_start, exec_id, demux=True)
        code = engine.api.exec_inspect(exec_id).get("ExitCode")
        if code == 3:
            raise EngineError(f"/{rel} does not exist in volume {self.volume} (any more).", status=404)
        if code not in (0, None):
            raise EngineError(f"Listing /{rel} failed: {(err or b'').decode(errors='replace')[:300]}")
        own, entries = parse_listing(out or b"", rel)
        result = Scan(rel, own, {rel: entries}, complete=False, entries=len(entries))
        return result

    def close(self, engine) -> None:
        with contextlib.suppress(Exception):
            engine.api.remove_container(self.id, force=True, v=False)


def _stat_entry(line: str, path: str, target: str = "") -> Entry:
    raw_mode, size, uid, gid, mtime = line.split()
    mode = int(raw_mode, 16)
    kind = {statmod.S_IFDIR: "dir", statmod.S_IFLNK: "symlink", statmod.S_IFIFO: "fifo",
            statmod.S_IFCHR: "char", statmod.S_IFBLK: "block"}.get(statmod.S_IFMT(mode), "file")
    return Entry(path=path, kind=kind, size=int(size) if kind == "file" else 0, mode=mode & 0o7777,
                 uid=int(uid), gid=int(gid), mtime=float(mtime), link_target=target)


def parse_listing(out: bytes, rel: str) -> tuple[Entry | None, list[Entry]]:
    """Parse the listing script's output: the folder's own stat line, then its children's names
    (NUL-separated), their stat lines and the symlinks' targets."""
    own_line, _, out = out.partition(b"\n")
    own = _stat_entry(own_line.decode(), rel) if own_line.strip() else None
    if not out:
        return own, []
    names_part, _, rest = out.partition(b"\0\0")
    names = [n.decode("utf-8", "surrogateescape") for n in names_part.split(b"\0")]
    stat_part, _, links_part = rest.partition(b"\0")
    lines = stat_part.decode().splitlines()
    if len(lines) != len(names):
        raise EngineError("The folder changed while it was listed: refresh.")
    targets = {}
    fields = links_part.split(b"\0")
    for i in range(0, len(fields) - 1, 2):
        targets[fields[i].decode("utf-8", "surrogateescape")] = \
            fields[i + 1].rstrip(b"\n").decode("utf-8", "surrogateescape")
    entries = [_stat_entry(line, posixpath.join(rel, name) if rel else name, targets.get(name, ""))
               for name, line in zip(names, lines, strict=True)]
    entries.sort(key=lambda e: (not e.is_dir, e.name.lower(), e.name))
    return own, entries


class BrowseLister:
    """How the browser lists: one :func:`scan` of the folder's subtree while it is small (everything
    below is then known without another request); when the subtree passes ``budget`` bytes and the
    engine has an image that can run the listing script, a running helper lists one folder per exec
    from then on, so a big volume is never pulled through the socket just to show a folder.

    Shared by the browser's job threads (each with its own engine); ``close(engine)`` at the end.
    """

    BUDGET = 64 * 1024 * 1024

    def __init__(self, volume: str, budget: int | None = None) -> None:
        import threading

        self.volume = volume
        self.budget = self.BUDGET if budget is None else budget
        self._lock = threading.Lock()
        self.lister: RunningLister | None = None
        self.image: str | None = None  # None: not looked for yet

    def scan(self, engine, volume: str, path: str = "", *, cancel=None, progress=None,
             on_entry=None) -> Scan:
        cancel = _token(cancel)
        with self._lock:
            if self.image is None:
                try:
                    self.image = find_lister_image(engine)
                except EngineError:
                    self.image = ""
            lister = self.lister
        if lister is not None:
            return self._by_exec(engine, lister, volume, path, cancel, progress, on_entry)
        if not self.image:
            return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry)
        try:
            return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry,
                        max_bytes=self.budget)
        except SubtreeTooBig:
            pass
        with self._lock:  # a big subtree: list folder by folder from now on
            if self.lister is None:
                self.lister = RunningLister(engine, volume, self.image)
            lister = self.lister
        return self._by_exec(engine, lister, volume, path, cancel, progress, on_entry)

    def _by_exec(self, engine, lister, volume, path, cancel, progress, on_entry) -> Scan:
        try:
            return lister.scan(engine, path)
        except EngineError as exc:
            if exc.status == 404:
                raise
            with self._lock:  # it died (or cannot run here): back to archive scans
                if self.lister is lister:
                    self.lister = None
                self.image = ""
            lister.close(engine)
        return scan(engine, volume, path, cancel=cancel, progress=progress, on_entry=on_entry)

    def close(self, engine) -> None:
        with self._lock:
            lister, self.lister = self.lister, None
        if lister is not None:
            lister.close(engine)
