"""Read an archive's headers with bounded memory and say what restoring it would do (no Qt).

Both ways of restoring (the engine's archive endpoint and ``tar`` in a container) and the
overwrite preview go through :func:`check_archive` first, so the same archive gets the same
answer whichever way it is restored, and before anything is written:

- refused: a path that is absolute or climbs out with ``..``, a hard link to such a path, an
  entry written through a symbolic link the archive made earlier (``a -> /etc`` then ``a/x``),
  and a pax or long-name header over :data:`~volgui.engine.volumes.tar_headers.MAX_META` bytes;
- named, and restored only when the person agreed (``allow_special``): device nodes and files
  with the set-user-ID or set-group-ID bit.

File contents are skipped (seeked over in a plain tar), never read into memory.
"""

from __future__ import annotations

import gzip
import os
import posixpath
import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from volgui.engine.cancel import CancelToken
from volgui.engine.volumes.error_text import VolumeErrors, entry_count
from volgui.engine.volumes.tar_headers import (
    BLOCK,
    MAX_META,
    META_TYPES,
    ArchiveRefused,
    meta_too_big,
    parse_pax,
    pax_number,
)

SHOWN = 20  # findings kept by name (the rest are counted)
_SKIP_CHUNK = 1 << 20
_NO_DATA = (tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.DIRTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE,
            tarfile.FIFOTYPE)


@dataclass(frozen=True)
class Member:
    """One entry of an archive as its headers describe it (pax and long names applied)."""

    name: str
    type: bytes
    mode: int
    size: int
    linkname: str
    uid: int
    gid: int
    mtime: float = 0.0


def _skip(fh, n: int) -> None:
    if n <= 0:
        return
    if isinstance(fh, gzip.GzipFile) or not fh.seekable():
        while n > 0:
            got = fh.read(min(_SKIP_CHUNK, n))
            if not got:
                return
            n -= len(got)
    else:  # never past the end: a header can declare any size (2**63 made seek() overflow)
        here = fh.tell()
        fh.seek(min(here + n, fh.seek(0, os.SEEK_END)))


def read_exact(fh, n: int) -> bytes:
    parts, left = [], n
    while left > 0:
        got = fh.read(left)
        if not got:
            break
        parts.append(got)
        left -= len(got)
    return b"".join(parts)


def members(fh, cancel: CancelToken | None = None) -> Iterator[Member]:
    """The entries of the tar stream ``fh`` (a binary file object), headers only.

    Raises :class:`ArchiveRefused` for a header too large or not a tar header at all.
    """
    pax: dict[str, str] = {}
    glob: dict[str, str] = {}
    long_name: str | None = None
    long_link: str | None = None
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        block = read_exact(fh, BLOCK)
        if len(block) < BLOCK or block == bytes(BLOCK):
            return  # the end marker (or a stream cut after a whole entry: tar stops there too)
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError as exc:
            raise ArchiveRefused(VolumeErrors.tr("This is not a tar archive volgui can read ({0}).")
                                 .format(exc)) from None
        size = info.size
        if info.type in META_TYPES:
            if size > MAX_META:
                raise meta_too_big(size)
            data = read_exact(fh, size)
            _skip(fh, -size % BLOCK)
            if info.type in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
                text = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
                if info.type == tarfile.GNUTYPE_LONGNAME:
                    long_name = text
                else:
                    long_link = text
            else:
                parse_pax(data, glob if info.type == tarfile.XGLTYPE else pax)
            continue
        attrs = {**glob, **pax}
        name = attrs.get("path", long_name if long_name is not None else info.name)
        link = attrs.get("linkpath", long_link if long_link is not None else info.linkname)
        size = pax_number(attrs, "size", size)
        uid = pax_number(attrs, "uid", info.uid)
        gid = pax_number(attrs, "gid", info.gid)
        mtime = pax_number(attrs, "mtime", float(info.mtime), float)  # refused here as in the restore watcher
        pax, long_name, long_link = {}, None, None
        yield Member(name, info.type, info.mode, size, link, uid, gid, mtime)
        if info.type not in _NO_DATA:
            _skip(fh, -(-size // BLOCK) * BLOCK)


def relative(name: str) -> str:
    """An entry's name as a path inside the volume ("" for its root); "/x" stays absolute."""
    while name.startswith("./"):
        name = name[2:].lstrip("/") if name.startswith(".//") else name[2:]
    name = name.rstrip("/")
    return "" if name == "." else name


def _escapes(path: str) -> str:
    """Why ``path`` would land outside the volume, or ""."""
    if path.startswith("/"):
        return VolumeErrors.tr("an absolute path")
    if ".." in path.split("/"):
        return VolumeErrors.tr("climbs out of the folder with “..”")
    return ""


@dataclass
class ArchiveCheck:
    """What restoring an archive would do that the person must know of first."""

    entries: int = 0
    files: int = 0  # entries that are not folders
    refused: list[str] = field(default_factory=list)  # "path: why", the first SHOWN
    refused_count: int = 0
    special: list[str] = field(default_factory=list)  # "path: device node" …, the first SHOWN
    special_count: int = 0
    names: list[str] = field(default_factory=list)  # the first ``keep_names`` non-folder paths

    def _refuse(self, text: str) -> None:
        self.refused_count += 1
        if len(self.refused) < SHOWN:
            self.refused.append(text)

    def _special(self, text: str) -> None:
        self.special_count += 1
        if len(self.special) < SHOWN:
            self.special.append(text)

    def refusal(self, archive: str) -> str:
        more = self.refused_count - len(self.refused)
        return VolumeErrors.tr("{0} was refused: {1} would be written outside the volume or through a link — "
                               "{2}. Nothing was restored.").format(
            archive, entry_count(self.refused_count, grouped=False), _listed(self.refused, more))

    def special_text(self) -> str:
        more = self.special_count - len(self.special)
        return _listed(self.special, more)


def _listed(shown: list[str], more: int) -> str:
    text = "; ".join(shown)
    return VolumeErrors.tr("{0}; and {1} more").format(text, more) if more > 0 else text


def check_members(items, keep_names: int = 0, cancel: CancelToken | None = None) -> ArchiveCheck:
    """Classify the entries ``items`` (from :func:`members`); see the module's docstring."""
    result = ArchiveCheck()
    symlinks: set[str] = set()
    for m in items:
        if cancel is not None:
            cancel.raise_if_cancelled()
        result.entries += 1
        path = relative(m.name)
        why = _escapes(path)
        if not why and m.type == tarfile.LNKTYPE:
            target = _escapes(relative(m.linkname))
            why = VolumeErrors.tr("a hard link to {0} ({1})").format(m.linkname, target) if target else ""
        if not why:
            parent = posixpath.dirname(path)
            while parent:
                if parent in symlinks:
                    why = VolumeErrors.tr("written through the symbolic link {0}").format(parent)
                    break
                parent = posixpath.dirname(parent)
        if why:
            result._refuse(f"{m.name}: {why}")
        if m.type == tarfile.SYMTYPE and path:
            symlinks.add(path)
        if m.type in (tarfile.CHRTYPE, tarfile.BLKTYPE):
            result._special(VolumeErrors.tr("{0}: a device node").format(path or m.name))
        elif m.type not in (tarfile.DIRTYPE, tarfile.SYMTYPE) and m.mode & 0o6000:
            bits = (VolumeErrors.tr("set-user-ID and set-group-ID") if m.mode & 0o6000 == 0o6000
                    else VolumeErrors.tr("set-user-ID") if m.mode & 0o4000
                    else VolumeErrors.tr("set-group-ID"))
            if m.uid == 0 and m.mode & 0o4000:
                bits = VolumeErrors.tr("{0} (owned by root)").format(bits)
            result._special(f"{path}: {bits}")
        if m.type != tarfile.DIRTYPE:
            result.files += 1
            if len(result.names) < keep_names and path and not why:
                result.names.append(path)
    return result


def open_archive(path: str | os.PathLike):
    """The archive at ``path`` as a binary stream (gzip inflated as it is read)."""
    raw = open(path, "rb")
    if raw.read(2) == b"\x1f\x8b":
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")
    raw.seek(0)
    return raw


def check_archive(path: str | os.PathLike, keep_names: int = 0,
                  cancel: CancelToken | None = None) -> ArchiveCheck:
    """Read the headers of the tar (or tar.gz) at ``path``; :class:`ArchiveRefused` when it cannot
    be read safely (see :func:`members`)."""
    name = os.path.basename(str(path))
    try:
        with open_archive(path) as fh:
            try:
                return check_members(members(fh, cancel), keep_names, cancel)
            finally:
                if isinstance(fh, gzip.GzipFile):
                    fh.fileobj.close()
    except ArchiveRefused as exc:
        raise ArchiveRefused(VolumeErrors.tr("{0}: {1}").format(name, exc.message)) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise ArchiveRefused(VolumeErrors.tr("Cannot read {0}: {1}").format(
            name, getattr(exc, 'strerror', None) or exc)) from exc


def require_restorable(path: str | os.PathLike, allow_special: bool,
                       cancel: CancelToken | None = None) -> ArchiveCheck:
    """:func:`check_archive`, refusing what must not be restored (``allow_special``: the person
    agreed to device nodes and set-ID files)."""
    result = check_archive(path, cancel=cancel)
    name = os.path.basename(str(path))
    if result.refused_count:
        raise ArchiveRefused(result.refusal(name))
    if result.special_count and not allow_special:
        held = VolumeErrors.tr("%Ln device node(s) or set-ID file(s)", "", result.special_count)
        raise ArchiveRefused(VolumeErrors.tr(
            "{0} holds {1}: {2}. Nothing was restored: restore the archive with “Restore…” "
            "on the volume, which lists them and asks before restoring them.").format(
                name, held, result.special_text()))
    return result
