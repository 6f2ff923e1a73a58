"""The Swarm tab on a one-node swarm: services, tasks, nodes, the links with the volumes view,
a volume dropped onto a service (mount-add), scale and logs."""

from __future__ import annotations

import pytest
from drops import drag_and_drop, row_point, volume_mime
from swarm_engine import make_service, running_tasks, wait_for

from volgui.app import build_window
from volgui.models.swarm import ServiceTableModel
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration
WAIT = 60_000  # the orchestrator replaces tasks in its own time; a loaded machine is slower


@pytest.fixture
def window(qtbot, swarm_host, swarm_api):
    win = build_window(host=swarm_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.container_model.loaded, timeout=WAIT)
    win.context.features.swarm.show()
    yield win
    if win.context.features.swarm.dialog is not None:
        win.context.features.swarm.dialog.close()
    win.close()
    assert live_threads() == []


@pytest.fixture
def web(qtbot, window, swarm_api, test_image):
    swarm_api.create_volume("vgtest-gsw-data")
    swarm_api.create_volume("vgtest-gsw-extra")
    sid = make_service(swarm_api, test_image, "vgtest-gsw-web", volume="vgtest-gsw-data", stack="shop")
    wait_for(lambda: running_tasks(swarm_api, sid), what="the first task to run")
    swarm = window.context.features.swarm
    qtbot.waitUntil(lambda: (s := swarm.services_model.object(sid)) is not None and s.running == 1
                    and window.volume_model.row_of("vgtest-gsw-extra") >= 0, timeout=WAIT)
    return sid


def select(view, key: str) -> None:
    assert view.select_key(key)


def test_the_services_view_lists_links_and_details(qtbot, qtmodeltester, window, swarm_api, web):
    swarm = window.context.features.swarm
    model = swarm.services_model
    row = model.row_of(web)
    cell = lambda column: model.index(row, column).data()  # noqa: E731
    assert cell(ServiceTableModel.NAME) == "vgtest-gsw-web"
    assert cell(ServiceTableModel.STACK) == "shop"
    assert cell(ServiceTableModel.REPLICAS) == "replicated 1/1"
    assert cell(ServiceTableModel.IMAGE) == "volgui-test/busybox:latest"
    assert cell(ServiceTableModel.MOUNTS) == "vgtest-gsw-data → /data"
    assert "Swarm manager: 1 node, 1 service." in swarm.panel.state_label.text()
    qtmodeltester.check(model, force_py=True)  # the others: tests/unit/test_swarm_models.py

    # a service selected: its tasks with their node, its volume highlighted in the volumes view
    hostname = swarm_api.info()["Name"]
    select(swarm.services_view, web)
    qtbot.waitUntil(lambda: window.volume_model.related().get("vgtest-gsw-data") == "/data", timeout=WAIT)
    qtbot.waitUntil(lambda: swarm.tasks_model.rowCount() >= 1, timeout=WAIT)
    task_row = [swarm.tasks_model.index(r, 1).data() for r in range(swarm.tasks_model.rowCount())]
    assert "running" in task_row
    assert swarm.tasks_model.index(0, 2).data() == hostname
    assert swarm.nodes_model.rowCount() == 1
    assert swarm.nodes_model.index(0, 0).data().startswith(hostname)
    assert swarm.nodes_model.index(0, 1).data() == "manager (leader)"
    qtbot.waitUntil(lambda: swarm.instances_model.rowCount() == 1, timeout=WAIT)
    assert swarm.instances_model.index(0, 2).data() == "exists"
    assert swarm.instances_model.index(0, 1).data() == hostname
    assert "this engine's node" in swarm.panel.backup_note.text()
    assert swarm.panel.backup_button.isEnabled()

    # and the reverse: a volume selected highlights the services that mount it
    window.selection.select_volume("vgtest-gsw-data")
    qtbot.waitUntil(lambda: model.related().get(web) == "vgtest-gsw-data → /data", timeout=WAIT)


def test_drop_a_volume_on_a_service_adds_the_mount(qtbot, window, swarm_api, web):
    swarm = window.context.features.swarm
    [old] = running_tasks(swarm_api, web)
    view = swarm.services_view
    moved, dropped = drag_and_drop(view, row_point(view, web), volume_mime("vgtest-gsw-extra"))
    assert moved and dropped
    dialog = swarm.dialog
    assert dialog is not None and dialog.kind == "add"
    assert dialog.path_edit.text() == "/data2"  # /data is taken
    dialog.path_edit.setText("/data")
    assert "already the target" in dialog.path_message.text() and not dialog.ok_button.isEnabled()
    dialog.path_edit.setText("/extra")
    assert dialog.ok_button.isEnabled()
    assert dialog.command_box.text() == ("docker service update --mount-add "
                                         "type=volume,source=vgtest-gsw-extra,target=/extra vgtest-gsw-web")
    with qtbot.waitSignal(swarm.updated, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    assert blocker.args[0].name == "vgtest-gsw-web"

    new = wait_for(lambda: [t for t in running_tasks(swarm_api, web) if t["ID"] != old["ID"]],
                   what="the updated task")
    container = swarm_api.inspect_container(new[0]["Status"]["ContainerStatus"]["ContainerID"])
    assert {(m.get("Name"), m["Destination"]) for m in container["Mounts"]} == \
        {("vgtest-gsw-data", "/data"), ("vgtest-gsw-extra", "/extra")}
    old_now = swarm_api.tasks(filters={"id": old["ID"]})
    assert old_now and old_now[0]["DesiredState"] == "shutdown"  # replaced by the orchestrator
    qtbot.waitUntil(lambda: "vgtest-gsw-extra" in swarm.services_model.object(web).volume_names,
                    timeout=WAIT)

    # a volume the service already mounts is refused where it is dropped
    moved, dropped = drag_and_drop(view, row_point(view, web), volume_mime("vgtest-gsw-extra"))
    assert not moved and not dropped
    service = swarm.services_model.object(web)
    assert view.drop_refusal(service, ("volume", "vgtest-gsw-extra")) == \
        "vgtest-gsw-web already mounts vgtest-gsw-extra"


def test_scale_and_logs(qtbot, window, swarm_api, web):
    swarm = window.context.features.swarm
    select(swarm.services_view, web)
    qtbot.waitUntil(lambda: swarm.panel.buttons["scale"].isEnabled(), timeout=WAIT)
    swarm.panel.buttons["scale"].click()
    dialog = swarm.dialog
    dialog.spin.setValue(2)
    assert dialog.command_box.text() == "docker service scale vgtest-gsw-web=2"
    with qtbot.waitSignal(swarm.updated, timeout=WAIT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: swarm.services_model.object(web).running == 2, timeout=WAIT)
    row = swarm.services_model.row_of(web)
    assert swarm.services_model.index(row, ServiceTableModel.REPLICAS).data() == "replicated 2/2"

    tasks = {t["ID"] for t in running_tasks(swarm_api, web)}
    wanted = {f".{tid[:12]}@" for tid in tasks}

    def logs_name_both_tasks() -> bool:
        with qtbot.waitSignal(swarm.logs_shown, timeout=WAIT):
            swarm.panel.buttons["logs"].click()
        text = swarm.panel.logs_view.text()
        return all(w in text for w in wanted)

    wait_for(logs_name_both_tasks, what="log lines of both tasks")
    first = swarm.panel.logs_view.line_text(0, timestamps=False)
    assert first.startswith("vgtest-gsw-web.") and " | tick " in first
    assert swarm.panel.logs_command.text() == "docker service logs --timestamps --tail 1000 vgtest-gsw-web"


def test_replace_remove_and_restart_from_the_menu(qtbot, window, swarm_api, web):
    swarm = window.context.features.swarm
    select(swarm.services_view, web)
    actions = {a.text(): a for a in swarm.services_view.context_actions}

    def accept_and_wait(dialog) -> None:
        with qtbot.waitSignal(swarm.updated, timeout=WAIT):
            dialog.ok_button.click()

    actions["Replace a mount…"].trigger()
    dialog = swarm.dialog
    assert dialog.kind == "replace" and dialog.old_target == "/data"
    dialog.volume_combo.setCurrentText("vgtest-gsw-extra")
    dialog.ro_check.setChecked(True)
    assert dialog.command_box.text() == ("docker service update --mount-rm /data --mount-add "
                                         "type=volume,source=vgtest-gsw-extra,target=/data,readonly "
                                         "vgtest-gsw-web")
    accept_and_wait(dialog)
    spec = lambda: swarm_api.inspect_service(web)["Spec"]["TaskTemplate"]  # noqa: E731
    assert spec()["ContainerSpec"]["Mounts"] == [{"Type": "volume", "Source": "vgtest-gsw-extra",
                                                  "Target": "/data", "ReadOnly": True}]
    qtbot.waitUntil(lambda: swarm.services_model.object(web).volume_names == ("vgtest-gsw-extra",),
                    timeout=WAIT)

    actions["Remove a mount…"].trigger()
    dialog = swarm.dialog
    assert dialog.kind == "remove" and dialog.command_box.text() == \
        "docker service update --mount-rm /data vgtest-gsw-web"
    assert not dialog.ok_button.isDefault()  # Enter does not remove
    accept_and_wait(dialog)
    assert not spec()["ContainerSpec"].get("Mounts")

    swarm.panel.buttons["restart"].click()
    dialog = swarm.dialog
    assert dialog.command_box.text() == "docker service update --force vgtest-gsw-web"
    accept_and_wait(dialog)
    assert spec()["ForceUpdate"] == 1


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_swarm_tab_and_its_dialogs_lay_out(qtbot, window, web, size):
    """tests/layout_check.py over the Swarm tab with a service, and over each service dialog."""
    from PySide6.QtWidgets import QApplication

    from tests.layout_check import layout_problems

    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=WAIT)
    swarm = window.context.features.swarm
    select(swarm.services_view, web)
    problems = []
    for i in range(swarm.panel.detail_tabs.count()):
        swarm.panel.detail_tabs.setCurrentIndex(i)
        QApplication.processEvents()
        problems += [f"tab {i}: {p}" for p in layout_problems(window)]
    for name, open_dialog in (("scale", swarm.scale_selected), ("restart", swarm.restart_selected),
                              ("replace", swarm.replace_mount_selected),
                              ("remove", swarm.remove_mount_selected)):
        open_dialog()
        dialog = swarm.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in layout_problems(dialog)]
        dialog.reject()
    swarm.on_volume_dropped(web, "vgtest-gsw-extra")
    qtbot.waitUntil(swarm.dialog.isVisible, timeout=WAIT)
    problems += [f"add: {p}" for p in layout_problems(swarm.dialog)]
    assert problems == []


def test_screenshot(qtbot, window, swarm_api, test_image, tmp_path):
    """The Swarm tab at 1280×800 (``VOLGUI_SCREENSHOT_DIR=docs/screenshots`` keeps swarm-services.png):
    a stack of two services with their volumes and a service of its own, the web service selected."""
    import os
    from pathlib import Path

    swarm = window.context.features.swarm
    for volume in ("shop_uploads", "shop_db-data", "reports"):
        swarm_api.create_volume(volume, labels={"volgui.test": "1"})
    web = make_service(swarm_api, test_image, "shop_web", volume="shop_uploads", target="/srv/uploads",
                       stack="shop", replicas=2)
    made = [web, make_service(swarm_api, test_image, "shop_db", volume="shop_db-data",
                              target="/var/lib/db", stack="shop"),
            make_service(swarm_api, test_image, "metrics", replicas=3)]
    qtbot.waitUntil(lambda: all((s := swarm.services_model.object(sid)) is not None and s.running
                                and s.running == s.desired for sid in made), timeout=WAIT)
    window.resize(1280, 800)
    window.vertical_splitter.setSizes([330, 470])
    select(swarm.services_view, web)
    qtbot.waitUntil(lambda: swarm.tasks_model.rowCount() >= 2
                    and window.volume_model.related().get("shop_uploads") == "/srv/uploads", timeout=WAIT)
    window.statusBar().hide()  # it names the private engine's temporary socket
    qtbot.wait(100)
    out = Path(os.environ.get("VOLGUI_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    assert not image.isNull() and image.save(str(out / "swarm-services.png"))
