"""What a person sees and copies of a container with secrets: the mount dialog's commands, the
clipboard after Copy and after "Copy with secrets", and the activity log after the re-create."""

from __future__ import annotations

import shlex

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from volgui.app import build_window
from volgui.engine.dto.secrets import MASK
from volgui.models.base import OBJECT_ROLE
from volgui.models.objects import VOLUME_MIME
from volgui.workers.registry import live_threads

pytestmark = pytest.mark.integration
WAIT = 15000

SECRETS = {
    "DB_PASSWORD": "pa ss\nword $(touch /tmp/pwned) 'q' \"dq\"",
    "Passwd": "pässwörd-✓-密码",
    "API_KEY": "`id`;rm -rf /",
    "token": "ghp_0123456789abcdef",
    "SECRET_x": "-e LEAK=1",
    "DATABASE_URL": "postgres://app:hunter2@db/app",
}
PLAIN = {"GREETING": "hello world", "MODE": "test"}


@pytest.fixture
def window(qtbot, engine_host, docker_api):
    win = build_window(host=engine_host)
    win.resize(1280, 800)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.container_model.loaded, timeout=WAIT)
    yield win
    if win.context.features.mounting.dialog is not None:
        win.context.features.mounting.dialog.close()
    win.close()
    assert live_threads() == []


@pytest.fixture
def secretive(qtbot, window, docker_api, test_image, hostile):
    api = docker_api
    for key, value in SECRETS.items():
        hostile(f"container env for the mount dialog: {key}={value!r}")
    api.create_volume("vgtest-sec-data")
    cid = api.create_container(test_image, ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
                               name="vgtest-sec-web", environment={**SECRETS, **PLAIN},
                               labels={"volgui.test": "1"})["Id"]
    api.start(cid)
    qtbot.waitUntil(lambda: window.container_model.row_of(cid) >= 0
                    and window.volume_model.row_of("vgtest-sec-data") >= 0, timeout=WAIT)
    yield cid
    api.remove_container("vgtest-sec-web", force=True)
    api.remove_volume("vgtest-sec-data")


def row_point(view, key: str) -> QPoint:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        obj = index.data(OBJECT_ROLE)
        if getattr(obj, "id", None) == key or getattr(obj, "name", None) == key:
            view.tree.scrollTo(index)
            return view.tree.visualRect(index).center()
    raise AssertionError(f"{key} is not listed")


def drop_volume(view, point: QPoint, name: str) -> None:
    mime = QMimeData()
    mime.setData(VOLUME_MIME, name.encode())
    mime.setText(name)
    viewport = view.tree.viewport()
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), actions, mime, buttons, mods))


def assert_no_secret(text: str) -> None:
    for key, value in SECRETS.items():
        assert value not in text, key
        for piece in value.split():  # not even a fragment of a quoted form
            if len(piece) > 3:
                assert piece not in text, (key, piece)


def test_mount_dialog_copy_and_activity_never_show_secrets(qtbot, window, docker_api, secretive):
    view = window.containers_view
    drop_volume(view, row_point(view, secretive), "vgtest-sec-data")
    dialog = window.context.features.mounting.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.ok_button.isEnabled(), timeout=WAIT)
    box = dialog.command_box
    shown = box.text()
    assert_no_secret(shown)
    words = shlex.split(shown)
    for key in SECRETS:
        assert f"{key}={MASK}" in words
    assert "GREETING=hello world" in words  # what is not secret stays readable

    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    QTest.mouseClick(box.copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == shown

    assert box.copy_secrets.isVisible() and "secrets" in box.copy_secrets.text()
    QTest.mouseClick(box.copy_secrets, Qt.MouseButton.LeftButton)
    revealed = shlex.split(clipboard.text())
    for key, value in SECRETS.items():
        assert f"{key}={value}" in revealed  # pastes as one argument, exactly

    clipboard.setText("before")
    menu = box.build_menu()
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[:2] == ["Copy", "Copy all"] and "with secrets" in labels[-1]
    menu.actions()[1].trigger()
    assert clipboard.text() == shown
    menu.deleteLater()

    with qtbot.waitSignal(dialog.recreated, timeout=WAIT):
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    activity = window.context.features.activity_model
    qtbot.waitUntil(lambda: "vgtest-sec-web" in activity.text(), timeout=WAIT)
    log = activity.text()
    assert f"DB_PASSWORD={MASK}" in log
    assert_no_secret(log)
    assert_no_secret("\n".join(e.command for e in activity.entries()))
    # the container itself keeps its real values
    env = docker_api.inspect_container("vgtest-sec-web")["Config"]["Env"]
    assert f"DB_PASSWORD={SECRETS['DB_PASSWORD']}" in env


def test_run_dialog_masks_what_is_typed_and_runs_with_the_real_values(qtbot, window, docker_api, test_image,
                                                                      hostile):
    # typed for real (QTest types ASCII only; unicode values are in the mount dialog test)
    typed = {"MYSQL_ROOT_PASSWORD": "ro'ot $(id)", "apiKey": "k-1%x", "GREETING": "hi"}
    for key, value in typed.items():
        hostile(f"run dialog typed env: {key}={value!r}")
    dialog = window.context.features.mounting.open_run(test_image)
    dialog.name.setText("vgtest-sec-run")
    dialog.command.setText("sleep 300")
    dialog.env.setFocus()
    for key, value in typed.items():
        qtbot.keyClicks(dialog.env, f"{key}={value}")
        qtbot.keyClick(dialog.env, Qt.Key.Key_Return)
    box = dialog.command_box
    qtbot.waitUntil(lambda: "GREETING=hi" in box.text(), timeout=WAIT)
    words = shlex.split(box.text())
    assert f"MYSQL_ROOT_PASSWORD={MASK}" in words and f"apiKey={MASK}" in words
    assert "ro'ot" not in box.text() and "k-1%x" not in box.text()
    clipboard = QGuiApplication.clipboard()
    QTest.mouseClick(box.copy_secrets, Qt.MouseButton.LeftButton)
    assert "MYSQL_ROOT_PASSWORD=ro'ot $(id)" in shlex.split(clipboard.text())
    try:
        with qtbot.waitSignal(dialog.container_started, timeout=WAIT):
            QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        env = docker_api.inspect_container("vgtest-sec-run")["Config"]["Env"]
        assert "MYSQL_ROOT_PASSWORD=ro'ot $(id)" in env and "apiKey=k-1%x" in env
        activity = window.context.features.activity_model
        qtbot.waitUntil(lambda: "vgtest-sec-run" in activity.text(), timeout=WAIT)
        assert f"MYSQL_ROOT_PASSWORD={MASK}" in activity.text()
        assert "ro'ot" not in activity.text() and "k-1%x" not in activity.text()
    finally:
        docker_api.remove_container("vgtest-sec-run", force=True)
