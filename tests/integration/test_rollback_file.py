"""A roll back in which tar reads the snapshot's file itself, in one container with the removal:
exact, used for both ways of rolling back, and safe when it cannot be used or fails half way."""

from __future__ import annotations

import json

import pytest
from volume_trees import assert_no_leftovers, in_place, manifest

from volgui.engine.volumes import direct, restore_file, snapshots, transfer

pytestmark = pytest.mark.integration


def no_pipe(monkeypatch) -> list:
    """Restores through the pipe or the endpoints are counted (and still run)."""
    used = []
    real = transfer.import_volume
    monkeypatch.setattr(transfer, "import_volume", lambda *a, **k: used.append(a[1]) or real(*a, **k))
    return used


def test_both_ways_of_rolling_back_read_the_file_in_one_container(engine, docker_api, test_image, filled,
                                                                 work, monkeypatch):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    used = no_pipe(monkeypatch)
    in_place(docker_api, test_image, filled, "echo fresh > /v/data/new.txt")
    in_place(docker_api, test_image, filled, "rm -r /v/empty && echo now-a-file > /v/empty")
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.CHANGES_ONLY and result.restored.method == "direct"
    assert manifest(engine, filled) == before
    in_place(docker_api, test_image, filled, "echo more >> /v/data/big.bin && touch /v/.hidden /v/..odd")
    result = snapshots.rollback(engine, snap.backup.manifest, work)  # a hardlinked file: whole volume
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    assert used == []
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == []  # no private link left
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("how", ["not shared", "not a file"])
def test_an_engine_that_cannot_see_the_file_changes_nothing_and_the_pipe_restores(
        engine, docker_api, test_image, filled, work, monkeypatch, how, tmp_path):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    # an engine without this machine's files refuses the mount; one that has a folder there runs
    # the script, which finds no file and leaves the volume alone
    monkeypatch.setattr(direct, "_shared_file", (lambda p: p + ".not-there") if how == "not shared"
                        else (lambda _p: str(folder)))
    used = no_pipe(monkeypatch)
    in_place(docker_api, test_image, filled, "echo fresh > /v/data/new.txt")
    with pytest.raises(direct.DirectUnavailableError):
        restore_file.restore(engine, filled, snap.backup.archive, empty=True)
    assert "./data/new.txt" in manifest(engine, filled)  # nothing was removed
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert manifest(engine, filled) == before and len(used) == 1
    in_place(docker_api, test_image, filled, "echo more >> /v/data/big.bin")
    assert snapshots.rollback(engine, snap.backup.manifest, work).method == snapshots.WHOLE
    assert manifest(engine, filled) == before and len(used) == 2 and result.safety is not None
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("change", ["few", "whole"])
def test_tar_failing_after_the_removal_restores_the_whole_volume_the_other_way(
        engine, docker_api, test_image, filled, work, monkeypatch, change):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    # the removal runs, then the extraction fails: the volume is left changed (half empty)
    monkeypatch.setattr(restore_file, "_SCRIPT", restore_file._SCRIPT.replace("exec {tar}", "false && {tar}"))
    used = no_pipe(monkeypatch)
    in_place(docker_api, test_image, filled, "echo fresh > /v/data/new.txt" if change == "few"
             else "echo more >> /v/data/big.bin")
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    assert used == [snap.backup.archive]  # whole, through the pipe, after the one container failed
    kept, then = (json.loads(m.read_text())["files"] for m in (result.safety.manifest, snap.manifest))
    if change == "few":  # the safety snapshot holds the changed state, taken before any removal
        assert "data/new.txt" in kept and "data/new.txt" not in then
    else:
        assert kept.keys() == then.keys() and kept != then  # a hardlinked file grew
    assert_no_leftovers(docker_api)


def test_tar_failing_after_emptying_leaves_it_to_the_caller(engine, filled, work, monkeypatch):
    snap = snapshots.snapshot(engine, filled, work)
    monkeypatch.setattr(restore_file, "_SCRIPT", restore_file._SCRIPT.replace("exec {tar}", "false && {tar}"))
    with pytest.raises(restore_file.RestoreFailed):
        restore_file.restore(engine, filled, snap.backup.archive, empty=True)
    assert list(manifest(engine, filled)) == ["."]  # emptied, nothing extracted: the caller restores


def test_an_image_without_a_shell_changes_nothing_and_the_pipe_restores(
        engine, docker_api, test_image, filled, work, monkeypatch):
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    monkeypatch.setattr(restore_file, "SHELL", ["/no/such/shell", "-c"])  # the container cannot start
    used = no_pipe(monkeypatch)
    in_place(docker_api, test_image, filled, "echo fresh > /v/data/new.txt")
    with pytest.raises(direct.DirectUnavailableError):
        restore_file.restore(engine, filled, snap.backup.archive, delete=["data/new.txt"])
    assert "./data/new.txt" in manifest(engine, filled)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.CHANGES_ONLY and manifest(engine, filled) == before and len(used) == 1
    assert_no_leftovers(docker_api)
