"""Compose projects from labels, the compose file written from inspect, and editing a saved file
(no engine: inspect dicts as the engine answers them)."""

from __future__ import annotations

import pytest
import yaml

from volgui.engine.compose import edit
from volgui.engine.compose.export import compose_file, escape, service_key
from volgui.engine.compose.projects import compose_info, projects_of, split_config_files
from volgui.engine.dto.objects import parse_container, parse_volume
from volgui.engine.errors import EngineError
from volgui.engine.present import commands, display

P = "com.docker.compose."


def container(name, labels=None, state="running", mounts=()):
    return parse_container({"Id": name * 8, "Names": [f"/{name}"], "Image": "img", "State": state,
                            "Labels": labels or {}, "Mounts": list(mounts)})


def inspect(name="web", **config):
    base = {"Image": "img:1", "Cmd": ["serve"], "Env": ["PATH=/bin"], "Labels": {}, "Hostname": "abc"}
    base.update(config)
    return {"Id": "abc" + "0" * 61, "Name": f"/{name}", "Config": base,
            "HostConfig": {"NetworkMode": "none", "RestartPolicy": {"Name": "no"}}, "Mounts": [],
            "NetworkSettings": {"Networks": {}}}


IMAGE = {"Config": {"Cmd": ["serve"], "Env": ["PATH=/bin"], "Labels": {"maintainer": "x"}}}


def test_projects_group_by_label_with_ungrouped_last():
    labels = {f"{P}project": "shop", f"{P}service": "web", f"{P}project.working_dir": "/srv/shop",
              f"{P}project.config_files": "/srv/shop/a.yaml, /srv/shop/b.yaml"}
    rows = [container("web", labels), container("db", {**labels, f"{P}service": "db"}, "exited"),
            container("loose")]
    volumes = [parse_volume({"Name": "shop_data", "Labels": {f"{P}project": "shop"}}),
               parse_volume({"Name": "other"})]
    shop, rest = projects_of(rows, volumes)
    assert (shop.name, shop.services, shop.running) == ("shop", ("db", "web"), 1)
    assert shop.volumes == ("shop_data",)
    assert shop.config_files == ("/srv/shop/a.yaml", "/srv/shop/b.yaml") and shop.working_dir == "/srv/shop"
    assert rest.ungrouped and [c.name for c in rest.containers] == ["loose"] and rest.volumes == ("other",)
    assert compose_info(rows[0].labels)[:2] == ("shop", "web")


def test_a_hostile_config_files_label_is_bounded():
    assert len(split_config_files(",".join(["/f"] * 100_000))) == 32


def test_texts_for_people():
    down = commands.compose_command("down", "my shop", volumes=True)
    assert down == "docker compose -p 'my shop' down --volumes"
    with pytest.raises(ValueError):
        commands.compose_command("rm", "x")
    assert display.project_word("Shop") == "project:Shop" and display.project_word("") == "ungrouped"
    assert display.group_sort_key("", "a") > display.group_sort_key("zzz", "z")
    assert "Service: web" in display.compose_tooltip("shop", "web", "/srv", ["/srv/c.yaml"])


def test_dollars_are_doubled_and_secrets_go_to_env():
    made = compose_file([(inspect(Env=["PATH=/bin", "PRICE=$5", "API_TOKEN=t$k", "PLAIN"]), IMAGE)])
    env = made.data["services"]["web"]["environment"]
    assert env == {"PRICE": "$$5", "API_TOKEN": "${API_TOKEN}", "PLAIN": None}
    assert made.env == {"API_TOKEN": "t$k"} and made.env_text() == "API_TOKEN='t$k'\n"
    inline = compose_file([(inspect(Env=["API_TOKEN=t$k"]), IMAGE)], secrets_to_env=False)
    assert inline.data["services"]["web"]["environment"] == {"API_TOKEN": "t$$k"} and not inline.env


def test_same_secret_name_with_other_values_gets_its_own_variable():
    made = compose_file([(inspect("a", Env=["DB_PASSWORD=one"]), IMAGE),
                         (inspect("b", Env=["DB_PASSWORD=two"]), IMAGE)])
    assert made.env == {"DB_PASSWORD": "one", "B_DB_PASSWORD": "two"}


def test_what_the_image_gives_is_left_out():
    made = compose_file([(inspect(Labels={"maintainer": "x", "role": "web"}), IMAGE)])
    svc = made.data["services"]["web"]
    assert "command" not in svc and "environment" not in svc and svc["labels"] == {"role": "web"}
    assert svc["network_mode"] == "none" and svc["image"] == "img:1"
    # an entrypoint set resets the image's command: both are written
    svc = compose_file([(inspect(Entrypoint=["sh", "-c"]), IMAGE)]).data["services"]["web"]
    assert svc["entrypoint"] == ["sh", "-c"] and svc["command"] == ["serve"]


def test_volumes_external_unless_the_project_made_them():
    info = inspect(Labels={f"{P}service": "web"})
    info["Mounts"] = [{"Type": "volume", "Name": "shop_data", "Destination": "/d", "RW": True},
                      {"Type": "volume", "Name": "shared", "Destination": "/s", "RW": False}]
    vols = [{"Name": "shop_data", "Labels": {f"{P}project": "shop", f"{P}volume": "data"}},
            {"Name": "shared"}]
    made = compose_file([(info, IMAGE)], vols, project="shop")
    assert made.data["volumes"] == {"data": {"name": "shop_data"},
                                    "shared": {"external": True, "name": "shared"}}
    assert made.data["services"]["web"]["volumes"][1] == {
        "type": "volume", "source": "shared", "target": "/s", "read_only": True}
    assert yaml.safe_load(made.yaml_text()) == made.data


def test_service_keys_are_what_compose_accepts():
    assert service_key("/my app!") == "my-app" and service_key("...") == "service"
    assert escape("a$b") == "a$$b"


def test_add_a_mount_to_a_saved_file(tmp_path):
    path = tmp_path / "compose.yaml"
    path.write_text(yaml.safe_dump({"services": {"web": {"image": "x", "container_name": "shop-web",
                                                         "volumes": ["old:/old"]}}}))
    said = edit.add_mount(str(path), "", "shop-web", "volume", "extra", "/srv/extra", True)
    assert said.startswith("Added")
    data = yaml.safe_load(path.read_text())
    assert data["services"]["web"]["volumes"][-1] == {
        "type": "volume", "source": "extra", "target": "/srv/extra", "read_only": True}
    assert data["volumes"] == {"extra": {"external": True, "name": "extra"}}
    with pytest.raises(EngineError, match="already mounts"):
        edit.add_mount(str(path), "web", "", "volume", "other", "/old")
    with pytest.raises(EngineError, match="No service"):
        edit.add_mount(str(path), "nope", "nobody", "volume", "v", "/v")


@pytest.mark.parametrize("content, words", [
    ("services: [1, 2]", "no services"), ("a: [", "not valid YAML"), ("- 1\n- 2\n", "no services"),
    ("services:\n  web: {}\nvolumes: [x]\n", "not a mapping")])
def test_a_bad_compose_file_is_refused_with_a_reason(tmp_path, content, words, hostile):
    hostile(f"compose file: {words}")
    path = tmp_path / "compose.yaml"
    path.write_text(content)
    with pytest.raises(EngineError, match=words):
        edit.add_mount(str(path), "web", "", "volume", "v", "/v")


def test_a_huge_compose_file_is_not_read_whole(tmp_path, hostile):
    hostile("compose file: over the size limit")
    path = tmp_path / "compose.yaml"
    path.write_bytes(b"#" * (edit.FILE_LIMIT + 10))
    with pytest.raises(EngineError, match="over"):
        edit.add_mount(str(path), "web", "", "volume", "v", "/v")
