"""Archives made to exhaust memory: a pax or GNU long-name header that declares (and holds) a huge
payload is refused with a message, by the restore watcher, the header check every restore and
preview runs, and verify's scan; peak memory stays flat. Random header fields never raise
anything but the documented refusal."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
from hostile_archives import bomb, end, entry, header, pad, pax_records, peak_growth, tar_of, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui.engine.errors import EngineError
from volgui.engine.volumes import archive_check, backups
from volgui.engine.volumes.tar_headers import MAX_META, ArchiveRefused, FolderAndLinkHeaders

ROOT = Path(__file__).resolve().parents[2]
MB = 1 << 20
BOMB = 300 * MB  # held in a ~300 kB gzip file

KINDS = {"pax": b"x", "pax global": b"g", "GNU long name": b"L", "GNU long link": b"K"}


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    return {label: bomb(folder / f"{kind.decode()}.tar.gz", kind, BOMB) for label, kind in KINDS.items()}


@pytest.mark.parametrize("label", list(KINDS))
@pytest.mark.parametrize("reader", ["restore check", "restore watcher", "verify scan"])
def test_a_header_bomb_is_refused_with_flat_memory(bombs, label, reader, hostile):
    hostile(f"{label} header of {BOMB} bytes in {bombs[label].stat().st_size} bytes, via {reader}")
    path = bombs[label]
    assert path.stat().st_size < MB
    code = {
        "restore check": f"archive_check.require_restorable({str(path)!r}, False)",
        "restore watcher": f"""
            import gzip
            w = tar_headers.FolderAndLinkHeaders()
            with gzip.open({str(path)!r}) as fh:
                while chunk := fh.read(1 << 16):
                    w.feed(chunk)
        """,
        "verify scan": f"backups.scan_archive({str(path)!r})",
    }[reader]
    growth, printed = peak_growth(code, ROOT)
    assert "ArchiveRefused" in printed and "header of" in printed, printed
    assert growth < 100 * MB, f"peak memory grew by {growth / MB:.0f} MB"


def test_a_header_at_the_cap_is_read_and_one_byte_more_is_refused(tmp_path, hostile):
    hostile("pax: payload of exactly MAX_META bytes")
    hostile("pax: payload of MAX_META + 1 bytes")
    value = "x" * (MAX_META - 20)
    records = pax_records(comment=value)
    records += b"\0" * (MAX_META - len(records))  # padding after the last record
    ok = tar_of(header("pax", b"x", len(records)), records, pad(len(records)), entry("./a", data=b"1"))
    assert archive_check.check_archive(write(tmp_path / "ok.tar", ok)).entries == 1
    over = tar_of(header("pax", b"x", MAX_META + 1), bytes(MAX_META + 1), pad(MAX_META + 1))
    with pytest.raises(ArchiveRefused, match="header of 1,048,577 bytes"):
        archive_check.check_archive(write(tmp_path / "over.tar", over))
    with pytest.raises(ArchiveRefused):
        FolderAndLinkHeaders().feed(over)


@pytest.mark.parametrize("size", [10**12, 2**63 - 1, 8**11 - 1, 2**40])
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_declared_size_without_the_data_is_refused_before_reading(tmp_path, size, kind, hostile):
    hostile(f"{kind} header declaring {size} bytes, 1 kB present")
    data = header("meta", KINDS[kind], size) + bytes(1024)
    with pytest.raises(ArchiveRefused):
        FolderAndLinkHeaders().feed(data)
    with pytest.raises(ArchiveRefused):
        archive_check.check_archive(write(tmp_path / "a.tar", data))
    with pytest.raises(EngineError):
        backups.scan_archive(tmp_path / "a.tar")


MALFORMED_PAX = {
    "length zero": b"0 path=x\n",
    "length negative": b"-5 path=x\n",
    "length past the end": b"999 path=x\n",
    "5000-digit length": b"9" * 5000 + b" path=x\n",
    "no space": b"12path=xxxx\n",
    "no equals sign": b"10 pathxx\n",
    "no newline": b"11 path=xyz",
    "uid not a number": pax_records(uid="root"),
    "uid negative": pax_records(uid="-1"),
    "uid of 5000 digits": pax_records(uid="9" * 5000),
    "mtime nan": pax_records(mtime="nan"),
    "mtime inf": pax_records(mtime="inf"),
    "size not a number": pax_records(size="12 MB"),
}


@pytest.mark.parametrize("label", list(MALFORMED_PAX))
def test_malformed_pax_records_are_refused_by_both_readers(tmp_path, label, hostile):
    hostile(f"pax: {label}")
    records = MALFORMED_PAX[label]
    data = tar_of(header("pax", b"x", len(records)), records, pad(len(records)),
                  entry("./d", tarfile.DIRTYPE))
    with pytest.raises(ArchiveRefused):
        FolderAndLinkHeaders().feed(data)
    with pytest.raises(ArchiveRefused):
        archive_check.check_archive(write(tmp_path / "a.tar", data))


def test_a_hundred_thousand_entries_are_checked_with_flat_memory(tmp_path, hostile):
    hostile("100k entries (empty files), 50 MB of headers")
    parts = [entry(f"./d{i // 1000}/f{i}") for i in range(100_000)]
    path = write(tmp_path / "many.tar", tar_of(*parts))
    growth, printed = peak_growth(f"""
        c = archive_check.check_archive({str(path)!r})
        print("ENTRIES", c.entries)
    """, ROOT)
    assert "ENTRIES 100000" in printed, printed
    assert growth < 100 * MB


# -- property: random header fields --------------------------------------------------------------

TYPES = [tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.CHRTYPE,
         tarfile.BLKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE, tarfile.CONTTYPE, b"x", b"g", b"L", b"K",
         b"X", b"S", b"V", b"M", b"Z", b"\0", b"7"]
names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=120)
pax_keys = st.sampled_from(["path", "linkpath", "size", "uid", "gid", "mtime", "uname", "gname",
                            "GNU.sparse.size", "comment", "", "=", "a b"])
pax_values = st.one_of(st.text(max_size=40), st.integers(-10**30, 10**30).map(str),
                       st.floats(allow_nan=True, allow_infinity=True).map(str))
header_fields = st.fixed_dictionaries({
    "name": names,
    "type": st.sampled_from(TYPES),
    "size": st.one_of(st.integers(0, 4096), st.integers(0, 2**63 - 1)),
    "mode": st.integers(0, 0o7777777),
    "uid": st.integers(0, 0o7777777),
    "linkname": names,
    "pax": st.dictionaries(pax_keys, pax_values, max_size=4),
    "data": st.binary(max_size=2048),
    "cut": st.integers(1, 4096),
})


def _craft(f) -> bytes:
    out = b""
    if f["pax"]:
        records = pax_records(**f["pax"]) if all(k and "=" not in k for k in f["pax"]) else b"3 =\n"
        out += header("pax", b"x", len(records)) + records + pad(len(records))
    try:
        out += header(f["name"], f["type"], f["size"], mode=f["mode"], uid=f["uid"],
                      linkname=f["linkname"])
    except (ValueError, UnicodeError):  # tarfile cannot write this name in ustar: a raw block
        out += (f["name"].encode("utf-8", "replace") + bytes(512))[:512]
    return out + f["data"] + end()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header_fields)
def test_random_headers_raise_only_the_documented_refusal(hostile, f):
    hostile(f"random tar header {f!r}")
    data = _craft(f)
    watcher = FolderAndLinkHeaders()
    for at in range(0, len(data), f["cut"]):
        try:
            watcher.feed(data[at:at + f["cut"]])
        except ArchiveRefused:
            break
    import io
    try:
        for member in archive_check.members(io.BytesIO(data)):
            assert isinstance(member.name, str)
    except ArchiveRefused as exc:
        assert exc.message  # a sentence for a person


def test_a_size_near_two_to_the_63_ends_the_listing_instead_of_overflowing(hostile):
    """Found by the random headers above: a member declaring 9 223 372 036 854 774 785 bytes made
    the check's seek() raise OverflowError instead of ending the listing (tar stops there too)."""
    import io

    hostile("tar member size 2**63 - 1023")
    data = header("big", b"0", 9_223_372_036_854_774_785) + b"x" * 512 + end()
    assert [m.name for m in archive_check.members(io.BytesIO(data))] == ["big"]
