"""The manifest's scan made while an archive is written gives exactly what a scan afterwards gives,
and says so when it could not follow the stream."""

from __future__ import annotations

import io
import tarfile

import pytest
from volume_trees import build_tar

from volgui.engine.volumes import stream_scan
from volgui.engine.volumes.archive_scan import MAX_ENTRIES, read_entries, scan_archive
from volgui.engine.volumes.stream_scan import NotScanned, StreamScan


def tar_bytes(fmt: int, long: bool = True, extra=None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        def add(name, kind=tarfile.REGTYPE, data=b"", **attrs):
            info = tarfile.TarInfo(name)
            info.type, info.size, info.mtime = kind, len(data), 1_700_000_000
            for key, value in attrs.items():
                setattr(info, key, value)
            tar.addfile(info, io.BytesIO(data) if data else None)

        add("./", tarfile.DIRTYPE, mode=0o755)
        add("./empty", data=b"")
        add("./one", data=b"x")
        add("./block", data=b"b" * 512)
        add("./big", data=bytes(range(256)) * 5000, uid=1000, gid=1000, mode=0o600)
        add("./link", tarfile.SYMTYPE, linkname="one")
        add("./hard", tarfile.LNKTYPE, linkname="./big")
        add("./dir", tarfile.DIRTYPE, mode=0o700)
        add("./fifo", tarfile.FIFOTYPE)
        if long:
            add("./dir/" + "n" * 150 + "-été", data=b"long name\n")
            add("./dir/" + "l" * 120, tarfile.SYMTYPE, linkname="t" * 140)
        if extra is not None:
            extra(add)
    return buf.getvalue()


def scanned(data: bytes, chunk: int):
    scan = StreamScan()
    for at in range(0, len(data), chunk):
        scan.feed(memoryview(data)[at:at + chunk])
    return scan.result()


@pytest.mark.parametrize("fmt", [tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.USTAR_FORMAT])
@pytest.mark.parametrize("chunk", [1, 100, 512, 4096, 1 << 20])
def test_the_same_as_a_scan_afterwards(tmp_path, fmt, chunk):
    data = tar_bytes(fmt, long=fmt != tarfile.USTAR_FORMAT)
    path = tmp_path / "a.tar"
    path.write_bytes(data)
    assert scanned(data, chunk) == scan_archive(path)


def test_the_test_tree_with_pax_times_and_odd_names(tmp_path):
    data = build_tar()
    path = tmp_path / "a.tar"
    path.write_bytes(data)
    assert scanned(data, 65536) == scan_archive(path)


def test_a_pax_size_replaces_the_header_size(tmp_path):
    """As for files over 8 GB: the header says 0, the pax record says how much data follows."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo("./p")
        info.size, info.pax_headers = 700, {"size": "700"}
        tar.addfile(info, io.BytesIO(b"p" * 700))
        after = tarfile.TarInfo("./after")
        after.size = 6
        tar.addfile(after, io.BytesIO(b"after\n"))
    data = bytearray(buf.getvalue())
    at = 1024  # the member's own header, after the pax header and its one block of records
    assert data[at + 156:at + 157] == b"0" and int(data[at + 124:at + 135], 8) == 700
    data[at + 124:at + 136] = b"00000000000\0"  # size field: 0
    data[at + 148:at + 156] = b" " * 8
    data[at + 148:at + 156] = b"%06o\0 " % sum(data[at:at + 512])
    path = tmp_path / "a.tar"
    path.write_bytes(bytes(data))
    entries, _sha, _size = scan_archive(path)
    assert entries["p"].size == 700 and "after" in entries
    assert scanned(bytes(data), 333) == scan_archive(path)


@pytest.mark.parametrize("cut", ["global", "truncated", "garbage"])
def test_what_it_does_not_follow_is_said(cut):
    data = tar_bytes(tarfile.PAX_FORMAT)
    if cut == "global":
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT,
                          pax_headers={"comment": "global"}) as tar:
            tar.addfile(tarfile.TarInfo("./g"))
        data = buf.getvalue()
    elif cut == "truncated":
        data = data[:3000]
    else:
        data = data[:1024] + b"\x01" * 512 + data[1536:]
    with pytest.raises(NotScanned):
        scanned(data, 4096)


def test_header_bytes_are_bounded(monkeypatch):
    monkeypatch.setattr(stream_scan, "MAX_HEADER_BYTES", 2048)
    with pytest.raises(NotScanned, match="too many headers"):
        scanned(tar_bytes(tarfile.GNU_FORMAT), 4096)


def test_the_archive_hash_thread_ends_without_a_result():
    scan = StreamScan()
    scan.feed(b"\0" * 1024)
    assert scan.close() == scan.close()  # twice is fine; the thread has ended


@pytest.mark.parametrize("fmt", [tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
def test_headers_only_without_the_archive_hash(tmp_path, fmt):
    """What "what changed" asks of a volume's live stream: the entries, no hashes at all."""
    data = tar_bytes(fmt)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        expected = read_entries(tar, hash_files=False)
    scan = StreamScan(whole=False, hash_files=False)
    for at in range(0, len(data), 700):
        scan.feed(data[at:at + 700])
    entries, digest, size = scan.result()
    assert entries == expected and digest == "" and size == len(data)
    assert all(e.sha256 == "" for e in entries.values()) and entries["big"].size == 256 * 5000


def test_the_live_scan_reads_the_stream_once_or_again_with_tarfile(monkeypatch):
    """``changes.live_entries``: the stream scan's entries; when it cannot follow the stream (here:
    more headers than it keeps) the volume is read again, by tarfile, with the same result."""
    import contextlib

    from volgui.engine.volumes import changes

    data = tar_bytes(tarfile.GNU_FORMAT)
    reads = []

    @contextlib.contextmanager
    def volume_tar(_engine, _volume, _cancel):
        reads.append(1)
        yield iter([data[at:at + 1000] for at in range(0, len(data), 1000)])

    monkeypatch.setattr(changes, "volume_tar", volume_tar)
    monkeypatch.setattr(changes, "require_volume", lambda *_a: None)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        expected = read_entries(tar)
    assert changes.live_entries(None, "v") == expected and len(reads) == 1
    monkeypatch.setattr(stream_scan, "MAX_HEADER_BYTES", 2048)
    assert changes.live_entries(None, "v") == expected and len(reads) == 3


@pytest.mark.parametrize("whole", [True, False])
def test_pieces_read_into_reused_buffers_give_the_same_scan(tmp_path, whole):
    """As a snapshot reads its archive: pieces in a few reused buffers, each freed once after use
    (the archive's hash took it, or at once), whatever the scan made of it."""
    data = tar_bytes(tarfile.GNU_FORMAT)
    path = tmp_path / "a.tar"
    path.write_bytes(data)
    pieces = stream_scan.Pieces(1000, count=3)
    released = []
    scan = StreamScan(whole=whole)
    with open(path, "rb") as fh:
        fd = fh.fileno()
        done = 0
        while done < len(data):
            piece, release = pieces.pread(fd, len(data) - done, done)
            done += len(piece)
            scan.feed(piece, lambda release=release, n=done: (released.append(n), release()))
        scan.feed(*pieces.pread(fd, 10, done))  # nothing more: an empty piece is freed too
        entries, digest, size = scan.result()
        for _ in range(3):  # every buffer came back (a fourth would wait for one)
            piece, _release = pieces.pread(fd, 1, 0)
            assert bytes(piece) == data[:1]
    expected = scan_archive(path)
    assert entries == expected[0] and size == expected[2] and digest == (expected[1] if whole else "")
    assert sorted(released) == [*range(1000, len(data), 1000), len(data)]


def test_a_piece_fed_after_the_end_or_into_a_broken_scan_is_freed():
    freed = []
    scan = StreamScan()
    scan.feed(memoryview(b"\x01" * 512), lambda: freed.append("bad header"))
    assert scan.broken
    scan.close()
    scan.feed(memoryview(b"x"), lambda: freed.append("after close"))
    assert sorted(freed) == ["after close", "bad header"]


def test_the_header_limit_keeps_a_scan_below_the_entries_tarfile_reads():
    """``changes`` takes the stream scan's entries without counting them: each entry keeps at least
    one header block, so the scan gives up (and ``tarfile``, which counts, reads the volume) first."""
    assert stream_scan.MAX_HEADER_BYTES // tarfile.BLOCKSIZE < MAX_ENTRIES
