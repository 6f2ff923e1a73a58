"""Parsing of recorded real API JSON (Docker Engine 20.10, API 1.41)."""

import json

from conftest import DATA_DIR
from volgui.engine.dto.objects import build_snapshot, parse_container
from volgui.engine.streams.events import parse_event


def recorded():
    return json.loads((DATA_DIR / "engine-20.10.json").read_text())


def test_snapshot_links_volumes_and_containers():
    data = recorded()
    snap = build_snapshot(data["containers"], data["volumes"], data["images"])
    containers = {c.name: c for c in snap.containers}
    volumes = {v.name: v for v in snap.volumes}
    t2 = containers["t2"]
    assert t2.state == "running" and t2.running
    assert [(m.type, m.destination) for m in t2.mounts] == [
        ("volume", "/anon"), ("volume", "/data"), ("bind", "/host")]
    bind = t2.mounts[2]
    assert bind.read_only and bind.source == "/tmp"
    assert [u.container_name for u in volumes["vol2"].users] == ["t2"]
    assert volumes["vol2"].users[0].destination == "/data"
    assert volumes["namedvol"].users == () and volumes["namedvol"].label_dict == {"x": "y"}
    anon = [v for v in snap.volumes if v.anonymous]
    assert len(anon) == 1 and anon[0].users[0].destination == "/anon"
    assert not volumes["vol2"].anonymous
    assert containers["t3"].mounts == () and containers["t3"].state == "created"
    assert snap.images[0].tags == ("volgui-test/busybox:latest",)
    assert snap.images[0].size > 0


def test_status_text_health_and_exit_code():
    base = {"Id": "a" * 64, "Names": ["/web"], "State": "running"}
    assert parse_container({**base, "Status": "Up 2 minutes (healthy)"}).health == "healthy"
    assert parse_container({**base, "Status": "Up 5 s (health: starting)"}).health == "starting"
    exited = parse_container({**base, "State": "exited", "Status": "Exited (137) 3 hours ago"})
    assert exited.exit_code == 137 and exited.health == "" and not exited.running


def test_linked_names_pick_the_real_name():
    c = parse_container({"Id": "b" * 64, "Names": ["/app/db", "/db"], "State": "running"})
    assert c.name == "db"


def test_parse_event():
    raw = {"Type": "volume", "Action": "create", "Actor": {"ID": "v1", "Attributes": {"driver": "local"}},
           "timeNano": 1_700_000_000_000_000_000}
    ev = parse_event(raw)
    assert (ev.type, ev.action, ev.id) == ("volume", "create", "v1")
    assert ev.time.year == 2023
    ev2 = parse_event({"Type": "container", "Action": "exec_start: sh -c ls", "Actor": {"ID": "c"}})
    assert ev2.base_action == "exec_start"


def test_volgui_helpers_are_not_listed():
    data = recorded()
    helper = dict(data["containers"][0], Id="h" * 64, Names=["/volgui-helper-x"],
                  Labels={"volgui.helper": "1"})
    helper_image = dict(data["images"][0], Id="sha256:" + "e" * 64, RepoTags=["volgui/helper:1"],
                        Labels={"volgui.helper": "1"})
    snap = build_snapshot([*data["containers"], helper], data["volumes"], [*data["images"], helper_image])
    assert "volgui-helper-x" not in [c.name for c in snap.containers]
    assert "volgui/helper:1" not in [t for i in snap.images for t in i.tags]
    assert len(snap.containers) == len(data["containers"])
