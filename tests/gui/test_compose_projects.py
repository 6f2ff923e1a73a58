"""The Project column, the Projects tab and its actions, and Save as compose.yaml, by real clicks."""

from __future__ import annotations

import pytest
import yaml
from compose_tools import remove_project
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from volgui.engine.volumes import backups as bk
from volgui.models.base import KEY_ROLE
from volgui.models.objects import ContainerTableModel
from volgui.models.projects import ProjectTableModel
from volgui.ui.features.compose import save_dialog

pytestmark = pytest.mark.integration
WAIT = 20000
PROJECT = "vgtest-shop"
SERVE = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]


@pytest.fixture
def shop(docker_api, test_image, prefix, tmp_path):
    """A project made with compose's labels (two services, its volume) and one loose container."""
    base = {"com.docker.compose.project": PROJECT, "com.docker.compose.project.working_dir": str(tmp_path),
            "com.docker.compose.project.config_files": str(tmp_path / "compose.yaml")}
    volume = f"{PROJECT}_data"
    docker_api.create_volume(volume, labels={"com.docker.compose.project": PROJECT,
                                             "com.docker.compose.volume": "data"})
    ids = {}
    for service in ("web", "db"):
        ids[service] = docker_api.create_container(
            test_image, SERVE, name=f"{PROJECT}_{service}_1", environment={"DB_PASSWORD": "hunter2"},
            labels={**base, "com.docker.compose.service": service},
            host_config=docker_api.create_host_config(binds=[f"{volume}:/data"], network_mode="none"))["Id"]
        docker_api.start(ids[service])
    ids["loose"] = docker_api.create_container(test_image, SERVE, name=f"{prefix}loose")["Id"]
    yield ids
    remove_project(docker_api, PROJECT)


def click_cell(qtbot, table, index) -> None:
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, as a person does (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def projects_tab(qtbot, window):
    feature = window.context.features.compose
    tabs = window.side_tabs
    bar = tabs.tabBar()
    index = tabs.indexOf(feature.panel)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(feature.panel.isVisible, timeout=WAIT)
    return feature, feature.panel


def choose_project(qtbot, panel, name) -> None:
    qtbot.waitUntil(lambda: panel.model.project(name) is not None, timeout=WAIT)
    row = [p.name for p in panel.model.projects()].index(name)
    click_cell(qtbot, panel.table, panel.model.index(row, 0))
    qtbot.waitUntil(lambda: panel.selected_project() is not None, timeout=WAIT)
    assert panel.selected_project().name == name


def states(api, ids) -> set[str]:
    return {api.inspect_container(i)["State"]["Status"] for i in ids}


def test_project_column_groups_the_rows(qtbot, window, shop, qtmodeltester):
    model = window.container_model
    qtbot.waitUntil(lambda: all(model.row_of(i) >= 0 for i in shop.values()), timeout=WAIT)
    view = window.containers_view
    header = view.tree.header()
    if header.isSectionHidden(ContainerTableModel.PROJECT):
        header.setSectionHidden(ContainerTableModel.PROJECT, False)
    header.resizeSection(ContainerTableModel.PROJECT, 120)
    view.tree.scrollTo(view.proxy.index(0, ContainerTableModel.PROJECT))
    QApplication.processEvents()
    x = header.sectionViewportPosition(ContainerTableModel.PROJECT) + 20
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == ContainerTableModel.PROJECT, timeout=WAIT)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    keys = [view.proxy.index(r, 0).data(KEY_ROLE) for r in range(view.proxy.rowCount())]
    order = [k for k in keys if k in shop.values()]
    assert order == [shop["db"], shop["web"], shop["loose"]]  # the project, by name; the ungrouped last
    assert model.index_of(shop["web"], ContainerTableModel.PROJECT).data() == PROJECT
    assert model.index_of(shop["loose"], ContainerTableModel.PROJECT).data() == "ungrouped"
    assert "Service: web" in model.index_of(shop["web"], ContainerTableModel.PROJECT).data(
        Qt.ItemDataRole.ToolTipRole)
    volumes = window.volume_model
    qtbot.waitUntil(lambda: volumes.row_of(f"{PROJECT}_data") >= 0, timeout=WAIT)
    assert volumes.index_of(f"{PROJECT}_data", volumes.PROJECT).data() == PROJECT
    _feature, panel = projects_tab(qtbot, window)
    qtmodeltester.check(panel.model)


def test_projects_tab_filters_and_acts(qtbot, window, docker_api, shop, tmp_path):
    feature, panel = projects_tab(qtbot, window)
    # the tab shows a project as soon as one of its objects is listed: wait for both services
    qtbot.waitUntil(lambda: panel.model.project(PROJECT) is not None
                    and panel.model.project(PROJECT).services == ("db", "web"), timeout=WAIT)
    choose_project(qtbot, panel, PROJECT)
    project = panel.selected_project()
    assert project.services == ("db", "web") and project.working_dir == str(tmp_path)
    row = panel.model.projects().index(project)
    assert panel.model.index(row, ProjectTableModel.CONTAINERS).data() == "2 of 2 running"
    assert panel.model.projects()[-1].name == ""  # "ungrouped" last

    qtbot.mouseClick(panel.buttons["show"], Qt.MouseButton.LeftButton)
    view = window.containers_view
    assert view.filter_edit.text() == f"project:{PROJECT}"
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2, timeout=WAIT)
    assert window.volumes_view.filter_edit.text() == f"project:{PROJECT}"

    ids = [shop["web"], shop["db"]]
    qtbot.mouseClick(panel.buttons["stop"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(docker_api, ids) == {"exited"}, timeout=WAIT)
    assert feature.last_request.command == f"docker compose -p {PROJECT} stop"
    qtbot.waitUntil(lambda: panel.buttons["start"].isEnabled(), timeout=WAIT)
    qtbot.mouseClick(panel.buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(docker_api, ids) == {"running"}, timeout=WAIT)
    assert states(docker_api, [shop["loose"]]) == {"created"}  # not of the project: untouched

    # back up every volume, the project stopped meanwhile and started again
    qtbot.waitUntil(lambda: panel.buttons["backup"].isEnabled(), timeout=WAIT)
    qtbot.mouseClick(panel.buttons["backup"], Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    folder = tmp_path / "backups"
    dialog.folder.edit.setText(str(folder))
    tick(qtbot, dialog.stop_box)
    assert dialog.stop_box.isChecked() and dialog.command_box.text().startswith(
        f"docker compose -p {PROJECT} stop && ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not feature.busy() and bool(bk.list_backups(folder)), timeout=WAIT)
    assert [b.volume for b in bk.list_backups(folder)] == [f"{PROJECT}_data"]
    assert states(docker_api, ids) == {"running"}

    # remove with volumes: listed, backed up first
    qtbot.mouseClick(panel.buttons["down"], Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.command_box.text() == f"docker compose -p {PROJECT} down"
    assert not dialog.volume_list.isVisible()
    tick(qtbot, dialog.volumes_box)
    assert dialog.volume_list.isVisible() and f"{PROJECT}_data" in dialog.volume_list.text()
    assert dialog.backup_box.isChecked() and dialog.ok_button.text() == "Remove with volumes"
    assert dialog.command_box.text().endswith("down --volumes")
    last = tmp_path / "last"
    dialog.folder.edit.setText(str(last))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not feature.busy() and docker_api.containers(
        all=True, filters={"label": f"com.docker.compose.project={PROJECT}"}) == [], timeout=WAIT)
    assert f"{PROJECT}_data" not in {v["Name"] for v in docker_api.volumes()["Volumes"] or []}
    assert [b.volume for b in bk.list_backups(last)] == [f"{PROJECT}_data"]


def test_save_as_compose_yaml_from_the_containers_view(qtbot, window, shop, tmp_path, monkeypatch):
    feature = window.context.features.compose
    view = window.containers_view
    qtbot.waitUntil(lambda: window.container_model.row_of(shop["web"]) >= 0, timeout=WAIT)
    click_cell(qtbot, view.tree, view.proxy.mapFromSource(window.container_model.index_of(shop["web"])))
    qtbot.waitUntil(lambda: [c.id for c in window.selection.selected_containers()] == [shop["web"]],
                    timeout=WAIT)
    assert feature.save_action in view.context_actions
    feature.save_action.trigger()
    dialog = feature.dialog
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    text = dialog.yaml_view.toPlainText()
    assert "${DB_PASSWORD}" in text and "hunter2" not in text
    assert "hunter2" not in dialog.env_view.toPlainText()  # masked until revealed
    tick(qtbot, dialog.reveal_box)
    assert "DB_PASSWORD='hunter2'" in dialog.env_view.toPlainText()
    tick(qtbot, dialog.secrets_box)  # the preview is made again
    qtbot.waitUntil(lambda: "hunter2" in dialog.yaml_view.toPlainText(), timeout=WAIT)
    tick(qtbot, dialog.secrets_box)
    qtbot.waitUntil(lambda: "${DB_PASSWORD}" in dialog.yaml_view.toPlainText(), timeout=WAIT)
    path = tmp_path / "out" / "compose.yaml"
    path.parent.mkdir()
    dialog.path_edit.setText(str(path))
    assert dialog.command_box.text() == f"docker compose -f {path} up -d"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(path.exists, timeout=WAIT)
    qtbot.waitUntil((path.parent / ".env").exists, timeout=WAIT)
    data = yaml.safe_load(path.read_text())
    assert data["services"]["web"]["container_name"] == f"{PROJECT}_web_1"
    assert data["volumes"] == {"data": {"name": f"{PROJECT}_data"}}
    assert feature.saved_file(PROJECT) == str(path)

    # saving over the files asks first (No is the default answer)
    asked = []
    monkeypatch.setattr(save_dialog, "ask_yes_no", lambda _parent, _title, text: asked.append(text) or False)
    path.write_text("# mine\n")
    feature.save_action.trigger()
    dialog = feature.dialog
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == [f"compose.yaml and .env already in {path.parent}. Replace?"] and dialog.isVisible()
    assert path.read_text() == "# mine\n"
    dialog.done(0)


def test_mount_on_a_compose_container_is_added_to_its_saved_file(qtbot, window, docker_api, shop, tmp_path,
                                                                  engine_host, prefix):
    from compose_tools import compose

    from tests.gui.test_mounting import drag_and_drop, row_point, volume_mime
    from volgui.engine.client import Engine
    from volgui.engine.connection import resolve
    from volgui.operations import compose as ops

    folder = tmp_path / "saved"
    folder.mkdir()
    engine = Engine.connect_first(resolve(host=engine_host))
    made = ops.compose_for(engine, [shop["web"], shop["db"]], PROJECT)
    engine.close()
    path = folder / "compose.yaml"
    ops.save_compose(None, str(path), made.yaml_text(), made.env_text())
    feature = window.context.features.compose
    window.context.settings.setValue(f"compose/saved/{PROJECT}", str(path))  # as Save as compose.yaml does
    extra = f"{prefix}shop-extra"
    docker_api.create_volume(extra)
    qtbot.waitUntil(lambda: window.volume_model.row_of(extra) >= 0 and
                    window.container_model.row_of(shop["web"]) >= 0, timeout=WAIT)

    view = window.containers_view
    assert all(drag_and_drop(view, row_point(view, shop["web"]), volume_mime(extra)))
    dialog = window.context.features.mounting.dialog
    offer = dialog.compose_offer
    assert offer.check.isChecked() and offer.path_edit.text() == str(path)
    assert "next docker compose up" in offer.note.text()
    dialog.path_edit.setText("/srv/extra")
    dialog.path_edit.textEdited.emit("/srv/extra")
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.add.target == "/srv/extra"
                    and dialog.ok_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(feature.compose_file_edited, timeout=WAIT) as edited:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert edited.args[0].startswith("Added")
    data = yaml.safe_load(path.read_text())
    assert {"type": "volume", "source": extra, "target": "/srv/extra"} in data["services"]["web"]["volumes"]
    assert data["volumes"][extra] == {"external": True, "name": extra}
    assert feature is not None

    # the project brought up from the file again (hand-labelled containers are not compose's own:
    # they go first) keeps the mount
    for name in ("web", "db"):
        docker_api.remove_container(f"{PROJECT}_{name}_1", force=True)
    compose(engine_host, folder, PROJECT, "up", "-d")
    info = docker_api.inspect_container(f"{PROJECT}_web_1")
    mounts = {m["Destination"]: m.get("Name") for m in info["Mounts"]}
    assert mounts["/srv/extra"] == extra and mounts["/data"] == f"{PROJECT}_data"
