"""The docker command lines shown in dialogs and the activity log."""

import shlex

import pytest

from volgui.engine.present import commands
from volgui.operations.batch import BatchError, BatchResult


def test_container_verbs():
    assert commands.container_command("stop", ["web", "db"]) == "docker stop web db"
    assert commands.container_command("start", ["it's"]) == "docker start 'it'\"'\"'s'"
    with pytest.raises(ValueError):
        commands.container_command("explode", ["web"])


def test_remove_containers():
    assert commands.remove_containers(["web"]) == "docker rm web"
    assert commands.remove_containers(["web", "db"], remove_anonymous_volumes=True) == "docker rm -v web db"
    assert commands.remove_containers(["web", "db"], stop_first=["db"]) == (
        "docker stop db && docker rm web db")
    assert commands.remove_containers(["web"], force=True) == "docker rm -f web"


def test_create_volume():
    assert commands.create_volume("my_volume") == "docker volume create my_volume"
    assert commands.create_volume("v1", "nfs", {"owner": "alice smith"}, {"type": "tmpfs"}) == (
        "docker volume create --driver nfs --label 'owner=alice smith' --opt type=tmpfs v1")
    assert commands.create_volume("", "local") == "docker volume create"


def test_remove_and_prune_volumes():
    assert commands.remove_volumes(["a", "b"]) == "docker volume rm a b"
    assert commands.remove_volumes(["a"], force=True) == "docker volume rm -f a"
    assert commands.prune_volumes() == "docker volume prune --all"
    assert commands.prune_volumes(False) == "docker volume prune"
    assert commands.container_diff("web") == "docker diff web"


def test_batch_summaries_and_errors():
    assert BatchResult("Stop", ("web",)).summary() == "Stopped web"
    assert BatchResult("Prune", ("a", "b"), freed=12_000).summary() == "Deleted 2 volumes (12.0 kB): a, b"
    err = BatchError(BatchResult("Start", ("a",), (("b", "No such container: b"),), "docker start a b"))
    assert err.message == "Start failed for 1 of 2; done: a. b: No such container: b"
    assert err.command == "docker start a b"
    err = BatchError(BatchResult("Kill", (), (("a", "not running"),)))
    assert err.message == "Kill failed. a: not running"


def test_put_back_command():
    """The shell sees one script; the extraction is removed only when the marker says it is one
    (the command itself runs against a real engine in tests/integration/test_rollback_interrupted.py)."""
    folder = ".volgui-rollback-0123456789abcdef"
    moved = commands.put_back_command("my data", folder, False)
    assert moved == ("docker run --rm --network none -v 'my data':/v busybox sh -c 'cd /v && find "
                     f"{folder} -mindepth 1 -maxdepth 1 -exec mv -n {{}} /v/ \\; && rmdir {folder}'")
    extracted = commands.put_back_command("v", folder, True)
    assert shlex.split(extracted)[:-1] == "docker run --rm --network none -v v:/v busybox sh -c".split()
    assert shlex.split(extracted)[-1].startswith(
        'cd /v && find . -mindepth 1 -maxdepth 1 ! -name ".volgui-rollback-*" -exec rm -rf {} + && chown')
