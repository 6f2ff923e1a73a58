"""Nothing lost: across every failure case, each volume, container and file that existed before is
still there (files read back through the engine's archive API), since nobody confirmed a removal.

One engine of the test's own (``restartable_engine``) is seeded with volumes full of files and with
containers (running and stopped, with files in their write layer), then put through: refused
input, a re-create that fails at each step (fault injection), an engine that hangs in the middle
of a re-create (``SlowProxy`` switched to stall), and an engine stopped in the middle of one and
started again. After each case the inventory is read back and compared with the seeded one.
"""

from __future__ import annotations

import io
import tarfile

import docker
import pytest

from slow_proxy import SlowProxy
from volgui.engine import Engine, EngineError
from volgui.engine.connection import ConnectionSpec
from volgui.engine.containers.recreate.plan import execute, plan_add_mount, plan_remove_mount
from volgui.engine.containers.recreate.run import find_leftovers, restore_leftover
from volgui.engine.containers.run_spec import RunSpec, VolumeMount, run_container
from volgui.operations.volumes import create_volume, remove_volumes

pytestmark = pytest.mark.integration

NETWORK = "vgtest-lost-net"
SERVE = ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
VOLUMES = {
    "vgtest-photos": {"a.jpg": b"\xff\xd8 photo", "2026/b.jpg": b"second " * 1000, "empty": b""},
    "vgtest-db": {"data.sql": b"INSERT INTO t VALUES (1);\n", "wal/000001": bytes(range(256)) * 64},
    "vgtest-spare": {"notes.txt": "unicode ✓\n".encode()},
}


class InjectedError(Exception):
    pass


def fail_at(step_name: str):
    def hook(step: str) -> None:
        if step == step_name:
            raise InjectedError(f"injected failure at {step}")
    return hook


def tar_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for path, data in files.items():
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def files_of(api, container: str, path: str) -> dict[str, bytes]:
    """Every regular file under ``path`` of a container (created or running), via ``get_archive``."""
    stream, _stat = api.get_archive(container, path)
    data = b"".join(stream)
    found = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                # "v/a.jpg" for a folder's archive, "note.txt" for a file's
                rel = member.name.split("/", 1)[1] if "/" in member.name else member.name
                found[rel] = tar.extractfile(member).read()
    return found


def volume_files(api, image: str, volume: str) -> dict[str, bytes]:
    """A volume's files, read through a helper container that is created, never started."""
    helper = api.create_container(image, ["true"], labels={"volgui.test": "1"},
                                  host_config=api.create_host_config(binds=[f"{volume}:/v"]))
    try:
        return files_of(api, helper["Id"], "/v")
    finally:
        api.remove_container(helper["Id"])


class Seeded:
    """What was put on the engine, and how to check that all of it is still there."""

    def __init__(self, api, image: str) -> None:
        self.api, self.image = api, image
        for name, files in VOLUMES.items():
            api.create_volume(name)
            helper = api.create_container(image, ["true"], labels={"volgui.test": "1"},
                                          host_config=api.create_host_config(binds=[f"{name}:/v"]))
            api.put_archive(helper["Id"], "/v", tar_of(files))
            api.remove_container(helper["Id"])
        # on a network of its own: on an engine without a bridge (the tests'), a container on the
        # default network cannot be renamed once it was stopped and started ("sandbox not found")
        api.create_network(NETWORK, driver="bridge", internal=True,
                           ipam={"Driver": "default", "Config": [{"Subnet": "198.18.76.0/29"}]})
        self.app = self._container("vgtest-app", ["vgtest-photos:/photos", "vgtest-db:/db"], start=True,
                                   network=NETWORK)
        self.idle = self._container("vgtest-idle", ["vgtest-spare:/spare"], start=False)
        self.layer = {self.app: {"note.txt": b"written in the app's layer\n"},
                      self.idle: {"note.txt": b"and in the idle one's\n"}}
        for cid, files in self.layer.items():
            api.put_archive(cid, "/", tar_of(files))
        self.expected = self.read()

    def _container(self, name: str, binds: list[str], start: bool, network: str | None = None) -> str:
        c = self.api.create_container(self.image, SERVE, name=name,
                                      host_config=self.api.create_host_config(binds=binds,
                                                                              network_mode=network))
        if start:
            self.api.start(c["Id"])
        return c["Id"]

    def read(self) -> dict:
        api = self.api
        ids = {c["Id"] for c in api.containers(all=True)}
        volumes = {v["Name"] for v in api.volumes()["Volumes"] or []}
        return {
            "containers": {cid: cid in ids for cid in self.layer},
            "volumes": {name: name in volumes for name in VOLUMES},
            "files": {name: volume_files(api, self.image, name) if name in volumes else None
                      for name in VOLUMES},
            "layers": {cid: {p: files_of(api, cid, "/" + p)[p] for p in files} if cid in ids else None
                       for cid, files in self.layer.items()},
            "app mounts": sorted((m.get("Name"), m["Destination"]) for m in
                                 api.inspect_container(self.app)["Mounts"]) if self.app in ids else None,
        }

    def check(self, case: str) -> None:
        now = self.read()
        assert all(now["containers"].values()), (case, now["containers"])
        assert all(now["volumes"].values()), (case, now["volumes"])
        assert now == self.expected, case


@pytest.fixture
def engine_host_of_own(restartable_engine):
    restartable_engine.ensure_test_image()
    return restartable_engine


def connect(host: str, timeout: float = 60) -> Engine:
    return Engine.connect(ConnectionSpec(host, "test"), timeout)


def test_nothing_is_lost_across_the_failure_cases(engine_host_of_own, test_image, tmp_path):
    own = engine_host_of_own
    api = docker.APIClient(base_url=own.host, version="auto", timeout=60)
    seeded = Seeded(api, test_image)
    engine = connect(own.host)
    try:
        # -- refused input: nothing is sent, or the engine refuses it; nothing changes ------------
        with pytest.raises(EngineError, match="already exists"):
            create_volume(engine, "vgtest-db", "local", "owner=me", "")  # docker would reuse it silently
        with pytest.raises(EngineError):
            create_volume(engine, "vgtest-db/..", "local", "", "")
        with pytest.raises(EngineError):
            run_container(engine, RunSpec(image=test_image, name="vgtest-app", command="true",
                                          volumes=(VolumeMount("vgtest-photos", "/photos"),)))
        with pytest.raises(EngineError):
            run_container(engine, RunSpec(image=test_image, name="vgtest-new", command="true",
                                          volumes=(VolumeMount("vgtest-db", "//proc"),)))
        plan = plan_add_mount(engine, seeded.app, "vgtest-spare", "//db", write_layer="copy")
        assert not plan.ok
        with pytest.raises(EngineError):
            execute(engine, plan)
        # a volume in use is not removed, even when asked
        with pytest.raises(EngineError):
            remove_volumes(engine, ["vgtest-photos"])
        seeded.check("refused input")

        # -- a re-create that fails at each of its steps rolls back ----------------------------------
        for mode in ("copy", "snapshot"):
            plan = plan_add_mount(engine, seeded.app, "vgtest-spare", "/spare", write_layer=mode)
            for step in plan.steps:
                plan = plan_add_mount(engine, seeded.app, "vgtest-spare", "/spare", write_layer=mode)
                with pytest.raises(EngineError, match="Nothing changed"):
                    execute(engine, plan, before_step=fail_at(step))
                seeded.check(f"re-create ({mode}) failing at {step}")
        for step in ("create", "copy", "remove"):
            plan = plan_remove_mount(engine, seeded.idle, "/spare")
            with pytest.raises(EngineError, match="Nothing changed"):
                execute(engine, plan, before_step=fail_at(step))
            seeded.check(f"removing a mount, failing at {step}")

        # -- the engine hangs in the middle of a re-create ----------------------------------------------
        proxy = SlowProxy(str(tmp_path / "hang.sock"), own.socket_path.as_posix(), mode="pass")
        slow = connect(proxy.host, timeout=2)
        try:
            plan = plan_add_mount(slow, seeded.app, "vgtest-spare", "/spare", write_layer="copy")

            def hang(step):
                if step == "start":
                    proxy.set_mode("stall")

            with pytest.raises(EngineError) as info:
                execute(slow, plan, before_step=hang)
            # the engine could not even be asked to roll back: the message says what is where
            assert "vgtest-app-volgui-old-" in info.value.message, info.value.message
        finally:
            proxy.set_mode("pass")
            slow.close()
            proxy.close()
        # what the hang left half done is put right by hand, as the app offers it: nothing is lost
        tidy_after_interruption(engine, api, seeded)
        seeded.check("engine hung during a re-create")

        # -- the engine stops in the middle of a re-create, then starts again -------------------------
        plan = plan_add_mount(engine, seeded.app, "vgtest-spare", "/spare", write_layer="copy")

        def engine_goes_down(step):
            if step == "copy":
                own.stop()

        with pytest.raises(EngineError) as info:
            execute(engine, plan, before_step=engine_goes_down)
        assert "vgtest-app-volgui-old-" in info.value.message, info.value.message
        own.start()
        engine.close()
        api.close()
        api = seeded.api = docker.APIClient(base_url=own.host, version="auto", timeout=60)
        engine = connect(own.host)
        tidy_after_interruption(engine, api, seeded)
        seeded.check("engine stopped and started during a re-create")
    finally:
        engine.close()
        api.close()


def tidy_after_interruption(engine, api, seeded: Seeded) -> None:
    """What a person does with the app's offer after an interrupted re-create: drop the half-made
    new container (it holds no data of its own: its volumes are the originals'), restore the
    original's name, start it if it was running."""
    leftovers = find_leftovers(engine)
    assert [(x.container_id, x.original_name) for x in leftovers] == [(seeded.app, "vgtest-app")]
    for leftover in leftovers:
        if leftover.name_taken_by:
            api.remove_container(leftover.name_taken_by, force=True)
        restore_leftover(engine, find_leftovers(engine)[0])
    state = api.inspect_container(seeded.app)["State"]
    if not state["Running"]:
        api.start(seeded.app)


def test_a_run_that_cannot_start_leaves_nothing_behind_and_keeps_named_volumes(engine_host, docker_api,
                                                                               test_image):
    """The Run dialog's container fails to start: it goes, with the anonymous volume made for it;
    the named volume it mounted stays with its files."""
    docker_api.create_volume("vgtest-kept")
    helper = docker_api.create_container(test_image, ["true"], labels={"volgui.test": "1"},
                                         host_config=docker_api.create_host_config(binds=["vgtest-kept:/v"]))
    docker_api.put_archive(helper["Id"], "/v", tar_of({"keep.txt": b"mine"}))
    docker_api.remove_container(helper["Id"])
    volumes_before = {v["Name"] for v in docker_api.volumes()["Volumes"] or []}
    engine = connect(engine_host)
    try:
        spec = RunSpec(image=test_image, name="vgtest-nostart", command="/no/such/program",
                       volumes=(VolumeMount("vgtest-kept", "/kept"), VolumeMount("", "/scratch")))
        with pytest.raises(EngineError, match="not kept"):
            run_container(engine, spec)
    finally:
        engine.close()
    assert not docker_api.containers(all=True, filters={"name": "vgtest-nostart"})
    assert {v["Name"] for v in docker_api.volumes()["Volumes"] or []} == volumes_before
    assert volume_files(docker_api, test_image, "vgtest-kept") == {"keep.txt": b"mine"}
