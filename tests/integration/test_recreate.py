"""Re-creating a container to change its mounts: settings kept, data kept, every failure rolled back."""

from __future__ import annotations

import io
import tarfile

import pytest

from volgui.engine import EngineError
from volgui.engine.containers.recreate.plan import (
    execute,
    plan_add_mount,
    plan_remove_mount,
    plan_replace_mount,
)

pytestmark = pytest.mark.integration

NET1, NET2 = "vgtest-net1", "vgtest-net2"
# 198.18.0.0/15 is reserved for network tests (RFC 2544); internal networks route nowhere.
SUBNET1, IP1 = "198.18.71.0/29", "198.18.71.5"


# -- helpers ---------------------------------------------------------------------------------------


def normalized(inspect: dict) -> dict:
    """What must survive a re-create: the inspect without runtime and identity fields."""
    data = {k: v for k, v in inspect.items() if k not in (
        "Id", "Created", "State", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath",
        "RestartCount", "GraphDriver", "SizeRw", "SizeRootFs", "ExecIDs", "NetworkSettings", "Mounts")}
    short = inspect["Id"][:12]
    config = dict(inspect["Config"])
    if config.get("Hostname") == short:
        config["Hostname"] = "<default>"
    data["Config"] = config
    host = dict(inspect["HostConfig"])
    host["Mounts"] = sorted(host.get("Mounts") or [], key=lambda m: m["Target"])
    data["HostConfig"] = host
    data["Mounts"] = sorted((m["Type"], m.get("Name", ""), m["Source"], m["Destination"], m["RW"])
                            for m in inspect.get("Mounts") or [])
    data["Networks"] = {
        net: {"IPAMConfig": ep.get("IPAMConfig"), "Links": ep.get("Links"),
              "DriverOpts": ep.get("DriverOpts"),
              "Aliases": sorted(a for a in ep.get("Aliases") or [] if a != short)}
        for net, ep in (inspect["NetworkSettings"].get("Networks") or {}).items()
        # an engine run with --bridge=none marks default-network containers NetworkDisabled and
        # lists a "bridge" endpoint that does not exist (empty NetworkID) only for some of them
        if not (config.get("NetworkDisabled") and not ep.get("NetworkID"))}
    return data


def differences(before: dict, after: dict, path: str = "") -> set[str]:
    """Dotted paths of the fields that differ (lists compared whole)."""
    if isinstance(before, dict) and isinstance(after, dict):
        out = set()
        for key in set(before) | set(after):
            out |= differences(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return out
    return set() if before == after else {path}


def run_in(api, container: str, script: str, user: str = "0") -> str:
    exec_id = api.exec_create(container, ["sh", "-c", script], user=user)["Id"]
    out = api.exec_start(exec_id)
    assert api.exec_inspect(exec_id)["ExitCode"] == 0, out
    return out.decode()


def read_in(api, container: str, script: str) -> str:
    """``run_in`` for a script that prints: asked again when a successful exec's output came back
    empty (seen once on a loaded machine, the exec's exit code 0: the engine lost the output)."""
    for _ in range(5):
        out = run_in(api, container, script)
        if out.strip():
            return out
    return out


def put_file(api, container: str, folder: str, name: str, data: bytes) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    api.put_archive(container, folder, buf.getvalue())


def fill_volume(api, image: str, volume: str, name: str, data: bytes) -> None:
    helper = api.create_container(image, name=f"vgtest-fill-{volume}", host_config=api.create_host_config(
        binds={volume: {"bind": "/v", "mode": "rw"}}))["Id"]
    put_file(api, helper, "/v", name, data)
    api.remove_container(helper)


def names_and_images(api) -> tuple[list[str], list[str], list[str]]:
    containers = sorted(n.lstrip("/") for c in api.containers(all=True) for n in c["Names"])
    images = sorted(i["Id"] for i in api.images(all=True))
    volumes = sorted(v["Name"] for v in api.volumes().get("Volumes") or [])
    return containers, images, volumes


@pytest.fixture
def networks(docker_api):
    docker_api.create_network(NET1, driver="bridge", internal=True,
                              ipam={"Driver": "default", "Config": [{"Subnet": SUBNET1}]})
    docker_api.create_network(NET2, driver="bridge", internal=True,
                              ipam={"Driver": "default", "Config": [{"Subnet": "198.18.72.0/29"}]})
    yield
    for c in docker_api.containers(all=True):
        if any(n.lstrip("/").startswith("vgtest-") for n in c["Names"]):
            docker_api.remove_container(c["Id"], force=True, v=True)
    for net in (NET1, NET2):
        docker_api.remove_network(net)


@pytest.fixture
def rich(docker_api, test_image, tmp_path, networks):
    """A running container with most settings people use, three kinds of mount and a tmpfs."""
    api = docker_api
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    (host_dir / "host.txt").write_text("from the host\n")
    api.create_volume("vgtest-ro")
    fill_volume(api, test_image, "vgtest-ro", "ro.txt", b"read only data\n")
    api.create_volume("vgtest-new")
    fill_volume(api, test_image, "vgtest-new", "new.txt", b"new volume data\n")
    host_config = api.create_host_config(
        binds={str(host_dir): {"bind": "/host", "mode": "rw"}, "vgtest-ro": {"bind": "/ro", "mode": "ro"}},
        port_bindings={8080: ("127.0.0.1", None)},
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
        mem_limit="64m", cpu_shares=512, cap_add=["NET_ADMIN"], cap_drop=["MKNOD"],
        tmpfs={"/scratch": "size=1m"},
        log_config={"Type": "json-file", "Config": {"max-size": "1m", "max-file": "2"}},
        network_mode=NET1,
    )
    cid = api.create_container(
        test_image, name="vgtest-rich",
        command=["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
        environment={"GREETING": "hello", "MODE": "test"}, labels={"volgui.test": "1", "role": "web"},
        working_dir="/tmp", user="nobody", tty=True, ports=[8080], volumes=["/anon"],
        healthcheck={"Test": ["CMD", "true"], "Interval": 30 * 10**9, "Retries": 2},
        host_config=host_config,
        networking_config=api.create_networking_config(
            {NET1: api.create_endpoint_config(aliases=["web-alias"], ipv4_address=IP1)}),
    )["Id"]
    api.connect_container_to_network(cid, NET2, aliases=["second-alias"])
    api.start(cid)
    run_in(api, cid, "echo anon > /anon/anon.txt; echo layer > /written.txt; mkdir -p /opt/app; "
                     "echo conf > /opt/app/conf; echo edited >> /etc/passwd; mkdir -p /data; "
                     "echo hidden > /data/hidden.txt")
    return cid


# -- the main case -----------------------------------------------------------------------------------


def test_add_volume_keeps_every_setting_and_all_data(engine, docker_api, rich):
    api = docker_api
    before = api.inspect_container(rich)
    anon = next(m["Name"] for m in before["Mounts"] if m["Destination"] == "/anon")

    plan = plan_add_mount(engine, "vgtest-rich", "vgtest-new", "/data", read_only=False)
    assert plan.ok, plan.problems
    assert plan.steps == ("rename", "create", "connect", "stop", "copy", "start", "remove")
    changed = {c.path for c in plan.layer_changes}
    assert {"/written.txt", "/opt/app", "/opt/app/conf", "/etc/passwd"} <= changed
    assert not any(p.startswith(("/anon", "/ro", "/host", "/scratch")) for p in changed)
    assert plan.hidden == ["/data/hidden.txt"]
    assert {"/written.txt", "/opt", "/etc/passwd"} == set(plan.copy_roots)
    assert any("docker create" in c and "--mount type=volume,source=vgtest-new,target=/data" in c
               for c in plan.commands)
    assert any("pinned by name" in k for k in plan.kept)

    result = execute(engine, plan)
    after = api.inspect_container("vgtest-rich")
    assert after["Id"] == result.container_id != rich
    assert after["State"]["Running"]
    assert differences(normalized(before), normalized(after)) == {"Mounts", "HostConfig.Mounts"}
    new_mounts = {m["Destination"]: m for m in after["Mounts"]}
    assert new_mounts["/data"]["Name"] == "vgtest-new" and new_mounts["/data"]["RW"]
    assert new_mounts["/anon"]["Name"] == anon
    assert not new_mounts["/ro"]["RW"]
    nets = after["NetworkSettings"]["Networks"]
    assert nets[NET1]["IPAddress"] == IP1 and "web-alias" in nets[NET1]["Aliases"]
    assert "second-alias" in nets[NET2]["Aliases"]
    out = read_in(api, "vgtest-rich", "cat /written.txt /opt/app/conf /anon/anon.txt /ro/ro.txt "
                                     "/host/host.txt /data/new.txt; tail -n1 /etc/passwd; "
                                     "test ! -e /data/hidden.txt")
    assert out.split("\n")[:7] == ["layer", "conf", "anon", "read only data", "from the host",
                                   "new volume data", "edited"]
    containers, _, _ = names_and_images(api)
    assert [c for c in containers if c.startswith("vgtest-rich")] == ["vgtest-rich"]
    print(f"re-create took {result.duration:.2f} s")


# -- fault injection ---------------------------------------------------------------------------------


class InjectedError(Exception):
    pass


def fail_at(step_name: str):
    def hook(step: str) -> None:
        if step == step_name:
            raise InjectedError(f"injected failure at {step}")
    return hook


@pytest.mark.parametrize("mode,step", [
    *(("copy", s) for s in ("rename", "create", "connect", "stop", "copy", "start", "remove")),
    *(("snapshot", s) for s in ("rename", "stop", "snapshot", "create", "connect", "start", "remove")),
])
def test_a_failure_at_any_step_leaves_the_original_as_it_was(engine, docker_api, rich, mode, step):
    api = docker_api
    before = api.inspect_container(rich)
    objects_before = names_and_images(api)
    plan = plan_add_mount(engine, rich, "vgtest-new", "/data", write_layer=mode)
    assert step in plan.steps

    with pytest.raises(EngineError) as info:
        execute(engine, plan, before_step=fail_at(step))
    assert "Nothing changed" in info.value.message
    assert "injected failure" in info.value.message

    after = api.inspect_container("vgtest-rich")
    assert after["Id"] == rich
    assert after["State"]["Running"]
    assert normalized(after) == normalized(before)
    assert names_and_images(api) == objects_before
    assert read_in(api, rich, "cat /written.txt /anon/anon.txt").split() == ["layer", "anon"]


def test_a_real_engine_failure_rolls_back(engine, docker_api, rich):
    """Mounting onto a file makes the engine refuse at start: the original comes back."""
    plan = plan_add_mount(engine, rich, "vgtest-new", "/etc/passwd")
    assert plan.ok
    with pytest.raises(EngineError) as info:
        execute(engine, plan)
    assert "not a directory" in info.value.message and "Nothing changed" in info.value.message
    after = docker_api.inspect_container("vgtest-rich")
    assert after["Id"] == rich and after["State"]["Running"]


def test_cancel_rolls_back(engine, docker_api, rich):
    from volgui.engine import Cancelled, CancelToken

    token = CancelToken()
    plan = plan_add_mount(engine, rich, "vgtest-new", "/data")

    def cancel_at_stop(step: str) -> None:
        if step == "stop":
            token.cancel()

    with pytest.raises(Cancelled):
        execute(engine, plan, cancel=token, before_step=cancel_at_stop)
    after = docker_api.inspect_container("vgtest-rich")
    assert after["Id"] == rich and after["State"]["Running"]


# -- other shapes --------------------------------------------------------------------------------------


def test_snapshot_mode_keeps_deletions_and_removes_nothing_else(engine, docker_api, rich):
    api = docker_api
    run_in(api, rich, "rm /etc/group")
    plan = plan_add_mount(engine, rich, "vgtest-new", "/data", write_layer="snapshot")
    result = execute(engine, plan)
    assert result.snapshot_image
    out = read_in(api, "vgtest-rich", "cat /written.txt; test ! -e /etc/group && echo gone")
    assert out.split() == ["layer", "gone"]
    after = api.inspect_container("vgtest-rich")
    assert after["Image"] == result.snapshot_image
    api.remove_container("vgtest-rich", force=True)
    api.remove_image(result.snapshot_image)  # it stays after a re-create by design


def test_stopped_container_stays_stopped(engine, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-v")
    cid = api.create_container(test_image, name="vgtest-stopped", command=["true"])["Id"]
    put_file(api, cid, "/", "file.txt", b"x")
    plan = plan_add_mount(engine, cid, "vgtest-v", "/v", read_only=True)
    assert plan.steps == ("rename", "create", "copy", "remove")
    result = execute(engine, plan)
    after = api.inspect_container("vgtest-stopped")
    assert after["State"]["Status"] == "created"
    assert [(m["Name"], m["RW"]) for m in after["Mounts"]] == [("vgtest-v", False)]
    assert result.copied_paths == ("/file.txt",)


def test_remove_and_replace_a_mount(engine, docker_api, rich):
    api = docker_api
    anon = next(m["Name"] for m in api.inspect_container(rich)["Mounts"] if m["Destination"] == "/anon")
    execute(engine, plan_replace_mount(engine, rich, "/ro", "vgtest-new"))
    mounts = {m["Destination"]: m for m in api.inspect_container("vgtest-rich")["Mounts"]}
    assert mounts["/ro"]["Name"] == "vgtest-new" and not mounts["/ro"]["RW"]

    execute(engine, plan_remove_mount(engine, "vgtest-rich", "/anon"))
    mounts = {m["Destination"]: m for m in api.inspect_container("vgtest-rich")["Mounts"]}
    assert "/anon" not in mounts
    assert anon in {v["Name"] for v in api.volumes()["Volumes"]}  # the data is still there
    execute(engine, plan_remove_mount(engine, "vgtest-rich", "/host"))
    assert read_in(api, "vgtest-rich", "cat /written.txt; test ! -e /host/host.txt && echo ok").split() == \
        ["layer", "ok"]


def test_plan_refuses_and_warns_before_touching_anything(engine, docker_api, test_image, rich):
    api = docker_api
    before = api.inspect_container(rich)
    for path, words in (("data", "absolute"), ("/", "root"), ("/a:b", ":"), ("/a\nb", "line break"),
                        ("/ro", "already the target"), ("/anon", "anonymous volume"),
                        ("/scratch", "tmpfs"), ("/host", "bind mount")):
        plan = plan_add_mount(engine, rich, "vgtest-new", path)
        assert not plan.ok and words in " ".join(plan.problems), (path, plan.problems)
        with pytest.raises(EngineError):
            execute(engine, plan)
    plan = plan_add_mount(engine, rich, "vgtest-ro", "/other")
    assert "already mounted" in " ".join(plan.problems)
    plan = plan_add_mount(engine, rich, "vgtest-missing", "/other")
    assert "does not exist" in " ".join(plan.problems)
    assert plan_remove_mount(engine, rich, "/nothing").problems

    dep = api.create_container(test_image, name="vgtest-dep", command=["true"],
                               host_config=api.create_host_config(network_mode=f"container:{rich}",
                                                                  volumes_from=[rich]))["Id"]
    plan = plan_add_mount(engine, rich, "vgtest-new", "/data")
    assert plan.ok and sum("vgtest-dep depends on" in w for w in plan.warnings) == 2
    api.remove_container(dep)

    compose = api.create_container(test_image, name="vgtest-compose", command=["true"], labels={
        "com.docker.compose.project": "shop", "com.docker.compose.service": "db"})["Id"]
    plan = plan_add_mount(engine, compose, "vgtest-new", "/data")
    assert plan.ok and any("compose file" in w for w in plan.warnings)
    swarm = api.create_container(test_image, name="vgtest-swarm", command=["true"], labels={
        "com.docker.swarm.task.id": "x", "com.docker.swarm.service.name": "api"})["Id"]
    assert any("swarm" in p for p in plan_add_mount(engine, swarm, "vgtest-new", "/data").problems)
    assert normalized(api.inspect_container(rich)) == normalized(before)


def test_auto_remove_container(engine, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-v")
    cid = api.create_container(test_image, name="vgtest-rm", command=["sh", "-c", "trap 'exit 0' TERM; "
                               "sleep 3600 & wait"], volumes=["/anon"],
                               host_config=api.create_host_config(auto_remove=True))["Id"]
    api.start(cid)
    run_in(api, cid, "echo a > /anon/a")
    plan = plan_add_mount(engine, cid, "vgtest-v", "/v")
    assert any("--rm" in w for w in plan.warnings)
    execute(engine, plan)
    after = api.inspect_container("vgtest-rm")
    assert after["State"]["Running"] and after["HostConfig"]["AutoRemove"]
    assert read_in(api, "vgtest-rm", "cat /anon/a").strip() == "a"


def test_a_rollback_that_fails_too_is_reported(engine, docker_api, test_image):
    """If putting things back fails as well, the message says so and where the original is."""
    api = docker_api
    api.create_volume("vgtest-v")
    cid = api.create_container(test_image, ["true"], name="vgtest-rb")["Id"]
    plan = plan_add_mount(engine, cid, "vgtest-v", "/v")

    def sabotage(step: str) -> None:
        if step == "remove":
            # someone takes the original's name meanwhile: renaming it back cannot work
            api.rename("vgtest-rb", "vgtest-rb-new")
            api.create_container(test_image, ["true"], name="vgtest-rb")
            raise InjectedError("injected failure at remove")

    with pytest.raises(EngineError) as info:
        execute(engine, plan, before_step=sabotage)
    message = info.value.message
    assert "Putting things back failed too" in message and plan.temp_name in message
    assert api.inspect_container(cid)["Name"] == f"/{plan.temp_name}"  # still there, data intact


def test_moved_tag_and_container_references(engine, docker_api, test_image):
    """The image is kept by ID when its tag moved; container: references are written by name."""
    api = docker_api
    api.create_volume("vgtest-v")
    api.tag(test_image, "vgtest-img", "1")
    helper = api.create_container(test_image, ["true"], name="vgtest-imgsrc")["Id"]
    other_image = api.commit(helper, repository="vgtest-other", tag="1", changes=["LABEL x=y"])["Id"]
    try:
        host = api.create_container(test_image, COMMAND, name="vgtest-host")["Id"]
        api.start(host)
        guest = api.create_container("vgtest-img:1", COMMAND, name="vgtest-guest",
                                     host_config=api.create_host_config(network_mode=f"container:{host}"))["Id"]
        api.start(guest)
        original_image = api.inspect_container(guest)["Image"]
        api.tag(other_image, "vgtest-img", "1", force=True)  # the tag moves

        plan = plan_add_mount(engine, guest, "vgtest-v", "/v")
        assert any("by ID" in k for k in plan.kept)
        assert plan.ok and any("vgtest-guest" in w for w in plan_add_mount(engine, host, "vgtest-v",
                                                                         "/v").warnings)
        execute(engine, plan)
        after = api.inspect_container("vgtest-guest")
        assert after["Image"] == original_image and after["Config"]["Image"] == original_image
        # sent by name; the engine stores the ID it resolves to
        assert after["HostConfig"]["NetworkMode"] == f"container:{host}"
        assert after["State"]["Running"]
    finally:
        for c in ("vgtest-guest", "vgtest-host", "vgtest-imgsrc"):
            api.remove_container(c, force=True)
        api.remove_image("vgtest-img:1")
        api.remove_image(other_image)


COMMAND = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]


@pytest.mark.parametrize("options", [
    {"network_mode": "host"}, {"network_mode": "none"}, {"read_only": True, "tmpfs": {"/tmp": ""}},
    {"init": True, "pid_mode": "host", "shm_size": "32m"},
])
def test_other_host_settings_survive(engine, docker_api, test_image, options):
    api = docker_api
    api.create_volume("vgtest-v")
    cid = api.create_container(test_image, COMMAND, name="vgtest-opts",
                               host_config=api.create_host_config(**options))["Id"]
    api.start(cid)
    before = api.inspect_container(cid)
    execute(engine, plan_add_mount(engine, cid, "vgtest-v", "/v"))
    after = api.inspect_container("vgtest-opts")
    assert after["State"]["Running"]
    changed = differences(normalized(before), normalized(after))
    if options.get("network_mode") == "host":
        changed.discard("Config.Hostname")  # the engine's host name either way
    assert changed == {"Mounts", "HostConfig.Mounts"}


def test_image_declared_volume_is_pinned_and_can_be_replaced(engine, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-v")
    helper = api.create_container(test_image, ["true"], name="vgtest-volimg-src")["Id"]
    image = api.commit(helper, repository="vgtest-volimg", tag="1", changes=["VOLUME /db"])["Id"]
    try:
        cid = api.create_container("vgtest-volimg:1", COMMAND, name="vgtest-db")["Id"]
        api.start(cid)
        run_in(api, cid, "echo rows > /db/table")
        anon = next(m["Name"] for m in api.inspect_container(cid)["Mounts"] if m["Destination"] == "/db")

        plan = plan_add_mount(engine, cid, "vgtest-v", "/other")
        assert plan.ok
        new_id = execute(engine, plan).container_id
        assert read_in(api, new_id, "cat /db/table").strip() == "rows"
        assert {m["Destination"]: m["Name"] for m in api.inspect_container(new_id)["Mounts"]}["/db"] == anon

        refused = plan_remove_mount(engine, new_id, "/db")
        assert any("declared by the image" in p for p in refused.problems)
        api.create_volume("vgtest-w")
        new_id = execute(engine, plan_replace_mount(engine, new_id, "/db", "vgtest-w")).container_id
        mounts = {m["Destination"]: m["Name"] for m in api.inspect_container(new_id)["Mounts"]}
        assert mounts["/db"] == "vgtest-w"
    finally:
        for c in ("vgtest-db", "vgtest-volimg-src"):
            api.remove_container(c, force=True)
        api.remove_image(image, force=True)


def test_leftovers_of_an_interrupted_re_create_are_found_and_restored(engine, docker_api, test_image):
    from volgui.engine.containers.recreate.run import find_leftovers, restore_leftover

    api = docker_api
    a = api.create_container(test_image, ["true"], name="vgtest-a-volgui-old-0a1b2c")["Id"]
    b = api.create_container(test_image, ["true"], name="vgtest-b-volgui-old-3d4e5f")["Id"]
    holder = api.create_container(test_image, ["true"], name="vgtest-b")["Id"]
    found = {x.original_name: x for x in find_leftovers(engine)}
    assert set(found) == {"vgtest-a", "vgtest-b"}
    assert found["vgtest-a"].container_id == a and not found["vgtest-a"].name_taken_by
    assert found["vgtest-b"].name_taken_by == holder
    restore_leftover(engine, found["vgtest-a"])
    assert api.inspect_container(a)["Name"] == "/vgtest-a"
    with pytest.raises(EngineError, match="taken by another container"):
        restore_leftover(engine, found["vgtest-b"])
    assert api.inspect_container(b)["Name"] == "/vgtest-b-volgui-old-3d4e5f"


def test_volumes_from_another_container_come_back_once(engine, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-v")
    source = api.create_container(test_image, ["true"], name="vgtest-src", volumes=["/shared"])["Id"]
    user = api.create_container(test_image, COMMAND, name="vgtest-user",
                                host_config=api.create_host_config(volumes_from=[source]))["Id"]
    api.start(user)
    shared = {m["Destination"]: m["Name"] for m in api.inspect_container(user)["Mounts"]}["/shared"]
    plan = plan_add_mount(engine, user, "vgtest-v", "/v")
    assert plan.ok
    assert any("vgtest-user depends on vgtest-src (--volumes-from)" in w for w in
               plan_add_mount(engine, source, "vgtest-v", "/v").warnings)
    after = api.inspect_container(execute(engine, plan).container_id)
    assert {m["Destination"]: m["Name"] for m in after["Mounts"]} == {"/shared": shared, "/v": "vgtest-v"}
    assert after["HostConfig"]["VolumesFrom"] == ["vgtest-src"]


def test_files_beside_a_removed_mount_are_copied_into_recreated_folders(engine, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-v")
    cid = api.create_container(test_image, COMMAND, name="vgtest-nest", host_config=api.create_host_config(
        binds=["vgtest-v:/srv/app/data"]))["Id"]
    api.start(cid)
    run_in(api, cid, "echo note > /srv/notes.txt; echo in-volume > /srv/app/data/v.txt; chmod 750 /srv")
    plan = plan_remove_mount(engine, cid, "/srv/app/data")
    assert plan.copy_roots == ["/srv/notes.txt"]  # not /srv: its archive would carry the volume's data
    new_id = execute(engine, plan).container_id
    out = read_in(api, new_id, "cat /srv/notes.txt; test ! -e /srv/app/data/v.txt && echo clean; "
                              "stat -c %a /srv")
    assert out.split() == ["note", "clean", "750"]
