"""A manifest's scan made while the archive is written: one pass over the tar stream (no Qt).

``archive_scan.scan_archive`` reads an archive after it was written — a second pass over every
byte (0.4–0.6 s for 286 MB from the page cache). :class:`StreamScan` is fed the archive's bytes
in order as they are written and computes the same three things on the way: the archive's
sha256 (in a second thread: ``hashlib`` frees the GIL, so on two cores it costs no wall time),
each file's sha256 (its data hashed where it passes), and the entries' metadata.

The metadata is not parsed a second way. A header that stands alone (no pax or GNU long-name
header before it: what ``tar`` writes for names under 100 bytes, times in whole seconds and
sizes under 8 GB) becomes its entry as the stream passes: read by ``plain_header`` (a file,
folder or link in octal digits: exactly what ``tarfile`` reads, a test compares them) or else by
``tarfile``'s own ``TarInfo.frombuf``, then ``archive_scan.entry_of`` as in ``scan_archive``.
Once a metadata header comes, the entries are left to ``tarfile`` itself: the headers' bytes
(and only they) are kept at their offsets, and at the end ``tarfile`` reads them through
:class:`_Skeleton` — a file object that answers zeros where the contents were — with the very
code ``scan_archive`` runs (``archive_scan.read_entries``), so a manifest made either way is the
same. For 100 000 small files (``tar -cf`` writes them in 1.0 s) the stream's own parse took
2.1 s and reading the headers again at the end 2.5 s more; now 1.05 s while tar writes, and
0.01 s at the end. The stream parser has to find where each file's data lies; whenever it meets
something it does not follow exactly (a global pax header, a sparse file, a header that does
not parse, a file whose data is not where ``tarfile`` says), or more header bytes than
:data:`MAX_HEADER_BYTES`, :meth:`StreamScan.result` raises :class:`NotScanned` and the caller
scans the written file as before. Memory is bounded: header bytes up to that limit, one metadata payload up to
``MAX_META``, and a few chunks queued for the archive's hash.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import os
import queue
import tarfile
import threading
from collections.abc import Callable

from volgui.engine.volumes.archive_scan import Entry, entry_of, norm, read_entries
from volgui.engine.volumes.plain_header import Plain, read_plain
from volgui.engine.volumes.tar_headers import BLOCK, MAX_META, META_TYPES, ArchiveRefused, parse_pax

MAX_HEADER_BYTES = 128 << 20  # header bytes kept (≈250 000 entries); beyond that: scan afterwards
_QUEUED = 8  # chunks waiting for the archive's hash
_ZEROS = bytes(BLOCK)
_DATA_TYPES = tarfile.REGULAR_TYPES  # tarfile also passes over data of an unknown type


class NotScanned(Exception):  # noqa: N818 - a plain outcome, not an error for a person
    """The stream was not followed exactly: scan the written archive instead."""


class _Skeleton(io.RawIOBase):
    """The archive as ``tarfile`` sees it: the kept header bytes at their offsets, zeros elsewhere."""

    def __init__(self, starts: list[int], pieces: list[bytes], length: int) -> None:
        super().__init__()
        self._starts, self._pieces, self._length, self._pos = starts, pieces, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = 0) -> int:
        self._pos = pos if whence == 0 else (self._pos + pos if whence == 1 else self._length + pos)
        return self._pos

    def read(self, n: int = -1) -> bytes:
        end = self._length if n is None or n < 0 else min(self._length, self._pos + n)
        if end <= self._pos:
            return b""
        out = bytearray(end - self._pos)
        i = max(0, bisect.bisect_right(self._starts, self._pos) - 1)
        while i < len(self._starts) and self._starts[i] < end:
            start, piece = self._starts[i], self._pieces[i]
            lo, hi = max(start, self._pos), min(start + len(piece), end)
            if lo < hi:
                out[lo - self._pos:hi - self._pos] = piece[lo - start:hi - start]
            i += 1
        self._pos = end
        return bytes(out)


class _WholeHash(threading.Thread):
    """The archive's sha256, computed beside the parser."""

    def __init__(self) -> None:
        super().__init__(name="volgui-stream-hash", daemon=True)
        self.digest = hashlib.sha256()
        self.chunks: queue.Queue = queue.Queue(_QUEUED)

    def run(self) -> None:
        while (item := self.chunks.get()) is not None:
            chunk, release = item
            self.digest.update(chunk)
            if release is not None:
                release()


class Pieces:
    """A few buffers, reused, to read an archive into as it grows (``pread``) and feed to a
    :class:`StreamScan` with their release, instead of a new ``bytes`` per piece. Reading 286 MB
    into new ``bytes`` in a process with no free memory took 0.23 s of a core against 0.05 s into
    reused buffers (the kernel's fresh pages); in a whole snapshot, whose allocator soon reuses
    memory, the saving measured 0.01–0.02 s of 0.45 s (a fresh process each, 4 runs each way). A
    buffer comes back once the archive's hash has taken it (only the reading thread takes one)."""

    def __init__(self, size: int, count: int = _QUEUED + 2) -> None:
        self._free: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(count):
            self._free.put(bytearray(size))

    def pread(self, fd: int, n: int, offset: int) -> tuple[memoryview, Callable[[], None]]:
        """Up to ``n`` bytes of ``fd`` at ``offset`` and the call that gives their buffer back."""
        buf = self._free.get()  # released by the hash thread (or at once without it): never stuck
        got = os.preadv(fd, [memoryview(buf)[:min(n, len(buf))]], offset)
        return memoryview(buf)[:got], lambda: self._free.put(buf)


class StreamScan:
    """Feed the archive's bytes in order (:meth:`feed`), then take :meth:`result`.

    ``whole`` False: no archive sha256 (a volume's live stream, which is not kept); ``hash_files``
    False: the files' data is passed over, their entries without sha256 (headers only)."""

    def __init__(self, *, whole: bool = True, hash_files: bool = True) -> None:
        self.size = 0
        self.broken = ""  # why the stream was not followed ("": it was)
        self._whole = _WholeHash() if whole else None
        if self._whole is not None:
            self._whole.start()
        self._hash_files = hash_files
        self._closed = False
        self._head = bytearray()  # a header block being gathered
        self._head_at = 0
        self._meta: bytearray | None = None  # a pax or long-name payload being gathered
        self._meta_left = 0
        self._meta_type = b""
        self._meta_block, self._meta_at = b"", 0  # its header and where it starts
        self._pax_size: int | None = None  # the next member's size from its pax header
        self._skip = 0  # data or padding bytes still to pass
        self._file: hashlib._Hash | None = None  # the file whose data passes now
        self._file_left = 0
        self._file_at = self._file_size = 0
        self._ended = False
        self._starts: list[int] = []
        self._pieces: list[bytes] = []
        self._kept = 0
        self._hashes: dict[int, tuple[int, str]] = {}  # data offset → (size, sha256)
        # the entries, while every header stood alone (None: tarfile reads the kept headers at the end)
        self._entries: dict[str, Entry] | None = {}
        self._member: tuple[str, Plain | tarfile.TarInfo] | None = None  # the file whose data passes now

    def feed(self, chunk, release: Callable[[], None] | None = None) -> None:
        """The next bytes of the archive: bytes, or a memoryview that stays valid until the next call
        — or, with ``release``, until ``release()`` is called (once, when it is no longer read)."""
        if release is None and isinstance(chunk, memoryview):
            chunk = bytes(chunk)
        try:
            if not chunk or self._closed:
                return
            if self._whole is not None:
                # hashed beside the parse; its buffer is not read again before this call returns
                self._whole.chunks.put((chunk, release))
                release = None  # the hash thread's to call now
            start = self.size
            self.size += len(chunk)
            if not self.broken and not self._ended:
                try:
                    self._parse(memoryview(chunk), start)
                except (tarfile.HeaderError, ArchiveRefused, ValueError) as exc:
                    self._break(f"header: {exc}")
        finally:
            if release is not None:
                release()

    def _break(self, why: str) -> None:
        if not self.broken:
            self.broken = why
            self._pieces, self._starts, self._hashes, self._entries = [], [], {}, None

    def _keep(self, at: int, piece: bytes) -> None:
        self._kept += len(piece)
        if self._kept > MAX_HEADER_BYTES:
            self._break("too many headers to keep")
            return
        self._starts.append(at)
        self._pieces.append(piece)

    def _parse(self, view: memoryview, at: int) -> None:
        pos = 0
        while pos < len(view) and not self.broken and not self._ended:
            if self._file is not None:
                n = min(self._file_left, len(view) - pos)
                self._file.update(view[pos:pos + n])
                self._file_left -= n
                pos += n
                if self._file_left == 0:
                    self._file_done(self._file.hexdigest())
                continue
            if self._skip:
                n = min(self._skip, len(view) - pos)
                self._skip -= n
                pos += n
                continue
            if self._meta is not None:
                n = min(self._meta_left, len(view) - pos)
                self._meta += view[pos:pos + n]
                self._meta_left -= n
                pos += n
                if self._meta_left == 0:
                    self._end_meta()
                continue
            if not self._head:
                self._head_at = at + pos
            n = min(BLOCK - len(self._head), len(view) - pos)
            self._head += view[pos:pos + n]
            pos += n
            if len(self._head) == BLOCK:
                block, self._head = bytes(self._head), bytearray()
                self._header(block, self._head_at)

    def _header(self, block: bytes, at: int) -> None:
        if block == _ZEROS:
            self._ended = True  # the end marker: what follows is padding
            return
        plain = read_plain(block) if self._pax_size is None else None
        if plain is not None:
            self._plain(block, at, plain)
            return
        info = tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")  # as tarfile.open
        if info.type in META_TYPES:
            self._entries = None  # what follows is tarfile's to combine: it reads the headers at the end
            if info.type == tarfile.XGLTYPE:
                self._break("a global pax header")
            elif info.size > MAX_META:
                self._break("a metadata header over the limit")
            else:
                self._meta, self._meta_left, self._meta_type = bytearray(), info.size, info.type
                self._meta_block = block
                self._meta_at = at
                if info.size == 0:
                    self._end_meta()
            return
        if info.type == tarfile.GNUTYPE_SPARSE:
            self._break("a sparse file")
            return
        self._keep(at, block)
        size = self._pax_size if self._pax_size is not None else info.size
        self._pax_size = None
        if info.type in _DATA_TYPES or info.type not in tarfile.SUPPORTED_TYPES:
            padded = -(-size // BLOCK) * BLOCK
            if info.type in _DATA_TYPES and self._hash_files:
                self._start_file(at, size, info.name, info)
                return
            self._skip = padded
        if self._entries is not None:
            self._entries[norm(info.name)] = entry_of(info)

    def _plain(self, block: bytes, at: int, plain: Plain) -> None:
        """A header that ``plain_header`` read: what :meth:`_header` does, without a ``TarInfo``."""
        self._keep(at, block)
        size = plain.size
        if plain.type != tarfile.REGTYPE or not self._hash_files:
            if self._entries is not None:
                self._entries[norm(plain.name)] = plain.entry()
            self._skip = -(-size // BLOCK) * BLOCK if plain.type == tarfile.REGTYPE else 0
            return
        self._start_file(at, size, plain.name, plain)

    def _start_file(self, at: int, size: int, name: str, member: Plain | tarfile.TarInfo) -> None:
        """The ``size`` bytes of data after the header at ``at`` pass next: hash them, then pad."""
        self._file, self._file_left, self._file_at, self._file_size = hashlib.sha256(), size, at + BLOCK, size
        self._member = (norm(name), member) if self._entries is not None else None
        self._skip = -size % BLOCK
        if size == 0:
            self._file_done(self._file.hexdigest())

    def _file_done(self, digest: str) -> None:
        """The data of the file whose header came last has passed: ``digest`` is its sha256."""
        self._hashes[self._file_at] = (self._file_size, digest)
        self._file = None
        if self._member is not None and self._entries is not None:
            name, member = self._member
            made = member.entry(digest) if isinstance(member, Plain) else entry_of(member, digest)
            self._entries[name] = made
        self._member = None

    def _end_meta(self) -> None:
        meta, self._meta = bytes(self._meta or b""), None
        self._skip = -len(meta) % BLOCK
        self._keep(self._meta_at, self._meta_block + meta + bytes(self._skip))
        if self._meta_type in (tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE):
            attrs: dict[str, str] = {}
            parse_pax(meta, attrs)
            if any(k.startswith("GNU.sparse") for k in attrs):
                self._break("a sparse file")
            elif "size" in attrs:
                self._pax_size = int(attrs["size"])

    def close(self) -> str:
        """Stop the archive's hash; its hex digest ("" without ``whole``)."""
        if self._whole is None:
            return ""
        if not self._closed:
            self._closed = True
            self._whole.chunks.put(None)
            self._whole.join()
        return self._whole.digest.hexdigest()

    def result(self) -> tuple[dict[str, Entry], str, int]:
        """The archive's entries, its sha256 and size, as ``scan_archive`` gives them; raises
        :class:`NotScanned` when the stream was not followed exactly."""
        digest = self.close()
        if not self.broken and not self._ended:
            self._break("the stream ended inside the archive")
        if self.broken:
            raise NotScanned(self.broken)
        if self._entries is not None:  # every header stood alone: read as it passed
            return dict(self._entries), digest, self.size
        hashes = self._hashes

        def content(member: tarfile.TarInfo) -> str:
            found = hashes.get(member.offset_data)
            if found is None or found[0] != member.size:
                raise NotScanned(f"{member.name}: data not where the headers say")
            return found[1]

        skeleton = _Skeleton(self._starts, self._pieces, self.size)
        try:
            with tarfile.open(fileobj=skeleton, mode="r:") as tar:
                entries = read_entries(tar, hash_files=self._hash_files, content=content)
        except (tarfile.TarError, ValueError) as exc:
            raise NotScanned(str(exc)) from exc
        return entries, digest, self.size
