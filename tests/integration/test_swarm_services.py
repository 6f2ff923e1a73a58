"""Swarm services on a one-node swarm of a private engine: the listing and every service operation."""

from __future__ import annotations

import pytest
from swarm_engine import make_service, running_tasks, wait_for

from volgui.engine import Engine
from volgui.engine.connection import ConnectionSpec
from volgui.engine.errors import EngineError
from volgui.engine.streams.log_lines import STDOUT, parse_timestamp
from volgui.operations import services as ops

pytestmark = pytest.mark.integration


@pytest.fixture
def swarm(swarm_host):
    engine = Engine.connect(ConnectionSpec(swarm_host, "swarm"))
    yield engine
    engine.close()


@pytest.fixture
def web(swarm_api, test_image):
    swarm_api.create_volume("vgtest-sw-data")
    sid = make_service(swarm_api, test_image, "vgtest-sw-web", volume="vgtest-sw-data", stack="shop")
    wait_for(lambda: running_tasks(swarm_api, sid), what="the first task to run")
    return sid


def test_an_engine_outside_a_swarm_lists_nothing(engine_host):
    engine = Engine.connect(ConnectionSpec(engine_host, "plain"))
    try:
        snapshot = ops.swarm_snapshot(engine)
    finally:
        engine.close()
    assert not snapshot.manager and snapshot.state == "inactive" and snapshot.services == ()


def test_the_snapshot_lists_services_tasks_and_nodes(swarm, swarm_api, web):
    snapshot = wait_for(lambda: (s := ops.swarm_snapshot(swarm)) and s.manager
                        and any(x.id == web and x.running == 1 for x in s.services) and s)
    service = next(s for s in snapshot.services if s.id == web)
    assert service.name == "vgtest-sw-web" and service.mode == "replicated" and service.replicas == 1
    assert service.image == "volgui-test/busybox:latest"
    assert service.stack == "shop" and service.volume_names == ("vgtest-sw-data",)
    assert [(m.source, m.target) for m in service.mounts] == [("vgtest-sw-data", "/data")]
    [task] = [t for t in snapshot.service_tasks(web) if t.state == "running"]
    assert task.node_id == snapshot.node_id and task.container_id
    [node] = snapshot.nodes
    info = swarm_api.info()
    assert node.hostname == info["Name"] and node.role == "manager" and node.leader
    assert node.availability == "active" and node.engine_version == info["ServerVersion"]


def _task_mount_targets(api, task: dict) -> set[str]:
    container = api.inspect_container(task["Status"]["ContainerStatus"]["ContainerID"])
    return {m["Destination"] for m in container["Mounts"]}


def test_mount_add_replaces_the_task_with_one_that_has_the_mount(swarm, swarm_api, web):
    [old] = running_tasks(swarm_api, web)
    swarm_api.create_volume("vgtest-sw-extra")
    result = ops.add_mount(swarm, web, "vgtest-sw-extra", "/extra")
    assert result.command == ("docker service update --mount-add "
                              "type=volume,source=vgtest-sw-extra,target=/extra vgtest-sw-web")
    new = wait_for(lambda: [t for t in running_tasks(swarm_api, web) if t["ID"] != old["ID"]],
                   what="the updated task")
    assert _task_mount_targets(swarm_api, new[0]) == {"/data", "/extra"}
    spec_mounts = new[0]["Spec"]["ContainerSpec"]["Mounts"]
    assert {"Type": "volume", "Source": "vgtest-sw-extra", "Target": "/extra"} in spec_mounts
    replaced = wait_for(lambda: [t for t in swarm_api.tasks(filters={"service": web})
                                 if t["ID"] == old["ID"] and t["DesiredState"] == "shutdown"])
    assert replaced  # the orchestrator replaced the old task; volgui re-created nothing

    with pytest.raises(EngineError, match="already the target"):
        ops.add_mount(swarm, web, "vgtest-sw-extra", "/extra")


def test_remove_and_replace_a_mount(swarm, swarm_api, web):
    swarm_api.create_volume("vgtest-sw-other")
    result = ops.replace_mount(swarm, web, "/data", "vgtest-sw-other", "/other", read_only=True)
    assert "--mount-rm /data --mount-add type=volume,source=vgtest-sw-other,target=/other,readonly" \
        in result.command
    spec = swarm_api.inspect_service(web)["Spec"]["TaskTemplate"]["ContainerSpec"]["Mounts"]
    assert spec == [{"Type": "volume", "Source": "vgtest-sw-other", "Target": "/other", "ReadOnly": True}]
    ops.remove_mount(swarm, web, "/other")
    assert not swarm_api.inspect_service(web)["Spec"]["TaskTemplate"]["ContainerSpec"].get("Mounts")
    with pytest.raises(EngineError, match="mounts nothing at /other"):
        ops.remove_mount(swarm, web, "/other")


def test_scale_and_restart(swarm, swarm_api, web, test_image):
    result = ops.scale(swarm, web, 2)
    assert result.command == "docker service scale vgtest-sw-web=2"
    wait_for(lambda: len(running_tasks(swarm_api, web)) == 2, what="two running tasks")
    before = {t["ID"] for t in running_tasks(swarm_api, web)}
    ops.restart(swarm, web)
    assert swarm_api.inspect_service(web)["Spec"]["TaskTemplate"]["ForceUpdate"] == 1
    wait_for(lambda: (ids := {t["ID"] for t in running_tasks(swarm_api, web)}) and len(ids) == 2
             and not ids & before, what="both tasks replaced")

    everywhere = make_service(swarm_api, test_image, "vgtest-sw-agent", global_mode=True)
    with pytest.raises(EngineError, match="not a replicated service"):
        ops.scale(swarm, everywhere, 3)


def test_logs_name_the_task_of_each_line(swarm, swarm_api, web):
    ops.scale(swarm, web, 2)
    wait_for(lambda: len(running_tasks(swarm_api, web)) == 2, what="two running tasks")
    service = next(s for s in ops.swarm_snapshot(swarm).services if s.id == web)
    tasks = {t["ID"] for t in running_tasks(swarm_api, web)}
    logs = wait_for(lambda: (got := ops.service_logs(swarm, service, tail=50))
                    and tasks <= {line.task_id for line in got.lines} and got, what="lines of both tasks")
    assert not logs.truncated
    for line in logs.lines:
        assert line.text.startswith("tick ") and line.stream == STDOUT and line.timestamp.endswith("Z")
        assert line.node_id and line.task_id
    stamps = [parse_timestamp(line.timestamp) for line in logs.lines]
    assert stamps == sorted(stamps)  # the tasks' lines in time order
    few = ops.service_logs(swarm, service, tail=1)
    assert len(few.lines) == 1  # ``tail`` lines in all, whatever the number of tasks


def test_volume_instances_and_where_a_backup_runs(swarm, swarm_api, web):
    snapshot = ops.swarm_snapshot(swarm)
    service = next(s for s in snapshot.services if s.id == web)
    [instance] = ops.volume_instances(swarm, snapshot, service)
    assert instance.volume == "vgtest-sw-data" and instance.here and instance.state == "present"
    assert instance.node == swarm_api.info()["Name"]
    possible, why = ops.backup_place(snapshot, service, "vgtest-sw-data")
    assert possible and "this engine's node" in why


def test_a_worker_on_a_second_engine_holds_its_own_copy_of_the_volume(swarm, swarm_api, swarm_worker,
                                                                       test_image):
    """Two engines of this machine in one swarm: a global service runs a task on each node, and
    each node has its own volume of that name; only the manager lists services."""
    sid = make_service(swarm_api, test_image, "vgtest-sw-everywhere", volume="vgtest-sw-local",
                       global_mode=True)
    wait_for(lambda: len(running_tasks(swarm_api, sid)) == 2, what="a task on each node")
    snapshot = ops.swarm_snapshot(swarm)
    service = next(s for s in snapshot.services if s.id == sid)
    assert len(snapshot.nodes) == 2 and {n.role for n in snapshot.nodes} == {"manager", "worker"}
    instances = {i.here: i for i in ops.volume_instances(swarm, snapshot, service)}
    assert instances[True].state == "present"
    assert instances[False].state == "unknown" and "connect volgui to that node's engine" in \
        instances[False].detail
    possible, why = ops.backup_place(snapshot, service, "vgtest-sw-local")
    assert possible and "holds its own copy" in why

    worker_api = swarm_worker.api()
    try:
        assert "vgtest-sw-local" in [v["Name"] for v in worker_api.volumes()["Volumes"] or []]
    finally:
        worker_api.close()
    worker = Engine.connect(ConnectionSpec(swarm_worker.host, "worker"))
    try:
        from_worker = ops.swarm_snapshot(worker)
    finally:
        worker.close()
    assert from_worker.state == "active" and not from_worker.manager and from_worker.services == ()
