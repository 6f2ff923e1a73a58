"""Compose projects on the private engine: grouping by labels (set by hand and by a real
``docker-compose up``) and every project action."""

from __future__ import annotations

import pytest
import yaml
from compose_tools import compose, remove_project

from volgui.engine.client import Engine
from volgui.engine.compose.projects import projects_of
from volgui.engine.connection import resolve
from volgui.engine.volumes import backups as bk
from volgui.operations import compose as ops

pytestmark = pytest.mark.integration
PROJECT = "vgtest-cp"
SERVE = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]  # ends at once on stop


@pytest.fixture
def engine(engine_host, docker_api):
    eng = Engine.connect_first(resolve(host=engine_host))
    yield eng
    eng.close()
    remove_project(docker_api, PROJECT)
    remove_project(docker_api, "vgtest-lbl")


@pytest.fixture
def project_dir(tmp_path, test_image):
    """A compose project in a folder: two services, a named volume, the project's default network."""
    folder = tmp_path / "shop"
    folder.mkdir()
    document = {
        "services": {
            "web": {"image": test_image, "command": SERVE, "volumes": ["data:/srv"],
                    "environment": {"API_TOKEN": "t0k$$en", "MODE": "prod"}, "restart": "unless-stopped"},
            "db": {"image": test_image, "command": SERVE, "volumes": ["data:/var/lib/db"],
                   "labels": {"tier": "db"}},
        },
        "volumes": {"data": {}},
    }
    (folder / "compose.yaml").write_text(yaml.safe_dump(document))
    return folder


def _project(engine, name):
    snapshot = engine.snapshot()
    return next((p for p in projects_of(snapshot.containers, snapshot.volumes) if p.name == name), None)


def test_grouping_by_labels_set_by_hand(engine, docker_api, test_image, prefix):
    labels = {"com.docker.compose.project": "vgtest-lbl",
              "com.docker.compose.project.working_dir": "/srv/app",
              "com.docker.compose.project.config_files": "/srv/app/compose.yaml,/srv/app/override.yaml"}
    docker_api.create_volume(f"{prefix}lbl-data", labels={"com.docker.compose.project": "vgtest-lbl"})
    for service in ("api", "worker"):
        docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}lbl-{service}",
                                    labels={**labels, "com.docker.compose.service": service})
    docker_api.create_container(test_image, ["sleep", "300"], name=f"{prefix}loose")
    snapshot = engine.snapshot()
    projects = {p.name: p for p in projects_of(snapshot.containers, snapshot.volumes)}
    mine = projects["vgtest-lbl"]
    assert mine.services == ("api", "worker") and mine.working_dir == "/srv/app"
    assert mine.config_files == ("/srv/app/compose.yaml", "/srv/app/override.yaml")
    assert mine.volumes == (f"{prefix}lbl-data",) and len(mine.containers) == 2 and mine.running == 0
    assert f"{prefix}loose" in {c.name for c in projects[""].containers}
    assert list(projects)[-1] == ""  # the ungrouped come last


def test_grouping_and_actions_on_a_real_compose_project(engine, docker_api, engine_host, project_dir,
                                                        tmp_path):
    compose(engine_host, project_dir, PROJECT, "up", "-d")
    project = _project(engine, PROJECT)
    assert project is not None and project.services == ("db", "web")
    assert project.working_dir == str(project_dir)
    assert project.config_files and project.config_files[0].endswith("compose.yaml")
    assert project.volumes == (f"{PROJECT}_data",) and project.running == 2

    stopped = ops.stop_project(engine, PROJECT)
    assert stopped.command == f"docker compose -p {PROJECT} stop" and len(stopped.done) == 2
    assert _project(engine, PROJECT).running == 0
    started = ops.start_project(engine, PROJECT)
    assert len(started.done) == 2 and _project(engine, PROJECT).running == 2
    first = {c.name: docker_api.inspect_container(c.id)["State"]["StartedAt"] for c in project.containers}
    ops.restart_project(engine, PROJECT)
    again = {c.name: docker_api.inspect_container(c.id)["State"]["StartedAt"] for c in project.containers}
    assert all(again[name] != first[name] for name in first)

    # back up every volume, stopping the project meanwhile; it runs again afterwards
    folder = tmp_path / "backups"
    made = ops.backup_project(engine, PROJECT, project.all_volumes, str(folder), stop_first=True)
    assert [m.volume for m in made.made] == [f"{PROJECT}_data"] and not made.restart_problems
    assert made.command.startswith(f"docker compose -p {PROJECT} stop && docker run")
    assert bk.list_backups(folder)[0].volume == f"{PROJECT}_data"
    assert _project(engine, PROJECT).running == 2

    # down keeps the volumes (the docker compose default) and removes the network
    preview = ops.down_preview(engine, PROJECT)
    assert {c.name for c in preview.containers} == {c.name for c in project.containers}
    assert preview.volumes == (f"{PROJECT}_data",) and preview.networks == (f"{PROJECT}_default",)
    down = ops.down_project(engine, PROJECT)
    assert down.command == f"docker compose -p {PROJECT} down"
    assert _project(engine, PROJECT) is None or not _project(engine, PROJECT).containers
    assert docker_api.networks(names=[f"{PROJECT}_default"]) == []
    assert docker_api.inspect_volume(f"{PROJECT}_data")["Name"] == f"{PROJECT}_data"

    # down with volumes backs them up first, then removes them
    compose(engine_host, project_dir, PROJECT, "up", "-d")
    gone = tmp_path / "before-down"
    result = ops.down_project(engine, PROJECT, with_volumes=True, backup_folder=str(gone))
    assert result.command.endswith("down --volumes")
    assert f"{PROJECT}_data" not in {v["Name"] for v in docker_api.volumes()["Volumes"] or []}
    assert [b.volume for b in bk.list_backups(gone)] == [f"{PROJECT}_data"]


def test_a_compose_project_saved_and_brought_up_again_is_the_same(engine, docker_api, engine_host,
                                                                  project_dir, tmp_path):
    compose(engine_host, project_dir, PROJECT, "up", "-d")
    project = _project(engine, PROJECT)
    before = {c.name: docker_api.inspect_container(c.id) for c in project.containers}
    made = ops.compose_for(engine, [c.id for c in project.containers], PROJECT)
    # the project's own volume stays its own (not external); the token went to .env
    assert made.data["volumes"] == {"data": {"name": f"{PROJECT}_data"}}
    assert made.data["services"]["web"]["environment"]["API_TOKEN"] == "${API_TOKEN}"
    saved = tmp_path / "saved"
    saved.mkdir()
    ops.save_compose(engine, str(saved / "compose.yaml"), made.yaml_text(), made.env_text())
    ops.down_project(engine, PROJECT)
    compose(engine_host, saved, PROJECT, "up", "-d")
    after = {c.name: docker_api.inspect_container(c.id) for c in _project(engine, PROJECT).containers}
    assert set(after) == set(before)
    for name, info in before.items():
        new = after[name]
        for section, keys in (("Config", ("Image", "Cmd", "Entrypoint", "WorkingDir", "User")),
                              ("HostConfig", ("RestartPolicy", "NetworkMode"))):
            assert {k: new[section][k] for k in keys} == {k: info[section][k] for k in keys}, name
        assert sorted(new["Config"]["Env"]) == sorted(info["Config"]["Env"])
        assert [(m["Name"], m["Destination"]) for m in new["Mounts"]] == \
            [(m["Name"], m["Destination"]) for m in info["Mounts"]]
        plain = {k: v for k, v in info["Config"]["Labels"].items() if not k.startswith("com.docker.compose.")}
        assert {k: v for k, v in new["Config"]["Labels"].items() if k in plain} == plain
