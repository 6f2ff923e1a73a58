"""The metadata listing a roll back predicts from: hostile lines skipped, bounded, and the
prediction the same as the plan made from the full manifests where metadata tell."""

from __future__ import annotations

from volgui.engine.volumes import stat_listing
from volgui.engine.volumes.archive_scan import Entry

THEN = {".": Entry("dir", 0o755, 0, 0, 100), "a": Entry("file", 0o644, 1, 2, 100, 5, "x" * 64),
        "b": Entry("hardlink", 0o644, 1, 2, 100, 0, "", "a"), "d": Entry("dir", 0o700, 0, 0, 100),
        "d/l": Entry("symlink", 0o777, 0, 0, 100, 0, "", "../a")}


def line(raw: int, uid: int, gid: int, mtime: int, size: int, links: int, name: str) -> bytes:
    return f"{raw:x} {uid} {gid} {mtime} {size} {links} {name}".encode()


NOW = [line(0o40755, 0, 0, 100, 4096, 3, "."), line(0o100644, 1, 2, 100, 5, 2, "./a"),
       line(0o100644, 1, 2, 100, 5, 2, "./b"), line(0o40700, 0, 0, 100, 4096, 2, "./d"),
       line(0o120777, 0, 0, 100, 4, 1, "./d/l")]


def test_an_unchanged_volume_predicts_only_what_changed():
    assert not stat_listing.predicts_whole(THEN, b"\n".join(NOW))


def test_a_changed_file_with_a_second_name_predicts_the_whole_volume():
    changed = [*NOW[:1], line(0o100644, 1, 2, 200, 6, 2, "./a"), *NOW[2:]]
    assert stat_listing.predicts_whole(THEN, b"\n".join(changed))


def test_more_new_paths_than_deleted_one_by_one_predict_the_whole_volume():
    many = [line(0o100644, 0, 0, 1, 1, 1, f"./new{i}") for i in range(21)]
    assert stat_listing.predicts_whole(THEN, b"\n".join(NOW + many))
    assert not stat_listing.predicts_whole(THEN, b"\n".join(NOW + many[:3]))


def test_hostile_lines_are_skipped_and_a_name_keeps_its_spaces():
    data = b"\n".join([*NOW, b"zz 1 2 3 4 5 ./bad", b"41ed 1 2", b"\xff\xfe", b"",
                       line(0o100600, 3, 4, 5, 6, 1, "./a name with  spaces")])
    parsed = stat_listing.parse(data)
    assert parsed is not None and "bad" not in parsed
    assert parsed["a name with  spaces"] == (Entry("file", 0o600, 3, 4, 5, 6), 1)


def test_a_listing_over_the_limit_is_not_trusted():
    at_limit = b"x" * stat_listing.MAX_LISTING
    assert stat_listing.parse(at_limit) == {}
    assert stat_listing.parse(at_limit + b"x") is None
    assert not stat_listing.predicts_whole(THEN, at_limit + b"x")  # the way of before
