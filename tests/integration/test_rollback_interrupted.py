"""Putting back what a whole-volume roll back killed before its go left aside (``interrupted``):
the volume's listing (type, mode, owner, mtime, links, sha256) ends exactly as it was before the
roll back, after a kill while moving or during extraction, and after a put back itself stopped
half way; a name in both places is refused with nothing changed."""

from __future__ import annotations

import shlex

import pytest
from volume_trees import assert_no_leftovers, in_place, manifest

from tests.integration.test_rollback_swap import kill_at, snapshot_then_change
from volgui.engine import EngineError
from volgui.engine.present.commands import put_back_command
from volgui.engine.volumes import helpers, interrupted, snapshots, swap_restore

pytestmark = pytest.mark.integration

# where the roll back's container holds still (and is killed): the script's line → it with a hold
HOLD = "echo held >> /q/state\nsleep 600\n"
KILLED_AT = {
    # one entry moved aside, the others not yet: no marker
    "moving": ("""'[ $# -eq 0 ] || mv -- "$@" "$0"/' "$H" || back""",
               """'mv -- "$1" "$0"/' "$H" || back\n""" + HOLD),
    # every entry aside, the marker made, nothing extracted yet
    "marked": ("\nX=1\n", "\nX=1\n" + HOLD),
    # the snapshot extracted beside the folder (the safety archive may still be written)
    "extracted": ("( @EXTRACT@ )\n", "( @EXTRACT@ )\n" + HOLD),
}


def killed_roll_back(engine, docker_api, test_image, volume, work, monkeypatch, where) -> tuple[dict, str]:
    """A roll back of ``volume`` whose container is killed at ``where``: the volume before the
    roll back, and the folder left aside."""
    _before, snap, changed = snapshot_then_change(engine, docker_api, test_image, volume, work)
    with monkeypatch.context() as patch:
        kill_at(patch, docker_api, *KILLED_AT[where], "held")
        with pytest.raises(EngineError, match="could not be put back"):
            snapshots.rollback(engine, snap.backup.manifest, work)
    found = interrupted.find(engine, volume)
    assert [f.extracted for f in found] == [where != "moving"]
    assert interrupted.left_aside(engine, volume) == [found[0].name]
    return changed, found[0].name


def without_root_time(listing: dict) -> dict:
    return {k: v[:4] + v[5:] if k == "." else v for k, v in listing.items()}


@pytest.mark.parametrize("where", sorted(KILLED_AT))
def test_put_back_after_a_killed_roll_back_gives_the_volume_as_it_was(
        engine, docker_api, test_image, filled, work, monkeypatch, where):
    changed, hidden = killed_roll_back(engine, docker_api, test_image, filled, work, monkeypatch, where)
    if where == "extracted":  # a container wrote into the volume after the kill: not the person's
        in_place(docker_api, test_image, filled, "echo later > /v/written-after.txt")
    interrupted.put_back(engine, filled, hidden)
    now = manifest(engine, filled)
    if where == "moving":  # the moves changed the root's time; its mode and owner stayed
        assert without_root_time(now) == without_root_time(changed)
    else:  # the root's mode, owner and time from the folder
        assert now == changed
    assert interrupted.left_aside(engine, filled) == []
    assert_no_leftovers(docker_api)


def test_a_name_both_beside_and_inside_the_folder_is_refused_and_nothing_changes(
        engine, docker_api, test_image, filled, work, monkeypatch):
    """Without the marker the entries beside the folder are the person's: here the snapshot's
    extraction (four names), its marker removed, and two names more: all six in both places."""
    _changed, hidden = killed_roll_back(engine, docker_api, test_image, filled, work, monkeypatch,
                                        "extracted")
    in_place(docker_api, test_image, filled, f"rm /v/{hidden}.extracting && touch /v/.hidden /v/..odd")
    then = manifest(engine, filled)
    with pytest.raises(EngineError) as refused:
        interrupted.put_back(engine, filled, hidden)
    message = refused.value.message
    assert message.startswith("Nothing was changed") and hidden in message and "(6 in all)" in message
    shown = message.rsplit(": ", 1)[1].removesuffix(". Move or rename them, then put back again.").split(", ")
    assert len(shown) == interrupted.MAX_CONFLICTS
    assert set(shown) < {"data", "empty", "readme.txt", "shared", ".hidden", "..odd"}
    assert manifest(engine, filled) == then
    assert_no_leftovers(docker_api)


@pytest.mark.parametrize("where", ["moving", "extracted"])
def test_the_command_shown_does_the_same(engine, docker_api, test_image, filled, work, monkeypatch, where):
    """What the window shows as the equivalent command puts the entries back too (all but the
    root's times, which volgui keeps on a file meanwhile)."""
    changed, hidden = killed_roll_back(engine, docker_api, test_image, filled, work, monkeypatch, where)
    line = put_back_command(filled, hidden, where == "extracted")
    in_place(docker_api, test_image, filled, shlex.split(line)[-1])
    assert without_root_time(manifest(engine, filled)) == without_root_time(changed)
    assert_no_leftovers(docker_api)


STOPPED_AT = {  # the put back's script line → it followed by a stop (as if killed there)
    "extraction removed": ("  # the root's mode and owner", "  exit 99\n  # the root's mode and owner"),
    "marker removed": ('rm -f -- "$H.extracting" || exit 95\n',
                       'rm -f -- "$H.extracting" || exit 95\n  exit 99\n'),
    "one entry moved back": ("""'[ $# -eq 0 ] || mv -n -- "$@" /v/' sh || exit 95""",
                             """'mv -n -- "$1" /v/' sh; exit 99"""),
    "every entry moved back": ("""'[ $# -eq 0 ] || mv -n -- "$@" /v/' sh || exit 95""",
                               """'[ $# -eq 0 ] || mv -n -- "$@" /v/' sh || exit 95\nexit 99"""),
}


@pytest.mark.parametrize("step", sorted(STOPPED_AT))
def test_a_put_back_stopped_half_way_ends_exact_when_run_again(
        engine, docker_api, test_image, filled, work, monkeypatch, step):
    changed, hidden = killed_roll_back(engine, docker_api, test_image, filled, work, monkeypatch, "extracted")
    old, new = STOPPED_AT[step]
    assert interrupted._SCRIPT.count(old) == 1
    with monkeypatch.context() as patch:
        patch.setattr(interrupted, "_SCRIPT", interrupted._SCRIPT.replace(old, new))
        with pytest.raises(EngineError, match="stopped half way"):
            interrupted.put_back(engine, filled, hidden)
    found = interrupted.find(engine, filled)
    assert [(f.name, f.extracted) for f in found] == [(hidden, step == "extraction removed")]
    interrupted.put_back(engine, filled, hidden)
    assert manifest(engine, filled) == changed
    assert interrupted.left_aside(engine, filled) == []
    assert_no_leftovers(docker_api)


def test_only_folders_named_as_a_roll_back_names_them_are_found(engine, docker_api, test_image, filled,
                                                                 monkeypatch):
    name = swap_restore.HIDDEN + "0123456789abcdef"
    in_place(docker_api, test_image, filled,
             f"mkdir /v/{name} /v/{name}.done /v/{swap_restore.HIDDEN}xyz /v/{name}0 && "
             f"touch /v/{swap_restore.HIDDEN}fedcba9876543210 /v/{name}.extracting")
    assert [(f.name, f.extracted) for f in interrupted.find(engine, filled)] == [(name, True)]
    # a volume bigger than the scan's budget: its top level listed by one exec instead
    monkeypatch.setattr(interrupted, "SCAN_BUDGET", 1)
    assert interrupted.left_aside(engine, filled) == [name]
    with pytest.raises(EngineError, match="not a folder a roll back left aside"):
        interrupted.put_back(engine, filled, "data")
    assert_no_leftovers(docker_api)


def test_a_running_roll_back_s_folder_is_not_offered_nor_put_back(engine, docker_api, test_image, filled):
    name = swap_restore.HIDDEN + "0123456789abcdef"
    in_place(docker_api, test_image, filled, f"mkdir /v/{name}")
    running = docker_api.create_container(test_image, ["sleep", "300"],
                                          labels={**helpers.helper_labels(filled, "rollback")})["Id"]
    docker_api.start(running)
    try:
        assert interrupted.left_aside(engine, filled) == []
        with pytest.raises(EngineError, match=r"A roll back of .* is running"):
            interrupted.put_back(engine, filled, name)
    finally:
        docker_api.remove_container(running, force=True)
    assert interrupted.left_aside(engine, filled) == [name]
