"""Each operation's effect on the private engine, and the previews that come before them."""

from __future__ import annotations

import pytest

from volgui import operations as ops
from volgui.engine.client import Engine
from volgui.engine.connection import resolve
from volgui.engine.errors import EngineError
from volgui.engine.validation import ValidationError

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(engine_host, docker_api):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()


def make(api, image, name, *, binds=(), volumes=(), cmd=("sleep", "300"), start=True):
    host_config = api.create_host_config(binds=list(binds)) if binds else None
    c = api.create_container(image, list(cmd), name=name, volumes=list(volumes) or None,
                             host_config=host_config)
    if start:
        api.start(c["Id"])
    return c["Id"]


def state(api, ref):
    return api.inspect_container(ref)["State"]["Status"]


def volume_names(api):
    return {v["Name"] for v in api.volumes()["Volumes"] or []}


def test_container_lifecycle(engine, docker_api, test_image, prefix):
    cid = make(docker_api, test_image, f"{prefix}life", start=False)
    result = ops.start(engine, [f"{prefix}life"])
    assert result.ok and result.command == f"docker start {prefix}life"
    assert state(docker_api, cid) == "running"
    ops.pause(engine, cid)
    assert state(docker_api, cid) == "paused"
    ops.unpause(engine, cid)
    assert state(docker_api, cid) == "running"
    ops.restart(engine, cid)
    assert state(docker_api, cid) == "running"
    ops.kill(engine, cid)
    assert state(docker_api, cid) == "exited"
    ops.start(engine, cid)
    ops.stop(engine, cid)
    assert state(docker_api, cid) == "exited"


def test_single_failure_is_plain_words(engine, docker_api, test_image, prefix):
    make(docker_api, test_image, f"{prefix}idle", start=False)
    with pytest.raises(EngineError) as err:
        ops.pause(engine, f"{prefix}idle")
    assert "not running" in err.value.message
    assert err.value.command == f"docker pause {prefix}idle"


def test_batch_reports_what_was_done(engine, docker_api, test_image, prefix):
    a = make(docker_api, test_image, f"{prefix}a", start=False)
    with pytest.raises(ops.BatchError) as err:
        ops.start(engine, [f"{prefix}a", f"{prefix}missing"])
    assert err.value.result.done == (f"{prefix}a",)
    assert err.value.result.failed[0][0] == f"{prefix}missing"
    assert f"{prefix}missing" in err.value.message and "done" in err.value.message
    assert state(docker_api, a) == "running"


def test_removal_preview_lists_changes_and_kept_volumes(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}named")
    cid = make(docker_api, test_image, f"{prefix}rm",
               cmd=("sh", "-c", "echo x > /new.txt; rm /bin/ls; echo y >> /etc/passwd; sleep 300"),
               binds=[f"{prefix}named:/named"], volumes=["/anon", "/named"])
    docker_api.exec_start(docker_api.exec_create(cid, ["sh", "-c", "test -f /new.txt"]))
    preview = ops.removal_preview(engine, [f"{prefix}rm"])
    (item,) = preview.containers
    paths = {c.path: c.kind for c in item.changes}
    assert paths["/new.txt"] == ops.KIND_ADDED
    assert paths["/bin/ls"] == ops.KIND_DELETED
    assert paths["/etc/passwd"] == ops.KIND_MODIFIED
    assert "/anon" not in paths and "/named" not in paths  # mount points are not write-layer data
    kept = {v.destination: v for v in item.volumes}
    assert not kept["/named"].anonymous and kept["/named"].name == f"{prefix}named"
    assert kept["/anon"].anonymous and kept["/anon"].removable_with_container
    assert item.running
    assert preview.command() == f"docker stop {prefix}rm && docker rm {prefix}rm"
    assert preview.command(True) == f"docker stop {prefix}rm && docker rm -v {prefix}rm"


def test_remove_keeps_volumes_unless_asked(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}keep")
    a = make(docker_api, test_image, f"{prefix}k1", binds=[f"{prefix}keep:/data"], volumes=["/anon", "/data"])
    anon1 = next(m["Name"] for m in docker_api.inspect_container(a)["Mounts"] if m["Destination"] == "/anon")
    ops.remove(engine, [f"{prefix}k1"])
    assert not docker_api.containers(all=True, filters={"name": f"{prefix}k1"})
    assert {f"{prefix}keep", anon1} <= volume_names(docker_api)

    b = make(docker_api, test_image, f"{prefix}k2", binds=[f"{prefix}keep:/data"], volumes=["/anon", "/data"])
    anon2 = next(m["Name"] for m in docker_api.inspect_container(b)["Mounts"] if m["Destination"] == "/anon")
    ops.remove(engine, [f"{prefix}k2"], remove_anonymous_volumes=True)
    names = volume_names(docker_api)
    assert f"{prefix}keep" in names and anon2 not in names


def test_create_volume_validates_and_refuses_existing(engine, docker_api, prefix):
    vol = ops.create_volume(engine, f"{prefix}made", labels="volgui.test=1\nowner=me")
    assert vol.name == f"{prefix}made" and vol.label_dict["owner"] == "me"
    assert docker_api.inspect_volume(f"{prefix}made")["Labels"] == {"volgui.test": "1", "owner": "me"}
    with pytest.raises(EngineError, match="already exists"):
        ops.create_volume(engine, f"{prefix}made")
    with pytest.raises(ValidationError, match="start with a letter"):
        ops.create_volume(engine, "-bad")


def test_remove_volume_refused_while_in_use(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}busy")
    docker_api.create_volume(f"{prefix}free")
    make(docker_api, test_image, f"{prefix}user", binds=[f"{prefix}busy:/d"], volumes=["/d"], start=False)
    with pytest.raises(EngineError) as err:
        ops.remove_volumes(engine, f"{prefix}busy")
    assert f"{prefix}user" in err.value.message and "in use" in err.value.message
    assert f"{prefix}busy" in volume_names(docker_api)
    with pytest.raises(ops.BatchError) as err:
        ops.remove_volumes(engine, [f"{prefix}busy", f"{prefix}free"])
    assert err.value.result.done == (f"{prefix}free",)
    names = volume_names(docker_api)
    assert f"{prefix}busy" in names and f"{prefix}free" not in names


def test_volume_removal_preview_sizes(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}sized")
    cid = make(docker_api, test_image, f"{prefix}writer", binds=[f"{prefix}sized:/d"], volumes=["/d"],
               cmd=("sh", "-c", "head -c 5000 /dev/zero > /d/f"), start=True)
    docker_api.wait(cid)
    preview = ops.volume_removal_preview(engine, [f"{prefix}sized", f"{prefix}nope"])
    assert preview.refused[0].name == f"{prefix}sized" and preview.refused[0].users == (f"{prefix}writer",)
    assert preview.refused[0].size == 5000
    assert preview.missing == (f"{prefix}nope",)
    docker_api.remove_container(cid)
    preview = ops.volume_removal_preview(engine, [f"{prefix}sized"])
    assert preview.names == (f"{prefix}sized",) and preview.total_size == 5000


def test_prune_deletes_exactly_the_previewed_volumes(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}p-unused")
    docker_api.create_volume(f"{prefix}p-used")
    make(docker_api, test_image, f"{prefix}p-c", binds=[f"{prefix}p-used:/d"], volumes=["/d"], start=False)
    preview = ops.prune_preview(engine)
    names = set(preview.names)
    assert f"{prefix}p-unused" in names and f"{prefix}p-used" not in names
    assert f"{prefix}p-used" in {v.name for v in preview.refused}
    anonymous_only = ops.prune_preview(engine, include_named=False)
    assert f"{prefix}p-unused" not in {v.name for v in anonymous_only.removable}
    docker_api.create_volume(f"{prefix}p-later")  # created after the preview: must survive
    ops_names = [n for n in preview.names if n.startswith(prefix)]
    result = ops.prune(engine, ops_names, sizes={v.name: v.size for v in preview.removable})
    assert result.done == tuple(ops_names) and result.freed == 0
    left = volume_names(docker_api)
    assert f"{prefix}p-unused" not in left
    assert {f"{prefix}p-used", f"{prefix}p-later"} <= left


def test_prune_skips_a_volume_used_since_the_preview(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}q")
    preview = ops.prune_preview(engine)
    assert f"{prefix}q" in preview.names
    make(docker_api, test_image, f"{prefix}q-c", binds=[f"{prefix}q:/d"], volumes=["/d"], start=False)
    with pytest.raises(ops.BatchError) as err:
        ops.prune(engine, [f"{prefix}q"])
    assert "in use" in err.value.message and f"{prefix}q-c" in err.value.message
    assert f"{prefix}q" in volume_names(docker_api)


def test_mount_points_docker_made_are_not_lost_changes(engine, docker_api, test_image, prefix):
    """Docker makes the mount points and their missing parents; only the person's files count."""
    docker_api.create_volume(f"{prefix}wall")
    cid = make(docker_api, test_image, f"{prefix}mp", cmd=("sh", "-c", "sleep 300"),
               binds=[f"{prefix}wall:/srv/site/html", f"{prefix}wall:/var/log/web"],
               volumes=["/srv/site/html", "/var/log/web"], start=True)
    diff_paths = {d["Path"] for d in docker_api.diff(cid) or []}
    assert "/srv/site/html" in diff_paths or "/srv" in diff_paths  # what Docker made shows in the diff
    (item,) = ops.removal_preview(engine, [f"{prefix}mp"]).containers
    assert item.changes == ()
    docker_api.exec_start(docker_api.exec_create(cid, ["sh", "-c", "echo note > /srv/notes.txt"]))
    (item,) = ops.removal_preview(engine, [f"{prefix}mp"]).containers
    assert [(c.path, c.kind) for c in item.changes] == [("/srv/notes.txt", ops.KIND_ADDED)]
