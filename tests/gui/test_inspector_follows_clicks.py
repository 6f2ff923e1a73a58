"""The inspector follows what a person clicks: rows already current, double-clicks, links, menus.

Driven with real mouse clicks on the rows' visual rectangles at the default window size; the
inspector must show the object last clicked, whichever view it is in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

pytestmark = pytest.mark.integration


@pytest.fixture
def web(docker_api, test_image, prefix):
    """A volume and a running container using it."""
    volume = f"{prefix}wall"
    docker_api.create_volume(volume, labels={"volgui.test": "1"})
    host_config = docker_api.create_host_config(binds={volume: {"bind": "/data", "mode": "rw"}},
                                                network_mode="none")
    c = docker_api.create_container(test_image, ["sleep", "1000"], name=f"{prefix}web",
                                    host_config=host_config, labels={"volgui.test": "1"})
    docker_api.start(c)
    return {"volume": volume, "container": c["Id"]}


def row_rect(view, key):
    index = view.proxy.mapFromSource(view.model.index_of(key))
    return view.tree.visualRect(index)


def click(qtbot, view, key, double=False):
    qtbot.waitUntil(lambda: row_rect(view, key).isValid(), timeout=10000)
    pos = row_rect(view, key).center()
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    if double:
        QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          pos)


def shows(qtbot, panel, kind, key):
    qtbot.waitUntil(lambda: panel.kind == kind and panel.key == key and panel.state == "shown",
                    timeout=10000)


def test_clicks_on_a_still_highlighted_row_and_links_move_the_inspector(qtbot, window, web):
    assert (window.width(), window.height()) == (1280, 800)
    ctx = window.context
    panel = ctx.features.inspect_panel
    cview, vview = ctx.containers_view, ctx.volumes_view

    click(qtbot, cview, web["container"])
    shows(qtbot, panel, "container", web["container"])
    click(qtbot, vview, web["volume"])
    shows(qtbot, panel, "volume", web["volume"])
    # the container row is still current (highlighted) in its view: a click must bring it back
    assert cview.tree.currentIndex().data(cview.OBJECT_ROLE).id == web["container"]
    click(qtbot, cview, web["container"])
    shows(qtbot, panel, "container", web["container"])

    click(qtbot, vview, web["volume"])
    shows(qtbot, panel, "volume", web["volume"])
    click(qtbot, cview, web["container"], double=True)
    shows(qtbot, panel, "container", web["container"])

    # the volume's "Used by" link to the container (the container row is still current)
    click(qtbot, vview, web["volume"])
    shows(qtbot, panel, "volume", web["volume"])
    users = panel.volume_view.users
    qtbot.waitUntil(lambda: users.table_model.rowCount() == 1, timeout=10000)
    rect = users.visualRect(users.table_model.index(0, 0))
    QTest.mouseClick(users.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    shows(qtbot, panel, "container", web["container"])


def _choose_from_popup(text: str, chosen: list) -> None:
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        QTimer.singleShot(20, lambda: _choose_from_popup(text, chosen))
        return
    chosen.append([a.text() for a in menu.actions()])
    action = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
    if action is None:
        QTest.keyClick(menu, Qt.Key.Key_Escape)  # not there: close the menu, the test fails after
        return
    menu.setActiveAction(action)
    QTest.keyClick(menu, Qt.Key.Key_Return)


# popup menus on the offscreen platform: chatter about raising and grabbing, not a volgui problem
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_inspect_in_the_containers_and_volumes_menus(qtbot, window, web):
    ctx = window.context
    panel = ctx.features.inspect_panel
    cview, vview = ctx.containers_view, ctx.volumes_view
    click(qtbot, cview, web["container"])
    click(qtbot, vview, web["volume"])
    shows(qtbot, panel, "volume", web["volume"])
    ctx.side_tabs.setCurrentIndex(ctx.side_tabs.count() - 1)  # another side tab in front

    # right-click on the container: the context menu's Inspect shows it and raises the panel
    pos = row_rect(cview, web["container"]).center()
    QTest.mouseClick(cview.tree.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)
    chosen: list = []
    QTimer.singleShot(0, lambda: _choose_from_popup("Inspect", chosen))
    QApplication.sendEvent(cview.tree.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, cview.tree.viewport().mapToGlobal(pos)))
    assert chosen and chosen[0][0].replace("&", "") == "Inspect"
    shows(qtbot, panel, "container", web["container"])
    assert ctx.side_tabs.currentWidget() is panel

    # the menu bar's Container and Volume menus have it too
    controller = ctx.features.actions_controller
    click(qtbot, vview, web["volume"])
    shows(qtbot, panel, "volume", web["volume"])
    container_entries = [a.text().replace("&", "") for a in controller.container_menu.actions()]
    assert container_entries[0] == "Inspect"
    assert controller.volume_menu.actions()[0].text().replace("&", "") == "Inspect"
    for menu, kind, key in ((controller.container_menu, "container", web["container"]),
                            (controller.volume_menu, "volume", web["volume"])):
        QTimer.singleShot(0, lambda: _choose_from_popup("Inspect", chosen))
        menu.exec(window.mapToGlobal(QPoint(100, 100)))
        shows(qtbot, panel, kind, key)
    assert "Inspect" in [a.text().replace("&", "") for a in ctx.images_view.context_actions]
