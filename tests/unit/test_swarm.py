"""Swarm without an engine: parsing hostile JSON, the spec edits, log details, texts and models."""

from __future__ import annotations

import json

import pytest

from volgui.engine.containers.mounts import MountSpec
from volgui.engine.errors import EngineError
from volgui.engine.present import services as text
from volgui.engine.swarm import mounts
from volgui.engine.swarm.logs import split_details, to_line
from volgui.engine.swarm.objects import (
    MAX_ITEMS,
    MAX_TEXT,
    Node,
    Service,
    ServiceMount,
    ServicePort,
    SwarmSnapshot,
    Task,
    parse_all,
    parse_node,
    parse_service,
    parse_task,
)
from volgui.models.swarm import NodeTableModel, ServiceTableModel, TaskTableModel, VolumeInstanceModel
from volgui.operations.services import VolumeInstance, backup_place, suggested_target

SERVICE = {
    "ID": "h5venah7eqchtkv7027uius2f", "Version": {"Index": 12},
    "Spec": {"Name": "web", "Labels": {"com.docker.stack.namespace": "shop"},
             "TaskTemplate": {"ContainerSpec": {"Image": "nginx:1@sha256:" + "a" * 64,
                                                "Mounts": [{"Type": "volume", "Source": "data",
                                                            "Target": "/data", "ReadOnly": True}]},
                              "ForceUpdate": 2},
             "Mode": {"Replicated": {"Replicas": 3}}},
    "Endpoint": {"Ports": [{"Protocol": "tcp", "TargetPort": 80, "PublishedPort": 8080,
                            "PublishMode": "ingress"}]},
    "UpdateStatus": {"State": "rollback_completed", "Message": "update rolled back"},
    "ServiceStatus": {"RunningTasks": 2, "DesiredTasks": 3},
}


def test_a_service_parses_with_what_the_views_show():
    s = parse_service(SERVICE)
    assert (s.name, s.stack, s.image, s.mode, s.replicas, s.running, s.desired) == \
        ("web", "shop", "nginx:1", "replicated", 3, 2, 3)
    assert s.mounts == (ServiceMount("volume", "data", "/data", True),) and s.volume_names == ("data",)
    assert text.replicas(s) == "replicated 2/3" and text.replicas_tone(s) == "warn"
    assert text.ports(s.ports) == "*:8080→80/tcp"
    assert text.update(s) == "rollback completed: update rolled back"
    assert text.service_mounts(s) == "data → /data (ro)"
    assert s.version == 12 and s.force_update == 2


@pytest.mark.parametrize("raw", [None, 7, "x", [], {}, {"ID": 5}, {"ID": ""}, {"ID": "a", "Spec": []},
                                 {"ID": "a", "Spec": {"Mode": {"Replicated": {"Replicas": "3"}}}},
                                 {"ID": "a", "Spec": {"TaskTemplate": {"ContainerSpec": {"Mounts": "no"}}}},
                                 {"ID": "a", "Endpoint": {"Ports": [1, None, {"TargetPort": True}]}}])
def test_odd_services_are_skipped_or_read_safely(raw, hostile):
    hostile(f"service: {json.dumps(raw)[:60]}")
    services, skipped = parse_all([raw, SERVICE], parse_service)
    assert services[-1].name == "web" and len(services) + skipped == 2
    for s in services:
        text.replicas(s), text.ports(s.ports), text.service_mounts(s), text.update(s)


def test_strings_and_lists_are_bounded(hostile):
    hostile("service: 1 MB name, 10 000 mounts and labels")
    raw = json.loads(json.dumps(SERVICE))
    raw["Spec"]["Name"] = "n" * 1_000_000
    raw["Spec"]["Labels"] = {f"k{i}": "v" for i in range(10_000)}
    raw["Spec"]["TaskTemplate"]["ContainerSpec"]["Mounts"] = [{"Target": f"/m{i}"} for i in range(10_000)]
    s = parse_service(raw)
    assert len(s.name) == MAX_TEXT and len(s.labels) == MAX_ITEMS and len(s.mounts) == MAX_ITEMS
    assert parse_all("not a list", parse_service) == ([], 0)


def test_tasks_and_nodes_parse():
    t = parse_task({"ID": "t1" * 10, "ServiceID": "s", "Slot": 2, "NodeID": "n" * 25,
                    "Status": {"State": "failed", "Err": "no such image",
                               "ContainerStatus": {"ContainerID": "c" * 64}},
                    "DesiredState": "shutdown"})
    assert text.task_state(t) == "failed → shutdown: no such image" and text.task_tone(t) == "bad"
    assert text.task_name("web", t) == "web.2"
    n = parse_node({"ID": "n1", "Spec": {"Role": "manager", "Availability": "drain"},
                    "Description": {"Hostname": "vm", "Engine": {"EngineVersion": "20.10.24"}},
                    "Status": {"State": "ready"}, "ManagerStatus": {"Leader": True}})
    assert (n.name, text.node_role(n), n.availability, n.engine_version) == \
        ("vm", "manager (leader)", "drain", "20.10.24")
    assert text.node_label(None, "x" * 30) == "x" * 12


def test_log_details_name_the_task():
    attrs = "com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1"
    line = to_line(1, "2026-12-03T20:21:09Z", f"{attrs} hello world")
    assert (line.task_id, line.node_id, line.text) == ("t1", "n1", "hello world")
    assert split_details("plain line=1 text") == ({}, "plain line=1 text")
    assert split_details("") == ({}, "")


def test_long_detail_prefixes_are_not_parsed_past_the_bound(hostile):
    hostile("service log: 1 MB attribute prefix")
    attrs, message = split_details("com.docker.swarm.x=" + "a" * 1_000_000 + " tail")
    assert attrs == {} and message.endswith(" tail")


def test_the_spec_edits_keep_unknown_fields():
    raw = [{"Type": "volume", "Source": "data", "Target": "/data",
            "VolumeOptions": {"Labels": {"a": "b"}}}, {"Type": "tmpfs", "Target": "/tmp/x"}]
    added = mounts.with_mount_added(raw, MountSpec("volume", "logs", "/logs/", True))
    assert added[:2] == raw and added[2] == {"Type": "volume", "Source": "logs", "Target": "/logs",
                                             "ReadOnly": True}
    with pytest.raises(EngineError, match="already the target"):
        mounts.with_mount_added(raw, MountSpec("volume", "x", "/tmp/x"))
    with pytest.raises(EngineError, match="absolute"):
        mounts.with_mount_added(raw, MountSpec("volume", "x", "relative"))
    assert mounts.without_mount(raw, "/data/") == raw[1:]
    replaced = mounts.with_mount_replaced(raw, "/data", MountSpec("volume", "new", "/data"))
    assert replaced == [raw[1], {"Type": "volume", "Source": "new", "Target": "/data"}]
    assert mounts.spec_mounts({"TaskTemplate": {"ContainerSpec": {"Mounts": "odd"}}}) == []


def test_commands():
    assert text.mount_add("web app", "type=volume,source=d,target=/d") == \
        "docker service update --mount-add type=volume,source=d,target=/d 'web app'"
    assert text.scale("web", 3) == "docker service scale web=3"
    assert text.restart("web") == "docker service update --force web"
    assert text.logs("web", None) == "docker service logs --timestamps web"


def _snapshot(node_here: str = "n1") -> tuple[SwarmSnapshot, Service]:
    service = parse_service(SERVICE)
    tasks = (Task("t1", service.id, 1, "n1", "running", "running"),
             Task("t2", service.id, 2, "n2", "running", "running"))
    nodes = (Node("n1", "alpha", "manager", "active", "ready", "20.10"),
             Node("n2", "beta", "worker", "active", "ready", "20.10"))
    return SwarmSnapshot("active", True, node_here, (service,), tasks, nodes), service


def test_where_a_backup_runs():
    snapshot, service = _snapshot()
    possible, why = backup_place(snapshot, service, "data")
    assert possible and "beta" in why
    snapshot, service = _snapshot("n3")
    possible, why = backup_place(snapshot, service, "data")
    assert not possible and "alpha, beta" in why and "connect volgui to that node's engine" in why
    assert suggested_target(service, "x") == "/data2"


@pytest.mark.parametrize("kind", ["services", "tasks", "nodes", "instances"])
def test_the_models(qtmodeltester, kind):
    snapshot, service = _snapshot()
    if kind == "services":
        model = ServiceTableModel()
        model.apply([service])
        model.apply([service, parse_service({**SERVICE, "ID": "other", "Spec": {"Name": "api"}})])
        model.set_related({service.id: "data → /data"})
        assert model.index(model.row_of(service.id), ServiceTableModel.STACK).data() == "shop"
    elif kind == "tasks":
        model = TaskTableModel()
        model.service_name = "web"
        model.node_names = {"n1": "alpha"}
        model.apply(snapshot.tasks)
        assert model.index(model.row_of("t1"), TaskTableModel.NODE).data() == "alpha"
        assert model.index(model.row_of("t1"), TaskTableModel.NAME).data() == "web.1 (t1)"
    elif kind == "nodes":
        model = NodeTableModel()
        model.this_node = "n1"
        model.apply(snapshot.nodes)
        assert model.index(model.row_of("n1"), 0).data() == "alpha (this engine)"
    else:
        model = VolumeInstanceModel()
        model.apply([VolumeInstance("data", "n1", "alpha", "present", True, "local volume"),
                     VolumeInstance("data", "n2", "beta", "unknown", False, "on beta")])
        assert model.index(model.row_of("data@n2"), VolumeInstanceModel.STATE).data() == "other node"
    qtmodeltester.check(model, force_py=True)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in range(0, 14):
                model.index(row, column).data(role)


def test_port_without_published():
    assert text.port(ServicePort(None, 53, "udp", "host")) == "53/udp (host)"


def test_log_lines_of_several_tasks_come_in_time_order():
    from volgui.engine.swarm.logs import ServiceLogLine, in_time_order

    lines = [ServiceLogLine("a", "n", 1, "2026-12-03T20:21:10.5Z", "a2"),
             ServiceLogLine("a", "n", 1, "", "a2 continued"),
             ServiceLogLine("b", "n", 1, "2026-12-03T20:21:09.000000001Z", "b1"),
             ServiceLogLine("b", "n", 1, "2026-12-03T20:21:11Z", "b2")]
    assert [line.text for line in in_time_order(lines)] == ["b1", "a2", "a2 continued", "b2"]
