"""Real roll backs sweep what a crash left beside the snapshots (``scratch``) and keep what is in use:
the roll back's own private folders, locked while its containers mount them, survive a sweep made
in the middle of it; a person's files with similar names survive every sweep."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from volume_trees import assert_no_leftovers, in_place, manifest

from volgui.engine.volumes import direct, scratch, snapshots

pytestmark = pytest.mark.integration

OLD = 2 * 24 * 3600
CHANGE = "echo more >> /v/data/big.bin && touch /v/.hidden"  # a hardlinked file: the whole volume


def aged(path: Path) -> Path:
    when = os.stat(path).st_mtime - OLD
    for inner in path.iterdir() if path.is_dir() else ():
        os.utime(inner, (when, when), follow_symlinks=False)
    os.utime(path, (when, when))
    return path


def test_a_roll_back_removes_what_a_crash_left_and_keeps_a_persons_files(
        engine, docker_api, test_image, filled, work):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    archive = snap.backup.archive
    left = work / ".volgui-restore-k1ll3d_9"  # a restore's folder, its process killed: a hard link
    left.mkdir()
    (left / scratch.LOCK).touch()
    os.link(archive, left / "archive")
    part = work / f".{archive.name}.abcd1234.part"
    part.write_bytes(b"half an archive")
    mine = work / ".volgui-rollback-mynotes1"  # a person's folder with a similar name
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    for path in (left, part, mine):
        aged(path)
    assert archive.stat().st_nlink == 2
    in_place(docker_api, test_image, filled, CHANGE)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and result.restored.method == "direct"
    assert manifest(engine, filled) == before
    assert not left.exists() and not part.exists() and archive.stat().st_nlink == 1
    assert (mine / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".")) == [mine.name]
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("change", [CHANGE, "echo fresh > /v/data/new.txt"])
def test_a_sweep_in_the_middle_of_a_roll_back_keeps_its_folders(
        engine, docker_api, test_image, filled, work, monkeypatch, change):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    in_place(docker_api, test_image, filled, change)
    monkeypatch.setattr(scratch, "SETTLE", 0)  # a free lock would be taken at once: only the lock keeps them
    swept, seen = [], set()
    real = direct._shared_file

    def shared(path: str) -> str:  # each private file, as a container is about to mount it
        seen.add(Path(path).parent.name if Path(path).parent != work else Path(path).name)
        swept.extend(scratch.sweep(work))
        assert Path(path).exists()
        return real(path)

    monkeypatch.setattr(direct, "_shared_file", shared)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert manifest(engine, filled) == before and result.restored.method == "direct"
    assert swept == []
    assert any(name.startswith(scratch.RESTORE) for name in seen)
    if change == CHANGE:
        assert result.method == snapshots.WHOLE
        assert any(name.startswith(scratch.ROLLBACK) for name in seen)
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == []
    assert_no_leftovers(docker_api)
