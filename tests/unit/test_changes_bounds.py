"""The diff and the file comparison are bounded: a hostile manifest or file cannot make them unbounded."""

from __future__ import annotations

import io
import json
import tarfile

import pytest

from volgui.engine.errors import EngineError
from volgui.engine.volumes import archive_scan, changes, file_versions
from volgui.engine.volumes.archive_scan import Entry
from volgui.engine.volumes.manifests import BadManifest, read_manifest


def entry(**kw) -> Entry:
    base = dict(type="file", mode=0o644, uid=0, gid=0, mtime=1, size=1, sha256="a" * 64, link="")
    base.update(kw)
    return Entry(**base)


def test_compare_lists_at_most_the_limit_and_counts_the_rest():
    after = {f"f{i}": entry() for i in range(50)}
    diff = changes.compare({}, after, limit=10)
    assert len(diff.changes) == 10 and diff.total == 50


def test_what_changed_is_named():
    before = {"a": entry(), "d": entry(type="dir", size=0, sha256=""),
              "h": entry(type="hardlink", link="./a")}
    after = {"a": entry(sha256="b" * 64, mode=0o600), "d": entry(type="dir", size=0, sha256="", mtime=9),
             "h": entry(type="hardlink", link="a")}
    diff = changes.compare(before, after)
    # a folder's time alone is not listed; "./a" and "a" are one hardlink target
    assert [(c.path, c.what) for c in diff.changes] == [("a", ("content", "mode"))]
    assert changes.compare(before, after, strict=True).total == 2


def test_manifest_entries_take_only_typed_fields(tmp_path):
    manifest = tmp_path / "v--x.tar.manifest.json"
    manifest.write_text(json.dumps({"format": "volgui-backup-manifest", "volume": "v", "archive": "v--x.tar",
                                    "created": "2026-01-01T00:00:00+00:00",
                                    "files": {"a": {"type": "file", "size": 3, "extra": [1] * 10}}}))
    files = read_manifest(manifest)["files"]
    assert changes.manifest_entries(files)["a"] == Entry("file", 0, 0, 0, 0, 3, "", "")
    bad = dict(json.loads(manifest.read_text()), running=["x"] * 500)
    manifest.write_text(json.dumps(bad))
    with pytest.raises(BadManifest, match="running"):
        read_manifest(manifest)


def test_archive_scan_refuses_more_entries_than_allowed():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for i in range(5):
            tar.addfile(tarfile.TarInfo(f"f{i}"), io.BytesIO(b""))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r|") as tar, pytest.raises(EngineError, match="more than 3"):
        archive_scan.read_entries(tar, max_entries=3)


def test_file_versions_read_at_most_the_limit_and_diff_at_most_the_lines(tmp_path):
    big = b"line\n" * 20_000
    archive = tmp_path / "x.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./notes.txt")
        info.size = len(big)
        tar.addfile(info, io.BytesIO(big))
    old = file_versions.from_archive(archive, "notes.txt", limit=1000)
    assert len(old.data) == 1000 and old.truncated and old.size == len(big) and old.sha256 == ""
    whole = file_versions.from_archive(archive, "/notes.txt/")
    assert whole.sha256 and not whole.truncated
    assert not file_versions.from_archive(archive, "missing").present
    versions = file_versions.Versions("notes.txt", whole, file_versions.Version(big + b"x\n", 0, "", True))
    a, b = versions.lines()
    assert len(a) == len(b) == file_versions.MAX_DIFF_LINES
    with pytest.raises(EngineError):
        file_versions.from_archive(archive, "../etc/passwd")
