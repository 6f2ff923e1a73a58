"""Manifests of every wrong shape are reported and skipped, never fatal; retention deletes only the
archive a manifest was written for, and says why it kept anything else."""

from __future__ import annotations

import copy
import io
import json
import tarfile
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volgui import backup_cli, paths
from volgui.engine.errors import EngineError
from volgui.engine.volumes import backups as bk
from volgui.engine.volumes.manifests import MAX_MANIFEST, BadManifest, read_manifest
from volgui.engine.volumes.stream_scan import StreamScan

HOST = "unix:///run/test.sock"


def make(folder, volume="data", day=1, content=b"1"):
    archive = folder / f"{volume}--2026110{day}T000000Z.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    path = bk.write_manifest(archive, volume, HOST)
    data = json.loads(path.read_text())
    data["created"] = (datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=day)).isoformat()
    path.write_text(json.dumps(data))
    return archive, path


WRONG = {
    "root is a list": lambda d: [d],
    "root is a string": lambda d: "volgui-backup-manifest",
    "root is a number": lambda d: 42,
    "root is null": lambda d: None,
    "format missing": lambda d: {k: v for k, v in d.items() if k != "format"},
    "format other": lambda d: {**d, "format": "something-else"},
    "naive created": lambda d: {**d, "created": "2026-11-02T00:00:00"},
    "created not a time": lambda d: {**d, "created": "yesterday"},
    "created a number": lambda d: {**d, "created": 1700000000},
    "created 10k characters": lambda d: {**d, "created": "2" * 10_000},
    "volume a list": lambda d: {**d, "volume": ["data"]},
    "volume empty": lambda d: {**d, "volume": ""},
    "engine a number": lambda d: {**d, "engine": 1},
    "tool a dict": lambda d: {**d, "tool": {}},
    "archive another file": lambda d: {**d, "archive": "my-thesis.pdf"},
    "archive ../": lambda d: {**d, "archive": "../../home/me/thesis.pdf"},
    "archive absolute": lambda d: {**d, "archive": "/home/me/thesis.pdf"},
    "archive null": lambda d: {**d, "archive": None},
    "archive_sha256 not hex": lambda d: {**d, "archive_sha256": "z" * 64},
    "archive_sha256 a number": lambda d: {**d, "archive_sha256": 5},
    "archive_sha256 a list": lambda d: {**d, "archive_sha256": ["0" * 64]},
    "archive_size a string": lambda d: {**d, "archive_size": "1024"},
    "archive_size negative": lambda d: {**d, "archive_size": -1},
    "archive_size true": lambda d: {**d, "archive_size": True},
    "entries a float": lambda d: {**d, "entries": 1.5},
    "total_size huge string": lambda d: {**d, "total_size": "9" * 5000},
    "version a string": lambda d: {**d, "version": "1"},
    "files a list": lambda d: {**d, "files": []},
    "file entry a string": lambda d: {**d, "files": {"a.txt": "file"}},
    "file mode a string": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "mode": "0644"}}},
    "file sha a number": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "sha256": 0}}},
    "file link a list": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "link": []}}},
    "file uid negative": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "uid": -1}}},
    "file size true": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "size": True}}},
    "file mtime a float": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "mtime": 1.5}}},
    "file type null": lambda d: {**d, "files": {"a.txt": {**d["files"]["a.txt"], "type": None}}},
    "file gid a list, among good ones": lambda d: {**d, "files": {
        **{f"ok{i}": d["files"]["a.txt"] for i in range(50)}, "b": {**d["files"]["a.txt"], "gid": [0]}}},
    "verification a list": lambda d: {**d, "verification": []},
    "verification ok a string": lambda d: {**d, "verification": {"ok": "yes", "at": "", "message": ""}},
    "verification message a dict": lambda d: {**d, "verification": {"ok": True, "at": "", "message": {}}},
}


@pytest.mark.parametrize("label", list(WRONG))
def test_a_wrong_manifest_is_reported_and_skipped_everywhere(tmp_path, label, hostile, capsys, monkeypatch):
    hostile(f"manifest: {label}")
    good_archive, _ = make(tmp_path, day=1)
    bad_archive, bad = make(tmp_path, day=2)
    thesis = tmp_path / "my-thesis.pdf"
    thesis.write_text("four years of work")
    bad.write_text(json.dumps(WRONG[label](json.loads(bad.read_text()))))
    with pytest.raises(BadManifest, match=bad.name):
        read_manifest(bad)
    problems: list[str] = []
    assert [b.archive for b in bk.list_backups(tmp_path, "data", HOST, problems)] == [good_archive]
    assert len(problems) == 1 and bad.name in problems[0]
    said: list[str] = []
    assert bk.apply_retention(tmp_path, "data", 1, HOST, report=said.append) == []
    assert thesis.read_text() == "four years of work" and bad_archive.exists() and good_archive.exists()
    assert any(bad.name in s for s in said)
    # verify is refused with a person's message (before any engine is used)
    with pytest.raises(EngineError, match=bad.name):
        bk.verify(None, bad)
    # the command's --list says it and goes on
    monkeypatch.setattr(paths, "_override", paths._override)
    store = bk.PolicyStore.load(tmp_path / "config" / "backup-policies.json")
    store.folder = str(tmp_path)
    store.set_policy(HOST, bk.Policy("data", 6, 1))
    store.save()
    assert backup_cli.main(["--config-dir", str(tmp_path / "config"), "--list"]) == 0
    out = capsys.readouterr().out
    assert "data: every 6h, keep 1; last backup 2026-11-02" in out and bad.name in out


def test_a_huge_manifest_and_deep_json_are_skipped(tmp_path, hostile):
    hostile("manifest: larger than the cap")
    hostile("manifest: JSON nested 100 000 deep")
    _, path = make(tmp_path, day=1)
    with open(path, "ab") as fh:
        fh.truncate(MAX_MANIFEST + 10)
    with pytest.raises(BadManifest, match="larger than"):
        read_manifest(path)
    _, deep = make(tmp_path, day=2)
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(BadManifest):
        read_manifest(deep)
    assert bk.list_backups(tmp_path) == []


def test_a_backup_whose_manifest_would_be_too_large_to_list_is_refused(tmp_path, monkeypatch):
    """A backup's manifest is not read back: its size is checked against what a listing reads before
    it is written. At the limit the backup is listed; one byte over it, neither it nor its archive
    stays (the listing would skip the manifest, and the archive would be nobody's)."""
    from volgui.engine.volumes import manifests

    folder = tmp_path / "backups"
    folder.mkdir()

    def archive():
        path = folder / "data--20261101T000000Z.tar"
        with tarfile.open(path, "w") as tar:
            info = tarfile.TarInfo("./a.txt")
            info.size = 1
            tar.addfile(info, io.BytesIO(b"1"))
        return path

    size = bk.write_manifest(archive(), "data", HOST).stat().st_size
    bk.manifest_path(archive()).unlink()
    monkeypatch.setattr(manifests, "MAX_MANIFEST", size - 1)
    with pytest.raises(BadManifest, match="larger than"):
        bk.finish(archive(), "data", HOST, None, None)
    assert list(folder.iterdir()) == []
    monkeypatch.setattr(manifests, "MAX_MANIFEST", size)
    made = bk.finish(archive(), "data", HOST, None, None)
    assert bk.list_backups(folder) == [made]


RETENTION = {
    "archive replaced by another file": lambda a: a.write_bytes(b"someone else's file" * 100),
    "archive same size, other bytes": lambda a: a.write_bytes(bytes(len(a.read_bytes()))),
    "archive is a symlink to a person's file": None,  # set up in the test
    "archive missing": lambda a: a.unlink(),
    "archive is a folder": lambda a: (a.unlink(), a.mkdir()),
    "manifest records no checksum": "no-sha",
}


@pytest.mark.parametrize("label", list(RETENTION))
def test_retention_keeps_an_archive_that_is_not_the_one_written(tmp_path, label, hostile):
    hostile(f"retention: {label}")
    old, old_manifest = make(tmp_path, day=1)
    make(tmp_path, day=2)
    person = tmp_path / "elsewhere" / "photos.tar"
    person.parent.mkdir()
    person.write_bytes(old.read_bytes())
    if RETENTION[label] is None:
        old.unlink()
        old.symlink_to(person)
    elif RETENTION[label] == "no-sha":
        data = json.loads(old_manifest.read_text())
        del data["archive_sha256"]
        old_manifest.write_text(json.dumps(data))
    else:
        RETENTION[label](old)
    said: list[str] = []
    assert bk.apply_retention(tmp_path, "data", 1, HOST, report=said.append) == []
    assert person.exists() and old_manifest.exists()
    assert len(said) == 1 and said[0].startswith(f"Kept {old_manifest.name}:")


def test_a_copied_manifest_never_deletes_the_file_it_names(tmp_path, hostile):
    hostile("retention: manifest copied beside a person's file under the archive's name")
    _, manifest = make(tmp_path, day=1)
    make(tmp_path, day=2)
    mine = tmp_path / "report.pdf"
    mine.write_text("mine")
    copied = tmp_path / ("report.pdf" + ".manifest.json")
    data = json.loads(manifest.read_text())
    copied.write_text(json.dumps({**data, "archive": "report.pdf",
                                  "created": "2020-01-01T00:00:00+00:00"}))
    said: list[str] = []
    deleted = bk.apply_retention(tmp_path, "data", 2, HOST, report=said.append)
    assert deleted == [] and mine.read_text() == "mine"
    assert said and "report.pdf" in said[0]


def test_retention_deletes_its_own_old_backup(tmp_path, hostile):
    hostile("retention: an untouched old backup (the control)")
    old, old_manifest = make(tmp_path, day=1)
    new, _ = make(tmp_path, day=2)
    said: list[str] = []
    assert sorted(bk.apply_retention(tmp_path, "data", 1, HOST, report=said.append)) == sorted(
        [old, old_manifest])
    assert new.exists() and said == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20)
FIELDS = ["format", "version", "tool", "volume", "engine", "created", "archive", "archive_sha256",
          "archive_size", "entries", "total_size", "files", "verification"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(json_values,
                 st.tuples(st.sampled_from(FIELDS), json_values),
                 st.tuples(st.just("files"), st.dictionaries(st.text(max_size=8), json_values, max_size=3))))
def test_generated_manifest_shapes_never_raise_anything_but_bad_manifest(tmp_path_factory, hostile, shape):
    hostile(f"manifest shape {shape!r}")
    folder = tmp_path_factory.mktemp("m")
    archive, path = make(folder)
    good = json.loads(path.read_text())
    if isinstance(shape, tuple):
        data = copy.deepcopy(good)
        data[shape[0]] = shape[1]
    else:
        data = shape
    path.write_text(json.dumps(data))
    try:
        read_manifest(path)
    except BadManifest as exc:
        assert path.name in exc.message
    problems: list[str] = []
    bk.list_backups(folder, problems=problems)
    bk.apply_retention(folder, "data", 1, HOST, report=problems.append)
    assert archive.exists()


def test_an_archive_whose_manifest_would_be_skipped_is_refused_before_anything_is_written(tmp_path, hostile):
    """A header with a negative owner (base-256, as GNU tar writes one): the snapshot's manifest could
    not be listed, so neither it nor the archive stays."""
    hostile("archive: a header with a negative owner")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        info = tarfile.TarInfo("./a.txt")
        info.size, info.uid = 1, -5
        tar.addfile(info, io.BytesIO(b"1"))
    folder = tmp_path / "snapshots"
    folder.mkdir()
    archive = folder / "data--20261101T000000Z.tar"
    archive.write_bytes(buf.getvalue())
    scan = StreamScan()
    scan.feed(buf.getvalue())
    with pytest.raises(BadManifest, match="uid"):
        bk.finish(archive, "data", HOST, None, scan)
    assert list(folder.iterdir()) == []
