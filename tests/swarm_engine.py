"""A single-node Docker Swarm on a private engine of its own, for the swarm tests.

Its own dockerd (tests/private_engine.py), so every other test keeps an engine that is no swarm
manager. ``docker swarm init`` listens on loopback only, on free ports (control and data path), and
the swarm is left and the engine destroyed at the end of the run. Swarm creates a host bridge
``docker_gwbridge``: removed afterwards when this run created it.
"""

from __future__ import annotations

import random
import socket
import subprocess
import time

import pytest

from private_engine import TEST_PREFIX, EngineStartError, PrivateEngine

SWARM_LABEL = "volgui.test"


def _free_port(kind: int) -> int:
    """A free loopback port in 1024-49151 (swarm refuses its data path port above that)."""
    for port in random.Random().sample(range(20000, 49151), 200):
        with socket.socket(socket.AF_INET, kind) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise EngineStartError("no free port in 20000-49151")


def _has_link(name: str) -> bool:
    return subprocess.run(["ip", "link", "show", name], capture_output=True, check=False).returncode == 0


@pytest.fixture(scope="session")
def swarm_engine():
    """A private engine that is the manager of a one-node swarm (left and destroyed at the end)."""
    gwbridge_before = _has_link("docker_gwbridge")
    engine = PrivateEngine.create(prefix="volgui-sw-")
    try:
        engine.start()
        engine.ensure_test_image()
        api = engine.api()
        port = _free_port(socket.SOCK_STREAM)
        api.init_swarm(advertise_addr=f"127.0.0.1:{port}", listen_addr=f"127.0.0.1:{port}",
                       data_path_port=_free_port(socket.SOCK_DGRAM))
        api.close()
    except (EngineStartError, Exception) as exc:
        engine.destroy()
        pytest.fail(f"cannot start a private swarm engine: {exc}")
    yield engine
    try:
        api = engine.api(timeout=30)
        for service in api.services():
            api.remove_service(service["ID"])
        api.leave_swarm(force=True)
        api.close()
    finally:
        engine.destroy()
        if not gwbridge_before and _has_link("docker_gwbridge"):
            subprocess.run(["ip", "link", "delete", "docker_gwbridge"], capture_output=True, check=False)


@pytest.fixture
def swarm_worker(swarm_engine):
    """A second private engine joined to the swarm as a worker (on the same machine: its own
    dockerd, data root and loopback port); it leaves and is removed from the swarm afterwards."""
    worker = PrivateEngine.create(prefix="volgui-sww-")
    manager_api = swarm_engine.api()
    node_id = ""
    try:
        worker.start()
        worker.ensure_test_image()  # a service's image must be on every node that runs a task
        api = worker.api()
        manager = manager_api.inspect_swarm()
        address = manager_api.info()["Swarm"]["NodeAddr"]
        port = next(m["Addr"] for m in manager_api.info()["Swarm"]["RemoteManagers"]).rsplit(":", 1)[1]
        own = _free_port(socket.SOCK_STREAM)
        api.join_swarm([f"{address}:{port}"], manager["JoinTokens"]["Worker"],
                       listen_addr=f"127.0.0.1:{own}", advertise_addr=f"127.0.0.1:{own}")
        node_id = api.info()["Swarm"]["NodeID"]
        api.close()
        wait_for(lambda: any(n["ID"] == node_id and n["Status"]["State"] == "ready"
                             for n in manager_api.nodes()), what="the worker to be ready")
    except Exception as exc:
        worker.destroy()
        manager_api.close()
        pytest.fail(f"cannot join a second private engine to the swarm: {exc}")
    yield worker
    try:
        for service in manager_api.services():  # its tasks on the worker end with the worker
            if str(service["Spec"]["Name"]).startswith(TEST_PREFIX):
                manager_api.remove_service(service["ID"])
        worker.api(timeout=30).leave_swarm(force=True)
    finally:
        worker.destroy()
        if node_id:
            manager_api.remove_node(node_id, force=True)
        manager_api.close()


@pytest.fixture
def swarm_host(swarm_engine) -> str:
    return swarm_engine.host


def _remove_test_services(api) -> None:
    services = [s for s in api.services()
                if str((s.get("Spec") or {}).get("Name", "")).startswith(TEST_PREFIX)
                or SWARM_LABEL in ((s.get("Spec") or {}).get("Labels") or {})]
    for service in services:
        api.remove_service(service["ID"])
    # the tasks' containers go away after the service: wait until the volumes are free
    deadline = time.monotonic() + 30
    while services and time.monotonic() < deadline:
        if not any(s["Id"] for s in api.containers(all=True, filters={"label": "com.docker.swarm.task"})):
            break
        time.sleep(0.2)
    for volume in api.volumes().get("Volumes") or []:
        if volume["Name"].startswith(TEST_PREFIX) or SWARM_LABEL in (volume.get("Labels") or {}):
            try:
                api.remove_volume(volume["Name"], force=True)
            except Exception:
                pass


@pytest.fixture
def swarm_api(swarm_engine):
    """A low-level client on the swarm engine; removes ``vgtest-`` services and volumes afterwards."""
    api = swarm_engine.api()
    _remove_test_services(api)
    yield api
    _remove_test_services(api)
    api.close()


def wait_for(condition, timeout: float = 90.0, what: str = "the swarm"):
    """Poll ``condition()`` until it returns something true (returned); fail after ``timeout``.

    The orchestrator works in its own time: a generous bound for a loaded machine, never a
    timing assertion."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.2)


def make_service(api, image: str, name: str, *, volume: str | None = None, target: str = "/data",
                 replicas: int = 1, stack: str = "", global_mode: bool = False) -> str:
    """A service of the local test image printing a line a second, optionally with a volume."""
    import docker

    mounts = [docker.types.Mount(target, volume, type="volume")] if volume else []
    spec = docker.types.ContainerSpec(
        image, ["sh", "-c", "trap 'exit 0' TERM; while true; do echo tick $(hostname); sleep 1; done"],
        mounts=mounts)
    labels = {SWARM_LABEL: "1", **({"com.docker.stack.namespace": stack} if stack else {})}
    mode = docker.types.ServiceMode("global") if global_mode else \
        docker.types.ServiceMode("replicated", replicas=replicas)
    # a short stop grace period and an update that starts the new task once the old one is gone
    template = docker.types.TaskTemplate(spec, restart_policy=docker.types.RestartPolicy("any"))
    template["ContainerSpec"]["StopGracePeriod"] = 2_000_000_000
    return api.create_service(template, name=name, labels=labels, mode=mode)["ID"]


def running_tasks(api, service_id: str) -> list[dict]:
    return [t for t in api.tasks(filters={"service": service_id})
            if t["Status"]["State"] == "running" and t["DesiredState"] == "running"]
