"""What a roll back deletes and restores, from two manifests; and the archive subset it restores."""

from __future__ import annotations

import io
import tarfile

from volgui.engine.volumes import partial_restore
from volgui.engine.volumes.archive_scan import Entry, scan_archive


def f(sha="a", size=1, mode=0o644) -> Entry:
    return Entry("file", mode, 0, 0, 1, size, sha * 64, "")


def d(mtime=1, mode=0o755) -> Entry:
    return Entry("dir", mode, 0, 0, mtime, 0, "", "")


THEN = {".": d(), "a": d(), "a/x": f(), "a/y": f("b"), "b": f("c"), "c": d(), "c/deep": d(), "c/deep/z": f()}


def test_only_what_changed_with_the_folders_above():
    now = dict(THEN, **{"a/x": f("z"), "new": f(), "new2": d(), "new2/inner": f(), "c": d(mode=0o700)})
    del now["b"]
    plan = partial_restore.plan(THEN, now)
    assert plan.delete == ("a/x", "new", "new2")  # new2/inner goes with new2
    assert plan.restore == {".", "a", "a/x", "b", "c"}


def test_a_changed_type_is_deleted_then_restored_with_what_was_below():
    now = {k: v for k, v in THEN.items() if not k.startswith("c/")}
    now["c"] = f()
    plan = partial_restore.plan(THEN, now)
    assert plan.delete == ("c",) and plan.restore == {".", "c", "c/deep", "c/deep/z"}


def test_hardlinks_or_many_deletions_restore_everything():
    linked = dict(THEN, **{"a/h": Entry("hardlink", 0o644, 0, 0, 1, 0, "", "./a/x")})
    assert partial_restore.plan(linked, dict(linked, **{"a/x": f("z")})) is None
    many = dict(THEN, **{f"n{i}": f() for i in range(partial_restore.MAX_DELETES + 1)})
    assert partial_restore.plan(THEN, many) is None
    assert partial_restore.plan(THEN, dict(THEN)).restore == {"."}


def test_the_subset_holds_exactly_the_named_entries_long_names_included(tmp_path):
    archive = tmp_path / "x.tar"
    long = "deep/" + "n" * 150 + ".txt"
    with tarfile.open(archive, "w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in (("./", None), ("./keep.txt", b"keep"), ("./skip.bin", b"s" * 3000), (long, b"L")):
            info = tarfile.TarInfo(name)
            if data is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    out = tmp_path / "subset.tar"
    assert partial_restore.write_subset(archive, frozenset({".", "keep.txt", long}), out) == 3
    entries, _sha, _size = scan_archive(out)
    assert set(entries) == {".", "keep.txt", long}
    with tarfile.open(out) as tar:
        assert tar.extractfile("./keep.txt").read() == b"keep"
