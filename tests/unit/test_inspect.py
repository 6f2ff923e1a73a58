"""Inspect summaries, secrets, JSON paths and search over recorded engine output."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from conftest import DATA_DIR
from volgui.engine.dto.inspect import (
    MASK,
    container_ports,
    format_command,
    go_template,
    image_users_from_list,
    inspect_command,
    is_secret_key,
    is_secret_value,
    json_path,
    masked_copy,
    parse_env,
    parse_path,
    restart_policy_text,
    search_json,
    secret_env_paths,
    summarize_container,
    summarize_image,
    summarize_volume,
    value_at,
    volume_users_from_list,
    walk_json,
)
from volgui.engine.present.display import human_age, human_size

ENGINE = json.loads((DATA_DIR / "engine-20.10.json").read_text())
RECORDED = json.loads((DATA_DIR / "inspect-20.10.json").read_text())


def test_container_summary_from_engine_20_10():
    s = summarize_container(ENGINE["inspect_container"])
    assert s.name == "t2"
    assert s.state == "running" and s.state_text == "running" and s.running
    assert s.image == "volgui-test/busybox"
    assert s.image_id.startswith("sha256:860c26")
    assert s.entrypoint == () and s.command == ("sleep", "1000")
    assert s.command_line == "sleep 1000"
    assert s.created == datetime(2026, 11, 29, 1, 57, 39, 927032, tzinfo=UTC)
    assert s.started is not None and s.finished is None  # 0001-01-01 means never
    assert s.restart_text == "never (no)"
    assert [(p.container_port, p.host_port) for p in s.ports] == [("80/tcp", "8080")]
    assert s.labels == (("a", "b"),)
    assert s.env == ()
    assert [n.name for n in s.networks] == ["bridge"]
    # named volume, then anonymous volume, then the bind
    assert [(m.type, m.source_text, m.destination, m.read_only, m.propagation) for m in s.mounts] == [
        ("volume", "vol2", "/data", False, ""),
        ("volume", "ce88760f68aad082ce5c12bff76f491165586302947649c18da2e8dc2a98e8b9", "/anon", False, ""),
        ("bind", "/tmp", "/host", True, "rslave"),
    ]
    assert s.mounts[0].is_volume and not s.mounts[0].anonymous and s.mounts[1].anonymous
    assert not s.mounts[2].is_volume


def test_container_summary_with_health_entrypoint_and_secrets():
    s = summarize_container(RECORDED["inspect_container"])
    assert s.state_text == "running (healthy)"
    assert s.health == "healthy" and s.health_failing_streak == 0
    assert s.entrypoint == ("/bin/sh", "-c", 'exec "$@"', "--")
    assert s.command_line == "/bin/sh -c 'exec \"$@\"' -- sleep 1000"
    assert s.restart_text == "on failure, at most 3 times"
    assert [p.text() for p in s.ports] == ["127.0.0.1:8080 → 80/tcp"]
    env = {e.key: e for e in s.env}
    assert env["DB_PASSWORD"].secret and env["API_TOKEN"].secret
    assert not env["MODE"].secret and not env["PATH"].secret
    assert env["DB_PASSWORD"].shown() == MASK and env["DB_PASSWORD"].shown(reveal=True) == "hunter2"
    assert env["MODE"].shown() == "prod"
    assert s.secret_count == 2


def test_stopped_container_summary():
    s = summarize_container(RECORDED["inspect_container_stopped"])
    assert s.state == "exited" and s.exit_code == 137 and not s.running
    assert s.state_text.startswith("stopped: killed after 10 s because it ignored the stop signal")
    assert s.finished is not None and s.finished > s.started


def test_volume_summary_and_users():
    users = volume_users_from_list("vgtest-data", RECORDED["containers"])
    s = summarize_volume(RECORDED["inspect_volume"], users)
    assert (s.name, s.driver, s.scope) == ("vgtest-data", "local", "local")
    assert s.mountpoint.endswith("/volumes/vgtest-data/_data")
    assert s.labels == (("app", "demo"),)
    assert dict(s.options) == {"device": "tmpfs", "o": "size=10m", "type": "tmpfs"}
    assert [(u.container_name, u.destination, u.read_only, u.running) for u in s.users] == [
        ("vgtest-web", "/data", False, True)]
    assert not s.anonymous
    plain = summarize_volume(ENGINE["inspect_volume"])
    assert plain.labels == () and plain.options == () and plain.users == ()


def test_image_summary_and_users():
    raw = RECORDED["inspect_image"]
    users = image_users_from_list(raw["Id"], RECORDED["containers"])
    s = summarize_image(raw, users)
    assert s.tags == ("volgui-test/busybox:latest",)
    assert s.display_name == "volgui-test/busybox:latest"
    assert s.size == 1984230 and human_size(s.size, ".3g") == "1.98 MB"
    assert s.command == ("sh",) and s.entrypoint == ()
    assert s.platform == "linux/amd64" and s.layers == 1
    assert s.exposed_ports == () and s.volumes == ()
    assert [u.container_name for u in s.users] == ["vgtest-web"]
    assert image_users_from_list("sha256:other", RECORDED["containers"]) == ()


def test_ports_unpublished_and_sorted():
    raw = {"Config": {"ExposedPorts": {"443/tcp": {}, "80/tcp": {}, "53/udp": {}}},
           "HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}},
           "NetworkSettings": {"Ports": {}}}
    assert [p.text() for p in container_ports(raw)] == [
        "53/udp (not published)", "8080 → 80/tcp", "443/tcp (not published)"]


@pytest.mark.parametrize("key", ["DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWD", "API_KEY", "apiKey",
                                 "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "client-secret", "DBPASSWORD",
                                 "SECRET", "private.key", "AUTH"])
def test_secret_keys(key):
    assert is_secret_key(key)


@pytest.mark.parametrize("key", ["PATH", "HOME", "MODE", "KEYMAP", "PWD", "LANG", "HOSTNAME",
                                 "TOKENIZER_MODE", "PASSAGE"])
def test_not_secret_keys(key):
    assert not is_secret_key(key)


def test_url_with_password_is_secret_and_env_without_value():
    assert is_secret_value("postgres://app:s3cret@db:5432/app")
    assert not is_secret_value("https://example.org/path")
    env = parse_env(["DATABASE_URL=postgres://app:s3cret@db/app", "TERM", "EMPTY="])
    assert env[0].secret and env[0].line() == f"DATABASE_URL={MASK}"
    assert not env[1].has_value and env[1].line() == "TERM"
    assert env[2].has_value and env[2].line() == "EMPTY="


def test_secret_paths_and_masked_copy():
    raw = RECORDED["inspect_container"]
    hidden = secret_env_paths(raw)
    assert hidden == {("Config", "Env", 0), ("Config", "Env", 1)}
    masked = masked_copy(raw, hidden)
    assert masked["Config"]["Env"][:3] == [f"DB_PASSWORD={MASK}", f"API_TOKEN={MASK}", "MODE=prod"]
    assert raw["Config"]["Env"][0] == "DB_PASSWORD=hunter2"  # the original is untouched
    assert "hunter2" not in json.dumps(masked)


def test_json_path_round_trip():
    assert json_path(["HostConfig", "Binds", 0]) == "HostConfig.Binds[0]"
    assert json_path(["Config", "Labels", "com.docker.compose.project"]) == \
        'Config.Labels["com.docker.compose.project"]'
    assert json_path(["NetworkSettings", "Ports", "80/tcp", 0, "HostPort"]) == \
        'NetworkSettings.Ports["80/tcp"][0].HostPort'
    assert json_path([0, "a"]) == "[0].a"
    assert json_path([]) == ""
    for parts in (("HostConfig", "Binds", 0), ("Config", "Labels", 'we"ird key'), (3, 1, "x_y")):
        assert parse_path(json_path(parts)) == parts
    with pytest.raises(ValueError):
        parse_path("HostConfig..Binds")


def test_value_at():
    raw = ENGINE["inspect_container"]
    assert value_at(raw, ("HostConfig", "Binds", 1)) == "/tmp:/host:ro"
    assert value_at(raw, parse_path("Mounts[1].Propagation")) == "rslave"
    with pytest.raises(KeyError):
        value_at(raw, ("HostConfig", "Binds", 5))
    with pytest.raises(KeyError):
        value_at(raw, ("Name", "x"))


def test_search_keys_and_values_in_document_order():
    raw = ENGINE["inspect_container"]
    assert search_json(raw, "rslave") == [("Mounts", 1, "Propagation")]
    assert search_json(raw, "BINDS") == [("HostConfig", "Binds")]
    found = search_json(raw, "vol2")
    assert found[0] == ("HostConfig", "Binds", 0)
    assert ("Mounts", 0, "Name") in found
    assert search_json(raw, "   ") == []
    assert search_json(raw, "no such thing anywhere") == []
    # numbers, booleans and null are searched as JSON text
    assert ("HostConfig", "ShmSize") in search_json(raw, "67108864")


def test_search_does_not_find_masked_values():
    raw = RECORDED["inspect_container"]
    hidden = secret_env_paths(raw)
    assert search_json(raw, "hunter2", hidden=hidden) == []
    assert search_json(raw, "hunter2") == [("Config", "Env", 0)]
    assert ("Config", "Env", 0) in search_json(raw, "DB_PASSWORD", hidden=hidden)


def test_walk_visits_every_node_once():
    paths = [p for p, _v in walk_json({"a": [1, {"b": None}], "c": {}})]
    assert paths == [("a",), ("a", 0), ("a", 1), ("a", 1, "b"), ("c",)]


def test_commands_and_display_strings():
    assert inspect_command("container", "web") == "docker inspect web"
    assert inspect_command("volume", "my data") == "docker volume inspect 'my data'"
    assert inspect_command("image", "sha256:abc") == "docker image inspect sha256:abc"
    assert restart_policy_text("always") == "always"
    assert restart_policy_text("on-failure") == "on failure"
    assert human_size(-1, ".3g") == "—" and human_size(0, ".3g") == "0 B"
    assert human_size(1_500_000_000, ".3g") == "1.5 GB"
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert human_age(now - timedelta(seconds=3), now) == "just now"
    assert human_age(now - timedelta(minutes=1), now) == "1 minute ago"
    assert human_age(now - timedelta(hours=5), now) == "5 hours ago"
    assert human_age(now - timedelta(days=3), now) == "3 days ago"
    assert human_age(now - timedelta(days=800), now) == "2 years ago"


def test_go_templates_for_docker_inspect_format():
    # each of these was checked with the docker CLI against a real container
    assert go_template(["State", "Status"]) == "{{.State.Status}}"
    assert go_template(["HostConfig", "Binds", 0]) == "{{index .HostConfig.Binds 0}}"
    assert go_template(["Mounts", 1, "Propagation"]) == "{{(index .Mounts 1).Propagation}}"
    assert go_template(["Config", "Labels", "com.x.y"]) == '{{index .Config.Labels "com.x.y"}}'
    assert go_template(["NetworkSettings", "Ports", "80/tcp", 0, "HostPort"]) == \
        '{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}'
    assert go_template(["HostConfig"], container=True) == "{{json .HostConfig}}"
    assert go_template([], container=True) == "{{json .}}"
    assert format_command("volume", "my data", "{{.Driver}}") == \
        "docker volume inspect --format '{{.Driver}}' 'my data'"
