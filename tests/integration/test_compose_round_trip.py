"""Save as compose.yaml, remove the containers, bring the file up with docker-compose, and compare
``docker inspect`` of the result with the original, setting by setting."""

from __future__ import annotations

import pytest
import yaml
from compose_tools import compose, remove_project

from volgui.engine.client import Engine
from volgui.engine.connection import resolve
from volgui.operations import compose as ops

pytestmark = pytest.mark.integration
PROJECT = "vgtest-rt"
NET = "vgtest-rt-net"


@pytest.fixture
def engine(engine_host, docker_api):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()
    remove_project(docker_api, PROJECT)
    for n in docker_api.networks(names=[NET]):
        docker_api.remove_network(n["Id"])


def _rich(api, image, tmp_path) -> str:
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    api.create_volume("vgtest-rt-data", labels={"volgui.test": "1"})
    api.create_network(NET, driver="bridge")
    host_config = api.create_host_config(
        binds={str(host_dir): {"bind": "/host", "mode": "rw"},
               "vgtest-rt-data": {"bind": "/data", "mode": "ro"}},
        port_bindings={8080: ("127.0.0.1", None), "9090/udp": 19090},
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        mem_limit="64m", nano_cpus=500_000_000, pids_limit=64, cpu_shares=512,
        cap_add=["NET_ADMIN"], cap_drop=["MKNOD"], tmpfs={"/scratch": ""}, init=True,
        extra_hosts={"db.local": "10.1.2.3"}, network_mode=NET)
    cid = api.create_container(
        image, name="vgtest-rt-app", entrypoint=["sh", "-c"],
        command=["echo \"$HOME costs $$5\"; trap 'exit 0' TERM; sleep 3600 & wait"],
        environment={"GREETING": "hello $USER", "DB_PASSWORD": "s3cr$t 'quoted' #x",
                     "DATABASE_URL": "postgres://app:pw@db/app", "EMPTY": ""},
        labels={"volgui.test": "1", "role": "web", "price": "$5"}, working_dir="/tmp", user="nobody",
        tty=True, stdin_open=True, ports=[8080, (9090, "udp")], hostname="apphost", stop_signal="SIGINT",
        healthcheck={"Test": ["CMD", "true"], "Interval": 30 * 10**9, "Timeout": 5 * 10**9, "Retries": 2,
                     "StartPeriod": 10**9},
        host_config=host_config,
        networking_config=api.create_networking_config(
            {NET: api.create_endpoint_config(aliases=["web-alias"])}),
    )["Id"]
    api.start(cid)
    return cid


def _settings(info: dict) -> dict:
    """What the round trip must keep, from an inspect."""
    config, host = info["Config"], info["HostConfig"]
    nets = info["NetworkSettings"]["Networks"]
    return {
        "Name": info["Name"], "Image": config["Image"], "Cmd": config["Cmd"],
        "Entrypoint": config["Entrypoint"],
        "Env": sorted(config["Env"]), "WorkingDir": config["WorkingDir"], "User": config["User"],
        "Tty": config["Tty"], "OpenStdin": config["OpenStdin"], "Hostname": config["Hostname"],
        "StopSignal": config.get("StopSignal"), "Healthcheck": config.get("Healthcheck"),
        "Labels": {k: v for k, v in config["Labels"].items() if not k.startswith("com.docker.compose.")},
        "RestartPolicy": host["RestartPolicy"], "Memory": host["Memory"], "NanoCpus": host["NanoCpus"],
        "CpuShares": host["CpuShares"], "PidsLimit": host["PidsLimit"], "CapAdd": host["CapAdd"],
        "CapDrop": host["CapDrop"], "Tmpfs": host.get("Tmpfs"), "Init": host.get("Init"),
        "ExtraHosts": host["ExtraHosts"], "PortBindings": host["PortBindings"],
        "Mounts": sorted((m["Type"], m.get("Name") or m["Source"], m["Destination"], m["RW"])
                         for m in info["Mounts"]),
        "Networks": {name: sorted(a for a in (ep.get("Aliases") or []) if a == "web-alias")
                     for name, ep in nets.items()},
        "Running": info["State"]["Running"],
    }


def test_round_trip_keeps_every_setting_compose_can_express(engine, docker_api, test_image, tmp_path,
                                                            engine_host):
    cid = _rich(docker_api, test_image, tmp_path)
    before = _settings(docker_api.inspect_container(cid))

    made = ops.compose_for(engine, [cid])
    folder = tmp_path / "app"
    folder.mkdir()
    ops.save_compose(engine, str(folder / "compose.yaml"), made.yaml_text(), made.env_text())
    data = yaml.safe_load((folder / "compose.yaml").read_text())
    assert data["volumes"] == {"vgtest-rt-data": {"external": True, "name": "vgtest-rt-data"}}
    assert data["networks"] == {NET: {"external": True, "name": NET}}
    env = data["services"]["vgtest-rt-app"]["environment"]
    assert env["DB_PASSWORD"] == "${DB_PASSWORD}" and env["DATABASE_URL"] == "${DATABASE_URL}"
    assert "s3cr" not in (folder / "compose.yaml").read_text()
    assert (folder / ".env").stat().st_mode & 0o077 == 0

    docker_api.remove_container(cid, force=True)
    compose(engine_host, folder, PROJECT, "up", "-d", files=("compose.yaml",))
    after_id = docker_api.inspect_container("vgtest-rt-app")["Id"]
    assert after_id != cid
    after = _settings(docker_api.inspect_container(after_id))
    assert {k: (before[k], after[k]) for k in before if before[k] != after[k]} == {}
