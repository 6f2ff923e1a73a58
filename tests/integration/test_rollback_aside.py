"""After a whole-volume roll back's go, the old entries leave the volume at once (one rename into the
volume's own folder in the engine's data root) and a helper removes them after the roll back has
returned (``rollback_aside``); where that is not safe, they are removed inside the volume as before.
Either way the volume is exactly the snapshot's."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from volume_trees import assert_no_leftovers, in_place, manifest, removals_done

from volgui.engine.volumes import helpers, rollback_aside, snapshots, swap_restore

pytestmark = pytest.mark.integration

# more than 20 paths new since the snapshot: the whole volume is restored
CHANGE = "echo more >> /v/data/big.bin && rm -f /v/readme.txt && for i in $(seq 30); do touch /v/new$i; done"


def own_folder(docker_api, volume) -> Path:
    return Path(docker_api.inspect_volume(volume)["Mountpoint"]).parent


def rolled_back(engine, docker_api, test_image, volume, work, monkeypatch) -> tuple[dict, list, object]:
    """A snapshot, a change, and the roll back to it; returns the volume then, the removals
    started (their folders) and the roll back's result."""
    before = manifest(engine, volume)
    snap = snapshots.snapshot(engine, volume, work)
    in_place(docker_api, test_image, volume, CHANGE)
    started = []
    real = rollback_aside.start_removal
    monkeypatch.setattr(rollback_aside, "start_removal",
                        lambda api, image, vol, folder, prefix: started.append(folder)
                        or real(api, image, vol, folder, prefix))
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and result.restored.method == "direct"
    assert manifest(engine, volume) == before  # as soon as the roll back has returned
    removals_done(docker_api)  # what it left running has ended: the removal was started, or not
    return before, started, result


def test_the_old_entries_leave_the_volume_and_are_removed_after_the_roll_back(
        engine, docker_api, test_image, filled, work, monkeypatch):
    folder = own_folder(docker_api, filled)
    _before, started, _result = rolled_back(engine, docker_api, test_image, filled, work, monkeypatch)
    assert started == [str(folder)]
    assert not any(swap_restore.HIDDEN in name for name in manifest(engine, filled))
    removals_done(docker_api)
    assert sorted(os.listdir(folder)) == ["_data"]
    assert_no_leftovers(docker_api)


def test_the_volume_can_be_removed_while_its_old_entries_are_being_removed(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """The removing helper does not mount the volume: removing the volume is not refused as "in use"
    while it runs (held here until the volume is gone)."""
    real = rollback_aside._script
    monkeypatch.setattr(rollback_aside, "_script", lambda prefix: (
        "i=0; while [ -d /w/_data ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done; " + real(prefix)))
    label = f"{helpers.HELPER_LABEL}={rollback_aside.ROLE}"
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    in_place(docker_api, test_image, filled, CHANGE)
    snapshots.rollback(engine, snap.backup.manifest, work)
    assert manifest(engine, filled) == before
    deadline = time.monotonic() + 60
    while not docker_api.containers(filters={"label": label, "status": "running"}):
        assert time.monotonic() < deadline, "the removal's container did not start"
        time.sleep(0.05)
    rollback_ends = f"{helpers.HELPER_LABEL}=rollback"
    while docker_api.containers(all=True, filters={"label": rollback_ends}):  # it mounts the volume
        assert time.monotonic() < deadline, "the roll back's container did not end"
        time.sleep(0.05)
    docker_api.remove_volume(filled)
    assert filled not in {v["Name"] for v in docker_api.volumes()["Volumes"] or []}
    assert_no_leftovers(docker_api)


def test_folders_left_by_an_earlier_removal_go_with_the_next(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """A removal that never ran (volgui or the engine stopped) leaves a ``….done`` folder out of
    sight; the next roll back's removal takes it. A folder of any other name stays."""
    folder = own_folder(docker_api, filled)
    left = folder / (swap_restore.HIDDEN + "0123456789abcdef.done")
    (left / "deep").mkdir(parents=True)
    (left / "deep" / "old.bin").write_bytes(b"x" * 4096)
    other = folder / "kept-by-someone"
    other.mkdir()
    try:
        rolled_back(engine, docker_api, test_image, filled, work, monkeypatch)
        removals_done(docker_api)
        assert sorted(os.listdir(folder)) == ["_data", "kept-by-someone"]
    finally:
        other.rmdir()
    assert_no_leftovers(docker_api)


def test_a_volume_with_options_keeps_the_old_entries_inside_until_removed(
        engine, docker_api, test_image, prefix, work, monkeypatch, tmp_path):
    """A bind volume's ``_data`` is a mount point: a rename out of it would be refused (and ``mv``
    would copy), so nothing leaves the volume; its host folder holds exactly the snapshot's."""
    host = tmp_path / "bound"
    host.mkdir()
    name = f"{prefix}bound"
    docker_api.create_volume(name, driver_opts={"type": "none", "o": "bind", "device": str(host)})
    in_place(docker_api, test_image, name,
             "mkdir /v/data && echo 1 > /v/data/big.bin && echo r > /v/readme.txt")
    assert rollback_aside.volume_folder(engine.api, name) == ""
    _before, started, _result = rolled_back(engine, docker_api, test_image, name, work, monkeypatch)
    assert started == []
    assert sorted(os.listdir(host)) == ["data", "readme.txt"]
    assert_no_leftovers(docker_api)


def test_a_folder_that_is_not_the_volumes_own_is_never_used(
        engine, docker_api, test_image, filled, prefix, work, monkeypatch):
    """The container checks that ``/w/_data`` is the volume it has mounted: given another volume's
    folder, it removes the old entries inside the volume, and the other volume is untouched."""
    other = f"{prefix}other"
    docker_api.create_volume(other)
    in_place(docker_api, test_image, other, "echo theirs > /v/file.txt")
    theirs = manifest(engine, other)
    monkeypatch.setattr(rollback_aside, "volume_folder", lambda *_a: str(own_folder(docker_api, other)))
    _before, started, _result = rolled_back(engine, docker_api, test_image, filled, work, monkeypatch)
    assert started == []
    assert manifest(engine, other) == theirs
    assert sorted(os.listdir(own_folder(docker_api, other))) == ["_data"]
    assert_no_leftovers(docker_api)


def test_an_engine_that_will_not_mount_the_folder_rolls_back_as_before(
        engine, docker_api, test_image, filled, work, monkeypatch):
    monkeypatch.setattr(rollback_aside, "volume_folder", lambda *_a: "/nonexistent/volgui-test")
    _before, started, _result = rolled_back(engine, docker_api, test_image, filled, work, monkeypatch)
    assert started == []
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize(("reply", "folder"), [
    ({"Driver": "local", "Options": None, "Mountpoint": "/d/volumes/x/_data"}, "/d/volumes/x"),
    ({"Driver": "local", "Options": {}, "Mountpoint": "/d/volumes/x/_data"}, "/d/volumes/x"),
    ({"Driver": "local", "Options": {"type": "tmpfs"}, "Mountpoint": "/d/volumes/x/_data"}, ""),
    ({"Driver": "other", "Options": None, "Mountpoint": "/d/volumes/x/_data"}, ""),
    ({"Driver": "local", "Mountpoint": "/d/volumes/x/../../_data"}, ""),
    ({"Driver": "local", "Mountpoint": "relative/_data"}, ""),
    ({"Driver": "local", "Mountpoint": "/_data"}, ""),
    ({"Driver": "local", "Mountpoint": "/d/volumes/x/data"}, ""),
    ({"Driver": "local", "Mountpoint": 7}, ""),
    ([], ""),
])
def test_the_engines_reply_names_the_folder_or_nothing(reply, folder):
    class Api:
        def inspect_volume(self, _name):
            return reply

    assert rollback_aside.volume_folder(Api(), "x") == folder
