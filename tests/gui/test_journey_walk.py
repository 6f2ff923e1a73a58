"""The seed tutorial's whole walk, as a beginner makes it, with real clicks, keys and drops.

At the default window size on the private engine: make two volumes with Ctrl+N, run a container
with both from the run dialog, follow the linked views and the inspector, use a terminal, drop a
volume on a second container, read its logs, back up and restore, stop and remove it. Each step
asserts on what a person sees.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from volgui.models.objects import VOLUME_MIME
from volgui.ui.dialogs.create_volume import CreateVolumeDialog
from volgui.ui.features.volume_data.transfer_dialogs import ExportDialog, ImportDialog

pytestmark = pytest.mark.integration
WAIT = 30000
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
NAMES = ("my_wall", "nginx_log")  # the tutorial's own names


@pytest.fixture
def tutorial_names(docker_api):
    """The walk uses the tutorial's exact volume names: removed afterwards, whatever happened."""
    yield NAMES
    for c in docker_api.containers(all=True):
        if any(m.get("Name") in NAMES for m in c.get("Mounts") or []):
            docker_api.remove_container(c["Id"], force=True)
    for name in NAMES:
        if name in volume_names(docker_api):
            docker_api.remove_volume(name, force=True)


@pytest.fixture
def second(docker_api, test_image, prefix):
    """A second running container to drop a volume on."""
    c = docker_api.create_container(test_image, ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
                                    name=f"{prefix}second", labels={"volgui.test": "1"},
                                    host_config=docker_api.create_host_config(network_mode="none"))
    docker_api.start(c)
    return c["Id"]


def volume_names(api) -> set[str]:
    return {v["Name"] for v in api.volumes()["Volumes"] or []}


def row_center(qtbot, view, key) -> QPoint:
    index = lambda: view.proxy.mapFromSource(view.model.index_of(key))  # noqa: E731
    qtbot.waitUntil(lambda: index().isValid(), timeout=WAIT)
    view.tree.scrollTo(index())
    return view.tree.visualRect(index()).center()


def click_row(qtbot, view, key) -> None:
    QTest.mouseClick(view.tree.viewport(), LEFT, NONE, row_center(qtbot, view, key))


def click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, LEFT)


def toolbar_click(window, action) -> None:
    button = window.context.toolbar.widgetForAction(action)
    assert button is not None and action.isEnabled(), action.text()
    click(button)


def shows(qtbot, panel, kind, key) -> None:
    qtbot.waitUntil(lambda: panel.kind == kind and panel.key == key and panel.state == "shown",
                    timeout=WAIT)


def answer_yes_when_asked(asked: list) -> QTimer:
    """Clicks Yes on the modal question a dialog asks (a person reads it, then agrees)."""
    timer = QTimer()

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def activate(qtbot, window) -> None:
    """The window's shortcuts need it active (a dialog just closed had the focus)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def create_volume(qtbot, window, docker_api, name: str) -> None:
    ctl = window.context.features.actions_controller
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, CreateVolumeDialog) and ctl.dialog.isVisible(),
                    timeout=5000)
    dialog = ctl.dialog
    QTest.keyClicks(dialog.focusWidget(), name)  # typed where the dialog puts the focus
    assert dialog.name_edit.text() == name
    assert f"docker volume create {name}" in dialog.command_box.text()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: window.volume_model.row_of(name) >= 0, timeout=WAIT)


def run_web(qtbot, window, test_image, name: str) -> str:
    mounting = window.context.features.mounting
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    qtbot.waitUntil(lambda: mounting.dialog is not None and mounting.dialog.isVisible(), timeout=5000)
    dialog = mounting.dialog
    image_edit = dialog.image.lineEdit()
    image_edit.selectAll()
    QTest.keyClicks(dialog.focusWidget(), test_image)
    assert dialog.image.currentText() == test_image
    QTest.mouseClick(dialog.name, LEFT)
    QTest.keyClicks(dialog.name, name)
    QTest.mouseClick(dialog.command, LEFT)
    QTest.keyClicks(dialog.command, "sh -c \"echo web-is-up; trap 'exit 0' TERM; sleep 3600 & wait\"")
    for volume, target in (("my_wall", "/data"), ("nginx_log", "/var/log/nginx")):
        click(dialog.add_volume)
        row = dialog.rows[-1]
        QTest.keyClicks(row.source.lineEdit(), volume)  # the new row's name has the focus
        QTest.mouseClick(row.target, LEFT)
        row.target.selectAll()
        QTest.keyClicks(row.target, target)
    command = dialog.command_box.text()
    assert "--volume my_wall:/data" in command and "--volume nginx_log:/var/log/nginx" in command
    assert f"--name {name}" in command
    with qtbot.waitSignal(dialog.container_started, timeout=WAIT) as started:
        click(dialog.ok_button)
    cid = started.args[0]
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0, timeout=WAIT)
    return cid


def drop_volume(view, point: QPoint, name: str) -> tuple[bool, bool]:
    """The events a real drag of a volume row delivers to the row it is dropped on."""
    mime = QMimeData()
    mime.setData(VOLUME_MIME, name.encode())
    mime.setText(name)
    viewport = view.tree.viewport()
    action = Qt.DropAction.CopyAction
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, mime, LEFT, NONE))
    move = QDragMoveEvent(point, action, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), action, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted(), drop.isAccepted()


def terminal_run(qtbot, tab, line: str) -> None:
    tab.view.setFocus()
    QTest.keyClicks(tab.view, line)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)


def screen_has(tab, text: str) -> bool:
    return any(row.rstrip() == text for row in tab.view.visible_text())


def test_the_tutorial_walk(qtbot, window, docker_api, test_image, prefix, tutorial_names, second, tmp_path):
    assert (window.width(), window.height()) == (1280, 800)
    ctx = window.context
    cview, vview = ctx.containers_view, ctx.volumes_view
    panel = ctx.features.inspect_panel

    # 1. two volumes, made with Ctrl+N and typed names
    for name in NAMES:
        create_volume(qtbot, window, docker_api, name)
    assert set(NAMES) <= volume_names(docker_api)

    # 2. a web-like container with both, from the run dialog
    web = f"{prefix}web"
    cid = run_web(qtbot, window, test_image, web)
    mounts = {m["Name"]: m["Destination"] for m in docker_api.inspect_container(cid)["Mounts"]}
    assert mounts == {"my_wall": "/data", "nginx_log": "/var/log/nginx"}

    # 3. select it: the volumes view links its volumes, with where they are mounted
    click_row(qtbot, cview, cid)
    qtbot.waitUntil(lambda: vview.model.related() == {"my_wall": "/data", "nginx_log": "/var/log/nginx"},
                    timeout=WAIT)

    # 4. the inspector follows clicks: the volume, then the container again
    shows(qtbot, panel, "container", cid)
    click_row(qtbot, vview, "my_wall")
    shows(qtbot, panel, "volume", "my_wall")
    click_row(qtbot, cview, cid)
    shows(qtbot, panel, "container", cid)

    # 5. a terminal: write into the volume and read it back
    terminal = ctx.features.terminal_feature
    toolbar_click(window, terminal.open_action)
    qtbot.waitUntil(lambda: bool(terminal.tabs) and terminal.tabs[-1].state == "running", timeout=WAIT)
    tab = terminal.tabs[-1]
    assert window.bottom_tabs.currentWidget() is tab
    terminal_run(qtbot, tab, "echo hi > /data/x; cat /data/x")
    qtbot.waitUntil(lambda: screen_has(tab, "hi"), timeout=WAIT)

    # 6. drag nginx_log onto the second container and confirm the mount dialog
    qtbot.waitUntil(lambda: window.container_model.row_of(second) >= 0, timeout=WAIT)
    assert drop_volume(cview, row_center(qtbot, cview, second), "nginx_log") == (True, True)
    dialog = ctx.features.mounting.dialog
    assert dialog is not None and dialog.volume_combo.currentText() == "nginx_log"
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.ok_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(dialog.recreated, timeout=WAIT) as recreated:
        click(dialog.ok_button)
    second_id = recreated.args[0].container_id
    qtbot.waitUntil(lambda: window.container_model.row_of(second_id) >= 0, timeout=WAIT)
    click_row(qtbot, cview, second_id)
    qtbot.waitUntil(lambda: "nginx_log" in vview.model.related(), timeout=WAIT)
    assert any(m.get("Name") == "nginx_log" for m in docker_api.inspect_container(second_id)["Mounts"])

    # 7. the web container's logs show the line it printed
    click_row(qtbot, cview, cid)
    logs = ctx.features.logs_feature.logs_view
    tab_bar = window.bottom_tabs.tabBar()
    QTest.mouseClick(tab_bar, LEFT, NONE, tab_bar.tabRect(window.bottom_tabs.indexOf(logs)).center())
    assert window.bottom_tabs.currentWidget() is logs
    log_lines = lambda: [logs.text_view.buffer[i].text for i in range(logs.text_view.line_count())]  # noqa: E731
    qtbot.waitUntil(lambda: "web-is-up" in log_lines(), timeout=WAIT)

    # 8. back up my_wall from the toolbar: nothing is stopped by default
    feature = ctx.features.volume_data
    started_at = docker_api.inspect_container(cid)["State"]["StartedAt"]
    click_row(qtbot, vview, "my_wall")
    toolbar_click(window, feature.backup_action)
    qtbot.waitUntil(lambda: any(isinstance(d, ExportDialog) for d in feature.dialogs), timeout=5000)
    backup = next(d for d in feature.dialogs if isinstance(d, ExportDialog))
    qtbot.waitUntil(backup.users_frame.isVisible, timeout=WAIT)
    assert not backup.stop_box.isChecked()
    QTest.mouseClick(backup.path_edit, LEFT)
    backup.path_edit.selectAll()
    QTest.keyClicks(backup.path_edit, str(tmp_path / "my_wall.tar"))
    with qtbot.waitSignal(backup.finished_job, timeout=WAIT):
        click(backup.start_button)
    assert (tmp_path / "my_wall.tar").is_file()
    state = docker_api.inspect_container(cid)["State"]
    assert state["Running"] and state["StartedAt"] == started_at
    assert tab.state == "running"  # the open terminal survived the backup
    backup.done(0)

    # 9. delete the file in the terminal, restore, and see it back
    window.bottom_tabs.setCurrentWidget(tab)
    terminal_run(qtbot, tab, "rm /data/x; ls /data | wc -l")
    qtbot.waitUntil(lambda: screen_has(tab, "0"), timeout=WAIT)
    toolbar_click(window, feature.restore_action)
    qtbot.waitUntil(lambda: any(isinstance(d, ImportDialog) for d in feature.dialogs), timeout=5000)
    restore = next(d for d in feature.dialogs if isinstance(d, ImportDialog))
    assert restore.path_edit.text() == str(tmp_path / "my_wall.tar")  # the backup just made
    assert not restore.stop_box.isChecked()
    asked: list = []
    answering = answer_yes_when_asked(asked)
    try:
        with qtbot.waitSignal(restore.finished_job, timeout=WAIT):
            click(restore.start_button)
    finally:
        answering.stop()
    assert asked, "restoring into an existing volume asks first"
    restore.done(0)
    assert tab.state == "running"  # by default nothing was stopped: the terminal is still open
    terminal_run(qtbot, tab, "clear; cat /data/x")
    qtbot.waitUntil(lambda: screen_has(tab, "hi"), timeout=WAIT)

    # 10. stop, then remove: the dialog says what is lost and that the volumes are kept
    actions = ctx.features.actions_controller
    click_row(qtbot, cview, cid)
    qtbot.waitUntil(actions.container_actions["stop"].isEnabled, timeout=WAIT)
    toolbar_click(window, actions.container_actions["stop"])
    qtbot.waitUntil(lambda: window.container_model.object(cid).state == "exited", timeout=WAIT)
    qtbot.waitUntil(lambda: not terminal.tabs or tab.state != "running", timeout=WAIT)
    click_row(qtbot, cview, cid)
    qtbot.waitUntil(actions.remove_containers_action.isEnabled, timeout=WAIT)
    toolbar_click(window, actions.remove_containers_action)
    remove = actions.dialog
    qtbot.waitUntil(lambda: remove.preview is not None, timeout=WAIT)
    intro = remove.intro.text()
    assert "is deleted with it; volumes are kept" in intro
    assert "write layer" in intro
    tree = remove.volumes_tree
    kept = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert kept == {"/data", "/var/log/nginx"}
    # the mount-point folders Docker made (/var/log/nginx) are not counted as the person's files
    assert remove.lost_label.isVisible()
    assert "Lost:" in remove.lost_label.text() and "nothing" in remove.lost_label.text()
    click(remove.ok_button)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) < 0, timeout=WAIT)

    # 11. the volumes are still there, in the engine and in the view
    assert set(NAMES) <= volume_names(docker_api)
    for name in NAMES:
        assert window.volume_model.row_of(name) >= 0
