"""Snapshots, what changed since one, rolling back, and policy runs that skip an unchanged volume."""

from __future__ import annotations

import io
import tarfile
from datetime import UTC, datetime, timedelta

import pytest
from volume_trees import ODD_NAME, in_place, manifest

from volgui.engine.volumes import changes, files, helpers, snapshots
from volgui.engine.volumes.backups import Policy, PolicyStore, list_backups, run_due

pytestmark = pytest.mark.integration


def put(engine, volume, name, data, mtime=1_700_000_123, mode=0o644):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), mtime, mode
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.addfile(info, io.BytesIO(data))
    with helpers.helper(engine, volume) as cid:
        engine.api.put_archive(cid, helpers.MOUNT, buf.getvalue())


def test_snapshot_diff_and_roll_back(engine, filled, work):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work, note="before the upgrade")
    assert snap.backup.verified is True and "Read back whole" in snap.backup.verify_message
    listed = snapshots.list_snapshots(work, filled, engine.spec.host)
    assert [s.note for s in listed] == ["before the upgrade"] and listed[0].running == ()

    assert changes.since(engine, snap.backup.manifest).total == 0
    put(engine, filled, "data/new.txt", b"fresh\n")
    put(engine, filled, "readme.txt", b"rewritten\n")
    files.delete(engine, filled, [f"shared/{ODD_NAME}"])
    diff = changes.since(engine, snap.backup.manifest)
    got = {c.path: c.status for c in diff.changes}
    assert got == {"data/new.txt": "added", "readme.txt": "changed", f"shared/{ODD_NAME}": "removed"}
    changed = next(c for c in diff.changes if c.path == "readme.txt")
    assert "content" in changed.what and changed.old.size == 1300 and changed.new.size == 10
    assert diff.total == 3 and diff.counts() == {"added": 1, "changed": 1, "removed": 1}

    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert manifest(engine, filled) == before  # type, mode, owner, mtime, links, sha256
    assert result.method == snapshots.CHANGES_ONLY
    assert result.safety is not None and "before rolling back" in result.safety.reason
    safety_files = {c.path for c in changes.compare(
        changes.manifest_entries(__import__("json").loads(result.safety.backup.manifest.read_text())["files"]),
        changes.manifest_entries(__import__("json").loads(snap.backup.manifest.read_text())["files"])).changes}
    assert safety_files == set(got)  # the safety snapshot holds the changed state
    assert len(snapshots.list_snapshots(work, filled)) == 2
    assert changes.since(engine, snap.backup.manifest).total == 0


def test_roll_back_stops_users_when_asked(engine, docker_api, filled, work, test_image, prefix):
    c = docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}user",
                                    labels={"volgui.test": "1"},
                                    host_config=docker_api.create_host_config(binds=[f"{filled}:/v"]))
    docker_api.start(c["Id"])
    snap = snapshots.snapshot(engine, filled, work)
    assert snap.running == (f"{prefix}user",)
    put(engine, filled, "later.txt", b"x")
    result = snapshots.rollback(engine, snap.backup.manifest, work, stop_users=True)
    assert result.stopped == (f"{prefix}user",) and result.problems == ""
    assert docker_api.inspect_container(c["Id"])["State"]["Running"] is True
    assert "later.txt" not in {c.path for c in changes.since(engine, snap.backup.manifest).changes}
    assert changes.since(engine, snap.backup.manifest).total == 0


def test_roll_back_refuses_a_changed_archive(engine, filled, work):
    snap = snapshots.snapshot(engine, filled, work)
    put(engine, filled, "later.txt", b"x")
    raw = bytearray(snap.backup.archive.read_bytes())
    at = raw.find(b"hello volume")
    raw[at] ^= 1
    snap.backup.archive.write_bytes(bytes(raw))
    with pytest.raises(Exception, match="checksum"):
        snapshots.rollback(engine, snap.backup.manifest, work)
    assert "later.txt" in {c.path for c in changes.since(engine, snap.backup.manifest).changes}


def test_roll_back_changes_of_type_and_hardlinks(engine, docker_api, test_image, filled, work):
    """A file that became a folder, a folder that became a file, a link retargeted: only those are
    restored; a changed file with a hardlink to it: the whole volume is."""
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    in_place(docker_api, test_image, filled,
             "rm /v/readme.txt && mkdir -p /v/readme.txt/inner && echo x > /v/readme.txt/inner/f "
             "&& rm -r /v/empty && echo now-a-file > /v/empty && ln -sfn elsewhere /v/data/link-to-conf "
             "&& chmod 700 /v/shared && chown 5:6 /v/data/db.conf")
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.CHANGES_ONLY and manifest(engine, filled) == before
    in_place(docker_api, test_image, filled, "echo more >> /v/data/big.bin")  # hard.bin is a link to it
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before


def test_roll_back_a_removed_volume_creates_it(engine, docker_api, filled, work):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    docker_api.remove_volume(filled)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.safety is None and manifest(engine, filled) == before


def test_policy_run_skips_an_unchanged_volume(engine, engine_host, filled, tmp_path):
    folder = tmp_path / "backups"
    store = PolicyStore(tmp_path / "policies.json")
    store.set_policy(engine_host, Policy(filled, 1, 5))
    said: list[str] = []
    now = datetime.now(UTC)
    assert len(run_due(engine, store, folder, now=now, log=said.append)) == 1
    archives = sorted(folder.glob("*.tar"))
    assert run_due(engine, store, folder, now=now + timedelta(hours=2), log=said.append) == []
    assert sorted(folder.glob("*.tar")) == archives  # no archive made
    assert any(t.startswith(f"skip {filled}: nothing changed since") for t in said), said
    # checked at +2 h: not due again before +3 h, and not scanned again meanwhile
    assert store.checked_unchanged(engine_host, filled) is not None
    assert run_due(engine, store, folder, now=now + timedelta(hours=2, minutes=30), log=said.append) == []
    put(engine, filled, "later.txt", b"x")
    assert len(run_due(engine, store, folder, now=now + timedelta(hours=4), log=said.append)) == 1
    assert len(list_backups(folder, filled)) == 2


def test_unchanged_check_reads_contents_when_headers_match(engine, docker_api, test_image, filled, work):
    snap = snapshots.snapshot(engine, filled, work)
    assert changes.unchanged_since(engine, snap.backup.manifest)
    # one byte rewritten in place, the time set back: size, time, mode and the folder are as before
    in_place(docker_api, test_image, filled, "printf H | dd of=/v/readme.txt bs=1 count=1 conv=notrunc "
                                             "&& touch -d @1600000000 /v/readme.txt")
    headers = changes.live_entries(engine, filled, hash_files=False)
    before = changes.manifest_entries(__import__("json").loads(snap.backup.manifest.read_text())["files"])
    assert changes.compare(before, headers, strict=True, hashed=False).total == 0
    assert not changes.unchanged_since(engine, snap.backup.manifest)
    diff = changes.since(engine, snap.backup.manifest)
    assert [(c.path, c.what) for c in diff.changes] == [("readme.txt", ("content",))]
