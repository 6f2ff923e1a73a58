"""A container's write layer marked (added / changed / deleted, mounts named), and "Move to a volume…"
keeping every file, on the private engine."""

from __future__ import annotations

import docker.errors
import pytest

from volgui.engine.containers import files as cf
from volgui.engine.containers.fs_marks import file_marks
from volgui.engine.containers.to_volume import MOVED_LABEL, move_to_volume, suggested_volume_name
from volgui.engine.errors import EngineError
from volgui.engine.volumes import listers

pytestmark = pytest.mark.integration

# runs once: a re-created container (its write layer copied) only sleeps
SCRIPT = ("[ -e /ready ] || { mkdir -p '/app/sub dir' && echo one > /app/a.txt && "
          "echo 'ünï' > '/app/sub dir/ö ✓.txt' && ln -s a.txt /app/link && "
          "chown -R 1000:1000 '/app/sub dir' && chmod 0640 /app/a.txt && echo extra >> /etc/group && "
          "rm /etc/passwd && echo kept > /data/in-volume && touch /ready; } && exec sleep 300")


@pytest.fixture
def changed(docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}layer-data")
    cid = docker_api.create_container(
        test_image, ["sh", "-c", SCRIPT], name=f"{prefix}layer", labels={"volgui.test": "1"},
        stop_signal="SIGKILL",
        host_config=docker_api.create_host_config(binds={f"{prefix}layer-data": {"bind": "/data"}}))["Id"]
    docker_api.start(cid)
    return cid


def wait_ready(engine, cid) -> None:
    import time

    deadline = time.monotonic() + 60
    while not cf.exists(engine, cid, "ready"):
        assert time.monotonic() < deadline, "the container's script did not finish"
        time.sleep(0.05)


def test_write_layer_changes_and_mounts_are_marked(engine, changed, prefix):
    wait_ready(engine, changed)
    marks = file_marks(engine, changed)
    assert marks.running and marks.container == f"{prefix}layer"
    assert marks.change("app") == "added" and marks.change("app/a.txt") == "added"
    assert marks.change("etc/group") == "modified"
    assert marks.change("etc/passwd") == "deleted"
    assert "etc/passwd" in marks.deleted_in("etc")
    assert marks.change("bin") == ""  # untouched: the image's
    assert marks.stored_in("bin/sh") == "image"
    assert marks.stored_in("etc/hosts") == "docker"  # bind-mounted by docker, not in "Mounts"
    assert marks.stored_in("app/a.txt") == "write layer"
    assert "lost when the container is removed" in marks.stored_in_hint("app/a.txt")
    assert "stays" in marks.stored_in_hint("data/in-volume")
    # the volume and what is in it are the volume's, never the write layer's
    assert marks.mount_at("data").kind == "volume" and marks.mount_at("data").source == f"{prefix}layer-data"
    assert marks.change("data/in-volume") == ""
    assert marks.stored_in("data/in-volume") == f"volume {prefix}layer-data"
    assert marks.in_write_layer("app") and not marks.in_write_layer("data")


def listing(engine, cid, path):
    scan = cf.scan(engine, cid, path)
    return {e.path: (e.kind, e.size, e.mode, e.uid, e.gid, int(e.mtime), e.link_target)
            for items in scan.children.values() for e in items}


def test_move_to_a_volume_keeps_every_file_and_mounts_it(engine, changed, docker_api, prefix):
    wait_ready(engine, changed)
    before = listing(engine, changed, "app")
    volume = suggested_volume_name(f"{prefix}layer", "/app")
    assert volume == f"{prefix}layer-app"

    result = move_to_volume(engine, changed, "/app", volume)

    assert result.volume == volume and result.path == "/app" and result.entries == len(before)
    new = docker_api.inspect_container(result.container_id)
    assert new["Name"] == f"/{prefix}layer" and new["State"]["Running"]
    mounts = {m["Destination"]: m for m in new["Mounts"]}
    assert mounts["/app"]["Name"] == volume and mounts["/app"]["Type"] == "volume"
    assert mounts["/data"]["Name"] == f"{prefix}layer-data"  # the other mount stays
    with pytest.raises(docker.errors.NotFound):
        docker_api.inspect_container(changed)  # the original is gone …
    assert listing(engine, result.container_id, "app") == before  # … every file kept, with its metadata
    assert cf.read_file(engine, result.container_id, "app/sub dir/ö ✓.txt").text() == "ünï\n"
    assert docker_api.inspect_volume(volume)["Labels"][MOVED_LABEL] == f"{prefix}layer:/app"
    marks = file_marks(engine, result.container_id)
    assert marks.mount_at("app").source == volume and not marks.in_write_layer("app/a.txt")
    assert marks.change("etc/group") == "modified"  # the rest of the write layer came along
    assert len(listers.scan(engine, volume, "").children) >= 2


@pytest.mark.parametrize("step", ["stop", "create-volume", "copy", "check", "recreate"])
def test_a_failed_move_loses_nothing(engine, changed, docker_api, prefix, step):
    wait_ready(engine, changed)
    before = listing(engine, changed, "app")
    volume = f"{prefix}layer-app"

    def fail(at):
        if at == step:
            raise EngineError(f"injected at {at}")

    with pytest.raises(EngineError, match="injected"):
        move_to_volume(engine, changed, "app", volume, before_step=fail)

    assert not [v for v in docker_api.volumes()["Volumes"] or [] if v["Name"] == volume]
    state = docker_api.inspect_container(changed)
    assert state["State"]["Running"] and state["Name"] == f"/{prefix}layer"
    assert "/app" not in {m["Destination"] for m in state["Mounts"]}
    assert listing(engine, changed, "app") == before
    assert not docker_api.containers(all=True, filters={"label": "volgui.helper"})


def test_move_refuses_what_cannot_work(engine, changed, docker_api, prefix):
    wait_ready(engine, changed)
    for path, words in (("/", "whole filesystem"), ("/data", "already in volume"),
                        ("/app/a.txt", "not a folder")):
        with pytest.raises(EngineError, match=words):
            move_to_volume(engine, changed, path, f"{prefix}refused")
    docker_api.create_volume(f"{prefix}taken")
    with pytest.raises(EngineError, match="already exists"):
        move_to_volume(engine, changed, "/app", f"{prefix}taken")
    assert docker_api.inspect_container(changed)["State"]["Running"]
