"""A volume's files as values, and the two ways to read them through a helper container (no Qt).

:class:`Entry` is one file, folder or link (``path`` relative to the volume's root); paths are
checked by :func:`clean_path` so that nothing leaves the volume. :func:`archive_of` streams a path's
archive and :func:`stat_in` asks for a path's stat alone (``HEAD``).
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import tarfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from volgui.engine import raw_api
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled, EngineError, from_docker
from volgui.engine.present.display import human_size
from volgui.engine.present.i18n import QT_TRANSLATE_NOOP, Context
from volgui.engine.validation import clean_path
from volgui.engine.volumes.error_text import VolumeErrors
from volgui.engine.volumes.helpers import MOUNT
from volgui.engine.volumes.streaming import CHUNK, Meter, archive_stream

_KINDS = {
    tarfile.REGTYPE: "file", tarfile.AREGTYPE: "file", tarfile.CONTTYPE: "file",
    tarfile.DIRTYPE: "dir", tarfile.SYMTYPE: "symlink", tarfile.LNKTYPE: "hardlink",
    tarfile.FIFOTYPE: "fifo", tarfile.CHRTYPE: "char", tarfile.BLKTYPE: "block",
}
_KIND_CHAR = {"file": "-", "dir": "d", "symlink": "l", "hardlink": "-", "fifo": "p", "char": "c",
              "block": "b"}
Entries = Context("Entries")  # lupdate's context for the kind names, shown through Entries.tr
KIND_NAMES = {"file": QT_TRANSLATE_NOOP("Entries", "File"), "dir": QT_TRANSLATE_NOOP("Entries", "Folder"),
              "symlink": QT_TRANSLATE_NOOP("Entries", "Symbolic link"),
              "hardlink": QT_TRANSLATE_NOOP("Entries", "Hard link"),
              "fifo": QT_TRANSLATE_NOOP("Entries", "Named pipe"),
              "char": QT_TRANSLATE_NOOP("Entries", "Character device"),
              "block": QT_TRANSLATE_NOOP("Entries", "Block device")}


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
        return Entries.tr(KIND_NAMES[self.kind]) if self.kind in KIND_NAMES else self.kind

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




def abs_path(path: str) -> str:
    """Where the volume-relative ``path`` is inside a helper container."""
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
        super().__init__(VolumeErrors.tr("The folder holds more than {0}.")
                         .format(human_size(streamed, ".1f")))
        self.streamed = streamed


def archive_of(engine, cid: str, volume: str, rel: str, suffix: str, chunk_size: int = CHUNK):
    """The archive of ``rel`` (plus ``suffix``, e.g. ``/.``) in helper ``cid``, as chunks."""
    try:
        chunks, _stat = archive_stream(engine, cid, abs_path(rel) + suffix, chunk_size)
    except EngineError as exc:
        if exc.status == 404:
            raise EngineError(VolumeErrors.tr("/{0} does not exist in volume {1} (any more).")
                              .format(rel, volume), status=404,
                              detail=exc.detail) from exc
        raise
    return chunks


def stat_in(engine, cid: str, abs_path: str) -> dict | None:
    """The engine's stat of ``abs_path`` in helper ``cid``, or None when nothing is there."""
    try:
        res = raw_api.archive_head(engine.api, cid, abs_path)
    except Exception as exc:
        raise from_docker(exc, host=engine.spec.host, action=VolumeErrors.tr("Checking a path")) from exc
    if res.status_code == 404:
        return None
    if res.status_code >= 400:
        raise EngineError(VolumeErrors.tr("Checking {0} failed: HTTP {1}")
                          .format(abs_path, res.status_code), status=res.status_code)
    return raw_api.archive_stat(res)

