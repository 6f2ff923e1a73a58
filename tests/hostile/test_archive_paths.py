"""What a restore must refuse or ask about, named from the headers before anything is written:
paths out of the volume, links out, writes through a link, device nodes, set-ID files."""

from __future__ import annotations

import tarfile

import pytest
from hostile_archives import entry, header, pax_records, tar_of, write

from volgui.engine.volumes import archive_check
from volgui.engine.volumes.tar_headers import ArchiveRefused

REFUSED = {
    "../x": [entry("../x", data=b"evil")],
    "./../x": [entry("./../x", data=b"evil")],
    "a/../../x": [entry("a/../../x", data=b"evil")],
    "deep ../": [entry("./a/b/c/../../../../etc/passwd", data=b"evil")],
    "absolute /etc/passwd": [entry("/etc/passwd", data=b"evil")],
    "absolute folder": [entry("/tmp/x", tarfile.DIRTYPE)],
    "pax path ../": [header("p", b"x", len(pax_records(path="../pax-x"))), pax_records(path="../pax-x")
                     + bytes(-len(pax_records(path="../pax-x")) % 512), entry("innocent", data=b"1")],
    "pax path absolute": [header("p", b"x", len(pax_records(path="/root/x"))), pax_records(path="/root/x")
                          + bytes(-len(pax_records(path="/root/x")) % 512), entry("innocent", data=b"1")],
    "GNU long name ../": [header("././@LongLink", b"L", 200), (b"../" * 60 + b"x").ljust(512, b"\0"),
                          entry("short", data=b"1")],
    "hardlink to /etc/shadow": [entry("./h", tarfile.LNKTYPE, linkname="/etc/shadow")],
    "hardlink to ../outside": [entry("./h", tarfile.LNKTYPE, linkname="../outside")],
    "symlink then write through it": [entry("./a", tarfile.SYMTYPE, linkname="/etc"),
                                      entry("./a/cron.d/evil", data=b"* * * * * root sh")],
    "relative symlink then write": [entry("./up", tarfile.SYMTYPE, linkname="../.."),
                                    entry("./up/x", data=b"1")],
    "symlink to a folder then a deeper write": [entry("./l", tarfile.SYMTYPE, linkname="/"),
                                                entry("./l/a/b/c", data=b"1")],
    "symlink then mkdir through it": [entry("./l", tarfile.SYMTYPE, linkname="/"),
                                      entry("./l/newdir", tarfile.DIRTYPE)],
}


@pytest.mark.parametrize("label", list(REFUSED))
def test_paths_out_of_the_volume_are_refused_by_name(tmp_path, label, hostile):
    hostile(f"archive path: {label}")
    path = write(tmp_path / "x.tar", tar_of(*REFUSED[label]))
    check = archive_check.check_archive(path)
    assert check.refused_count >= 1
    with pytest.raises(ArchiveRefused, match="Nothing was restored") as caught:
        archive_check.require_restorable(path, allow_special=True)
    assert "x.tar was refused" in caught.value.message


SPECIAL = {
    "char device": (entry("./null", tarfile.CHRTYPE, devmajor=1, devminor=3), "device node"),
    "block device": (entry("./sda", tarfile.BLKTYPE, devmajor=8, devminor=0), "device node"),
    "setuid root": (entry("./su", data=b"#!/bin/sh\n", mode=0o4755, uid=0), "set-user-ID (owned by root)"),
    "setuid other": (entry("./tool", data=b"x", mode=0o4711, uid=1000), "set-user-ID"),
    "setgid file": (entry("./g", data=b"x", mode=0o2755), "set-group-ID"),
    "setuid and setgid": (entry("./ug", data=b"x", mode=0o6755), "set-user-ID and set-group-ID"),
    "setuid hardlink": (entry("./hl", tarfile.LNKTYPE, linkname="./x", mode=0o4755), "set-user-ID"),
}


@pytest.mark.parametrize("label", list(SPECIAL))
def test_special_files_are_named_and_need_agreement(tmp_path, label, hostile):
    hostile(f"archive special: {label}")
    part, text = SPECIAL[label]
    path = write(tmp_path / "s.tar", tar_of(entry("./x", data=b"x"), part))
    check = archive_check.check_archive(path)
    assert check.special_count == 1 and text in check.special_text()
    with pytest.raises(ArchiveRefused, match="asks before restoring them"):
        archive_check.require_restorable(path, allow_special=False)
    assert archive_check.require_restorable(path, allow_special=True).special_count == 1


ALLOWED = {
    "absolute symlink": [entry("./etc-link", tarfile.SYMTYPE, linkname="/etc")],
    "symlink to ../": [entry("./up", tarfile.SYMTYPE, linkname="../..")],
    "setgid folder": [entry("./shared", tarfile.DIRTYPE, mode=0o2775)],
    "sticky folder": [entry("./tmp", tarfile.DIRTYPE, mode=0o1777)],
    "fifo": [entry("./pipe", tarfile.FIFOTYPE)],
    "hardlink inside": [entry("./a", data=b"1"), entry("./b", tarfile.LNKTYPE, linkname="./a")],
    "name with .. inside a word": [entry("./a..b/..c", data=b"1")],
    "root entry ./": [entry("./", tarfile.DIRTYPE), entry("./x", data=b"1")],
}


@pytest.mark.parametrize("label", list(ALLOWED))
def test_ordinary_archives_pass(tmp_path, label, hostile):
    hostile(f"archive allowed: {label}")
    path = write(tmp_path / "ok.tar", tar_of(*ALLOWED[label]))
    check = archive_check.require_restorable(path, allow_special=False)
    assert check.refused_count == 0 and check.special_count == 0


def test_many_refusals_are_counted_and_the_message_stays_short(tmp_path, hostile):
    hostile("archive: 10 000 entries climbing out with ..")
    path = write(tmp_path / "m.tar", tar_of(*[entry(f"../x{i}", data=b"1") for i in range(10_000)]))
    with pytest.raises(ArchiveRefused) as caught:
        archive_check.require_restorable(path, allow_special=True)
    assert "10000 entries" in caught.value.message and "and 9980 more" in caught.value.message
    assert len(caught.value.message) < 2000


@pytest.mark.parametrize("garbage", [b"", b"not a tar" * 100, bytes(511), b"\xff" * 4096,
                                     b"\x1f\x8b" + b"broken gzip" * 10])
def test_unreadable_archives_are_refused_with_a_message(tmp_path, garbage, hostile):
    hostile(f"archive garbage: {garbage[:20]!r} ({len(garbage)} bytes)")
    path = write(tmp_path / "g.tar", garbage)
    try:
        check = archive_check.check_archive(path)
    except ArchiveRefused as exc:
        assert "g.tar" in exc.message
    else:
        assert check.entries == 0  # an empty stream: nothing to restore
