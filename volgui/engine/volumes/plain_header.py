"""The common tar header read fast, with exactly the result ``tarfile`` gives, or not at all (no Qt).

A snapshot's manifest reads every header of the archive as ``tar`` writes it (``stream_scan``).
``tarfile.TarInfo.frombuf`` takes about 12 µs a header — 1.2 s for a volume of 100 000 small
files, longer than ``tar -cf`` takes to write them (1.0 s) — because it decodes every field,
the owner names and device numbers too, and sums the block twice for its checksum. Most headers
are the plain kind: a file, folder, symlink or hard link, numbers in octal digits, no ustar
prefix. :func:`read_plain` reads only those, the checksum from two ``zlib.adler32`` of the
block's halves (each half's byte sum is below Adler-32's modulus, so it is exact) and returns
what the manifest keeps; anything else — another type, a base-256 number, a prefix, a checksum
that only the signed sum matches, a field ``int`` does not take as is — returns None and the
caller asks ``frombuf``. A unit test compares the two on generated and damaged headers.
"""

from __future__ import annotations

import struct
import tarfile
import zlib
from typing import NamedTuple

from volgui.engine.volumes.archive_scan import Entry

_KINDS = {tarfile.REGTYPE: "file", tarfile.DIRTYPE: "dir", tarfile.SYMTYPE: "symlink",
          tarfile.LNKTYPE: "hardlink"}
_LINKED = (tarfile.SYMTYPE, tarfile.LNKTYPE)
# name, mode, uid, gid, size, mtime, checksum, type, link, (magic, version, owner names), devices, prefix
_FIELDS = struct.Struct("100s8s8s8s12s12s8s1s100s72x8s8s1s")
_SPACES = 8 * 0x20  # the checksum field counts as eight spaces


class Plain(NamedTuple):
    name: str  # as tarfile gives it (not yet normalised)
    type: bytes
    size: int
    kind: str
    mode: int
    uid: int
    gid: int
    mtime: int
    link: str

    def entry(self, sha256: str = "") -> Entry:
        """What ``archive_scan.entry_of`` makes of the same header (a file's ``sha256``: the caller's)."""
        return Entry(self.kind, self.mode & 0o7777, self.uid, self.gid, self.mtime,
                     self.size if self.kind == "file" else 0, sha256, self.link)


def _number(field: bytes) -> int:
    """An octal field as ``tarfile.nti`` reads it: up to the first NUL, ``int(…, 8)`` (which, as nti's
    ``str.strip``, passes over ASCII blanks at both ends and takes "0o" and "_" alike); an empty
    field is 0. ValueError for anything nti might read differently (other blanks, base-256)."""
    digits = field.split(b"\0", 1)[0]
    return int(digits, 8) if digits else 0


def read_plain(block: bytes, encoding: str = tarfile.ENCODING) -> Plain | None:
    """A plain header ``block`` (512 bytes) as ``tarfile`` reads it; None: ask ``tarfile``."""
    if len(block) != tarfile.BLOCKSIZE:
        return None
    name, mode, uid, gid, size, mtime, checksum, kind, link, major, minor, prefix = _FIELDS.unpack_from(block)
    word = _KINDS.get(kind)
    if word is None or prefix != b"\0":
        return None  # another type, or a ustar prefix to join: frombuf's way
    try:
        numbers = (_number(mode), _number(uid), _number(gid), _number(size), _number(mtime),
                   _number(checksum))
        _number(major), _number(minor)  # frombuf refuses a header whose device numbers do not read
    except ValueError:
        return None
    total = (zlib.adler32(block[:256]) & 0xFFFF) + (zlib.adler32(block[256:]) & 0xFFFF) - 2
    if numbers[5] != total - sum(block[148:156]) + _SPACES:
        return None  # a damaged header, or one only the signed sum matches: frombuf decides
    text = _text(name, encoding)
    if word == "dir":
        text = text.rstrip("/")
    return Plain(text, kind, numbers[3], word, numbers[0], numbers[1], numbers[2], numbers[4],
                 _text(link, encoding) if kind in _LINKED else "")


def _text(field: bytes, encoding: str) -> str:
    return field.split(b"\0", 1)[0].decode(encoding, "surrogateescape")
