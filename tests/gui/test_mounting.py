"""Drag a volume (or a folder) onto a container, the mount dialog, remove/replace, the run dialog."""

from __future__ import annotations

import io
import os
import tarfile

import pytest
from drops import drag_and_drop, row_point, volume_mime
from PySide6.QtCore import QMimeData, QUrl

from volgui.app import build_window
from volgui.engine.containers.run_spec import VolumeMount
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration
WAIT = 15000


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.container_model.loaded, timeout=WAIT)
    yield win
    if win.context.features.mounting.dialog is not None:
        win.context.features.mounting.dialog.close()
    win.close()
    assert live_threads() == []


def put_file(api, container: str, folder: str, name: str, data: bytes) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    api.put_archive(container, folder, buf.getvalue())


def read_file(api, container: str, path: str) -> bytes:
    stream, _ = api.get_archive(container, path)
    with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
        return tar.extractfile(tar.getmembers()[0]).read()


@pytest.fixture
def web(qtbot, window, docker_api, test_image):
    """A running container with a file in its write layer, and a volume with data."""
    api = docker_api
    api.create_volume("vgtest-gui-data")
    cid = api.create_container(test_image, ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
                               name="vgtest-gui-web", volumes=["/anon"], labels={"volgui.test": "1"})["Id"]
    api.start(cid)
    put_file(api, cid, "/", "layer.txt", b"kept\n")
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of("vgtest-gui-data") >= 0, timeout=WAIT)
    return cid


def wait_ready(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.ok_button.isEnabled(), timeout=WAIT)


def test_drop_a_volume_on_a_container_and_mount_it(qtbot, window, docker_api, web):
    view = window.containers_view
    moved, dropped = drag_and_drop(view, row_point(view, web), volume_mime("vgtest-gui-data"))
    assert moved and dropped
    dialog = window.context.features.mounting.dialog
    assert dialog is not None and dialog.kind == "add"
    wait_ready(qtbot, dialog)
    assert dialog.path_edit.text() == "/data"  # suggested
    assert dialog.volume_combo.currentText() == "vgtest-gui-data"
    assert "restarted" in dialog.recreate_note.text()
    listed = [dialog.layer_list.item(i).text().split()[-1] for i in range(dialog.layer_list.count())]
    assert "/layer.txt" in listed
    assert dialog.layer_radios["copy"].isChecked()
    assert "docker rename vgtest-gui-web" in dialog.command_box.text()
    assert "pinned by name" in dialog.kept_label.text()

    # live path validation
    for text, words in (("data", "absolute"), ("/", "root"), ("/anon", "anonymous volume"), ("/a:b", "“:”")):
        dialog.path_edit.setText(text)
        dialog.path_edit.textEdited.emit(text)
        assert words in dialog.path_message.text()
        assert not dialog.ok_button.isEnabled()
    dialog.path_edit.setText("/srv/data")
    dialog.path_edit.textEdited.emit("/srv/data")
    assert dialog.path_problem is None
    dialog.ro_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.add.target == "/srv/data"
                    and dialog.plan.add.read_only and dialog.ok_button.isEnabled(), timeout=WAIT)
    assert "target=/srv/data,readonly" in dialog.command_box.text()

    with qtbot.waitSignal(dialog.recreated, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    result = blocker.args[0]
    info = docker_api.inspect_container("vgtest-gui-web")
    assert info["Id"] == result.container_id and info["State"]["Running"]
    mounts = {m["Destination"]: m for m in info["Mounts"]}
    assert mounts["/srv/data"]["Name"] == "vgtest-gui-data" and not mounts["/srv/data"]["RW"]
    assert read_file(docker_api, "vgtest-gui-web", "/layer.txt") == b"kept\n"
    qtbot.waitUntil(lambda: [c.id for c in window.selection.selected_containers()] == [result.container_id],
                    timeout=WAIT)


def test_an_impossible_drop_says_why_and_opens_nothing(qtbot, window, docker_api, web, test_image):
    api = docker_api
    cid = api.create_container(test_image, "true", name="vgtest-gui-has",
                               host_config=api.create_host_config(binds=["vgtest-gui-data:/d"]))["Id"]
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0, timeout=WAIT)
    view = window.containers_view
    with qtbot.waitSignal(view.status_message) as blocker:
        moved, dropped = drag_and_drop(view, row_point(view, cid), volume_mime("vgtest-gui-data"))
    assert not moved and not dropped
    assert blocker.args[0] == "vgtest-gui-data is already mounted in vgtest-gui-has at /d"
    assert window.context.features.mounting.dialog is None


def test_drop_a_folder_offers_a_bind_mount(qtbot, window, docker_api, web, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    view = window.containers_view
    assert drag_and_drop(view, row_point(view, web), mime) == (True, True)
    dialog = window.context.features.mounting.dialog
    assert dialog.mount_type == "bind"
    wait_ready(qtbot, dialog)
    assert f"type=bind,source={folder},target=/data" in dialog.command_box.text()
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT):
        dialog.ok_button.click()
    mounts = {m["Destination"]: m for m in docker_api.inspect_container("vgtest-gui-web")["Mounts"]}
    assert mounts["/data"]["Type"] == "bind" and mounts["/data"]["Source"] == str(folder)


def test_remove_and_replace_from_the_context_menu(qtbot, window, docker_api, web):
    api = docker_api
    api.create_volume("vgtest-gui-other")
    ctl = window.context.features.mounting
    qtbot.waitUntil(lambda: window.volume_model.row_of("vgtest-gui-other") >= 0, timeout=WAIT)
    assert window.selection.select_container(web)
    qtbot.waitUntil(lambda: ctl.remove_action.isEnabled(), timeout=WAIT)
    ctl.replace_menu.aboutToShow.emit()
    entries = {a.text().split()[0]: a for a in ctl.replace_menu.actions()}
    entries["/anon"].trigger()
    dialog = ctl.dialog
    assert dialog.kind == "replace"
    wait_ready(qtbot, dialog)
    dialog.volume_combo.setCurrentText("vgtest-gui-other")
    qtbot.waitUntil(lambda: dialog.plan.add.source == "vgtest-gui-other" and dialog.ok_button.isEnabled(),
                    timeout=WAIT)
    assert "stays on disk" in dialog.warnings.text()
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    new_id = blocker.args[0].container_id
    mounts = {m["Destination"]: m["Name"] for m in api.inspect_container(new_id)["Mounts"]}
    assert mounts == {"/anon": "vgtest-gui-other"}

    qtbot.waitUntil(lambda: window.container_model.row_of(new_id) >= 0, timeout=WAIT)
    assert window.selection.select_container(new_id)
    qtbot.waitUntil(lambda: ctl.remove_action.isEnabled(), timeout=WAIT)
    ctl.remove_menu.aboutToShow.emit()
    ctl.remove_menu.actions()[0].trigger()
    dialog = ctl.dialog
    assert dialog.kind == "remove" and dialog.path_edit.text() == "/anon"
    wait_ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    assert api.inspect_container(blocker.args[0].container_id)["Mounts"] == []


def test_run_dialog_builds_the_command_live_and_runs_a_container(qtbot, window, docker_api, test_image,
                                                                 tmp_path):
    api = docker_api
    api.create_volume("vgtest-gui-run")
    qtbot.waitUntil(lambda: window.volume_model.row_of("vgtest-gui-run") >= 0, timeout=WAIT)
    dialog = window.context.features.mounting.open_run(test_image, [VolumeMount("vgtest-gui-run", "/data")])
    assert dialog.command_box.text() == f"docker run --detach --volume vgtest-gui-run:/data {test_image}"
    dialog.name.setText("vgtest-gui-run")
    dialog.command.setText("sleep 300")
    dialog.env.setPlainText("GREETING=hi")
    row = dialog.add_row(str(tmp_path), "/host", read_only=True)
    dialog.restart.setCurrentText("unless-stopped")
    assert dialog.command_box.text() == (
        f"docker run --detach --name vgtest-gui-run --env GREETING=hi --volume vgtest-gui-run:/data "
        f"--volume {tmp_path}:/host:ro --restart unless-stopped {test_image} sleep 300")
    dialog.ports.setText("80:80:80")
    assert "not an IP address" in dialog.problems.text() and not dialog.ok_button.isEnabled()
    dialog.ports.setText("127.0.0.1::80")
    row.target.setText("/data")
    assert "already the target" in dialog.problems.text()
    row.target.setText("/host")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.container_started, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    info = api.inspect_container(blocker.args[0])
    assert info["Name"] == "/vgtest-gui-run" and info["State"]["Running"]
    assert {m["Destination"]: m["RW"] for m in info["Mounts"]} == {"/data": True, "/host": False}
    assert "GREETING=hi" in info["Config"]["Env"]


def test_volume_dropped_on_an_image_opens_the_run_dialog(qtbot, window, docker_api, test_image):
    docker_api.create_volume("vgtest-gui-img")
    qtbot.waitUntil(lambda: window.volume_model.row_of("vgtest-gui-img") >= 0
                    and window.image_model.rowCount() > 0, timeout=WAIT)
    image = next(i for i in window.image_model.objects() if test_image in i.tags)
    view = window.images_view
    assert drag_and_drop(view, row_point(view, image.id), volume_mime("vgtest-gui-img")) == (True, True)
    dialog = window.context.features.mounting.dialog
    assert dialog.objectName() == "runDialog"
    assert dialog.image.currentText() == test_image
    assert [r.value() for r in dialog.rows] == [VolumeMount("vgtest-gui-img", "/data")]


def test_screenshots_of_the_dialogs(qtbot, window, web, docker_api, test_image):
    """Offscreen grabs, saved when VOLGUI_SCREENSHOTS names a folder (to look at the layout)."""
    mounting = window.context.features.mounting
    dialog = mounting.open_mount(window.container_model.object(web), "add", "vgtest-gui-data")
    wait_ready(qtbot, dialog)
    for name, widget in [("mount-dialog", dialog)]:
        widget.resize(720, 760)
        qtbot.wait(50)  # let the layouts settle
        pixmap = widget.grab()
        assert not pixmap.isNull() and pixmap.width() >= 600
        folder = os.environ.get("VOLGUI_SCREENSHOTS")
        if folder:
            pixmap.save(os.path.join(folder, f"{name}.png"))
    dialog.close()
    run = mounting.open_run(test_image, [VolumeMount("vgtest-gui-data", "/data", True)])
    run.name.setText("web")
    run.env.setPlainText("MODE=production")
    run.ports.setText("127.0.0.1:8080:80")
    run.adjustSize()
    qtbot.wait(50)
    pixmap = run.grab()
    assert not pixmap.isNull()
    if os.environ.get("VOLGUI_SCREENSHOTS"):
        pixmap.save(os.path.join(os.environ["VOLGUI_SCREENSHOTS"], "run-dialog.png"))


def test_cancel_during_the_re_create_puts_everything_back(qtbot, window, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-gui-slow")
    # sleep as PID 1 ignores SIGTERM: the stop step waits for the 3 s stop timeout
    cid = api.create_container(test_image, ["sleep", "3600"], name="vgtest-gui-slow", stop_timeout=3)["Id"]
    api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of("vgtest-gui-slow") >= 0, timeout=WAIT)
    container = window.container_model.object(cid)
    dialog = window.context.features.mounting.open_mount(container, "add", "vgtest-gui-slow")
    wait_ready(qtbot, dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Stopping" in dialog.status.text(), timeout=WAIT)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT):
        dialog.reject()
        assert dialog.isVisible() and "putting everything back" in dialog.status.text()
    info = api.inspect_container("vgtest-gui-slow")
    assert info["Id"] == cid and info["State"]["Running"] and info["Mounts"] == []
    assert [c["Names"] for c in api.containers(all=True, filters={"name": "vgtest-gui-slow"})] == \
        [["/vgtest-gui-slow"]]


def test_drop_refusals_from_the_list_data():
    from datetime import UTC, datetime

    from volgui.engine.dto.objects import Container, Mount
    from volgui.ui.features.mounting.feature import drop_refusal, is_local_engine

    def container(state="running", labels=(), mounts=()):
        return Container("c" * 64, "web", "img", "sha256:x", "sh", datetime.now(UTC), state, "Up",
                         labels=labels, mounts=mounts)

    assert drop_refusal(container(), "data") is None
    assert drop_refusal(container(mounts=(Mount("volume", "/d", name="data"),)), "data") == \
        "data is already mounted in web at /d"
    assert "resume it first" in drop_refusal(container("paused"), "data")
    assert "swarm" in drop_refusal(container(labels=(("com.docker.swarm.task.id", "x"),)), "data")
    assert is_local_engine("unix:///run/docker.sock") and not is_local_engine("ssh://me@server")


def test_interactive_run_opens_a_terminal_on_the_container(qtbot, window, docker_api, test_image):
    dialog = window.context.features.mounting.open_run(test_image)
    dialog.name.setText("vgtest-gui-it")
    dialog.interactive.setChecked(True)
    assert dialog.command_box.text() == f"docker run --interactive --tty --name vgtest-gui-it {test_image}"
    with qtbot.waitSignal(dialog.container_started, timeout=WAIT) as blocker:
        dialog.ok_button.click()
    info = docker_api.inspect_container(blocker.args[0])
    assert info["Config"]["Tty"] and info["Config"]["OpenStdin"] and info["State"]["Running"]
    feature = window.context.features.terminal_feature
    assert [tab.container_id for tab in feature.tabs] == [blocker.args[0]]
    feature.close_all()


def test_quitting_during_a_re_create_lets_it_finish(qtbot, window, docker_api, test_image):
    api = docker_api
    api.create_volume("vgtest-gui-quit")
    cid = api.create_container(test_image, ["sleep", "3600"], name="vgtest-gui-quit", stop_timeout=2)["Id"]
    api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of("vgtest-gui-quit") >= 0, timeout=WAIT)
    container = window.container_model.object(cid)
    dialog = window.context.features.mounting.open_mount(container, "add", "vgtest-gui-quit")
    wait_ready(qtbot, dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Stopping" in dialog.status.text(), timeout=WAIT)
    window.close()  # returns once the re-create is done
    info = api.inspect_container("vgtest-gui-quit")
    assert info["Id"] != cid and info["State"]["Running"]
    assert [m["Name"] for m in info["Mounts"]] == ["vgtest-gui-quit"]
    assert not api.containers(all=True, filters={"name": "volgui-old"})


def test_an_interrupted_re_create_is_offered_back_on_connect(qtbot, engine_host, docker_api, test_image):
    cid = docker_api.create_container(test_image, ["true"], name="vgtest-gui-lo-volgui-old-0a1b2c")["Id"]
    win = build_window(host=engine_host)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.context.features.mounting.leftovers_box is not None, timeout=WAIT)
        box = win.context.features.mounting.leftovers_box
        expected = "vgtest-gui-lo-volgui-old-0a1b2c (stopped) is the original vgtest-gui-lo"
        assert expected in box.informativeText()
        box.findChild(type(box.buttons()[0]), "restoreNamesButton").click()
        qtbot.waitUntil(lambda: docker_api.inspect_container(cid)["Name"] == "/vgtest-gui-lo", timeout=WAIT)
    finally:
        win.close()
    assert live_threads() == []


def test_re_create_backs_up_the_volumes_first(qtbot, window, docker_api, web, tmp_path):
    panel = window.context.features.backups_panel
    panel.set_folder(str(tmp_path / "backups"))
    container = window.container_model.object(web)
    anon = next(m.name for m in container.mounts if m.destination == "/anon")
    dialog = window.context.features.mounting.open_mount(container, "add", "vgtest-gui-data")
    wait_ready(qtbot, dialog)
    assert dialog.backup_check is not None and dialog.backup_check.isChecked()  # never backed up
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT):
        dialog.ok_button.click()
    panel.refresh()
    qtbot.waitUntil(lambda: any(b.volume == anon for b in panel.model.items), timeout=WAIT)
    info = docker_api.inspect_container("vgtest-gui-web")
    assert "/data" in {m["Destination"] for m in info["Mounts"]}


def test_remove_a_mount_from_the_inspect_panel(qtbot, window, docker_api, web):
    window.selection.select_container(web)
    panel = window.context.features.inspect_panel
    view = panel.views["container"]
    qtbot.waitUntil(lambda: view.summary is not None and view.summary.id == web
                    and any(m.destination == "/anon" for m in view.summary.mounts), timeout=WAIT)
    row = next(m for m in view.summary.mounts if m.destination == "/anon")
    menu = view.mount_menu(row)
    remove = next(a for a in menu.actions() if a.text().startswith("Remove this mount"))
    remove.trigger()
    dialog = window.context.features.mounting.dialog
    assert dialog is not None and dialog.kind == "remove" and dialog.path_edit.text() == "/anon"
    wait_ready(qtbot, dialog)
    if dialog.backup_check is not None:
        dialog.backup_check.setChecked(False)
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT):
        dialog.ok_button.click()
    info = docker_api.inspect_container("vgtest-gui-web")
    assert "/anon" not in {m["Destination"] for m in info["Mounts"]}
