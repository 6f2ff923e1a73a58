"""The fast read of a plain tar header gives exactly what ``tarfile`` gives, or steps aside.

Any 512 bytes: ``read_plain`` returns None, or ``TarInfo.frombuf`` accepts the block and the name,
type, size and manifest entry are the same. Checked on headers ``tarfile`` writes in every format,
on hand-made odd fields and on thousands of damaged copies.
"""

from __future__ import annotations

import io
import random
import tarfile

import pytest

from volgui.engine.volumes import stream_scan
from volgui.engine.volumes.archive_scan import entry_of, scan_archive
from volgui.engine.volumes.plain_header import read_plain
from volgui.engine.volumes.stream_scan import StreamScan

BLOCK = tarfile.BLOCKSIZE


def by_tarfile(block: bytes):
    try:
        info = tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")
    except tarfile.HeaderError:
        return "refused"
    return info.name, info.type, info.size, entry_of(info)


def by_plain(block: bytes):
    plain = read_plain(block)
    return None if plain is None else (plain.name, plain.type, plain.size, plain.entry())


def agree(block: bytes) -> bool:
    """True when the fast read answered (and then it must be tarfile's answer)."""
    mine = by_plain(block)
    if mine is not None:
        assert mine == by_tarfile(block), block
    return mine is not None


def with_checksum(block: bytearray | bytes, signed: bool = False) -> bytes:
    block = bytearray(block)
    block[148:156] = b" " * 8
    total = sum(b - 256 if signed and b > 127 else b for b in block)
    block[148:156] = b"%06o\0 " % (total & 0o777777)
    return bytes(block)


def headers(fmt: int) -> list[bytes]:
    """Every 512-byte block of the headers tarfile writes for a range of members in ``fmt``."""
    out = []
    names = ["./a", "./dir/", "./é-ü", "./" + "n" * 99, "./" + "p" * 120 + "/q", "./\udcff-raw"]
    kinds = [tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.FIFOTYPE,
             tarfile.CHRTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE]
    for name in names:
        for kind in kinds:
            for uid, size, mtime in ((0, 0, 0), (1000, 511, 1_700_000_000), (7_000_000, 9_000_000, 2 ** 33)):
                info = tarfile.TarInfo(name)
                info.type, info.uid, info.gid, info.mode = kind, uid, uid // 2, 0o104755
                info.size = size if kind in tarfile.REGULAR_TYPES else 0
                info.mtime, info.linkname = mtime, "target/" + "l" * (20 if uid else 110)
                try:
                    buf = info.tobuf(fmt, tarfile.ENCODING, "surrogateescape")
                except ValueError:  # a name or number the format cannot hold
                    continue
                out += [buf[at:at + BLOCK] for at in range(0, len(buf), BLOCK)]
    return out


@pytest.mark.parametrize("fmt", [tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT, tarfile.PAX_FORMAT])
def test_every_header_tarfile_writes(fmt):
    answered = sum(agree(block) for block in headers(fmt))
    assert answered >= 16  # the plain ones are read fast, not all left to tarfile


def field(block: bytes, start: int, width: int, value: bytes) -> bytes:
    block = bytearray(block)
    block[start:start + width] = value.ljust(width, b"\0")[:width]
    return with_checksum(block)


PLAIN = tarfile.TarInfo("./file")
PLAIN.size, PLAIN.mtime, PLAIN.uid = 5, 1_700_000_000, 1000
BASE = PLAIN.tobuf(tarfile.GNU_FORMAT, tarfile.ENCODING, "surrogateescape")[:BLOCK]


@pytest.mark.parametrize("value", [
    b"0000644", b"644", b"  644", b"644  ", b"\t644\n", b"0o644", b"6_44", b"+644", b"-644", b"", b" ",
    b"\x1c644", b"644\x1f", b"64\x004junk", b"0000644\0", b"\x80\0\0\0\0\0\x01\xa4", b"\xff" * 8, b"9",
    b"\xe9644", b"64 4", b"0x1a",
])
@pytest.mark.parametrize("where", [(100, 8), (108, 8), (124, 12), (136, 12), (329, 8)])
def test_odd_number_fields(value, where):
    agree(field(BASE, *where, value))


def test_the_common_header_is_read_fast_and_the_unusual_left_to_tarfile():
    assert agree(BASE)
    assert not agree(field(BASE, 345, 155, b"a/prefix"))  # ustar prefix to join
    assert not agree(field(BASE, 156, 1, b"\0"))  # old-style type: a folder when the name ends in "/"
    assert not agree(field(BASE, 156, 1, b"7"))  # contiguous file
    signed = bytearray(BASE)
    signed[0:5] = "./fé".encode()  # bytes over 127: signed and unsigned sums differ
    assert not agree(with_checksum(signed, signed=True))  # only the signed sum matches
    assert agree(with_checksum(signed))
    damaged = bytearray(BASE)
    damaged[10] ^= 1
    assert by_tarfile(bytes(damaged)) == "refused" and read_plain(bytes(damaged)) is None
    assert read_plain(BASE[:300]) is None


def test_damaged_copies_never_read_differently():
    rng = random.Random(20261204)
    bases = [block for block in headers(tarfile.GNU_FORMAT) + headers(tarfile.USTAR_FORMAT) if agree(block)]
    answered = 0
    for n in range(6000):
        block = bytearray(rng.choice(bases))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(BLOCK) if n % 3 else rng.choice((100, 108, 124, 136, 156, 157, 329, 345))
            block[at] = rng.choice((0, 0x20, 0x30, 0x37, 0x38, 0x2F, 0x5F, 0x80, 0xFF, rng.randrange(256)))
        answered += agree(with_checksum(block) if n % 2 else bytes(block))
    assert answered > 500


def test_a_plain_archive_is_read_without_a_second_pass(tmp_path, monkeypatch):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for i in range(300):
            info = tarfile.TarInfo(f"./d{i % 7}/f{i}" if i % 5 else f"./d{i % 7}")
            info.type = tarfile.REGTYPE if i % 5 else tarfile.DIRTYPE
            data = bytes([i % 256]) * (i * 13 if i % 5 else 0)
            info.size, info.mtime, info.uid = len(data), 1_700_000_000 + i, i
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("./link")
        link.type, link.linkname = tarfile.SYMTYPE, "d1/f1"
        tar.addfile(link)
    path = tmp_path / "a.tar"
    path.write_bytes(buf.getvalue())
    expected = scan_archive(path)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the headers were read a second time")

    monkeypatch.setattr(stream_scan, "read_entries", refuse)
    scan = StreamScan()
    data = buf.getvalue()
    for at in range(0, len(data), 1000):
        scan.feed(data[at:at + 1000])
    assert scan.result() == expected
