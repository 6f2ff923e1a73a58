"""The header watcher sees exactly the folders and symlinks tarfile itself reads, however the
stream is cut, in ustar, pax and GNU archives; its replay is a valid headers-only tar."""

from __future__ import annotations

import io
import os
import random
import tarfile
import threading

import pytest

from volgui.engine.volumes.tar_headers import MAX_META, ArchiveRefused, FolderAndLinkHeaders


def archive(fmt: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        def add(name, kind=tarfile.REGTYPE, data=b"", **attrs):
            info = tarfile.TarInfo(name)
            info.type = kind
            for key, value in attrs.items():
                setattr(info, key, value)
            info.size = len(data) if kind == tarfile.REGTYPE else 0
            tar.addfile(info, io.BytesIO(data) if data else None)

        add(".", tarfile.DIRTYPE, mode=0o755, mtime=1_600_000_000)
        add("./data", tarfile.DIRTYPE, mode=0o750, uid=999, gid=999, mtime=1_600_000_001)
        add("./data/file", data=b"x" * 1500, mtime=5)
        add("./data/" + "long-folder-name-" * 8, tarfile.DIRTYPE, mode=0o700, uid=7, gid=8, mtime=9)
        add("./data/link", tarfile.SYMTYPE, linkname="../" + "far/" * 40 + "target", uid=65534,
            gid=65534, mtime=1_600_000_002)
        add("./data/hard", tarfile.LNKTYPE, linkname="./data/file")
        add("./été 日本", tarfile.DIRTYPE, mode=0o1777, mtime=3)
        add("./empty.bin", data=b"", mtime=4)
        add("./big.bin", data=bytes(range(256)) * 40, mtime=6)
    return buf.getvalue()


def expected(data: bytes) -> list[tuple]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
        return [(i.name, i.type, i.mode, i.uid, i.gid, int(i.mtime), i.linkname)
                for i in tar if i.type in (tarfile.DIRTYPE, tarfile.SYMTYPE)]


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
@pytest.mark.parametrize("seed", range(6))
def test_watcher_notes_what_tarfile_reads_however_the_stream_is_cut(fmt, seed):
    data = archive(fmt)
    rng = random.Random(seed)
    chunks, pos = [], 0
    while pos < len(data):
        step = rng.choice([1, 7, 511, 512, 513, 4096])
        chunks.append(data[pos:pos + step])
        pos += step
    watcher = FolderAndLinkHeaders()
    assert b"".join(watcher.watch(chunks)) == data  # passes everything on unchanged
    got = [(i.name, i.type, i.mode, i.uid, i.gid, int(i.mtime), i.linkname) for i in watcher.entries]
    assert got == expected(data)
    assert watcher.ended


def test_replay_is_a_tar_of_the_same_entries_with_the_root_as_slash():
    data = archive(tarfile.PAX_FORMAT)
    watcher = FolderAndLinkHeaders()
    watcher.feed(data)
    replay = b"".join(watcher.replay())
    with tarfile.open(fileobj=io.BytesIO(replay)) as tar:
        got = [(i.name, i.type, i.mode, i.uid, i.gid, int(i.mtime), i.linkname) for i in tar]
    want = expected(data)
    assert replay[:2] == b"/\0"  # the raw name field (tarfile strips a folder's trailing slash)
    assert got[0][1:] == want[0][1:]
    assert got[1:] == want[1:]


def test_garbage_stops_watching_without_failing():
    watcher = FolderAndLinkHeaders()
    assert list(watcher.watch([b"not a tar at all" * 100])) == [b"not a tar at all" * 100]
    assert watcher.ended and watcher.entries == []


@pytest.mark.parametrize("splice_works", [True, False], ids=["splice", "no-splice"])
@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
def test_pass_file_sends_the_file_unchanged_and_notes_the_same_entries(tmp_path, fmt, splice_works,
                                                                        monkeypatch):

    import errno

    if not splice_works:  # a file system that cannot splice (some FUSE or network ones)
        def refuse(*_args):
            raise OSError(errno.EINVAL, "Invalid argument")
        monkeypatch.setattr(os, "splice", refuse)
    data = archive(fmt) + b"\0" * 4096  # trailing blocks after the end marker pass too
    path = tmp_path / "a.tar"
    path.write_bytes(data)
    read_end, write_end = os.pipe()
    received = []

    def drain() -> None:
        while chunk := os.read(read_end, 65536):
            received.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    counted = []
    watcher = FolderAndLinkHeaders()
    with open(path, "rb", buffering=0) as fh:
        watcher.pass_file(fh.fileno(), counted=counted.append)(write_end)
    os.close(write_end)
    reader.join(10)
    os.close(read_end)
    assert b"".join(received) == data
    assert sum(counted) == len(data)
    got = [(i.name, i.type, i.mode, i.uid, i.gid, int(i.mtime), i.linkname) for i in watcher.entries]
    assert got == expected(data)


def test_pass_file_sends_the_folders_again_before_the_end_when_there_are_no_symlinks(tmp_path):
    import os
    import threading

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, kind, mtime in ((".", tarfile.DIRTYPE, 10), ("./d", tarfile.DIRTYPE, 20),
                                  ("./d/f", tarfile.REGTYPE, 30)):
            info = tarfile.TarInfo(name)
            info.type, info.mtime = kind, mtime
            info.size = 3 if kind == tarfile.REGTYPE else 0
            tar.addfile(info, io.BytesIO(b"abc") if kind == tarfile.REGTYPE else None)
    path = tmp_path / "a.tar"
    path.write_bytes(buf.getvalue())
    read_end, write_end = os.pipe()
    received = []
    reader = threading.Thread(target=lambda: received.extend(iter(lambda: os.read(read_end, 65536), b"")))
    reader.start()
    watcher = FolderAndLinkHeaders()
    with open(path, "rb", buffering=0) as fh:
        watcher.pass_file(fh.fileno())(write_end)
    os.close(write_end)
    reader.join(10)
    os.close(read_end)
    assert watcher.folders_replayed
    with tarfile.open(fileobj=io.BytesIO(b"".join(received))) as tar:
        got = [(i.name, int(i.mtime)) for i in tar]
    assert got == [(".", 10), ("./d", 20), ("./d/f", 30), (".", 10), ("./d", 20)]

def noted(data: bytes) -> FolderAndLinkHeaders:
    watcher = FolderAndLinkHeaders()
    watcher.note_file(io.BytesIO(data))
    return watcher


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
def test_note_file_notes_what_tarfile_reads(fmt):
    data = archive(fmt)
    watcher = noted(data)
    got = [(i.name, i.type, i.mode, i.uid, i.gid, int(i.mtime), i.linkname) for i in watcher.entries]
    assert got == expected(data) and watcher.ended


@pytest.mark.parametrize("cut", [0, 100, 512, 1024 + 7, -1024])
def test_note_file_stops_at_the_end_of_a_short_or_bad_file(cut):
    data = archive(tarfile.PAX_FORMAT)
    noted(data[:cut])  # returns: no exception, no endless loop
    bad = noted(b"not a tar at all" * 100)
    assert bad.ended and bad.entries == []


def test_note_file_refuses_a_metadata_header_over_the_limit():
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = tarfile.XHDTYPE, MAX_META + 1
    with pytest.raises(ArchiveRefused):
        noted(info.tobuf(tarfile.USTAR_FORMAT) + bytes(1024))
