"""Debug shell and volume shell from the views' context menus, typed into like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.integration.test_shells import shell_less_image

pytestmark = [pytest.mark.integration,
              # popup menus on the offscreen platform: chatter about raising and grabbing
              pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]
WAIT = 20000


def row_rect(view, key):
    return view.tree.visualRect(view.proxy.mapFromSource(view.model.index_of(key)))


def _choose(text: str, seen: list) -> None:
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        QTimer.singleShot(20, lambda: _choose(text, seen))
        return
    seen.append([a.text().replace("&", "") for a in menu.actions()])
    action = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
    if action is None or not action.isEnabled():
        QTest.keyClick(menu, Qt.Key.Key_Escape)
        return
    menu.setActiveAction(action)
    QTest.keyClick(menu, Qt.Key.Key_Return)


def right_click_choose(qtbot, view, key, text: str) -> list:
    qtbot.waitUntil(lambda: row_rect(view, key).isValid(), timeout=WAIT)
    pos = row_rect(view, key).center()
    viewport = view.tree.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    seen: list = []
    QTimer.singleShot(0, lambda: _choose(text, seen))
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                       viewport.mapToGlobal(pos)))
    return seen


def screen_has(tab, text: str) -> bool:
    return any(text in row for row in tab.view.visible_text())


def type_line(qtbot, tab, line: str) -> None:
    qtbot.waitUntil(lambda: tab.state == "running", timeout=WAIT)
    QTest.keyClicks(tab.view, line)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)


def shell_tabs(window):
    return list(window.context.features.terminal_feature.tabs)


def test_debug_shell_on_a_container_without_a_shell(qtbot, window, docker_api, prefix):
    image = shell_less_image(docker_api)
    cid = docker_api.create_container(image, name=f"{prefix}distroless", labels={"volgui.test": "1"})["Id"]
    docker_api.start(cid)
    ctx = window.context
    seen = right_click_choose(qtbot, ctx.containers_view, cid,
                              "Debug shell (even without a shell in the image)")
    assert seen and "Debug shell (even without a shell in the image)" in seen[0]
    qtbot.waitUntil(lambda: len(shell_tabs(window)) == 1, timeout=WAIT)
    tab = shell_tabs(window)[0]
    assert ctx.bottom_tabs.tabText(ctx.bottom_tabs.indexOf(tab)) == f"debug: {prefix}distroless — sh"
    qtbot.waitUntil(lambda: screen_has(tab, "Debug shell for"), timeout=WAIT)
    type_line(qtbot, tab, "ls /proc/1/root/app")
    qtbot.waitUntil(lambda: screen_has(tab, "marker.txt"), timeout=WAIT)
    helper = tab.container_id
    assert docker_api.inspect_container(helper)["HostConfig"]["PidMode"] == f"container:{cid}"
    ctx.bottom_tabs.tabCloseRequested.emit(ctx.bottom_tabs.indexOf(tab))
    qtbot.waitUntil(lambda: not docker_api.containers(all=True, filters={"id": helper}), timeout=WAIT)
    assert docker_api.inspect_container(cid)["State"]["Running"]


def test_volume_shell_is_read_only_by_default(qtbot, window, docker_api, prefix, test_image):
    vol = f"{prefix}look"
    docker_api.create_volume(vol, labels={"volgui.test": "1"})
    writer = docker_api.create_container(test_image, ["sh", "-c", "echo kept > /v/note.txt"],
                                         labels={"volgui.test": "1"},
                                         host_config=docker_api.create_host_config(
                                             binds={vol: {"bind": "/v"}}))
    docker_api.start(writer)
    docker_api.wait(writer)
    ctx = window.context
    right_click_choose(qtbot, ctx.volumes_view, vol, "Open a shell in this volume (read-only)")
    qtbot.waitUntil(lambda: len(shell_tabs(window)) == 1, timeout=WAIT)
    tab = shell_tabs(window)[0]
    qtbot.waitUntil(lambda: screen_has(tab, "read-only"), timeout=WAIT)
    type_line(qtbot, tab, "cat note.txt; touch new || echo refused-$?")
    qtbot.waitUntil(lambda: screen_has(tab, "kept") and screen_has(tab, "refused-1"), timeout=WAIT)
    helper = tab.container_id
    window.close()  # quitting removes the helper too (or the next start's sweep does)
    qtbot.waitUntil(lambda: not docker_api.containers(all=True, filters={"id": helper}), timeout=WAIT)
