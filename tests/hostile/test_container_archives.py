"""A container's files come from archives the engine builds of whatever the container holds: the
listing, preview and download stay bounded and inside their folder whatever those archives say."""

from __future__ import annotations

import tarfile

import pytest
from hostile_archives import entry, header, pax_records, tar_of

from volgui.engine.containers import files as cf
from volgui.engine.errors import EngineError
from volgui.engine.volumes.tar_headers import MAX_META, ArchiveRefused


class ArchiveEngine:
    """An engine whose ``get_archive`` answers ``data`` in small chunks (and counts them)."""

    def __init__(self, data: bytes, chunk: int = 4096) -> None:
        self.api = self
        self.data, self.chunk = data, chunk
        self.sent = 0

    def call(self, _what, fn, *args, **kwargs):
        return fn(*args, **kwargs)

    def get_archive(self, _cid, _path, chunk_size=0):
        def chunks():
            for i in range(0, len(self.data), self.chunk):
                self.sent += 1
                yield self.data[i:i + self.chunk]
        return chunks(), {}


def huge_pax() -> bytes:
    size = MAX_META + 1
    return header("./PaxHeaders/x", b"x", size) + bytes(size) + bytes(-size % 512)


def test_a_huge_pax_header_is_refused_without_reading_it(hostile):
    hostile("container listing: pax header over MAX_META")
    engine = ArchiveEngine(tar_of(entry(".", tarfile.DIRTYPE), huge_pax(), entry("./x", data=b"1")))
    with pytest.raises(EngineError, match="unreadable archive"):
        cf.scan(engine, "c", "")
    assert engine.sent <= 2  # the header's block and not the megabyte behind it


def test_a_huge_pax_header_stops_a_preview_and_a_download(hostile, tmp_path):
    hostile("container preview and download: pax header over MAX_META")
    data = tar_of(huge_pax(), entry("x", data=b"1"))
    with pytest.raises(EngineError):
        cf.read_file(ArchiveEngine(data), "c", "x")
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(ArchiveRefused):
        cf.download(ArchiveEngine(data), "c", ["x"], dest)
    assert list(dest.iterdir()) == []  # nothing half-written left


def test_names_out_of_the_folder_are_skipped(hostile):
    hostile("container listing: ../, absolute and pax ../ names")
    rec = pax_records(path="../pax-x")
    engine = ArchiveEngine(tar_of(
        entry(".", tarfile.DIRTYPE), entry("../up", data=b"1"), entry("/etc/shadow", data=b"1"),
        header("p", b"x", len(rec)), rec + bytes(-len(rec) % 512), entry("./innocent", data=b"1"),
        entry("./ok", data=b"2")))
    scan = cf.scan(engine, "c", "tmp")
    assert [e.path for e in scan.listing()] == ["tmp/ok"]
    assert all(".." not in p and not p.startswith("/") for p in scan.children)


def test_a_download_never_writes_outside_its_folder(hostile, tmp_path):
    hostile("container download: entries out of the folder")
    dest = tmp_path / "dest"
    dest.mkdir()
    engine = ArchiveEngine(tar_of(entry("x", tarfile.DIRTYPE), entry("x/../../escaped", data=b"evil")))
    with pytest.raises(EngineError):
        cf.download(engine, "c", ["x"], dest)
    assert not (tmp_path / "escaped").exists() and list(dest.iterdir()) == []


def test_a_listing_stops_at_its_entry_and_byte_limits(hostile):
    hostile("container listing: more entries and bytes than allowed")
    many = [entry(".", tarfile.DIRTYPE), entry("./d", tarfile.DIRTYPE)]
    many += [entry(f"./d/f{i}", data=b"x" * 100) for i in range(300)]
    many += [entry("./z", data=b"1")]
    scan = cf.scan(ArchiveEngine(tar_of(*many)), "c", "", max_entries=50)
    assert not scan.complete and list(scan.children) == [""]
    assert [e.name for e in scan.listing()] == ["d", "z"]  # the root's own entries all kept
    engine = ArchiveEngine(tar_of(*many))
    scan = cf.scan(engine, "c", "", max_bytes=20_000)
    assert not scan.complete and engine.sent < len(engine.data) // engine.chunk
