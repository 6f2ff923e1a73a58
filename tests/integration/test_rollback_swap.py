"""A whole-volume roll back whose safety snapshot and restore run at once in one container
(``swap_restore``): exact, and at every step where it can fail the person's entries are exactly as
they were (or the snapshot's, once the roll back succeeded) and the safety snapshot is complete."""

from __future__ import annotations

import json
import os

import pytest
from volume_trees import assert_no_leftovers, in_place, manifest

from volgui.engine import EngineError
from volgui.engine.cancel import CancelToken
from volgui.engine.errors import Cancelled
from volgui.engine.volumes import (
    helpers,
    rollback_aside,
    rollback_swap,
    snapshots,
    stream_scan,
    swap_restore,
    transfer,
)
from volgui.engine.volumes.archive_scan import scan_archive

pytestmark = pytest.mark.integration

# every big file changed (a hardlinked one among them), a hidden entry added, and the root given
# its own mode, owner and time last: what is put back must be all of that
CHANGE = ("echo more >> /v/data/big.bin && touch /v/.hidden /v/..odd && echo x > /v/readme.txt "
          "&& chmod 1751 /v && chown 7:8 /v && touch -d '2021-02-03 04:05:06' /v")


def complete(safety, state: dict) -> None:
    """The safety snapshot's archive is whole, its manifest says so, and it holds ``state``."""
    data = json.loads(safety.backup.manifest.read_text())
    entries, sha, size = scan_archive(safety.backup.archive)
    assert data["files"] == {k: e.__dict__ for k, e in sorted(entries.items())}
    assert data["archive_sha256"] == sha and data["archive_size"] == size
    assert {("./" + k if k != "." else ".") for k in data["files"]} == set(state)
    for name, (kind, mode, uid, gid, mtime, link, digest) in state.items():
        entry = data["files"][name.removeprefix("./")]
        assert (entry["mode"], entry["uid"], entry["gid"], entry["mtime"]) == (mode, uid, gid, mtime), name
        # which of two hard links is the file and which the link depends on the order tar met them
        assert entry.get("sha256", "") == digest or "hardlink" == entry["type"] or kind == b"1", name
        assert entry["type"] != "symlink" or entry["link"] == link, name


def pipe_and_states(engine, volume, monkeypatch) -> tuple[list, list]:
    """Restores through the pipe (counted), and the volume as the way before found it."""
    used, seen = [], []
    real_import, real_snapshot = transfer.import_volume, snapshots.snapshot
    monkeypatch.setattr(transfer, "import_volume", lambda *a, **k: used.append(a[1]) or real_import(*a, **k))

    def snapshot(*a, **k):
        seen.append(manifest(engine, volume))
        return real_snapshot(*a, **k)

    monkeypatch.setattr(snapshots, "snapshot", snapshot)
    return used, seen


def snapshot_then_change(engine, docker_api, test_image, volume, work) -> tuple[dict, object, dict]:
    """The volume before, a snapshot of it, and the volume after :data:`CHANGE`."""
    before = manifest(engine, volume)
    snap = snapshots.snapshot(engine, volume, work)
    in_place(docker_api, test_image, volume, CHANGE)
    return before, snap, manifest(engine, volume)


def kill_at(monkeypatch, docker_api, old: str, new: str, word: str) -> None:
    """The roll back's container holds still where the script's ``old`` becomes ``new`` (which
    says ``word`` to /q/state and sleeps) and is killed there, as by an engine stopping."""
    assert old in swap_restore._SCRIPT
    monkeypatch.setattr(swap_restore, "_SCRIPT", swap_restore._SCRIPT.replace(old, new))
    real = swap_restore._follow

    def killed(box, *args):
        assert box.until(word, None)
        docker_api.kill(box.id)
        return real(box, *args)

    monkeypatch.setattr(swap_restore, "_follow", killed)


def no_hidden_folder(engine, volume) -> None:
    assert not any(swap_restore.HIDDEN in name for name in manifest(engine, volume))


def test_a_whole_roll_back_restores_exactly_and_its_safety_snapshot_is_a_snapshot(
        engine, docker_api, test_image, filled, work, monkeypatch):
    before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    plain = snapshots.snapshot(engine, filled, work)  # what a snapshot of the changed volume holds
    used, seen = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and result.restored.method == "direct"
    assert manifest(engine, filled) == before and used == [] and seen == []
    complete(result.safety, changed)
    then, now = (json.loads(s.backup.manifest.read_text()) for s in (plain, result.safety))
    assert now["files"] == then["files"]
    assert now["kind"] == "snapshot" and "before rolling back" in now["reason"]
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".")) == []
    assert_no_leftovers(docker_api)


INJECTED = {  # the script's step → the same step failing (after doing part of its work)
    "moving aside": ("""'[ $# -eq 0 ] || mv -- "$@" "$0"/' "$H" || back""",
                     """'mv -- "$1" "$0"/' "$H"; back"""),
    "the root's metadata": ('chown "$O" "$H" && chmod', 'false && chmod'),
    "tar -c": ('tar -C "$H" -cf /p/safety . &', '{ tar -C "$H" -cf /p/safety .; false; } &'),
    "tar -x": ("( @EXTRACT@ )", "( @EXTRACT@ ); false"),
}


@pytest.mark.parametrize("step", sorted(INJECTED))
def test_a_step_failing_in_the_container_puts_everything_back(
        engine, docker_api, test_image, filled, work, monkeypatch, step):
    before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    old, new = INJECTED[step]
    assert old in swap_restore._SCRIPT
    monkeypatch.setattr(swap_restore, "_SCRIPT", swap_restore._SCRIPT.replace(old, new))
    used, seen = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert len(seen) == 1 and set(seen[0]) ^ set(changed) == set()
    assert seen == [changed]  # put back exactly, then the way before ran: its own safety snapshot
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before and used == []
    complete(result.safety, changed)
    assert len(snapshots.list_snapshots(work, filled)) == 2  # the snapshot and one safety snapshot
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


def test_a_damaged_snapshot_is_not_restored_and_the_safety_snapshot_is_kept(
        engine, docker_api, test_image, filled, work, monkeypatch):
    _before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    monkeypatch.setattr(snapshots, "_check_archive", lambda _a, _w, out: out.append("Damaged (injected)."))
    with pytest.raises(EngineError, match=r"Damaged \(injected\)\. The safety snapshot .* was kept"):
        snapshots.rollback(engine, snap.backup.manifest, work)
    assert manifest(engine, filled) == changed
    safety = next(s for s in snapshots.list_snapshots(work, filled) if s.manifest != snap.manifest)
    complete(safety, changed)
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("when", ["reading", "manifest"])
def test_cancel_or_a_failure_before_the_go_puts_everything_back(
        engine, docker_api, test_image, filled, work, monkeypatch, when):
    _before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    cancel = CancelToken()
    if when == "reading":  # cancelled while the safety archive is read
        real = stream_scan.StreamScan.feed
        monkeypatch.setattr(stream_scan.StreamScan, "feed",
                            lambda self, c, r=None: cancel.cancel() or real(self, c, r))
        expected = Cancelled
    else:  # the safety snapshot's manifest cannot be written
        def refuse(*_a, **_k):
            raise EngineError("No manifest (injected).")
        monkeypatch.setattr(rollback_swap.bk, "manifest_text", refuse)
        expected = EngineError
    with pytest.raises(expected):
        snapshots.rollback(engine, snap.backup.manifest, work, cancel=cancel)
    assert manifest(engine, filled) == changed
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == []  # no part file, no folder
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


def test_silence_from_volgui_puts_everything_back_and_the_roll_back_goes_on_the_other_way(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """volgui says nothing for longer than the container waits (as if it had gone away): the
    container puts the entries back by itself; the safety snapshot was complete, so the whole
    volume is then restored the other way."""
    before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    monkeypatch.setattr(swap_restore, "GO_WAIT", 1)
    monkeypatch.setattr(swap_restore, "KEEP_ALIVE", 3600)
    boxes = []
    real_init = swap_restore._Container.__init__
    monkeypatch.setattr(swap_restore._Container, "__init__",
                        lambda self, *a, **k: boxes.append(self) or real_init(self, *a, **k))
    real_fsync = rollback_swap._fsync

    def stall(path, folder=False):  # volgui stalls before its go until the container gave up
        if folder:
            assert boxes[0].exited.wait(60) and boxes[0].code == swap_restore.UNDONE
            seen.append(manifest(engine, filled))
        real_fsync(path, folder)

    seen: list = []
    monkeypatch.setattr(rollback_swap, "_fsync", stall)
    used, _ = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert seen == [changed]
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    assert used == [snap.backup.archive]  # whole, through the pipe
    complete(result.safety, changed)
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


AFTER_THE_GO = {  # where the old entries go after the go → that step failing
    "inside the volume": ('rm -rf -- "$H.done" || exit 93', "exit 93"),
    "out of the volume": ('echo gone aside >> /q/state\n  exit 0', "exit 93"),
}


@pytest.mark.parametrize("where", sorted(AFTER_THE_GO))
def test_a_failure_after_the_go_restores_the_whole_volume_the_other_way(
        engine, docker_api, test_image, filled, work, monkeypatch, where):
    before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    old, new = AFTER_THE_GO[where]
    assert old in swap_restore._SCRIPT
    monkeypatch.setattr(swap_restore, "_SCRIPT", swap_restore._SCRIPT.replace(old, new))
    if where == "inside the volume":
        monkeypatch.setattr(rollback_aside, "volume_folder", lambda *_a: "")
    used, _ = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    assert used == [snap.backup.archive]
    complete(result.safety, changed)
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


def test_folder_times_failing_before_the_go_put_everything_back_then_restore_the_other_way(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """The folders' times are put back while the container waits for its go; when that fails,
    no go is given: the person's entries are put back, and the whole volume is then restored the
    other way from the snapshot (the safety snapshot is complete)."""
    before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)

    def refuse(*_a, **_k):
        raise EngineError("No folder times (injected).")

    monkeypatch.setattr(swap_restore, "put_stream", refuse)
    used, seen = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    assert used == [snap.backup.archive] and seen == []
    complete(result.safety, changed)
    no_hidden_folder(engine, filled)
    assert_no_leftovers(docker_api)


def test_a_container_killed_before_the_go_leaves_the_entries_in_the_hidden_folder(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """The one case that cannot put things back by itself (the engine or machine stopped): the
    person's entries are whole in the hidden folder, the marker beside it says the folder has the
    root's metadata (``interrupted`` puts them back), and the error names it."""
    _before, snap, changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    # the container holds still once every entry is moved aside, and is killed there
    kill_at(monkeypatch, docker_api, "\nX=1\n", "\nX=1\necho moved >> /q/state\nsleep 600\n", "moved")
    with pytest.raises(EngineError, match="could not be put back") as raised:
        snapshots.rollback(engine, snap.backup.manifest, work)
    now = manifest(engine, filled)
    hidden = min(n for n in now if swap_restore.HIDDEN in n).removeprefix("./")
    assert hidden in raised.value.message
    kept = {"./" + k.removeprefix(f"./{hidden}/") if k != f"./{hidden}" else ".":
            (*v[:5], v[5].replace(f"./{hidden}/", "./"), v[6])
            for k, v in now.items() if k.startswith(f"./{hidden}/") or k == f"./{hidden}"}
    assert kept == changed  # every entry, and the folder has the root's mode, owner and time
    assert now[f"./{hidden}.extracting"][0] == b"0"  # the marker: a file
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == []
    assert_no_leftovers(docker_api)


def test_the_sweep_of_left_over_helpers_leaves_a_waiting_roll_back_alone(engine, docker_api, test_image):
    """Killed before its go, a roll back's container would leave the entries aside; running, it
    ends by itself (it puts them back when volgui is silent), so even a full sweep keeps it."""
    owner = {helpers.HELPER_OWNER_LABEL: f"{os.uname()[1]}:999999"}  # a process that is gone
    waiting = docker_api.create_container(test_image, ["sleep", "300"],
                                          labels={helpers.HELPER_LABEL: "rollback", **owner})["Id"]
    ended = docker_api.create_container(test_image, ["true"],  # created, never started
                                        labels={helpers.HELPER_LABEL: "rollback", **owner})
    docker_api.start(waiting)
    try:
        assert helpers.sweep_helpers(engine, everything=True) == [ended["Id"]]
        assert [c["Id"] for c in docker_api.containers(all=True, filters={"label": helpers.HELPER_LABEL})] \
            == [waiting]
    finally:
        docker_api.remove_container(waiting, force=True)


@pytest.mark.parametrize("left", ["after its go", "before its go", "a marker without its folder"])
def test_a_folder_left_by_a_killed_roll_back(engine, docker_api, test_image, filled, work, monkeypatch, left):
    """After its go (``….done``, or the marker of a folder renamed away): garbage, removed by the
    next roll back. Before it: the person's entries, never touched by this way — the way before
    runs and its safety snapshot holds them."""
    before, snap, _changed = snapshot_then_change(engine, docker_api, test_image, filled, work)
    folder = swap_restore.HIDDEN + "0123456789abcdef" + (".done" if left == "after its go" else "")
    if left == "a marker without its folder":
        in_place(docker_api, test_image, filled, f"touch /v/{folder}.extracting")
    else:
        in_place(docker_api, test_image, filled, f"mkdir /v/{folder} && echo mine > /v/{folder}/kept.txt")
    used, seen = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.WHOLE and manifest(engine, filled) == before
    kept = json.loads(result.safety.manifest.read_text())["files"]
    if left != "before its go":
        assert seen == [] and used == [] and not any(swap_restore.HIDDEN in name for name in kept)
    else:
        assert len(seen) == 1 and f"{folder}/kept.txt" in kept
    assert_no_leftovers(docker_api)


def test_a_few_changes_take_their_safety_snapshot_from_the_same_container(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """Predicted "only what changed": the listing's container writes the safety archive, nothing
    is moved aside, and the changed paths are restored as before."""
    before = manifest(engine, filled)
    snap = snapshots.snapshot(engine, filled, work)
    in_place(docker_api, test_image, filled, "echo fresh > /v/data/new.txt && echo y > /v/readme.txt")
    changed = manifest(engine, filled)
    used, seen = pipe_and_states(engine, filled, monkeypatch)
    result = snapshots.rollback(engine, snap.backup.manifest, work)
    assert result.method == snapshots.CHANGES_ONLY and manifest(engine, filled) == before
    assert seen == [] and used == []  # no snapshot the way before, no pipe
    complete(result.safety, changed)
    assert_no_leftovers(docker_api)
