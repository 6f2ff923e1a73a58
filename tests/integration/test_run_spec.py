"""Running a new container from the run form's settings."""

from __future__ import annotations

import pytest

from volgui.engine import EngineError
from volgui.engine.containers.run_spec import RunSpec, VolumeMount, run_container
from volgui.engine.validation import parse_ports

pytestmark = pytest.mark.integration


def test_run_container_with_volumes_env_ports_and_restart(engine, docker_api, test_image, tmp_path):
    api = docker_api
    api.create_volume("vgtest-run")
    spec = RunSpec(image=test_image, name="vgtest-run", command="sleep 60",
                   volumes=(VolumeMount("vgtest-run", "/data"), VolumeMount("", "/cache"),
                            VolumeMount(str(tmp_path), "/host", read_only=True)),
                   env=("GREETING=hello",), ports=tuple(parse_ports("127.0.0.1::80")),
                   restart="unless-stopped",
                   labels=(("volgui.test", "1"),))
    cid = run_container(engine, spec)
    info = api.inspect_container(cid)
    assert info["Name"] == "/vgtest-run" and info["State"]["Running"]
    mounts = {m["Destination"]: m for m in info["Mounts"]}
    assert mounts["/data"]["Name"] == "vgtest-run" and mounts["/host"]["Type"] == "bind"
    assert not mounts["/host"]["RW"] and mounts["/cache"]["Type"] == "volume"
    assert info["HostConfig"]["RestartPolicy"]["Name"] == "unless-stopped"
    assert info["HostConfig"]["PortBindings"] == {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}
    exec_id = api.exec_create(cid, ["sh", "-c", "echo $GREETING | tee /data/out"])["Id"]
    out = api.exec_start(exec_id)
    assert out.strip() == b"hello"


def test_a_container_that_cannot_start_is_not_kept(engine, docker_api, test_image):
    spec = RunSpec(image=test_image, name="vgtest-bad", command="/no/such/program")
    with pytest.raises(EngineError) as info:
        run_container(engine, spec)
    assert "not kept" in info.value.message
    assert not docker_api.containers(all=True, filters={"name": "vgtest-bad"})
