"""A re-create never mounts a volume that vanished after planning, and its snapshot image does not
keep secret values in its settings (and is not left behind silently)."""

from __future__ import annotations

import pytest

from volgui.engine import EngineError
from volgui.engine.containers.recreate.plan import execute, plan_add_mount
from volgui.engine.containers.recreate.run import mounted_volumes
from volgui.engine.dto.secrets import parse_env

pytestmark = pytest.mark.integration

LOOP = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]


@pytest.fixture
def cleanup(docker_api):
    names: list[str] = []
    yield names
    for c in docker_api.containers(all=True):
        if any(n.lstrip("/").startswith("vgtest-safe") for n in c["Names"]):
            docker_api.remove_container(c["Id"], force=True)
    for v in docker_api.volumes().get("Volumes") or []:
        if v["Name"].startswith("vgtest-safe"):
            docker_api.remove_volume(v["Name"])


def test_a_volume_removed_after_planning_is_refused_and_nothing_changes(engine, docker_api, test_image,
                                                                         cleanup):
    api = docker_api
    api.create_volume("vgtest-safe-vol")
    cid = api.create_container(test_image, LOOP, name="vgtest-safe-web")["Id"]
    api.start(cid)
    plan = plan_add_mount(engine, cid, "vgtest-safe-vol", "/data")
    assert plan.ok
    api.remove_volume("vgtest-safe-vol")  # gone while the dialog was open
    before = api.inspect_container(cid)

    with pytest.raises(EngineError) as info:
        execute(engine, plan)
    assert info.value.message == ("The volume vgtest-safe-vol no longer exists: mounting it would create an "
                                  "empty one. Nothing was done: vgtest-safe-web is as it was.")
    after = api.inspect_container("vgtest-safe-web")
    assert after["Id"] == cid and after["State"]["Running"]
    assert after["State"]["StartedAt"] == before["State"]["StartedAt"]  # not even restarted
    names = [n.lstrip("/") for c in api.containers(all=True) for n in c["Names"]]
    assert [n for n in names if n.startswith("vgtest-safe")] == ["vgtest-safe-web"]
    assert "vgtest-safe-vol" not in [v["Name"] for v in api.volumes().get("Volumes") or []]


def test_every_volume_the_new_container_mounts_is_checked(engine, docker_api, test_image, cleanup, tmp_path):
    """Kept volumes (``-v name:/path``, ``--mount``, anonymous ones pinned by name) and the new one;
    host folders are not volumes."""
    api = docker_api
    for name in ("vgtest-safe-old", "vgtest-safe-mnt", "vgtest-safe-new"):
        api.create_volume(name)
    cid = api.create_container(test_image, LOOP, name="vgtest-safe-two", volumes=["/anon"],
                               host_config=api.create_host_config(
                                   binds=["vgtest-safe-old:/old", f"{tmp_path}:/host"],
                                   mounts=[{"Type": "volume", "Source": "vgtest-safe-mnt",
                                            "Target": "/mnt"}]))["Id"]
    anon = next(m["Name"] for m in api.inspect_container(cid)["Mounts"] if m["Destination"] == "/anon")
    plan = plan_add_mount(engine, cid, "vgtest-safe-new", "/new")
    assert sorted(mounted_volumes(plan)) == sorted(["vgtest-safe-old", "vgtest-safe-mnt", "vgtest-safe-new",
                                                    anon])


def test_snapshot_image_holds_no_secret_values_and_the_result_says_it_stays(engine, docker_api, test_image,
                                                                            cleanup, hostile):
    api = docker_api
    secret = "s3cr3t $(id) 'q'\nline2"
    hostile(f"snapshot env value: {secret!r}")
    api.create_volume("vgtest-safe-snapvol")
    cid = api.create_container(test_image, LOOP, name="vgtest-safe-snap",
                               environment={"DB_PASSWORD": secret, "api_token": "tok",
                                            "GREETING": "hi"})["Id"]
    api.start(cid)
    plan = plan_add_mount(engine, cid, "vgtest-safe-snapvol", "/data", write_layer="snapshot")
    assert any("secret environment values" in w for w in plan.warnings)
    result = execute(engine, plan)
    image = api.inspect_image(result.snapshot_image)
    env = {v.key: v.value for v in parse_env(image["Config"]["Env"])}
    assert env["DB_PASSWORD"] == "" and env["api_token"] == "" and env["GREETING"] == "hi"
    # the new container has its real values back
    new_env = api.inspect_container("vgtest-safe-snap")["Config"]["Env"]
    assert f"DB_PASSWORD={secret}" in new_env and "api_token=tok" in new_env
    # removal was tried: the engine keeps an image a container is made from, and the result says so
    assert result.notes and "stays: the new container is made from it" in result.notes[0]
    assert result.snapshot_image[7:19] in result.summary()
    old_copy = (image.get("ContainerConfig") or {}).get("Env") or []
    assert (f"DB_PASSWORD={secret}" in old_copy) == ("secret environment values included" in result.notes[0])
    api.remove_container("vgtest-safe-snap", force=True)
    api.remove_image(result.snapshot_image)
