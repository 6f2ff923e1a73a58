"""Listing and events against the private engine."""

import queue
import threading
import time

import pytest

from volgui.engine import Engine, EngineError, EngineEvent, EventStream, StreamState, resolve

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(engine_host):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()


def test_connect_reports_version(engine):
    assert engine.info.product == "Docker Engine"
    assert engine.info.api_version.startswith("1.")
    assert engine.info.host.startswith("unix://")


def test_snapshot_lists_and_links(engine, docker_api, test_image, prefix):
    docker_api.create_volume(f"{prefix}data", labels={"volgui.test": "1"})
    c = docker_api.create_container(
        test_image, "sleep 300", name=f"{prefix}web",
        host_config=docker_api.create_host_config(binds=[f"{prefix}data:/srv/data:ro"]))
    docker_api.start(c)
    snap = engine.snapshot()
    web = next(x for x in snap.containers if x.name == f"{prefix}web")
    vol = next(v for v in snap.volumes if v.name == f"{prefix}data")
    assert web.state == "running"
    assert [(m.name, m.destination, m.read_only) for m in web.mounts] == [
        (f"{prefix}data", "/srv/data", True)]
    assert [(u.container_name, u.destination, u.running) for u in vol.users] == [
        (f"{prefix}web", "/srv/data", True)]
    assert any(test_image in i.tags for i in snap.images)


def test_unreachable_socket_message(tmp_path):
    with pytest.raises(EngineError) as info:
        Engine.connect_first(resolve(host=f"unix://{tmp_path}/none.sock"))
    assert "not reachable" in info.value.message and "none.sock" in info.value.message


def test_events_stream_delivers_volume_create(engine_host, docker_api, prefix):
    stream = EventStream(resolve(host=engine_host)[0])
    got: queue.Queue = queue.Queue()
    thread = threading.Thread(target=stream.run, args=(got.put,))
    thread.start()
    try:
        first = got.get(timeout=10)
        assert isinstance(first, StreamState) and first.connected and first.resync
        docker_api.create_volume(f"{prefix}evt")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            item = got.get(timeout=10)
            if isinstance(item, EngineEvent) and item.type == "volume" and item.id == f"{prefix}evt":
                assert item.action == "create"
                break
        else:
            pytest.fail("no volume create event")
    finally:
        stream.close()
        thread.join(1)  # close() must end a blocked events read promptly
        assert not thread.is_alive()


def test_events_stream_reconnects_after_engine_restart(restartable_engine):
    stream = EventStream(resolve(host=restartable_engine.host)[0], backoff=(0.1, 0.2, 0.5))
    got: queue.Queue = queue.Queue()
    thread = threading.Thread(target=stream.run, args=(got.put,))
    thread.start()
    try:
        assert got.get(timeout=10) == StreamState(True, resync=True)
        restartable_engine.stop()
        lost = got.get(timeout=15)
        assert isinstance(lost, StreamState) and not lost.connected and lost.message
        restartable_engine.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            item = got.get(timeout=30)
            if isinstance(item, StreamState) and item.connected:
                assert item.resync  # a gap always asks for a reload
                break
        else:
            pytest.fail("did not reconnect")
        api = restartable_engine.api()
        api.create_volume("after-restart")
        api.close()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            item = got.get(timeout=10)
            if isinstance(item, EngineEvent) and item.id == "after-restart":
                break
        else:
            pytest.fail("no event after reconnect")
    finally:
        stream.close()
        thread.join(5)
        assert not thread.is_alive()


def test_a_burst_of_volume_names_is_listed_by_name_exactly(engine, docker_api, prefix):
    """Over FULL_LIST_OVER names: one listing filtered by name, exact names only — the engine's
    filter matches part of a name and reads "." as any character."""
    from volgui.engine.listing import FULL_LIST_OVER, load_changes

    made = [f"{prefix}nm.{i}" for i in range(FULL_LIST_OVER + 5)]
    lookalikes = [f"{prefix}nmx0", f"{prefix}nm.0-longer", f"x{prefix}nm.1"]
    for name in made + lookalikes:
        docker_api.create_volume(name, labels={"volgui.test": "1"})
    gone = [f"{prefix}nm.gone{i}" for i in range(3)]
    changes = load_changes(engine, (), tuple(made + gone), False, False, False)
    assert not changes.volumes_full
    assert sorted(v.name for v in changes.volumes) == sorted(made)
    assert set(changes.volumes_asked) == set(made + gone)  # the gone ones are removed from the view
