"""Notes the folders and symlinks of a tar stream as it passes, without reading file contents.

Some ``tar`` programs (busybox's, which alpine and busybox images use) do not give folders their
modification times back (adding files changes them afterwards) nor symlinks their owner and time.
:class:`FolderAndLinkHeaders` watches the archive volgui streams to such a tar and can then replay
just those entries (headers only, a few hundred bytes each) through the engine, which applies them
exactly. It parses ustar, pax (``x``/``g``) and GNU long-name headers; file data is skipped by
size, so watching costs next to nothing.
"""

from __future__ import annotations

import errno
import math
import os
import tarfile
from collections.abc import Iterable, Iterator

from volgui.engine.errors import EngineError
from volgui.engine.volumes.error_text import VolumeErrors

BLOCK = tarfile.BLOCKSIZE
# A pax or GNU long-name/long-link payload is held in memory whole: bounded, as Go's archive/tar
# bounds it, so a header that declares a huge payload cannot make volgui buffer gigabytes.
MAX_META = 1 << 20
META_TYPES = (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK,
              tarfile.SOLARIS_XHDTYPE)
_KEEP = (tarfile.DIRTYPE, tarfile.SYMTYPE)
_PLAIN = (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE)  # files: data follows the header
_ZERO_BLOCK = bytes(BLOCK)


class ArchiveRefused(EngineError):  # noqa: N818 - reads as the fact it reports
    """The archive is refused as it is (too large a header, a path that leaves the volume…); nothing
    was written because of it."""


def meta_too_big(size: int) -> ArchiveRefused:
    return ArchiveRefused(
        VolumeErrors.tr("The archive has a header of {0} bytes (a pax or long-name header; at most {1} "
                        "are accepted). It is damaged or was made to exhaust memory, so it was refused.")
        .format(f"{size:,}", f"{MAX_META:,}"))


def _malformed() -> ArchiveRefused:
    return ArchiveRefused(VolumeErrors.tr("The archive has a malformed pax header, so it was refused."))


def parse_pax(data: bytes, into: dict[str, str]) -> None:
    """The records ``"LEN key=value\n"`` of a pax payload (at most MAX_META bytes) into ``into``;
    a malformed record is refused."""
    pos = 0
    while pos < len(data):
        if data[pos] == 0:
            return  # padding after the last record
        space = data.find(b" ", pos, pos + 12)
        digits = data[pos:space] if space > pos else b""
        if not digits.isdigit():
            raise _malformed()
        length = int(digits)
        if length < space - pos + 3 or pos + length > len(data) or data[pos + length - 1] != 0x0A:
            raise _malformed()
        key, eq, value = data[space + 1:pos + length - 1].partition(b"=")
        if not eq:
            raise _malformed()
        into[key.decode("utf-8", "replace")] = value.decode("utf-8", "surrogateescape")
        pos += length


def pax_number(attrs: dict[str, str], key: str, default, kind=int):
    """A numeric pax field, or ``default`` when absent; refused when it is not a plain number."""
    if key not in attrs:
        return default
    text = attrs[key].strip()
    try:
        if len(text) > 40:
            raise ValueError(text[:20])
        value = kind(text)
    except ValueError:
        raise ArchiveRefused(VolumeErrors.tr("The archive's pax field “{0}” is not a number, so it was "
                                             "refused.").format(key)) from None
    if (kind is float and not math.isfinite(value)) or value < 0:
        raise ArchiveRefused(VolumeErrors.tr("The archive's pax field “{0}” is out of range, so it was "
                                             "refused.").format(key))
    return value


class FolderAndLinkHeaders:
    def __init__(self) -> None:
        self.entries: list[tarfile.TarInfo] = []
        self.ended = False
        self._head = bytearray()
        self._skip = 0  # data bytes (with padding) still to pass over
        self._capture: bytearray | None = None  # payload of a pax or long-name entry
        self._capture_left = 0
        self._capture_kind = b""
        self._pax: dict[str, str] = {}
        self._global: dict[str, str] = {}
        self._long_name: str | None = None
        self._long_link: str | None = None
        # pass_file sent the folders again before the end marker (no symlinks in the archive):
        # tar itself gave them their times back, nothing is left to replay
        self.folders_replayed = False

    def watch(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            if not self.ended:
                self.feed(chunk)
            yield chunk

    def feed(self, chunk: bytes) -> None:
        view = memoryview(chunk)
        i, n = 0, len(view)
        while i < n and not self.ended:
            if self._skip:
                step = min(self._skip, n - i)
                if self._capture is not None and self._capture_left:
                    take = min(step, self._capture_left)
                    self._capture += view[i:i + take]
                    self._capture_left -= take
                i += step
                self._skip -= step
                if not self._skip and self._capture is not None:
                    self._captured()
                continue
            take = min(BLOCK - len(self._head), n - i)
            self._head += view[i:i + take]
            i += take
            if len(self._head) == BLOCK:
                block = bytes(self._head)
                self._head.clear()
                self._header(block)

    def _header(self, block: bytes) -> None:
        if block == _ZERO_BLOCK:
            self.ended = True  # the end-of-archive marker: tar reads no further
            return
        kind = block[156:157]
        if kind in _PLAIN and not self._pax and not self._global and self._long_name is None \
                and not (kind == tarfile.AREGTYPE and block[:100].rstrip(b"\0").endswith(b"/")):
            # the common case, a file with nothing to note: only its size is needed (a full
            # parse of every header cost more than the rest of the watching)
            try:
                self._skip = -(-tarfile.nti(block[124:136]) // BLOCK) * BLOCK
            except tarfile.HeaderError:
                self.ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError:
            self.ended = True  # not a tar we understand: tar itself will complain
            return
        kind = info.type
        size = info.size
        if kind in META_TYPES:
            if size > MAX_META:
                raise meta_too_big(size)
            self._capture, self._capture_left, self._capture_kind = bytearray(), size, kind
            self._skip = -(-size // BLOCK) * BLOCK
            if not self._skip:
                self._captured()
            return
        attrs = {**self._global, **self._pax}
        if "path" in attrs:
            info.name = attrs["path"]
        elif self._long_name is not None:
            info.name = self._long_name
        if "linkpath" in attrs:
            info.linkname = attrs["linkpath"]
        elif self._long_link is not None:
            info.linkname = self._long_link
        info.uid = pax_number(attrs, "uid", info.uid)
        info.gid = pax_number(attrs, "gid", info.gid)
        info.mtime = pax_number(attrs, "mtime", info.mtime, float)
        for key in ("uname", "gname"):
            if key in attrs:
                setattr(info, key, attrs[key])
        size = pax_number(attrs, "size", size)
        self._pax, self._long_name, self._long_link = {}, None, None
        if kind == tarfile.DIRTYPE:
            info.name = info.name.rstrip("/") or "."  # as tarfile reads it ("./data/" → "./data")
        if kind in _KEEP:
            self.entries.append(info)
        if kind not in (tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.DIRTYPE, tarfile.CHRTYPE,
                        tarfile.BLKTYPE, tarfile.FIFOTYPE):
            self._skip = -(-size // BLOCK) * BLOCK

    def _captured(self) -> None:
        data, kind = bytes(self._capture or b""), self._capture_kind
        self._capture = None
        if kind in (b"L", b"K"):
            text = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
            if kind == b"L":
                self._long_name = text
            else:
                self._long_link = text
            return
        parse_pax(data, self._global if kind == tarfile.XGLTYPE else self._pax)

    def note_file(self, fh) -> None:
        """Note the entries of a plain tar file (open, binary, seekable) without passing it on:
        headers are read, contents seeked over."""
        while not self.ended:
            if self._skip and self._capture is None:
                fh.seek(self._skip, os.SEEK_CUR)
                self._skip = 0
                continue
            data = fh.read(self._skip if self._capture is not None and self._skip else BLOCK)
            if not data:
                return
            self.feed(data)

    def pass_file(self, source: int, cancel=None, counted=None):
        """A sender for ``volume_direct.write_volume``: passes the tar file open at ``source``
        into the pipe, watching it like :meth:`watch`. Headers go through this process; file
        contents are spliced from the file into the pipe inside the kernel. ``counted(n)`` is
        told of every byte taken from the file; ``cancel`` (a CancelToken) stops it."""
        mover = SpliceOrCopy()

        def send(pipe: int) -> None:
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                skip = 0 if self._capture is not None else self._skip
                if skip or self.ended:
                    n = mover.move(source, pipe, min(skip, 1 << 20) if skip else 1 << 20)
                    if not n:
                        return
                    self._skip = max(0, self._skip - n)
                else:
                    data = os.read(source, BLOCK if self._capture is None else min(self._skip, 1 << 20)
                                   or BLOCK)
                    if not data:
                        return
                    if data == _ZERO_BLOCK and self._capture is None and not self.has_symlinks():
                        # the end marker: first the folders once more, now that every file in
                        # them exists (tar sets their times then, and nothing changes them after)
                        write_all(pipe, b"".join(self._headers(tarfile.DIRTYPE, root="./")))
                        self.folders_replayed = True
                    write_all(pipe, data)
                    self.feed(data)
                    n = len(data)
                if counted is not None:
                    counted(n)
        return send

    def has_symlinks(self) -> bool:
        return any(info.type == tarfile.SYMTYPE for info in self.entries)

    def replay(self) -> Iterator[bytes]:
        """The noted entries as a headers-only tar for the engine's ``put_archive``: the root
        (``.``) as ``/`` (which the engine applies; it skips ``./``), the rest under their names."""
        yield from self._headers(None, root="/")
        yield bytes(2 * BLOCK)

    def _headers(self, only: bytes | None, root: str) -> Iterator[bytes]:
        for info in self.entries:
            if only is not None and info.type != only:
                continue
            out = tarfile.TarInfo(info.name)
            if info.name.rstrip("/") in (".", ""):
                out.name = root
            out.type = info.type
            out.mode, out.uid, out.gid, out.mtime = info.mode, info.uid, info.gid, info.mtime
            out.uname, out.gname, out.linkname = info.uname, info.gname, info.linkname
            yield out.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


# errors of splice() where a file system cannot take part in it: copy instead
NO_SPLICE = (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV)


class _Unkept(list):
    """A list that keeps nothing (a guard notes no entries)."""

    def append(self, _item) -> None:
        pass


class bounded:  # noqa: N801 - used as a function
    """``chunks`` unchanged, but :class:`ArchiveRefused` as soon as a pax or long-name header
    declares more than :data:`MAX_META` bytes — before a reader such as ``tarfile`` buffers it.

    ``close()`` closes ``chunks`` too, even before the first chunk was asked for: a stream of the
    docker SDK holds its HTTP connection until then."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        watcher = FolderAndLinkHeaders()
        watcher.entries = _Unkept()
        self._chunks = chunks
        self._it = watcher.watch(chunks)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        return next(self._it)

    def close(self) -> None:
        self._it.close()
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()


class SpliceOrCopy:
    """Moves bytes between a file and a pipe with ``splice`` (inside the kernel), or — from the
    first refusal on, where a file system cannot splice (some FUSE or network ones) — by reading
    and writing."""

    def __init__(self) -> None:
        self.splicing = True

    def move(self, src: int, dst: int, size: int) -> int:
        """At most ``size`` bytes from ``src`` to ``dst``; 0 at the end of ``src``."""
        if self.splicing:
            try:
                return os.splice(src, dst, size)
            except OSError as exc:
                if exc.errno not in NO_SPLICE:
                    raise
                self.splicing = False
        data = os.read(src, size)
        write_all(dst, data)
        return len(data)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
