"""The pure parts of mount changes: path checks, write-layer selection, command lines."""

from __future__ import annotations

import pytest

from volgui.engine.containers import create_args
from volgui.engine.containers.layer import copy_roots, outside_mounts
from volgui.engine.containers.mounts import Target, check_destination, suggest_destination, targets
from volgui.engine.containers.refs import endpoints, links_by_name
from volgui.engine.containers.run_spec import RunSpec, VolumeMount
from volgui.engine.validation import parse_ports

ANON = "a" * 64
INSPECT = {
    "Id": "f" * 64,
    "Config": {"Volumes": {"/anon": {}}, "Image": "img"},
    "HostConfig": {"Binds": ["/srv/x:/host:rw", "named:/ro:ro"], "Tmpfs": {"/scratch": "size=1m"},
                   "Mounts": [{"Type": "volume", "Source": "m", "Target": "/m"}]},
    "Mounts": [
        {"Type": "bind", "Source": "/srv/x", "Destination": "/host", "RW": True},
        {"Type": "volume", "Name": "named", "Destination": "/ro", "RW": False},
        {"Type": "volume", "Name": "m", "Destination": "/m", "RW": True},
        {"Type": "volume", "Name": ANON, "Destination": "/anon", "RW": True},
        {"Type": "volume", "Name": "b" * 64, "Destination": "/image-vol", "RW": True},
    ],
}


def test_targets_know_where_each_mount_comes_from():
    found = {t.destination: (t.type, t.origin) for t in targets(INSPECT)}
    assert found == {"/host": ("bind", "binds"), "/ro": ("volume", "binds"), "/m": ("volume", "mounts"),
                     "/anon": ("anonymous", "volumes"), "/image-vol": ("anonymous", "image"),
                     "/scratch": ("tmpfs", "tmpfs")}


@pytest.mark.parametrize("path,words", [
    ("", "Enter the path"), ("data", "absolute"), ("/", "root"), ("/a:b", "“:”"),
    ("/a\nb", "line break"), ("/a/../b", "“..”"), (" /a", "spaces"), ("/proc", "runtime"),
    ("/sys/x", "runtime"), ("/host", "bind mount of /srv/x"), ("/anon/", "anonymous volume"),
    ("/scratch", "tmpfs"), ("/ro", "the volume named"),
])
def test_check_destination_says_why(path, words):
    assert words in (check_destination(path, targets(INSPECT)) or "")


def test_check_destination_accepts_free_paths():
    assert check_destination("/data", targets(INSPECT)) is None
    assert check_destination("/host/inner", targets(INSPECT)) is None  # nested: a warning, not a refusal


def test_suggested_destination_prefers_the_images_free_volumes():
    tgts = targets(INSPECT)
    assert suggest_destination({"/image-vol": {}, "/var/lib/db": {}}, tgts) == "/var/lib/db"
    assert suggest_destination({}, tgts) == "/data"
    assert suggest_destination({}, [*tgts, Target("/data", "volume", "x")]) == "/data2"


def test_write_layer_selection_skips_mounts_and_takes_whole_new_folders():
    diff = [{"Path": p, "Kind": k} for p, k in [
        ("/anon", 1), ("/srv", 1), ("/srv/app", 1), ("/srv/app/data", 1), ("/srv/notes.txt", 1),
        ("/etc", 0), ("/etc/passwd", 0), ("/etc/group", 2), ("/opt", 1), ("/opt/a", 1), ("/opt/a/b", 1),
        ("/data", 1), ("/data/hidden", 1), ("/file", 0)]]
    dests = ["/anon", "/srv/app/data", "/data"]
    assert copy_roots(diff, dests) == ["/etc/passwd", "/file", "/opt", "/srv/notes.txt"]
    changes, hidden = outside_mounts(diff, dests, "/data")
    assert hidden == ["/data/hidden"]
    assert ("/etc/group", "deleted") in changes and ("/srv/notes.txt", "added") in changes
    assert not any(p.startswith(("/anon", "/data", "/srv/app")) or p == "/srv" for p, _ in changes)


def test_links_and_networks_for_create():
    assert links_by_name(["/db:/web/db", "/cache:/web/c"]) == ["db:db", "cache:c"]
    inspect = {"Id": "0123456789abcdef", "NetworkSettings": {"Networks": {
        "front": {"Aliases": ["web", "0123456789ab"], "IPAMConfig": {"IPv4Address": "10.0.0.5"}},
        "back": {"Aliases": None, "IPAMConfig": None}}}}
    first, extra = endpoints(inspect, {"NetworkMode": "front"})
    assert first == {"EndpointsConfig": {"front": {"Aliases": ["web"],
                                                   "IPAMConfig": {"IPv4Address": "10.0.0.5"}}}}
    assert extra == [("back", {})]
    assert endpoints(inspect, {"NetworkMode": "container:abc"}) == (None, [])


def test_create_flags_from_an_api_config():
    config = {"Image": "img", "Env": ["A=1"], "Labels": {"k": "v"}, "User": "nobody", "WorkingDir": "/w",
              "Tty": True, "Cmd": ["sh", "-c", "echo hi"], "Volumes": {"/anon": {}},
              "Healthcheck": {"Test": ["CMD", "true"], "Interval": 30_000_000_000}}
    host = {"Binds": ["v:/v:ro"],
            "Mounts": [{"Type": "volume", "Source": "n", "Target": "/n", "ReadOnly": True}],
            "PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]},
            "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3}, "Memory": 64 << 20,
            "CpuShares": 512, "CapAdd": ["NET_ADMIN"], "Tmpfs": {"/t": "size=1m"},
            "LogConfig": {"Type": "json-file", "Config": {"max-size": "1m"}}, "NetworkMode": "default"}
    line = create_args.join(["docker", "create", *create_args.container_args(config, host, name="web")])
    assert line == (
        "docker create --name web --user nobody --workdir /w --tty --env A=1 --label k=v "
        "--health-cmd true --health-interval 30s --volume v:/v:ro --volume /anon "
        "--mount type=volume,source=n,target=/n,readonly --tmpfs /t:size=1m --publish 127.0.0.1:8080:80 "
        "--restart on-failure:3 --memory 64m --cpu-shares 512 --cap-add NET_ADMIN --log-opt max-size=1m "
        "img sh -c 'echo hi'")


def test_run_spec_command_line_follows_the_form():
    spec = RunSpec(image="busybox", name="web", command="sleep 60",
                   volumes=(VolumeMount("data", "/data", True), VolumeMount("", "/cache"),
                            VolumeMount("/srv/www", "/www")),
                   env=("A=1",), ports=tuple(parse_ports("127.0.0.1:8080:80")), restart="unless-stopped")
    assert spec.problems() == []
    assert spec.command_line() == (
        "docker run --detach --name web --env A=1 --volume data:/data:ro --volume /srv/www:/www "
        "--volume /cache --publish 127.0.0.1:8080:80 --restart unless-stopped busybox sleep 60")
    interactive = RunSpec(image="busybox", interactive=True, auto_remove=True)
    assert interactive.command_line() == "docker run --interactive --tty --rm busybox"


def test_run_spec_problems():
    spec = RunSpec(image="", name="-bad", command="echo 'unclosed",
                   volumes=(VolumeMount("v", "/d"), VolumeMount("w", "/d"), VolumeMount("x", "rel")),
                   restart="always", auto_remove=True)
    text = " ".join(spec.problems())
    for words in ("Choose an image", "must start with", "cannot be split", "already the target",
                  "absolute", "--rm"):
        assert words in text
