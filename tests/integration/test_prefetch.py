"""The start-up prefetch on the private engine: the same objects as the session's own listing,
and only for a local socket the session would use too."""

from __future__ import annotations

import dataclasses
import socket

import docker.constants
import pytest

from volgui.engine import prefetch
from volgui.engine.client import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.listing import load_snapshot

pytestmark = pytest.mark.integration


def by_key(snapshot) -> dict:
    """Each object by its key; a running container's status only as "Up …" (a second may tick
    between the two listings)."""
    def steady(c):
        return dataclasses.replace(c, status="Up …") if c.status.startswith("Up ") else c

    return {"containers": {c.id: steady(c) for c in snapshot.containers},
            "volumes": {v.name: v for v in snapshot.volumes},
            "images": {i.id: i for i in snapshot.images}}


def test_the_prefetched_snapshot_is_the_normal_load(engine_host, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}pf-a", labels={"volgui.test": "1", "k": "v"})
    docker_api.create_volume(f"{prefix}pf-b", labels={"volgui.test": "1"})
    hc = docker_api.create_host_config(binds=[f"{prefix}pf-a:/data:ro"], network_mode="none",
                                       port_bindings={})
    used = docker_api.create_container(test_image, ["sleep", "3600"], name=f"{prefix}pf-user",
                                       labels={"volgui.test": "1"}, host_config=hc)
    docker_api.start(used["Id"])
    docker_api.create_container(test_image, ["true"], name=f"{prefix}pf-idle", labels={"volgui.test": "1"})

    path = prefetch.local_socket(engine_host, env={})
    assert path == engine_host.removeprefix("unix://")
    result = prefetch.Prefetch(path)
    engine = Engine.connect(ConnectionSpec(engine_host, "test"))
    try:
        normal = load_snapshot(engine)
    finally:
        engine.close()
    fetched = result.wait(30)
    assert result.error == "" and fetched is not None
    assert by_key(fetched) == by_key(normal)
    volume = next(v for v in fetched.volumes if v.name == f"{prefix}pf-a")
    assert [u.container_name for u in volume.users] == [f"{prefix}pf-user"]  # users derived alike


def test_only_a_local_socket_that_answers_is_prefetched(tmp_path, engine_host):
    assert prefetch.local_socket("tcp://127.0.0.1:2375", env={}) is None
    assert prefetch.local_socket("ssh://me@server", env={}) is None
    assert prefetch.local_socket(None, env={"DOCKER_HOST": "tcp://h:2376"}) is None
    assert prefetch.local_socket(str(tmp_path / "nothing.sock"), env={}) is None
    assert prefetch.local_socket(None, context="no-such-context", env={"HOME": str(tmp_path)}) is None
    assert prefetch.start("tcp://127.0.0.1:2375", env={}) is None
    # a socket nobody listens on: the session would try the next candidate, so does the prefetch
    dead = tmp_path / "dead.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(str(dead))
    assert prefetch.local_socket(None, env={"DOCKER_HOST": f"unix://{dead}"}) is None
    assert prefetch.local_socket(None, env={"DOCKER_HOST": engine_host}) == engine_host.removeprefix("unix://")


def test_the_api_version_is_the_sessions():
    assert prefetch.SDK_API_VERSION == docker.constants.DEFAULT_DOCKER_API_VERSION
    assert prefetch.negotiated("1.41") == "1.41"
    assert prefetch.negotiated("1.99") == prefetch.SDK_API_VERSION
    assert prefetch.negotiated("garbage") == prefetch.SDK_API_VERSION
